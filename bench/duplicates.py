"""Cost and quality of duplicate detection (graphkit.duplicates) on 10,000 synthetic articles.

    .venv/bin/python bench/duplicates.py               # 10,000 articles from training/ texts, seed 7
    .venv/bin/python bench/duplicates.py --articles 50000

The articles are made from the training corpus's texts (CC0), in a fixed shuffled order:

- originals: every training text once;
- light edits of an original (should be found): 1-3 words in a hundred replaced, and some of: a sentence
  dropped, a line added at the end, the first line rewritten, spacing and case changed;
- composites (should not be found): paragraphs of three different texts, or an original with half its
  paragraphs swapped for another text's (a new story reusing background paragraphs).

An edit is correctly found when the article it is said to duplicate comes from the same original. Prints
signing and indexing time per article, peak memory of the index, the signature's size in the graph file,
and precision and recall (with the composites' false positives).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.duplicates import NEAR_JACCARD, DuplicateIndex, signature  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def training_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"]
            for folder in ("train", "validation") for p in sorted((ROOT / "training" / folder).glob("*.json"))]


def light_edit(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) * rng.randint(1, 3) // 100)):
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    text = " ".join(words)
    if rng.random() < 0.5:
        sentences = SENTENCE_END.split(text)
        if len(sentences) > 3:
            del sentences[rng.randrange(1, len(sentences))]
        text = " ".join(sentences)
    if rng.random() < 0.3:
        text += "\n\nReporting by the regional desk; editing by the night editor."
    if rng.random() < 0.2:
        first, _, rest = text.partition("\n")
        text = "UPDATED: " + first.lower() + "\n" + rest
    if rng.random() < 0.2:
        text = re.sub(r" +", "  ", text)
    return text


def composite(texts: list[str], rng: random.Random) -> str:
    if rng.random() < 0.5:
        picks = rng.sample(texts, 3)
        return "\n\n".join(rng.choice(t.split("\n\n")) for t in picks)
    base, other = rng.sample(texts, 2)
    paragraphs, spare = base.split("\n\n"), other.split("\n\n")
    for i in range(0, len(paragraphs), 2):
        paragraphs[i] = rng.choice(spare)
    return "\n\n".join(paragraphs)


def corpus(n: int, seed: int) -> list[tuple[str, str, str]]:
    """(doc_id, group, text): articles of one group are the same story."""
    rng = random.Random(seed)
    texts = training_texts()
    vocabulary = sorted({w for t in texts[:50] for w in t.split() if w.isalpha()})
    items = [(f"orig-{i}", f"g{i}", t) for i, t in enumerate(texts)]
    edits = (n - len(items)) // 2
    for k in range(edits):
        i = rng.randrange(len(texts))
        items.append((f"edit-{k}", f"g{i}", light_edit(texts[i], rng, vocabulary)))
    for k in range(n - len(items)):
        items.append((f"mix-{k}", f"mix-{k}", composite(texts, rng)))
    rng.shuffle(items)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threshold", type=float, default=NEAR_JACCARD, help="estimated Jaccard for a near duplicate")
    args = parser.parse_args()
    items = corpus(args.articles, args.seed)
    chars = sum(len(t) for _, _, t in items)

    start = time.perf_counter()
    signatures = [signature(text) for _, _, text in items]
    signing = time.perf_counter() - start
    tracemalloc.start()
    start = time.perf_counter()
    index = DuplicateIndex(threshold=args.threshold)
    found = [index.add(doc, sig) for (doc, _, _), sig in zip(items, signatures)]
    indexing = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    group = {doc: g for doc, g, _ in items}
    seen: set[str] = set()
    true_positive = false_positive = false_negative = mixed_flagged = 0
    for (doc, g, _), kept in zip(items, found):
        expected = g in seen
        seen.add(g)
        if kept is not None and group[kept] == g:
            true_positive += 1
        elif kept is not None:
            false_positive += 1
            mixed_flagged += doc.startswith("mix-")
        if expected and (kept is None or group[kept] != g):
            false_negative += 1
    n = len(items)
    print(f"{n} articles, {chars / n:,.0f} characters on average")
    print(f"signature: {signing / n * 1000:.2f} ms per article; index: {indexing / n * 1000:.3f} ms per article "
          f"(total {signing + indexing:.1f} s)")
    print(f"index peak memory {peak / 1e6:.1f} MB; signature in the graph file {len(signatures[0])} characters")
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    print(f"near duplicates: precision {precision:.4f}, recall {recall:.4f} "
          f"(found {true_positive}, wrong {false_positive} of which composites {mixed_flagged}, "
          f"missed {false_negative})")


if __name__ == "__main__":
    main()
