"""The arguments of a trigger noun: who acts ("North Korea's backing", "a reprimand from Brussels",
"imposed sanctions") and on whom ("support for Ukraine", "sanctions on Iran").

:func:`noun_agents` also says which rule found the agent: ``noun-trigger`` when the noun phrase names
it, ``noun-light-verb`` when the clause around the noun does ("the EU imposed sanctions").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..ontology import SYMMETRIC
from ..ontology import Relation as R
from ..syntax import is_one_of
from .clauses import (
    AGENT_OF_RELATIONS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    QUANTITY_NOUNS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    children,
    governing_verb,
    nominal_slot,
    pobj_actors,
    prepositions,
    subjects_of,
    target_actors,
    trigger_noun,
)

# Verbs that pass their meaning to a nominal object: "impose sanctions", "hold talks", "sign a treaty".
LIGHT_VERBS = frozenset("""hold have impose levy slap announce sign conclude reach strike forge seal
    make take launch carry conduct stage mount pay express voice offer extend give provide pledge
    deepen strengthen boost enhance fortify expand bolster cement renew upgrade build establish
    enter wage declare issue lodge file raise lift tighten broaden begin start continue
    resume host convene join form sound mediate broker keep maintain improve restore normalise
    normalize develop cultivate nurture foster attend order approve authorize authorise clear ramp step reimpose
    scale increase intensify double
    wag""".split())  # "wag": the English lemmatizer's reading of "waged"

# "talks mediated by Qatar": who mediates or hosts is not a party to the talks themselves (rules.mediation
# makes it meet each party).
MEDIATING_VERBS = frozenset("mediate broker facilitate host co-host cohost chair co-chair".split())

# "in response to", "in retaliation for": a phrase that gives a reason, not a place or target.
PURPOSE_NOUNS = frozenset("response retaliation return reply reprisal revenge defence defense name".split())

# "protect Moldova from the threat of Russia": the protected one is the threatened one.
PROTECT_VERBS = frozenset("protect secure shield defend save guard insulate".split())

# "two days of clashes with Congolese troops": combat with someone goes both ways.
COMBAT_NOUNS = frozenset("clash clashes fighting battle battles skirmish skirmishes firefight gunbattle".split())

# "Egypt's dispute with Ethiopia": each side opposes the other.
MUTUAL_NOUNS = frozenset("dispute disputes feud spat quarrel standoff rivalry confrontation".split())

# "..., drawing condemnation from Seoul": the reaction noun's target is who did the drawing.
REACTION_VERBS = frozenset("draw prompt spark trigger provoke attract earn invite win receive".split())


def noun_agents(noun: Token, actors: MentionTable, relation: str) -> tuple[list[Mention], str]:
    poss = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    if poss:
        return poss, "noun-trigger"
    by = [m for p in children(noun, "prep") if p.lower_ == "by" for m in pobj_actors(p, actors, relation)]
    acl_agents = [m for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() not in MEDIATING_VERBS
                  for a in children(v, "agent")
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
    light = _relative_light_verb(noun)
    agents = [m for c in light.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)] if light else []
    if agents:  # "the embargo it imposed on Doha": the relative clause's subject
        return agents, "noun-light-verb"
    if (slot.dep_ in PASSIVE_SUBJECT_DEPS or slot.dep_ in SUBJECT_DEPS and any(c.dep_ == "agent" for c in head.children)) \
            and head.lemma_.lower() in LIGHT_VERBS:
        # "sanctions (were) imposed by the EU": also when the parser misses the participle
        agents = [m for a in children(head, "agent") for o in children(a, "pobj") for m in actors.actors_of(o)]
        return agents, "noun-light-verb"
    if slot.dep_ == "attr" and head.lemma_ == "be":
        return subjects_of(head, actors), "noun-light-verb"
    in_support = relation == R.SUPPORTS.value and slot.dep_ == "pobj" and slot.head.lower_ == "in"
    # "the insurgents killed 12 soldiers in a raid on an army base": the clause's subject raided
    in_attack = relation == R.ATTACKS.value and slot.dep_ == "pobj" and (
        slot.head.lower_ in {"in", "during"}
        or slot.head.lower_ in {"after", "amid"} and noun.lemma_.lower() in COMBAT_NOUNS)  # "pushed in after clashes"
    mutual = is_one_of(noun, MUTUAL_NOUNS)
    if relation in {R.MEETS.value, R.VISITS.value, R.COOPERATES_WITH.value} or in_support or in_attack or mutual:
        # "After a week of talks with Lula, Milei said ...", "fired rockets in solidarity with Hamas":
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


def _relative_light_verb(noun: Token) -> Token | None:
    """A light verb in a relative clause on the trigger noun, with a subject of its own: "the embargo (that)
    it imposed on Doha", "the talks Kenya held with Uganda"."""
    return next((v for v in noun.children if v.dep_ == "relcl" and v.lemma_.lower() in LIGHT_VERBS
                 and any(c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WDT", "WP"} for c in v.children)), None)


def noun_targets(noun: Token, actors: MentionTable, relation: str, *, has_agent: bool) -> list[Mention]:
    preps = TARGET_PREPS.get(relation, frozenset())
    slot = nominal_slot(noun)
    holders = [noun] if slot.i == noun.i else [noun, slot]  # "a wave of strikes on Hezbollah positions"
    if relation == R.SUPPORTS.value and slot.dep_ == "pobj" and slot.head.lower_ == "in" and slot.head.head.pos_ == "VERB":
        holders.append(slot.head.head)  # "fired rockets in solidarity with Hamas": the with-phrase may hang on the verb
    if (slot.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS or slot.dep_ in SUBJECT_DEPS
            and any(c.dep_ == "agent" for c in slot.head.children)) and slot.head.lemma_.lower() in LIGHT_VERBS:
        holders.append(slot.head)  # "imposed sanctions on Iran": the prep often hangs on the verb
    holders += [v for v in noun.children if v.dep_ == "acl"]  # "sanctions levied ... on both nations"
    if (light := _relative_light_verb(noun)) is not None:
        holders.append(light)  # "the duties it imposed on Australian wine"
    if relation in SYMMETRIC:
        # "negotiations by him and Vance with Modi and Sharif": the parser hangs "with" on the last agent
        by_objects = [o for p in children(noun, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
        holders += [t for o in by_objects for t in o.subtree if t.dep_ in {"pobj", "conj"}]
    found: list[Mention] = []
    places: list[Mention] = []  # "the fight against al-Shabaab in Somalia": where, when a target is named too
    for holder in holders:
        for prep in prepositions(holder):  # "talks with Malaysia and with Singapore"
            word = prep.lower_
            if word not in preps or word == "between" or word == "over" and is_one_of(noun, MUTUAL_NOUNS):
                continue  # "the dispute over the Sapodilla Cayes": what they quarrel about, not with whom
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
        # "protect Moldova from the threat of Russia": who is protected is who is threatened
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
