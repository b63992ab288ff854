"""Fuzz `graphkit neo4j push` and `neo4j query` against the real server (see tests/test_fuzz.py for the promises).

Generated graphs whose ids, names, aliases, roles, evidence, article ids and titles hold controls,
quotes, backticks, Cypher-injection strings and strings up to past Neo4j's index limit are pushed
through the CLI; what the server holds afterwards must equal what was pushed, value for value (or,
past the limit, the push is refused in one line and the server keeps what it had). Queries get random
``--param`` values. Skipped without a server unless GRAPHKIT_REQUIRE_NEO4J is set, like the other
Neo4j tests.
"""
from __future__ import annotations

import json

import neo4j
import networkx as nx
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from fuzz_inputs import FUZZ, HOSTILE_STRINGS, HOSTILE_TEXT, INJECTIONS, JSON_VALUES, run
from graph_factory import new_graph, two_camps
from graphkit.graph import save_graph
from graphkit import neo4j as gn
from graphkit.neo4j_values import MAX_INDEXED_BYTES
from graphkit.ontology import POLARITY, RELATIONS, STRUCTURAL, SYMMETRIC
from neo4j_factory import server

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

KINDS = {"country": "COUNTRY", "person": "PERSON", "org": "ORG"}
INT64 = st.integers(min_value=-(2 ** 63), max_value=2 ** 63 - 1)
# Names near the index limit: some fit exactly, some are one character over.
NEAR_LIMIT = st.integers(min_value=MAX_INDEXED_BYTES - 2, max_value=MAX_INDEXED_BYTES + 2).map(lambda n: "n" * n)
# Long names stay under the limit (2,000 characters, at most 4 bytes each); NEAR_LIMIT tests the limit.
NAMES = st.one_of(HOSTILE_STRINGS, HOSTILE_STRINGS.map(lambda s: (s * 300)[:2000]))
EVIDENCE = st.one_of(HOSTILE_STRINGS, HOSTILE_STRINGS.map(lambda s: s * 5_000))  # some sentences of ~100 kB
OPTIONAL = st.none() | HOSTILE_STRINGS


@pytest.fixture(scope="module")
def srv():
    return server()


@pytest.fixture(scope="module")
def db(srv):
    with neo4j.GraphDatabase.driver(srv.uri, auth=(srv.user, srv.password)) as driver:
        yield lambda query, **params: driver.execute_query(query, params, database_=srv.database).records


