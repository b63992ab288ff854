"""Nominal rules: trigger nouns and their arguments ("North Korea's backing of Russia", "sanctions on
Iran", "held talks with", "the bond between Russia and North Korea", "a joint force").

A trigger noun is read one way only; :func:`reading` decides which, and one rule below handles
each reading. Who acts and on whom is :mod:`.noun_arguments`'s business.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable
from ..actors.speech import speakers_of
from ..ontology import NEGATIVE as HOSTILE
from ..ontology import SYMMETRIC
from ..ontology import Relation as R
from ..syntax import is_one_of, may_contain
from ..triggers import CESSATION_VERBS
from .candidate import Candidate
from .clauses import (
    OBJECT_DEPS,
    OFFER_WORDS,
    SUBJECT_DEPS,
    children,
    is_hypothetical,
    is_offered,
    is_threatened,
    nominal_slot,
    noun_negated,
    pobj_actors,
    provoked_by,
    subjects_of,
    trigger_noun,
)
from .events import event_agents
from .goods import TRADED_GOODS
from .meetings import visits_at
from .noun_arguments import COMBAT_NOUNS, LIGHT_VERBS, MUTUAL_NOUNS, REACTION_VERBS, noun_agents, noun_targets
from .registry import Example, rule
from .requests import is_asked_for, is_requested
from .sites import Noun, per_site

# Nouns that express the speaker's own stance ("Congratulations to Kyiv," she said).
SPEAKER_NOUNS = frozenset("congratulations thanks condolences kudos tribute gratitude appreciation solidarity".split())

DEMAND_NOUNS = frozenset("demand call ultimatum insistence".split())

# "has relied on support from the UAE", "received aid from Egypt": the receiver is the one supported.
RECEIVING_VERBS = frozenset("receive get obtain enjoy rely depend count secure win seek accept welcome".split())

# "thanked Turkey for its support": the support went to whoever thanks.
GRATITUDE_VERBS = frozenset("thank praise commend applaud hail credit salute".split())

# Cooperation nouns whose state says the opposite ("relations have soured", "strained ties").
SOURING_WORDS = frozenset("""sour deteriorate worsen strain fray collapse break cool crumble freeze
    strained frayed tense soured broken deteriorating worsening poor tension tensions deterioration
    rift row crisis breakdown rupture""".split())

# Joint acts of speech are not cooperation in themselves ("a joint statement").
JOINT_SPEECH = frozenset("statement declaration communique communiqué conference briefing letter".split())

# "punitive measures imposed on Kosovo": these adjectives make "measures" a sanction.
PUNITIVE_WORDS = frozenset("punitive retaliatory restrictive economic trade financial".split())

# "joint patrols with the Ghanaian navy": joint action is cooperation, action against is attack.
JOINT_ACTION_NOUNS = frozenset("operation operations patrol patrols mission missions training manoeuvres maneuvers".split())


@dataclass(frozen=True)
class NounReading:
    """How a trigger noun states its relation, and the actors around it."""

    kind: str  # joint | each-other | demand | between | mutual-between | trigger
    relation: str
    agents: list[Mention]
    rule: str = "noun-trigger"  # or noun-light-verb: who found the agents
    targets: list[Mention] = ()  # type: ignore[assignment]


# Measures blocked, vetoed or only proposed are not imposed ("vetoed the EU's ban on Russian oil").
UNIMPOSED_VERBS = frozenset("block veto obstruct stall delay propose consider weigh debate discuss".split())

# Nouns whose modifiers make them a trigger (see _noun_relation).
MODIFIED_TRIGGERS = frozenset({"measure", "control", "restriction", "ban"})


def _noun_relation(noun: Token, own: str | None, modifiers: set[str]) -> str | None:
    """The relation a noun expresses: its *own* (its trigger relation), or one its modifiers or prepositions
    give it."""
    relation = own
    if relation is None and noun.lemma_.lower() == "measure" and modifiers & PUNITIVE_WORDS:
        relation = R.SANCTIONS.value  # "punitive measures imposed on Kosovo"
    if relation is None and noun.lemma_.lower() in {"control", "restriction", "ban"} \
            and (modifiers & {"export", "import", "trade", "travel", "visa"} or _on_goods(noun)):
        relation = R.SANCTIONS.value  # "export controls on Chinese chipmakers", "a ban on Ukrainian grain"
    if relation is None and noun.lower_ in JOINT_ACTION_NOUNS:
        holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS else [noun]  # "conduct operations with X"
        relation = next((r for h in holders for p in children(h, "prep")
                         for r in [{"with": R.COOPERATES_WITH.value, "against": R.ATTACKS.value}.get(p.lower_)] if r),
                        None)
    return relation


def _on_goods(noun: Token) -> bool:
    """"a ban on Ukrainian grain", "restrictions on sales of chips": a measure on traded goods."""
    holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS else [noun]  # "imposed a ban on", "imposed bans on"
    return any(o.lemma_.lower() in TRADED_GOODS for h in holders for p in children(h, "prep") if p.lower_ == "on"
               for o in children(p, "pobj"))


@per_site
def reading(n: Noun) -> NounReading | None:
    """The one reading of a trigger noun, or ``None`` when it states no relation (negated, cancelled,
    only threatened, or an actor's own name)."""
    noun, table = n.token, n.table
    own = trigger_noun(noun)
    # The modifiers matter only to a noun that is no trigger by itself: "punitive measures", "joint patrols".
    # Most nouns are none of these, and leave here without their children read (every noun is a site).
    modified = own is None and (noun.lemma_.lower() in MODIFIED_TRIGGERS or may_contain(noun, "joint"))
    if own is None and not modified and noun.lower_ not in JOINT_ACTION_NOUNS:
        return None
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}} if modified else set()
    relation = _noun_relation(noun, own, modifiers)
    if relation is None and "joint" in modifiers and noun.lemma_.lower() not in JOINT_SPEECH:
        return NounReading("joint", R.COOPERATES_WITH.value, noun_agents(noun, table, R.COOPERATES_WITH.value)[0])
    if relation is None or table.refs(noun) or noun.lower_ in {"support"} and noun.pos_ != "NOUN":
        return None
    if noun_negated(noun) or (relation == R.COOPERATES_WITH.value and _souring(noun)):
        return None
    if relation in HOSTILE and noun.dep_ in OBJECT_DEPS and is_threatened(noun.head):
        return None  # "threatened to impose tariffs on Brazil" is a threat, not yet a sanction
    if relation == R.SANCTIONS.value and noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in UNIMPOSED_VERBS:
        return None  # "Hungary vetoed the EU's ban on Russian oil", "the Commission proposed sanctions": none imposed
    if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS and is_requested(noun.head):
        return None  # "urged the Security Council to impose an arms embargo on": asked for, not imposed
    if relation in {R.SANCTIONS.value, R.ATTACKS.value} and is_asked_for(noun):
        return None  # "urged EU sanctions on Russia", "called for strikes on": asked for, not done
    if relation in SYMMETRIC and noun.dep_ in OBJECT_DEPS and (
            is_offered(noun.head) or is_hypothetical(noun.head) or noun.head.lemma_.lower() in OFFER_WORDS):
        return None  # "has offered to host talks between the two neighbours", "could host talks between ... if"
    sides = _reciprocal_sides(noun, table)
    if len(sides) >= 2:
        return NounReading("each-other", relation, sides)
    agents, rule_id = noun_agents(noun, table, relation)
    if relation == R.OPPOSES.value and noun.lemma_.lower() in DEMAND_NOUNS:
        return NounReading("demand", relation, agents)
    if not agents and noun.lower_ in SPEAKER_NOUNS:
        agents, rule_id = speakers_of(table, noun), "noun-trigger"  # "Congratulations to both countries," Trump said
    between = _between(noun, table)
    if len(between) >= 2 and (relation == R.ATTACKS.value or is_one_of(noun, MUTUAL_NOUNS)):
        return NounReading("mutual-between", relation, agents, rule_id, between)
    if len(between) >= 2 and relation in SYMMETRIC:
        return NounReading("between", relation, agents, rule_id, between)
    return NounReading("trigger", relation, agents, rule_id, _targets(noun, table, relation, agents, rule_id))


