"""graphkit.neo4j without a server: rows, the cypher/ files, input checks and CLI errors."""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph_factory import actor, new_graph, relate, two_camps
from graphkit import neo4j as gn
from graphkit.cli import app
from graphkit.errors import GraphkitError, Neo4jError
from graphkit.graph import save_graph
from graphkit.neo4j_values import MAX_INDEXED_BYTES
from graphkit.ontology import RELATIONS, SYMMETRIC

runner = CliRunner()


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_actor_rows_are_grouped_by_type_with_every_attribute():
    G = two_camps()
    rows = gn.actor_rows(G)
    assert sorted(rows) == ["COUNTRY", "PERSON"]
    assert [r["id"] for r in rows["PERSON"]] == ["person:ada-lord"]
    ada = rows["PERSON"][0]
    assert ada == {"id": "person:ada-lord", "name": "Ada Lord", "type": "PERSON", "aliases": ["Ada Lord"],
                   "country": "country:AAA", "role": "President", "mentions": 2, "articles": ["t1"]}
    assert len(rows["COUNTRY"]) == 6


def test_relationship_rows_keep_symmetric_edges_once_and_sentences_only():
    G = two_camps()
    rows = gn.relationship_rows(G)
    assert sum(len(r) for r in rows.values()) == G.number_of_edges()
    assert set(rows) == {k for _, _, k in G.edges(keys=True)}
    (cooperates_ef,) = [r for r in rows["COOPERATES_WITH"] if "country:EEE" in (r["source"], r["target"])]
    assert (cooperates_ef["source"], cooperates_ef["target"]) == ("country:EEE", "country:FFF")
    assert cooperates_ef["count"] == 3 and cooperates_ef["polarity"] == 1
    assert cooperates_ef["evidence"] == ["Elbonia cooperates_with Freedonia."] * 3
    (leader,) = rows["LEADER_OF"]
    assert leader["polarity"] is None


def test_article_and_mention_rows_cover_every_article_an_actor_cites():
    G = two_camps()
    G.graph["articles"] = {"t0": {"hash": "h0", "title": "Known", "date": "2024-01-02", "url": "http://x/0"}}
    rows = gn.article_rows(G)
    assert rows == [{"id": "t0", "title": "Known", "date": "2024-01-02", "url": "http://x/0", "hash": "h0"},
                    {"id": "t1", "title": None, "date": None, "url": None, "hash": None}]
    mentions = gn.mention_rows(G)
    assert len(mentions) == G.number_of_nodes()
    assert {m["article"] for m in mentions} == {"t1"} and {m["actor"] for m in mentions} == set(G)


def test_batches_cover_rows_in_order():
    rows = [{"i": i} for i in range(7)]
    assert [len(b) for b in gn.batches(rows, 3)] == [3, 3, 1]
    assert [r for b in gn.batches(rows, 3) for r in b] == rows


@pytest.mark.parametrize("name", ["LIKES", "SUPPORTS]->(o) DETACH DELETE o //", "supports", ""])
def test_relation_outside_the_ontology_is_refused(name):
    with pytest.raises(GraphkitError, match="not in the ontology"):
        gn.relation_statement(name)


def test_push_refuses_a_bad_graph_before_connecting():
    G = two_camps()
    G.add_edge("country:AAA", "country:BBB", key="LIKES", relation="LIKES", polarity=1, count=1, articles=[],
               evidence=[], first_seen=None, last_seen=None, confidence=1.0)
    # The port is closed: had push connected first, the error would be about the server.
    with pytest.raises(GraphkitError, match="'LIKES' is not in the ontology"):
        gn.push(G, uri=f"bolt://127.0.0.1:{unused_port()}", password="x")
    H = new_graph()
    H.add_node("x:1", name="X", type="ALIEN")
    with pytest.raises(GraphkitError, match="type 'ALIEN'"):
        gn.push(H, uri=f"bolt://127.0.0.1:{unused_port()}", password="x")


def _with(change) -> nx.MultiDiGraph:
    G = two_camps()
    change(G)
    return G


