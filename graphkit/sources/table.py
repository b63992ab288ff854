"""``.csv`` files: a header row naming a text column, then one article per row.

Rows are read with their physical line numbers. A row that is not UTF-8 or not valid CSV is reported and
skipped, and reading goes on; a bad header skips the file (its columns are unknown). A quote that is never
closed would make the csv module read every later line into one field: when a row that spans several lines
fails (a CSV error, or the wrong number of fields), only its first line is reported and reading starts again
on the line after it, so the good rows that follow are kept.
"""
from __future__ import annotations

import contextlib
import csv
import re
from collections import deque
from pathlib import Path
from typing import IO, Any, Iterator

from ..types import Article, Skipped
from .dates import DateFinder
from .records import open_records
from .validate import MAX_TEXT_BYTES, NOT_UTF8, TEXT_COLUMNS, OnSkip, Skip, record_article, stem_id

# Room for a field over the text limit, so it is reported as too large rather than malformed.
FIELD_SIZE_LIMIT = 2 * MAX_TEXT_BYTES
# csv needs old-Mac line ends (a lone \r) as separate lines; binary files only split at \n.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


class _Lines:
    """Decoded physical lines for ``csv.reader``, numbered, with the lines of the current row kept for a replay.

    A line that is not UTF-8 goes on with replacement characters, so the reader stays in step with quoted
    multi-line fields; the row it ends up in is then skipped.
    """

    def __init__(self, raw: IO[bytes]):
        self._physical = self._decode(raw)
        self._replay: deque[tuple[int, str, bool]] = deque()
        self.row: list[tuple[int, str, bool]] = []  # (line number, text, not UTF-8) of the row being read

    @staticmethod
    def _decode(raw: IO[bytes]) -> Iterator[tuple[int, str, bool]]:
        number = 0
        for data in raw:
            try:
                text, bad = data.decode("utf-8"), False
            except UnicodeDecodeError:
                text, bad = data.decode("utf-8", "replace"), True
            if number == 0:
                text = text.removeprefix("\ufeff")
            for part in _LONE_CR.split(text) if "\r" in text else (text,):
                if part:
                    number += 1
                    yield number, part, bad

    def __iter__(self) -> Iterator[str]:
        while True:
            line = self._replay.popleft() if self._replay else next(self._physical, None)
            if line is None:
                return
            self.row.append(line)
            yield line[1]

    def replay_after_first(self) -> None:
        """Read the current row's lines again, all but its first (the one reported as bad)."""
        self._replay.extendleft(reversed(self.row[1:]))


@contextlib.contextmanager
def _field_size_limit(limit: int) -> Iterator[None]:
    """csv's field size limit raised to at least *limit* for the block, then put back.

    The limit is process-wide: left raised, it would change how a library user's own csv reading
    behaves. It is scoped to one row's parse, not to the whole file, because the file is read lazily
    and the caller's code runs between two rows.
    """
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, limit))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _csv_rows(raw: IO[bytes], name: str, report: OnSkip) -> Iterator[tuple[int, int, list[str]]]:
    """(data row number, line, cells) for each good CSV row, the header first as row 0."""
    lines = _Lines(raw)
    width: int | None = None  # the header's number of fields
    number = 0
    while True:
        lines.row = []
        try:
            with _field_size_limit(FIELD_SIZE_LIMIT):
                row = next(csv.reader(lines, strict=True))
        except StopIteration:
            return
        except csv.Error as exc:
            row, problem = None, f"malformed CSV row: {exc}"
        else:
            problem = NOT_UTF8 if any(bad for _, _, bad in lines.row) else None
        if row is not None and problem is None and width is not None and any(c.strip() for c in row) \
                and len(row) != width:
            problem = f"malformed CSV: {len(row)} fields, header has {width}"
        if problem is not None and len(lines.row) > 1 and not problem.startswith(NOT_UTF8):
            lines.replay_after_first()  # an unterminated quote swallowed the lines after it: read them again
            problem += " (an unterminated quote?)"
        if problem is None:
            width = len(row) if width is None else width
            yield number, lines.row[-1][0], row  # a good row is known by its last line, as csv counts
        else:
            # a row that is not UTF-8 by its first bad line; a malformed one by the line where it starts
            line = next((n for n, _, bad in lines.row if bad), 0) if problem == NOT_UTF8 else lines.row[0][0]
            if number == 0:
                raise Skip(f"{name}:{line}", problem)
            report(Skipped(f"{name}:{line}", problem))
        number += 1


def read_csv_file(path: Path, report: OnSkip, dates: DateFinder) -> Iterator[Article]:
    name = str(path)
    with open_records(path) as raw:
        rows = _csv_rows(raw, name, report)
        _, _, header = next(rows, (0, 0, []))
        columns = [c.strip().lower() for c in header]
        text_col = next((c for c in TEXT_COLUMNS if c in columns), None)
        if text_col is None:
            raise Skip(name, f"no {'/'.join(TEXT_COLUMNS)} column in the CSV header")
        for number, line, row in rows:
            if not any(cell.strip() for cell in row):
                continue
            record: dict[str, Any] = dict(zip(columns, row))
            record["text"] = record.pop(text_col)
            try:
                yield record_article(record, source=f"{name}:{line}", default_id=f"{stem_id(path)}-{number}",
                                     dates=dates)
            except Skip as problem:
                report(problem.skipped)
