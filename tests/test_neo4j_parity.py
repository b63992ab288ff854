"""The cypher/ questions on a real Neo4j give the same answers as graphkit.query (and analysis).

Graphs: (a) the seed article's main relations as hand-written triples, (b) the seed
articles through the real pipeline, (c) a seeded random graph of thousands of relations.
"""
from __future__ import annotations

import random
from collections import Counter
from typing import Any, Callable

import networkx as nx
import pytest

from graphkit import neo4j as gn
from graphkit.analysis import signed_graph
from graphkit.graph import build_graph
from graphkit.ontology import POLARITY
from graphkit.query import Link, opposers, path, relations_between, supporters
from graphkit.types import Triple
from neo4j_factory import ROOT, random_graph, server

pytestmark = pytest.mark.neo4j

Ask = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
Answer = Counter  # multiset of (subject_id, relation, object_id, count)

# id -> (name, type) of the actors in the seed article.
SEED_ACTORS = {
    "country:RUS": ("Russia", "COUNTRY"), "country:PRK": ("North Korea", "COUNTRY"),
    "country:UKR": ("Ukraine", "COUNTRY"), "country:USA": ("United States", "COUNTRY"),
    "bloc:west": ("the West", "COUNTRY"), "org:icc": ("International Criminal Court", "ORG"),
    "person:vladimir-putin": ("Vladimir Putin", "PERSON"), "person:kim-jong-un": ("Kim Jong Un", "PERSON"),
    "person:lloyd-austin": ("Lloyd Austin", "PERSON"), "person:john-kirby": ("John Kirby", "PERSON"),
    "person:andrey-belousov": ("Andrey Belousov", "PERSON"),
}
# (subject, relation, object, sentence): the seed article's main relations, in sentences written here.
SEED_RELATIONS = [
    ("person:vladimir-putin", "LEADER_OF", "country:RUS", "Vladimir Putin is the Russian president."),
    ("person:kim-jong-un", "LEADER_OF", "country:PRK", "Kim Jong Un leads North Korea."),
    ("person:vladimir-putin", "SUPPORTS", "country:PRK", "Putin praised North Korea for its backing."),
    ("person:vladimir-putin", "SUPPORTS", "country:PRK", "Putin thanked Pyongyang in a newspaper article."),
    ("person:vladimir-putin", "VISITS", "country:PRK", "Putin is travelling to Pyongyang."),
    ("person:vladimir-putin", "MEETS", "person:kim-jong-un", "Putin will hold talks with Kim."),
    ("country:RUS", "COOPERATES_WITH", "country:PRK", "Russia and North Korea will deepen security ties."),
    ("country:PRK", "COOPERATES_WITH", "country:RUS", "The two countries expect to sign a partnership treaty."),
    ("bloc:west", "SANCTIONS", "country:RUS", "The West has sanctioned Russia."),
    ("bloc:west", "SANCTIONS", "country:PRK", "The West has sanctioned North Korea."),
    ("country:PRK", "SUPPLIES", "country:RUS", "North Korea sent artillery shells to Russia."),
    ("country:PRK", "SUPPLIES", "country:RUS", "North Korea provided Russia with ballistic missiles."),
    ("country:RUS", "SUPPLIES", "country:PRK", "Russia is thought to have given North Korea weapons."),
    ("country:RUS", "SUPPORTS", "country:PRK", "Russia backed North Korea's satellite programme."),
    ("country:RUS", "ATTACKS", "country:UKR", "Russia launched a full-scale assault on Ukraine."),
    ("country:PRK", "ATTACKS", "country:UKR", "North Korean missiles were used against Ukraine."),
    ("org:icc", "OPPOSES", "person:vladimir-putin", "The court issued a warrant for Putin."),
    ("person:kim-jong-un", "VISITS", "country:RUS", "Kim visited the Russian far east last year."),
    ("person:lloyd-austin", "MEMBER_OF", "country:USA", "Lloyd Austin is the US defence secretary."),
    ("person:john-kirby", "MEMBER_OF", "country:USA", "John Kirby speaks for the security council."),
    ("country:USA", "OPPOSES", "country:RUS", "The White House is disturbed by the growing bond."),
    ("person:andrey-belousov", "MEMBER_OF", "country:RUS", "Andrey Belousov is the defence minister."),
]


def seed_triples() -> list[Triple]:
    triples = []
    for i, (s, relation, o, sentence) in enumerate(SEED_RELATIONS):
        (s_name, s_type), (o_name, o_type) = SEED_ACTORS[s], SEED_ACTORS[o]
        triples.append(Triple(
            doc_id="seed", subject=s_name, subject_id=s, subject_type=s_type, subject_text=s_name,
            relation=relation, polarity=POLARITY[relation], object=o_name, object_id=o, object_type=o_type,
            object_text=o_name, predicate=relation.lower(), rule="hand", confidence=0.9, sentence=sentence,
            start=100 * i, end=100 * i + len(sentence), date="2024-06-18"))
    return triples


