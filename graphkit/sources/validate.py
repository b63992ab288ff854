"""What every reader shares: size limits, decoding and cleaning of text, one record turned into an Article."""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import Any, Callable

from ..types import Article, Skipped
from .dates import DateFinder

MAX_TEXT_BYTES = 5 * 1024 * 1024
# Markup typically outweighs the text it carries several times over.
MAX_HTML_BYTES = 4 * MAX_TEXT_BYTES
TITLE_MAX_CHARS = 200
TEXT_COLUMNS = ("text", "body", "content")
# Record fields with a place in Article; every other field is kept in Article.meta.
RECORD_FIELDS = ("id", "text", "title", "date", "url", "source")
SNIFF_BYTES = 8192
NOT_UTF8 = "not UTF-8"
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")  # invisible; joiners (ZWJ, ZWNJ) carry meaning in some scripts

OnSkip = Callable[[Skipped], None]


class Skip(Exception):
    """This input (or the rest of this file) cannot be used."""

    def __init__(self, source: str, reason: str):
        super().__init__(reason)
        self.skipped = Skipped(source, reason)


def too_large(nbytes: int) -> bool:
    """More than :data:`MAX_TEXT_BYTES` (read at call time, so tests can lower it)."""
    return nbytes > MAX_TEXT_BYTES


def too_large_reason() -> str:
    return f"article text larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB"


def check_text_size(text: str, source: str) -> None:
    if len(text) > MAX_TEXT_BYTES or too_large(len(text.encode("utf-8"))):
        raise Skip(source, too_large_reason())


def decode_text(data: bytes, source: str) -> str:
    """A whole text file's bytes as cleaned text: UTF-8 (BOM allowed) or UTF-16 with a BOM, else :class:`Skip`."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # Word and Windows tools save "Unicode text" as UTF-16 with a byte-order mark: text, not binary.
        try:
            return clean(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise Skip(source, "not valid UTF-16 text") from None
    if b"\x00" in data:
        raise Skip(source, "binary file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Skip(source, "not UTF-8 text") from None
    return clean(text)


def clean(text: str) -> str:
    """Minimal normalisation: no BOM, ``\\n`` newlines, no zero-width characters (which split names:
    "Vladimir\\u200b Putin" would be two words to the parser). Offsets index the cleaned text."""
    return _ZERO_WIDTH.sub("", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))


def title_of(text: str) -> str | None:
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


def stem_id(path: Path) -> str:
    """The file name's stem, for ids; bytes that are not UTF-8 (lone surrogates to Python) become U+FFFD."""
    return os.fsencode(path.stem).decode("utf-8", "replace")


def optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def text_article(doc_id: str, text: str, source: str, dates: DateFinder) -> Article:
    """A plain-text article (file or stdin): title from its first line, date from its text or name."""
    if not text.strip():
        raise Skip(source, "empty file")
    return Article(doc_id=doc_id, text=text, title=title_of(text), source=source,
                   date=dates.find(None, text, source=source))


def record_article(record: Any, *, source: str, default_id: str, dates: DateFinder) -> Article:
    """Validate one JSON/CSV record and turn it into an Article; raises :class:`Skip` for a bad record."""
    if not isinstance(record, dict):
        raise Skip(source, f"not a JSON object ({type(record).__name__})")
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        raise Skip(source, "no text")
    if not isinstance(text, str):
        raise Skip(source, f"text is not a string ({type(text).__name__})")
    check_text_size(text, source)
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, type(None))):
        raise Skip(source, f"id is not a string or integer ({type(raw_id).__name__})")
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    text = clean(text)
    return Article(
        doc_id=doc_id or default_id,
        text=text,
        title=optional_str(record.get("title")),
        date=dates.find(record.get("date"), text, source=source),
        url=optional_str(record.get("url")),
        source=source,
        publication=optional_str(record.get("source")),
        meta={k: v for k, v in record.items() if k not in RECORD_FIELDS},
    )
