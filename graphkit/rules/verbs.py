"""The verb's own relation: who does what to whom in a clause whose verb is a trigger.

verb-svo, verb-passive, verb-transfer, verb-symmetric, event-reference, and sanctions as the
subject of a verb of impact ("US sanctions hit Rosneft", noun-light-verb).

A verb from the trigger lexicon is read one way only; :func:`reading` decides which (an
"each other" clause, a transfer, an agreement, or subject and object), and one rule below
handles each reading. These rules run after every other clause rule (see :mod:`graphkit.rules`).
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention
from ..ontology import NEGATIVE as HOSTILE
from ..ontology import SYMMETRIC
from ..ontology import Relation as R
from ..triggers import LABEL_VERBS, MUTUAL_FIGHT_VERBS, verb_relation
from ..types import ActorType
from .candidate import Candidate, pairs
from .clauses import (
    OBJECT_DEPS,
    PROMISE_MODALS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    TRANSFER_VERBS,
    children,
    direct_objects,
    has_aux,
    has_particle,
    is_threatened,
    pobj_actors,
    provoked_by,
    recipients_of,
    subjects_of,
    trigger_noun,
)
from .events import event_agents
from .registry import Example, rule
from .requests import OUT, is_requested
from .sites import Clause, per_site

AGREEMENT_NOUNS = frozenset("""treaty pact deal agreement accord memorandum partnership alliance ceasefire
    truce armistice
    declaration charter contract protocol communique communiqué statement""".split())

AGREEMENT_VERBS = frozenset({"sign", "ratify", "conclude", "seal", "ink", "forge", "agree", "reach", "initial",
                             "finalise", "finalize", "clinch"})

# Verbs whose object must be an actor for the meeting sense ("hosted Blinken", not "hosted a summit").
ACTOR_OBJECT_VERBS = frozenset({"receive", "host", "call", "welcome", "give", "recognize", "recognise", "protect"})

IMPACT_VERBS = frozenset("hit target affect cover punish apply strike".split())

# "the package targets Russian banks": hitting an economy is a sanction, not an attack.
ECONOMIC_TARGETS = frozenset("""bank banks company companies firm firms entity entities individual individuals
    exchange exchanges sector sectors export exports import imports oil gas asset assets oligarch oligarchs
    business businesses exporter exporters lender lenders insurer insurers tanker tankers refinery refineries
    goods products""".split())

# "offered to send envoys to both capitals": sending these is diplomacy, not supply.
DIPLOMATIC_CARGO = frozenset("""envoy envoys delegation delegations diplomat diplomats mediator mediators observer
    observers message messages letter letters invitation invitations signal signals condolences greetings
    congratulations representative representatives""".split())

EVENTS = tuple(r for r in R if r not in {R.LEADER_OF, R.MEMBER_OF})
RECIPROCAL = frozenset({"other", "another"})  # "each other", "one another"


# ---- The verb's own relation (from the trigger lexicon), read one way.

def _names_something(verb: Token) -> bool:
    """"called Kagame a warlord": a label after the object (the parser may read it as a second object)."""
    return any(o.dep_ == "oprd" for o in verb.children) or sum(o.dep_ == "dobj" for o in verb.children) >= 2


@per_site
def reading(c: Clause) -> str | None:
    """How the clause states its verb's relation: "each-other", "transfer", "agreement", "direct", or
    ``None`` (no relation of its own, or one it does not state)."""
    relation = verb_relation(c.lemma)
    verb = c.token
    # the cheap lexicon look-up first: whether a clause is asserted climbs the parse
    if relation is None or not c.asserted or c.lemma in LABEL_VERBS and _names_something(verb):
        return None  # "called Kagame a warlord" is a label, not a phone call
    if c.lemma == "call" and (not any(o.dep_ in OBJECT_DEPS and c.table.actors_of(o) for o in verb.children)
                              or has_particle(verb, OUT)):
        return None  # "called Ukraine's incursion a terrorist act", "called out Russia for": no phone call
    if relation in HOSTILE and is_threatened(verb):
        return None  # "threatened to strike": the threat is the relation
    if is_requested(verb):
        return None  # "urged customers to boycott Turkish resorts": asked for, not done
    if len(c.subjects) >= 2 and any(o.dep_ in OBJECT_DEPS and (o.lower_ in RECIPROCAL or any(
            p.dep_ == "poss" and p.lower_ in RECIPROCAL for p in o.children)) for o in verb.children):
        return "each-other"  # "blamed each other", "praised each other's courage"
    if relation == R.SUPPLIES.value and any(o.dep_ in OBJECT_DEPS and o.lemma_.lower() in DIPLOMATIC_CARGO
                                            or o.lower_ in DIPLOMATIC_CARGO for o in verb.children):
        return None  # "offered to send envoys to both capitals"
    if relation == R.SUPPLIES.value and c.lemma in TRANSFER_VERBS:
        return "transfer"
    if c.lemma in AGREEMENT_VERBS and relation == R.COOPERATES_WITH.value:
        return "agreement"
    return "direct"


@rule("verb-svo", on=Clause, relations=EVENTS, confidence=0.8,
      construction='active subject–verb–object ("Putin praised Pyongyang"), incl. conjoined '
                   'subjects/objects/verbs, relative clauses, control verbs ("agreed to supply", "is expected to '
                   'sign"); summoning an envoy is a protest and a meeting',
      examples=[Example("Putin praised Pyongyang.", ("Vladimir Putin", "SUPPORTS", "North Korea"))])
def each_other(c: Clause) -> Iterator[Candidate]:
    """"Cambodia and Thailand blamed each other": each subject on the other."""
    if reading(c) != "each-other":
        return
    relation, verb = verb_relation(c.lemma), c.token
    for a, b in combinations(c.subjects, 2):
        yield Candidate(a, relation, b, verb.text, "verb-svo", verb)
        if relation not in SYMMETRIC:
            yield Candidate(b, relation, a, verb.text, "verb-svo", verb)


@rule("verb-transfer", on=Clause)
def transfer(c: Clause) -> Iterator[Candidate]:
    """A transfer verb's recipient: "sent drones to Russia", "provided Russia with missiles"."""
    if reading(c) != "transfer":
        return
    verb = c.token
    for recipient in recipients_of(verb, c.table):
        for subj in c.subjects:
            yield Candidate(subj, R.SUPPLIES.value, recipient, verb.text, "verb-transfer", verb)


