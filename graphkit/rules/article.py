"""From candidates to triples for one article: confidence, self-relations, evidence."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Doc

from ..actors import MentionTable, resolve_actors
from ..ontology import POLARITY, STRUCTURAL
from ..triggers import HYPHEN_PARTICIPLES, MEMBERSHIP_NOUNS, SPEECH_VERBS, STANCE_ADJECTIVES, verb_relation
from ..types import Article, Triple
from .clauses import Candidate, attribution_of, is_hedged
from .verbs import adjective_candidates, verb_candidates
from .nouns import agent_role_candidates, hyphen_candidates, membership_candidates, noun_candidates
from .inferred import condemned_act, material_candidates, meeting_visits, quote_stance


BASE_CONFIDENCE = {
    # Rough precision of each rule on news (checked on annotated articles; rounded, not fitted).
    "role-title": 0.95, "role-known": 0.9, "role-lead": 0.8, "membership": 0.85,
    "verb-prep": 0.9, "verb-transfer": 0.85, "verb-symmetric": 0.85, "verb-svo": 0.8, "verb-passive": 0.8,
    "verb-label": 0.75, "verb-source": 0.6, "verb-demand": 0.6, "verb-rights": 0.7, "event-reference": 0.55,
    "verb-threat": 0.7, "verb-withhold": 0.75, "noun-joint": 0.65, "quote-stance": 0.5,
    "noun-trigger": 0.8, "noun-light-verb": 0.7, "noun-role": 0.7, "noun-between": 0.6,
    "adj-stance": 0.7, "hyphen-participle": 0.6, "material-origin": 0.5, "meeting-place": 0.6,
}


RESOLUTION_PENALTY = {"name": 1.0, "surname": 0.95, "agent": 0.9, "pronoun": 0.8, "pair": 0.75}


HEDGE_PENALTY = 0.8


def doc_triples(doc: Doc, article: Article, *, actors: MentionTable | None = None) -> Iterator[Triple]:
    """The triples of one parsed article, each with its evidence sentence and rule."""
    actors = actors or resolve_actors(doc)
    seen: set[tuple] = set()
    for cand in _with_meeting_visits(_candidates(doc, actors), actors):
        if _is_self_relation(cand, actors):
            continue
        triple = _to_triple(cand, article, actors)
        key = (triple.subject_id, triple.relation, triple.object_id, triple.start)
        if triple.subject_id == triple.object_id or key in seen:
            continue
        seen.add(key)
        yield triple


def _with_meeting_visits(cands: Iterable[Candidate], actors: MentionTable) -> Iterator[Candidate]:
    for cand in cands:
        yield cand
        yield from meeting_visits(cand, actors)


def _is_self_relation(cand: Candidate, actors: MentionTable) -> bool:
    """A person acting on the country they serve ("Biden supports the United States") is no relation."""
    if cand.relation in STRUCTURAL:
        return False
    subject, obj = cand.subject.actor, cand.object.actor
    return subject.id == obj.id or actors.home_of(subject) == obj.id or actors.home_of(obj) == subject.id


def _candidates(doc: Doc, actors: MentionTable) -> Iterator[Candidate]:
    for aff in actors.affiliations:
        anchor = doc[aff.person.start]
        yield Candidate(aff.person, aff.relation, aff.group, aff.role, f"role-{aff.source}", anchor)
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and verb_relation(tok.lemma_)):
            yield from verb_candidates(tok, actors)
            if tok.lemma_.lower() in SPEECH_VERBS:
                yield from quote_stance(tok, actors)
        if tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.lower_ in STANCE_ADJECTIVES):
            yield from adjective_candidates(tok, actors)
        if tok.pos_ in {"NOUN", "PROPN"}:
            yield from noun_candidates(tok, actors)
            yield from agent_role_candidates(tok, actors)
            yield from material_candidates(tok, actors)
            yield from condemned_act(tok, actors)
        if tok.lemma_.lower() in MEMBERSHIP_NOUNS:
            yield from membership_candidates(tok, actors)
        if tok.lower_ in HYPHEN_PARTICIPLES:
            yield from hyphen_candidates(tok, actors)


def _to_triple(cand: Candidate, article: Article, actors: MentionTable) -> Triple:
    sent = cand.anchor.sent
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())  # exact offsets of the stripped sentence
    end = sent.end_char - (len(text) - len(text.rstrip()))
    subject, obj = cand.subject, cand.object
    relation = cand.relation
    attribution = None if cand.rule.startswith("role-") else attribution_of(cand.anchor)
    confidence = BASE_CONFIDENCE.get(cand.rule, 0.6)
    confidence *= RESOLUTION_PENALTY.get(subject.how, 0.8) * RESOLUTION_PENALTY.get(obj.how, 0.8)
    if is_hedged(cand.anchor):
        confidence *= HEDGE_PENALTY
    return Triple(
        doc_id=article.doc_id,
        subject=subject.actor.name, subject_id=actors.actor_id(subject.actor), subject_type=subject.actor.type,
        subject_text=subject.text,
        relation=relation, polarity=POLARITY[relation],
        object=obj.actor.name, object_id=actors.actor_id(obj.actor), object_type=obj.actor.type, object_text=obj.text,
        predicate=cand.predicate, rule=cand.rule, confidence=round(confidence, 3),
        sentence=text.strip(), start=start, end=end,
        date=article.date, attribution=attribution, content_hash=article.content_hash,
    )
