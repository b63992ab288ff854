"""Hand-built relation graphs that follow the team's graph model exactly.

Used by the analysis, viz and browser tests so they do not depend on the NLP
pipeline; every sentence here is written for the tests.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from graphkit.ontology import POLARITY, SYMMETRIC


def actor(G: nx.MultiDiGraph, node_id: str, name: str, *, country: str | None = None,
          role: str | None = None, mentions: int = 1) -> None:
    kind = {"country": "COUNTRY", "bloc": "COUNTRY", "org": "ORG", "person": "PERSON"}[node_id.split(":")[0]]
    G.add_node(node_id, name=name, type=kind, aliases=sorted({name}), country=country, role=role,
               mentions=mentions, articles=["t1"])


def relate(G: nx.MultiDiGraph, subject: str, relation: str, obj: str, *, count: int = 1,
           dates: list[str | None] | None = None, sentence: str | None = None) -> None:
    """Add (or extend) the edge ``subject -relation-> obj`` with *count* evidence items."""
    if relation in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    dates = dates or [None] * count
    assert len(dates) == count
    text = sentence or f"{G.nodes[subject]['name']} {relation.lower()} {G.nodes[obj]['name']}."
    evidence: list[dict[str, Any]] = [
        {"doc_id": f"t{i}", "sentence": text, "start": 0, "end": len(text), "predicate": relation.lower(),
         "rule": "test", "confidence": 0.9, "date": d, "attribution": None,
         "subject_text": G.nodes[subject]["name"], "object_text": G.nodes[obj]["name"]}
        for i, d in enumerate(dates)
    ]
    known = sorted(d for d in dates if d)
    G.add_edge(subject, obj, key=relation, relation=relation, polarity=POLARITY[relation], count=count,
               articles=sorted({e["doc_id"] for e in evidence}), evidence=evidence,
               first_seen=known[0] if known else None, last_seen=known[-1] if known else None,
               confidence=0.9)


def new_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph(graphkit_version="test", model="hand-built", articles={})


def two_camps() -> nx.MultiDiGraph:
    """Two camps (A, B, C) and (D, E, F) with hostile ties between them, plus noise.

    Known answers: blocs {A, B, C} and {D, E, F}; frustration 0; no unbalanced triad;
    A and E are opposed through chains; the MEETS and LEADER_OF edges add nothing.
    """
    G = new_graph()
    for code, name in zip("ABCDEF", ["Avalon", "Borduria", "Carpania", "Dorvia", "Elbonia", "Freedonia"]):
        actor(G, f"country:{code * 3}", name, mentions=3)
    actor(G, "person:ada-lord", "Ada Lord", country="country:AAA", role="President", mentions=2)
    A, B, C, D, E, F = (f"country:{c * 3}" for c in "ABCDEF")
    relate(G, A, "SUPPORTS", B, count=2)
    relate(G, B, "SUPPLIES", C)
    relate(G, A, "COOPERATES_WITH", C)
    relate(G, D, "SUPPORTS", E)
    relate(G, E, "COOPERATES_WITH", F, count=3)
    relate(G, F, "SUPPLIES", D)
    relate(G, A, "ATTACKS", D, count=2)
    relate(G, E, "SANCTIONS", B)
    relate(G, C, "MEETS", F, count=4)
    relate(G, "person:ada-lord", "LEADER_OF", A)
    relate(G, "person:ada-lord", "OPPOSES", F)
    return G


SIDE_CHANGE_DAYS = ("2023-04-01", "2025-04-01")


def side_change():
    """Carpania sides with Avalon and Borduria in 2023, with Dorvia and Elbonia against Avalon in 2025."""
    A, B, C, D, E = (f"country:{c * 3}" for c in "ABCDE")
    OLD, NEW = SIDE_CHANGE_DAYS
    G = new_graph()
    for node, name in zip((A, B, C, D, E), ["Avalon", "Borduria", "Carpania", "Dorvia", "Elbonia"]):
        actor(G, node, name)
    relate(G, A, "SUPPORTS", B, count=4, dates=[OLD, OLD, NEW, NEW])
    relate(G, D, "COOPERATES_WITH", E, count=2, dates=[OLD, NEW])
    relate(G, A, "ATTACKS", D, count=2, dates=[OLD, NEW])
    relate(G, B, "SANCTIONS", E, count=1, dates=[OLD])
    relate(G, C, "SUPPORTS", A, count=3, dates=[OLD, OLD, OLD], sentence="Carpania backed Avalon.")
    relate(G, C, "OPPOSES", D, count=1, dates=[OLD])
    relate(G, C, "OPPOSES", A, count=2, dates=[NEW, NEW], sentence="Carpania condemned Avalon.")
    relate(G, C, "SUPPLIES", D, count=2, dates=[NEW, NEW], sentence="Carpania sent fuel to Dorvia.")
    relate(G, E, "SUPPORTS", C, count=1, dates=[NEW])
    relate(G, B, "MEETS", D, count=6, dates=[OLD] + [NEW] * 5)
    G.graph["articles"] = {"t0": {"hash": "h", "title": "T", "date": OLD, "url": "https://example.org/t0"}}
    return G
