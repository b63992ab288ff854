"""`graphkit build` (articles or triples in, merged graph out) and `graphkit export`."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..atomic import exclusive
from ..build import BuildReport, update_graph
from ..errors import GraphkitError
from ..export import FORMATS, export_graph
from ..graph import load_graph, new_graph, save_graph
from .app import (ActorsOpt, ExtractorOpt, ModelPrecisionOpt, QuietOpt, RelationModelOpt, add_actors, app,
                  check_output_path, err, fail, relation_choice, warn)
from .filters import GraphFilters, graph_filters
from .progress import tracked


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
    quiet: QuietOpt = False,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Leave out triples less confident than this (applies to newly merged articles).")]
    = 0.0,
    extractor: ExtractorOpt = None,
    relation_model: RelationModelOpt = None,
    model_precision: ModelPrecisionOpt = None,
    actors: ActorsOpt = None,
    keep_duplicates: Annotated[bool, typer.Option(
        "--keep-duplicates", help="Count every article, even one whose text repeats (or nearly repeats) an "
                                  "article read before.")] = False,
) -> None:
    """Build or update the actor graph from articles or triples JSONL ('-': stdin, either kind)."""
    check_output_path(out_path)
    relations = relation_choice(extractor, relation_model, model_precision)
    add_actors(actors, quiet=quiet)
    # An in-place update (or two runs writing one graph) is a read-modify-write: runs take turns.
    with exclusive(out_path):
        try:
            with tracked(quiet) as stats:
                G = load_graph(graph) if graph is not None else new_graph()
                report = update_graph(G, paths, model=model, workers=workers, batch_size=batch_size,
                                      min_confidence=min_confidence, on_skip=stats.on_skip,
                                      on_article=stats.on_article, relations=relations,
                                      keep_duplicates=keep_duplicates)
        except GraphkitError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot read {exc.filename or 'input'}: {exc.strerror}")
        if report.articles == 0:
            fail(f"nothing to build: no article or triple could be read ({stats.skipped} skipped); nothing written")
        try:
            save_graph(G, out_path)
        except OSError as exc:
            fail(f"cannot write {out_path}: {exc.strerror}")
    if not quiet:
        for renamed in report.renamed:
            warn(str(renamed), "renamed")
    breakdown = _skip_breakdown(report)
    stats.print_summary(f"articles read {report.articles}, skipped {stats.skipped}{breakdown}{stats.ignored_note()}, "
                        f"unchanged {report.unchanged}; triples {report.triples}; actors {G.number_of_nodes()}; "
                        f"relations {G.number_of_edges()} -> {out_path}", breakdown)


def _skip_breakdown(report: BuildReport) -> str:
    """The readable articles among the skipped, when there are any: " (2 duplicates, 1 in fr)"."""
    parts = [f"{len(report.duplicates)} duplicate{'s' if len(report.duplicates) != 1 else ''}"] \
        if report.duplicates else []
    parts += [f"{n} in {code}" for code, n in sorted(report.languages.items())]
    return f" ({', '.join(parts)})" if parts else ""


@app.command("export")
@graph_filters
def export_command(
    graph: Annotated[Path, typer.Argument(help="Graph file written by 'graphkit build'.", metavar="GRAPH")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="json (lossless), graphml, gexf, "
                                              "csv (a directory with neo4j-admin nodes.csv/edges.csv), "
                                              "or evidence-csv (one row per evidence sentence, with its source).")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write (a directory for csv).")],
    filters: GraphFilters = GraphFilters(),
) -> None:
    """Export the graph for Gephi, yEd, Cytoscape, neo4j-admin import or a spreadsheet."""
    check_output_path(out_path, directory=fmt is ExportFormat.csv)
    try:
        written = export_graph(filters.load(graph), out_path, fmt.value)
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out_path}: {exc.strerror}")
    err.print(f"wrote {fmt.value}: {', '.join(str(p) for p in written)}", markup=False, highlight=False)