@pytest.mark.parametrize(("change", "message"), [
    (lambda G: G.nodes["country:AAA"].update(name="Avalon\udcff"), "actor 'country:AAA': name is not Unicode"),
    (lambda G: G.nodes["country:AAA"].update(mentions=2 ** 63), "mentions is a number outside"),
    (lambda G: G.nodes["country:AAA"].update(name="x" * (MAX_INDEXED_BYTES + 1)), "over the 8,164 Neo4j can index"),
    (lambda G: G.nodes["country:AAA"].update(aliases=["Avalon", 1]), "aliases is a list Neo4j cannot store"),
    (lambda G: G.nodes["country:AAA"].update(articles=["t" * 9000]), "article 'tttt"),
    (lambda G: G.graph.update(articles={"t1": {"title": {"nested": 1}}}), "title is an object"),
    (lambda G: G.edges["country:AAA", "country:BBB", "SUPPORTS"]["evidence"][0].update(sentence="\ud800"),
     "SUPPORTS relation 'country:AAA -> country:BBB': evidence is not Unicode"),
])
def test_push_refuses_values_neo4j_cannot_store_before_connecting(change, message):
    # Without the check the driver raised mid-push (UnicodeEncodeError, OverflowError: tracebacks) or the
    # server refused a batch half-way through; now nothing is sent (the port is closed).
    with pytest.raises(GraphkitError, match="nothing was sent") as info:
        gn.push(_with(change), uri=f"bolt://127.0.0.1:{unused_port()}", password="x")
    assert message in str(info.value) and len(str(info.value)) < 300


