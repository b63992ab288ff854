"""Period questions on a real Neo4j (cypher/*_between, period_*) give the library's answers: slice_graph
then supporters/opposers, and diff_periods' relation changes and sign flips. Dates travel as Neo4j dates."""
from __future__ import annotations

import datetime
import random
from collections import Counter
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphkit import neo4j as gn
from graphkit.changes import diff_periods, parse_span
from graphkit.cli import app
from graphkit.errors import UnknownActorError
from graphkit.graph import refresh, save_graph
from graphkit.query import opposers, supporters
from graphkit.timeline import Period, slice_graph
from graph_factory import side_change
from neo4j_factory import random_graph, server

pytestmark = pytest.mark.neo4j

PERIODS = ["2023", "2022-06..2023Q2", "..2022", "2024H2..", "2023-03-15", "..", "2021"]


@pytest.fixture(scope="module")
def srv():
    return server()


def spread_graph(n_relations: int, seed: int) -> nx.MultiDiGraph:
    """The random graph with its evidence re-dated over 2022-2024 (one item in ten undated)."""
    G = random_graph(n_relations, n_actors=n_relations // 25, seed=seed)  # dense: pairs share relations
    rng = random.Random(seed)
    for _, _, data in G.edges(data=True):
        for item in data["evidence"]:
            item["date"] = None if rng.random() < 0.1 else \
                f"{rng.choice((2022, 2023, 2024))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    refresh(G, list(G.edges(keys=True)))
    return G


def bounds(span: Period, prefix: str = "") -> dict[str, Any]:
    return {f"{prefix}since": span.start and span.start.isoformat(), f"{prefix}until": span.end and span.end.isoformat()}


def library_stance(G, question, actor: str, span: Period) -> Counter:
    try:
        links = question(slice_graph(G, span.start, span.end), actor)
    except UnknownActorError:  # not in that period: Neo4j answers with no rows
        links = []
    return Counter((lk.subject_id, lk.relation, lk.object_id, lk.count, tuple(sorted(e["sentence"] for e in lk.evidence)))
                   for lk in links)


def cypher_stance(rows: list[dict[str, Any]]) -> Counter:
    return Counter((r["subject_id"], r["relation"], r["object_id"], r["count"], tuple(sorted(r["evidence"])))
                   for r in rows)


def check_stances(G, ask, actors: list[str]) -> int:
    matched = 0
    for text in PERIODS:
        span = parse_span(text)
        for actor in actors:
            for name, question in (("supporters_between", supporters), ("opposers_between", opposers)):
                expected = library_stance(G, question, actor, span)
                assert cypher_stance(ask(name, {"actor": actor, **bounds(span)})) == expected, (name, actor, text)
                matched += bool(expected)
    return matched


def check_changes(G, ask, before: str, after: str) -> tuple[int, int]:
    found = diff_periods(G, before, after)
    parameters = {**bounds(parse_span(before), "before_"), **bounds(parse_span(after), "after_")}
    relations = Counter((c.kind, c.subject_id, c.relation, c.object_id, c.before, c.after) for c in found.relations)
    rows = ask("period_relation_changes", {**parameters, "min_change": 2, "factor": 2.0})
    assert Counter((r["kind"], r["subject_id"], r["relation"], r["object_id"], r["before"], r["after"])
                   for r in rows) == relations, (before, after)
    flips = {(f.kind, f.a, f.b, f.before, f.after) for f in found.sign_flips}
    rows = ask("period_sign_flips", parameters)
    assert {(r["kind"], r["a_id"], r["b_id"], float(r["before"]), float(r["after"])) for r in rows} == flips
    return len(relations), len(flips)


def test_dates_travel_as_neo4j_dates(srv):
    G = side_change()
    gn.push(G, replace=True, **srv.kwargs())
    with gn.querying(**srv.kwargs()) as ask:
        (row,) = ask("relations_between", {"a": "Carpania", "b": "Avalon"})[:1] or [None]
    rows = gn.relationship_rows(G)
    (supports,) = [r for r in rows["SUPPORTS"] if r["source"] == "country:CCC"]
    assert supports["first_seen"] == datetime.date(2023, 4, 1) and supports["evidence_dates"] == [datetime.date(2023, 4, 1)] * 3
    with gn.connect(srv.uri, srv.user, srv.password) as driver, driver.session(database=srv.database) as session:
        record = session.run("MATCH (:Actor {id: 'country:CCC'})-[r:SUPPORTS]->() "
                             "RETURN r.first_seen AS first, r.evidence_dates AS days, r.dated_evidence AS at").single()
    assert record["first"] == datetime.date(2023, 4, 1) and type(record["first"]).__name__ == "Date"
    assert record["days"] == [datetime.date(2023, 4, 1)] * 3 and record["at"] == [0, 1, 2]


def test_undated_evidence_keeps_nulls_out_of_lists():
    G = side_change()
    for item in G.edges["country:AAA", "country:BBB", "SUPPORTS"]["evidence"][:2]:
        item["date"] = None
    refresh(G, [("country:AAA", "country:BBB", "SUPPORTS")])
    (row,) = gn.relationship_rows(G)["SUPPORTS"][:1]
    assert row["evidence_dates"] == [datetime.date(2025, 4, 1)] * 2 and row["count"] == 4
    assert [row["evidence"][i] for i in row["dated_evidence"]] == row["evidence"][2:]


def test_side_change_parity(srv):
    G = side_change()
    gn.push(G, replace=True, **srv.kwargs())
    with gn.querying(**srv.kwargs()) as ask:
        assert check_stances(G, ask, sorted(G)) > 5
        relations, flips = check_changes(G, ask, "2023", "2025")
        assert relations >= 3 and flips == 2
        check_changes(G, ask, "2025", "2023")
        check_changes(G, ask, "..2023", "2024..")


def test_random_graph_parity(srv):
    G = spread_graph(2000, seed=5)
    gn.push(G, replace=True, **srv.kwargs())
    rng = random.Random(5)
    with gn.querying(**srv.kwargs()) as ask:
        assert check_stances(G, ask, rng.sample(sorted(G), 25)) > 50
        found = [check_changes(G, ask, before, after)
                 for before, after in (("2022", "2024"), ("2023H1", "2023H2"), ("..2022", "2023.."))]
    assert all(relations > 100 for relations, _ in found) and sum(flips for _, flips in found) > 5


def test_cli_runs_the_period_questions(srv, tmp_path):
    G = side_change()
    gn.push(G, replace=True, **srv.kwargs())
    result = CliRunner().invoke(app, ["neo4j", "query", "period_sign_flips", "-f", "json",
                                      "-p", "before_since=2023-01-01", "-p", "before_until=2023-12-31",
                                      "-p", "after_since=2025-01-01", "-p", "after_until=null"], env=srv.env())
    assert result.exit_code == 0, result.output
    assert "allies became enemies" in result.stdout and "country:CCC" in result.stdout
    save_graph(G, tmp_path / "g.json")
    local = CliRunner().invoke(app, ["diff", str(tmp_path / "g.json"), "--before", "2023", "--after", "2025..",
                                     "-f", "json"])
    assert local.exit_code == 0 and '"allies became enemies"' in local.stdout
