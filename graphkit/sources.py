"""Read articles from files, directories and stdin: the one place untrusted input is validated.

:func:`read_articles` streams :class:`~graphkit.types.Article` records and never
raises mid-stream: every unusable input is reported to ``on_skip`` as a
:class:`~graphkit.types.Skipped` (``source`` is ``file`` or ``file:line``, the
reason one line) and the stream goes on.

Formats (chosen by extension, case-insensitive):

- ``.txt``/``.md``: one article; ``doc_id`` = file stem; ``title`` = the first
  non-empty line when it is short and followed by a blank line (a Markdown
  heading's ``#`` marks are dropped). The text is kept whole, title included.
  In every id made from a file name, each byte of a name that is not UTF-8 becomes U+FFFD.
- ``.jsonl``: one record per line; ``.json``: a list of records or one record,
  decoded item by item. Record fields ``id``, ``text``, ``title``, ``date``,
  ``url``; every other field is kept in ``Article.meta``. A missing id becomes
  ``<stem>-<n>``: n is the line number in JSONL, the 1-based item number in JSON.
- ``.csv``: a header row with a ``text``, ``body`` or ``content`` column
  (case-insensitive); optional ``id``/``title``/``date``/``url`` columns, the
  rest go to ``meta``. A missing id becomes ``<stem>-<n>``, n the data row number.
- ``.html``/``.htm``: main text, title, date and canonical URL via trafilatura,
  which decodes the bytes by the page's declared charset.
- directories: searched recursively in sorted order; hidden files and
  directories are ignored, other unsupported extensions are reported.
- ``-``: standard input, JSONL when the first non-blank character is ``{``,
  otherwise one plain-text article with ``doc_id`` ``"stdin"``.

Decisions:

- Text files must be UTF-8 (a BOM is allowed). Anything else is skipped as
  "not UTF-8 text" rather than guessed as Latin-1, which would silently produce
  wrong characters for every other legacy encoding. Record files are decoded
  per line: a JSONL line or CSV row that is not UTF-8 is skipped as
  ``file:line: not UTF-8`` and reading goes on; in a JSON file the bad line ends
  the file (the items before it are kept). Likewise a malformed CSV row is
  skipped on its own, and JSON nested too deeply to decode is invalid JSON.
- Normalisation is minimal so that evidence offsets index ``Article.text``
  exactly: a leading BOM is removed and ``\\r\\n``/``\\r`` become ``\\n``.
- A ``doc_id`` seen earlier in the same call is skipped as a duplicate: ids key
  the graph's provenance, and two articles sharing one would merge silently.
- Article texts larger than :data:`MAX_TEXT_BYTES` (UTF-8) are skipped, as are
  HTML files larger than :data:`MAX_HTML_BYTES`.
- Dates become ISO ``YYYY-MM-DD`` when parseable; otherwise ``None`` (never an error).
"""
from __future__ import annotations

import codecs
import csv
import itertools
import os
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from .jsonio import InvalidJSON, JSONStreamError, Utf8Reader, decode_json, json_items
from .types import Article, Skipped

MAX_TEXT_BYTES = 5 * 1024 * 1024
# Markup typically outweighs the text it carries several times over.
MAX_HTML_BYTES = 4 * MAX_TEXT_BYTES
TITLE_MAX_CHARS = 200
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")  # invisible; joiners (ZWJ, ZWNJ) carry meaning in some scripts
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".json", ".csv"}
TEXT_COLUMNS = ("text", "body", "content")
RECORD_FIELDS = ("id", "text", "title", "date", "url")

_SNIFF_BYTES = 8192
# The C JSON decoder raises RecursionError (not JSONDecodeError) on very deep nesting.
_NOT_UTF8 = "not UTF-8"
# csv needs old-Mac line ends (a lone \r) as separate lines; binary files only split at \n.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")
_DATE_PREFIX = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])")
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d")

OnSkip = Callable[[Skipped], None]


class _Skip(Exception):
    """Internal: this input (or the rest of this file) cannot be used."""

    def __init__(self, source: str, reason: str):
        super().__init__(reason)
        self.skipped = Skipped(source, reason)