@rule("verb-symmetric", on=Clause)
def agreement(c: Clause) -> Iterator[Candidate]:
    """"X and Y signed a treaty", "X signed a pact with Y", "X agreed with Y"."""
    if reading(c) != "agreement":
        return
    verb, table = c.token, c.table
    objs = [o for o in verb.children if o.dep_ in OBJECT_DEPS]
    # a named agreement's lemma keeps its plural: "the Abraham Accords"
    if c.lemma != "agree" and not any(
            o.lemma_.lower() in AGREEMENT_NOUNS or o.lower_.removesuffix("s") in AGREEMENT_NOUNS for o in objs):
        return
    partners: list[Mention] = []
    # "signed the memorandum in Baku with Aliyev": the with-phrase may hang on the place
    places = [o for h in [verb, *objs] for p in children(h, "prep") if p.lower_ in {"in", "at", "on"}
              for o in children(p, "pobj")]
    for holder in [verb, *objs, *places]:
        for prep in children(holder, "prep"):
            if prep.lower_ in {"with", "between"}:
                partners += pobj_actors(prep, table, R.COOPERATES_WITH.value)
    predicate = " ".join([verb.text, *(o.text for o in objs[:1])])
    found = [(s, p) for s in c.subjects for p in partners] if partners else list(combinations(c.subjects, 2))
    for a, b in found:
        yield Candidate(a, R.COOPERATES_WITH.value, b, predicate, "verb-symmetric", verb)


