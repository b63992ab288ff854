"""``.html``/``.htm`` files: main text and metadata via trafilatura, which decodes by the page's declared charset."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..types import Article
from .dates import DateFinder
from .validate import MAX_HTML_BYTES, Skip, check_text_size, clean, optional_str, stem_id

# Dates from the page's metadata only (meta tags, structured data, the URL): htmldate's extensive search reads
# dates out of free text too, where the story's own dateline rules (graphkit.sources.dates) apply instead.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html_file(path: Path, dates: DateFinder) -> Iterator[Article]:
    source = str(path)
    if path.stat().st_size > MAX_HTML_BYTES:
        raise Skip(source, f"HTML file larger than {MAX_HTML_BYTES // (1024 * 1024)} MB")
    data = path.read_bytes()
    if b"\x00" in data:
        raise Skip(source, "binary file (NUL bytes)")
    import trafilatura  # imported lazily: slow to load and only needed for HTML

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        raise Skip(source, f"malformed HTML: {type(exc).__name__}") from None
    text = clean(getattr(doc, "text", None) or "")
    if not text.strip():
        raise Skip(source, "no extractable text in HTML")
    check_text_size(text, source)
    yield Article(
        doc_id=stem_id(path),
        text=text,
        title=optional_str(doc.title),
        date=dates.find(doc.date, text, source=source),
        url=optional_str(doc.url),
        source=source,
        publication=optional_str(getattr(doc, "sitename", None)),
    )
