"""`graphkit query blocs|tensions` and `graphkit viz`: thin wrappers over graphkit.analysis and graphkit.viz."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import networkx as nx
import typer
from rich.table import Table

from ..analysis import blocs, frustration, signed_graph, unbalanced_triads
from ..errors import GraphkitError
from ..viz import write_html, write_png
from .app import Level, OutputFormat, TABLE_ROWS, app, check_output_path, fail, out, print_json, query_app, shown
from .filters import GraphFilters, graph_filters
from .query_cmd import FormatOpt, GraphOpt, LevelOpt, LimitOpt

HalfLifeOpt = Annotated[Optional[float], typer.Option(
    "--half-life", min=0.001, help="Weigh evidence down by age: its weight halves every DAYS days.",
    metavar="DAYS")]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of the bloc search (same seed, same blocs).")]


class VizFormat(str, Enum):
    html = "html"
    png = "png"


@query_app.command("blocs")
@graph_filters
def blocs_command(graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                  fmt: FormatOpt = OutputFormat.table, half_life: HalfLifeOpt = None, seed: SeedOpt = 0,
                  min_size: Annotated[int, typer.Option("--min-size", min=1, help="Hide smaller blocs.")] = 2,
                  filters: GraphFilters = GraphFilters()) -> None:
    """Blocs of allies: cooperative ties inside, hostile ties between (signed clustering)."""
    S = _signed(graph, level, half_life, filters)
    found = blocs(S, seed=seed)
    index, frustrated = frustration(S, found)
    visible = [b for b in found if len(b) >= min_size]
    if fmt is OutputFormat.json:
        print_json({"level": level.value, "frustration": index, "blocs": [b.to_dict() for b in visible],
                     "frustrated": [t.to_dict() for t in frustrated]})
        return
    if not visible:
        out.print(f"No bloc of {min_size} or more actors (the graph has {S.number_of_edges()} signed ties).")
        return
    table = Table(title=filters.titled("Blocs"), title_justify="left")
    for name, justify in (("bloc", "right"), ("members", "left"), ("allied ties", "right"),
                          ("stands against", "left")):
        table.add_column(name, justify=justify, overflow="fold")
    for bloc in visible:
        inside = set(bloc.members)
        against = sorted({t.b_name if t.a in inside else t.a_name for t in bloc.external_negative})
        table.add_row(str(bloc.id), shown(", ".join(bloc.names)), str(len(bloc.internal_positive)),
                      shown(", ".join(against)))
    out.print(table)
    out.print(f"Frustration {index:.2f} (share of tie weight that contradicts the blocs; 0 = fully balanced).")
    for tie in frustrated[:5]:
        kind = "cooperation across blocs" if tie.sign > 0 else "hostility inside a bloc"
        out.print(shown(f"  {tie.a_name} / {tie.b_name}: {kind} ({tie.weight:+g})"))


@query_app.command("tensions")
@graph_filters
def tensions_command(graph: GraphOpt = Path("graph.json"), level: LevelOpt = Level.actor,
                     fmt: FormatOpt = OutputFormat.table, half_life: HalfLifeOpt = None,
                     limit: LimitOpt = None, filters: GraphFilters = GraphFilters()) -> None:
    """Unbalanced triads: two of an actor's allies at odds, or three mutual enemies."""
    triads = unbalanced_triads(_signed(graph, level, half_life, filters))
    if fmt is OutputFormat.json:
        print_json([t.to_dict() for t in triads[:limit]])
        return
    if not triads:
        out.print("Tensions: none found (every triangle of ties is balanced).")
        return
    visible = triads[:limit or TABLE_ROWS]
    table = Table(title=filters.titled("Tensions (unbalanced triads)"), title_justify="left")
    for name in ("actors", "ties", "evidence"):
        table.add_column(name, overflow="fold")
    for triad in visible:
        table.add_row(shown(", ".join(triad.names)), shown(triad.pattern),
                      shown(" | ".join(triad.sentences[:3])))
    out.print(table)
    if len(triads) > len(visible):
        out.print(f"… {len(triads) - len(visible)} more (use --limit)")


@app.command("viz")
@graph_filters
def viz_command(
    graph: Annotated[Path, typer.Argument(help="Graph file from 'graphkit build'.", metavar="GRAPH")],
    output: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file "
                                                   "(default: alliances.html, or alliances.png with --format png).")] = None,
    fmt: Annotated[Optional[VizFormat], typer.Option("--format", "-f", help="html (interactive, offline) or png "
                                                     "(default: from the --out suffix, else html).")] = None,
    level: LevelOpt = Level.actor,
    seed: SeedOpt = 0,
    title: Annotated[str, typer.Option("--title", help="Page and figure title.")] = "graphkit alliances",
    filters: GraphFilters = GraphFilters(),
) -> None:
    """Draw the alliance graph: a self-contained interactive HTML page, or a PNG."""
    fmt = _viz_format(fmt, output)
    target = output or Path(f"alliances.{fmt.value}")
    check_output_path(target)
    writer = write_html if fmt is VizFormat.html else write_png
    try:
        writer(filters.load(graph), target, level=level.value, seed=seed, title=title)
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}")
    if str(target) != "-":
        out.print(shown(f"wrote {target}"))


def _viz_format(given: VizFormat | None, output: Path | None) -> VizFormat:
    """The format asked for, else the one the output's suffix names; a contradiction is a usage error."""
    suffix = output.suffix.lower().lstrip(".") if output is not None and str(output) != "-" else ""
    implied = {"html": VizFormat.html, "htm": VizFormat.html, "png": VizFormat.png}.get(suffix)
    if given is not None and implied is not None and given is not implied:
        fail(f"--format {given.value} contradicts the output name {output} (use a .{given.value} file)", 2)
    return given or implied or VizFormat.html


def _signed(graph: Path, level: Level, half_life: float | None, filters: GraphFilters) -> nx.Graph:
    try:
        return signed_graph(filters.load(graph), level=level.value, half_life_days=half_life)
    except GraphkitError as exc:
        fail(str(exc))
