"""Extraction on a dask.distributed cluster: articles partitioned across workers, triples in JSONL shards.

The client reads and validates the articles (:mod:`graphkit.sources`) and
streams them to the cluster in partitions of ``partition_size`` articles,
keeping only a few partitions per worker thread in flight, so client memory
does not grow with the corpus. Each worker loads the spaCy pipeline once (a
worker plugin warms the per-process cache of :func:`graphkit.nlp.load_nlp`),
runs :func:`graphkit.pipeline.article_triples` on its partition and writes
``part-NNNNN.jsonl`` itself: shard *N* holds partition *N*, in input order, so
concatenating the shards in name order gives exactly the single-process output.

The output directory must be visible to every worker under the same absolute
path (a shared filesystem). Shards are written into a hidden staging folder
inside it and moved into place only when every partition succeeded, replacing
the shards of any earlier run; a failed run leaves the directory as it was.

This is the only module that imports dask.
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from .errors import GraphkitError
from .gazetteer import Entry, use_actors, user_actors
from .language import in_model_language
from .nlp import load_nlp, resolve_model
from .pipeline import article_triples
from .relmodel.settings import RelationSettings
from .triples_io import shard_files, shard_name, write_triples
from .types import Article, Skipped

# Partitions queued per worker thread: enough to hide scheduling latency, few enough to bound memory.
PARTITIONS_PER_THREAD = 2
CONNECT_TIMEOUT = "10s"
# A memory zone (see graphkit.pipeline) must not be shared by two threads: one partition at a time per process.
_pipeline_lock = threading.Lock()


@dataclass(frozen=True)
class ShardResult:
    """What one partition gave: its shard file (final name) and counts for the summary."""

    index: int
    path: str
    articles: int
    triples: int
    actors: tuple[str, ...]


def extract_to_shards(
    articles: Iterable[Article],
    out_dir: str | os.PathLike,
    *,
    model: str | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 256,
    batch_size: int = 16,
    min_confidence: float = 0.0,
    on_shard: Callable[[ShardResult], None] | None = None,
    relations: RelationSettings = RelationSettings(),
    on_skip: Callable[[Skipped], None] | None = None,
    check_language: bool = True,
) -> list[ShardResult]:
    """Extract *articles* on a dask cluster into ``out_dir/part-NNNNN.jsonl``; return the shards in order.

    *scheduler* is a dask scheduler address (``tcp://host:8786``); without one a
    ``LocalCluster`` of *workers* single-threaded processes is started for the
    run. *on_shard* is called as each partition finishes (in completion order).
    Articles in another language than the model's are left out and reported to *on_skip*, as
    :func:`graphkit.pipeline.extract` does (``check_language=False`` keeps them).
    """
    model = resolve_model(model)  # a missing model fails here, before any cluster starts
    out = Path(out_dir).resolve()
    if out.exists() and not out.is_dir():
        raise GraphkitError(f"{out_dir} is a file; with --executor dask, --out names a directory of shards")
    with contextlib.ExitStack() as stack:  # closed in reverse: staging folder, client, local cluster
        cluster = None
        if scheduler is None:
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       dashboard_address=None, silence_logs=logging.ERROR))
        try:
            client = stack.enter_context(Client(cluster or scheduler, timeout=CONNECT_TIMEOUT))
        except OSError as exc:
            raise GraphkitError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
        except (ValueError, TypeError):  # dask's answer to an address it cannot parse
            raise GraphkitError(f"not a dask scheduler address: {scheduler!r} (expected tcp://host:8786)") from None
        actors = user_actors()
        client.register_plugin(PipelineLoader(model, actors), name=f"graphkit-pipeline-{model}-{hash(actors):x}")
        out.mkdir(parents=True, exist_ok=True)
        staging = out / f".incoming-{uuid.uuid4().hex[:12]}"
        staging.mkdir()
        stack.callback(shutil.rmtree, staging, ignore_errors=True)
        articles = in_model_language(articles, model, on_skip, check_language)
        results = sorted(_run(client, articles, staging, model, partition_size, batch_size, min_confidence,
                              on_shard, relations), key=lambda r: r.index)
        if results:  # nothing read: an earlier run's shards stay
            _publish(staging, out, len(results))
        return results


class PipelineLoader(WorkerPlugin):
    """Worker plugin: load the spaCy pipeline when a worker starts (and on workers that join later)."""

    idempotent = True

    def __init__(self, model: str, actors: tuple[Entry, ...] = ()):
        self.model = model
        self.actors = actors

    def setup(self, worker: object) -> None:
        use_actors(self.actors)
        load_nlp(self.model)


def _run(client: Client, articles: Iterable[Article], staging: Path, model: str, partition_size: int, batch_size: int,
         min_confidence: float, on_shard: Callable[[ShardResult], None] | None,
         relations: RelationSettings) -> Iterator[ShardResult]:
    """Submit partitions as earlier ones finish; yield each partition's result when it is done."""
    window = max(1, sum(client.nthreads().values())) * PARTITIONS_PER_THREAD
    partitions = enumerate(_partitions(articles, partition_size))
    running = as_completed()
    for index, part in partitions:
        running.add(client.submit(extract_partition, index, part, str(staging), model, batch_size,
                                  min_confidence, relations, user_actors(), pure=False,
                                  key=f"graphkit-part-{staging.name}-{index}"))
        if running.count() >= window:
            break
    for future in running:
        try:
            result = future.result()
        except GraphkitError:
            raise
        except Exception as exc:  # a worker-side failure arrives as the original exception
            raise GraphkitError(f"a dask task failed: {type(exc).__name__}: {exc}") from None
        future.release()
        if on_shard is not None:
            on_shard(result)
        yield result
        nxt = next(partitions, None)
        if nxt is not None:
            running.add(client.submit(extract_partition, nxt[0], nxt[1], str(staging), model, batch_size,
                                      min_confidence, relations, user_actors(), pure=False,
                                      key=f"graphkit-part-{staging.name}-{nxt[0]}"))


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    part: list[Article] = []
    for article in articles:
        part.append(article)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def extract_partition(index: int, articles: list[Article], staging: str, model: str, batch_size: int,
                      min_confidence: float, relations: RelationSettings = RelationSettings(),
                      user_entries: tuple[Entry, ...] = ()) -> ShardResult:
    """Dask task: extract one partition and write its shard into *staging* (runs on a worker, with the
    submitting process's own actors, *user_entries*: a shared cluster may serve runs with different ones)."""
    counts = {"triples": 0}
    actors: set[str] = set()

    def kept() -> Iterator:
        for _, triples in article_triples(articles, model=model, batch_size=batch_size, relations=relations):
            for triple in triples:
                if triple.confidence >= min_confidence:
                    counts["triples"] += 1
                    actors.update((triple.subject_id, triple.object_id))
                    yield triple

    with _pipeline_lock:  # the gazetteer is per process: set and used by one partition at a time
        use_actors(user_entries)
        write_triples(kept(), Path(staging) / shard_name(index))
    return ShardResult(index, shard_name(index), len(articles), counts["triples"], tuple(sorted(actors)))


def _publish(staging: Path, out: Path, count: int) -> None:
    """Replace the shards in *out* with the *count* staged ones."""
    missing = [shard_name(i) for i in range(count) if not (staging / shard_name(i)).is_file()]
    if missing:
        raise GraphkitError(f"workers did not write {missing[0]} into {staging} "
                            "(is --out on a filesystem every worker shares?)")
    for i in range(count):  # move the new shards in first, so a failure never leaves DIR empty
        os.replace(staging / shard_name(i), out / shard_name(i))
    current = {shard_name(i) for i in range(count)}
    for old in shard_files(out):
        if old.name not in current:
            old.unlink()