def read_articles(paths: Iterable[str], *, on_skip: OnSkip | None = None) -> Iterator[Article]:
    """Yield the articles found in *paths* (files, directories or ``"-"`` for stdin).

    Problems never raise: each is passed to *on_skip* (or dropped when it is
    ``None``) and reading continues with the next record or file.

    >>> for article in read_articles(["news/"], on_skip=print):  # doctest: +SKIP
    ...     print(article.doc_id, article.title)
    """
    report: OnSkip = on_skip or (lambda _skipped: None)
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of characters
        paths = [str(paths)]
    seen: dict[str, str] = {}
    for path in paths:
        for article in _read_path(str(path), report):
            first = seen.get(article.doc_id)
            if first is not None:
                report(Skipped(article.source or path, f"duplicate id {article.doc_id!r} (first in {first})"))
                continue
            seen[article.doc_id] = article.source or path
            yield article


def normalise_date(value: Any) -> str | None:
    """Return *value* as an ISO ``YYYY-MM-DD`` date, or ``None`` when it is not a recognisable date."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    match = _DATE_PREFIX.match(text)
    if match:
        try:
            return date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _read_path(path: str, report: OnSkip) -> Iterator[Article]:
    if path == "-":
        yield from _guard("stdin", report, _read_stdin(report))
        return
    p = Path(path)
    if p.is_dir():
        for file in _walk(p, report):
            yield from _read_file(file, report)
    elif p.is_file():
        yield from _read_file(p, report)
    elif p.exists():
        report(Skipped(path, "not a regular file or directory"))
    else:
        report(Skipped(path, "no such file or directory"))


def _walk(root: Path, report: OnSkip) -> Iterator[Path]:
    """Files under *root*, sorted, without hidden entries; symlinked directories are not followed (no cycles)."""
    def unreadable(exc: OSError) -> None:
        report(Skipped(str(exc.filename or root), f"cannot read directory: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith("."):
                continue
            if not path.is_file():  # a FIFO would block forever, a link to /dev/zero never end
                report(Skipped(str(path), "not a regular file"))
                continue
            yield path


def _read_file(path: Path, report: OnSkip) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        report(Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}; "
                                  f"expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"))
        return
    if suffix in TEXT_SUFFIXES:
        records = _read_text_file(path)
    elif suffix in HTML_SUFFIXES:
        records = _read_html_file(path)
    elif suffix == ".jsonl":
        records = _read_jsonl_file(path, report)
    elif suffix == ".json":
        records = _read_json_file(path, report)
    else:
        records = _read_csv_file(path, report)
    yield from _guard(str(path), report, records)


def _guard(source: str, report: OnSkip, records: Iterator[Article]) -> Iterator[Article]:
    """Turn a reader's fatal problem (and any I/O error) into one skip for the rest of that input."""
    try:
        yield from records
    except _Skip as problem:
        report(problem.skipped)
    except UnicodeDecodeError:
        report(Skipped(source, "not UTF-8 text"))
    except OSError as exc:
        report(Skipped(source, f"cannot read: {exc.strerror or exc}"))


# --- plain text ------------------------------------------------------------


def _read_text_file(path: Path) -> Iterator[Article]:
    source = str(path)
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise _Skip(source, _too_large())
    text = _decode(path.read_bytes(), source)
    yield _text_article(_stem(path), text, source)


def _text_article(doc_id: str, text: str, source: str) -> Article:
    if not text.strip():
        raise _Skip(source, "empty file")
    return Article(doc_id=doc_id, text=text, title=_title_of(text), source=source)


def _title_of(text: str) -> str | None:
    """The first non-empty line, when it is short and followed by a blank line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        followed_by_blank = i + 1 < len(lines) and not lines[i + 1].strip()
        title = line.strip().lstrip("#").strip()
        if followed_by_blank and title and len(title) < TITLE_MAX_CHARS:
            return title
        return None
    return None


def _decode(data: bytes, source: str) -> str:
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # Word and Windows tools save "Unicode text" as UTF-16 with a byte-order mark: text, not binary.
        try:
            return _clean(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise _Skip(source, "not valid UTF-16 text") from None
    if b"\x00" in data:
        raise _Skip(source, "binary file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Skip(source, "not UTF-8 text") from None
    return _clean(text)


def _clean(text: str) -> str:
    """Minimal normalisation: no BOM, ``\\n`` newlines, no zero-width characters (which split names:
    "Vladimir\\u200b Putin" would be two words to the parser). Offsets index the cleaned text."""
    return _ZERO_WIDTH.sub("", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))


def _stem(path: Path) -> str:
    """The file name's stem for ids; bytes that are not UTF-8 (lone surrogates to Python) become U+FFFD."""
    return os.fsencode(path.stem).decode("utf-8", "replace")


