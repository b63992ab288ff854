"""Article dates, found where they are: the record's metadata, else the text's dateline or date line, else the
file's name.

Values are parsed strictly. Numeric dates have fixed readings (``2024-03-12``, ``20240312``, ``2024/03/12``,
``12.03.2024`` day first; ``03/12/2024`` only when one part cannot be a month, since US and European orders
disagree). Dates with a month name ("12 March 2024", "March 12, 2024", RFC 2822 "Tue, 12 Mar 2024 10:00:00
+0000") go to python-dateutil, but only when the value has exactly a day, a month name and a four-digit year:
dateutil fills missing parts from a default and its fuzzy mode reads dates into any text, so a value it would
have to complete is not a date here. An unreadable date is never guessed: it stays empty.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Callable

from ..types import Skipped

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_YEAR_FIRST = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})$")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})$")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # day.month.year, as everywhere dots are used
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})$")
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?" \
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# Parts of a timestamp that are numbers but not the date: times of day and zone offsets.
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b|[+-]\d{4}\b")
_NUMBER = re.compile(r"\b(\d+)(?:st|nd|rd|th)?\b")
_WORD = re.compile(r"[A-Za-z]+")
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))

# A month and day, with the year or without: what a wire dateline or a date line carries.
_MONTH_DAY = rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?: \d{{4}})?)"
# "KYIV, June 3 (Reuters) -", "GOMA, Congo, Feb. 24, 2024 (AP) —": a place in capitals, then the date.
_DATELINE = re.compile(rf"[A-Z][A-Z'./-]{{2,}}(?: [A-Z][A-Z'./-]*)*(?:, [A-Z][\w .'-]{{1,30}})?, "
                       rf"(?P<date>{_MONTH_DAY})(?: \(\w[\w .&-]*\))? *[—–-]")
# A line that is only a date, perhaps labelled and timed: "Published: 12 March 2024", "March 12, 2024".
_DATE_LINE = re.compile(r"(?:(?:published|updated|posted|date|dated)(?: on)?:? *)?(?P<date>[^\n]{6,40}?)"
                        r"(?:,? *(?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?", re.IGNORECASE)
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
HEAD_LINES = 6  # a dateline or date line is at the top of a story


def normalise_date(value: Any) -> str | None:
    """Return *value* as an ISO ``YYYY-MM-DD`` date, or ``None`` when it is not clearly one date."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    for pattern, order in ((_ISO, "ymd"), (_YEAR_FIRST, "ymd"), (_COMPACT, "ymd"), (_DOTTED, "dmy")):
        match = pattern.match(text)
        if match:
            return _from_parts(match.groups(), order)
    match = _SLASHED.match(text)
    if match:
        first, second = int(match.group(1)), int(match.group(2))
        if (first > 12) == (second > 12):
            return None  # 03/04/2024: April in London, March in New York
        return _from_parts(match.groups(), "dmy" if first > 12 else "mdy")
    return _named_month_date(text)


def _from_parts(parts: tuple[str, ...], order: str) -> str | None:
    fields = dict(zip(order, map(int, parts)))
    try:
        return date(fields["y"], fields["m"], fields["d"]).isoformat()
    except ValueError:
        return None


def _named_month_date(text: str) -> str | None:
    """A date written with its month's name, when the value holds exactly a day, a month and a year."""
    words = [w.lower() for w in _WORD.findall(text)]
    numbers = _NUMBER.findall(_TIME.sub(" ", text))
    if sum(w in _MONTHS for w in words) != 1 or sorted(len(n) > 2 for n in numbers) != [False, True]:
        return None
    if "," in text and text[:3].isalpha():
        try:  # RFC 2822, as in RSS feeds and e-mail: the standard library reads it strictly
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    from dateutil import parser  # imported lazily: only named-month values need it

    try:
        first, second = (parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, parser.ParserError):
        return None
    # Two defaults give the same date only when the value itself fixed the day, the month and the year.
    return first.date().isoformat() if first == second else None


def year_in(value: Any) -> int | None:
    """A four-digit year in *value* (a partial date, a file or folder name), else None."""
    match = _YEAR.search(value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def name_date(name: str) -> str | None:
    """The date a file name carries: ``2024-03-12-report``, ``20240312_x``, ``report_2024.03.12``."""
    for match in _NAME_DATE.finditer(name):
        found = _from_parts(match.groups(), "ymd")
        if found:
            return found
    return None


def text_date(text: str, year: int | None = None) -> str | None:
    """The date at the top of *text*: a line that is a date, else the wire dateline.

    A dateline without its year ("KYIV, June 3 (Reuters) -") takes *year* when known, else gives nothing.
    """
    head = [line.strip() for line in text[:2000].split("\n") if line.strip()][:HEAD_LINES]
    for line in head:
        match = _DATE_LINE.fullmatch(line)
        found = normalise_date(match.group("date")) if match else None
        if found:
            return found
    for line in head:
        match = _DATELINE.match(line)
        if match:
            found = normalise_date(match.group("date"))
            if found is None and year is not None:
                found = normalise_date(f"{match.group('date')} {year}")
            if found:
                return found
    return None


class DateFinder:
    """The dates of one input's articles; the input's first unreadable date is reported, once.

    *name* is the file's path (its name and folder may carry a date or a year); *report* receives a
    :class:`~graphkit.types.Skipped` whose ``part`` is ``"date"``: the article itself is kept.
    """

    def __init__(self, name: str | None, report: Callable[[Skipped], None]):
        tail = "/".join(name.replace("\\", "/").split("/")[-2:]) if name else ""
        self._name_date = name_date(tail.rsplit("/", 1)[-1]) if tail else None
        self._name_year = year_in(tail)
        self._report = report
        self._reported = False

    def find(self, value: Any, text: str, *, source: str) -> str | None:
        """The date of one article: metadata *value*, else the top of *text*, else the file's name."""
        given = value is not None and not (isinstance(value, str) and not value.strip())
        found = normalise_date(value) if given else None
        if found:
            return found
        if given and not self._reported:
            self._reported = True
            shown = value if isinstance(value, str) else type(value).__name__
            self._report(Skipped(source, f"date {str(shown)[:60]!r} is not a readable date; ignored",
                                 part="date"))
        return text_date(text, year_in(value) or self._name_year) or self._name_date
