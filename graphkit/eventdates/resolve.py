"""When a date expression is, given the article's date: the conventions of docs/time.md.

Weekdays are the most recent such day on or before the article's date; "last week" is the Monday of the
previous calendar week; a month is its first day (precision ``month``), a year its 1 January (``year``);
a day and month without a year, or a month alone, fall in the year that puts them closest to the article's
date (the past when both are as close).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from ..decay import as_date
from .expressions import Expression

DAY, MONTH, YEAR, ARTICLE = "day", "month", "year", "article"
PRECISIONS = (DAY, MONTH, YEAR, ARTICLE)

Resolved = tuple[date, str]


def parse_article_date(value: str | date | None) -> date | None:
    """The day of an article's ``date`` (ISO, possibly with a time), or None when it has none."""
    return as_date(value.strip() if isinstance(value, str) else value, strict=False)


def resolve(expr: Expression, article: date | None) -> Resolved | None:
    """The date and precision *expr* names relative to the *article* date; None when it cannot be placed
    (a relative expression without an article date, a day that does not exist)."""
    if expr.kind == "date":
        return _absolute(expr, article)
    if article is None:
        return None
    if expr.kind == "weekday":
        return _weekday(expr.weekday, expr.which, article), DAY
    if expr.kind == "month":
        return _month_alone(expr.month, expr.which, article), MONTH
    if expr.kind == "days":
        return article + timedelta(days=expr.offset), DAY
    if expr.kind == "week":
        return article - timedelta(days=article.weekday()) + timedelta(weeks=expr.offset), DAY
    if expr.kind == "month_rel":
        return add_months(article.replace(day=1), expr.offset), MONTH
    if expr.kind == "year_rel":
        return date(article.year + expr.offset, 1, 1), YEAR
    raise ValueError(f"unknown date expression kind {expr.kind!r}")


def add_months(first: date, n: int) -> date:
    """The first day of the month *n* months after the month of *first*."""
    year, month0 = divmod(first.year * 12 + first.month - 1 + n, 12)
    return date(year, month0 + 1, 1)


def _absolute(expr: Expression, article: date | None) -> Resolved | None:
    if expr.month is None:
        return (date(expr.year, 1, 1), YEAR) if expr.year is not None else None
    if expr.year is not None:
        day = expr.day or 1
        if day > calendar.monthrange(expr.year, expr.month)[1]:
            return None
        return date(expr.year, expr.month, day), DAY if expr.day else MONTH
    if article is None:
        return None
    if expr.day is None:
        return _month_alone(expr.month, None, article), MONTH
    options = [d for y in (article.year - 1, article.year, article.year + 1) if (d := _day(y, expr.month, expr.day))]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - article).days), d > article)), DAY


def _day(year: int, month: int, day: int) -> date | None:
    return date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None


def _weekday(weekday: int, which: str | None, article: date) -> date:
    back = (article.weekday() - weekday) % 7
    if which == "next":
        return article + timedelta(days=(weekday - article.weekday()) % 7 or 7)
    if which == "last":
        return article - timedelta(days=back or 7)
    return article - timedelta(days=back)


def _month_alone(month: int, which: str | None, article: date) -> date:
    """The first day of the *month* closest to the article's date ("last"/"next": strictly before/after its month)."""
    here = article.replace(day=1)
    options = [date(y, month, 1) for y in (article.year - 1, article.year, article.year + 1)]
    if which == "last":
        return max(d for d in options if d < here)
    if which == "next":
        return min(d for d in options if d > here)
    return min(options, key=lambda d: (_days_to_month(d, article), d > article))


def _days_to_month(first: date, day: date) -> int:
    """Days from *day* to the nearest day of the month starting on *first* (0 inside it)."""
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return 0 if first <= day <= last else min(abs((first - day).days), abs((day - last).days))
