"""Files and folders: which reader a file goes to, folders walked in a stable order, a reader's fatal problem
turned into one skip for the rest of that input."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from ..types import Article, Skipped
from .dates import DateFinder
from .html import read_html_file
from .records import read_json_file, read_jsonl_file
from .stdin import Stdin, peek_stdin, read_stdin
from .table import read_csv_file
from .text import read_text_file
from .validate import OnSkip, Skip

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".json", ".csv"}


def read_path(path: str, report: OnSkip, stdin: Stdin | None = None) -> Iterator[Article]:
    """The articles of one input: a file, a folder, or ``-`` (*stdin* when it was peeked at already)."""
    if path == "-":
        yield from guard("stdin", report, _stdin_articles(stdin, report))
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


def _stdin_articles(stdin: Stdin | None, report: OnSkip) -> Iterator[Article]:
    yield from read_stdin(stdin if stdin is not None else peek_stdin(), report)


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
    dates = DateFinder(str(path), report)
    if suffix in TEXT_SUFFIXES:
        records = read_text_file(path, dates)
    elif suffix in HTML_SUFFIXES:
        records = read_html_file(path, dates)
    elif suffix == ".jsonl":
        records = read_jsonl_file(path, report, dates)
    elif suffix == ".json":
        records = read_json_file(path, report, dates)
    else:
        records = read_csv_file(path, report, dates)
    yield from guard(str(path), report, records)


def guard(source: str, report: OnSkip, records: Iterator[Article]) -> Iterator[Article]:
    """Turn a reader's fatal problem (and any I/O error) into one skip for the rest of that input."""
    try:
        yield from records
    except Skip as problem:
        report(problem.skipped)
    except UnicodeDecodeError:
        report(Skipped(source, "not UTF-8 text"))
    except OSError as exc:
        report(Skipped(source, f"cannot read: {exc.strerror or exc}"))
