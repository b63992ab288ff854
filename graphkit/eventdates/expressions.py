"""Date expressions in a sentence's text: what they say, not yet when that is.

A small regular grammar finds absolute dates ("12 March 2024", "March 12", "2024-03-12", "12.03.2024",
"June 2024", "in June", "in 2022"), weekdays ("on Friday", "last Friday", "Tuesday's") and relative
expressions ("yesterday", "three days ago", "last week", "earlier this month", "next year"). Ranges
("from 3 to 5 June 2023", "between March and May 2024", "from 2019 to 2021") become their start, which
borrows what it leaves out (the month, the year) from the end.

Month and weekday names must be capitalised ("a protest march", "may" the verb are not dates), and "May"
and "March" alone need a word before them that makes them a time ("in May", not "Theresa May"). Numbers
that are not years ("5,000 troops", "Resolution 2231", "F-16", "a 30-year-old") do not match. Whether a
matched year names the event or something else ("the 2019 accord") is for the parse to say
(:mod:`graphkit.eventdates.sentence`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2}
# "N <unit>s ago": the calendar unit it moves by, and how many of them one <unit> is ("two weeks ago" is 14 days,
# "a decade ago" 10 years).
_AGO_UNITS = {"day": "days", "week": "days", "fortnight": "days", "month": "month", "year": "year", "decade": "year"}
_AGO_FACTOR = {"day": 1, "week": 7, "fortnight": 14, "month": 1, "year": 1, "decade": 10}
_MONTH_NAME = {name: i for i, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_NAME.update({name[:3]: i for name, i in list(_MONTH_NAME.items())})
_MONTH_NAME["sept"] = 9

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NUM = r"(?:\d{1,2}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TO = r"\s*(?:-|–|—|to|until|till|through|and)\s*"

# One alternative per form, most specific first: at any position the first one that matches wins.
_FORMS = [
    ("iso", rf"\b(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b"),
    ("numeric", rf"\b(?P<num_a>[0-3]?\d)[./](?P<num_b>[01]?\d)[./](?P<num_y>{_YEAR})\b"),
    ("day_range", rf"\b(?P<dr_d>{_DAY}){_TO}{_DAY}\s+(?:of\s+)?(?P<dr_m>{_MONTH})(?:,?\s+(?P<dr_y>{_YEAR}))?\b"),
    ("month_day_range", rf"\b(?P<mdr_m>{_MONTH})\s+(?P<mdr_d>{_DAY}){_TO}{_DAY}\b(?:,?\s+(?P<mdr_y>{_YEAR})\b)?"),
    ("day_month", rf"\b(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR})\b)?"),
    ("month_day", rf"\b(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})\b(?!\s*%|\s*(?i:per|million|billion|people|troops))"
                  rf"(?:,?\s+(?P<md_y>{_YEAR})\b)?"),
    ("month_year", rf"\b(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})\b"),
    ("weekday", rf"(?:\b(?P<wd_which>(?i:last|next|this))\s+)?\b(?P<wd>{_WEEKDAY})\b"),
    ("month", rf"(?:\b(?P<m_which>(?i:last|next))\s+)?\b(?P<m>{_MONTH})\b"),
    ("days", r"\b(?i:(?P<d_word>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow"
             r"|this (?:morning|afternoon|evening)|last night))\b"),
    ("ago", rf"\b(?i:(?P<ago_n>{_NUM})\s+(?P<ago_u>day|week|fortnight|month|year|decade)s?\s+ago)\b"),
    ("calendar", r"\b(?i:(?P<cal_which>last|this|next)\s+(?P<cal_u>week|month|year))\b"),
    ("year", rf"\b(?P<yr>{_YEAR})\b(?!\s*-\s*(?:year|old)|[.,]\d|\s*(?i:per ?cent|%))"),
]
# Every form starts at the start of a word (a word boundary, then a digit or a letter): the leading assertion
# lets the search skip every other position at once instead of trying each form there (3x faster, same matches).
_GRAMMAR = re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FORMS) + ")")
# "May" and "March" alone are a month only after one of these ("in May", "since March", "early May").
_TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:in|on|since|by|until|till|from|during|before|after|through|throughout"
                               r"|between|and|to|of|early|late|mid|last|next|this|around|as of)[\s-]*)$")
# Every expression of the grammar holds one of these; most sentences hold none, and this search is ~8x
# cheaper than the grammar's (extraction searches every sentence that gives a triple).
_MAYBE_DATE = re.compile(r"\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
                         r"|(?i:yesterday|today|tonight|tomorrow|ago|last|this|next)\b")
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|until|till|through|and|and until)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Expression:
    """One date expression: where it is in the text, and what it says.

    ``kind`` is ``date`` (an absolute date: ``year``, ``month``, ``day`` as far as given), ``weekday``
    (``weekday`` 0-6 with ``which`` ``last``/``next``/None), ``month`` (a month name alone, with
    ``which``), or a relative one: ``days`` (``offset`` days from the article's day), ``week``, ``month_rel``
    or ``year_rel`` (``offset`` calendar weeks, months or years from the article's).
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    which: str | None = None
    offset: int = 0

    @property
    def absolute(self) -> bool:
        return self.kind == "date"


def find_expressions(text: str) -> list[Expression]:
    """The date expressions of *text* in order, a range reduced to its start."""
    if not _MAYBE_DATE.search(text):
        return []
    found = [e for m in _GRAMMAR.finditer(text) if (e := _expression(m, text)) is not None]
    return _merge_ranges(found, text)


def _expression(m: re.Match, text: str) -> Expression | None:
    form = m.lastgroup
    g = m.groupdict()
    at = (m.start(), m.end())
    if form == "iso":
        return _date(at, g["iso_y"], int(g["iso_m"]), int(g["iso_d"]))
    if form == "numeric":
        first, second = int(g["num_a"]), int(g["num_b"])
        day, month = (second, first) if second > 12 >= first else (first, second)  # day.month.year unless impossible
        return _date(at, g["num_y"], month, day)
    if form in ("day_range", "month_day_range", "day_month", "month_day"):
        prefix = {"day_range": "dr", "month_day_range": "mdr", "day_month": "dm", "month_day": "md"}[form]
        return _date(at, g[f"{prefix}_y"], _month(g[f"{prefix}_m"]), g[f"{prefix}_d"])
    if form == "month_year":
        return _date(at, g["my_y"], _month(g["my_m"]), None)
    if form == "weekday":
        which = (g["wd_which"] or "").lower()
        return Expression(*at, "weekday", weekday=WEEKDAY_NAMES.index(g["wd"].lower()),
                          which=which if which in ("last", "next") else None)
    if form == "month":
        return _month_alone(m, text, g)
    if form == "days":
        return Expression(*at, "days", offset=_DAY_WORDS[" ".join(g["d_word"].lower().split())])
    if form == "ago":
        unit = g["ago_u"].lower()
        n = _number(g["ago_n"]) * _AGO_FACTOR[unit]
        return Expression(*at, {"days": "days", "month": "month_rel", "year": "year_rel"}[_AGO_UNITS[unit]], offset=-n)
    if form == "calendar":
        offset = {"last": -1, "this": 0, "next": 1}[g["cal_which"].lower()]
        return Expression(*at, {"week": "week", "month": "month_rel", "year": "year_rel"}[g["cal_u"].lower()],
                          offset=offset)
    return _date(at, g["yr"], None, None)


_DAY_WORDS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0, "tonight": 0,
              "tomorrow": 1, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1}


def _date(at: tuple[int, int], year: str | None, month: int | None, day: str | int | None) -> Expression | None:
    day_n = int(re.match(r"\d+", day).group()) if isinstance(day, str) else day
    if (month is not None and not 1 <= month <= 12) or (day_n is not None and not 1 <= day_n <= 31):
        return None
    return Expression(*at, "date", year=int(year) if year else None, month=month, day=day_n)


def _month_alone(m: re.Match, text: str, g: dict) -> Expression | None:
    name = g["m"]
    which = (g["m_which"] or "").lower() or None
    if which is None and name in ("May", "March") and not _TIME_WORD_BEFORE.search(text[:m.start()]):
        return None  # "Theresa May", "the March" of a protest: a month alone needs a time word before it
    return Expression(m.start(), m.end(), "month", month=_month(name), which=which)


def _month(name: str) -> int:
    return _MONTH_NAME[name.rstrip(".").lower()]


def _number(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _merge_ranges(found: list[Expression], text: str) -> list[Expression]:
    """"X to Y", "between X and Y": keep X, completed with the month or year only Y gives."""
    merged: list[Expression] = []
    for expr in found:
        prev = merged[-1] if merged else None
        if prev is not None and _RANGE_LINK.fullmatch(text[prev.end:expr.start]) and _same_family(prev, expr):
            merged[-1] = replace(_complete(prev, expr), end=expr.end)
            continue
        merged.append(expr)
    return merged


def _same_family(a: Expression, b: Expression) -> bool:
    absolute = ("date", "month")
    return (a.kind in absolute and b.kind in absolute) or (a.kind == b.kind == "weekday")


def _complete(start: Expression, end: Expression) -> Expression:
    """The start of a range with the parts it leaves out taken from the end."""
    if start.kind == "weekday":
        return start
    if start.kind == "month" and end.year is None:
        return start  # "between March and May": the start month alone
    month = start.month if start.month is not None else end.month
    year = start.year
    if year is None and end.year is not None:
        year = end.year
        if month is not None and end.month is not None and month > end.month:
            year -= 1  # "between November and February 2024" starts in November 2023
    return replace(start, kind="date", year=year, month=month, which=None)
