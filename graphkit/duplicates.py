"""Duplicate and near-duplicate articles: the same story counted once.

An article's *signature* is its exact-text digest and a MinHash of its word 3-shingles (:data:`PERMUTATIONS`
values, each kept to 16 bits), stored in the graph's article table as one short string so that an
incremental build can compare a new article with every article already merged. Exact duplicates have the same
normalised text (case, punctuation and spacing aside); near duplicates (a story lightly edited: a changed
word, a sentence added) have an estimated Jaccard similarity of at least :data:`NEAR_JACCARD`. Candidates
come from locality-sensitive hashing (bands of the signature), so the cost grows with the number of articles,
not with the number of pairs.

MinHash is a few lines of numpy here rather than ``datasketch``: that package needs scipy, which graphkit
does not otherwise install, and the stored signature has to be a format of graphkit's own anyway.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import re
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import numpy as np

PERMUTATIONS = 64
BANDS = 16  # of 4 rows: pairs at Jaccard 0.6 share a band with probability 0.89, at 0.7 0.99, at 0.3 0.12
NEAR_JACCARD = 0.6
SHINGLE_WORDS = 3
SIGNATURE_VERSION = "m1"  # changes whenever the hashing below changes: older signatures are then recomputed
_PRIME = (1 << 32) + 15  # a prime just above every 32-bit shingle hash, so (a*x + b) mod p permutes them
_SEED = 20240312  # fixed: signatures must be the same in every run and version
_WORDS = re.compile(r"\w+")
_SIGNATURE = re.compile(rf"{SIGNATURE_VERSION}:[0-9a-f]{{16}}:[A-Za-z0-9+/=]*")


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of the hash functions (a*x + b) mod p, drawn once from a fixed seed."""
    import numpy as np  # imported when signatures are made: loading a graph only checks their form

    rng = np.random.default_rng(_SEED)
    return (rng.integers(1, 1 << 31, PERMUTATIONS, dtype=np.uint64),
            rng.integers(0, 1 << 31, PERMUTATIONS, dtype=np.uint64))


def words(text: str) -> list[str]:
    """The text's words, case-folded (what "the same text" compares)."""
    return _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())


def signature(text: str) -> str:
    """``m1:<digest of the normalised text>:<base64 MinHash>`` for *text*."""
    tokens = words(text)
    digest = hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()[:16]
    n = SHINGLE_WORDS
    shingles = {" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))} if tokens else set()
    if not shingles:
        return f"{SIGNATURE_VERSION}:{digest}:"
    import numpy as np

    a, b = _permutations()
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a*x + b) stays below 2**64 (a, b < 2**31, x < 2**32) and is far above p, so the modulo mixes
    mins = ((hashes[:, None] * a[None, :] + b[None, :]) % _PRIME).min(axis=0)
    packed = (mins & 0xFFFF).astype("<u2").tobytes()
    return f"{SIGNATURE_VERSION}:{digest}:{base64.b64encode(packed).decode('ascii')}"


def is_signature(value: object) -> bool:
    """True for a string :func:`signature` could have written (checked when a graph file is loaded)."""
    return isinstance(value, str) and _SIGNATURE.fullmatch(value) is not None


def _parts(sig: str) -> tuple[str, np.ndarray | None]:
    import numpy as np

    _, digest, packed = sig.split(":", 2)
    values = np.frombuffer(base64.b64decode(packed), dtype="<u2") if packed else None
    return digest, values if values is not None and len(values) == PERMUTATIONS else None


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets (1.0 for the same normalised text)."""
    (da, va), (db, vb) = _parts(a), _parts(b)
    if da == db:
        return 1.0
    return float((va == vb).mean()) if va is not None and vb is not None else 0.0


@dataclass
class DuplicateIndex:
    """Signatures seen so far, in order; :meth:`add` says which earlier article a new one duplicates."""

    threshold: float = NEAR_JACCARD
    _exact: dict[str, str] = field(default_factory=dict)
    _bands: dict[tuple[int, bytes], list[str]] = field(default_factory=lambda: defaultdict(list))
    _sigs: dict[str, str] = field(default_factory=dict)

    def add(self, doc_id: str, sig: str) -> str | None:
        """Record *doc_id*, or return the id of the first article it duplicates (then it is not recorded)."""
        digest, values = _parts(sig)
        first = self._exact.get(digest)
        if first is not None and first != doc_id:
            return first
        keys = [] if values is None else [(i, values[i::BANDS].tobytes()) for i in range(BANDS)]
        seen: set[str] = set()
        for key in keys:
            for other in self._bands.get(key, ()):
                if other != doc_id and other not in seen:
                    seen.add(other)
                    if similarity(sig, self._sigs[other]) >= self.threshold:
                        return other
        self._exact.setdefault(digest, doc_id)
        self._sigs[doc_id] = sig
        for key in keys:
            self._bands[key].append(doc_id)
        return None

    def extend(self, items: Iterable[tuple[str, str]]) -> None:
        for doc_id, sig in items:
            self.add(doc_id, sig)
