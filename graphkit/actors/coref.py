"""Passes 2 and 4, coreference: definite nominals, pronouns, pair nominals, relatives and speakers.

Each pass reads the table the earlier passes built and returns the mentions it resolved, by token.
Within a pass, tokens are resolved in text order and a later one may build on an earlier one
("they ... their officials"), as a reader would; that is what the pass's :class:`Draft` is for.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from ..syntax import indices_of
from ..types import Actor, ActorType
from .antecedents import antecedent, last_n, last_sides, plural_antecedent
from .mention import How, Mention
from .table import Draft, MentionTable
from .voices import Voices, first_person_referents
from .words import (
    ARMED_ADJECTIVES,
    ARMED_GROUP_NOUNS,
    DEFINED_SIDES,
    DEFINITE_NOUNS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    GROUP_SIZES,
    INSTITUTION_WORDS,
    PAIR_MARKERS,
    PAIR_NOUNS,
    PERSON_PRONOUNS,
    REFLEXIVE_PRONOUNS,
    SIDE_NOUNS,
    THING_PRONOUNS,
)

Resolved = dict[int, tuple[Mention, ...]]

# The words each pass looks at (it skips every other token): found at once by :func:`indices_of`.
_DEFINITE_WORDS = frozenset(DEFINITE_NOUNS)
_PRONOUN_PASS_WORDS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | frozenset(PAIR_NOUNS) \
    | {w.lower() for w in DEFINED_SIDES}
_WHOSE = frozenset({"whose"})


def resolve_definite_nominals(table: MentionTable) -> Resolved:
    """"the group", "the bloc", "the country": the most recent named actor of that kind."""
    draft = Draft(table)
    for i in indices_of(table.doc, "lower", _DEFINITE_WORDS):
        tok = table.doc[i]
        kind = DEFINITE_NOUNS[tok.lower_]
        if draft.is_resolved(tok.i) or tok.pos_ != "NOUN" or not _refers_back(tok, kind, draft):
            continue
        armed = tok.lower_ in ARMED_GROUP_NOUNS or any(c.dep_ == "amod" and c.lower_ in ARMED_ADJECTIVES
                                                       for c in tok.children)
        if armed:  # a group the gazetteer knows first: NER also calls towns and missions organisations
            m = antecedent(draft, tok, {kind}, lambda m: _known_group(draft, m.actor),
                           sentences=len(draft.sent_starts)) \
                or antecedent(draft, tok, {kind}, lambda m: not _is_institution(draft, m.actor))
        else:
            m = _earlier_owner(draft, tok, kind) or antecedent(draft, tok, {kind})
        if m is not None:
            draft.resolve(tok.i, (m.at(tok, How.PRONOUN),))
    return draft.added


def _refers_back(tok: Token, kind: str, table: MentionTable) -> bool:
    """"the group" with nothing of its own that says which group it is."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if kind == ActorType.COUNTRY and tok.dep_ == "compound" and not dets:
        dets = ["the"]  # "junta aircraft bombed ...": the junta named before
    if dets != ["the"] or any(c.dep_ in {"amod", "compound", "poss"} and table.refs(c) for c in tok.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return False  # "the Viv Ansanm gang coalition" names a group of its own
    # "the country of origin" is not a back-reference ("accused the bloc of serving" is)
    return not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
                   for c in tok.children)


def _earlier_owner(table: MentionTable, tok: Token, kind: str) -> Mention | None:
    """"the junta" after "Myanmar's junta": the state the same noun belonged to when last named (for a
    group, "the Palestinian group" says where it is from, not who it is: only what it was resolved to)."""
    for prev in reversed(table.doc[:tok.i]):
        if prev.lemma_.lower() == tok.lemma_.lower() and prev.pos_ == "NOUN":
            owners = table.refs(prev) or (table.modifier_actors(prev) if kind == ActorType.COUNTRY else [])
            if owners:
                return owners[0]
    return None


