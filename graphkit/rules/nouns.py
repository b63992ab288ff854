"""Nominal rules: trigger nouns and their arguments, agent nouns, membership, hyphenated participles."""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..syntax import is_one_of
from ..ontology import NEGATIVE as HOSTILE, SYMMETRIC, Relation as R
from ..triggers import (
    AGENT_ROLE_NOUNS, CESSATION_VERBS, COMBAT_NOUNS, DEMAND_NOUNS, GRATITUDE_VERBS, HYPHEN_PARTICIPLES,
    JOINT_ACTION_NOUNS, JOINT_SPEECH, LIGHT_VERBS, MATERIAL_ADJECTIVES, MUTUAL_NOUNS, PATRONISED_NOUNS,
    PROTECT_VERBS, PUNITIVE_WORDS, PURPOSE_NOUNS, QUANTITY_NOUNS, REACTION_VERBS, RECEIVING_VERBS, SOURING_WORDS,
    SPEAKER_NOUNS,
)
from .clauses import (
    AGENT_OF_RELATIONS, Candidate, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, TARGET_PREPS,
    children, governing_verb, is_threatened, nominal_slot, noun_negated, pobj_actors, provoked_by, speaker_of,
    subjects_of, target_actors, trigger_noun,
)
from .events import event_agents
from .inferred import visits_at


