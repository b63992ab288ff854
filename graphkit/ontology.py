"""The closed relation ontology (aligned with PLOVER event types).

Every relation graphkit writes — to JSONL, the NetworkX graph or Neo4j — is one
of :data:`RELATIONS`; nothing builds a relation name from text.
"""
from __future__ import annotations

from enum import Enum


class Relation(str, Enum):
    SUPPORTS = "SUPPORTS"
    SUPPLIES = "SUPPLIES"
    COOPERATES_WITH = "COOPERATES_WITH"
    MEETS = "MEETS"
    VISITS = "VISITS"
    OPPOSES = "OPPOSES"
    THREATENS = "THREATENS"
    SANCTIONS = "SANCTIONS"
    ATTACKS = "ATTACKS"
    LEADER_OF = "LEADER_OF"
    MEMBER_OF = "MEMBER_OF"

    def __str__(self) -> str:
        return self.value


RELATIONS: tuple[str, ...] = tuple(r.value for r in Relation)

# +1 cooperative, -1 hostile, 0 neutral; structural relations carry no stance.
POLARITY: dict[str, int | None] = {
    "SUPPORTS": 1,
    "SUPPLIES": 1,
    "COOPERATES_WITH": 1,
    "MEETS": 0,
    "VISITS": 0,
    "OPPOSES": -1,
    "THREATENS": -1,
    "SANCTIONS": -1,
    "ATTACKS": -1,
    "LEADER_OF": None,
    "MEMBER_OF": None,
}

# Annotated once per pair; stored with subject/object in canonical (sorted id) order.
SYMMETRIC: frozenset[str] = frozenset({"COOPERATES_WITH", "MEETS"})
# Person/state → country/organisation affiliation, not events between actors.
STRUCTURAL: frozenset[str] = frozenset({"LEADER_OF", "MEMBER_OF"})
EVENTS: tuple[str, ...] = tuple(r for r in RELATIONS if r not in STRUCTURAL)
NEGATIVE: frozenset[str] = frozenset(r for r, p in POLARITY.items() if p == -1)
