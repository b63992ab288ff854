"""``.txt``/``.md`` files: one article each, ``doc_id`` the file's stem."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..types import Article
from .dates import DateFinder
from .validate import Skip, decode_text, text_article, too_large, too_large_reason, stem_id


def read_text_file(path: Path, dates: DateFinder) -> Iterator[Article]:
    source = str(path)
    if too_large(path.stat().st_size):
        raise Skip(source, too_large_reason())
    yield text_article(stem_id(path), decode_text(path.read_bytes(), source), source, dates)