@st.composite
def hostile_graphs(draw) -> nx.MultiDiGraph:
    """A graph of the graph model with hostile text wherever text goes."""
    G = new_graph()
    n = draw(st.integers(min_value=2, max_value=4))
    prefixes = draw(st.lists(st.sampled_from(sorted(KINDS)), min_size=n, max_size=n))
    ids = [f"{prefix}:{i}-{draw(HOSTILE_STRINGS)}" for i, prefix in enumerate(prefixes)]
    docs = draw(st.lists(HOSTILE_STRINGS, min_size=1, max_size=3, unique=True))
    near_limit = draw(st.booleans())  # then the first name is within two bytes of the index limit
    for i, (node, prefix) in enumerate(zip(ids, prefixes)):
        G.add_node(node, name=draw(NEAR_LIMIT if near_limit and i == 0 else NAMES), type=KINDS[prefix], aliases=draw(st.lists(HOSTILE_STRINGS, max_size=3)),
                   country=draw(OPTIONAL), role=draw(OPTIONAL), mentions=draw(INT64),
                   articles=draw(st.lists(st.sampled_from(docs), max_size=2, unique=True)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        u, v = draw(st.permutations(ids))[:2]
        relation = draw(st.sampled_from([r for r in RELATIONS if r not in STRUCTURAL or not u.startswith("country")]))
        if relation in SYMMETRIC and v < u:
            u, v = v, u
        sentences = draw(st.lists(EVIDENCE, min_size=1, max_size=2))
        day = draw(st.none() | HOSTILE_STRINGS)
        G.add_edge(u, v, key=relation, relation=relation, polarity=POLARITY[relation], count=draw(INT64),
                   articles=sorted(set(draw(st.lists(st.sampled_from(docs), max_size=2)))), first_seen=day,
                   last_seen=day, confidence=draw(st.floats(min_value=0, max_value=1)),
                   evidence=[{"doc_id": docs[0], "sentence": s, "start": 0, "end": len(s), "subject_text": None,
                              "object_text": None} for s in sentences])
    G.graph["articles"] = {doc: {"hash": draw(OPTIONAL), "title": draw(OPTIONAL), "date": draw(OPTIONAL),
                                 "url": draw(OPTIONAL)} for doc in docs}
    return G


def stored(db) -> dict[str, dict]:
    """What the server holds for graphkit, keyed the way the graph is."""
    actors = {r["p"]["id"]: r["p"] for r in db("MATCH (a:Actor) WHERE a.graphkit RETURN properties(a) AS p")}
    relations = {(r["s"], r["o"], r["t"]): r["p"] for r in db(
        "MATCH (s:Actor)-[r]->(o:Actor) WHERE r.graphkit RETURN s.id AS s, o.id AS o, type(r) AS t, properties(r) AS p")}
    articles = {r["p"]["id"]: r["p"] for r in db("MATCH (a:Article) WHERE a.graphkit RETURN properties(a) AS p")}
    mentions = {(r["a"], r["x"]) for r in db(
        "MATCH (a:Article)-[m:MENTIONS]->(x:Actor) WHERE m.graphkit RETURN a.id AS a, x.id AS x")}
    return {"actors": actors, "relations": relations, "articles": articles, "mentions": mentions}


def pushed(G: nx.MultiDiGraph) -> dict[str, dict]:
    """What the server should hold after pushing *G* (a property set to null is no property)."""
    def props(**values):
        return {k: v for k, v in values.items() if v is not None} | {"graphkit": True}

    # An empty name is pushed as the id (graphkit.neo4j.actor_rows), so that every node shows a name.
    actors = {node: props(id=node, name=d["name"] or node, type=d["type"], aliases=d["aliases"], country=d["country"],
                          role=d["role"], mentions=d["mentions"], articles=d["articles"])
              for node, d in G.nodes(data=True)}
    relations = {(u, v, k): props(polarity=d["polarity"], count=d["count"], first_seen=d["first_seen"],
                                  last_seen=d["last_seen"], articles=d["articles"], confidence=d["confidence"],
                                  evidence=[e["sentence"] for e in d["evidence"]])
                 for u, v, k, d in G.edges(keys=True, data=True)}
    cited = {doc for _, d in G.nodes(data=True) for doc in d["articles"]}
    articles = {doc: props(id=doc, **G.graph["articles"].get(doc, {})) for doc in set(G.graph["articles"]) | cited}
    mentions = {(doc, node) for node, d in G.nodes(data=True) for doc in d["articles"]}
    return {"actors": actors, "relations": relations, "articles": articles, "mentions": mentions}


def too_long_to_index(G: nx.MultiDiGraph) -> bool:
    texts = [t for node, d in G.nodes(data=True) for t in (node, d["name"])] + list(G.graph["articles"])
    return any(len(t.encode("utf-8")) > MAX_INDEXED_BYTES for t in texts)


@FUZZ
@given(G=hostile_graphs())
def test_pushed_hostile_graphs_read_back_exactly(srv, db, tmp_path_factory, G):
    path = tmp_path_factory.mktemp("fuzz-neo4j") / "g.json"
    save_graph(G, path)
    before = stored(db)
    result = run("neo4j", "push", path, "--replace", "--quiet", env=srv.env())
    event(f"push exit {result.exit_code}")  # pytest --hypothesis-show-statistics: both outcomes occur
    if too_long_to_index(G):
        assert result.exit_code == 1 and "Neo4j can index; nothing was sent" in result.stderr
        assert stored(db) == before
        return
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", "")
    assert stored(db) == pushed(G)


PARAM_VALUES = st.one_of(
    JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)),  # read back as that JSON value
    JSON_VALUES.map(json.dumps),  # lone surrogates as \\ud800 escapes
    HOSTILE_TEXT, INJECTIONS,  # read as text (or as JSON, when it happens to parse)
    st.integers().map(str), st.sampled_from(["NaN", "-Infinity", "1e999", "[" * 100 + "]" * 100, "{}", "[null]"]),
)


@pytest.fixture(scope="module")
def hostile_server(srv):
    """The server holding two camps plus actors named by injection strings, for the questions."""
    G = two_camps()
    for i, text in enumerate(["'}) DETACH DELETE n //", "`backtick`", "Avalon\u202e", "\x00"]):
        G.add_node(f"org:{text}", name=text, type="ORG", aliases=[text], country=None, role=None, mentions=i,
                   articles=["t1"])
    gn.push(G, replace=True, **srv.kwargs())
    return srv


@FUZZ
@given(name=st.sampled_from(gn.query_names()) | HOSTILE_TEXT,
       params=st.lists(st.tuples(st.sampled_from(["actor", "a", "b"]) | HOSTILE_TEXT, PARAM_VALUES), max_size=3),
       fmt=st.sampled_from(["table", "json"]))
def test_questions_with_random_parameters_answer_or_fail_in_one_line(hostile_server, db, name, params, fmt):
    count_before = db("MATCH (n) RETURN count(n) AS c")[0]["c"]
    args = [f"--param={key}={value}" for key, value in params]
    # The name after "--": one starting with "-" is a name, not an unknown option.
    result = run("neo4j", "query", *args, "--format", fmt, "--", name, env={**hostile_server.env(), "COLUMNS": "120"})
    event(f"query exit {result.exit_code}")
    assert result.stderr.count("\n") <= 1
    if result.exit_code == 0 and fmt == "json":
        assert isinstance(json.loads(result.stdout), list)
    assert db("MATCH (n) RETURN count(n) AS c")[0]["c"] == count_before  # a question never writes
