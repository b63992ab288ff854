"""Record files: ``.jsonl`` (one record per line) and ``.json`` (a list of records, or one), decoded one by one.

A JSONL line that is not UTF-8 or not JSON is reported with its line number and reading goes on; in a JSON
file the first undecodable item ends the file (the items before it are kept).
"""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable, Iterator

from ..jsonio import InvalidJSON, JSONStreamError, Utf8Reader, decode_json, json_items
from ..types import Article, Skipped
from .dates import DateFinder
from .validate import (MAX_TEXT_BYTES, NOT_UTF8, SNIFF_BYTES, OnSkip, Skip, record_article, too_large,
                       stem_id, too_large_reason)


def open_records(path: Path) -> IO[bytes]:
    """Open *path* in binary mode after rejecting binary content in its first block.

    Records are decoded by the readers, line by line, so one bad byte costs one
    record (with its line number) rather than the rest of the file.
    """
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
    if b"\x00" in head:
        raise Skip(str(path), "binary file (NUL bytes)")
    if len(head) < SNIFF_BYTES and not head.strip():
        raise Skip(str(path), "empty file")
    return path.open("rb")


def read_jsonl_file(path: Path, report: OnSkip, dates: DateFinder) -> Iterator[Article]:
    with open_records(path) as handle:
        yield from jsonl_records(handle, str(path), stem_id(path), report, dates)


def jsonl_records(lines: Iterable[str | bytes], name: str, stem: str, report: OnSkip,
                  dates: DateFinder) -> Iterator[Article]:
    """Articles from JSONL *lines* (each decoded on its own); a bad line is reported as ``name:line``."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{name}:{lineno}"
        if too_large(len(line) // 2):
            report(Skipped(source, too_large_reason()))
            continue
        try:
            record = decode_json(line)
        except InvalidJSON as exc:
            reason = NOT_UTF8 if exc.not_utf8 else f"invalid JSON: {exc.reason}" if exc.column is None \
                else f"invalid JSON: {exc.reason} (column {exc.column})"
            report(Skipped(source, reason))
            continue
        try:
            yield record_article(record, source=source, default_id=f"{stem}-{lineno}", dates=dates)
        except Skip as problem:
            report(problem.skipped)


def read_json_file(path: Path, report: OnSkip, dates: DateFinder) -> Iterator[Article]:
    name = str(path)
    with open_records(path) as raw:
        try:
            for number, (lineno, item) in enumerate(json_items(Utf8Reader(raw), max_item_chars=2 * MAX_TEXT_BYTES), 1):
                try:
                    yield record_article(item, source=f"{name}:{lineno}", default_id=f"{stem_id(path)}-{number}",
                                         dates=dates)
                except Skip as problem:
                    report(problem.skipped)
        except JSONStreamError as exc:  # the file ends at its first undecodable item
            raise Skip(f"{name}:{exc.line}", exc.reason) from None
