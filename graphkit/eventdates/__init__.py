"""When the event a sentence reports happened: date expressions, resolved against the article's date.

    >>> from graphkit.eventdates import event_date
    >>> event_date(sent, "2024-03-15")          # sent: a parsed spaCy sentence
    ('2024-03-08', 'day')

The conventions (weekdays, "last week", months, years, ranges, several dates) are in docs/time.md.
"""
from __future__ import annotations

from .expressions import Expression, find_expressions
from .resolve import ARTICLE, DAY, MONTH, PRECISIONS, YEAR, parse_article_date, resolve
from .sentence import EventDate, SentenceDates, event_date, event_expressions

__all__ = ["ARTICLE", "DAY", "MONTH", "PRECISIONS", "YEAR", "EventDate", "Expression", "SentenceDates",
           "event_date", "event_expressions", "find_expressions", "parse_article_date", "resolve"]
