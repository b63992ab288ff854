"""`graphkit extract`: articles in, triples JSONL out."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from ..errors import GraphkitError
from ..pipeline import extract
from ..sources import read_articles
from ..triples_io import write_triples
from ..types import Triple
from .app import app, err, fail
from .progress import RunStats, tracked


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
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (.txt .md .html .jsonl .json .csv), or - for stdin.")],
    out: Annotated[str, typer.Option("--out", "-o", help="Triples JSONL file, or - for stdout.")] = "-",
    model: Annotated[Optional[str], typer.Option(help="spaCy model package (default: best installed en_core_web_*).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Parser processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 16,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Drop triples below this confidence.")] = 0.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract actor triples with evidence from articles (one JSON object per line)."""
    try:
        with tracked(quiet) as stats:
            articles = read_articles(paths, on_skip=stats.on_skip)
            triples = extract(articles, model=model, workers=workers, batch_size=batch_size, on_article=stats.on_article)
            write_triples(counted(triples, stats, min_confidence), out)
    except NothingRead:
        fail(f"no article could be read ({stats.skipped} skipped); nothing written")
    except GraphkitError as exc:
        fail(str(exc))
    if not quiet:
        target = "stdout" if out == "-" else str(Path(out))
        err.print(f"{stats.summary()} -> {target}", highlight=False)
