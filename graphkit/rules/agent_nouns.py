"""Agent nouns and hyphenated participles: relations carried by what an actor is called.

"Iran is Russia's top backer", "Russia's ally Belarus", "one of Iran's proxies" (noun-role);
"Iran-backed Hezbollah", "US-funded militias" (hyphen-participle).
"""
from __future__ import annotations

from typing import Iterator

from ..actors import Mention, unique_actors
from ..ontology import Relation as R
from ..triggers import AGENT_ROLE_NOUNS, HYPHEN_PARTICIPLES
from ..types import ActorType
from .candidate import Candidate
from .clauses import PASSIVE_SUBJECT_DEPS, children, nominal_slot, noun_negated, pobj_actors, subjects_of, trigger_noun
from .registry import Example, rule
from .sites import Noun, Word

# Backers described by what they give supply it ("military backer", "financial supporters").
MATERIAL_ADJECTIVES = frozenset("military financial economic arms material logistical humanitarian".split())

# "one of Iran's proxies": the possessor backs these (the reverse of "Russia's backer").
PATRONISED_NOUNS = frozenset("proxy proxies client clients protege proteges satellite satellites vassal".split())


@rule("noun-role", on=Noun, relations=[R.SUPPORTS, R.SUPPLIES, R.COOPERATES_WITH, R.OPPOSES, R.ATTACKS],
      confidence=0.7,
      construction='agent nouns ("Iran is Russia\'s top backer", "Russia\'s ally Belarus", "Bolsonaro, a close '
                   'Trump ally", "Kyiv and its Western allies"); allies in a fight both fight the enemy ("Jordan '
                   'remains a trusted ally of Britain in the fight against ISIS")',
      examples=[Example("Iran has become Russia's main backer.", ("Iran", "SUPPORTS", "Russia"))])
def agent_role(n: Noun) -> Iterator[Candidate]:
    """"Iran is Russia's top backer", "Russia's ally North Korea", "allies of Kyiv"."""
    noun, actors = n.token, n.table
    lemma = noun.lemma_.lower()
    reverse = lemma in PATRONISED_NOUNS or noun.lower_ in PATRONISED_NOUNS  # "Iran's proxies": Iran backs them
    relation = R.SUPPORTS.value if reverse else AGENT_ROLE_NOUNS.get(lemma) or AGENT_ROLE_NOUNS.get(noun.lower_)
    if relation is None:  # most nouns: before reading the children
        return
    named = list(actors.refs(noun))  # "its Western allies" is itself a name for the West
    possessed = any(c.dep_ == "poss" for c in noun.children)
    if named and not possessed or noun_negated(noun):
        return
    if relation == R.SUPPORTS.value and any(c.lower_ in MATERIAL_ADJECTIVES for c in noun.children if c.dep_ == "amod"):
        relation = R.SUPPLIES.value  # "military and financial backers of Ukraine" give, not just speak
    targets = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    targets += [m for p in children(noun, "prep") if p.lower_ in {"of", "to", "for"}
                for m in pobj_actors(p, actors, relation)]
    if not targets:
        # "Ukraine's Western allies" keeps the possessor; "US allies", "a close Trump ally", "Kremlin critic"
        targets = [m for c in noun.children if c.dep_ in {"amod", "compound"} for m in actors.refs(c)
                   if m.actor.type == ActorType.COUNTRY or c.dep_ == "compound" and c.pos_ == "PROPN"]
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


@rule("hyphen-participle", on=Word, words=HYPHEN_PARTICIPLES,
      relations=[R.SUPPORTS, R.COOPERATES_WITH, R.SUPPLIES], confidence=0.6,
      construction='"Iran-backed Hezbollah", "US-funded militias"',
      examples=[Example("The Iran-backed Houthis fired missiles at ships.", ("Iran", "SUPPORTS", "Houthis"))])
def hyphen_participle(w: Word) -> Iterator[Candidate]:
    """"Iran-backed Hezbollah", "US-funded groups such as X": the actor before the hyphen does it."""
    word, actors = w.token, w.table
    if word.lower_ not in HYPHEN_PARTICIPLES:
        return
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