def resolve_pronouns(table: MentionTable) -> Resolved:
    """Personal pronouns (he, they, its) and pair nominals ("the two leaders", "both countries")."""
    draft = Draft(table)
    for i in indices_of(table.doc, "lower", _PRONOUN_PASS_WORDS):
        tok = table.doc[i]
        if draft.is_resolved(tok.i):
            continue
        low = tok.lower_
        if low in REFLEXIVE_PRONOUNS:
            continue  # "financing itself": the clause's own subject, never another actor
        if tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
            found = _one(antecedent(draft, tok, {ActorType.PERSON}))
        elif tok.pos_ == "PRON" and low in GROUP_PRONOUNS:
            found = plural_antecedent(draft, tok)
        elif tok.pos_ == "PRON" and low in THING_PRONOUNS and (low == "its" or _is_argument(tok)):
            found = _one(antecedent(draft, tok, {ActorType.COUNTRY, ActorType.ORG}))
        elif low in PAIR_NOUNS and any(c.lower_ in PAIR_MARKERS for c in tok.children):
            count = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), 2)
            pair = last_sides(draft, tok, count) if low in SIDE_NOUNS else last_n(draft, tok, PAIR_NOUNS[low], count)
            if pair:
                draft.resolve(tok.i, tuple(p.at(tok, How.PAIR) for p in pair))
            continue
        elif tok.text in DEFINED_SIDES and _bare_defined_term(tok):
            if pair := last_sides(draft, tok, 2):
                draft.resolve(tok.i, tuple(p.at(tok, How.PAIR) for p in pair))
            continue
        else:
            continue
        if found:
            draft.resolve(tok.i, tuple(m.at(tok, How.PRONOUN) for m in found))
    return draft.added


def _bare_defined_term(tok) -> bool:
    """"The Sides agreed": the term alone after "the", not "the States Parties to the treaty" nor a heading's
    first word."""
    return tok.i > tok.sent.start and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children if c.i < tok.i) \
        and not any(c.dep_ in {"compound", "amod", "prep"} for c in tok.children)


def resolve_relatives(table: MentionTable) -> Resolved:
    """"Orban, whose government ...": "whose" is the noun its relative clause describes."""
    draft = Draft(table)
    for i in indices_of(table.doc, "lower", _WHOSE):
        tok = table.doc[i]
        if draft.is_resolved(tok.i):
            continue
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and draft.refs(clause.head):
            draft.resolve(tok.i, tuple(m.at(tok, How.PRONOUN) for m in draft.refs(clause.head)))
    return draft.added


def resolve_speakers(table: MentionTable) -> Resolved:
    """A first person in someone's own words (a quote, a transcript turn, a printed statement): "I" is the
    speaker, "we"/"our" the state or organisation speaking or spoken for (see :mod:`.voices`)."""
    draft = Draft(table)
    voices: Voices | None = None  # read from the layout only for an article with a first person in it
    for i in indices_of(table.doc, "lower", FIRST_PERSON):
        tok = table.doc[i]
        if draft.is_resolved(tok.i) or tok.pos_ != "PRON":
            continue
        voices = voices or Voices(table)
        found = first_person_referents(table, tok, *voices.speakers(tok))
        if found:
            draft.resolve(tok.i, tuple(m.at(tok, How.PRONOUN) for m in found))
    return draft.added


def _one(mention: Mention | None) -> list[Mention]:
    return [mention] if mention is not None else []


def _is_argument(tok: Token) -> bool:
    if tok.dep_ in {"dobj", "pobj", "dative", "nsubjpass"}:
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_ != "be"


def _names(table: MentionTable, actor: Actor) -> tuple[str, ...] | None:
    """The gazetteer's names for *actor*, or ``None`` for an actor only this article names."""
    try:
        entry = table.gazetteer.get(actor.id)
    except KeyError:
        return None
    return (entry.name, *entry.aliases)


def _known_group(table: MentionTable, actor: Actor) -> bool:
    names = _names(table, actor)
    return names is not None and not (actor.type == ActorType.ORG and _institution_names(names))


def _is_institution(table: MentionTable, actor: Actor) -> bool:
    """Intergovernmental and civil bodies (the EU, the UN, ASEAN, the ICRC): never "the militants"."""
    return actor.type == ActorType.ORG and _institution_names(_names(table, actor) or (actor.name,))


@functools.lru_cache(maxsize=4096)
def _institution_names(names: tuple[str, ...]) -> bool:
    """Whether any of an organisation's names has a word of an institution ("Union", "Nations", "Court")."""
    return any(w in INSTITUTION_WORDS for n in names for w in n.lower().split())