def _too_large() -> str:
    return f"article text larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB"


# --- records (JSONL, JSON, CSV) ---------------------------------------------


def _open_records(path: Path) -> IO[bytes]:
    """Open *path* in binary mode after rejecting binary content in its first block.

    Records are decoded by the readers, line by line, so one bad byte costs one
    record (with its line number) rather than the rest of the file.
    """
    with path.open("rb") as raw:
        head = raw.read(_SNIFF_BYTES)
    if b"\x00" in head:
        raise _Skip(str(path), "binary file (NUL bytes)")
    if len(head) < _SNIFF_BYTES and not head.strip():
        raise _Skip(str(path), "empty file")
    return path.open("rb")


def _record_article(record: Any, *, source: str, default_id: str) -> Article:
    """Validate one JSON/CSV record and turn it into an Article; raises _Skip for a bad record."""
    if not isinstance(record, dict):
        raise _Skip(source, f"not a JSON object ({type(record).__name__})")
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        raise _Skip(source, "no text")
    if not isinstance(text, str):
        raise _Skip(source, f"text is not a string ({type(text).__name__})")
    if len(text) > MAX_TEXT_BYTES or len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise _Skip(source, _too_large())
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, type(None))):
        raise _Skip(source, f"id is not a string or integer ({type(raw_id).__name__})")
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    return Article(
        doc_id=doc_id or default_id,
        text=_clean(text),
        title=_optional_str(record.get("title")),
        date=normalise_date(record.get("date")),
        url=_optional_str(record.get("url")),
        source=source,
        meta={k: v for k, v in record.items() if k not in RECORD_FIELDS},
    )


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _read_jsonl_file(path: Path, report: OnSkip) -> Iterator[Article]:
    with _open_records(path) as handle:
        yield from _jsonl_records(handle, str(path), _stem(path), report)


def _jsonl_records(lines: Iterable[str | bytes], name: str, stem: str, report: OnSkip, *,
                   start: int = 1) -> Iterator[Article]:
    for lineno, line in enumerate(lines, start):
        if not line.strip():
            continue
        source = f"{name}:{lineno}"
        if len(line) > 2 * MAX_TEXT_BYTES:
            report(Skipped(source, _too_large()))
            continue
        try:
            record = decode_json(line)
        except InvalidJSON as exc:
            reason = _NOT_UTF8 if exc.not_utf8 else f"invalid JSON: {exc.reason}" if exc.column is None \
                else f"invalid JSON: {exc.reason} (column {exc.column})"
            report(Skipped(source, reason))
            continue
        try:
            yield _record_article(record, source=source, default_id=f"{stem}-{lineno}")
        except _Skip as problem:
            report(problem.skipped)


def _read_json_file(path: Path, report: OnSkip) -> Iterator[Article]:
    name = str(path)
    with _open_records(path) as raw:
        try:
            for number, (lineno, item) in enumerate(json_items(Utf8Reader(raw), max_item_chars=2 * MAX_TEXT_BYTES), 1):
                try:
                    yield _record_article(item, source=f"{name}:{lineno}", default_id=f"{_stem(path)}-{number}")
                except _Skip as problem:
                    report(problem.skipped)
        except JSONStreamError as exc:  # the file ends at its first undecodable item
            raise _Skip(f"{name}:{exc.line}", exc.reason) from None


class _CsvLines:
    """Decoded lines for ``csv.reader``, remembering the first line that was not UTF-8.

    Such a line goes on with replacement characters, so the reader stays in step
    with quoted multi-line fields; the caller then skips exactly the row it ended up in.
    """

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self.line = 0
        self.bad_line: int | None = None

    def __iter__(self) -> Iterator[str]:
        for raw in self._raw:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("utf-8", "replace")
                if self.bad_line is None:
                    self.bad_line = self.line + 1
            if self.line == 0:
                text = text.removeprefix("\ufeff")
            for part in _LONE_CR.split(text) if "\r" in text else (text,):
                if part:
                    self.line += 1
                    yield part


