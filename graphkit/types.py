"""Frozen records passed between the stages of the pipeline."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Mapping


class ActorType(str, Enum):
    """What an actor is; the ``type`` of every :class:`Actor` and the ``*_type`` of every triple."""

    COUNTRY = "COUNTRY"
    PERSON = "PERSON"
    ORG = "ORG"

    def __str__(self) -> str:
        return self.value


ACTOR_TYPES: tuple[str, ...] = tuple(t.value for t in ActorType)


@dataclass(frozen=True)
class Article:
    """One news article, validated at the edge by :mod:`graphkit.sources`."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date when known
    url: str | None = None
    source: str | None = None  # file the article came from (and line/row)
    meta: Mapping[str, Any] = field(default_factory=dict)
    publication: str | None = None  # the publication or site ("Example Daily"), when the input names it

    @property
    def content_hash(self) -> str:
        """Identity of the article's content, for idempotent incremental builds."""
        h = hashlib.sha256()
        # The publication counts only when known, so articles without one keep the hashes they always had.
        parts = (self.doc_id, self.title or "", self.date or "", self.text)
        for part in parts + ((self.publication,) if self.publication else ()):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:16]


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, with the reason (file and line)."""

    source: str
    reason: str
    part: str | None = None  # None: the whole input was left out; else only this part of a kept article ("date")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Actor:
    """A resolved actor: canonical id and name, type, and the country it belongs to."""

    id: str
    name: str
    type: str  # an ActorType value
    country: str | None = None  # country actor id, for people (and some orgs)
    # For a known past or present office holder whom the gazetteer does not place today: the state they held
    # office for. It ties a title without its country to that state ("President X"); it is not their home
    # (an article that titles them makes it their home there, as any stated role does).
    served: str | None = None


@dataclass(frozen=True)
class Triple:
    """One relation between two actors with its evidence (the JSONL contract)."""

    doc_id: str
    subject: str
    subject_id: str
    subject_type: str
    subject_text: str
    relation: str
    polarity: int | None
    object: str
    object_id: str
    object_type: str
    object_text: str
    predicate: str
    rule: str
    confidence: float
    sentence: str
    start: int
    end: int
    date: str | None = None
    attribution: str | None = None  # who said so, for reported claims
    content_hash: str | None = None  # of the article, for incremental builds
    # How each side was resolved (an actors.How value: name, surname, agent, pronoun, pair); only a name
    # or surname becomes an alias of the actor ("Warships ... from both countries" names neither).
    subject_how: str | None = None
    object_how: str | None = None
    event_date: str | None = None  # when the event happened (ISO), from the sentence and the article's date
    date_precision: str | None = None  # how much of event_date is meant: day, month, year or article

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Triple":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})