def test_huge_evidence_and_indexed_text_up_to_the_limit_pass_the_check():
    G = _with(lambda G: G.nodes["country:AAA"].update(name="\u5317" * (MAX_INDEXED_BYTES // 3)))
    G.edges["country:AAA", "country:BBB", "SUPPORTS"]["evidence"][0]["sentence"] = "y" * 1_000_000
    gn.check_rows(gn.actor_rows(G), gn.relationship_rows(G), gn.article_rows(G))


@pytest.mark.parametrize(("args", "message"), [
    (["--param", "actor=x\udcff"], "--param actor is not Unicode text"),
    (["--param", 'actor="\\ud800"'], "--param actor is not Unicode text"),
    (["--param", "actor=" + "[" * 200 + "]" * 200], "nested more than 64"),
    (["--param", "act\udcffor=1"], "--param act\\udcffor is not Unicode"),
])
def test_parameters_the_driver_cannot_send_are_usage_errors(args, message):
    # They used to reach the driver: UnicodeEncodeError and RecursionError tracebacks.
    result = runner.invoke(app, ["neo4j", "query", "actor", *args, "--password", "x"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--user", "neo\udcff", "error: the user name is not Unicode text"),
    ("--password", "pw\udcff", "error: the password is not Unicode text"),
    ("--database", "db\udcff", "error: the database name is not Unicode text"),
    ("--uri", "bolt://127.0.0.1:1/\udcff", "error: the Neo4j URI is not Unicode text"),
    ("--uri", "bolt://" + "a" * 64 + ":1", "bad host name"),
    ("--uri", "bolt://a..b:1", "bad host name"),
])
def test_connection_settings_the_driver_cannot_encode_are_one_line(option, value, message):
    result = runner.invoke(app, ["neo4j", "query", "stats", "--password", "x", option, value])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert "pw" not in result.stderr  # a password is never echoed


def test_every_relation_has_an_upsert_that_merges_exactly_its_type():
    for relation in RELATIONS:
        statement = gn.load_statement(gn.relation_statement(relation))
        assert re.findall(r"\[r:(\w+)\]", statement.text) == [relation]
        assert statement.parameters == ("rows",)
    upserts = {n for n in gn.statement_names() if n.startswith("upsert_") and not n.startswith("upsert_actors_")}
    assert upserts == {f"upsert_{r.lower()}" for r in RELATIONS} | {"upsert_articles", "upsert_mentions"}


def test_actor_upserts_set_one_static_label_each():
    labels = {"COUNTRY": "Country", "PERSON": "Person", "ORG": "Organization"}
    for kind, name in gn.ACTOR_STATEMENTS.items():
        text = gn.load_statement(name).text
        assert f"SET a:{labels[kind]}," in text
        assert set(re.findall(r"REMOVE a:(\w+):(\w+)", text)[0]) == set(labels.values()) - {labels[kind]}


def test_statement_headers_name_exactly_the_parameters_used():
    for name in gn.statement_names():
        text = (gn.cypher_dir() / f"{name}.cypher").read_text(encoding="utf-8")
        header = next(line for line in text.splitlines() if line.startswith("// Parameters:"))
        statement = gn.load_statement(name)
        declared = re.findall(r"\$(\w+)", header)
        assert set(declared) == set(statement.parameters), name
        assert ("none" in header) == (not statement.parameters), name
        if statement.parameters:
            assert all(f":param {p} =>" in text for p in statement.parameters), name


def test_literal_relation_lists_in_queries_match_the_ontology():
    for name in ("supporters", "opposers", "supporters_between", "opposers_between"):
        text = gn.load_statement(name).text
        (listed,) = re.findall(r"type\(r\) IN \[([^\]]*)\]", text)
        assert set(re.findall(r"'(\w+)'", listed)) == SYMMETRIC
    (types,) = re.findall(r"\(a\)-\[:([A-Z_|]+)\*\]-\(b\)", gn.load_statement("path").text)
    assert sorted(types.split("|")) == sorted(RELATIONS)


@pytest.mark.parametrize("name", ["../pyproject", "stats.cypher", "/etc/passwd", "upsert_supports",
                                  "delete_graphkit", "schema_actor_id", "STATS", ""])
def test_query_names_are_checked_against_the_read_only_files(name):
    with pytest.raises(Neo4jError, match="no statement named"):
        gn.load_statement(name, among=gn.query_names())


def test_query_names_are_the_questions():
    assert gn.query_names() == ["actor", "alliance_edges", "opposers", "opposers_between", "path",
                                "period_relation_changes", "period_sign_flips", "relations_between", "stats",
                                "supporters", "supporters_between"]


def test_cypher_dir_override(tmp_path, monkeypatch):
    shutil.copy(gn.cypher_dir() / "stats.cypher", tmp_path / "stats.cypher")
    (tmp_path / "mine.cypher").write_text("// mine\n// Parameters: $x.\nRETURN $x AS x\n", encoding="utf-8")
    monkeypatch.setenv(gn.CYPHER_DIR_ENV, str(tmp_path))
    assert gn.statement_names() == ["mine", "stats"]
    assert gn.load_statement("mine").parameters == ("x",)
    monkeypatch.setenv(gn.CYPHER_DIR_ENV, str(tmp_path / "missing"))
    with pytest.raises(Neo4jError, match="cypher directory not found"):
        gn.statement_names()


def test_parameters_are_checked_before_connecting():
    port = unused_port()
    with pytest.raises(Neo4jError, match=r"supporters: missing parameter\(s\) actor \(it takes: actor\)"):
        gn.run_statement("supporters", {}, uri=f"bolt://127.0.0.1:{port}", password="x")
    with pytest.raises(Neo4jError, match=r"unknown parameter\(s\) x"):
        gn.run_statement("stats", {"x": 1}, uri=f"bolt://127.0.0.1:{port}", password="x")


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "localhost:7687", "bolt://127.0.0.1:port",
                                 "bolt://[::1", "bolt://127.0.0.1:99999", "bolt://"])
def test_bad_uris_are_one_line_errors(uri):
    with pytest.raises(Neo4jError, match="invalid Neo4j URI"):
        gn.connect(uri, "neo4j", "x")


def test_cli_server_down_is_one_line_and_exit_1(tmp_path):
    path = tmp_path / "g.json"
    save_graph(two_camps(), path)
    uri = f"bolt://127.0.0.1:{unused_port()}"
    result = runner.invoke(app, ["neo4j", "push", str(path), "--uri", uri, "--password", "x"])
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot reach Neo4j at {uri}\n"
    query = runner.invoke(app, ["neo4j", "query", "stats"], env={"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"})
    assert query.exit_code == 1 and query.stderr == f"error: cannot reach Neo4j at {uri}\n"


def test_cli_input_errors_are_one_line(tmp_path):
    env = {"NEO4J_URI": f"bolt://127.0.0.1:{unused_port()}", "NEO4J_PASSWORD": "x"}
    cases = [
        (["neo4j", "query", "stats", "--param", "novalue"], "error: --param expects key=value, got 'novalue'", 2),
        (["neo4j", "query", "../secrets"], "error: no statement named '../secrets'; available: actor,", 1),
        (["neo4j", "push", str(tmp_path / "missing.json")], "error: graph file not found", 1),
    ]
    for args, expected, code in cases:
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == code, args
        assert result.stderr.startswith(expected) and result.stderr.count("\n") == 1, result.stderr
    no_password = runner.invoke(app, ["neo4j", "query", "stats"], env={"NEO4J_PASSWORD": ""})
    assert no_password.exit_code == 1
    assert no_password.stderr == "error: no Neo4j password: set NEO4J_PASSWORD or pass --password\n"


def test_cli_rejects_a_graph_outside_the_ontology_before_sending(tmp_path):
    G = new_graph()
    actor(G, "country:AAA", "Avalon")
    actor(G, "country:BBB", "Borduria")
    relate(G, "country:AAA", "SUPPORTS", "country:BBB")
    data = nx.node_link_data(G, edges="edges")
    data["edges"][0]["key"] = data["edges"][0]["relation"] = "ADMIRES"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["neo4j", "push", str(path), "--uri", f"bolt://127.0.0.1:{unused_port()}",
                                 "--password", "x"])
    assert result.exit_code == 1 and "outside the ontology" in result.stderr and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1


