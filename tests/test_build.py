"""`graphkit.build.update_graph`: inputs to graph without the CLI."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphkit.build import split_inputs, update_graph
from graphkit.cli import app
from graphkit.graph import load_graph, new_graph
from graphkit.triples_io import write_triples

from triple_factory import triple


def test_triples_files_merge_once_and_report_unchanged_the_second_time(tmp_path):
    path = tmp_path / "t.jsonl"
    write_triples([triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1", content_hash="h1"),
                   triple("country:USA", "SANCTIONS", "country:PRK", doc="a2", content_hash="h2")], path)
    G = new_graph()
    first = update_graph(G, [str(path)])
    assert (first.articles, first.unchanged, first.triples) == (2, 0, 2)
    assert G.has_edge("country:PRK", "country:RUS", key="SUPPLIES")
    again = update_graph(G, [str(path)])
    assert (again.articles, again.unchanged, again.triples) == (2, 2, 0)


def test_min_confidence_leaves_out_weak_triples(tmp_path):
    path = tmp_path / "t.jsonl"
    write_triples([triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1", confidence=0.3),
                   triple("country:USA", "SANCTIONS", "country:PRK", doc="a1", start=50, confidence=0.9)], path)
    G = new_graph()
    update_graph(G, [str(path)], min_confidence=0.5)
    assert not G.has_edge("country:PRK", "country:RUS", key="SUPPLIES")
    assert G.has_edge("country:USA", "country:PRK", key="SANCTIONS")


def test_a_shard_directory_stands_for_its_shards(tmp_path):
    shards = tmp_path / "out"
    shards.mkdir()
    write_triples([triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1")], shards / "part-00000.jsonl")
    (tmp_path / "news.txt").write_text("Russia praised North Korea.", encoding="utf-8")
    triples, articles = split_inputs([str(shards), str(tmp_path / "news.txt"), "-"])
    assert triples == [str(shards / "part-00000.jsonl")]
    assert articles == [str(tmp_path / "news.txt"), "-"]


def test_a_shard_folder_with_articles_beside_the_shards_reads_both(tmp_path):
    """`graphkit build DIR` with part-00000.jsonl and articles in DIR: every input counts, none is dropped."""
    from graphkit.build import split_inputs

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "part-00000.jsonl").write_text(json.dumps(triple("country:PRK", "SUPPLIES", "country:RUS").to_dict()) + "\n",
                                             encoding="utf-8")
    (folder / "note.txt").write_text("France condemned Russia.", encoding="utf-8")
    triples, articles = split_inputs([str(folder)])
    assert triples == [str(folder / "part-00000.jsonl")] and articles == [str(folder / "note.txt")]


@pytest.mark.slow
@pytest.mark.parametrize("first, second", [("mon/report.txt", "tue/report.txt"), ("mon/feed.csv", "tue/feed.csv")])
def test_same_stem_in_two_incremental_builds_keeps_both_and_says_so(tmp_path, first, second):
    """Monday's and Tuesday's files share a name (and so default ids): neither replaces the other."""
    texts = {first: "Iran sent drones to Russia on Monday.", second: "Britain sent missiles to Ukraine on Tuesday."}
    for name, text in texts.items():
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"text\n\"{text}\"\n" if name.endswith(".csv") else text)
    graph = tmp_path / "g.json"
    runs = []
    for name in (first, second):
        previous = ["--graph", str(graph)] if graph.exists() else []
        runs.append(CliRunner().invoke(app, ["build", str(tmp_path / name), *previous, "-o", str(graph)]))
    assert [r.exit_code for r in runs] == [0, 0], [r.output for r in runs]
    assert "renamed:" not in runs[0].stderr
    assert runs[1].stderr.count("renamed:") == 1 and "already names an article from" in runs[1].stderr
    G = load_graph(graph)
    assert {("country:IRN", "country:RUS"), ("country:GBR", "country:UKR")} <= set(G.edges())
    assert len(G.graph["articles"]) == 2
    again = CliRunner().invoke(app, ["build", str(tmp_path / second), "--graph", str(graph), "-o", str(graph)])
    assert again.exit_code == 0 and "renamed:" not in again.stderr  # said once, and the article is unchanged
    assert len(load_graph(graph).graph["articles"]) == 2