@pytest.fixture(scope="module")
def srv():
    return server()


def pushed(G: nx.MultiDiGraph, srv) -> None:
    gn.push(G, replace=True, **srv.kwargs())


def links(answer: list[Link]) -> Answer:
    return Counter((lk.subject_id, lk.relation, lk.object_id, lk.count) for lk in answer)


def rows(answer: list[dict[str, Any]]) -> Answer:
    return Counter((r["subject_id"], r["relation"], r["object_id"], r["count"]) for r in answer)


def assert_valid_path(G: nx.MultiDiGraph, a: str, b: str, hops: list[dict[str, Any]]) -> None:
    """The Cypher hops are edges of G that chain from a to b (direction ignored)."""
    at = a
    for hop in hops:
        assert G.has_edge(hop["subject_id"], hop["object_id"], hop["relation"]), hop
        assert G.edges[hop["subject_id"], hop["object_id"], hop["relation"]]["count"] == hop["count"]
        assert at in (hop["subject_id"], hop["object_id"]), (at, hop)
        at = hop["object_id"] if at == hop["subject_id"] else hop["subject_id"]
    assert at == b


def check_parity(G: nx.MultiDiGraph, ask: Ask, actors: list[str], pairs: list[tuple[str, str]]) -> int:
    """Compare every question on *actors* and *pairs*; return how many non-empty answers matched."""
    matched = 0
    for actor_id in actors:
        for question, local in (("supporters", supporters), ("opposers", opposers)):
            expected = links(local(G, actor_id))
            assert rows(ask(question, {"actor": actor_id})) == expected, (question, actor_id)
            matched += bool(expected)
    for a, b in pairs:
        expected = links(relations_between(G, a, b))
        assert rows(ask("relations_between", {"a": a, "b": b})) == expected, (a, b)
        matched += bool(expected)
        hops = ask("path", {"a": a, "b": b})
        assert len(hops) == len(path(G, a, b)), (a, b)
        assert [h["hop"] for h in hops] == list(range(len(hops)))
        if a != b and hops:
            assert_valid_path(G, a, b, hops)
    return matched


def check_alliance_edges(G: nx.MultiDiGraph, ask: Ask) -> None:
    S = signed_graph(G)
    expected = {tuple(sorted((a, b))): (d["weight"], d["count"]) for a, b, d in S.edges(data=True)}
    got = {(r["a_id"], r["b_id"]): (r["weight"], r["count"]) for r in ask("alliance_edges", {})}
    assert got == expected


def test_seed_relations_parity(srv):
    G = build_graph(seed_triples())
    assert G.number_of_edges() == 19  # repeated relations merged, the symmetric pair stored once
    pushed(G, srv)
    with gn.querying(**srv.kwargs()) as ask:
        nodes = sorted(G)
        matched = check_parity(G, ask, nodes, [(a, b) for a in nodes for b in nodes])
        check_alliance_edges(G, ask)
        # Spot checks that the answers mean what they say.
        prk = rows(ask("supporters", {"actor": "North Korea"}))  # by canonical name too
        assert prk == Counter({("person:vladimir-putin", "SUPPORTS", "country:PRK", 2): 1,
                               ("country:RUS", "COOPERATES_WITH", "country:PRK", 2): 1,
                               ("country:RUS", "SUPPLIES", "country:PRK", 1): 1,
                               ("country:RUS", "SUPPORTS", "country:PRK", 1): 1})
        hops = ask("path", {"a": "person:lloyd-austin", "b": "country:UKR"})
        assert len(hops) == 3
    assert matched > 20


@pytest.mark.slow
def test_seed_articles_through_the_pipeline_parity(srv):
    from graphkit.pipeline import extract
    from graphkit.sources import read_articles

    articles = list(read_articles([str(ROOT / "seeds")]))
    G = build_graph(extract(articles), articles=articles)
    assert G.number_of_edges() > 0
    pushed(G, srv)
    with gn.querying(**srv.kwargs()) as ask:
        nodes = sorted(G)
        check_parity(G, ask, nodes, [(a, b) for a in nodes for b in nodes])
        check_alliance_edges(G, ask)
        stats = {(r["kind"], r["name"]): r["count"] for r in ask("stats", {})}
    assert stats[("node", "Actor")] == G.number_of_nodes()
    assert stats[("node", "Article")] == len(articles)


def test_random_graph_parity(srv):
    G = random_graph(3000, seed=7)
    pushed(G, srv)
    rng = random.Random(7)
    nodes = sorted(G)
    edge_pairs = [(u, v) for u, v, _ in rng.sample(sorted(G.edges(keys=True)), 150)]
    random_pairs = [tuple(rng.sample(nodes, 2)) for _ in range(100)]
    with gn.querying(**srv.kwargs()) as ask:
        matched = check_parity(G, ask, rng.sample(nodes, 150), edge_pairs + random_pairs)
        check_alliance_edges(G, ask)
    assert matched > 200
