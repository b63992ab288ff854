"""Where a person belongs: the one definition of the person -> country link.

A person's country is the country they lead or serve as stated by the text (a LEADER_OF beats a
MEMBER_OF; more evidence beats less), else the gazetteer's country for a known person. Actor
resolution, the graph (a node's ``country``), the country-level view and the evaluation's
roll-up all use :func:`choose_home`.

A person the gazetteer does not know is published with that country as an id suffix
(``person:john-smith@GBR``), so two namesakes serving different countries stay two actors;
:func:`person_id` writes the suffix and :func:`split_person_id` reads it back.
"""
from __future__ import annotations

from typing import Iterable

from .ontology import Relation

COUNTRY_PREFIX = "country:"
_SUFFIX = "@"


def choose_home(links: Iterable[tuple[str, str, float]]) -> str | None:
    """The country among *links* — ``(relation, country id, evidence weight)`` of a person's
    LEADER_OF / MEMBER_OF ties to countries — that the person belongs to, or ``None``.

    LEADER_OF wins over MEMBER_OF, then the heavier evidence, then the smaller id (a stable tie-break).
    """
    ranked = sorted((relation != Relation.LEADER_OF, -weight, country) for relation, country, weight in links)
    return ranked[0][2] if ranked else None


def person_id(actor_id: str, country_id: str | None) -> str:
    """The published id of a person the gazetteer does not know: suffixed with their country's code."""
    if country_id is None or not country_id.startswith(COUNTRY_PREFIX) or _SUFFIX in actor_id:
        return actor_id
    return f"{actor_id}{_SUFFIX}{country_id.removeprefix(COUNTRY_PREFIX)}"


def split_person_id(actor_id: str) -> tuple[str, str | None]:
    """``("person:john-smith", "country:GBR")`` for ``person:john-smith@GBR``; other ids unchanged, ``None``."""
    if not actor_id.startswith("person:") or _SUFFIX not in actor_id:
        return actor_id, None
    bare, code = actor_id.split(_SUFFIX, 1)
    return bare, COUNTRY_PREFIX + code
