"""Gold articles as training examples: every candidate pair of a parsed article, labelled from its gold.

A pair is labelled with relation R when a gold triple (S, R, O) names the pair's actors and one of the
triple's evidence sentences (``evidence`` or ``other_evidence``) is the pair's sentence; every other
candidate is a negative, which is why the corpus is annotated exhaustively. The system's actors are
matched to gold entities through the gold aliases (the mention's own words first, then the actor's
name, then its other names in the article), as ``graphkit evaluate`` matches names.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from spacy.language import Language

from ..actors import MentionTable, resolve_actors
from ..datelines import blank_dateline
from ..errors import GraphkitError
from ..evaluate import normalise_name, typed_fact
from ..jsonio import decode_json
from ..ontology import RELATIONS, SYMMETRIC
from ..rules import doc_triples
from ..rules.article import evidence_span
from ..types import Article, Triple
from .candidates import Pair, actor_mentions, sentence_pairs
from .features import SentenceFacts, dense_features, pair_features, sentence_facts


class GoldError(GraphkitError):
    """A gold folder or file that cannot be used for training."""


@dataclass(frozen=True)
class GoldFact:
    subject: str
    relation: str
    object: str
    spans: tuple[tuple[int, int], ...]  # character spans of its evidence sentences in the text


@dataclass(frozen=True)
class GoldArticle:
    doc_id: str
    text: str
    date: str | None
    aliases: dict[str, str]  # normalised surface form -> entity name
    facts: tuple[GoldFact, ...]
    group: str = ""  # the article's conflict (its own id when it names none): folds never split a group


@dataclass
class Example:
    """One labelled candidate, with what the model reads of it."""

    doc_id: str
    start: int  # the sentence's character offset
    subject_id: str
    object_id: str
    features: list[str]
    dense: np.ndarray
    labels: frozenset[str]
    rules: frozenset[str]  # relations the rules found for this ordered pair in this sentence
    # The gold's relations for this pair anywhere in the article: what evaluation counts, since a triple is
    # one fact of its article however many sentences state it (the thresholds are chosen at that level).
    article_labels: frozenset[str] = frozenset()
    # The gold entities the pair's actors are (None for an actor the gold does not know): evaluation
    # counts a fact per entity, however many actor ids the system gave it.
    gold_names: tuple[str | None, str | None] = (None, None)


@dataclass
class Examples:
    items: list[Example] = field(default_factory=list)
    gold_sentence_facts: int = 0  # (fact, evidence sentence) occurrences in the gold
    reachable: int = 0  # of those, how many are a candidate pair of the system's actors


def read_gold(folder: str | os.PathLike) -> list[GoldArticle]:
    """Every ``*.json`` gold article of *folder* (docs/annotation.md format), sorted by id."""
    root = Path(folder)
    files = sorted(root.glob("*.json")) if root.is_dir() else []
    if not files:
        raise GoldError(f"no gold .json files in {folder}")
    return [_read_article(path) for path in files]


def _read_article(path: Path) -> GoldArticle:
    try:
        data = decode_json(path.read_bytes())
        text = data["text"]
        aliases: dict[str, str] = {}
        for entity in data["entities"]:
            for form in (entity["name"], *entity.get("aliases", [])):
                aliases.setdefault(normalise_name(form), entity["name"])
        facts = []
        for t in data["triples"]:
            sentences = [t.get("evidence") or "", *(t.get("other_evidence") or [])]
            spans = tuple((i, i + len(s)) for s in sentences if s and (i := text.find(s)) >= 0)
            subject, object_ = (aliases.get(normalise_name(t[k]), t[k]) for k in ("subject", "object"))
            if subject != object_:  # as evaluation reads the gold: an entity has no relation to itself
                facts.append(GoldFact(subject, t["relation"], object_, spans))
        return GoldArticle(str(data["id"]), text, data.get("date"), aliases, tuple(facts),
                           str(data.get("conflict") or data["id"]))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"{path}: not a usable gold file ({exc.__class__.__name__}: {exc})") from None


def gold_triples(articles: Iterable[GoldArticle]) -> Counter[str]:
    """How many distinct triples of each relation the gold of *articles* states (a symmetric one once), as
    evaluation counts them."""
    distinct = {(a.doc_id, typed_fact(f.subject, f.relation, f.object))
                for a in articles for f in a.facts if f.relation in RELATIONS}
    return Counter(fact.relation for _, fact in distinct)


def parsed(nlp: Language, articles: list[GoldArticle], batch_size: int = 16) -> Iterator[tuple[GoldArticle, MentionTable, list[Triple]]]:
    """Each gold article with its mention table and the rules' triples, parsed as extraction parses it."""
    texts = ((blank_dateline(a.text), a) for a in articles)
    for doc, article in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        table = resolve_actors(doc)
        record = Article(doc_id=article.doc_id, text=article.text, date=article.date)
        yield article, table, list(doc_triples(doc, record, actors=table))


