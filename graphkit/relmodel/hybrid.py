"""Rules and the relation model together: the triples of one parsed article.

- ``rules``: the registered rules alone.
- ``model``: the model's triples alone (every candidate pair whose probability reaches its relation's
  threshold), each with ``rule = "model"``. The model still reads which rules fired (a feature it was
  trained with); only their triples are left out.
- ``hybrid``: the rules first; the model adds triples where the
  rules are silent, and vetoes a rule triple whose relation it scores below the model's veto level for
  that pair in that sentence. A rule triple the model also predicts is marked ``<rule>+model`` and keeps
  the higher of the two confidences. Triples that no candidate pair covers (event references across
  sentences) stay as the rules made them.

A model triple's confidence is its calibrated probability, lowered by the rules' hedge penalty when its
clause is hedged ("reportedly", "may have"), so that a hedged claim stays less certain than a plain one
whoever found it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

import numpy as np
from spacy.tokens import Doc, Token

from ..actors import MentionTable, resolve_actors
from ..eventdates import SentenceDates
from ..ontology import STRUCTURAL, SYMMETRIC
from ..rules import doc_triples
from ..rules.article import HEDGE_PENALTY, evidence_span, make_triple
from ..rules.clauses import attribution_of, is_hedged
from ..rules.requests import is_requested
from ..types import ActorType, Article, Triple
from .candidates import Pair, actor_mentions, attribution_sources, sentence_pairs
from .features import dense_features, dependency_path, governing_verb, head_of, pair_features, sentence_facts
from .gold import fired_in
from .model import RelationModel
from .modes import Extractor


def article_triples(doc: Doc, article: Article, model: RelationModel | None, mode: Extractor) -> Iterator[Triple]:
    """The triples of one parsed article by *mode* (``rules`` when *model* is None)."""
    table = resolve_actors(doc)
    dates = SentenceDates(article.date)  # shared with the rules: each sentence's date expressions found once
    rule_triples = list(doc_triples(doc, article, actors=table, dates=dates))
    if model is None or mode is Extractor.rules:
        yield from rule_triples
        return
    by_sentence: dict[int, list[Triple]] = {}
    for t in rule_triples:
        by_sentence.setdefault(t.start, []).append(t)
    decided: dict[tuple[int, str, str, str], float] = {}  # model probability of each candidate relation
    added: list[Triple] = []
    limits = [model.thresholds.get(relation, 1.0) for relation in model.relations]  # each relation's threshold
    for sent in doc.sents:
        mentions = actor_mentions(table, sent)
        if len(mentions) < 2:
            continue
        start = evidence_span(sent)[0]
        ids = {table.actor_id(ms[0].actor): actor_id for actor_id, ms in mentions.items()}
        # The model reads what the rules found (it was trained so), in model mode too.
        fired = fired_in(by_sentence.get(start, ()), ids)
        pairs = list(sentence_pairs(sent, mentions))
        dense = np.vstack([dense_features(p) for p in pairs]) if model.dense_mean.shape[0] else np.zeros((len(pairs), 0))
        facts = sentence_facts(sent)
        P = model.probabilities([pair_features(p, fired, facts) for p in pairs], dense)
        sources = attribution_sources(sent, mentions)
        for pair, row in zip(pairs, P.tolist()):  # Python floats: the same values, cheaper to compare
            s_id, o_id = table.actor_id(pair.subject.actor), table.actor_id(pair.object.actor)
            # A source of the sentence's attribution takes part in nothing it tells (both sourced: "according to
            # Hezbollah's leader Naim Qassem" still ties the two); an act only asked for is not done.
            told = (pair.subject.actor.id in sources) != (pair.object.actor.id in sources)
            asked: bool | None = None  # read only for a pair the model would add to (most are below every limit)
            for relation, p, limit in zip(model.relations, row, limits):
                decided[(start, s_id, relation, o_id)] = p
                if p < limit or told or _against_home(pair, relation, table):
                    continue
                if relation not in STRUCTURAL:
                    asked = _asked_for(pair) if asked is None else asked
                    if asked:
                        continue
                added.append(_model_triple(pair, relation, p, article, table, dates))
    kept: list[Triple] = []
    if mode is Extractor.hybrid:
        confidence = {_candidate(t): t.confidence for t in added}  # the model's own, hedge penalty included
        for t in rule_triples:
            key = _decided_key(decided, t)
            p = decided[key] if key is not None else None
            if p is not None and p < model.veto:
                continue  # the model finds this relation very unlikely for this pair in this sentence
            if key in confidence:  # the model added it too
                t = _agreed(t, confidence[key])
            kept.append(t)
    seen = {_key(t) for t in kept}
    for t in added:
        if _key(t) not in seen:
            seen.add(_key(t))
            kept.append(t)
    kept.sort(key=lambda t: t.start)  # article order, as the rules give them
    yield from kept


def _key(t: Triple) -> tuple:
    s, o = (min(t.subject_id, t.object_id), max(t.subject_id, t.object_id)) if t.relation in SYMMETRIC \
        else (t.subject_id, t.object_id)
    return (t.start, s, t.relation, o)


def _candidate(t: Triple) -> tuple[int, str, str, str]:
    return (t.start, t.subject_id, t.relation, t.object_id)


def _decided_key(decided: dict, t: Triple) -> tuple[int, str, str, str] | None:
    """The candidate relation the model scored for rule triple *t* (either way round when symmetric)."""
    key = _candidate(t)
    if key not in decided and t.relation in SYMMETRIC:
        key = (t.start, t.object_id, t.relation, t.subject_id)
    return key if key in decided else None


def _agreed(t: Triple, p: float) -> Triple:
    return replace(t, rule=f"{t.rule}+model", confidence=round(max(t.confidence, p), 3))


def _asked_for(pair: Pair) -> bool:
    """Whether the verb over the object is only asked of someone ("encouraged Japan to impose sanctions on
    Russian banks"): the rules read no event there (``is_requested``), and the model, which reads words rather
    than who does them, is kept from adding one."""
    verb = governing_verb(head_of(pair.object, pair.sent))
    return verb is not None and is_requested(verb)


def _against_home(pair: Pair, relation: str, table: MentionTable) -> bool:
    """Whether the relation contradicts what the article says of the state a person serves: a person
    serves one state, so is no member or leader of another ("Secretary of State Antony Blinken, also in
    Phnom Penh"), and does not visit or meet the state they serve. The model reads one sentence and does
    not know it (on validation 4 of its additions were such, all wrong; on the training corpus 10, 2
    right, where the gazetteer's country for a person was out of date)."""
    for person, other in ((pair.subject, pair.object), (pair.object, pair.subject)):
        if person.actor.type != ActorType.PERSON or other.actor.type != ActorType.COUNTRY:
            continue
        home = table.home_of(person.actor)
        if home is None:
            continue
        if relation in STRUCTURAL and person is pair.subject and other.actor.id != home:
            return True
        if relation in {"VISITS", "MEETS"} and other.actor.id == home:
            return True
    return False


def _anchor(pair: Pair) -> Token:
    """Where the model reads a pair's relation: the mentions' lowest common ancestor (else the root)."""
    sent = pair.sent
    _, lca, _ = dependency_path(head_of(pair.subject, sent), head_of(pair.object, sent))
    return lca if lca is not None else sent.root


def _model_triple(pair: Pair, relation: str, p: float, article: Article, table: MentionTable,
                  dates: SentenceDates) -> Triple:
    """The model's triple: its confidence is *p*, with the rules' penalty when the clause is hedged
    ("reportedly supplied"), which the model does not read."""
    anchor = _anchor(pair)
    score = p * HEDGE_PENALTY if is_hedged(anchor) else p
    return make_triple(article, table, dates, pair.subject, relation, pair.object, anchor=anchor,
                       predicate=anchor.lemma_ or anchor.text, rule="model", score=score,
                       attribution=attribution_of(anchor))
