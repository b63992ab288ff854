"""When the event a sentence reports happened: date expressions, resolved against the article's date.

    doc = load_nlp()("China warned Taiwan last Friday.")
    event_date(doc[:], "2024-03-15")   # ('2024-03-08', 'day'): the Friday before the article's Friday

The conventions (weekdays, "last week", months, years, ranges, several dates) are in docs/time.md.
"""
from __future__ import annotations

from .expressions import Expression, find_expressions
from .resolve import ARTICLE, DAY, MONTH, PRECISIONS, YEAR, parse_article_date, resolve
from .sentence import EventDate, SentenceDates, event_date, event_expressions

__all__ = ["ARTICLE", "DAY", "MONTH", "PRECISIONS", "YEAR", "EventDate", "Expression", "SentenceDates",
           "event_date", "event_expressions", "find_expressions", "parse_article_date", "resolve"]
