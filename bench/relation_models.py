"""Compare relation-model families on the validation split (candidate level), side by side in one run.

    .venv/bin/python bench/relation_models.py [--train training/train] [--validation training/validation]

Families, all over the same candidates and labels (graphkit.relmodel.gold):
- ``linear-symbolic``: logistic regression per relation on the sparse symbolic features only;
- ``linear``: the same plus the pipeline's contextual vectors (what `graphkit train` ships);
- ``boosted``: gradient-boosted trees (scikit-learn HistGradientBoosting) on the contextual vectors,
  rule indicators and mention types, i.e. without lexical features.
For each: precision, recall and F1 of the hybrid (rules, plus the model where they are silent, with the
threshold per relation that maximises validation F1) and of the model alone, and the fit time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.ontology import RELATIONS  # noqa: E402
from graphkit.relmodel.gold import examples, read_gold  # noqa: E402
from graphkit.relmodel.train import THRESHOLDS, _counts, _dense_scaling, _vocabulary, design_matrix, labels  # noqa: E402

HOWS = ("name", "surname", "agent", "pronoun", "pair")
TYPES = ("COUNTRY", "PERSON", "ORG")


def compact(items) -> np.ndarray:
    """Dense rows for the tree model: vectors, which rules fired (both directions), types, resolution."""
    rows = []
    for ex in items:
        fired = [r in ex.rules for r in RELATIONS]
        rev = [f"rulerev={r}" in ex.features for r in RELATIONS]
        kinds = [f"stype={t}" in ex.features for t in TYPES] + [f"otype={t}" in ex.features for t in TYPES]
        hows = [f"show={h}" in ex.features for h in HOWS] + [f"ohow={h}" in ex.features for h in HOWS]
        rows.append(np.concatenate([ex.dense, np.array(fired + rev + kinds + hows, dtype=np.float32)]))
    return np.vstack(rows)


def tuned(P: np.ndarray, Y: np.ndarray, rules: np.ndarray) -> dict[str, object]:
    hybrid, alone = np.zeros_like(Y), np.zeros_like(Y)
    for k in range(len(RELATIONS)):
        t = max(THRESHOLDS, key=lambda t: (_counts(rules[:, k] | (P[:, k] >= t), Y[:, k]).f1, t))
        hybrid[:, k] = rules[:, k] | (P[:, k] >= t)
        t_alone = max(THRESHOLDS, key=lambda t: (_counts(P[:, k] >= t, Y[:, k]).f1, t))
        alone[:, k] = P[:, k] >= t_alone
    return {"hybrid": _counts(hybrid, Y), "model": _counts(alone, Y)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="training/train")
    parser.add_argument("--validation", default="training/validation")
    args = parser.parse_args()
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    nlp = load_nlp()
    start = time.perf_counter()
    train, val = examples(nlp, read_gold(args.train)).items, examples(nlp, read_gold(args.validation)).items
    print(f"candidates: train {len(train)}, validation {len(val)} (parsed in {time.perf_counter() - start:.0f} s)")
    Y, Yv = labels(train), labels(val)
    rules = np.array([[r in ex.rules for r in RELATIONS] for ex in val], dtype=bool)
    print(f"{'family':<16} {'hybrid P/R/F1':>22} {'model alone P/R/F1':>22} {'fit s':>7}")
    base = _counts(rules, Yv)
    print(f"{'rules':<16} {base.precision:>8.3f}{base.recall:>7.3f}{base.f1:>7.3f}")
    vocabulary = _vocabulary(train, 2)
    mean, scale = _dense_scaling(train)
    X, Xv = design_matrix(train, vocabulary, mean, scale), design_matrix(val, vocabulary, mean, scale)
    width = len(vocabulary)
    families = {
        "linear-symbolic": (X[:, :width], Xv[:, :width], lambda: LogisticRegression(C=0.5, solver="liblinear", random_state=0)),
        "linear": (X, Xv, lambda: LogisticRegression(C=0.5, solver="liblinear", random_state=0)),
        "boosted": (compact(train), compact(val),
                    lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, random_state=0)),
    }
    for name, (A, Av, make) in families.items():
        start = time.perf_counter()
        P = np.zeros(Yv.shape)
        for k in range(len(RELATIONS)):
            if Y[:, k].any():
                P[:, k] = make().fit(A, Y[:, k]).predict_proba(Av)[:, 1]
        seconds = time.perf_counter() - start
        scores = tuned(P, Yv, rules)
        h, m = scores["hybrid"], scores["model"]
        print(f"{name:<16} {h.precision:>8.3f}{h.recall:>7.3f}{h.f1:>7.3f} {m.precision:>8.3f}{m.recall:>7.3f}{m.f1:>7.3f} "
              f"{seconds:>7.1f}")


if __name__ == "__main__":
    main()
