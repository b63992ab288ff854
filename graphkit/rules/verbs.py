"""Verb and adjective rules: svo, passive, prepositional, transfer, agreement, label, demand, stance."""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..syntax import is_one_of
from ..ontology import NEGATIVE as HOSTILE, SYMMETRIC, Relation as R
from ..triggers import (
    ACTOR_OBJECT_VERBS, AGREEMENT_NOUNS, AGREEMENT_VERBS, AID_WORDS, CESSATION_VERBS, DEMAND_VERBS, DIPLOMATIC_CARGO,
    ECONOMIC_TARGETS, EXCHANGED_FIRE, FUNDRAISING_VERBS, HOSTILE_LABELS, IMPACT_VERBS, JOIN_VERBS, JOINT_WORK_VERBS,
    LABEL_VERBS, LEAD_VERBS, MONEY_WORDS, MUTUAL_FIGHT_VERBS, PENALTY_VERBS, PREP_VERBS, RESTRAINT_WORDS,
    RETALIATION_NOUNS, RIGHTS_NOUNS, RIGHTS_VERBS, SOURCE_VERBS, STANCE_ADJECTIVES, TRANSFER_VERBS, VOW_VERBS,
    WITHHOLD_VERBS, verb_relation,
)
from .events import event_agents
from .clauses import (
    Candidate, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, TARGET_PREPS, children, direct_objects, is_negated,
    is_passive, is_threatened, pobj_actors, provoked_by, recipients_of, speaker_of, subjects_of, trigger_noun,
)