@per_site
def direct_objects_of(c: Clause) -> tuple[list[Mention], str]:
    """The objects of a "direct" reading and the rule that found them (verb-svo, verb-passive or
    event-reference, for an objection to an event reported earlier)."""
    verb, table = c.token, c.table
    relation = verb_relation(c.lemma)
    objects = direct_objects(verb, table, relation, c.passive)
    if not objects and relation == R.OPPOSES.value:
        # "Russia annexed Crimea. The West condemned the move." (praise of "the deal" is too vague to use)
        events = [e for o in verb.children if o.dep_ in OBJECT_DEPS for e in event_agents(o, table)]
        if events:
            return events, "event-reference"
    if not objects and relation == R.OPPOSES.value:
        objects = provoked_by(verb, table)  # "Tokyo protested after Chinese missiles landed"
    if not objects and relation in {R.OPPOSES.value, R.THREATENS.value, R.SANCTIONS.value}:
        # "threatened tough steps over the IAEA's vote", "protested against Tehran"
        holders = [verb, *(o for o in verb.children if o.dep_ in OBJECT_DEPS)]  # "measures over X's decision"
        objects = [m for h in holders for p in children(h, "prep") if p.lower_ in TARGET_PREPS[relation] - {"of"}
                   for m in pobj_actors(p, table, relation)]
    return objects, "verb-passive" if c.passive else "verb-svo"


@rule("verb-passive", on=Clause, relations=EVENTS, confidence=0.8,
      construction='passive with agent ("Ukraine was shelled by Russia")',
      examples=[Example("Ukraine was shelled by Russia.", ("Russia", "ATTACKS", "Ukraine"))])
def subject_verb_object(c: Clause) -> Iterator[Candidate]:
    """Rules verb-svo and verb-passive: "Putin praised Pyongyang", "Ukraine was shelled by Russia"."""
    if reading(c) != "direct" or _impact_measure(c.token) is not None:
        return
    objects, rule_id = direct_objects_of(c)
    if rule_id == "event-reference" or (c.lemma in ACTOR_OBJECT_VERBS and not objects):
        return  # "hosted a summit" is no meeting: only an actor object makes one
    relation, verb = verb_relation(c.lemma), c.token
    if relation == R.ATTACKS.value and c.lemma in IMPACT_VERBS and any(
            o.dep_ in OBJECT_DEPS and o.lemma_.lower() in ECONOMIC_TARGETS for o in verb.children):
        relation = R.SANCTIONS.value  # "It targets Russian banks"
    if c.lemma == "warn" and _warns_of_own_act(c):
        relation = R.THREATENS.value  # "warned Baku that it would act": a warning of what one will do is a threat
    if relation in SYMMETRIC:
        objects = objects + [m for p in children(verb, "prep") if p.lower_ == "with"
                             for m in pobj_actors(p, c.table, relation)]
    for subj in c.subjects:
        for obj in objects:
            yield Candidate(subj, relation, obj, verb.text, rule_id, verb)
            if c.lemma == "summon":
                # summoning an envoy is a protest made in a meeting (docs/annotation.md, "Which relation" 6)
                yield Candidate(subj, R.MEETS.value, obj, verb.text, rule_id, verb)
            if c.lemma == "welcome" and obj.actor.type == ActorType.PERSON and any(
                    p.lower_ in {"to", "in", "at"} for p in children(verb, "prep")):
                # "Macron welcomed Zelensky to the Elysee": a welcome in person is a meeting
                yield Candidate(subj, R.MEETS.value, obj, f"{verb.text} to", "verb-svo", verb)


def _warns_of_own_act(c: Clause) -> bool:
    """A warning of what will follow: "warned Baku that it will act", "warned Moscow that Tallinn will detain
    any tanker", "warned Lithuania that any blockade would be answered". Not a forecast of a third party's
    act ("Biden warned Zelensky that Russia would invade"), which stays an opposition."""
    table = c.table
    sides = {m.actor.id for m in c.subjects} | {h for m in c.subjects if (h := table.home_of(m.actor))} | {
        m.actor.id for o in c.token.children if o.dep_ in OBJECT_DEPS | {"dative"} for m in table.actors_of(o)}
    for clause in (x for x in c.token.children if x.dep_ == "ccomp"):
        if has_aux(clause, PROMISE_MODALS):
            doers = {m.actor.id for m in subjects_of(clause, table)}
            return not doers - sides
    return False


