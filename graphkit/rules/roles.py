"""Structural rules: who leads or serves a state or organisation, and which states belong to which bodies.

Titles and appositions are read by actor resolution (:mod:`graphkit.actors.affiliations`); the
rules here turn them into LEADER_OF / MEMBER_OF triples and add what verbs, nouns and lists say: "X
leads Y", "Finland joined NATO", "NATO member Sweden", "the E3 - Britain, France and Germany -".
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..ontology import Relation as R
from ..sentence_starts import DASHES
from ..types import ActorType
from .candidate import Candidate
from .clauses import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    children,
    governing_verb,
    nominal_slot,
    pobj_actors,
    subjects_of,
)
from .registry import Example, describe, rule
from .sites import ArticleSite, Clause, Word

# "X leads Y", "Y, led by X".
LEAD_VERBS = frozenset("lead head chair command rule run".split())
# "Finland joined NATO"; "Laos, which chairs ASEAN" (a state chairs only a body it belongs to).
JOIN_VERBS = frozenset({"join", "chair"})
# Groups sent by an actor, whose leader does not lead the actor.
DELEGATIONS = frozenset("delegation team mission panel committee".split())
# "NATO member Sweden", "the G7 nations of Canada and Japan", "the two Commonwealth countries".
MEMBERSHIP_NOUNS = frozenset("member nation country state ally".split())


@rule("role-title", on=ArticleSite, relations=[R.LEADER_OF, R.MEMBER_OF], confidence=0.95,
      construction='titles and appositions ("Russian President Vladimir Putin", "Lloyd Austin, the US defence '
                   'secretary"); "former", "deputy" and "-elect" do not make a leader',
      examples=[Example("Russian President Vladimir Putin arrived.", ("Vladimir Putin", "LEADER_OF", "Russia"))])
def stated_roles(a: ArticleSite) -> Iterator[Candidate]:
    """Each affiliation actor resolution read; its source names the rule (role-title or role-known)."""
    for aff in a.table.affiliations:
        anchor = a.doc[aff.person.start]
        yield Candidate(aff.person, aff.relation, aff.group, aff.role, f"role-{aff.source}", anchor)


describe("role-known", relations=[R.LEADER_OF, R.MEMBER_OF], confidence=0.9, found_by="role-title",
         construction="a title without its country, for a person the gazetteer knows (their country, or the state a past "
                      "office holder served)",
         examples=[Example("President Emmanuel Macron arrived.", ("Emmanuel Macron", "LEADER_OF", "France"))])


@rule("role-lead", on=Clause, words=LEAD_VERBS, relations=[R.LEADER_OF], confidence=0.8,
      construction='"X leads/heads Y", "Y, led by X"',
      examples=[Example("The RSF, led by Mohamed Hamdan Dagalo, seized the town.",
                        ("Mohamed Hamdan Dagalo", "LEADER_OF", "RSF"))])
def leadership(c: Clause) -> Iterator[Candidate]:
    """"Burhan heads the army", "the RSF, led by Dagalo" -> LEADER_OF."""
    if not c.asserted or c.lemma not in LEAD_VERBS:
        return
    verb, table = c.token, c.table
    agents = [m for a in children(verb, "agent") for o in children(a, "pobj") for m in table.actors_of(o)]
    if c.passive or verb.dep_ == "acl":
        leaders = agents
        led = [m for s in verb.children if s.dep_ in PASSIVE_SUBJECT_DEPS for m in table.actors_of(s)]
        if verb.dep_ == "acl" and not _sent_by(verb.head, table):
            led += table.actors_of(verb.head)
    else:
        leaders = c.subjects
        # a named group only: "headed his country's delegation" does not make him head of state
        led = [m for o in verb.children if o.dep_ in OBJECT_DEPS for m in table.refs(o)
               if m.how == "name"]  # "has led the junta": a role needs the group named, not guessed
    for leader in leaders:
        if leader.actor.type != ActorType.PERSON:
            continue
        for group in led:
            if group.actor.type in {ActorType.COUNTRY, ActorType.ORG}:
                yield Candidate(leader, R.LEADER_OF.value, group, verb.text, "role-lead", verb)


@rule("membership", on=Clause, words=JOIN_VERBS, relations=[R.MEMBER_OF], confidence=0.85,
      construction='states in organisations ("NATO member Sweden", "India is a member of the Quad", '
                   '"Bulgaria, a member of NATO and of the EU", "Finland joined NATO", "Laos, which chairs '
                   'ASEAN", "the G7 nations of Canada and Japan"; "Turkey told a fellow NATO member" makes '
                   'Turkey one too)',
      examples=[Example("Finland joined NATO.", ("Finland", "MEMBER_OF", "NATO"))])
def joined(c: Clause) -> Iterator[Candidate]:
    """"Finland joined NATO" -> Finland MEMBER_OF NATO (a planned joining counts, as planned acts do);
    "Laos, which chairs ASEAN" -> Laos MEMBER_OF ASEAN."""
    if not c.asserted or c.lemma not in JOIN_VERBS:
        return
    for obj in (o for o in c.token.children if o.dep_ in OBJECT_DEPS):
        for org in c.table.actors_of(obj):
            if org.actor.type != ActorType.ORG:
                continue
            for member in c.subjects:
                if member.actor.type == ActorType.COUNTRY:
                    yield Candidate(member, R.MEMBER_OF.value, org, c.token.text, "membership", c.token)


@rule("membership", on=Word, words=MEMBERSHIP_NOUNS)
def member_noun(w: Word) -> Iterator[Candidate]:
    """"NATO member Sweden", "the G7 nations of Canada and Japan", "India is a member of the Quad",
    "Bulgaria, a member of NATO and of the EU"; "Turkey told a fellow NATO member" (Turkey is one too)."""
    noun, table = w.token, w.table
    if noun.lemma_.lower() not in MEMBERSHIP_NOUNS:
        return
    orgs = [m for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"} for m in table.refs(c)
            if m.actor.type == ActorType.ORG]
    if noun.lemma_.lower() == "member" and not orgs:
        ofs = [p for p in children(noun, "prep") if p.lower_ == "of"]
        ofs += [c for p in children(noun, "prep") for c in p.conjuncts if c.lower_ == "of"]
        orgs = [m for p in ofs for m in pobj_actors(p, table, "") if m.actor.type == ActorType.ORG]
        slot = nominal_slot(noun)
        of_which = any(c.lower_ == "of" and any(w.lower_ in {"which", "whom"} for w in c.children)
                       for c in slot.head.children)
        if not orgs and slot.dep_ == "attr" and slot.head.dep_ == "relcl" and of_which:
            # "the Group of Seven, of which Japan is a member": the body the relative clause describes
            orgs = [m for m in table.actors_of(slot.head.head) if m.actor.type == ActorType.ORG]
        if slot.dep_ == "attr" and slot.head.lemma_ in {"be", "become", "remain"}:
            members = subjects_of(slot.head, table)
        elif slot.dep_ == "appos":
            members = table.actors_of(slot.head)
        else:
            members = []
    else:
        members = list(table.refs(noun))  # "the two Commonwealth countries"
        members += [m for p in children(noun, "prep") if p.lower_ == "of" for m in pobj_actors(p, table, "")]
        members += [m for c in noun.children if c.dep_ == "appos" for m in table.actors_of(c)]
        if noun.dep_ in {"compound", "appos"}:
            members += table.actors_of(noun.head)  # "NATO member Sweden"
    members += _fellows(noun, table)
    for member in unique_actors(members):
        if member.actor.type == ActorType.COUNTRY:
            for org in unique_actors(orgs):
                yield Candidate(member, R.MEMBER_OF.value, org, noun.text, "membership", noun)


def _sent_by(head: Token, table: MentionTable) -> bool:
    """"a Saudi delegation led by X": a group an actor sent, named by its sender only (not "the Nobel
    Committee, chaired by X", a body with a name of its own)."""
    return head.lemma_.lower() in DELEGATIONS and not any(m.how == "name" for m in table.refs(head))


def _fellows(noun: Token, table: MentionTable) -> list[Mention]:
    """Who calls another "a fellow member": the subject of the verb the phrase is an object of."""
    if not any(c.lower_ == "fellow" for c in noun.children):
        return []
    verb = noun.head if noun.dep_ in OBJECT_DEPS else governing_verb(noun)
    return subjects_of(verb, table) if verb is not None and verb.pos_ in {"VERB", "AUX"} else []


# Words that announce a list of a body's members after its name: "the E3 - Britain, France and Germany -",
# "the Quad, namely ...", "BRICS (Brazil, Russia, ...)". A bare comma does not ("the EU, Japan and Canada"),
# except after "members of" ("two members of the Quad, India and Japan").
LIST_MARKERS = DASHES | {":", "(", "namely", "including", "comprising", "i.e."}
# Words between the states of a list, and the marks that close it.
LIST_JOINERS = frozenset({",", "and", "the"})
LIST_CLOSERS = DASHES | {",", ")", ";", ".", "and"}


@rule("bloc-list", on=ArticleSite, relations=[R.MEMBER_OF], confidence=0.85,
      construction='a body followed by the states it is made of ("the E3 - Britain, France and Germany -", '
                   '"the Quad, namely India, Japan, Australia and the United States", "two members of the Quad, '
                   'India and Japan")',
      examples=[Example("The E3, namely France, Germany and Britain, tabled a resolution.",
                        ("Germany", "MEMBER_OF", "E3"))])
def listed_members(a: ArticleSite) -> Iterator[Candidate]:
    """Two or more states listed right after a body's name. The list is read from the words, not the
    parse, which often makes it one of the body's conjuncts."""
    for tok in a.doc:
        for org in a.table.refs(tok):  # names, and nominals coreference resolved ("members of the alliance")
            if org.start == tok.i and org.actor.type == ActorType.ORG:
                head = a.doc[org.start:org.end].root
                for member in _listed_after(org, head, a.table):
                    yield Candidate(member, R.MEMBER_OF.value, org, head.text, "bloc-list", head)


def _listed_after(org: Mention, head: Token, table: MentionTable) -> list[Mention]:
    """The states of a list that opens right after *org* (headed by *head*) with a marker and closes within
    its sentence."""
    doc = head.doc
    i, end = org.end, head.sent.end
    if i < end and doc[i].text == ",":
        i += 1
    marked = False
    while i < end and _announces_list(doc[i]):
        marked, i = True, i + 1
    if not marked and not _of_members(head):
        return []
    members: list[Mention] = []
    after = i  # the token after the last state
    while i < end:
        states = [m for m in table.refs(doc[i]) if m.actor.type == ActorType.COUNTRY]
        if states:
            members.append(states[0])
            i = after = states[0].end
        elif doc[i].lower_ in LIST_JOINERS:
            i += 1
        else:
            break
    # closed by a comma, a bracket, a dash or the sentence's end, or going on with a member of another kind
    # ("namely Fiji, Vanuatu and the FLNKS"): "Houthis: US and UK strikes" is no list
    closed = after >= end or doc[after].lower_ in LIST_CLOSERS
    return unique_actors(members) if len(members) >= 2 and closed else []


def _announces_list(tok: Token) -> bool:
    """A list marker; a hyphen only with a space before it ("the E3 - Britain", not "the EU-UK agreement")."""
    return tok.lower_ in LIST_MARKERS and (tok.text != "-" or bool(tok.i and tok.nbor(-1).whitespace_))


def _of_members(head: Token) -> bool:
    """"members of <head>"."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() == "member"