def verb_candidates(verb: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rules verb-svo, verb-passive, verb-prep, verb-transfer and verb-symmetric for one verb."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "amod":
        return  # "allied Burundian soldiers": a participle describing a noun states no event of its own
    if is_negated(verb):
        if lemma in RIGHTS_VERBS:
            # "Serbia does not recognise Kosovo's independence": denying an actor's rights opposes it
            yield from _endorsed_rights(verb, subjects_of(verb, actors), actors, denied=True)
        return
    subjects = subjects_of(verb, actors)
    passive = is_passive(verb)
    # "fired at Ukraine", and "fired missiles toward Israel" where the phrase hangs on the object
    preps = [*children(verb, "prep"), *(p for o in verb.children if o.dep_ in OBJECT_DEPS for p in children(o, "prep"))]
    for prep in preps:
        relation = PREP_VERBS.get((lemma, prep.lower_))
        if relation is None or (relation in HOSTILE and is_threatened(verb)):
            continue
        for obj in pobj_actors(prep, actors, relation):
            for subj in subjects:
                yield Candidate(subj, relation, obj, f"{verb.text} {prep.text}", "verb-prep", verb)
                if lemma in MUTUAL_FIGHT_VERBS and prep.lower_ == "with":  # "Thai troops clashed with Cambodian forces"
                    yield Candidate(obj, relation, subj, f"{verb.text} {prep.text}", "verb-prep", verb)
    # "Hungary is buying jets from Sweden": the seller supplies the buyer; the phrase may hang on the goods
    # ("bought artillery and radar systems from France"); "received support from Egypt" is the noun rule's
    goods = [o for o in verb.children if o.dep_ in OBJECT_DEPS]
    material = lemma in SOURCE_VERBS and not any(trigger_noun(o) not in {None, R.SUPPLIES.value} for o in goods)
    for prep in [*children(verb, "prep"), *(p for o in goods for p in children(o, "prep"))] if material else []:
        if prep.lower_ == "from":
            for seller in pobj_actors(prep, actors, R.SUPPLIES.value):
                for buyer in subjects:
                    yield Candidate(seller, R.SUPPLIES.value, buyer, f"{verb.text} from", "verb-source", verb)
    if lemma in LABEL_VERBS:
        yield from _hostile_label(verb, actors, passive)
    if lemma in CESSATION_VERBS or any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in RESTRAINT_WORDS for c in verb.children):
        yield from _demanded_stop(verb, actors)  # "urged Russia to withdraw", "to exercise restraint"
    if lemma in WITHHOLD_VERBS and not any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in verb.children):
        yield from _withheld_aid(verb, subjects, actors)
    if lemma in LEAD_VERBS:
        yield from _leadership(verb, subjects, actors, passive)
    if lemma in JOIN_VERBS:
        yield from _joined(verb, subjects, actors)
    if lemma in RIGHTS_VERBS:
        yield from _endorsed_rights(verb, subjects, actors)
    if lemma in VOW_VERBS or verb_relation(lemma) == R.THREATENS.value:
        yield from _threat_clause(verb, subjects, actors)
    if lemma in FUNDRAISING_VERBS and any(c.dep_ in OBJECT_DEPS and (c.ent_type_ == "MONEY" or c.lemma_.lower() in MONEY_WORDS)
                                          for c in verb.children):
        # "agreed to use frozen assets to raise $50bn for Ukraine": money raised for an actor is supplied to it
        for recipient in recipients_of(verb, actors):
            for subj in subjects:
                yield Candidate(subj, R.SUPPLIES.value, recipient, verb.text, "verb-transfer", verb)
    if lemma in DEMAND_VERBS | {"expect"}:
        # "the bloc expects Serbia not to strengthen its ties with Russia", "urged Seoul not to ..."
        for clause in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and any(n.dep_ == "neg" for n in c.children)):
            targets = [m for c in verb.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)] or \
                [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)]
            for target in targets:
                for subj in subjects:
                    yield Candidate(subj, R.OPPOSES.value, target, f"{verb.text} not {clause.text}", "verb-demand", verb)
    if lemma == "exchange" and len(subjects) >= 2 and any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in EXCHANGED_FIRE
                                                          for c in verb.children):
        # "Pakistani troops and Afghan Taliban forces exchanged heavy fire": each side attacks the other
        for a, b in combinations(subjects, 2):
            yield Candidate(a, R.ATTACKS.value, b, f"{verb.text} fire", "verb-symmetric", verb)
            yield Candidate(b, R.ATTACKS.value, a, f"{verb.text} fire", "verb-symmetric", verb)
    if lemma in JOINT_WORK_VERBS and len(subjects) >= 2 and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and not any(p.lower_ in {"against", "on"} for p in children(verb, "prep")):
        # "The United States and France will work to ensure the truce holds": acting together
        for a, b in combinations(subjects, 2):
            yield Candidate(a, R.COOPERATES_WITH.value, b, verb.text, "verb-symmetric", verb)
    relation = verb_relation(lemma)
    if relation is None or (lemma in LABEL_VERBS and any(c.dep_ == "oprd" for c in verb.children)):
        return  # "called Kagame a warlord" is a label, not a phone call
    if relation in HOSTILE and is_threatened(verb):
        return  # "threatened to strike": the threat is the relation
    if _is_reciprocal(verb) and len(subjects) >= 2:
        # "Cambodia and Thailand blamed each other"
        for a, b in combinations(subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-svo", verb)
            if relation not in SYMMETRIC:
                yield Candidate(b, relation, a, verb.text, "verb-svo", verb)
        return
    if relation == R.SUPPLIES.value and any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in DIPLOMATIC_CARGO
                                            or c.lower_ in DIPLOMATIC_CARGO for c in verb.children):
        return  # "offered to send envoys to both capitals"
    if relation == R.SUPPLIES.value and lemma in TRANSFER_VERBS:
        rule = "verb-transfer"
        objects = recipients_of(verb, actors)
    elif lemma in AGREEMENT_VERBS and relation == R.COOPERATES_WITH.value:
        yield from _agreement(verb, subjects, actors)
        return
    else:
        rule = "verb-passive" if passive else "verb-svo"
        objects = direct_objects(verb, actors, relation, passive)
        if not objects and relation == R.OPPOSES.value:
            # "Russia annexed Crimea. The West condemned the move." (praise of "the deal" is too vague to use)
            events = [e for c in verb.children if c.dep_ in OBJECT_DEPS for e in event_agents(c, actors)]
            if events:
                objects, rule = events, "event-reference"
        if not objects and relation == R.OPPOSES.value:
            objects = provoked_by(verb, actors)  # "Tokyo protested after Chinese missiles landed"
        if not objects and relation in {R.OPPOSES.value, R.THREATENS.value, R.SANCTIONS.value}:
            # "threatened retaliation over the G7's decision", "protested against Tehran"
            holders = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]  # "measures over X's decision"
            objects = [m for h in holders for p in children(h, "prep") if p.lower_ in TARGET_PREPS[relation] - {"of"}
                       for m in pobj_actors(p, actors, relation)]
        if relation == R.ATTACKS.value and lemma in IMPACT_VERBS and any(
                c.dep_ in OBJECT_DEPS and c.lemma_.lower() in ECONOMIC_TARGETS for c in verb.children):
            relation = R.SANCTIONS.value  # "It targets Russian banks"
        measure = _measure_subject(verb)
        if measure is not None:
            # "US sanctions hit Rosneft": the measure's owner acts, with the measure's meaning
            relation, subjects, rule = trigger_noun(measure), actors.modifier_actors(measure), "noun-light-verb"
        if lemma in ACTOR_OBJECT_VERBS and not objects:
            return
        if relation in SYMMETRIC:
            objects += [m for p in children(verb, "prep") if p.lower_ == "with" for m in pobj_actors(p, actors, relation)]
    if not objects and relation in SYMMETRIC and len(subjects) >= 2:
        if lemma == "speak" and not _by_phone(verb):
            return  # "X and Y spoke at the forum" need not be a conversation; "spoke by phone" is
        for a, b in combinations(subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-symmetric", verb)
        return
    if not objects and lemma in MUTUAL_FIGHT_VERBS and len(subjects) >= 2 \
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "Eritrea and Ethiopia fought a border war": each side attacked the other
        for a, b in combinations(subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-symmetric", verb)
            yield Candidate(b, relation, a, verb.text, "verb-symmetric", verb)
        return
    for subj in subjects:
        for obj in objects:
            yield Candidate(subj, relation, obj, verb.text, rule, verb)
            if lemma == "welcome" and obj.actor.type == "PERSON" and any(p.lower_ in {"to", "in", "at"}
                                                                          for p in children(verb, "prep")):
                # "Macron welcomed Zelensky to the Elysee": a welcome in person is a meeting
                yield Candidate(subj, R.MEETS.value, obj, f"{verb.text} to", "verb-svo", verb)


def _by_phone(verb: Token) -> bool:
    return any(t.lemma_.lower() in {"phone", "telephone", "video", "videoconference", "call", "other"}
               for p in children(verb, "prep") for t in p.subtree) or any(
        c.dep_ in OBJECT_DEPS and c.lower_ == "other" for c in verb.children)


def _withheld_aid(verb: Token, subjects: list[Mention], actors: MentionTable) -> Iterator[Candidate]:
    """Rule verb-withhold: "suspended aid to Rwanda", "froze funding for the junta" -> SANCTIONS."""
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        if trigger_noun(obj) != R.SUPPLIES.value and not is_one_of(obj, AID_WORDS):
            continue
        preps = [*children(obj, "prep"), *children(verb, "prep")]
        for target in (m for p in preps if p.lower_ in {"to", "for"} for m in pobj_actors(p, actors, "")):
            for subj in subjects:
                yield Candidate(subj, R.SANCTIONS.value, target, f"{verb.text} {obj.text}", "verb-withhold", verb)


def _endorsed_rights(verb: Token, subjects: list[Mention], actors: MentionTable,
                     denied: bool = False) -> Iterator[Candidate]:
    """Rule verb-rights: "Rubio acknowledged Greenland's right to self-determination" -> SUPPORTS Greenland;
    "Serbia does not recognise Kosovo's independence" (*denied*) -> OPPOSES Kosovo."""
    relation = R.OPPOSES.value if denied else R.SUPPORTS.value
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        if not is_one_of(obj, RIGHTS_NOUNS):
            continue
        holders = [m for c in obj.children if c.dep_ in {"poss", "amod", "compound"} for m in actors.actors_of(c)]
        holders += [m for p in children(obj, "prep") if p.lower_ == "of" for m in pobj_actors(p, actors, "")]
        doc = verb.doc
        # "acknowledged Greenland's right" parsed with Greenland as the verb's dative and "'s" dangling
        holders += [m for c in verb.children if c.i < obj.i and c.dep_ not in SUBJECT_DEPS
                    and doc[c.i + 1].lower_ in {"'s", "’s"} for m in actors.actors_of(c)]
        for holder in unique_actors(holders):
            for subj in subjects:
                yield Candidate(subj, relation, holder, f"{verb.text} {obj.text}", "verb-rights", verb)


def _leadership(verb: Token, subjects: list[Mention], actors: MentionTable, passive: bool) -> Iterator[Candidate]:
    """Rule role-lead: "Burhan heads the army", "the RSF, led by Dagalo" -> LEADER_OF."""
    agents = [m for a in children(verb, "agent") for o in children(a, "pobj") for m in actors.actors_of(o)]
    if passive or verb.dep_ == "acl":
        leaders = agents
        led = [m for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for m in actors.actors_of(c)]
        if verb.dep_ == "acl":
            led += actors.actors_of(verb.head)
    else:
        leaders = subjects
        # a named group only: "headed his country's delegation" does not make him head of state
        led = [m for c in verb.children if c.dep_ in OBJECT_DEPS for m in actors.refs(c)
               if m.how == "name"]  # "has led the junta": a role needs the group named, not guessed
    for leader in leaders:
        if leader.actor.type != "PERSON":
            continue
        for group in led:
            if group.actor.type in {"COUNTRY", "ORG"}:
                yield Candidate(leader, R.LEADER_OF.value, group, verb.text, "role-lead", verb)


def _joined(verb: Token, subjects: list[Mention], actors: MentionTable) -> Iterator[Candidate]:
    """Rule membership: "Finland joined NATO" -> Finland MEMBER_OF NATO (a planned joining counts, as planned
    acts do)."""
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        for org in actors.actors_of(obj):
            if org.actor.type != "ORG":
                continue
            for member in subjects:
                if member.actor.type == "COUNTRY":
                    yield Candidate(member, R.MEMBER_OF.value, org, verb.text, "membership", verb)


def _threat_clause(verb: Token, subjects: list[Mention], actors: MentionTable) -> Iterator[Candidate]:
    """Rule verb-threat: promised harm is a threat.

    "vowed that Tehran would pay a heavy price" -> THREATENS Iran (the one who pays);
    "threatened to impose tariffs on Brazil", "warned it would halt trade with both countries"
    -> THREATENS the target of the hostile act promised.
    """
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        lemma = clause.lemma_.lower()
        if lemma in PENALTY_VERBS:
            targets = [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)]
        elif _promised(clause) and (verb_relation(lemma) in HOSTILE or lemma in WITHHOLD_VERBS
                                    or any(trigger_noun(o) in HOSTILE for o in clause.children
                                           if o.dep_ in OBJECT_DEPS)):
            targets = _act_targets(clause, actors)
        else:
            continue
        for target in targets:
            for subj in subjects:
                yield Candidate(subj, R.THREATENS.value, target, f"{verb.text} {clause.text}", "verb-threat", verb)
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in RETALIATION_NOUNS):
        # "vowed a forceful response to American-British aggression": retaliation promised to its target
        aimed = [p for p in children(obj, "prep") if p.lower_ in {"to", "against", "for"}]
        for target in unique_actors([m for p in aimed for m in pobj_actors(p, actors, R.THREATENS.value)]):
            for subj in subjects:
                yield Candidate(subj, R.THREATENS.value, target, f"{verb.text} {obj.text}", "verb-threat", verb)


