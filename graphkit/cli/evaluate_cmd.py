"""`graphkit evaluate`: score a triples file against the user's own gold annotations."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import GraphkitError
from ..evaluate import LEVELS, EvalReport, evaluate
from .app import OutputFormat, app, fail, out, print_json, shown, warn

MAX_SKIP_LINES = 20  # beyond this, one summary line: a broken file should not flood the terminal


@app.command("evaluate")
def evaluate_command(
    triples: Annotated[str, typer.Argument(help="Triples JSONL to score ('-' for stdin), or a second folder of gold files (agreement between two annotators).", metavar="TRIPLES")],
    gold: Annotated[Path, typer.Option("--gold", help="Directory of gold <id>.json files (format and rules: docs/annotation.md).")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="table for people, json for machines.")]
    = OutputFormat.table,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="List each article's missed and spurious triples.")]
    = False,
) -> None:
    """Precision, recall and F1 of extracted triples (typed, stance and pair levels, per relation)."""
    try:
        report = evaluate(gold, triples)
    except GraphkitError as exc:
        fail(str(exc))
    for skipped in report.skipped[:MAX_SKIP_LINES]:
        warn(str(skipped))
    if len(report.skipped) > MAX_SKIP_LINES:
        warn(f"{len(report.skipped) - MAX_SKIP_LINES} more malformed lines in {triples}")
    if output_format is OutputFormat.json:
        print_json(report.to_dict(per_doc=per_doc))
    else:
        _print_tables(report, per_doc=per_doc)


def _print_tables(report: EvalReport, *, per_doc: bool) -> None:
    summary = Table(title=f"Scores over {len(report.docs)} gold articles")
    for column in ("level", "P", "R", "F1", "tp", "fp", "fn"):
        summary.add_column(column, justify="left" if column == "level" else "right")
    for name in LEVELS:
        s = report.level(name)
        summary.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    out.print(summary)

    relations = Table(title="Typed level per relation")
    for column in ("relation", "P", "R", "F1", "gold", "tp", "fp", "fn"):
        relations.add_column(column, justify="left" if column == "relation" else "right")
    for relation, s in report.per_relation.items():
        relations.add_row(shown(relation), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.tp + s.fn),
                          str(s.tp), str(s.fp), str(s.fn))
    out.print(relations)

    if report.system_docs_without_gold:
        listed = ", ".join(report.system_docs_without_gold[:10])
        more = len(report.system_docs_without_gold) - 10
        warn(f"triples for documents without gold (not scored): {listed}{f' and {more} more' if more > 0 else ''}")

    if per_doc:
        for doc in report.docs:
            if not (doc.missed or doc.spurious):
                continue
            table = Table(title=f"{shown(doc.doc_id)}: {len(doc.missed)} missed, {len(doc.spurious)} spurious")
            table.add_column("", justify="left")
            table.add_column("triple", justify="left")
            for fact in doc.missed:
                table.add_row("missed", shown(str(fact)))
            for fact in doc.spurious:
                table.add_row("spurious", shown(str(fact)))
            out.print(table)
