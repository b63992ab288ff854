"""`graphkit build` (articles or triples in, merged graph out) and `graphkit export`."""
from __future__ import annotations

import itertools
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterable, Iterator, Optional

import networkx as nx
import typer

from ..errors import GraphkitError
from ..export import FORMATS, export_graph
from ..graph import load_graph, merge, needs_update, new_graph, save_graph
from ..sources import read_articles
from ..triples_io import is_triples_file, read_triples, shard_files
from ..types import Article, Triple
from .app import app, check_output_path, err, fail
from .progress import RunStats, tracked


ExportFormat = Enum("ExportFormat", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


@app.command("build")
def build_command(
    paths: Annotated[list[str], typer.Argument(
        help="Article files or directories (.txt .md .html .jsonl .json .csv; '-' for stdin) "
             "and/or triples .jsonl files or part-NNNNN.jsonl shard directories from 'graphkit extract'.",
        metavar="PATHS...")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Graph file to write (node-link JSON).")]
    = Path("graph.json"),
    graph: Annotated[Optional[Path], typer.Option(
        "--graph", "-g", help="Existing graph to update; unchanged articles are skipped. May equal --out.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model package for article inputs.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (parse and extract).")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")] = False,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Leave out triples less confident than this (applies to newly merged articles).")]
    = 0.0,
) -> None:
    """Build or update the actor graph from articles or triples JSONL."""
    check_output_path(out_path)
    try:
        with tracked(quiet) as stats:
            G = load_graph(graph) if graph is not None else new_graph()
            known = {doc: meta.get("hash") for doc, meta in G.graph["articles"].items()}
            triple_files, article_paths = _split_inputs(paths)
            file_triples = [t for p in triple_files for t in read_triples(p, on_skip=stats.on_skip)]
            new_triples, articles = _extract_new(G, article_paths, stats, model=model, workers=workers,
                                                 batch_size=batch_size)
            merge(G, [t for t in file_triples + new_triples if t.confidence >= min_confidence], articles=articles)
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot read {exc.filename or 'input'}: {exc.strerror}")

    # A triples-file article is unchanged when its hash was in the graph before this merge.
    file_docs = {t.doc_id for t in file_triples}
    same = {d for d in file_docs if d in known and known[d] == G.graph["articles"].get(d, {}).get("hash")}
    stats.articles += len(file_docs)
    stats.unchanged += len(same)
    stats.triples = len(new_triples) + sum(1 for t in file_triples if t.doc_id not in same)
    if stats.articles == 0:
        fail(f"nothing to build: no article or triple could be read ({stats.skipped} skipped); nothing written")
    try:
        save_graph(G, out_path)
    except OSError as exc:
        fail(f"cannot write {out_path}: {exc.strerror}")
    if not quiet:
        err.print(f"articles read {stats.articles}, skipped {stats.skipped}, unchanged {stats.unchanged}; "
                  f"triples {stats.triples}; actors {G.number_of_nodes()}; relations {G.number_of_edges()} "
                  f"-> {out_path}", markup=False, highlight=False)


def _split_inputs(paths: list[str]) -> tuple[list[str], list[str]]:
    """(triples files, article inputs): a directory of part-NNNNN.jsonl shards stands for its shards."""
    triple_files: list[str] = []
    article_paths: list[str] = []
    for p in paths:
        shards = shard_files(p) if p != "-" else []
        if shards:
            triple_files.extend(map(str, shards))
        elif p != "-" and is_triples_file(p):
            triple_files.append(p)
        else:
            article_paths.append(p)
    return triple_files, article_paths


def _extract_new(G: nx.MultiDiGraph, paths: list[str], stats: RunStats, *, model: str | None,
                 workers: int, batch_size: int) -> tuple[list[Triple], list[dict]]:
    """Triples of the articles in *paths* that *G* does not hold yet, and those articles' metadata."""
    articles: list[dict] = []

    def fresh(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            if not needs_update(G, article):
                stats.articles += 1
                stats.unchanged += 1
                continue
            articles.append({"doc_id": article.doc_id, "hash": article.content_hash, "title": article.title,
                             "date": article.date, "url": article.url})
            yield article

    todo = fresh(read_articles(paths, on_skip=stats.on_skip)) if paths else iter(())
    first = next(todo, None)
    if first is None:
        return [], articles  # nothing new: the spaCy model is never loaded
    from ..pipeline import extract, model_name  # imports spaCy: only needed when there is something to parse

    G.graph["model"] = model_name(model)
    # stats.on_article counts the extracted articles and advances the progress bar.
    triples = list(extract(itertools.chain([first], todo), model=model, workers=workers, batch_size=batch_size,
                           on_article=stats.on_article))
    return triples, articles


@app.command("export")
def export_command(
    graph: Annotated[Path, typer.Argument(help="Graph file written by 'graphkit build'.", metavar="GRAPH")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="json (lossless), graphml, gexf, "
                                              "or csv (a directory with neo4j-admin nodes.csv/edges.csv).")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write (a directory for csv).")],
) -> None:
    """Export the graph for Gephi, yEd, Cytoscape or neo4j-admin import."""
    try:
        written = export_graph(load_graph(graph), out_path, fmt.value)
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out_path}: {exc.strerror}")
    err.print(f"wrote {fmt.value}: {', '.join(str(p) for p in written)}", markup=False, highlight=False)
