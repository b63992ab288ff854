"""From an article's parse to its triples: dispatch to the registered rules, confidence, evidence."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span, Token

from ..actors import Mention, MentionTable, resolve_actors
from ..eventdates import SentenceDates
from ..memo import remembered
from ..ontology import POLARITY, STRUCTURAL
from ..syntax import doc_text
from ..types import Article, Triple
from .candidate import Candidate
from .clauses import attribution_of, is_hedged
from .registry import Finder, confidence, finders_for
from .sites import SITE_ORDER, ArticleSite, FollowUp, Site

# How sure we are of whom a mention means: a name more than a pronoun.
RESOLUTION_PENALTY = {"name": 1.0, "surname": 0.95, "agent": 0.9, "pronoun": 0.8, "pair": 0.75}
HEDGE_PENALTY = 0.8
TOKEN_SITES: tuple[type[Site], ...] = tuple(s for s in SITE_ORDER if issubclass(s, Site))


def doc_triples(doc: Doc, article: Article, *, actors: MentionTable | None = None,
                dates: SentenceDates | None = None) -> Iterator[Triple]:
    """The triples of one parsed article, each with its evidence sentence, rule and event date (*dates*: the
    article's :class:`SentenceDates`, when the caller dates triples of its own too)."""
    table = actors or resolve_actors(doc)
    dates = dates or SentenceDates(article.date)  # each sentence's date expressions found once
    seen: set[tuple] = set()
    for cand in candidates(doc, table):
        if _is_self_relation(cand, table):
            continue
        triple = _to_triple(cand, article, table, dates)
        key = (triple.subject_id, triple.relation, triple.object_id, triple.start)
        if triple.subject_id == triple.object_id or key in seen:
            continue  # the first rule to find a relation in a sentence keeps it
        seen.add(key)
        yield triple


def candidates(doc: Doc, table: MentionTable) -> Iterator[Candidate]:
    """Every rule's candidates, each followed by what follow-up rules infer from it.

    Article rules first; then, token by token, the rules of each site that selects the token, in
    site order and then registration order.
    """
    for cand in _site_candidates(doc, table):
        yield cand
        follow = FollowUp(cand, table)
        for finder in finders_for(FollowUp):
            yield from finder.find(follow)


def _site_candidates(doc: Doc, table: MentionTable) -> Iterator[Candidate]:
    whole = ArticleSite(doc, table)
    for finder in finders_for(ArticleSite):
        yield from finder.find(whole)
    dispatch = _dispatch()
    for tok in doc:
        for kind, finders in dispatch.sites_for(tok.lemma_.lower(), tok.lower_):
            if kind.selects(tok):
                site = kind(tok, table)
                for finder in finders:
                    yield from finder.find(site)


class _Dispatch:
    """The token sites' finders indexed by the words they are keyed on, so that a word is offered only to
    the finders that may accept it: for each site kind in :data:`SITE_ORDER`, its unkeyed finders and those
    keyed on the word's lemma or form, in registration order (as :func:`finders_for` lists them)."""

    def __init__(self, finders: tuple[tuple[Finder, ...], ...]):
        self.finders = finders
        self._by_word: dict[str, set[tuple[int, int]]] = {}
        for k, of_kind in enumerate(finders):
            for i, finder in enumerate(of_kind):
                for word in finder.words or ():
                    self._by_word.setdefault(word, set()).add((k, i))
        self._memo: dict[tuple[str, str], tuple[tuple[type[Site], tuple[Finder, ...]], ...]] = {}

    def sites_for(self, lemma: str, lower: str) -> tuple[tuple[type[Site], tuple[Finder, ...]], ...]:
        """``(site kind, finders)`` for each kind with a finder to run on a word of this lemma and form."""
        return remembered(self._memo, (lemma, lower), self._sites)

    def _sites(self, words: tuple[str, str]) -> tuple[tuple[type[Site], tuple[Finder, ...]], ...]:
        keyed = self._by_word.get(words[0], set()) | self._by_word.get(words[1], set())
        return tuple((kind, run) for k, kind in enumerate(TOKEN_SITES)
                     if (run := tuple(f for i, f in enumerate(self.finders[k]) if f.words is None or (k, i) in keyed)))


_DISPATCH: list[_Dispatch] = []


def _dispatch() -> _Dispatch:
    """The dispatch of the token sites' finders, rebuilt when a finder has been registered since."""
    finders = tuple(tuple(finders_for(kind)) for kind in TOKEN_SITES)
    if not _DISPATCH or _DISPATCH[0].finders != finders:
        _DISPATCH[:] = [_Dispatch(finders)]
    return _DISPATCH[0]


def _is_self_relation(cand: Candidate, table: MentionTable) -> bool:
    """A person acting on the country they serve ("Biden supports the United States") is no relation."""
    if cand.relation in STRUCTURAL:
        return False
    subject, obj = cand.subject.actor, cand.object.actor
    return subject.id == obj.id or table.home_of(subject) == obj.id or table.home_of(obj) == subject.id


def evidence_span(sent: Span) -> tuple[int, int, str]:
    """(start, end, text) of a sentence without its surrounding blanks: the evidence every triple carries."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # sent.text, without joining its tokens again
    return sent.start_char + len(text) - len(text.lstrip()), sent.end_char - (len(text) - len(text.rstrip())), text.strip()


def _to_triple(cand: Candidate, article: Article, table: MentionTable, dates: SentenceDates) -> Triple:
    subject, obj = cand.subject, cand.object
    attribution = None if cand.rule.startswith("role-") else attribution_of(cand.anchor)
    score = confidence(cand.rule)
    score *= RESOLUTION_PENALTY.get(subject.how, 0.8) * RESOLUTION_PENALTY.get(obj.how, 0.8)
    if is_hedged(cand.anchor):
        score *= HEDGE_PENALTY
    return make_triple(article, table, dates, subject, cand.relation, obj, anchor=cand.anchor,
                       predicate=cand.predicate, rule=cand.rule, score=score, attribution=attribution)


def make_triple(article: Article, table: MentionTable, dates: SentenceDates, subject: Mention, relation: str,
                obj: Mention, *, anchor: Token, predicate: str, rule: str, score: float,
                attribution: str | None) -> Triple:
    """The Triple stating *relation* from *subject* to *obj* in *anchor*'s sentence: its evidence span, the
    actors' ids and how they were resolved, and the event date (the one constructor rules and model share)."""
    sent = anchor.sent
    start, end, sentence = evidence_span(sent)
    event_date, precision = dates.of(sent, anchor)
    return Triple(
        doc_id=article.doc_id,
        subject=table.display_name(subject.actor), subject_id=table.actor_id(subject.actor),
        subject_type=subject.actor.type, subject_text=subject.text,
        relation=relation, polarity=POLARITY[relation],
        object=table.display_name(obj.actor), object_id=table.actor_id(obj.actor), object_type=obj.actor.type,
        object_text=obj.text,
        predicate=predicate, rule=rule, confidence=round(score, 3),
        sentence=sentence, start=start, end=end,
        date=article.date, attribution=attribution, content_hash=article.content_hash,
        subject_how=subject.how, object_how=obj.how,
        event_date=event_date, date_precision=precision,
    )