def _csv_rows(raw: IO[bytes], name: str, report: OnSkip) -> Iterator[tuple[int, int, list[str]]]:
    """(data row number, line, cells) for each CSV row, the header first as row 0.

    A data row that is not UTF-8 or not valid CSV is reported and skipped and the
    rest is read; a bad header stops the file (its columns are unknown).
    """
    lines = _CsvLines(raw)
    reader = csv.reader(lines, strict=True)
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problem: str | None = f"malformed CSV row: {exc}"
            line = reader.line_num
        else:
            problem = None if lines.bad_line is None else _NOT_UTF8
            line = lines.bad_line or reader.line_num
        lines.bad_line = None
        if problem is None:
            yield number, line, row
        elif number == 0:
            raise _Skip(f"{name}:{line}", problem)
        else:
            report(Skipped(f"{name}:{line}", problem))
        number += 1


def _read_csv_file(path: Path, report: OnSkip) -> Iterator[Article]:
    name = str(path)
    # Room for a field over the text limit, so it is reported as too large rather than malformed.
    csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_TEXT_BYTES))
    with _open_records(path) as raw:
        rows = _csv_rows(raw, name, report)
        _, _, header = next(rows, (0, 0, []))
        columns = [c.strip().lower() for c in header]
        text_col = next((c for c in TEXT_COLUMNS if c in columns), None)
        if text_col is None:
            raise _Skip(name, f"no {'/'.join(TEXT_COLUMNS)} column in the CSV header")
        for number, line, row in rows:
            source = f"{name}:{line}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                report(Skipped(source, f"malformed CSV: {len(row)} fields, header has {len(columns)}"))
                continue
            record: dict[str, Any] = dict(zip(columns, row))
            record["text"] = record.pop(text_col)
            try:
                yield _record_article(record, source=source, default_id=f"{_stem(path)}-{number}")
            except _Skip as problem:
                report(problem.skipped)


# --- HTML ---------------------------------------------------------------------


def _read_html_file(path: Path) -> Iterator[Article]:
    source = str(path)
    if path.stat().st_size > MAX_HTML_BYTES:
        raise _Skip(source, f"HTML file larger than {MAX_HTML_BYTES // (1024 * 1024)} MB")
    data = path.read_bytes()
    if b"\x00" in data:
        raise _Skip(source, "binary file (NUL bytes)")
    import trafilatura  # imported lazily: slow to load and only needed for HTML

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        raise _Skip(source, f"malformed HTML: {type(exc).__name__}") from None
    text = _clean(getattr(doc, "text", None) or "")
    if not text.strip():
        raise _Skip(source, "no extractable text in HTML")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise _Skip(source, _too_large())
    yield Article(doc_id=_stem(path), text=text, title=_optional_str(doc.title), date=normalise_date(doc.date),
                  url=_optional_str(doc.url), source=source)


# --- stdin ----------------------------------------------------------------------


def _read_stdin(report: OnSkip) -> Iterator[Article]:
    buffer = getattr(sys.stdin, "buffer", None)
    # Decode the bytes ourselves: the locale may not be UTF-8, and wrapping the
    # buffer in a new TextIOWrapper would close stdin when the wrapper is collected.
    lines = iter(sys.stdin) if buffer is None else _utf8_lines(buffer)
    head: list[str] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if not head or not head[-1].strip():
        raise _Skip("stdin", "empty input")
    if head[-1].lstrip().lstrip("\ufeff").startswith("{"):
        yield from _jsonl_records(itertools.chain(head, lines), "stdin", "stdin", report)
        return
    parts, size = list(head), sum(len(h) for h in head)
    for line in lines:
        size += len(line)
        if size > MAX_TEXT_BYTES:
            raise _Skip("stdin", _too_large())
        parts.append(line)
    text = _clean("".join(parts))
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise _Skip("stdin", _too_large())
    if "\x00" in text:
        raise _Skip("stdin", "binary input (NUL bytes)")
    yield _text_article("stdin", text, "stdin")


def _utf8_lines(buffer: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    for raw in buffer:
        yield decoder.decode(raw)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail
