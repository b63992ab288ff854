"""Articles in, triples out: the streaming extraction stage.

Articles stream through ``nlp.pipe`` as ``(text, context)`` tuples and their
triples come out in input order, with one process or several, so memory stays
flat whatever the corpus size. Two things keep it flat on long runs too:
groups of articles are parsed inside a spaCy memory zone (without one, every
new word, name or number stays in the vocabulary for good), and very long
articles are parsed in paragraph-aligned chunks (the parser needs about 1 GB
per 100,000 characters) whose evidence offsets still index the whole article.

With ``workers > 1`` each worker process loads the pipeline once and runs
parsing *and* extraction on batches of articles, in memory zones like the
single process; only the triples travel back. spaCy's own
``nlp.pipe(n_process=N)`` is as fast today, but its workers live for the whole
call outside any zone (their vocabulary grows with the corpus), it ships every
Doc (about 100 KB with its tensor) back to one process that runs all the
extraction serially, and it forks a parent that may run threads (the progress
bar).
"""
from __future__ import annotations

import collections
import concurrent.futures
import dataclasses
import itertools
import multiprocessing
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from .datelines import blank_dateline
from .errors import GraphkitError
from .gazetteer import Entry, use_actors, user_actors
from .language import in_model_language
from .nlp import load_nlp, resolve_model
from .relmodel.settings import RelationSettings, TriplesOf
from .types import Article, Skipped, Triple

MAX_CHUNK_CHARS = 100_000
MAX_BATCH_CHARS = MAX_CHUNK_CHARS  # characters parsed together: bounds memory whatever the article's length
# Articles parsed per memory zone: the zone's strings are freed when it closes.
ZONE_ARTICLES = 64
# Batches queued per worker: enough to keep each one busy, few enough to bound memory.
BATCHES_PER_WORKER = 2

ArticleTriples = tuple[Article, list[Triple]]


def model_name(model: str | None = None) -> str:
    """The spaCy model package :func:`extract` will use."""
    return resolve_model(model)


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[str, int]]:
    """``(piece, offset)`` pairs covering *text*, split at paragraph, then line, then space boundaries."""
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        # the strongest boundary in the second half of the window: paragraph, line, sentence, word
        found = (window.rfind(sep) for sep in ("\n\n", "\n", ". ", " "))
        cut = next((i + 1 for i in found if i > limit // 2), limit)
        yield text[start:start + cut], start
        start += cut
    if start < len(text) or not text:  # an empty article is one empty piece, so it is still reported
        yield text[start:], start


def extract(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    on_article: Callable[[Article, int], None] | None = None,
    relations: RelationSettings = RelationSettings(),
    on_skip: Callable[[Skipped], None] | None = None,
    check_language: bool = True,
) -> Iterator[Triple]:
    """Parse *articles* and yield their triples, in input order (the same for any *workers*).

    *relations* says whether rules, the relation model or both find the relations (both by default;
    :func:`graphkit.relmodel.settings.relation_settings` makes the run's choice).
    *batch_size* articles go to spaCy (or to a worker process) at a time.
    *on_article* is called once per parsed article, after its last triple, with the
    number of triples it gave (for progress bars and summaries).
    An article in another language than the model's is not parsed (:mod:`graphkit.language`):
    *on_skip* hears about each one; ``check_language=False`` parses every article.
    """
    articles = in_model_language(articles, model, on_skip, check_language)
    if workers > 1:
        results = _in_workers(articles, resolve_model(model), workers, batch_size, relations)
    else:
        results = article_triples(articles, model=model, batch_size=batch_size, relations=relations)
    for article, triples in results:
        yield from triples
        if on_article is not None:
            on_article(article, len(triples))


def article_triples(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16,
                    relations: RelationSettings = RelationSettings()) -> Iterator[ArticleTriples]:
    """Each article with its triples, parsed in this process: the unit of work of every executor."""
    nlp = load_nlp(model)
    triples_of = relations.triples_of()
    stream = iter(articles)
    while group := list(itertools.islice(stream, max(ZONE_ARTICLES, batch_size))):
        # A group is finished inside its zone before anything is yielded: no Doc outlives its zone,
        # however callers interleave extractions (zones must not nest). Triples are plain Python objects.
        with nlp.memory_zone():
            done = list(_parse(nlp, group, batch_size, triples_of))
        yield from done


def _parse(nlp: Language, articles: list[Article], batch_size: int, triples_of: TriplesOf) -> Iterator[ArticleTriples]:
    def pieces() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        for article in articles:
            parts = list(chunks(article.text, MAX_CHUNK_CHARS))
            for k, (text, offset) in enumerate(parts):
                yield (blank_dateline(text) if offset == 0 else text), (article, offset, k == len(parts) - 1)

    found: list[Triple] = []
    for group in _batches(pieces(), batch_size):
        for doc, (article, offset, last) in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
            found.extend(dataclasses.replace(t, start=t.start + offset, end=t.end + offset) if offset else t
                         for t in triples_of(doc, article))
            if last:
                yield article, found
                found = []


def _batches(pieces: Iterable[tuple[str, object]], size: int) -> Iterator[list[tuple[str, object]]]:
    """Groups of at most *size* pieces and :data:`MAX_BATCH_CHARS` characters (a longer piece alone).

    The parser's memory grows with the characters of a batch, not the number of texts: the chunks of
    one long article must not all go into one batch.
    """
    group: list[tuple[str, object]] = []
    chars = 0
    for piece in pieces:
        if group and (len(group) == size or chars + len(piece[0]) > MAX_BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(piece)
        chars += len(piece[0])
    if group:
        yield group


def _in_workers(articles: Iterable[Article], model: str, workers: int, batch_size: int,
                relations: RelationSettings) -> Iterator[ArticleTriples]:
    """:func:`article_triples` on batches in *workers* processes, results in submission order."""
    stream = iter(articles)
    batches = iter(lambda: list(itertools.islice(stream, batch_size)), [])
    # spawn, not fork: the parent may run threads (the progress bar), and forking those is unsafe.
    context = multiprocessing.get_context("spawn")
    pending: collections.deque[tuple[list[Article], concurrent.futures.Future]] = collections.deque()
    try:
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                                    initargs=(model, user_actors())) as pool:
            try:
                for batch in itertools.chain(batches, [None]):
                    if batch is not None:
                        pending.append((batch, pool.submit(_batch_triples, batch, model, batch_size, relations)))
                    while pending and (batch is None or len(pending) >= workers * BATCHES_PER_WORKER):
                        done, future = pending.popleft()
                        yield from zip(done, future.result())
            finally:
                pool.shutdown(cancel_futures=True)  # the consumer stopped early, or a batch failed
    except concurrent.futures.process.BrokenProcessPool as exc:
        raise GraphkitError(f"a worker process died ({exc}); try fewer --workers or a smaller --batch-size") from None


def _start_worker(model: str, actors: tuple[Entry, ...]) -> None:
    """A worker process starts with this process's gazetteer (an analyst's actors too) and pipeline loaded."""
    use_actors(actors)
    load_nlp(model)


def _batch_triples(articles: list[Article], model: str, batch_size: int,
                   relations: RelationSettings) -> list[list[Triple]]:
    """Worker task: the triples of each article of one batch (in a process whose pipeline is loaded)."""
    return [triples for _, triples in article_triples(articles, model=model, batch_size=batch_size,
                                                      relations=relations)]
