"""The records actor resolution produces: a mention of an actor, and a person's stated role."""
from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Token

from ..types import Actor


class How(str, enum.Enum):
    """How a mention was resolved; rules trust a name more than a pronoun (see the resolution penalty)."""

    NAME = "name"  # a named entity, through the gazetteer or NER
    SURNAME = "surname"  # a person's surname, matched to the full name or the gazetteer
    AGENT = "agent"  # a noun standing for its owner: "Russian officials", "the Iranian president"
    PRONOUN = "pronoun"  # a pronoun or definite nominal resolved to its antecedent
    PAIR = "pair"  # a plural nominal for several earlier actors: "the two leaders"


class AffiliationSource(str, enum.Enum):
    """Where the group of an affiliation came from."""

    TITLE = "title"  # named with the role: "Russian President Vladimir Putin"
    KNOWN = "known"  # the gazetteer's country (or state served) of a known person: "President Putin"


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens that refers to an actor, and how it was resolved."""

    actor: Actor
    start: int
    end: int
    text: str
    how: str  # a How value

    def at(self, token: Token, how: How | str) -> "Mention":
        """This mention's actor, referred to by *token* ("he", "the two leaders", "Russian officials")."""
        return Mention(self.actor, token.i, token.i + 1, token.text, getattr(how, "value", how))


@dataclass(frozen=True)
class Affiliation:
    """A person's stated role: "Lloyd Austin, the US defence secretary"."""

    person: Mention
    relation: str  # Relation.LEADER_OF | Relation.MEMBER_OF
    group: Mention
    role: str
    source: str = AffiliationSource.TITLE.value


def unique_actors(mentions: list[Mention]) -> list[Mention]:
    """*mentions* with later mentions of an already listed actor dropped."""
    seen, out = set(), []
    for m in mentions:
        if m.actor.id not in seen:
            seen.add(m.actor.id)
            out.append(m)
    return out


def slug(name: str) -> str:
    """The id part of an actor the gazetteer does not know: "Jimmy Cherizier" -> "jimmy-cherizier"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")



