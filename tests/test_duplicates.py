"""Duplicate and near-duplicate articles are counted once, in one build and across incremental builds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.build import update_graph
from graphkit.cli import app
from graphkit.duplicates import NEAR_JACCARD, DuplicateIndex, is_signature, signature, similarity
from graphkit.errors import GraphFileError
from graphkit.graph import load_graph, new_graph, save_graph

WIRE = ("Iran sent drones to Russia. Later in the week, Iran sent missiles to Russia as well.\n\n"
        "Officials in the region said the shipments were the largest so far this year, and that more "
        "deliveries were expected before the winter. Diplomats met on Thursday to discuss the matter, "
        "but no statement was issued after the meeting ended late in the evening.")
# The same story lightly edited: a word changed, a sentence added at the end.
EDITED = WIRE.replace("largest", "biggest") + " A spokesman declined to comment."
OTHER = ("France condemned Russia over the strikes on the port. The foreign ministry in Paris summoned the "
         "Russian ambassador on Monday and said that the attacks broke the agreement signed in the spring, "
         "while officials in Moscow rejected the accusation and called it a provocation.")


def test_signatures_see_through_case_spacing_and_punctuation() -> None:
    assert similarity(signature(WIRE), signature("  " + WIRE.upper().replace(".", " .") + "\n")) == 1.0
    assert similarity(signature(WIRE), signature(EDITED)) >= NEAR_JACCARD
    assert similarity(signature(WIRE), signature(OTHER)) < 0.3
    assert is_signature(signature(WIRE)) and is_signature(signature("")) and not is_signature("m1:xyz:")


def test_index_keeps_the_first_and_names_it() -> None:
    index = DuplicateIndex()
    assert index.add("a", signature(WIRE)) is None
    assert index.add("b", signature(OTHER)) is None
    assert index.add("c", signature(EDITED)) == "a"
    assert index.add("d", signature(WIRE)) == "a"
    assert index.add("a", signature(WIRE)) is None  # an article never duplicates itself


@pytest.fixture(scope="module")
def single_count(tmp_path_factory) -> int:
    folder = tmp_path_factory.mktemp("single")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    G = new_graph()
    update_graph(G, [str(folder)])
    return G.edges["country:IRN", "country:RUS", "SUPPLIES"]["count"]


@pytest.mark.slow
def test_the_same_wire_text_under_two_names_counts_once(tmp_path: Path, single_count: int) -> None:
    (tmp_path / "agency-a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "agency-b.txt").write_text(WIRE.replace("\n\n", "\n"), encoding="utf-8")
    (tmp_path / "paper-c.txt").write_text(EDITED, encoding="utf-8")
    G = new_graph()
    report = update_graph(G, [str(tmp_path)])
    assert single_count == 2
    assert G.edges["country:IRN", "country:RUS", "SUPPLIES"]["count"] == single_count
    assert report.duplicates == {"agency-b": "agency-a", "paper-c": "agency-a"}
    assert G.graph["articles"]["agency-a"]["duplicates"] == ["agency-b", "paper-c"]
    assert set(G.graph["articles"]) == {"agency-a"}
    kept = new_graph()
    update_graph(kept, [str(tmp_path)], keep_duplicates=True)
    assert kept.edges["country:IRN", "country:RUS", "SUPPLIES"]["count"] == 3 * single_count


@pytest.mark.slow
def test_an_incremental_build_finds_a_duplicate_of_an_article_in_the_graph(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "later.txt").write_text(EDITED, encoding="utf-8")
    G = new_graph()
    update_graph(G, [str(tmp_path / "first.txt")])
    save_graph(G, tmp_path / "g.json")
    G = load_graph(tmp_path / "g.json")
    assert is_signature(G.graph["articles"]["first"]["signature"])
    report = update_graph(G, [str(tmp_path / "later.txt")])
    assert report.duplicates == {"later": "first"}
    assert G.graph["articles"]["first"]["duplicates"] == ["later"]
    save_graph(G, tmp_path / "g.json")
    assert load_graph(tmp_path / "g.json").graph["articles"]["first"]["duplicates"] == ["later"]


@pytest.mark.parametrize("entry, problem", [
    ({"signature": "not a signature"}, "signature"),
    ({"duplicates": "b"}, "duplicates"),
    ({"duplicates": [1]}, "duplicates"),
])
def test_a_damaged_signature_or_duplicates_list_is_refused_on_load(tmp_path: Path, entry, problem) -> None:
    G = new_graph()
    G.graph["articles"]["a"] = {"hash": "h", "title": None, "date": None, "url": None, **entry}
    save_graph(G, tmp_path / "g.json")
    with pytest.raises(GraphFileError, match=problem):
        load_graph(tmp_path / "g.json")


@pytest.mark.slow
def test_cli_summary_counts_duplicates_and_keep_duplicates_turns_it_off(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": WIRE}) + "\n" for i in ("x1", "x2")), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(feed), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert "duplicate of article 'x1'" in result.stderr and "skipped 1 (1 duplicate)" in result.stderr
    result = runner.invoke(app, ["build", str(feed), "-o", str(tmp_path / "k.json"), "--keep-duplicates"])
    assert result.exit_code == 0 and "skipped 0," in result.stderr
    assert set(load_graph(tmp_path / "k.json").graph["articles"]) == {"x1", "x2"}
