"""`graphkit extract`: articles in, triples JSONL out."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Iterator, Optional

import typer

from ..errors import GraphkitError, install_hint
from ..sources import read_articles
from ..triples_io import write_triples
from ..types import Triple
from .app import (ActorsOpt, ExtractorOpt, ModelPrecisionOpt, QuietOpt, RelationModelOpt, add_actors, app,
                  check_output_path, fail, relation_choice)
from .progress import RunStats, tracked

if TYPE_CHECKING:
    from ..distributed import ShardResult
    from ..relmodel.settings import RelationSettings


class Executor(str, Enum):
    local = "local"
    dask = "dask"


class NothingRead(Exception):
    """Raised at the end of the stream when no article was read, so the output file is left as it was."""


def counted(triples: Iterator[Triple], stats: RunStats, min_confidence: float) -> Iterator[Triple]:
    for triple in triples:
        if triple.confidence < min_confidence:
            continue
        stats.triples += 1
        stats.actors.update((triple.subject_id, triple.object_id))
        yield triple
    if stats.articles == 0:
        raise NothingRead


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (.txt .md .html .jsonl .json .csv), or - for stdin.", metavar="PATHS...")],
    out: Annotated[str, typer.Option("--out", "-o", help="Triples JSONL file, or - for stdout; with --executor dask "
                                     "a directory of part-NNNNN.jsonl shards.")] = "-",
    model: Annotated[Optional[str], typer.Option(help="spaCy model package (default: best installed en_core_web_*).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (parse and extract; also the size of "
                                         "the local dask cluster).")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 16,
    executor: Annotated[Executor, typer.Option(help="local processes, or a dask.distributed cluster.")] = Executor.local,
    scheduler: Annotated[Optional[str], typer.Option(help="dask scheduler address (tcp://host:8786); "
                                                     "without it --executor dask starts a local cluster.")] = None,
    partition_size: Annotated[int, typer.Option(min=1, help="Articles per dask task and shard.")] = 256,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Drop triples below this confidence.")] = 0.0,
    extractor: ExtractorOpt = None,
    relation_model: RelationModelOpt = None,
    model_precision: ModelPrecisionOpt = None,
    actors: ActorsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract actor triples with evidence from articles (one JSON object per line)."""
    if scheduler is not None and executor is not Executor.dask:
        fail("--scheduler needs --executor dask", 2)
    if executor is Executor.dask and out == "-":
        fail("--executor dask writes part-NNNNN.jsonl shards: give --out DIR (shared by every worker)", 2)
    check_output_path(out, directory=executor is Executor.dask)
    relations = relation_choice(extractor, relation_model, model_precision)
    add_actors(actors, quiet=quiet)
    if executor is Executor.dask:
        _extract_dask(paths, out, model=model, workers=workers, batch_size=batch_size, scheduler=scheduler,
                      partition_size=partition_size, min_confidence=min_confidence, quiet=quiet,
                      relations=relations)
        return
    from ..pipeline import extract  # imports spaCy: only commands that parse pay for it

    try:
        with tracked(quiet) as stats:
            articles = read_articles(paths, on_skip=stats.on_skip)
            triples = extract(articles, model=model, workers=workers, batch_size=batch_size, on_article=stats.on_article,
                              relations=relations, on_skip=stats.on_skip)
            write_triples(counted(triples, stats, min_confidence), out)
    except NothingRead:
        fail(f"no article could be read ({stats.skipped} skipped); nothing written")
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}")
    stats.print_summary(f"{stats.summary()} -> {'stdout' if out == '-' else Path(out)}")


def _extract_dask(paths: list[str], out: str, *, model: Optional[str], workers: int, batch_size: int,
                  scheduler: Optional[str], partition_size: int, min_confidence: float, quiet: bool,
                  relations: "RelationSettings") -> None:
    """``extract --executor dask``: shards written by the cluster's workers into the --out directory."""
    try:
        from ..distributed import extract_to_shards  # imports dask, which plain runs never need
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in ("dask", "distributed"):
            raise
        fail(f"--executor dask needs dask.distributed, which is not installed: {install_hint('distributed')}")

    def on_shard(shard: ShardResult) -> None:
        stats.on_articles(shard.articles, shard.path)
        stats.triples += shard.triples
        stats.actors.update(shard.actors)

    try:
        with tracked(quiet) as stats:
            shards = extract_to_shards(read_articles(paths, on_skip=stats.on_skip), out, model=model,
                                       scheduler=scheduler, workers=workers, partition_size=partition_size,
                                       batch_size=batch_size, min_confidence=min_confidence, on_shard=on_shard,
                                       relations=relations, on_skip=stats.on_skip)
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {exc.filename or out}: {exc.strerror or exc}")
    if not shards:
        fail(f"no article could be read ({stats.skipped} skipped); nothing written")
    stats.print_summary(f"{stats.summary()} -> {Path(out)}/ ({len(shards)} shards)")
