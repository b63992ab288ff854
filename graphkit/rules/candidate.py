"""A relation found by one rule, before it becomes a :class:`~graphkit.types.Triple`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.tokens import Token

from ..actors import Mention


@dataclass(frozen=True)
class Candidate:
    """A relation found by one rule, before it becomes a :class:`Triple`."""

    subject: Mention
    relation: str
    object: Mention
    predicate: str
    rule: str
    anchor: Token  # the trigger word; its sentence is the evidence


def pairs(subjects: Iterable[Mention], relation: str, objects: Iterable[Mention], predicate: str, rule: str,
          anchor: Token) -> Iterator[Candidate]:
    """Every subject with every object (subjects outside, objects inside)."""
    objects = list(objects)
    for subj in subjects:
        for obj in objects:
            yield Candidate(subj, relation, obj, predicate, rule, anchor)