def noun_candidates(noun: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rules noun-trigger, noun-light-verb and noun-between for one trigger noun."""
    relation = trigger_noun(noun)
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    if relation is None and noun.lemma_.lower() == "measure" and modifiers & PUNITIVE_WORDS:
        relation = R.SANCTIONS.value  # "punitive measures imposed on Kosovo"
    if relation is None and noun.lemma_.lower() in {"control", "restriction", "ban"} and modifiers & {"export", "import", "trade", "travel", "visa"}:
        relation = R.SANCTIONS.value  # "export controls on Chinese chipmakers"
    if relation is None and noun.lower_ in JOINT_ACTION_NOUNS:
        holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS else [noun]  # "conduct operations with X"
        relation = next((r for h in holders for p in children(h, "prep")
                         for r in [{"with": R.COOPERATES_WITH.value, "against": R.ATTACKS.value}.get(p.lower_)] if r), None)
    if relation is None and "joint" in modifiers and noun.lemma_.lower() not in JOINT_SPEECH:
        # "Mali, Burkina Faso and Niger announced a joint force": joint action is cooperation
        agents, _ = _noun_agents(noun, actors, R.COOPERATES_WITH.value)
        for a, b in combinations(agents, 2):
            yield Candidate(a, R.COOPERATES_WITH.value, b, f"joint {noun.text}", "noun-joint", noun)
        return
    if relation is None or actors.refs(noun) or noun.lower_ in {"support"} and noun.pos_ != "NOUN":
        return
    if noun_negated(noun) or (relation == R.COOPERATES_WITH.value and _souring(noun)):
        return
    if relation in HOSTILE and noun.dep_ in OBJECT_DEPS and is_threatened(noun.head):
        return  # "threatened to impose tariffs on Brazil" is a threat, not yet a sanction
    sides = _reciprocal_sides(noun, actors)
    if len(sides) >= 2:
        # "India and Pakistan agreed to a ceasefire after days of strikes against each other's bases"
        for a, b in combinations(sides, 2):
            yield Candidate(a, relation, b, noun.text, "noun-reciprocal", noun)
            if relation not in SYMMETRIC:
                yield Candidate(b, relation, a, noun.text, "noun-reciprocal", noun)
        return
    agents, rule = _noun_agents(noun, actors, relation)
    if relation == R.OPPOSES.value and noun.lemma_.lower() in DEMAND_NOUNS:
        yield from demanded_stop_noun(noun, agents, actors)
        return
    if not agents and noun.lower_ in SPEAKER_NOUNS:
        agents, rule = speaker_of(noun, actors), "noun-trigger"  # "Congratulations to both countries," Trump said
    agent_ids = {a.actor.id for a in agents}
    targets = [t for t in _noun_targets(noun, actors, relation, has_agent=bool(agents)) if t.actor.id not in agent_ids]
    if not targets and relation in {R.OPPOSES.value, R.SUPPORTS.value} and noun.dep_ in OBJECT_DEPS \
            and noun.head.lemma_.lower() in REACTION_VERBS:
        # "North Korea fired a missile, drawing condemnation from Seoul": the reaction is to the actor
        targets = [t for t in subjects_of(noun.head, actors) if t.actor.id not in agent_ids]
        if not targets:  # "... a move that drew criticism from France"
            subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
            head = noun.head.head if subject is not None and subject.tag_ in {"WDT", "WP"} else subject
            events = event_agents(head, actors) if head is not None else []
            targets = [e for e in events if e.actor.id not in agent_ids]
    slot = nominal_slot(noun)
    if not targets and agents and relation == R.OPPOSES.value and rule == "noun-light-verb":
        targets = [t for t in provoked_by(slot.head, actors) if t.actor.id not in agent_ids]  # "lodged a protest after"
    if not targets and agents and relation in {R.SUPPORTS.value, R.SUPPLIES.value}:
        receiver = _receiving_verb(slot)
        if receiver is not None:
            # "Aliyev thanked Turkey for its support", "the LNA relied on support from the UAE": the one who
            # thanks or receives is supported
            targets = [t for t in subjects_of(receiver, actors) if t.actor.id not in agent_ids]
    mutual = is_one_of(noun, MUTUAL_NOUNS)
    between = _between(noun, actors)
    if len(between) >= 2 and (relation == R.ATTACKS.value or mutual):
        # "clashes between Thailand and Cambodia": each side attacks the other
        for a, b in combinations(between, 2):
            yield Candidate(a, relation, b, noun.text, "noun-between", noun)
            yield Candidate(b, relation, a, noun.text, "noun-between", noun)
        return
    if len(between) >= 2 and relation in SYMMETRIC:
        for a, b in combinations(between, 2):
            yield Candidate(a, relation, b, noun.text, "noun-between", noun)
        if relation == R.MEETS.value and rule == "noun-light-verb":
            # "Iraq hosted talks between Iran and Saudi Arabia": the host meets both sides.
            for host in agents:
                for side in between:
                    yield Candidate(host, relation, side, noun.text, "noun-between", noun)
        return
    if relation == R.MEETS.value and agents and not targets and rule == "noun-light-verb":
        # "attending a summit in Vilnius": a meeting abroad with no named counterpart is still a visit
        yield from visits_at(noun, agents, actors)
    has_with = any(p.lower_ == "with" for p in children(noun, "prep"))
    hosted = slot.head.lemma_.lower() == "host"  # "Iraq and Oman hosted the talks": not with each other
    if not targets and not has_with and len(agents) >= 2 and relation in SYMMETRIC and not hosted \
            and noun.lemma_.lower() not in {"ally", "partner"}:
        for a, b in combinations(agents, 2):
            yield Candidate(a, relation, b, noun.text, rule, noun)
        return
    if relation == R.COOPERATES_WITH.value and len(targets) >= 2 and (
            "joint" in modifiers or noun.lemma_.lower() in JOINT_ACTION_NOUNS | {"drill", "exercise"}):
        # "will host joint naval drills with the United States, Australia and Japan": all of them together
        for a, b in combinations(targets, 2):
            yield Candidate(a, relation, b, noun.text, rule, noun)
    combat = relation == R.ATTACKS.value and noun.lemma_.lower() in COMBAT_NOUNS
    if combat and not targets:
        # "clashes with Congolese troops": who fought whom, both ways
        targets = [m for p in children(noun, "prep") if p.lower_ == "with" for m in pobj_actors(p, actors, relation)
                   if m.actor.id not in agent_ids]
    for subj in agents:
        for obj in targets:
            yield Candidate(subj, relation, obj, noun.text, rule, noun)
            if mutual or combat:  # "Egypt, locked in a dispute with Ethiopia"
                yield Candidate(obj, relation, subj, noun.text, rule, noun)


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


def _reciprocal_sides(noun: Token, actors: MentionTable) -> list[Mention]:
    """The sides of "<trigger> against each other('s) ...": the subjects of the clause the noun is in."""
    def each_other(tok: Token) -> bool:
        return tok.lower_ in {"other", "another"} and any(c.lower_ in {"each", "one"} for c in tok.children)

    objects = [o for p in children(noun, "prep") for o in children(p, "pobj")]
    if not any(each_other(o) or any(each_other(c) for c in o.children if c.dep_ == "poss") for o in objects):
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return subjects_of(verb, actors) if verb is not None else []


def _souring(noun: Token) -> bool:
    """"Relations have soured", "strained ties": a cooperation noun described as failing."""
    described = [noun.head] if noun.dep_ in SUBJECT_DEPS else []
    described += [c for c in noun.children if c.dep_ in {"amod", "acl"}]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        described.append(noun.head.head)  # "tensions in relations", "a deterioration of ties"
    return any(is_one_of(t, SOURING_WORDS) for t in described)


def _noun_agents(noun: Token, actors: MentionTable, relation: str) -> tuple[list[Mention], str]:
    poss = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    if poss:
        return poss, "noun-trigger"
    by = [m for p in children(noun, "prep") if p.lower_ == "by" for m in pobj_actors(p, actors, relation)]
    acl_agents = [m for v in noun.children if v.dep_ == "acl" for a in children(v, "agent")
                  for o in children(a, "pobj") for m in actors.actors_of(o)]
    if by or acl_agents:
        return unique_actors(by + acl_agents), "noun-trigger"
    holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in REACTION_VERBS else [noun]
    from_preps = [p for h in holders for p in children(h, "prep") if p.lower_ == "from"]
    from_preps += [c for p in from_preps for c in p.children if c.dep_ == "conj" and c.lower_ == "from"]
    from_ = [m for p in from_preps for m in pobj_actors(p, actors, relation)]  # "criticism from Germany and from France"
    if from_ and relation not in {R.VISITS.value}:
        return from_, "noun-trigger"  # "a reprimand from Brussels", "support from Beijing"
    slot = nominal_slot(noun)
    head = slot.head
    if slot.dep_ in OBJECT_DEPS and head.lemma_.lower() in LIGHT_VERBS:
        return subjects_of(head, actors), "noun-light-verb"
    if (slot.dep_ in PASSIVE_SUBJECT_DEPS or slot.dep_ in SUBJECT_DEPS and any(c.dep_ == "agent" for c in head.children)) \
            and head.lemma_.lower() in LIGHT_VERBS:
        # "sanctions (were) imposed by the EU": also when the parser misses the participle
        return [m for a in children(head, "agent") for o in children(a, "pobj") for m in actors.actors_of(o)], "noun-light-verb"
    if slot.dep_ == "attr" and head.lemma_ == "be":
        return subjects_of(head, actors), "noun-light-verb"
    in_support = relation == R.SUPPORTS.value and slot.dep_ == "pobj" and slot.head.lower_ == "in"
    # "the insurgents killed 12 soldiers in a raid on an army base": the clause's subject raided
    in_attack = relation == R.ATTACKS.value and slot.dep_ == "pobj" and (
        slot.head.lower_ in {"in", "during"}
        or slot.head.lower_ in {"after", "amid"} and noun.lemma_.lower() in COMBAT_NOUNS)  # "pushed in after clashes"
    mutual = is_one_of(noun, MUTUAL_NOUNS)
    if relation in {R.MEETS.value, R.VISITS.value, R.COOPERATES_WITH.value} or in_support or in_attack or mutual:
        # "After two days of talks with Xi, Putin said ...", "fired rockets in solidarity with Hamas":
        # the clause's subject took part.
        governor = governing_verb(slot)
        if governor is not None and governor.dep_ == "acl" and governor.tag_ == "VBN" and mutual:
            return actors.actors_of(governor.head), "noun-light-verb"  # "Egypt, locked in a dispute with"
        if governor is not None:
            return subjects_of(governor, actors), "noun-light-verb"
    modifiers = [m for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} for m in actors.actors_of(c)]
    if modifiers:
        return modifiers, "noun-trigger"
    if slot.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and head.head.lemma_.lower() not in QUANTITY_NOUNS:
        # "Washington's approval of an arms package for Taiwan": whose approval, whose package
        owners = [m for c in head.head.children if c.dep_ == "poss" for m in actors.actors_of(c)]
        if owners:
            return owners, "noun-trigger"
    if relation == R.ATTACKS.value:
        # "the killing of Nasrallah in an Israeli strike": the strike's owner did it
        holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS else [noun]  # "condemned the killing ... in a strike"
        means = [o for h in holders for p in children(h, "prep") if p.lower_ in {"in", "by"} for o in children(p, "pobj")
                 if trigger_noun(o) == R.ATTACKS.value]
        owners = [m for o in means for m in actors.modifier_actors(o)]
        if owners:
            return owners, "noun-trigger"
    of_actors = [m for p in children(noun, "prep") if p.lower_ == "of" for m in pobj_actors(p, actors, relation)]
    if relation in AGENT_OF_RELATIONS:
        return of_actors, "noun-trigger"
    if of_actors and relation in {R.OPPOSES.value, R.SUPPORTS.value} and \
            any(p.lower_ in {"about", "over", "against", "for", "toward", "towards"} for p in children(noun, "prep")):
        return of_actors, "noun-trigger"  # "the concerns of Australia and New Zealand about China"
    return [], "noun-trigger"


def _noun_targets(noun: Token, actors: MentionTable, relation: str, *, has_agent: bool) -> list[Mention]:
    preps = TARGET_PREPS.get(relation, frozenset())
    slot = nominal_slot(noun)
    holders = [noun] if slot.i == noun.i else [noun, slot]  # "a wave of strikes on Hezbollah positions"
    if relation == R.SUPPORTS.value and slot.dep_ == "pobj" and slot.head.lower_ == "in" and slot.head.head.pos_ == "VERB":
        holders.append(slot.head.head)  # "fired rockets in solidarity with Hamas": the with-phrase may hang on the verb
    if (slot.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS or slot.dep_ in SUBJECT_DEPS
            and any(c.dep_ == "agent" for c in slot.head.children)) and slot.head.lemma_.lower() in LIGHT_VERBS:
        holders.append(slot.head)  # "imposed sanctions on Iran": the prep often hangs on the verb
    holders += [v for v in noun.children if v.dep_ == "acl"]  # "sanctions levied ... on both nations"
    if relation in SYMMETRIC:
        # "negotiations by him and Vance with Modi and Sharif": the parser hangs "with" on the last agent
        by_objects = [o for p in children(noun, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
        holders += [t for o in by_objects for t in o.subtree if t.dep_ in {"pobj", "conj"}]
    found: list[Mention] = []
    places: list[Mention] = []  # "the fight against ISIS in Syria": where, when a target is named too
    for holder in holders:
        for prep in children(holder, "prep"):
            word = prep.lower_
            if word not in preps or word == "between":
                continue
            if word == "of" and (relation in AGENT_OF_RELATIONS or not has_agent):
                continue
            if word == "in" and any(trigger_noun(o) not in {None, R.ATTACKS.value} or o.lemma_.lower() in PURPOSE_NOUNS
                                    for o in children(prep, "pobj")):
                continue  # "air strikes ... in support of the Somali government": why, not where
            (places if word == "in" and relation == R.ATTACKS.value else found).extend(pobj_actors(prep, actors, relation))
    found = found or places
    if not found and has_agent:
        # "North Korea's Ukraine support": a compound actor next to a possessive agent is the target.
        poss = any(c.dep_ == "poss" for c in noun.children)
        if poss:
            found += [m for c in noun.children if c.dep_ in {"compound", "amod"} for m in actors.actors_of(c)]
    if not found and relation == R.THREATENS.value and slot.dep_ == "pobj" and slot.head.lower_ == "from" \
            and slot.head.head.lemma_.lower() in PROTECT_VERBS:
        # "protect Israel from the threat of Hezbollah": who is protected is who is threatened
        found += [m for c in slot.head.head.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)]
    if not found and relation in {R.OPPOSES.value, R.THREATENS.value}:
        # "concern that North Korean missiles are used": the actors of the clause are the target.
        for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp"}):
            for arg in (c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                found += actors.actors_of(arg) or actors.modifier_actors(arg)
            if not found and clause.tag_ == "VB":  # "its threat to block Sweden's accession"
                for arg in (c for c in clause.children if c.dep_ in OBJECT_DEPS):
                    found += target_actors(arg, actors, relation)
    return unique_actors(found)


def _between(noun: Token, actors: MentionTable) -> list[Mention]:
    return [m for p in children(noun, "prep") if p.lower_ == "between" for m in pobj_actors(p, actors, "")]


def demanded_stop_noun(noun: Token, agents: list[Mention], actors: MentionTable) -> Iterator[Candidate]:
    """"Turkey's demand that Washington end its alliance": demanding that an actor stop is opposing it."""
    for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}):
        if clause.lemma_.lower() not in CESSATION_VERBS:
            continue
        for target in [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)]:
            for agent in agents:
                yield Candidate(agent, R.OPPOSES.value, target, f"{noun.text} {clause.text}", "verb-demand", noun)


def agent_role_candidates(noun: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule noun-role: "Iran is Russia's top backer", "Russia's ally North Korea", "allies of Kyiv"."""
    lemma = noun.lemma_.lower()
    reverse = lemma in PATRONISED_NOUNS or noun.lower_ in PATRONISED_NOUNS  # "Iran's proxies": Iran backs them
    relation = R.SUPPORTS.value if reverse else AGENT_ROLE_NOUNS.get(lemma) or AGENT_ROLE_NOUNS.get(noun.lower_)
    named = list(actors.refs(noun))  # "its Western allies" is itself a name for the West
    possessed = any(c.dep_ == "poss" for c in noun.children)
    if relation is None or named and not possessed or noun_negated(noun):
        return
    if relation == R.SUPPORTS.value and any(c.lower_ in MATERIAL_ADJECTIVES for c in noun.children if c.dep_ == "amod"):
        relation = R.SUPPLIES.value  # "military and financial backers of Ukraine" give, not just speak
    targets = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    targets += [m for p in children(noun, "prep") if p.lower_ in {"of", "to", "for"}
                for m in pobj_actors(p, actors, relation)]
    if not targets:
        # "Ukraine's Western allies" keeps the possessor; "US allies", "a close Trump ally", "Kremlin critic"
        targets = [m for c in noun.children if c.dep_ in {"amod", "compound"} for m in actors.refs(c)
                   if m.actor.type == "COUNTRY" or c.dep_ == "compound" and c.pos_ == "PROPN"]
    agents: list[Mention] = named + [m for c in noun.children if c.dep_ in {"appos"} for m in actors.actors_of(c)]
    # "Russia's ally North Korea", "Ukraine's European allies"
    agents += [m for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod"
               for m in actors.refs(c) if m not in targets] if possessed else []
    slot = nominal_slot(noun)
    if slot.dep_ in {"attr", "oprd"} and slot.head.lemma_ in {"be", "become", "remain", "call", "consider"}:
        agents += subjects_of(slot.head, actors)
        # "Hamas is considered one of Iran's proxies"
        agents += [m for c in slot.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS for m in actors.actors_of(c)]
    elif slot.dep_ == "appos" or slot.dep_ == "compound" and slot.head.pos_ == "PROPN":
        agents += actors.actors_of(slot.head)  # "Bolsonaro, a Trump ally", "Kremlin critic Alexei Navalny"
    for agent in unique_actors(agents):
        for target in unique_actors(targets):
            if reverse:
                agent, target = target, agent
            yield Candidate(agent, relation, target, noun.text, "noun-role", noun)
    if relation == R.COOPERATES_WITH.value:
        # "Jordan remains Britain's ally in the fight against ISIS": both allies fight the enemy
        holders = [noun, slot.head] if slot.dep_ in {"attr", "oprd"} else [noun]  # "X remains an ally ... in"
        fights = [o for h in holders for p in children(h, "prep") if p.lower_ == "in" for o in children(p, "pobj")
                  if trigger_noun(o) == R.ATTACKS.value]
        enemies = [m for f in fights for p in children(f, "prep") if p.lower_ == "against"
                   for m in pobj_actors(p, actors, R.ATTACKS.value)]
        for side in unique_actors(agents + targets) if agents and targets else []:
            for enemy in unique_actors(enemies):
                yield Candidate(side, R.ATTACKS.value, enemy, f"{noun.text} in {fights[0].text}", "noun-role", noun)


def membership_candidates(noun: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule membership: "NATO member Sweden", "the G7 nations of Canada and Japan" -> MEMBER_OF."""
    orgs = [m for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"} for m in actors.refs(c)
            if m.actor.type == "ORG"]
    if noun.lemma_.lower() == "member" and not orgs:
        # "India is a member of the Quad"
        orgs = [m for p in children(noun, "prep") if p.lower_ == "of" for m in pobj_actors(p, actors, "")
                if m.actor.type == "ORG"]
        slot = nominal_slot(noun)
        if orgs and slot.dep_ == "attr" and slot.head.lemma_ in {"be", "become", "remain"}:
            for member in subjects_of(slot.head, actors):
                if member.actor.type == "COUNTRY":
                    for org in orgs:
                        yield Candidate(member, R.MEMBER_OF.value, org, noun.text, "membership", noun)
        return
    if not orgs:
        return
    members = list(actors.refs(noun))  # "the two Commonwealth countries"
    members += [m for p in children(noun, "prep") if p.lower_ == "of" for m in pobj_actors(p, actors, "")]
    members += [m for c in noun.children if c.dep_ == "appos" for m in actors.actors_of(c)]
    if noun.dep_ in {"compound", "appos"}:
        members += actors.actors_of(noun.head)  # "NATO member Sweden"
    for member in unique_actors(members):
        if member.actor.type == "COUNTRY":
            for org in orgs:
                yield Candidate(member, R.MEMBER_OF.value, org, noun.text, "membership", noun)


def hyphen_candidates(word: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule hyphen-participle: "Iran-backed Hezbollah", "US-funded groups such as X"."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text not in {"-", "–"} or doc[word.i - 2].whitespace_:
        return
    backers = actors.refs(doc[word.i - 2])
    head = word.head if word.head.i != word.i else None
    if not backers or head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return
    relation = HYPHEN_PARTICIPLES[word.lower_]
    for backer in backers:
        for backed in actors.actors_of(head):
            yield Candidate(backer, relation, backed, f"{doc[word.i - 2].text}-{word.text}", "hyphen-participle", word)