def _targets(noun: Token, table: MentionTable, relation: str, agents: list[Mention], rule_id: str) -> list[Mention]:
    agent_ids = {a.actor.id for a in agents}
    targets = [t for t in noun_targets(noun, table, relation, has_agent=bool(agents)) if t.actor.id not in agent_ids]
    if not targets and relation in {R.OPPOSES.value, R.SUPPORTS.value} and noun.dep_ in OBJECT_DEPS \
            and noun.head.lemma_.lower() in REACTION_VERBS:
        # "North Korea fired a missile, drawing condemnation from Seoul": the reaction is to the actor
        targets = [t for t in subjects_of(noun.head, table) if t.actor.id not in agent_ids]
        if not targets:  # "... a move that drew criticism from France"
            subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
            head = noun.head.head if subject is not None and subject.tag_ in {"WDT", "WP"} else subject
            events = event_agents(head, table) if head is not None else []
            targets = [e for e in events if e.actor.id not in agent_ids]
    slot = nominal_slot(noun)
    if not targets and agents and relation == R.OPPOSES.value and rule_id == "noun-light-verb":
        targets = [t for t in provoked_by(slot.head, table) if t.actor.id not in agent_ids]  # "lodged a protest after"
    if not targets and agents and relation in {R.SUPPORTS.value, R.SUPPLIES.value}:
        receiver = _receiving_verb(slot)
        if receiver is not None:
            # "Aliyev thanked Turkey for its support", "the LNA relied on support from the UAE": the one who
            # thanks or receives is supported
            targets = [t for t in subjects_of(receiver, table) if t.actor.id not in agent_ids]
    return targets


