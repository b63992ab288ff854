"""Relations inferred from context: visits from meeting places, suppliers from weapons' origin."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..syntax import is_one_of
from ..ontology import NEGATIVE as HOSTILE, Relation as R
from ..triggers import BENEFIT_VERBS, CONDEMNING_WORDS, MATERIAL_NOUNS
from .clauses import (
    SUBJECT_DEPS, Candidate, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, children, speaker_of, subjects_of, trigger_noun,
)


def meeting_visits(cand: Candidate, actors: MentionTable) -> Iterator[Candidate]:
    """Rule meeting-place: "Rubio met Rasmussen in Brussels" -> each guest VISITS Belgium."""
    if cand.relation == R.MEETS.value:
        yield from visits_at(cand.anchor, [cand.subject, cand.object], actors)


def visits_at(anchor: Token, participants: list[Mention], actors: MentionTable) -> Iterator[Candidate]:
    """Participants of a meeting held in a country other than their own visit it."""
    for place in unique_actors(meeting_places(anchor, actors)):
        for guest in participants:
            home = actors.home_of(guest.actor) or guest.actor.id
            if home != place.actor.id and guest.actor.id != place.actor.id:
                yield Candidate(guest, R.VISITS.value, place, f"{anchor.text} in {place.text}", "meeting-place", anchor)


def meeting_places(anchor: Token, actors: MentionTable) -> list[Mention]:
    """Countries named by in/at phrases of a meeting's clause ("met on the sidelines of a summit in Brussels")."""
    root = anchor.head if anchor.pos_ == "NOUN" and anchor.head.pos_ in {"VERB", "AUX"} else anchor
    found = []
    for tok in root.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at"}:
            continue
        path = [a for a in tok.ancestors if a.i != root.i and root.is_ancestor(a)]
        if any(a.pos_ in {"VERB", "AUX"} for a in path):
            continue  # the place of another event in a subordinate clause
        found += [m for m in actors.refs(tok) if m.actor.type == "COUNTRY"]
    return found


def material_candidates(noun: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule material-origin: "Iranian drones launched by Russia" -> Iran SUPPLIES Russia."""
    if not is_one_of(noun, MATERIAL_NOUNS):
        return
    makers = [m for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} for m in actors.refs(c)
              if m.actor.type in {"COUNTRY", "ORG"}]
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
    elif anchor.dep_ in OBJECT_DEPS and verb.lemma_.lower() in BENEFIT_VERBS - {"help", "support", "aid"}:
        users += subjects_of(verb, actors)
    for maker in unique_actors(makers):
        for user in unique_actors(users):
            if user.actor.id != maker.actor.id:
                yield Candidate(maker, R.SUPPLIES.value, user, noun.text, "material-origin", noun)


def quote_stance(verb: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule quote-stance: a speaker's condemning words about an actor in what they said.

    '"This is unacceptable," he said, adding that India had committed an error' -> he OPPOSES India:
    the reported clause holds a condemning word and names an actor as the doer of something.
    """
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}]
    if not clauses or not any(t.lower_ in CONDEMNING_WORDS for c in clauses for t in c.subtree):
        return
    speakers = subjects_of(verb, actors)
    # the speaker's own side: "Venezuelan Defence Minister Padrino ... warned that Venezuela would respond"
    said = verb
    while said.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in said.children):
        said = said.head  # "... denounced the drills and warned that ...": the subject is the first verb's
    speaker_ids = {m.actor.id for m in speakers} | {m.actor.id for c in said.children if c.dep_ in SUBJECT_DEPS
                                                    for t in c.subtree for m in actors.refs(t)}
    # the doer is the subject, or who did what the subject names ("the recent steps by Venezuela were ...")
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


def condemned_act(noun: Token, actors: MentionTable) -> Iterator[Candidate]:
    """Rule quote-stance, on a noun: a speaker calls an actor's act by a condemning name.

    '"Iran must cease its support for Russia's unprovoked war," Blinken said' -> Blinken OPPOSES Russia.
    """
    words = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in CONDEMNING_WORDS]
    if not words or trigger_noun(noun) not in HOSTILE:
        return
    doers = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    speakers = speaker_of(noun, actors) if doers else []
    for speaker in speakers:
        for doer in doers:
            if doer.actor.id != speaker.actor.id:
                yield Candidate(speaker, R.OPPOSES.value, doer, f"{words[0].text} {noun.text}", "quote-stance", noun)
