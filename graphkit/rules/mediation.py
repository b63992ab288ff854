"""Rule mediation: a mediator or host of talks, a truce or a deal meets its parties (annotation guide,
section 4, rule 12: "talks between A and B mediated by Qatar" -> Qatar MEETS A, Qatar MEETS B).

The mediator is named three ways: as the agent of a participle on the event ("a ceasefire mediated by
Oman", "talks hosted by Saudi Arabia"), as the subject of an active verb ("Qatar brokered a truce between
Israel and Hamas"), or in a phrase on the event ("under Moscow's mediation", "through Omani mediators").
The parties are the event's own ("between", "with", "Riyadh's rapprochement with Tehran") or, for an event
named in a prepositional phrase, those of the clause it hangs on ("Pakistan and Afghanistan agreed to a
ceasefire after talks mediated by Qatar").
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..ontology import NEGATIVE as HOSTILE
from ..ontology import Relation as R
from ..syntax import is_one_of
from ..triggers import verb_relation
from .candidate import Candidate
from .clauses import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    children,
    is_hypothetical,
    is_negated,
    is_offered,
    nominal_slot,
    prepositions,
    subjects_of,
    trigger_noun,
)
from .noun_arguments import LIGHT_VERBS, MEDIATING_VERBS
from .registry import Example, rule
from .sites import Clause, Noun

MEDIATION_NOUNS = frozenset("mediation mediator mediators auspices facilitation".split())
# "through Omani mediators", "under Moscow's mediation", "with Egyptian and Qatari mediators"
MEDIATION_PREPS = frozenset("under through with via".split())

# What a mediator brings about between parties: talks, and what talks end in.
EVENT_NOUNS = frozenset("""talk talks negotiation negotiations dialogue meeting meetings consultation consultations
    contact contacts ceasefire truce deal agreement accord pact exchange swap release rapprochement
    reconciliation normalisation normalization settlement""".split())
# Verbs whose parties a mediator meets ("Washington agreed a ceasefire with the Houthis, mediated by Oman").
EVENT_VERBS = frozenset("""agree sign exchange swap release free reach resume hold conclude seal negotiate talk
    meet end restore normalise normalize""".split())


@rule("mediation", on=Clause, words=MEDIATING_VERBS, relations=[R.MEETS], confidence=0.75,
      construction='a mediator or host of talks, a truce or a deal meets its parties ("talks between Israel and '
                   'Hamas mediated by Qatar", "Qatar brokered a truce between", "under Moscow\'s mediation")',
      examples=[Example("Kenya and Uganda agreed to a ceasefire after talks mediated by Tanzania.",
                        ("Tanzania", "MEETS", "Kenya"))])
def mediating_verb(c: Clause) -> Iterator[Candidate]:
    """"talks mediated by Qatar", "the talks were hosted by Saudi Arabia", "Qatar brokered a truce between"."""
    verb, table = c.token, c.table
    if c.lemma not in MEDIATING_VERBS or c.negated or is_offered(verb) or is_hypothetical(verb):
        return  # "has offered to host talks", "is ready to host", "could host talks if": no mediation yet
    agents = [m for a in children(verb, "agent") for o in children(a, "pobj") for m in table.actors_of(o)]
    if agents:
        # a participle on the event, or a passive whose subject is the event
        events = [verb.head] if verb.dep_ in {"acl", "advcl"} else \
            [s for s in verb.children if s.dep_ in PASSIVE_SUBJECT_DEPS]
        mediators = agents
    else:
        events = [o for o in verb.children if o.dep_ in OBJECT_DEPS]
        mediators = c.subjects
    for event in events:
        yield from _meets_parties(mediators, event, table, verb)


@rule("mediation", on=Noun, words=MEDIATION_NOUNS)
def mediation_phrase(n: Noun) -> Iterator[Candidate]:
    """"held talks with Damascus under Moscow's mediation", "agreed, through Omani mediators, to ..."."""
    noun, table = n.token, n.table
    if not is_one_of(noun, MEDIATION_NOUNS) or noun.dep_ != "pobj" or noun.head.lower_ not in MEDIATION_PREPS:
        return
    mediators = table.modifier_actors(noun) + [m for p in children(noun, "prep") if p.lower_ == "of"
                                               for o in children(p, "pobj") for m in table.actors_of(o)]
    yield from _meets_parties(unique_actors(mediators), noun.head.head, table, noun)


def _meets_parties(mediators: list[Mention], event: Token, table: MentionTable, anchor: Token) -> Iterator[Candidate]:
    if not mediators or is_negated(event):
        return
    mediator_ids = {m.actor.id for m in mediators}
    for party in unique_actors(_parties(event, table)):
        if party.actor.id in mediator_ids:
            continue
        for mediator in mediators:
            yield Candidate(mediator, R.MEETS.value, party, f"{anchor.text} {event.text}", "mediation", anchor)


def _parties(event: Token, table: MentionTable) -> list[Mention]:
    """Who the talks, truce or deal are between."""
    if event.pos_ in {"VERB", "AUX"}:
        if event.lemma_.lower() not in EVENT_VERBS:
            return []
        objects = [o for o in event.children if o.dep_ in OBJECT_DEPS]
        return subjects_of(event, table) + _partners(event, table) + [p for o in objects for p in _partners(o, table)]
    if event.pos_ not in {"NOUN", "PROPN"} or not is_one_of(event, EVENT_NOUNS) \
            or any(d.lower_ == "any" for d in event.children):
        return []  # "any talks with the US mediated by Oman would be indirect"
    own = _partners(event, table) + [m for c in event.children if c.dep_ == "poss" for m in table.actors_of(c)]
    slot = nominal_slot(event)
    if slot.dep_ in OBJECT_DEPS and slot.head.lemma_.lower() in LIGHT_VERBS | EVENT_VERBS:
        return own + subjects_of(slot.head, table)  # "Ankara held talks with Damascus under Moscow's mediation"
    if own or slot.dep_ != "pobj":
        return own
    # "agreed to a ceasefire after talks mediated by Qatar", "exchanged prisoners in a swap": the clause's parties
    verb = slot.head.head
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb) or _hostile(verb):
        return []  # not "Israel resumed strikes after talks mediated by Egypt"
    return subjects_of(verb, table) + _partners(verb, table)


def _hostile(verb: Token) -> bool:
    """A hostile act, done despite or after the talks: "attacked Kyiv", "resumed strikes"."""
    return verb_relation(verb.lemma_.lower()) in HOSTILE or any(
        o.dep_ in OBJECT_DEPS and trigger_noun(o) in HOSTILE for o in verb.children)


def _partners(token: Token, table: MentionTable) -> list[Mention]:
    """The actors of "with X", "between X and Y" on *token* (a repeated preposition too: "with A and with B")."""
    return [m for p in prepositions(token) if p.lower_ in {"with", "between"} for o in children(p, "pobj")
            for m in table.actors_of(o)]