@rule("meeting-place", on=Noun)
def summit_abroad(n: Noun) -> Iterator[Candidate]:
    """"attending a summit in Vilnius": a meeting abroad with no named counterpart is still a visit."""
    r = reading(n)
    if r is not None and r.kind == "trigger" and r.relation == R.MEETS.value and r.agents and not r.targets \
            and r.rule == "noun-light-verb":
        yield from visits_at(n.token, r.agents, n.table)


@rule("noun-joint", on=Noun, relations=[R.COOPERATES_WITH], confidence=0.65,
      construction='joint acts ("Mali, Burkina Faso and Niger announced a joint force"); operations "with"/"against"',
      examples=[Example("Mali, Burkina Faso and Niger announced a joint force.",
                        ("Mali", "COOPERATES_WITH", "Burkina Faso"))])
def joint_act(n: Noun) -> Iterator[Candidate]:
    """Joint action is cooperation among those who act."""
    r = reading(n)
    if r is not None and r.kind == "joint":
        for a, b in combinations(r.agents, 2):
            yield Candidate(a, r.relation, b, f"joint {n.token.text}", "noun-joint", n.token)


@rule("noun-reciprocal", on=Noun, relations=[R.ATTACKS, R.OPPOSES, R.COOPERATES_WITH], confidence=0.6,
      construction='"India and Pakistan agreed to a ceasefire after days of strikes against each other\'s bases" '
                   '(each attacks the other)',
      examples=[Example("Armenia and Azerbaijan traded accusations of attacks on each other's positions.",
                        ("Armenia", "ATTACKS", "Azerbaijan"))])
def each_other(n: Noun) -> Iterator[Candidate]:
    """"<trigger> against each other('s) ...": the clause's subjects, each on the other."""
    r = reading(n)
    if r is None or r.kind != "each-other":
        return
    for a, b in combinations(r.agents, 2):
        yield Candidate(a, r.relation, b, n.token.text, "noun-reciprocal", n.token)
        if r.relation not in SYMMETRIC:
            yield Candidate(b, r.relation, a, n.token.text, "noun-reciprocal", n.token)


@rule("verb-demand", on=Noun)
def demand_noun(n: Noun) -> Iterator[Candidate]:
    """"Turkey's demand that Washington end its alliance": demanding that an actor stop is opposing it."""
    r = reading(n)
    if r is None or r.kind != "demand":
        return
    noun, table = n.token, n.table
    for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}):
        if clause.lemma_.lower() not in CESSATION_VERBS:
            continue
        for target in [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in table.actors_of(c)]:
            for agent in r.agents:
                yield Candidate(agent, R.OPPOSES.value, target, f"{noun.text} {clause.text}", "verb-demand", noun)


@rule("noun-between", on=Noun, relations=[R.COOPERATES_WITH, R.MEETS, R.ATTACKS, R.OPPOSES], confidence=0.6,
      construction='"the bond between Russia and North Korea"; "clashes between X and Y" (each attacks the other); '
                   'a host of "talks between X and Y" meets both',
      examples=[Example("The bond between Russia and North Korea grew.",
                        ("Russia", "COOPERATES_WITH", "North Korea"))])
def between(n: Noun) -> Iterator[Candidate]:
    """The sides of "<trigger> between X and Y"."""
    r = reading(n)
    if r is None or r.kind not in {"between", "mutual-between"}:
        return
    noun = n.token
    for a, b in combinations(r.targets, 2):
        yield Candidate(a, r.relation, b, noun.text, "noun-between", noun)
        if r.kind == "mutual-between":
            yield Candidate(b, r.relation, a, noun.text, "noun-between", noun)
    if r.kind == "between" and r.relation == R.MEETS.value and r.rule == "noun-light-verb":
        # "Oman hosted talks between Chad and Sudan": the host meets both sides.
        for host in r.agents:
            for side in r.targets:
                yield Candidate(host, r.relation, side, noun.text, "noun-between", noun)