def _promised(clause: Token) -> bool:
    """A future act: "to impose" (xcomp) or "would/will halt" (ccomp)."""
    return clause.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in clause.children)


def _act_targets(act: Token, actors: MentionTable) -> list[Mention]:
    """Who a hostile act is aimed at: its object, or on/against/with/to phrases on it or its object."""
    found = [m for c in act.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)]
    holders = [act, *(c for c in act.children if c.dep_ in OBJECT_DEPS)]
    found += [m for h in holders for p in children(h, "prep") if p.lower_ in {"on", "against", "with", "to"}
              for m in pobj_actors(p, actors, "")]
    return unique_actors(found)


def _measure_subject(verb: Token) -> Token | None:
    """A sanctions-like noun subject of a verb of impact ("the sanctions hit X", "tariffs target Y")."""
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and trigger_noun(child) == R.SANCTIONS.value:
            return child
    return None


def _demanded_stop(verb: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule verb-demand: "the EU urged Russia to withdraw", "Iran must stop", said Blinken -> opposition."""
    stopper = [m for c in verb.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)]
    demanders: list[Mention] = []
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in DEMAND_VERBS:
        # "urged Russia to withdraw", "called on Russia to stop", "demanded that Russia withdraw"
        demanders = subjects_of(head, actors)
        stopper = stopper or [m for c in head.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)] \
            or [m for p in children(head, "prep") if p.lower_ == "on" for m in pobj_actors(p, actors, "")]
    elif any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in verb.children):
        demanders = speaker_of(verb, actors)
    if len(unique_actors(stopper)) >= 2 and verb.lemma_.lower() not in CESSATION_VERBS:
        return  # "urged both governments to show restraint" takes no side
    for demander in demanders:
        for target in stopper:
            yield Candidate(demander, R.OPPOSES.value, target, f"{head.text} {verb.text}", "verb-demand", verb)


def _is_reciprocal(verb: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS and c.lower_ in {"other", "another"} for c in verb.children)


def _hostile_label(verb: Token, actors: MentionTable, passive: bool) -> Iterator[Candidate]:
    """Rule verb-label: "the PKK is considered a terrorist group by the US" -> United States OPPOSES PKK."""
    labels = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "ccomp", "advcl", "prep"}
              or c.dep_ in OBJECT_DEPS and not actors.actors_of(c)]  # "which Ankara deems a threat"
    if not any(t.lower_ in HOSTILE_LABELS for c in labels for t in c.subtree):
        return
    if passive:
        # "considered a terrorist group by the EU": the by-phrase may hang on the label
        agents = [*children(verb, "agent"), *(p for c in labels for p in children(c, "prep") if p.lower_ == "by")]
        labellers = [m for a in agents for o in children(a, "pobj") for m in actors.actors_of(o)]
        labelled = [m for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for m in actors.actors_of(c)]
    else:
        labellers = subjects_of(verb, actors)
        labelled = [m for c in verb.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)]
    if not labelled and verb.dep_ == "relcl":
        labelled = actors.actors_of(verb.head)
    for subj in labellers:
        for obj in labelled:
            yield Candidate(subj, R.OPPOSES.value, obj, verb.text, "verb-label", verb)


def _agreement(verb: Token, subjects: list[Mention], actors: MentionTable) -> Iterator[Candidate]:
    """"X and Y signed a treaty", "X signed a pact with Y", "X agreed with Y"."""
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    lemma = verb.lemma_.lower()
    if lemma != "agree" and not any(o.lemma_.lower() in AGREEMENT_NOUNS for o in objs):
        return
    partners: list[Mention] = []
    # "signed the memorandum in Baku with Aliyev": the with-phrase may hang on the place
    places = [o for h in [verb, *objs] for p in children(h, "prep") if p.lower_ in {"in", "at", "on"}
              for o in children(p, "pobj")]
    for holder in [verb, *objs, *places]:
        for prep in children(holder, "prep"):
            if prep.lower_ in {"with", "between"}:
                partners += pobj_actors(prep, actors, R.COOPERATES_WITH.value)
    predicate = " ".join([verb.text, *(o.text for o in objs[:1])])
    pairs = [(s, p) for s in subjects for p in partners] if partners else list(combinations(subjects, 2))
    for a, b in pairs:
        yield Candidate(a, R.COOPERATES_WITH.value, b, predicate, "verb-symmetric", verb)


def adjective_candidates(adj: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule adj-stance: "Washington is concerned about Moscow", "Kyiv is grateful to its allies"."""
    relation = STANCE_ADJECTIVES.get(adj.lower_) or STANCE_ADJECTIVES.get(adj.lemma_.lower())
    if relation is None or is_negated(adj):
        return
    if adj.pos_ == "VERB":  # "Washington is concerned about ...", parsed as a passive participle
        subjects = [m for c in adj.children if c.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS for m in actors.actors_of(c)]
    elif adj.dep_ in {"acomp", "xcomp"}:
        subjects = subjects_of(adj.head, actors)
    elif adj.dep_ == "amod":
        subjects = actors.actors_of(adj.head)
    else:
        return
    if not subjects:
        return
    targets: list[Mention] = []
    for prep in children(adj, "prep"):
        if prep.lower_ in {"about", "over", "by", "of", "to", "toward", "towards", "at"}:
            targets += pobj_actors(prep, actors, relation)
    for subj in subjects:
        for obj in unique_actors(targets):
            yield Candidate(subj, relation, obj, f"{adj.text} {adj.head.text}" if adj.dep_ == "acomp" else adj.text,
                            "adj-stance", adj)
