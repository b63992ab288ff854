"""Verb phrases that state a relation the verb alone does not: a preposition ("fired at", "sided
with"), a seller ("bought jets from Sweden"), money raised for someone, fire exchanged, work done
together.

These run before the verb's own reading (:mod:`.verbs`): when both find the same relation in a
sentence, the more specific phrase keeps it.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from ..ontology import NEGATIVE as HOSTILE
from ..ontology import Relation as R
from ..triggers import MUTUAL_FIGHT_VERBS, PREP_VERBS
from .candidate import Candidate
from .clauses import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    children,
    is_threatened,
    pobj_actors,
    recipients_of,
    trigger_noun,
)
from .registry import Example, rule
from .requests import is_requested
from .sites import Clause

SOURCE_VERBS = frozenset("buy purchase acquire import receive obtain procure order get".split())

# "raise $10bn for Ukraine": money raised for an actor supplies it.
FUNDRAISING_VERBS = frozenset("raise mobilise mobilize".split())

MONEY_WORDS = frozenset("money fund funds funding billion million trillion cash loan loans".split())

# "Pakistani and Afghan forces exchanged fire": each side attacks the other.
EXCHANGED_FIRE = frozenset("fire gunfire shots blows strikes artillery shelling".split())

# "X and Y will work to ensure ...": coordinated subjects of these act together.
JOINT_WORK_VERBS = frozenset("work strive collaborate".split())

EVENTS = tuple(r for r in R if r not in {R.LEADER_OF, R.MEMBER_OF})

# The verbs of the verb-preposition table: any other verb has no pair in it.
PREP_LEMMAS = frozenset(verb for verb, _ in PREP_VERBS)


@rule("verb-prep", on=Clause, relations=EVENTS, confidence=0.9,
      construction='verb + preposition ("fired at", "sided with", "arrived in", "met with", '
                   '"recaptured the town from al-Shabaab")',
      examples=[Example("Belarus sided with Russia.", ("Belarus", "SUPPORTS", "Russia"))])
def verb_preposition(c: Clause) -> Iterator[Candidate]:
    """The relation needs the preposition: "fired at Ukraine", "fired missiles toward Israel" (on the object)."""
    if c.lemma not in PREP_LEMMAS or not c.asserted:  # the cheap look-up first: "asserted" climbs the parse
        return
    verb = c.token
    if is_requested(verb):
        return  # "a motion urging the president to break with Taiwan": asked for, not done
    preps = [*children(verb, "prep"), *(p for o in verb.children if o.dep_ in OBJECT_DEPS for p in children(o, "prep"))]
    for prep in preps:
        relation = PREP_VERBS.get((c.lemma, prep.lower_))
        if relation is None or (relation in HOSTILE and is_threatened(verb)):
            continue
        for obj in pobj_actors(prep, c.table, relation):
            for subj in c.subjects:
                yield Candidate(subj, relation, obj, f"{verb.text} {prep.text}", "verb-prep", verb)
                if c.lemma in MUTUAL_FIGHT_VERBS and prep.lower_ == "with":  # "Thai troops clashed with Cambodian forces"
                    yield Candidate(obj, relation, subj, f"{verb.text} {prep.text}", "verb-prep", verb)


@rule("verb-source", on=Clause, words=SOURCE_VERBS, relations=[R.SUPPLIES], confidence=0.6,
      construction='buying from a supplier ("Hungary buys jets from Sweden")',
      examples=[Example("Poland bought tanks from South Korea.", ("South Korea", "SUPPLIES", "Poland"))])
def bought_from(c: Clause) -> Iterator[Candidate]:
    """The seller supplies the buyer; the from-phrase may hang on the goods ("bought artillery from France").
    "received support from Egypt" is the noun rule's."""
    if not c.asserted or c.lemma not in SOURCE_VERBS:
        return
    verb = c.token
    goods = [o for o in verb.children if o.dep_ in OBJECT_DEPS]
    if any(trigger_noun(o) not in {None, R.SUPPLIES.value} for o in goods):
        return
    for prep in [*children(verb, "prep"), *(p for o in goods for p in children(o, "prep"))]:
        if prep.lower_ == "from":
            for seller in pobj_actors(prep, c.table, R.SUPPLIES.value):
                for buyer in c.subjects:
                    yield Candidate(seller, R.SUPPLIES.value, buyer, f"{verb.text} from", "verb-source", verb)


@rule("verb-transfer", on=Clause, words=FUNDRAISING_VERBS, relations=[R.SUPPLIES], confidence=0.85,
      construction='transfer verbs and recipients ("sent drones to Russia", "provided Russia with missiles", '
                   '"gave Kyiv tanks", "the AU mission is funded by the EU", "raise $10bn for Ukraine"); a '
                   'recipient left out of a second clause is the first one\'s ("Kenya deployed officers to Haiti, '
                   'and Jamaica sent contingents")',
      examples=[Example("Iran sent drones to Russia.", ("Iran", "SUPPLIES", "Russia"))])
def raised_for(c: Clause) -> Iterator[Candidate]:
    """Money raised for an actor is supplied to it ("agreed to raise $10bn for Ukraine")."""
    verb = c.token
    if not c.asserted or c.lemma not in FUNDRAISING_VERBS or not any(
            o.dep_ in OBJECT_DEPS and (o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_WORDS)
            for o in verb.children):
        return
    for recipient in recipients_of(verb, c.table):
        for subj in c.subjects:
            yield Candidate(subj, R.SUPPLIES.value, recipient, verb.text, "verb-transfer", verb)


@rule("verb-symmetric", on=Clause, words={"exchange"}, relations=[R.COOPERATES_WITH, R.MEETS, R.ATTACKS], confidence=0.85,
      construction='"X and Y signed a treaty", "X and Y met"; reciprocal "blamed each other"; acting together '
                   '("France and Germany will work to rebuild the port"); "X and Y exchanged fire" (each attacks '
                   'the other)',
      examples=[Example("Egypt and Jordan signed a treaty.", ("Egypt", "COOPERATES_WITH", "Jordan"))])
def exchanged_fire(c: Clause) -> Iterator[Candidate]:
    """"Pakistani and Afghan forces exchanged heavy fire": each side attacks the other."""
    verb = c.token
    if not c.asserted or c.lemma != "exchange" or len(c.subjects) < 2 or not any(
            o.dep_ in OBJECT_DEPS and o.lemma_.lower() in EXCHANGED_FIRE for o in verb.children):
        return
    for a, b in combinations(c.subjects, 2):
        yield Candidate(a, R.ATTACKS.value, b, f"{verb.text} fire", "verb-symmetric", verb)
        yield Candidate(b, R.ATTACKS.value, a, f"{verb.text} fire", "verb-symmetric", verb)


@rule("verb-symmetric", on=Clause, words=JOINT_WORK_VERBS)
def worked_together(c: Clause) -> Iterator[Candidate]:
    """"Chile and Peru will work to reopen the border": coordinated subjects acting together."""
    verb = c.token
    if not c.asserted or c.lemma not in JOINT_WORK_VERBS or len(c.subjects) < 2 \
            or not any(s.dep_ in SUBJECT_DEPS for s in verb.children) \
            or any(p.lower_ in {"against", "on"} for p in children(verb, "prep")):
        return
    for a, b in combinations(c.subjects, 2):
        yield Candidate(a, R.COOPERATES_WITH.value, b, verb.text, "verb-symmetric", verb)
