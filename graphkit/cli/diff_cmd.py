"""`graphkit diff`: a thin wrapper over graphkit.changes (two periods of one graph, or two graph files)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..changes import MIN_CHANGE, Evidence, GraphDiff, diff, diff_periods, parse_span
from ..errors import GraphkitError
from ..graph import load_graph
from ..timeline import PERIOD_FORMS, Period
from .analysis_cmd import SeedOpt
from .app import Level, OutputFormat, TABLE_ROWS, app, fail, out, print_json, shown
from .query_cmd import FormatOpt, LevelOpt, LimitOpt, cut_sentence

PERIOD_HELP = f"The earlier period ({PERIOD_FORMS}), or a range SINCE..UNTIL of two (2022..2023Q2, ..2023, 2025..)."


@app.command("diff")
def diff_command(
    graph: Annotated[Path, typer.Argument(help="Graph file from 'graphkit build' (the old one, with NEW).",
                                          metavar="GRAPH")],
    new: Annotated[Optional[Path], typer.Argument(help="A second graph file to compare GRAPH with.",
                                                  metavar="NEW", show_default=False)] = None,
    before: Annotated[Optional[str], typer.Option("--before", help=PERIOD_HELP,
                                                  metavar="PERIOD")] = None,
    after: Annotated[Optional[str], typer.Option("--after", help="The later period (same forms as --before).",
                                                 metavar="PERIOD")] = None,
    level: LevelOpt = Level.actor,
    fmt: FormatOpt = OutputFormat.table,
    limit: LimitOpt = None,
    min_change: Annotated[int, typer.Option("--min-change", min=1, help="A relation grew or faded when its "
                                            "count changed by at least N and at least doubled or halved.",
                                            metavar="N")] = MIN_CHANGE,
    seed: SeedOpt = 0,
) -> None:
    """What changed between two periods of GRAPH (--before, --after) or from GRAPH to NEW: relations that
    appeared, disappeared, grew or faded, allies that became enemies (and back), actors that changed bloc."""
    if new is not None and (before or after):
        fail("--before/--after compare two periods of one graph; give one GRAPH with them, or two files "
             "without them", 2)
    if new is None and not (before and after):
        fail("give --before and --after (two periods of GRAPH), or a second graph file NEW", 2)
    try:
        if new is not None:
            found = diff(load_graph(graph), load_graph(new), level=level.value, min_change=min_change, seed=seed,
                         labels=(str(graph), str(new)))
        else:
            spans = [_span(option, text) for option, text in (("--before", before), ("--after", after))]
            found = diff_periods(load_graph(graph), *spans, level=level.value, min_change=min_change, seed=seed)
    except GraphkitError as exc:
        fail(str(exc))
    if fmt is OutputFormat.json:
        print_json(found.to_dict(limit))
        return
    _print_tables(found, limit or TABLE_ROWS)


def _span(option: str, text: str) -> Period:
    try:
        return parse_span(text)
    except ValueError as exc:
        fail(f"{option}: {exc}", 2)


def _print_tables(found: GraphDiff, limit: int) -> None:
    out.print(shown(f"Changes from {found.before} to {found.after} ({found.level} level)"))
    if not (found.relations or found.sign_flips or found.bloc_changes):
        out.print("No change found.")
        return
    if found.sign_flips:
        table = _table("Sign flips", ("change", "left"), ("pair", "left"), ("before", "right"),
                       ("after", "right"), ("evidence", "left"))
        for flip in found.sign_flips[:limit]:
            table.add_row(flip.kind, shown(f"{flip.a_name} / {flip.b_name}"), f"{flip.before:+g}",
                          f"{flip.after:+g}", shown(_evidence_text(flip.evidence_before[:1] + flip.evidence_after[:1])))
        _show(table, len(found.sign_flips), limit)
    if found.bloc_changes:
        table = _table("Bloc changes", ("actor", "left"), ("was with", "left"), ("now with", "left"),
                       ("evidence", "left"))
        for move in found.bloc_changes[:limit]:
            table.add_row(shown(move.actor), shown(", ".join(move.before_with) or "(alone)"),
                          shown(", ".join(move.after_with) or "(alone)"), shown(_evidence_text(move.evidence)))
        _show(table, len(found.bloc_changes), limit)
    if found.relations:
        table = _table("Relations", ("change", "left"), ("subject", "left"), ("relation", "left"),
                       ("object", "left"), ("before", "right"), ("after", "right"), ("evidence", "left"))
        for change in found.relations[:limit]:
            table.add_row(change.kind, shown(change.subject), change.relation, shown(change.object),
                          str(change.before), str(change.after), shown(_evidence_text(change.evidence[:1])))
        _show(table, len(found.relations), limit)


def _table(title: str, *columns: tuple[str, str]) -> Table:
    table = Table(title=title, title_justify="left")
    for name, justify in columns:
        table.add_column(name, justify=justify, overflow="fold")
    return table


def _show(table: Table, total: int, limit: int) -> None:
    out.print(table)
    if total > limit:
        out.print(f"… {total - limit} more (use --limit)")


def _evidence_text(items: tuple[Evidence, ...]) -> str:
    """Each sentence cut to SENTENCE_CHARS, with its article and date: "sentence (doc, 2024-05-01)"."""
    parts = []
    for item in items:
        sentence = cut_sentence(item.sentence)
        where = ", ".join(x for x in (item.doc_id, item.date and item.date[:10]) if x)
        parts.append(f"{sentence} ({where})")
    return " | ".join(parts)
