"""Standard input (``-``): JSONL records when the first non-blank line starts with ``{``, else one plain-text
article with ``doc_id`` ``"stdin"``.

Input is read as raw lines and JSONL is decoded line by line, so a line that is not UTF-8 or not JSON is
reported as ``stdin:N`` and the other lines are kept (the locale's encoding plays no part). Plain text is
decoded whole, like a ``.txt`` file. :func:`peek_stdin` reads up to the first non-blank line, so a caller
(``graphkit build``) can tell triples from articles before choosing a reader.
"""
from __future__ import annotations

import codecs
import itertools
import sys
from dataclasses import dataclass
from typing import IO, Iterator

from ..types import Article
from .dates import DateFinder
from .records import jsonl_records
from .validate import OnSkip, Skip, decode_text, text_article, too_large, too_large_reason

_BOM = codecs.BOM_UTF8


@dataclass
class Stdin:
    """Standard input as raw lines; *first* is its first non-blank line (``b""`` when there is none)."""

    first: bytes
    lines: Iterator[bytes]  # every line, those read to find *first* included

    @property
    def is_jsonl(self) -> bool:
        return self.first.lstrip().removeprefix(_BOM).lstrip().startswith(b"{")


def peek_stdin(stream: IO[bytes] | None = None) -> Stdin:
    """Read standard input (or *stream*) up to its first non-blank line."""
    lines = iter(stream if stream is not None else _raw_stdin())
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip().removeprefix(_BOM).strip():
            break
    first = head[-1] if head and head[-1].strip().removeprefix(_BOM).strip() else b""
    return Stdin(first, itertools.chain(head, lines))


def _raw_stdin() -> Iterator[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    # The bytes themselves: the locale may not be UTF-8. (A new TextIOWrapper over the buffer would also
    # close stdin when it is collected.)
    return iter(buffer) if buffer is not None else (line.encode("utf-8", "surrogateescape") for line in sys.stdin)


def read_stdin(stdin: Stdin, report: OnSkip) -> Iterator[Article]:
    """The articles on *stdin*: JSONL records, or one plain-text article."""
    if not stdin.first:
        raise Skip("stdin", "empty input")
    dates = DateFinder(None, report)
    if stdin.is_jsonl:
        yield from jsonl_records(stdin.lines, "stdin", "stdin", report, dates)
        return
    parts, size = [], 0
    for line in stdin.lines:
        size += len(line)
        if too_large(size):
            raise Skip("stdin", too_large_reason())
        parts.append(line)
    data = b"".join(parts)
    if b"\x00" in data and data[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise Skip("stdin", "binary input (NUL bytes)")
    yield text_article("stdin", decode_text(data, "stdin"), "stdin", dates)
