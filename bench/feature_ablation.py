"""Does a feature family earn its keep? The model trained with and without it, side by side in one run.

    .venv/bin/python bench/feature_ablation.py PREFIX [PREFIX ...] [--seeds 3]

Training parses ``training/train`` and ``training/validation`` once (with every feature), then fits the
model on all features and on all but those starting with one of the PREFIXes (``oval`` for the valence
features, ``senttrig`` for the sentence's trigger relations), with several seeds (different splits into
folds). Each fit reports what ``graphkit train`` measures on all held-out articles (out-of-fold training
conflicts and validation, per article, at the model's precision bar): the hybrid's typed precision,
recall and F1, and the rules' alone. Run it on the training corpus only: a set you measure on stays unseen.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.relmodel.gold import Examples, read_gold  # noqa: E402
from graphkit.relmodel.train import MIN_ADDED_PRECISION, Corpus, fit_model  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def without(corpus: Corpus, prefixes: tuple[str, ...]) -> Corpus:
    items = [replace(ex, features=[f for f in ex.features if not f.startswith(prefixes)])
             for ex in corpus.examples.items]
    kept = Examples(items, corpus.examples.gold_sentence_facts, corpus.examples.reachable)
    return Corpus(corpus.articles, kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("prefixes", nargs="+")
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    nlp = load_nlp()
    full = [Corpus.of(nlp, read_gold(ROOT / folder)) for folder in ("training/train", "training/validation")]
    dropped = [without(c, tuple(args.prefixes)) for c in full]
    variants = {"all features": full, f"without {', '.join(args.prefixes)}": dropped}
    print(f"{'variant':<30} {'seed':>4} {'P':>6} {'R':>6} {'F1':>6}   rules F1")
    for name, corpora in variants.items():
        f1s = []
        for seed in range(args.seeds):
            _, report = fit_model(*corpora, trained_on="bench", seed=seed)
            score = report.bars[MIN_ADDED_PRECISION]
            f1s.append(score["f1"])
            print(f"{name:<30} {seed:>4} {score['precision']:>6.3f} {score['recall']:>6.3f} {score['f1']:>6.3f}   "
                  f"{report.rules_per_article['f1']:.3f}", flush=True)
        print(f"{name:<30} mean F1 {statistics.mean(f1s):.3f}")


if __name__ == "__main__":
    main()