def fired_in(sentence_triples: Iterable[Triple], ids: dict[str, str]) -> dict[tuple[str, str], set[str]]:
    """The rules' relations per ordered actor pair of one sentence (both orders for symmetric ones)."""
    fired: dict[tuple[str, str], set[str]] = {}
    for t in sentence_triples:
        s, o = ids.get(t.subject_id), ids.get(t.object_id)
        if s is None or o is None:
            continue
        fired.setdefault((s, o), set()).add(t.relation)
        if t.relation in SYMMETRIC:
            fired.setdefault((o, s), set()).add(t.relation)
    return fired


def examples(nlp: Language, articles: list[GoldArticle]) -> Examples:
    """The labelled candidates of *articles*."""
    out = Examples()
    for article, table, triples in parsed(nlp, articles):
        by_sentence: dict[int, list[Triple]] = {}
        for t in triples:
            by_sentence.setdefault(t.start, []).append(t)
        names = _gold_names(article, table)
        for sent in table.doc.sents:
            start, end = evidence_span(sent)[0], sent.end_char
            mentions = actor_mentions(table, sent)
            present = {names.get(actor_id) for actor_id in mentions}
            for fact in article.facts:
                if any(a < end and start < b for a, b in fact.spans):
                    out.gold_sentence_facts += 1
                    out.reachable += fact.subject in present and fact.object in present
            if len(mentions) < 2:
                continue  # no pair to label: the sentence's facts are not worth computing
            ids = {table.actor_id(ms[0].actor): actor_id for actor_id, ms in mentions.items()}
            fired = fired_in(by_sentence.get(start, ()), ids)
            facts = sentence_facts(sent)
            for pair in sentence_pairs(sent, mentions):
                out.items.append(_example(article, pair, start, end, names, fired, facts))
    return out


def _example(article: GoldArticle, pair: Pair, start: int, end: int, names: dict[str, str],
             fired: dict[tuple[str, str], set[str]], facts: SentenceFacts) -> Example:
    s, o = names.get(pair.subject.actor.id), names.get(pair.object.actor.id)
    labels, article_labels = set(), set()
    for fact in article.facts:
        if fact.relation not in RELATIONS:
            continue
        if (fact.subject, fact.object) == (s, o) or (fact.relation in SYMMETRIC and (fact.object, fact.subject) == (s, o)):
            article_labels.add(fact.relation)
            if any(a < end and start < b for a, b in fact.spans):
                labels.add(fact.relation)
    key = (pair.subject.actor.id, pair.object.actor.id)
    return Example(article.doc_id, start, pair.subject.actor.id, pair.object.actor.id, pair_features(pair, fired, facts),
                   dense_features(pair), frozenset(labels), frozenset(fired.get(key, ())), frozenset(article_labels),
                   (s, o))


def _gold_names(article: GoldArticle, table: MentionTable) -> dict[str, str]:
    """System actor id -> gold entity name, for the actors the gold knows."""
    texts: dict[str, list[str]] = {}
    actor_names: dict[str, str] = {}
    for token in table.doc:
        for mention in table.refs(token):
            texts.setdefault(mention.actor.id, []).append(mention.text)
            actor_names[mention.actor.id] = mention.actor.name
    names: dict[str, str] = {}
    for actor_id, surfaces in texts.items():
        for form in (actor_names[actor_id], *surfaces):
            name = article.aliases.get(normalise_name(form))
            if name is not None:
                names[actor_id] = name
                break
    return names
