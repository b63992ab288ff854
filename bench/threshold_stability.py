"""How much the hybrid moves when the model is retrained on the same corpus, by how thresholds are chosen.

A retraining after a few rule fixes changes the out-of-fold scores a little; the thresholds chosen on them
may then jump, and the hybrid's F1 on unseen text with them. A different seed (a different split of the
training conflicts into folds) perturbs the scores in the same way, so this bench trains the model with
several seeds, for each way of choosing thresholds, and reports each set's typed F1 and precision: the
spread over seeds is the instability, the mean the quality.

    .venv/bin/python bench/threshold_stability.py bench/heldout2 bench/heldout4 ... [--seeds 5]

Training parses ``training/train`` and ``training/validation`` once; each set is parsed once and read by
every model. A set is a folder with ``texts/`` and ``gold/`` (as in ``bench/precision_bars.py``).
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.relmodel.gold import read_gold  # noqa: E402
from graphkit.relmodel.train import SUBSAMPLES, Corpus, fit_model  # noqa: E402
from precision_bars import EveryRun  # noqa: E402  (a sibling script: bench/ is the script's own folder)

ROOT = Path(__file__).resolve().parent.parent
METHODS = {"all at once": 0, f"median of {SUBSAMPLES} halves": SUBSAMPLES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    nlp = load_nlp()
    corpora = [Corpus.of(nlp, read_gold(ROOT / folder)) for folder in ("training/train", "training/validation")]
    models = {}
    for method, subsamples in METHODS.items():
        for seed in range(args.seeds):
            models[f"{method}|{seed}"], _ = fit_model(*corpora, trained_on="bench", seed=seed, subsamples=subsamples)
            print(f"trained {method} seed {seed}: thresholds {models[f'{method}|{seed}'].thresholds}", flush=True)
    print(f"{'set':<12} {'run':<22} {'typed F1 mean':>13} {'min':>6} {'max':>6} {'P mean':>7} {'P min':>6}")
    totals: dict[str, list[list[float]]] = {}
    runs = EveryRun(models)
    for folder in args.sets:
        scores = {name: report.level("typed") for name, report in runs.reports(folder).items()}
        rules = scores["rules"]
        print(f"{folder.name:<12} {'rules':<22} {rules.f1:>13.3f} {'':>6} {'':>6} {rules.precision:>7.3f}")
        for method in METHODS:
            f1 = [scores[f"{method}|{s}"].f1 for s in range(args.seeds)]
            precision = [scores[f"{method}|{s}"].precision for s in range(args.seeds)]
            totals.setdefault(method, []).append([f - scores["rules"].f1 for f in f1])
            print(f"{folder.name:<12} {method:<22} {statistics.mean(f1):>13.3f} {min(f1):>6.3f} {max(f1):>6.3f} "
                  f"{statistics.mean(precision):>7.3f} {min(precision):>6.3f}", flush=True)
    for method, gains in totals.items():
        spread = statistics.mean(max(g) - min(g) for g in gains)
        mean_gain = statistics.mean(statistics.mean(g) for g in gains)
        print(f"{method}: mean gain over the rules {mean_gain:+.3f} typed F1; mean spread over seeds {spread:.3f}")


if __name__ == "__main__":
    main()
