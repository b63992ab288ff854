"""Hand-built Triples for the graph, query, export and CLI tests (sentences written for the tests)."""
from __future__ import annotations

from typing import Any

from graphkit.ontology import POLARITY
from graphkit.types import Triple

# id -> (canonical name, type)
ACTORS: dict[str, tuple[str, str]] = {
    "country:RUS": ("Russia", "COUNTRY"),
    "country:PRK": ("North Korea", "COUNTRY"),
    "country:USA": ("United States", "COUNTRY"),
    "country:UKR": ("Ukraine", "COUNTRY"),
    "country:CHN": ("China", "COUNTRY"),
    "org:nato": ("NATO", "ORG"),
    "person:vladimir-putin": ("Vladimir Putin", "PERSON"),
    "person:kim-jong-un": ("Kim Jong Un", "PERSON"),
    "person:sergei-lavrov": ("Sergei Lavrov", "PERSON"),
    "person:john-smith@GBR": ("John Smith", "PERSON"),
    "person:john-smith@USA": ("John Smith", "PERSON"),
    "person:john-smith": ("John Smith", "PERSON"),
}


def triple(subject_id: str, relation: str, object_id: str, *, doc: str = "d1", start: int = 0,
           sentence: str | None = None, subject_text: str | None = None, object_text: str | None = None,
           predicate: str | None = None, confidence: float = 0.8, date: str | None = "2024-05-01", rule: str = "test_rule",
           content_hash: str | None = None, **extra: Any) -> Triple:
    s_name, s_type = ACTORS[subject_id]
    o_name, o_type = ACTORS[object_id]
    text = sentence or f"{subject_text or s_name} {relation.lower()} {object_text or o_name}."
    return Triple(doc_id=doc, subject=s_name, subject_id=subject_id, subject_type=s_type,
                  subject_text=subject_text or s_name, relation=relation, polarity=POLARITY[relation],
                  object=o_name, object_id=object_id, object_type=o_type, object_text=object_text or o_name,
                  predicate=predicate or relation.lower(), rule=rule, confidence=confidence,
                  sentence=text, start=start, end=start + len(text), date=date, content_hash=content_hash,
                  **extra)


def world() -> list[Triple]:
    """A small news world: Russia's friends and foes, with leaders and ministers."""
    return [
        triple("country:PRK", "SUPPLIES", "country:RUS", doc="d1", start=0, subject_text="Pyongyang",
               predicate="shipped shells to", sentence="Pyongyang shipped shells to Russia."),
        triple("country:PRK", "SUPPLIES", "country:RUS", doc="d2", start=40, confidence=0.5, date="2024-06-02"),
        triple("person:vladimir-putin", "LEADER_OF", "country:RUS", doc="d1", start=36, predicate="President",
               sentence="President Vladimir Putin thanked the North.", subject_text="Vladimir Putin"),
        triple("person:vladimir-putin", "SUPPORTS", "country:PRK", doc="d1", start=36, predicate="thanked",
               sentence="President Vladimir Putin thanked the North.", object_text="the North"),
        triple("person:kim-jong-un", "LEADER_OF", "country:PRK", doc="d2", start=0, predicate="leader"),
        triple("person:sergei-lavrov", "MEMBER_OF", "country:RUS", doc="d2", start=90,
               predicate="Foreign Minister"),
        triple("person:sergei-lavrov", "OPPOSES", "country:USA", doc="d2", start=90, predicate="criticised",
               subject_text="Lavrov"),
        triple("country:USA", "OPPOSES", "country:RUS", doc="d3", start=0, date="2024-07-03",
               subject_text="Washington", predicate="condemned"),
        triple("country:USA", "SANCTIONS", "country:RUS", doc="d3", start=50, date="2024-07-03"),
        triple("country:USA", "SUPPLIES", "country:UKR", doc="d3", start=100, date="2024-07-03"),
        triple("country:RUS", "COOPERATES_WITH", "country:CHN", doc="d4", start=0, date=None),
        triple("country:CHN", "MEETS", "country:RUS", doc="d4", start=60, date=None),
        triple("country:RUS", "ATTACKS", "country:UKR", doc="d4", start=120, date=None),
    ]
