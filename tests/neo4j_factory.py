"""Graphs for the Neo4j tests and benchmark: a seeded random graph that follows the graph model.

Every sentence is made up here; ids look like the real ones (``country:C0001``,
``person:p-00001``, ``org:o-00001``) so the id-ordering of symmetric edges matters.
"""
from __future__ import annotations

import os
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphkit.errors import Neo4jError
from graphkit.neo4j import DEFAULT_DATABASE, DEFAULT_URI, DEFAULT_USER, connect
from graphkit.ontology import POLARITY, RELATIONS, STRUCTURAL, SYMMETRIC

ROOT = Path(__file__).resolve().parent.parent
CTL = ROOT / "neo4j-server" / "ctl.sh"
PID_FILE = ROOT / "neo4j-server" / "neo4j.pid"
DEV_PASSWORD = "graphkit-dev-password"  # neo4j-server/ctl.sh's documented dev default


@dataclass(frozen=True)
class Server:
    """Connection settings of the test server (from the NEO4J_* environment)."""

    uri: str
    user: str
    password: str
    database: str

    def kwargs(self) -> dict[str, str]:
        return {"uri": self.uri, "user": self.user, "password": self.password, "database": self.database}

    def env(self) -> dict[str, str]:
        return {"NEO4J_URI": self.uri, "NEO4J_USERNAME": self.user, "NEO4J_PASSWORD": self.password,
                "NEO4J_DATABASE": self.database}


def server() -> Server:
    """The server from NEO4J_URI etc.; skips when it is unreachable, unless GRAPHKIT_REQUIRE_NEO4J is set."""
    found = Server(uri=os.environ.get("NEO4J_URI") or DEFAULT_URI,
                   user=os.environ.get("NEO4J_USERNAME") or DEFAULT_USER,
                   password=os.environ.get("NEO4J_PASSWORD") or DEV_PASSWORD,
                   database=os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE)
    try:
        connect(found.uri, found.user, found.password).close()
    except Neo4jError as exc:
        if "cannot reach" in str(exc) and not os.environ.get("GRAPHKIT_REQUIRE_NEO4J"):
            pytest.skip(f"no Neo4j server at {found.uri} (start one with 'make neo4j-up'; "
                        "set GRAPHKIT_REQUIRE_NEO4J=1 to fail instead)")
        pytest.fail(f"Neo4j test server unusable: {exc}")
    return found

_KINDS = (("country", "COUNTRY", 0.3), ("person", "PERSON", 0.45), ("org", "ORG", 0.25))


def random_graph(n_relations: int, *, n_actors: int | None = None, n_articles: int | None = None,
                 seed: int = 0) -> nx.MultiDiGraph:
    """A MultiDiGraph with *n_relations* distinct (subject, object, relation) edges.

    Structural relations only go from people/orgs; symmetric ones are stored once with
    subject id < object id; no self-loops. Node ``articles``/``mentions`` are derived from
    the edges, and ``G.graph["articles"]`` lists every article used.
    """
    rng = random.Random(seed)
    n_actors = n_actors or max(20, n_relations // 8)
    n_articles = n_articles or max(5, n_relations // 20)
    G = nx.MultiDiGraph(graphkit_version="test", model="random", articles={})
    ids: list[str] = []
    for i in range(n_actors):
        prefix, kind, _ = rng.choices(_KINDS, weights=[k[2] for k in _KINDS])[0]
        node = {"country": f"country:C{i:05d}", "person": f"person:p-{i:05d}", "org": f"org:o-{i:05d}"}[prefix]
        G.add_node(node, name=f"{prefix.title()} {i}", type=kind, aliases=[f"{prefix.title()} {i}"],
                   country=None, role=None, mentions=0, articles=[])
        ids.append(node)
    countries = [n for n in ids if n.startswith("country:")] or ids
    docs = [f"doc-{i:05d}" for i in range(n_articles)]
    node_docs: dict[str, set[str]] = defaultdict(set)
    made = 0  # G.number_of_edges() walks every node: too slow to ask each round
    while made < n_relations:
        relation = rng.choice(RELATIONS)
        u = rng.choice(ids)
        v = rng.choice(countries if relation in STRUCTURAL else ids)
        if u == v or (relation in STRUCTURAL and u.startswith("country:")):
            continue
        if relation in SYMMETRIC and v < u:
            u, v = v, u
        if G.has_edge(u, v, relation):
            continue
        evidence = []
        for k in range(rng.randint(1, 3)):
            doc = rng.choice(docs)
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            sentence = f"{G.nodes[u]['name']} {relation.lower().replace('_', ' ')} {G.nodes[v]['name']} ({doc})."
            # Distinct offsets: graph.py identifies evidence by (doc_id, start, end).
            evidence.append(_evidence(doc, sentence, 1000 * k, day, G.nodes[u]["name"], G.nodes[v]["name"]))
        add_edge(G, u, v, relation, evidence)
        made += 1
        node_docs[u].update(e["doc_id"] for e in evidence)
        node_docs[v].update(e["doc_id"] for e in evidence)
    for node, data in G.nodes(data=True):
        data["articles"] = sorted(node_docs[node])
        data["mentions"] = sum(d["count"] for _, _, d in G.in_edges(node, data=True)) + \
            sum(d["count"] for _, _, d in G.out_edges(node, data=True))
    G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0])
    used = sorted({doc for docs_ in node_docs.values() for doc in docs_})
    G.graph["articles"] = {d: {"hash": f"h{d}", "title": f"Article {d}", "date": "2024-06-01", "url": None}
                           for d in used}
    return G


def add_edge(G: nx.MultiDiGraph, u: str, v: str, relation: str, evidence: list[dict[str, Any]]) -> None:
    """Add edge (u, v, relation) with graph-model attributes derived from *evidence*."""
    dates = sorted(e["date"] for e in evidence if e["date"])
    G.add_edge(u, v, key=relation, relation=relation, polarity=POLARITY[relation], count=len(evidence),
               articles=sorted({e["doc_id"] for e in evidence}), evidence=evidence,
               first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
               confidence=round(1 - 0.2 ** len(evidence), 3))


def _evidence(doc: str, sentence: str, start: int, day: str | None, subject: str, obj: str) -> dict[str, Any]:
    return {"doc_id": doc, "sentence": sentence, "start": start, "end": start + len(sentence), "predicate": "test",
            "rule": "test", "confidence": 0.8, "date": day, "attribution": None,
            "subject_text": subject, "object_text": obj}