def test_cli_help_lists_env_vars():
    result = runner.invoke(app, ["neo4j", "push", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for var in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        assert var in result.output


def test_cypher_dir_is_the_repo_folder_by_default(monkeypatch):
    """In a checkout the package's statements are the top-level cypher/ itself (a link, not a copy)."""
    monkeypatch.delenv(gn.CYPHER_DIR_ENV, raising=False)
    assert gn.cypher_dir().resolve() == Path(__file__).resolve().parent.parent / "cypher"


def test_a_password_in_the_uri_is_never_printed():
    result = runner.invoke(app, ["neo4j", "query", "supporters", "--param", "actor=Russia", "--password", "x",
                                 "--uri", "bolt://neo4j:topsecret@127.0.0.1:1"])
    assert result.exit_code == 1 and "topsecret" not in result.output and "***" in result.stderr


@pytest.mark.parametrize(("params", "message"), [
    (["actor=99999999999999999999999999"], "64-bit"),
    (["actor=A", "actor=B"], "given twice"),
])
def test_bad_parameters_are_one_line_usage_errors(params, message):
    args = [arg for p in params for arg in ("--param", p)]
    result = runner.invoke(app, ["neo4j", "query", "supporters", *args, "--password", "x"])
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_an_integer_too_long_for_json_is_text():
    from graphkit.cli.neo4j_cmd import _parameters

    assert _parameters(["actor=" + "1" * 5000]) == {"actor": "1" * 5000}


@pytest.mark.neo4j
def test_dev_server_control_is_per_port():
    """status/down for another port never see or stop the running test server."""
    from tests.neo4j_factory import CTL, server

    running = server()
    port = urlsplit(running.uri).port
    other = dict(os.environ, NEO4J_BOLT_PORT=str(unused_port()))
    assert subprocess.run(["bash", str(CTL), "status"], env=other, capture_output=True).returncode != 0
    assert subprocess.run(["bash", str(CTL), "down"], env=other, capture_output=True).returncode == 0
    mine = dict(os.environ, NEO4J_BOLT_PORT=str(port))
    assert subprocess.run(["bash", str(CTL), "status"], env=mine, capture_output=True).returncode == 0


def test_value_checks_agree_with_the_quick_column_check():
    from graphkit.neo4j_values import property_problem, storable_column

    good = [["a", "b"], None, [], [1, 2.5], [True], "text", 3, 2.5, False, [2 ** 63 - 1]]
    bad = [["a", 1], [None], [["a"]], {"a": 1}, "\udcff", ["\ud800"], 2 ** 63, [-(2 ** 63) - 1], [True, 1]]
    assert [v for v in good if property_problem(v)] == []
    assert [v for v in bad if not property_problem(v)] == []
    for value in good:
        assert storable_column([value, None, value])
    for value in bad:
        assert not storable_column(["fine", value]) and not storable_column([value])
    assert not storable_column(["x" * 3000], indexed=True) and storable_column(["x" * 3000])
