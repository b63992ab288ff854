"""How the hybrid grows with the training corpus: nested fractions of the training articles, one model each.

The model issue asks for far more than features or thresholds have given; the one lever that has moved the
model beyond the noise of a retraining is more annotated articles. This bench measures the slope: it trains
on 1/8, 1/4, 1/2 and all of the training articles (nested random subsets, fixed seed), reads every set with
every model in one pass, and prints each set's typed F1 and precision, then the mean gain over the rules per
doubling of the corpus.

    .venv/bin/python bench/learning_curve.py --gold training/train [--gold DIR ...] \\
        --sets bench/heldout2 bench/heldout4 ... [--fractions 0.125 0.25 0.5 1]

Validation (``training/validation``) sets the thresholds of every model, as in ``graphkit train``, so its own
row is in part in sample. A set is a folder with ``texts/`` and ``gold/`` (or one folder of gold files).
"""
from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.relmodel.gold import Examples, read_gold  # noqa: E402
from graphkit.relmodel.train import Corpus, fit_model  # noqa: E402
from precision_bars import EveryRun  # noqa: E402  (a sibling script: bench/ is the script's own folder)

ROOT = Path(__file__).resolve().parent.parent


def subset(corpus: Corpus, ids: set[str]) -> Corpus:
    """The articles of *corpus* whose id is in *ids*, with their candidates (no second parse)."""
    items = [ex for ex in corpus.examples.items if ex.doc_id in ids]
    return Corpus([a for a in corpus.articles if a.doc_id in ids], Examples(items))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", action="append", required=True, help="a training folder (repeatable)")
    parser.add_argument("--validation", default=str(ROOT / "training" / "validation"))
    parser.add_argument("--sets", nargs="+", type=Path, required=True)
    parser.add_argument("--fractions", nargs="+", type=float, default=[0.125, 0.25, 0.5, 1.0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    nlp = load_nlp()
    pool = Corpus.of(nlp, [a for folder in args.gold for a in read_gold(folder)])
    validation = Corpus.of(nlp, read_gold(args.validation))
    order = sorted(a.doc_id for a in pool.articles)
    random.Random(args.seed).shuffle(order)  # nested: each fraction is a prefix of one shuffled order
    models = {}
    for fraction in sorted(args.fractions):
        ids = set(order[:max(1, round(fraction * len(order)))])
        models[str(len(ids))], _ = fit_model(subset(pool, ids), validation, trained_on="bench", seed=args.seed)
        print(f"trained on {len(ids)} articles", flush=True)
    sizes = list(models)
    print(f"{'set':<12} {'rules':>7} " + " ".join(f"{size:>12}" for size in sizes))
    gains: dict[str, list[float]] = {size: [] for size in sizes}
    runs = EveryRun(models)
    for folder in args.sets:
        scores = {name: report.level("typed") for name, report in runs.reports(folder).items()}
        rules = scores["rules"].f1
        for size in sizes:
            gains[size].append(scores[size].f1 - rules)
        print(f"{folder.name:<12} {rules:>7.3f} " + " ".join(
            f"{scores[s].f1:>6.3f} P{scores[s].precision:.2f}" for s in sizes))
    means = {size: statistics.mean(g) for size, g in gains.items()}
    print("mean gain over the rules: " + ", ".join(f"{size} articles {means[size]:+.3f}" for size in sizes))
    if len(sizes) >= 2:
        first, last = sizes[0], sizes[-1]
        doublings = math.log2(int(last) / int(first))
        print(f"per doubling of the corpus: {(means[last] - means[first]) / doublings:+.3f} typed F1")


if __name__ == "__main__":
    main()
