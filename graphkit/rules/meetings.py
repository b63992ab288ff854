"""Rule meeting-place: a meeting held abroad is a visit ("Wong met Carney in Lima" -> each guest
VISITS Peru). Any rule's meeting is followed up here; a summit attended with no named counterpart
is read with the trigger nouns (:func:`graphkit.rules.nouns.summit_abroad`)."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..ontology import Relation as R
from ..types import ActorType
from .candidate import Candidate
from .clauses import CONDITION_MARKS, has_mark
from .registry import Example, rule
from .sites import Clause, FollowUp


@rule("meeting-place", on=FollowUp, relations=[R.VISITS], confidence=0.6,
      construction='a meeting abroad is a visit by the guest ("Wong met Carney in Lima")',
      examples=[Example("Penny Wong and Mark Carney met in Lima.", ("Penny Wong", "VISITS", "Peru"))])
def meeting_abroad(f: FollowUp) -> Iterator[Candidate]:
    """Any rule's meeting, held in a country that is not the participant's own."""
    cand = f.candidate
    if cand.relation == R.MEETS.value:
        yield from visits_at(cand.anchor, [cand.subject, cand.object], f.table)


@rule("stay-abroad", on=Clause, words={"be"}, relations=[R.VISITS], confidence=0.6,
      construction='a person who is, was or is due in another state\'s city visits it ("I was in Washington last '
                   'week", "Lavrov is due in Pyongyang next month"); only for a person whose own state is known',
      examples=[Example("Sergei Lavrov is due in Pyongyang next month.", ("Sergei Lavrov", "VISITS", "North Korea"))])
def stay_abroad(c: Clause) -> Iterator[Candidate]:
    """"was in Washington", "is due in Asuncion": a person's presence in a foreign country."""
    if c.lemma != "be" or not c.asserted:
        return
    verb, table = c.token, c.table
    if any(x.dep_ == "attr" or x.dep_ == "acomp" and x.lower_ != "due" or x.dep_ == "prep" and x.lower_ == "since"
           for x in verb.children) or _conditional(verb):
        return  # "is popular in the United States", "has been in Washington since 2017", "if Putin is in Hungary"
    holders = [verb, *(a for a in verb.children if a.dep_ == "acomp" and a.lower_ == "due")]
    places = [m for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" for m in table.refs(o) if m.actor.type == ActorType.COUNTRY]
    for guest in (s for s in c.subjects if s.actor.type == ActorType.PERSON):
        home = table.home_of(guest.actor) or guest.actor.served
        for place in unique_actors(places):
            if home is not None and home != place.actor.id:
                yield Candidate(guest, R.VISITS.value, place, f"{verb.text} in {place.text}", "stay-abroad", verb)


def _conditional(verb: Token) -> bool:
    return verb.dep_ == "advcl" and has_mark(verb, CONDITION_MARKS)


def visits_at(anchor: Token, participants: list[Mention], table: MentionTable) -> Iterator[Candidate]:
    """Participants of a meeting held in a country other than their own visit it."""
    for place in unique_actors(meeting_places(anchor, table)):
        for guest in participants:
            # a past office holder meeting someone in the state they served lives there more often than not
            home = table.home_of(guest.actor) or guest.actor.served or guest.actor.id
            if home != place.actor.id and guest.actor.id != place.actor.id:
                yield Candidate(guest, R.VISITS.value, place, f"{anchor.text} in {place.text}", "meeting-place", anchor)


def meeting_places(anchor: Token, table: MentionTable) -> list[Mention]:
    """Countries named by in/at phrases of a meeting's clause ("met on the second day of a forum in Lima")."""
    root = anchor.head if anchor.pos_ == "NOUN" and anchor.head.pos_ in {"VERB", "AUX"} else anchor
    found = []
    for tok in root.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at"}:
            continue
        path = [a for a in tok.ancestors if a.i != root.i and root.is_ancestor(a)]
        if any(a.pos_ in {"VERB", "AUX"} for a in path):
            continue  # the place of another event in a subordinate clause
        found += [m for m in table.refs(tok) if m.actor.type == ActorType.COUNTRY]
    return found
