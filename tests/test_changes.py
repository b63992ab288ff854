"""graphkit.diff: relations that appeared, disappeared, grew or faded, sign flips and bloc changes."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphkit import diff, diff_periods
from graphkit.changes import parse_span
from graphkit.cli import app
from graphkit.graph import save_graph
from graphkit.timeline import slice_graph
from graph_factory import SIDE_CHANGE_DAYS, actor, relate, side_change

A, B, C, D, E = (f"country:{c * 3}" for c in "ABCDE")
OLD, NEW = SIDE_CHANGE_DAYS


def test_side_change_is_named_with_its_evidence():
    found = diff_periods(side_change(), "2023", "2025")
    flips = {(f.a, f.b): f for f in found.sign_flips}
    assert set(flips) == {(A, C), (C, D)}
    assert flips[(A, C)].kind == "allies became enemies" and flips[(A, C)].before == 3 and flips[(A, C)].after == -2
    assert flips[(C, D)].kind == "enemies became allies"
    assert [e.sentence for e in flips[(A, C)].evidence_after] == ["Carpania condemned Avalon."]
    assert flips[(A, C)].evidence_after[0].date == NEW and flips[(A, C)].evidence_before[0].date == OLD
    assert flips[(A, C)].evidence_after[0].url == "https://example.org/t0"
    moved = {m.actor_id: m for m in found.bloc_changes}
    assert set(moved) == {C}
    assert set(moved[C].before_ids) == {A, B} and set(moved[C].after_ids) == {D, E}
    assert moved[C].evidence and moved[C].evidence[0].date == NEW


def test_relations_appear_disappear_grow_and_fade():
    found = diff_periods(side_change(), "2023", "2025")
    kinds = {(c.subject_id, c.relation, c.object_id): c.kind for c in found.relations}
    assert kinds[(C, "OPPOSES", A)] == "appeared"
    assert kinds[(C, "SUPPORTS", A)] == "disappeared"
    assert kinds[(B, "MEETS", D)] == "grew"
    assert (A, "SUPPORTS", B) not in kinds  # 2 -> 2: no change
    assert (D, "COOPERATES_WITH", E) not in kinds
    faded = diff(slice_graph(side_change(), "2025", "2025"), slice_graph(side_change(), "2023", "2023"))
    assert {(c.subject_id, c.relation, c.object_id): c.kind for c in faded.relations}[(B, "MEETS", D)] == "faded"
    # disappeared relations show the evidence of the side that had it
    gone = next(c for c in found.relations if c.kind == "disappeared" and c.subject_id == C)
    assert gone.before == 3 and gone.after == 0 and gone.evidence[0].sentence == "Carpania backed Avalon."


def test_no_change_between_a_period_and_itself():
    found = diff_periods(side_change(), "2023", "2023")
    assert not (found.relations or found.sign_flips or found.bloc_changes)


def test_bloc_numbering_does_not_make_changes():
    """Swapping which bloc is bigger (so their numbers swap) moves nobody."""
    G = side_change()
    found = diff(slice_graph(G, "2025", "2025"), slice_graph(G, "2025", "2025"), seed=3)
    assert found.bloc_changes == ()


def test_country_level_rolls_people_up():
    G = side_change()
    actor(G, "person:cara-lee", "Cara Lee", country=C)
    relate(G, "person:cara-lee", "LEADER_OF", C, dates=[OLD])
    relate(G, "person:cara-lee", "THREATENS", B, count=2, dates=[NEW, NEW])
    found = diff_periods(G, "2023", "2025", level="country")
    assert any(c.subject_id == C and c.relation == "THREATENS" and c.kind == "appeared" for c in found.relations)
    assert all(not c.subject_id.startswith("person:") for c in found.relations)


@pytest.mark.parametrize("text, start, end", [("2023", "2023-01-01", "2023-12-31"),
                                              ("2022..2023Q2", "2022-01-01", "2023-06-30"),
                                              ("..2023", None, "2023-12-31"), ("2025..", "2025-01-01", None)])
def test_spans(text, start, end):
    span = parse_span(text)
    assert (span.start and span.start.isoformat(), span.end and span.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["2025..2023", "2023...2024", "soon", "2023..x"])
def test_bad_spans(text):
    with pytest.raises(ValueError):
        parse_span(text)


@pytest.fixture
def graph_file(tmp_path):
    path = tmp_path / "g.json"
    save_graph(side_change(), path)
    return path


def test_cli_periods_json(graph_file):
    result = CliRunner().invoke(app, ["diff", str(graph_file), "--before", "2023", "--after", "2025", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["before"].startswith("2023-01-01") and data["level"] == "actor"
    assert {(f["a"], f["b"], f["kind"]) for f in data["sign_flips"]} == {
        (A, C, "allies became enemies"), (C, D, "enemies became allies")}
    assert [m["actor_id"] for m in data["bloc_changes"]] == [C]


def test_cli_two_files_table(graph_file, tmp_path):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    save_graph(slice_graph(side_change(), "2023", "2023"), old)
    save_graph(slice_graph(side_change(), "2025", "2025"), new)
    result = CliRunner().invoke(app, ["diff", str(old), str(new)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "allies became enemies" in result.stdout and "Carpania condemned Avalon." in result.stdout
    assert "Bloc changes" in result.stdout


@pytest.mark.parametrize("args, code, message", [
    (["--before", "2023"], 2, "give --before and --after"),
    (["--before", "2023", "--after", "2025Q9"], 2, "--after: not a date or period"),
    (["OTHER", "--before", "2023", "--after", "2025"], 2, "compare two periods of one graph"),
])
def test_cli_usage_errors(graph_file, args, code, message):
    args = [str(graph_file) if a == "OTHER" else a for a in args]
    result = CliRunner().invoke(app, ["diff", str(graph_file), *args])
    assert result.exit_code == code
    assert message in result.output


def test_cli_missing_graph(tmp_path):
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "none.json"), "--before", "2023", "--after", "2024"])
    assert result.exit_code == 1 and "graph file not found" in result.output


def test_slices_from_the_date_index_keep_exactly_the_evidence_of_the_period():
    """An edge stated before and after a period but not inside it stays out; counts are the period's."""
    G = side_change()
    relate(G, A, "THREATENS", E, count=3, dates=["2022-05-01", None, "2025-05-01"])
    for since, until in (("2023", "2023"), ("2024", "2024"), ("2023", None), (None, "2024H1")):
        S = slice_graph(G, since, until)
        span = parse_span(f"{since or ''}..{until or ''}")
        expected = {(u, v, k): n for u, v, k, d in G.edges(keys=True, data=True)
                    if (n := sum(1 for e in d["evidence"] if e["date"] and e["date"] in span))}
        assert {(u, v, k): d["count"] for u, v, k, d in S.edges(keys=True, data=True)} == expected
        assert all(S.degree(n) for n in S)
    assert not slice_graph(G, "2024", "2024").has_edge(A, E)
