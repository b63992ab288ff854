"""Articles in, triples out: the streaming extraction stage.

Articles flow through ``nlp.pipe`` as ``(text, context)`` tuples, so memory
stays flat whatever the corpus size and the order of the output follows the
order of the input, with one process or several. Very long articles are
parsed in paragraph-aligned chunks (the parser needs about 1 GB per 100,000
characters); evidence offsets still index the whole article.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Iterator

from .rules import doc_triples
from .nlp import load_nlp, resolve_model
from .types import Article, Triple

MAX_CHUNK_CHARS = 100_000


def model_name(model: str | None = None) -> str:
    """The spaCy model package :func:`extract` will use."""
    return resolve_model(model)


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[str, int]]:
    """``(piece, offset)`` pairs covering *text*, split at paragraph, then line, then space boundaries."""
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        cut = cut + 1 if cut > limit // 2 else limit
        yield text[start:start + cut], start
        start += cut
    if start < len(text):
        yield text[start:], start


def extract(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    on_article: Callable[[Article, int], None] | None = None,
) -> Iterator[Triple]:
    """Parse *articles* and yield their triples, in input order.

    *on_article* is called once per article, after its last triple, with the
    number of triples it gave (for progress bars and summaries).
    """
    nlp = load_nlp(model)

    def pieces() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        for article in articles:
            parts = list(chunks(article.text))
            for k, (text, offset) in enumerate(parts):
                yield text, (article, offset, k == len(parts) - 1)

    count = 0
    n_process = max(1, workers)
    for doc, (article, offset, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        for triple in doc_triples(doc, article):
            count += 1
            yield dataclasses.replace(triple, start=triple.start + offset, end=triple.end + offset) if offset else triple
        if last:
            if on_article is not None:
                on_article(article, count)
            count = 0