@rule("verb-svo", on=Clause, words={"tell"})
def told_in_person(c: Clause) -> Iterator[Candidate]:
    """"Modi told Xi that peace on the border should come first": one leader speaking to another is a
    meeting or a call; only between people ("told Russia to withdraw" is said through the press)."""
    if c.lemma != "tell" or not c.asserted:
        return
    verb, table = c.token, c.table
    hearers = [m for o in verb.children if o.dep_ in {"dobj", "dative"} for m in table.actors_of(o)
               if m.actor.type == ActorType.PERSON]
    for speaker in (s for s in c.subjects if s.actor.type == ActorType.PERSON):
        for hearer in hearers:
            if hearer.actor.id != speaker.actor.id:
                yield Candidate(speaker, R.MEETS.value, hearer, verb.text, "verb-svo", verb)


@rule("verb-symmetric", on=Clause)
def conjoined_subjects(c: Clause) -> Iterator[Candidate]:
    """"X and Y met", "Eritrea and Ethiopia fought a border war": a relation among the subjects themselves."""
    if reading(c) != "direct" or _impact_measure(c.token) is not None or len(c.subjects) < 2:
        return
    objects, rule_id = direct_objects_of(c)
    relation, verb = verb_relation(c.lemma), c.token
    if objects or rule_id == "event-reference" or c.lemma in ACTOR_OBJECT_VERBS:
        return
    if relation in SYMMETRIC:
        if any(p.lower_ == "with" and pobj_actors(p, c.table, relation) for p in children(verb, "prep")):
            return  # "met with Y": the subject-verb-object rule's
        if c.lemma == "speak" and not _by_phone(verb):
            return  # "X and Y spoke at the forum" need not be a conversation; "spoke by phone" is
        for a, b in combinations(c.subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-symmetric", verb)
    elif c.lemma in MUTUAL_FIGHT_VERBS and any(s.dep_ in SUBJECT_DEPS for s in verb.children):
        for a, b in combinations(c.subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-symmetric", verb)
            yield Candidate(b, relation, a, verb.text, "verb-symmetric", verb)


@rule("event-reference", on=Clause, relations=[R.OPPOSES], confidence=0.55,
      construction='opposition to an event reported earlier ("Russia seized two ships. The EU condemned the move.", '
                   '"…, a move that drew criticism from Germany"); a noun that names a kind of act goes back to a '
                   'clause doing that kind of act ("Hezbollah fired rockets at Israel. … France condemned the attack.")',
      examples=[Example("Russia seized two ships. The EU condemned the move.",
                        ("European Union", "OPPOSES", "Russia"))])
def condemned_event(c: Clause) -> Iterator[Candidate]:
    """The doer of an event an earlier clause reported is the target of an objection to it."""
    if reading(c) != "direct" or _impact_measure(c.token) is not None:
        return
    objects, rule_id = direct_objects_of(c)
    if rule_id == "event-reference":
        verb = c.token
        yield from pairs(c.subjects, verb_relation(c.lemma), objects, verb.text, rule_id, verb)


@rule("noun-light-verb", on=Clause, relations=EVENTS, confidence=0.7,
      construction='light verb + trigger noun ("imposed sanctions on", "held talks with", "expressed support for", '
                   '"a defence pact with"); meetings inside a prepositional phrase ("after a week of talks with '
                   'Lula, Milei …"); a measure as the subject of a verb of impact ("US sanctions hit Rosneft")',
      examples=[Example("The EU imposed sanctions on Belarus.", ("European Union", "SANCTIONS", "Belarus"))])
def measure_hits(c: Clause) -> Iterator[Candidate]:
    """"US sanctions hit Rosneft": the measure's owner acts, with the measure's meaning."""
    measure = _impact_measure(c.token) if reading(c) == "direct" else None
    if measure is None:
        return
    objects, _ = direct_objects_of(c)
    owners = c.table.modifier_actors(measure)
    yield from pairs(owners, trigger_noun(measure), objects, c.token.text, "noun-light-verb", c.token)


def _impact_measure(verb: Token) -> Token | None:
    """A sanctions-like noun subject of a verb of impact ("the sanctions hit X", "tariffs target Y")."""
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and trigger_noun(child) == R.SANCTIONS.value:
            return child
    return None


def _by_phone(verb: Token) -> bool:
    return any(t.lemma_.lower() in {"phone", "telephone", "video", "videoconference", "call", "other"}
               for p in children(verb, "prep") for t in p.subtree) or any(
        c.dep_ in OBJECT_DEPS and c.lower_ == "other" for c in verb.children)
