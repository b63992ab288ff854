"""`graphkit train`: a relation model from annotated articles."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..errors import GraphkitError
from .app import OutputFormat, app, check_output_path, err, fail, out, print_json, shown


@app.command("train")
def train_command(
    gold: Annotated[list[Path], typer.Option("--gold", help="Folder of annotated articles (docs/annotation.md "
                                             "format); repeat it to train on several.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Model folder to write (replaced as a whole).")],
    validation: Annotated[Optional[Path], typer.Option(
        "--validation", help="Folder of other conflicts whose scores join the out-of-fold ones to calibrate and set "
        "thresholds, and on which the report is measured (default: out-of-fold scores only).")] = None,
    seed: Annotated[int, typer.Option(help="Seed of every random choice: the same data gives the same model.")] = 0,
    min_added_precision: Annotated[Optional[float], typer.Option(
        min=0.0, max=1.0, help="How precise, on held-out scores, the triples the model adds where the rules are silent "
        "must be; the relations' thresholds are chosen together under this bar (default 0.65; docs/model.md).")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model package (default: best installed en_core_web_*).")]
    = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="table for people, json for machines.")]
    = OutputFormat.table,
) -> None:
    """Train a relation model: rules first, the model adds where they are silent (see docs/model.md)."""
    check_output_path(out_dir, directory=True)
    from ..nlp import load_nlp  # imports spaCy: only commands that parse pay for it
    from ..relmodel.model import bar_key
    from ..relmodel.train import train_model

    try:
        trained, report = train_model(load_nlp(model), gold, validation, seed=seed,
                                      min_added_precision=min_added_precision)
        _replace_folder(out_dir, trained.save)
    except GraphkitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out_dir}: {exc.strerror or exc}")
    if output_format is OutputFormat.json:
        print_json({"model": str(out_dir), "meta": trained.meta, "thresholds": trained.thresholds,
                    "veto": trained.veto, "scores": report.scores, "reliability": report.reliability,
                    "reachable": report.reachable, "bars": {bar_key(b): s for b, s in sorted(report.bars.items())},
                    "rules_per_article": report.rules_per_article})
        return
    held_out = (f"Validation candidates ({report.validation_articles} articles, {report.validation_candidates} pairs"
                if report.validation_articles else f"Out-of-fold candidates ({report.train_candidates} pairs")
    table = Table(title=shown(f"{held_out}; {report.reachable:.0%} of gold is a pair)"))
    for column in ("extractor", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "extractor" else "right")
    for name, scores in report.scores.items():
        micro = scores["micro"]
        table.add_row(name, f"{micro['precision']:.3f}", f"{micro['recall']:.3f}", f"{micro['f1']:.3f}")
    out.print(table)
    if report.bars:
        bars = Table(title="Hybrid per article on all held-out articles, by --model-precision")
        for column in ("precision bar", "P", "R", "F1"):
            bars.add_column(column, justify="right")
        rules = report.rules_per_article
        bars.add_row("rules alone", f"{rules['precision']:.3f}", f"{rules['recall']:.3f}", f"{rules['f1']:.3f}")
        for bar, score in sorted(report.bars.items()):
            chosen = " (default)" if abs(bar - trained.meta["min_added_precision"]) < 1e-9 else ""
            bars.add_row(f"{bar:g}{chosen}", f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}")
        out.print(bars)
    err.print(f"trained on {report.train_articles} articles ({report.train_candidates} pairs) -> {out_dir}",
              markup=False, highlight=False)


def _replace_folder(target: Path, write) -> None:
    """Write a folder beside *target*, then swap it in: a reader never sees half a model."""
    target = target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        write(fresh)
        os.chmod(fresh, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            os.replace(target, old / target.name)
            os.replace(fresh, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(fresh, target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
