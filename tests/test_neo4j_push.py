"""Pushing to a real Neo4j: idempotence, growth, --replace, hostile text, bad credentials, a dying server.

Read-backs go through the driver directly, independently of graphkit.neo4j.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from typing import Any

import neo4j
import networkx as nx
import pytest
from typer.testing import CliRunner

from graph_factory import actor, new_graph, relate, two_camps
from graphkit import neo4j as gn
from graphkit.cli import app
from graphkit.decay import as_date
from graphkit.errors import GraphkitError
from graphkit.graph import save_graph
from graphkit.neo4j_values import MAX_INDEXED_BYTES
from neo4j_factory import CTL, PID_FILE, ROOT, random_graph, server

pytestmark = pytest.mark.neo4j
runner = CliRunner()

HOSTILE = [
    "'}) DETACH DELETE n //",
    'Quote " and \'single\' and `backtick`',
    "{braces} $param ${x} \\u0000-ish \\ backslash",
    "MATCH (n) DETACH DELETE n",
    "Ünïcödé — 北朝鮮 🚀",
]


@pytest.fixture(scope="module")
def srv():
    return server()


@pytest.fixture
def db(srv):
    with neo4j.GraphDatabase.driver(srv.uri, auth=(srv.user, srv.password)) as driver:
        yield lambda query, **params: driver.execute_query(query, params, database_=srv.database).records


def snapshot(db) -> dict[str, Any]:
    """Every graphkit node and relationship with all its properties, in a comparable form."""
    nodes = db("MATCH (n) WHERE n.graphkit = true RETURN labels(n) AS labels, properties(n) AS props")
    rels = db("MATCH (s)-[r]->(o) WHERE r.graphkit = true "
              "RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS props")
    return {
        "nodes": sorted((sorted(r["labels"]), sorted(r["props"].items())) for r in nodes),
        "rels": sorted((r["s"], r["t"], r["o"], sorted(r["props"].items())) for r in rels),
    }


def counts(db) -> Counter:
    found = Counter()
    for r in db("MATCH (n) WHERE n.graphkit = true UNWIND labels(n) AS l RETURN l, count(*) AS c"):
        found[r["l"]] = r["c"]
    for r in db("MATCH ()-[r]->() WHERE r.graphkit = true RETURN type(r) AS t, count(*) AS c"):
        found[r["t"]] = r["c"]
    return found


def expected_counts(G: nx.MultiDiGraph) -> Counter:
    labels = {"COUNTRY": "Country", "PERSON": "Person", "ORG": "Organization"}
    want = Counter(key for _, _, key in G.edges(keys=True))
    want.update(labels[d["type"]] for _, d in G.nodes(data=True))
    want["Actor"] = G.number_of_nodes()
    want["Article"] = len(gn.article_rows(G))
    want["MENTIONS"] = len(gn.mention_rows(G))
    return +want


def test_push_twice_changes_nothing_and_stores_the_graph(srv, db):
    G = random_graph(400, seed=3)
    first = gn.push(G, replace=True, batch_size=97, **srv.kwargs())
    before = snapshot(db)
    again = gn.push(G, batch_size=50, **srv.kwargs())
    assert snapshot(db) == before
    assert again.nodes_created == 0 and again.relationships_created == 0
    assert first.relationships_created == G.number_of_edges() + first.mentions
    assert counts(db) == expected_counts(G)
    # Spot-check values against the graph.
    u, v, key = sorted(G.edges(keys=True))[5]
    data = G.edges[u, v, key]
    (rec,) = db(f"MATCH (:Actor {{id: $u}})-[r:{key}]->(:Actor {{id: $v}}) RETURN properties(r) AS p", u=u, v=v)
    assert rec["p"]["count"] == data["count"] and rec["p"]["articles"] == data["articles"]
    assert rec["p"]["evidence"] == [e["sentence"] for e in data["evidence"]]
    assert rec["p"]["first_seen"] == as_date(data["first_seen"]) and rec["p"].get("polarity") == data["polarity"]
    assert [rec["p"]["evidence"][i] for i in rec["p"]["dated_evidence"]] == rec["p"]["evidence"]  # all dated


def test_a_bigger_graph_adds_only_what_is_new(srv, db):
    small = two_camps()
    gn.push(small, replace=True, **srv.kwargs())
    big = two_camps()
    actor(big, "country:GGG", "Gondor")
    relate(big, "country:GGG", "SUPPORTS", "country:AAA")
    relate(big, "country:AAA", "SUPPORTS", "country:BBB", count=5)  # a changed count is SET, not added
    summary = gn.push(big, **srv.kwargs())
    assert summary.nodes_created == 1 and summary.relationships_created == 2  # the edge and its mention
    assert counts(db) == expected_counts(big)
    (rec,) = db("MATCH (:Actor {id: 'country:AAA'})-[r:SUPPORTS]->(:Actor {id: 'country:BBB'}) RETURN r.count AS c")
    assert rec["c"] == 5


def test_replace_deletes_only_what_graphkit_wrote(srv, db):
    db("MATCH (n:Foreign) DETACH DELETE n")
    db("CREATE (:Foreign {name: 'keep me'})-[:LIKES]->(:Foreign {name: 'me too'})")
    try:
        gn.push(random_graph(200, seed=1), **srv.kwargs())
        G = two_camps()
        summary = gn.push(G, replace=True, batch_size=100, **srv.kwargs())
        assert summary.deleted > 0
        assert counts(db) == expected_counts(G)
        assert db("MATCH (:Foreign)-[r:LIKES]->(:Foreign) RETURN count(r) AS c")[0]["c"] == 1
    finally:
        db("MATCH (n:Foreign) DETACH DELETE n")


def test_hostile_names_and_evidence_are_stored_verbatim(srv, db):
    G = new_graph()
    for i, text in enumerate(HOSTILE):
        node = f"person:evil-{i}"
        G.add_node(node, name=text, type="PERSON", aliases=[text, "x"], country=None, role=text, mentions=1,
                   articles=[text])
    actor(G, "country:AAA", "Avalon")
    for i, text in enumerate(HOSTILE):
        relate(G, f"person:evil-{i}", "OPPOSES", "country:AAA", sentence=text)
    G.graph["articles"] = {text: {"hash": text, "title": text, "date": None, "url": text} for text in HOSTILE}
    gn.push(G, replace=True, **srv.kwargs())
    assert counts(db) == expected_counts(G)
    for i, text in enumerate(HOSTILE):
        (rec,) = db("MATCH (a:Actor {id: $id})-[r:OPPOSES]->() RETURN a.name AS name, a.aliases AS aliases, "
                    "a.role AS role, r.evidence AS evidence", id=f"person:evil-{i}")
        assert (rec["name"], rec["aliases"], rec["role"], rec["evidence"]) == (text, [text, "x"], text, [text])
        (art,) = db("MATCH (a:Article {id: $id})-[:MENTIONS]->(x:Actor) RETURN a.title AS t, x.id AS x", id=text)
        assert (art["t"], art["x"]) == (text, f"person:evil-{i}")
    # And the questions answer with the same text.
    (row,) = gn.run_statement("actor", {"actor": HOSTILE[0]}, **srv.kwargs())
    assert row["name"] == HOSTILE[0] and row["labels"] == ["Person"]


def test_the_index_limit_graphkit_checks_is_the_servers(srv, db):
    """A name of MAX_INDEXED_BYTES bytes is stored; one byte more the server refuses, and push says so first."""
    G = new_graph()
    longest = "\u00e9" * (MAX_INDEXED_BYTES // 2)  # two bytes a character
    actor(G, "country:AAA", longest)
    gn.push(G, replace=True, **srv.kwargs())
    (rec,) = db("MATCH (a:Actor {id: 'country:AAA'}) RETURN a.name AS name")
    assert rec["name"] == longest
    with pytest.raises(neo4j.exceptions.Neo4jError, match="too large to index"):
        db("MATCH (a:Actor {id: 'country:AAA'}) SET a.name = $name", name=longest + "x")
    G.nodes["country:AAA"]["name"] = longest + "x"
    with pytest.raises(GraphkitError, match="nothing was sent"):
        gn.push(G, **srv.kwargs())


def test_a_relation_outside_the_ontology_sends_nothing(srv, db):
    G = two_camps()
    gn.push(G, replace=True, **srv.kwargs())
    before = snapshot(db)
    bad = two_camps()
    actor(bad, "country:ZZZ", "Zembla")
    bad.add_edge("country:ZZZ", "country:AAA", key="ADMIRES", relation="ADMIRES", polarity=1, count=1,
                 articles=[], evidence=[], first_seen=None, last_seen=None, confidence=1.0)
    with pytest.raises(GraphkitError, match="'ADMIRES' is not in the ontology"):
        gn.push(bad, replace=True, **srv.kwargs())
    assert snapshot(db) == before


def test_cli_push_and_query(srv, tmp_path):
    path = tmp_path / "g.json"
    save_graph(two_camps(), path)
    push = runner.invoke(app, ["neo4j", "push", str(path), "--replace", "--batch-size", "3"], env=srv.env())
    assert push.exit_code == 0, push.stderr
    assert "pushed 7 actors, 11 relations, 1 articles (7 mentions)" in push.stderr
    quiet = runner.invoke(app, ["neo4j", "push", str(path), "--quiet"], env=srv.env())
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == ""
    as_json = runner.invoke(app, ["neo4j", "query", "supporters", "-p", "actor=country:CCC", "-f", "json"],
                            env=srv.env())
    assert as_json.exit_code == 0
    got = {(r["subject_id"], r["relation"]) for r in json.loads(as_json.stdout)}
    assert got == {("country:AAA", "COOPERATES_WITH"), ("country:BBB", "SUPPLIES")}
    table = runner.invoke(app, ["neo4j", "query", "relations_between", "-p", "a=Avalon", "-p", "b=Dorvia"],
                          env={**srv.env(), "COLUMNS": "200"})
    assert table.exit_code == 0 and "ATTACKS" in table.stdout and "Avalon" in table.stdout


def test_cli_wrong_password_is_one_line(srv, tmp_path):
    path = tmp_path / "g.json"
    save_graph(two_camps(), path)
    result = runner.invoke(app, ["neo4j", "push", str(path), "--password", "not-the-password"], env=srv.env())
    assert result.exit_code == 1
    assert result.stderr == f"error: authentication failed for user '{srv.user}' at {srv.uri}\n"
    query = runner.invoke(app, ["neo4j", "query", "stats"], env={**srv.env(), "NEO4J_PASSWORD": "nope"})
    assert query.exit_code == 1 and query.stderr.startswith("error: authentication failed")


def test_cli_unknown_database_is_one_line(srv):
    result = runner.invoke(app, ["neo4j", "query", "stats", "--database", "nosuchdb"], env=srv.env())
    assert result.exit_code == 1
    assert result.stderr == f"error: database 'nosuchdb' does not exist at {srv.uri}\n"


def _server_pid() -> int:
    return int(PID_FILE.read_text().strip())


def kill_and_wait(pid: int) -> None:
    """SIGKILL *pid* and wait until it is gone (else 'ctl.sh up' would still see it running)."""
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"server pid {pid} survived SIGKILL")


def test_push_survives_the_server_dying_midway(srv, db, tmp_path):
    if not PID_FILE.exists():
        if os.environ.get("GRAPHKIT_REQUIRE_NEO4J"):
            pytest.fail(f"no {PID_FILE}: the test server must be the one neo4j-server/ctl.sh started")
        pytest.skip("the server was not started by neo4j-server/ctl.sh; cannot kill and restart it")
    G = random_graph(8_000, n_articles=10, seed=11)  # few articles: few MENTIONS, a quicker test
    path = tmp_path / "big.json"
    save_graph(G, path)
    gn.push(two_camps(), replace=True, **srv.kwargs())
    cmd = [sys.executable, "-c", "from graphkit.cli import main; main()", "neo4j", "push", str(path),
           "--batch-size", "250", "--quiet"]
    pusher = subprocess.Popen(cmd, env={**os.environ, **srv.env()}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait for the first relationship batches to land
            seen = db("MATCH ()-[r]->() WHERE r.graphkit = true RETURN count(r) AS c")[0]["c"]
            if seen >= 1000 or pusher.poll() is not None:
                break
            time.sleep(0.05)
        assert pusher.poll() is None, "the push ended before the server could be killed"
        kill_and_wait(_server_pid())
    finally:
        subprocess.run(["bash", str(CTL), "up"], check=True, capture_output=True, timeout=240)
    _, stderr = pusher.communicate(timeout=180)
    # The driver may ride out the restart (transient errors are retried); if not, one clean line.
    if pusher.returncode != 0:
        assert pusher.returncode == 1 and stderr.startswith("error: ") and stderr.count("\n") == 1, stderr
        assert "push again" in stderr or "cannot reach" in stderr
    assert "Traceback" not in stderr
    gn.push(G, **srv.kwargs())
    want = expected_counts(G) + expected_counts(two_camps())
    assert counts(db) == want  # no duplicates: MERGE after a crash, with recovery of committed batches
