"""Read articles from files, directories and stdin: the one place untrusted input is validated.

:func:`read_articles` streams :class:`~graphkit.types.Article` records and never
raises mid-stream: every unusable input is reported to ``on_skip`` as a
:class:`~graphkit.types.Skipped` (``source`` is ``file`` or ``file:line``, the
reason one line) and the stream goes on. A problem with only part of a kept
article (an unreadable date) is reported the same way, with ``part`` set.

Formats (chosen by extension, case-insensitive), one module each:

- ``.txt``/``.md`` (:mod:`.text`): one article; ``doc_id`` = file stem; ``title`` = the first
  non-empty line when it is short and followed by a blank line (a Markdown
  heading's ``#`` marks are dropped). The text is kept whole, title included.
- ``.jsonl``/``.json`` (:mod:`.records`): one record per line; a list of records or one record,
  decoded item by item. Record fields ``id``, ``text``, ``title``, ``date``,
  ``url``, ``source`` (the publication); every other field is kept in ``Article.meta``. A missing id
  becomes ``<stem>-<n>``: n is the line number in JSONL, the 1-based item number in JSON.
- ``.csv`` (:mod:`.table`): a header row with a ``text``, ``body`` or ``content`` column
  (case-insensitive); optional ``id``/``title``/``date``/``url``/``source`` columns, the
  rest go to ``meta``. A missing id becomes ``<stem>-<n>``, n the data row number.
- ``.html``/``.htm`` (:mod:`.html`): main text, title, date, site name and canonical URL via
  trafilatura, which decodes the bytes by the page's declared charset.
- directories (:mod:`.files`): searched recursively in sorted order; hidden files and
  directories are ignored, other unsupported extensions are reported.
- ``-`` (:mod:`.stdin`): standard input, JSONL when the first non-blank character is ``{``,
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
- Article texts larger than ``MAX_TEXT_BYTES`` (UTF-8) are skipped, as are
  HTML files larger than ``MAX_HTML_BYTES`` (:mod:`.validate`).
- Dates (:mod:`.dates`): the record's or page's date, else a date line or dateline at the top of the
  text, else a date in the file's name; ISO ``YYYY-MM-DD``, or ``None`` when none is clearly a date.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from ..types import Article, Skipped
from .dates import normalise_date
from .files import SUPPORTED_SUFFIXES, read_path
from .stdin import Stdin, peek_stdin
from .validate import MAX_HTML_BYTES, MAX_TEXT_BYTES, OnSkip

__all__ = ["read_articles", "normalise_date", "peek_stdin", "Stdin", "OnSkip", "SUPPORTED_SUFFIXES",
           "MAX_TEXT_BYTES", "MAX_HTML_BYTES"]


def read_articles(paths: Iterable[str], *, on_skip: OnSkip | None = None,
                  stdin: Stdin | None = None) -> Iterator[Article]:
    """Yield the articles found in *paths* (files, directories or ``"-"`` for stdin).

    Problems never raise: each is passed to *on_skip* (or dropped when it is
    ``None``) and reading continues with the next record or file. *stdin* is standard
    input already peeked at with :func:`peek_stdin` (by a caller that had to know what it holds).

    >>> for article in read_articles(["news/"], on_skip=print):  # doctest: +SKIP
    ...     print(article.doc_id, article.title)
    """
    report: OnSkip = on_skip or (lambda _skipped: None)
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of characters
        paths = [str(paths)]
    seen: dict[str, str] = {}
    for path in paths:
        for article in read_path(str(path), report, stdin):
            first = seen.get(article.doc_id)
            if first is not None:
                report(Skipped(article.source or path, f"duplicate id {article.doc_id!r} (first in {first})"))
                continue
            seen[article.doc_id] = article.source or path
            yield article
