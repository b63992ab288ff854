"""Relations inferred from context: suppliers from weapons' origin, stances from condemning words in quotes."""
from __future__ import annotations

from typing import Iterator

from ..actors import Mention, unique_actors
from ..actors.speech import SPEECH_VERBS, is_speech_verb, speakers_of
from ..ontology import NEGATIVE as HOSTILE
from ..ontology import Relation as R
from ..syntax import is_one_of
from ..triggers import CONDEMNING_WORDS
from ..types import ActorType
from .candidate import Candidate
from .clauses import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, children, is_negated, subjects_of, trigger_noun
from .registry import Example, rule
from .sites import Clause, Noun

MATERIAL_NOUNS = frozenset("""weapon weapons arms missile missiles drone drones shell shells ammunition
    munitions rocket rockets tank tanks jet jets artillery equipment technology fuel troops soldiers
    warplane warplanes aircraft gear interceptor interceptors""".split())

BENEFIT_VERBS = frozenset("""help facilitate boost aid bolster enable support fuel sustain strengthen power
    use deploy launch fire utilise utilize employ""".split())
# "Vietnam bought Indian missiles": the buyer of an actor's goods was supplied by it (annotation guide:
# buying weapons from a seller is seller SUPPLIES buyer).
ACQUIRE_VERBS = frozenset("buy purchase acquire import procure".split())  # not "order": "ordered French troops out"


@rule("material-origin", on=Noun, relations=[R.SUPPLIES], confidence=0.5,
      construction='actor adjectives on weapons used or bought by another actor ("Iranian drones launched by '
                   'Russia", "Vietnam bought Indian missiles")',
      examples=[Example("Iranian drones were launched by Russia.", ("Iran", "SUPPLIES", "Russia"))])
def material_origin(n: Noun) -> Iterator[Candidate]:
    """"Iranian drones launched by Russia" -> Iran SUPPLIES Russia: who made the goods supplied their user."""
    noun, actors = n.token, n.table
    if not is_one_of(noun, MATERIAL_NOUNS):
        return
    # "Iranian drones", and a model name between maker and goods: "Iranian Shahed drones"
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    makers = [m for c in modifiers for m in actors.refs(c) if m.actor.type in {ActorType.COUNTRY, ActorType.ORG}]
    makers += [m for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ in {"amod", "compound"}
               for m in actors.refs(g) if m.actor.type == ActorType.COUNTRY]
    # the goods of a conjunction share the clause of the first conjunct
    anchor = noun
    while anchor.dep_ == "conj":
        anchor = anchor.head
    # "drones supplied by North Korea": the agent of a participle on the goods made them available
    makers += [m for v in anchor.children if v.dep_ == "acl" for a in children(v, "agent")
               for o in children(a, "pobj") for m in actors.actors_of(o)]
    if not makers:
        return
    users: list[Mention] = []
    verb = anchor.head
    if anchor.dep_ in PASSIVE_SUBJECT_DEPS | {"nsubj"} and verb.pos_ in {"VERB", "AUX"}:
        if verb.lemma_.lower() in BENEFIT_VERBS or any(c.dep_ == "aux" for c in verb.children):
            users += [m for a in children(verb, "agent") for o in children(a, "pobj") for m in actors.actors_of(o)]
            if anchor.dep_ == "nsubj" and verb.lemma_.lower() in BENEFIT_VERBS:
                for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
                    users += actors.actors_of(obj) or actors.modifier_actors(obj)
    elif anchor.dep_ in OBJECT_DEPS and verb.lemma_.lower() in ACQUIRE_VERBS and not is_negated(verb):
        users += subjects_of(verb, actors)  # "Vietnam bought Indian missiles", not "we do not import Thai fuel"
    elif anchor.dep_ in OBJECT_DEPS and verb.lemma_.lower() in BENEFIT_VERBS - {"help", "support", "aid"}:
        users += subjects_of(verb, actors)
    for maker in unique_actors(makers):
        for user in unique_actors(users):
            if user.actor.id != maker.actor.id:
                yield Candidate(maker, R.SUPPLIES.value, user, noun.text, "material-origin", noun)


@rule("quote-stance", on=Clause, words=SPEECH_VERBS, relations=[R.OPPOSES], confidence=0.5,
      construction="condemning words about an actor in what a speaker said ('\"This is a provocation,\" the "
                   "minister said, adding that Ruritania had moved troops'; 'Britain said the steps by Venezuela "
                   "were unjustified'), or a condemning name for an actor's act ('\"Chad's illegal raid must end,\" "
                   "Niger said'); low confidence",
      examples=[Example("Britain said the steps taken by Venezuela were unjustified.",
                        ("Britain", "OPPOSES", "Venezuela"))])
def quote_stance(c: Clause) -> Iterator[Candidate]:
    """A speaker's condemning words about an actor in what they said.

    '"This is a provocation," the minister said, adding that Ruritania had moved troops' -> the minister
    OPPOSES Ruritania: the reported clause holds a condemning word and names an actor as the doer of something.
    """
    verb, actors = c.token, c.table
    if not is_speech_verb(c.token):
        return
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}]
    if not clauses or not any(t.lower_ in CONDEMNING_WORDS for c in clauses for t in c.subtree):
        return
    speakers = speakers_of(actors, clauses[0])  # who says what the verb reports
    # the speaker's own side: "Venezuelan Defence Minister Padrino ... warned that Venezuela would respond"
    said = verb
    while said.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in said.children):
        said = said.head  # "... denounced the drills and warned that ...": the subject is the first verb's
    speaker_ids = {m.actor.id for m in speakers} | {m.actor.id for c in said.children if c.dep_ in SUBJECT_DEPS
                                                    for t in c.subtree for m in actors.refs(t)}
    # the doer is the subject, or who did what the subject names ("the new moves by Peru were ...")
    doers = [t for c in clauses for t in c.subtree if t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON"]
    doers += [o for t in doers if not actors.refs(t) for p in children(t, "prep") if p.lower_ == "by"
              for o in children(p, "pobj")]
    # "... were illegal and financed by Belgrade"
    doers += [o for c in clauses for a in c.subtree if a.dep_ == "agent" for o in children(a, "pobj")]
    targets = [m for t in doers for m in actors.refs(t)
               if m.actor.id not in speaker_ids and m.how in {"name", "surname"}]
    for speaker in speakers:
        for target in unique_actors(targets):
            yield Candidate(speaker, R.OPPOSES.value, target, f"{verb.text}: condemning words", "quote-stance", verb)


@rule("quote-stance", on=Noun)
def condemned_act(n: Noun) -> Iterator[Candidate]:
    """A speaker calls an actor's act by a condemning name.

    '"Chad's illegal raid must end," Niger said' -> Niger OPPOSES Chad.
    """
    noun, actors = n.token, n.table
    if trigger_noun(noun) not in HOSTILE:  # most nouns: before reading the children
        return
    words = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in CONDEMNING_WORDS]
    if not words:
        return
    doers = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    speakers = speakers_of(actors, noun) if doers else []
    for speaker in speakers:
        for doer in doers:
            if doer.actor.id != speaker.actor.id:
                yield Candidate(speaker, R.OPPOSES.value, doer, f"{words[0].text} {noun.text}", "quote-stance", noun)
