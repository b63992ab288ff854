"""Namesakes: "Francesca Albanese" is not Anthony Albanese. A known surname after another given name is
another person of that name, and two actors who share a name are never merged."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from ..roles import ROLE_HEADS
from ..syntax import is_one_of
from ..types import Actor
from .words import TITLE_WORDS

# Capitalised words before a surname that are no given names: titles, ranks, honorifics and styles
# ("Field Marshal Haftar", "Ayatollah Khamenei", "His Excellency Ruto").
NOT_GIVEN_NAMES = TITLE_WORDS | frozenset("""marshal field captain ayatollah sultan rapporteur state excellency
    honourable honorable highness majesty sir dame lord lady pope his her""".split())


def is_namesake(surname: Token, actor: Actor, people: list[tuple[Span, Actor]], gazetteer: Gazetteer) -> bool:
    """Whether *surname*, resolved to the person *actor*, follows a given name none of *actor*'s names has
    (*people*: the article's full-name people, with their spans)."""
    given = given_name_before(surname)
    if given is None:
        return False
    names = [span.text for span, person in people if person.id == actor.id]
    if actor.id in gazetteer:
        entry = gazetteer.get(actor.id)
        names += [entry.name, *entry.aliases]
    return not any(given in name.split() for name in names)


def given_name_before(tok: Token) -> str | None:
    """The capitalised word just before a surname when it is a name, not a title ("Francesca" in
    "Francesca Albanese"; not "President" in "President Albanese")."""
    if tok.i == 0:
        return None
    prev = tok.nbor(-1)
    if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.is_title or prev.lower_ in NOT_GIVEN_NAMES \
            or is_one_of(prev, ROLE_HEADS) or prev.ent_type_ not in {"", "PERSON", "ORG"}:
        return None  # "On Thursday Yoon flew": a day, a place or a people is no given name
    return prev.text
