"""The trained relation model at run time: a linear scorer per relation over the candidate's features.

Scoring needs only numpy: one weight row per known feature string, one per dense dimension, a bias
and a calibration (``sigmoid(a * z + c)``, fitted on the validation split) per relation. A model is a
folder of two files, written by ``graphkit train``:

- ``model.json``: format version, relations, feature vocabulary, thresholds, calibration, veto level,
  the thresholds for other precision bars, and provenance (training data hash, sizes, the scores it
  reached);
- ``weights.npz``: the weight matrix, biases and the dense features' mean and scale.
"""
from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..atomic import atomic_write
from ..errors import GraphkitError
from ..jsonio import decode_json

FORMAT = 1
MODEL_FILE, WEIGHTS_FILE = "model.json", "weights.npz"
# The model that ships inside the package (trained by `make model` from training/).
PACKAGED = Path(str(resources.files("graphkit") / "data" / "relmodel"))


class RelationModelError(GraphkitError):
    """A relation model folder that is missing, damaged or of another format."""


class PrecisionBarError(GraphkitError):
    """A precision bar the run cannot use: one the model was not trained for, or one without a model."""


@dataclass
class RelationModel:
    relations: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray  # (len(vocabulary) + dense width, len(relations))
    bias: np.ndarray  # (len(relations),)
    dense_mean: np.ndarray
    dense_scale: np.ndarray
    calibration: np.ndarray  # (len(relations), 2): a, c of sigmoid(a * z + c)
    thresholds: dict[str, float]  # relation -> lowest calibrated probability that adds a triple
    veto: float = 0.0  # a rule triple whose relation the model scores below this is dropped
    meta: dict[str, Any] = field(default_factory=dict)
    # Precision bar -> thresholds that kept the additions at least that precise on held-out articles: the
    # user's dial between precision and recall (``--model-precision``); ``thresholds`` is one of them.
    bars: dict[float, dict[str, float]] = field(default_factory=dict)

    def at_bar(self, bar: float) -> "RelationModel":
        """This model with the thresholds chosen for precision bar *bar* (one it was trained for; a bar
        typed on a command line matches the stored one it differs from by float noise only)."""
        for known, thresholds in self.bars.items():
            if abs(known - bar) < 1e-9:
                return replace(self, thresholds=dict(thresholds))
        offered = ", ".join(f"{b:g}" for b in sorted(self.bars)) or "none (retrain it with 'graphkit train')"
        raise PrecisionBarError(f"this relation model has no thresholds for precision {bar:g}; it offers {offered}")

    def probabilities(self, sparse: Sequence[Sequence[str]], dense: np.ndarray) -> np.ndarray:
        """Calibrated probabilities, one row per candidate and one column per relation."""
        n = len(sparse)
        z = np.tile(self.bias, (n, 1)).astype(np.float64)
        # Every row's known features' weights, gathered at once and summed per row by one reduceat (row
        # after row, in feature order, as a per-row sum(axis=0) adds them: the same floating-point sums).
        known = self.vocabulary.get
        rows: list[int] = []
        starts: list[int] = []
        index: list[int] = []
        for row, features in enumerate(sparse):
            found = [k for k in map(known, features) if k is not None]
            if found:
                rows.append(row)
                starts.append(len(index))
                index += found
        if index:
            z[rows] += np.add.reduceat(self.weights[index], starts, axis=0)
        width = self.dense_mean.shape[0]
        if width and n:
            scaled = (dense[:, :width] - self.dense_mean) / self.dense_scale
            z += scaled @ self.weights[len(self.vocabulary):]
        a, c = self.calibration[:, 0], self.calibration[:, 1]
        return 1.0 / (1.0 + np.exp(-(a * z + c)))

    def save(self, folder: str | os.PathLike) -> None:
        """Write the model to *folder* (created if needed), each file atomically."""
        root = Path(folder)
        root.mkdir(parents=True, exist_ok=True)
        vocabulary = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        document = {"format": FORMAT, "relations": list(self.relations), "thresholds": self.thresholds,
                    "veto": self.veto, "calibration": self.calibration.round(6).tolist(), "meta": self.meta,
                    "bars": {bar_key(bar): t for bar, t in sorted(self.bars.items())}, "vocabulary": vocabulary}
        with atomic_write(root / MODEL_FILE) as handle:
            json.dump(document, handle, ensure_ascii=False, indent=0)
        with atomic_write(root / WEIGHTS_FILE, mode="wb") as handle:
            np.savez_compressed(handle, weights=self.weights.astype(np.float32), bias=self.bias,
                                dense_mean=self.dense_mean, dense_scale=self.dense_scale)


def load_model(folder: str | os.PathLike) -> RelationModel:
    """The model in *folder*; :class:`RelationModelError` with one line when it cannot be used."""
    root = Path(folder)
    try:
        document = decode_json((root / MODEL_FILE).read_bytes())
        with np.load(root / WEIGHTS_FILE, allow_pickle=False) as arrays:
            weights, bias = arrays["weights"], arrays["bias"]
            mean, scale = arrays["dense_mean"], arrays["dense_scale"]
    except FileNotFoundError as exc:
        raise RelationModelError(f"no relation model in {root}: {Path(exc.filename or '').name or exc} is missing") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise RelationModelError(f"damaged relation model in {root}: {exc.__class__.__name__}: {exc}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RelationModelError(f"relation model in {root} has format {document.get('format') if isinstance(document, dict) else '?'}; "
                                 f"this graphkit reads format {FORMAT}")
    try:
        relations = tuple(document["relations"])
        vocabulary = {name: k for k, name in enumerate(document["vocabulary"])}
        calibration = np.asarray(document["calibration"], dtype=np.float64)
        shapes_ok = (weights.shape == (len(vocabulary) + mean.shape[0], len(relations)) and bias.shape == (len(relations),)
                     and calibration.shape == (len(relations), 2) and mean.shape == scale.shape)
        thresholds = {str(k): float(v) for k, v in document["thresholds"].items()}
        bars = {float(bar): {str(k): float(v) for k, v in t.items()} for bar, t in (document.get("bars") or {}).items()}
        meta = dict(document.get("meta") or {})
        if not bars and "min_added_precision" in meta:  # a model from before the bars: its own bar only
            bars = {float(meta["min_added_precision"]): dict(thresholds)}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RelationModelError(f"damaged relation model in {root}: {exc.__class__.__name__}: {exc}") from None
    if not shapes_ok:
        raise RelationModelError(f"damaged relation model in {root}: weights do not match the vocabulary")
    return RelationModel(relations, vocabulary, weights.astype(np.float64), bias.astype(np.float64),
                         mean.astype(np.float64), scale.astype(np.float64), calibration, thresholds,
                         float(document.get("veto", 0.0)), meta, bars)


def bar_key(bar: float) -> str:
    """A precision bar as model.json writes it: the shortest text that reads back as the same float
    (0.65 as "0.65", and 0.701 not rounded into 0.70's place)."""
    return repr(float(bar))


@lru_cache(maxsize=4)
def cached_model(folder: str) -> RelationModel:
    """:func:`load_model`, once per process and folder (worker processes each load their own)."""
    return load_model(folder)


def packaged_model_available() -> bool:
    return (PACKAGED / MODEL_FILE).is_file() and (PACKAGED / WEIGHTS_FILE).is_file()