@rule("noun-trigger", on=Noun, relations=tuple(r for r in R if r not in {R.LEADER_OF, R.MEMBER_OF}),
      confidence=0.8,
      construction='nominal triggers with possessive/of/for/by/on/from arguments ("North Korea\'s backing of '
                   'Russia", "support for Ukraine", "Putin\'s visit to Pyongyang", "a reprimand from Brussels", '
                   '"the killing of X in an Israeli strike", "protect Moldova from the threat of Russia"); '
                   'thanks for support ("Aliyev thanked Turkey for its support" → Turkey SUPPORTS Azerbaijan); '
                   'disputes go both ways. The finder gives noun-light-verb when the clause names the agent.',
      examples=[Example("North Korea's backing of Russia worries Seoul.", ("North Korea", "SUPPORTS", "Russia"))])
def trigger(n: Noun) -> Iterator[Candidate]:
    """Rules noun-trigger and noun-light-verb: the agents and targets of a trigger noun."""
    r = reading(n)
    if r is None or r.kind != "trigger":
        return
    noun, relation, agents, targets, rule_id = n.token, r.relation, r.agents, list(r.targets), r.rule
    has_with = any(p.lower_ == "with" for p in children(noun, "prep"))
    hosted = nominal_slot(noun).head.lemma_.lower() == "host"  # "Iraq and Oman hosted the talks": not with each other
    if not targets and not has_with and len(agents) >= 2 and relation in SYMMETRIC and not hosted \
            and noun.lemma_.lower() not in {"ally", "partner"}:
        for a, b in combinations(agents, 2):
            yield Candidate(a, relation, b, noun.text, rule_id, noun)
        return
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    if relation == R.COOPERATES_WITH.value and len(targets) >= 2 and (
            "joint" in modifiers or noun.lemma_.lower() in JOINT_ACTION_NOUNS | {"drill", "exercise"}):
        # "will host joint naval drills with the United States, Australia and Japan": all of them together
        for a, b in combinations(targets, 2):
            yield Candidate(a, relation, b, noun.text, rule_id, noun)
    combat = relation == R.ATTACKS.value and noun.lemma_.lower() in COMBAT_NOUNS
    agent_ids = {a.actor.id for a in agents}
    if combat and not targets:
        # "clashes with Congolese troops": who fought whom, both ways
        targets = [m for p in children(noun, "prep") if p.lower_ == "with" for m in pobj_actors(p, n.table, relation)
                   if m.actor.id not in agent_ids]
    both_ways = combat or is_one_of(noun, MUTUAL_NOUNS)  # "Egypt, locked in a dispute with Ethiopia"
    for subj in agents:
        for obj in targets:
            yield Candidate(subj, relation, obj, noun.text, rule_id, noun)
            if both_ways:
                yield Candidate(obj, relation, subj, noun.text, rule_id, noun)


def _receiving_verb(slot: Token) -> Token | None:
    """The verb through which the subject receives or thanks for what *slot* names, if any."""
    head = slot.head
    if slot.dep_ in OBJECT_DEPS and head.lemma_.lower() in RECEIVING_VERBS:
        return head  # "received support from Egypt"
    if slot.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if head.lower_ == "for" and verb.lemma_.lower() in GRATITUDE_VERBS:
            return verb  # "thanked Turkey for its support"
        if head.lower_ == "on" and verb.lemma_.lower() in RECEIVING_VERBS:
            return verb  # "relied on support from the UAE"
    return None


def _reciprocal_sides(noun: Token, table: MentionTable) -> list[Mention]:
    """The sides of "<trigger> against each other('s) ...": the subjects of the clause the noun is in."""
    def each_other(tok: Token) -> bool:
        return tok.lower_ in {"other", "another"} and any(c.lower_ in {"each", "one"} for c in tok.children)

    objects = [o for p in children(noun, "prep") for o in children(p, "pobj")]
    if not any(each_other(o) or any(each_other(c) for c in o.children if c.dep_ == "poss") for o in objects):
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return subjects_of(verb, table) if verb is not None else []


def _souring(noun: Token) -> bool:
    """"Relations have soured", "strained ties": a cooperation noun described as failing."""
    described = [noun.head] if noun.dep_ in SUBJECT_DEPS else []
    described += [c for c in noun.children if c.dep_ in {"amod", "acl"}]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        described.append(noun.head.head)  # "tensions in relations", "a deterioration of ties"
    return any(is_one_of(t, SOURING_WORDS) for t in described)


def _between(noun: Token, table: MentionTable) -> list[Mention]:
    return [m for p in children(noun, "prep") if p.lower_ == "between" for m in pobj_actors(p, table, "")]
