"""The hybrid's precision and recall at each precision bar the model offers, on annotated sets, with the
rules alone beside it: one parse per article, every bar read from it.

    .venv/bin/python bench/precision_bars.py bench/heldout8 bench/heldout9 training/validation
    .venv/bin/python bench/precision_bars.py --relation-model DIR SET...

A set is a folder with ``texts/`` and ``gold/`` (the held-out sets) or a folder of gold files, whose
texts are read from the gold itself (``training/validation``). Each row is ``graphkit evaluate``'s typed
P / R / F1 and stance F1, as ``graphkit extract --model-precision BAR`` then ``graphkit evaluate`` give
(for English articles: this bench does not skip articles in other languages, as extract does).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.evaluate import EvalReport, evaluate  # noqa: E402
from graphkit.sources import read_articles  # noqa: E402
from graphkit.pipeline import article_triples  # noqa: E402
from graphkit.relmodel import hybrid  # noqa: E402
from graphkit.relmodel.model import RelationModel, cached_model  # noqa: E402
from graphkit.relmodel.modes import Extractor  # noqa: E402
from graphkit.relmodel.settings import model_folder  # noqa: E402


class EveryRun:
    """Extraction settings whose one pass keeps the triples of the rules and of the hybrid of every model
    given by name (``bench/threshold_stability.py`` and ``bench/learning_curve.py`` use it too)."""

    def __init__(self, models: dict[str, RelationModel]):
        self.runs = {"rules": (None, Extractor.rules)} | {name: (m, Extractor.hybrid) for name, m in models.items()}
        self.found: dict[str, list[dict]] = {name: [] for name in self.runs}

    def triples_of(self):
        def every_run(doc, article):
            for name, (model, mode) in self.runs.items():
                self.found[name] += [t.to_dict() for t in hybrid.article_triples(doc, article, model, mode)]
            return ()
        return every_run

    def reports(self, folder: Path) -> dict[str, EvalReport]:
        """Every run's scores on the set *folder* (see :func:`texts_and_gold`), its texts parsed once."""
        texts, gold = texts_and_gold(folder)
        self.found = {name: [] for name in self.runs}
        for _ in article_triples(read_articles([str(texts)]), relations=self):
            pass
        return {name: evaluate(gold, triples) for name, triples in self.found.items()}


def every_bar(model_dir: str | None) -> EveryRun:
    """The rules and the hybrid at every precision bar the model offers."""
    model = cached_model(model_folder(model_dir))
    return EveryRun({f"{bar:.2f}": model.at_bar(bar) for bar in sorted(model.bars)})


def texts_and_gold(folder: Path) -> tuple[Path, Path]:
    return (folder / "texts", folder / "gold") if (folder / "texts").is_dir() else (folder, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--relation-model", help="model folder (default: the shipped model)")
    args = parser.parse_args()
    default = f"{cached_model(model_folder(args.relation_model)).meta['min_added_precision']:.2f}"
    print(f"{'set':<12} {'run':<14} {'typed P':>8} {'R':>6} {'F1':>6} {'stance F1':>10}")
    runs = every_bar(args.relation_model)
    for folder in args.sets:
        for name, report in runs.reports(folder).items():
            typed, stance = report.level("typed"), report.level("stance")
            label = name if name == "rules" else f"bar {name}" + (" *" if name == default else "")
            print(f"{folder.name:<12} {label:<14} {typed.precision:>8.3f} {typed.recall:>6.3f} {typed.f1:>6.3f} "
                  f"{stance.f1:>10.3f}")


if __name__ == "__main__":
    main()
