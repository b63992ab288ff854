"""The date of the event a parsed sentence reports: which of its date expressions, read from the parse.

A date that modifies a noun naming something else ("the 2019 accord", "2000 troops") is not the event's;
a possessive one is ("Tuesday's talks"), and so is any date after a time word ("in 2019", "since March").
Of the others, the one nearest (by dependency path) to the triple's trigger word is the triple's event date;
without a trigger word, the one nearest the sentence's root (the main clause's event).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from .expressions import Expression, find_expressions
from .resolve import ARTICLE, parse_article_date, resolve

EventDate = tuple[str | None, str | None]
_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod", "appos", "quantmod"})
# Nouns a date may modify and still be the time of the clause ("on the morning of 3 May").
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                         "date", "time", "end", "start", "beginning", "middle", "session", "round"})
_TIME_WORDS = frozenset({"in", "on", "since", "by", "until", "till", "from", "during", "before", "after", "through",
                         "throughout", "between", "early", "late", "mid", "of", "as", "around", "last", "next", "this",
                         "-"})


def event_date(sent: Span, article_date: str | date | None, anchor: Token | None = None) -> EventDate:
    """``(event_date, precision)`` of the event *sent* reports, as ISO date and one of day/month/year/article.

    *anchor* (a word of *sent*, such as a rule's trigger) picks among several dates the one attached to
    it. No date in the sentence: the article's date with precision ``article``; nothing that can be placed
    without an article date: ``(None, None)``.
    """
    return SentenceDates(article_date).of(sent, anchor)


class SentenceDates:
    """:func:`event_date` for the sentences of one article, each sentence's expressions found once."""

    def __init__(self, article_date: str | date | None):
        self.article = parse_article_date(article_date)
        self._found: dict[tuple[int, int], list[tuple[Expression, Token]]] = {}

    def of(self, sent: Span, anchor: Token | None = None) -> EventDate:
        key = (sent.start, sent.end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = event_expressions(sent)
        target = anchor if anchor is not None and sent.start <= anchor.i < sent.end else sent.root
        for expr in _ranked(found, target):
            placed = resolve(expr, self.article)
            if placed is not None:
                return placed[0].isoformat(), placed[1]
        if self.article is None:
            return None, None
        return self.article.isoformat(), ARTICLE


def _ranked(found: list[tuple[Expression, Token]], target: Token) -> list[Expression]:
    """The expressions nearest *target* first (the earlier one when as near); "since 2019" last, since it
    starts a span that reaches the present ("their first meeting since 2019 on 30 April")."""
    return [expr for expr, head in sorted(found, key=lambda pair: (_after_since(pair[1]), _distance(pair[1], target),
                                                                   pair[0].start))]


def _after_since(head: Token) -> bool:
    return head.head.i != head.i and head.head.lower_ == "since" and head.dep_ == "pobj"


def event_expressions(sent: Span) -> list[tuple[Expression, Token]]:
    """The date expressions of *sent* that may date its events, each with its syntactic head."""
    doc = sent.doc
    text = sent.text
    kept = []
    for expr in find_expressions(text):
        span = doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        if expr.kind in ("date", "month") and _names_something_else(head, span, text[:expr.start]):
            continue
        kept.append((expr, head))
    return kept


def _names_something_else(head: Token, span: Span, before: str) -> bool:
    """"the 2019 accord", "2000 troops": a date (or number) inside a noun phrase about something else.

    Only absolute dates are read so: a relative word or a weekday at the start of a sentence may be misparsed
    as a modifier of the subject ("Yesterday Zimbabwe's ruling party ..."), and never names a thing."""
    words = before.split()
    if words and words[-1].lower().rstrip("-") in _TIME_WORDS or before.rstrip().endswith("-"):
        return False
    governor = head.head
    return (head.dep_ in _NOUN_MODIFIERS and governor.i != head.i and not (span.start <= governor.i < span.end)
            and governor.pos_ in ("NOUN", "PROPN") and governor.lemma_.lower() not in _TIME_NOUNS)


def _distance(token: Token, target: Token) -> int:
    """Dependency-path length between two words of a sentence."""
    up = {}
    node, steps = token, 0
    while True:
        up[node.i] = steps
        if node.head.i == node.i:
            break
        node, steps = node.head, steps + 1
    node, steps = target, 0
    while node.i not in up:
        if node.head.i == node.i:
            return steps + len(up) + 100  # different trees (a misparse): rank after every connected date
        node, steps = node.head, steps + 1
    return steps + up[node.i]
