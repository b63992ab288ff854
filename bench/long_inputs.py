"""Time and peak memory of extraction on very long articles and very long sentences.

    .venv/bin/python bench/long_inputs.py                  # 100 KB and 1 MB articles; 1k/5k/10k-token sentences
    .venv/bin/python bench/long_inputs.py --sizes 5000000  # a 5 MB article (several minutes)

Each article size runs in a process of its own, so its peak RSS is its own. For sentences, the time of the
rules (``doc_triples`` on the parsed Doc) is compared with the parse: the rules should cost no more than a
few times the parse, i.e. be about linear in sentence length.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = [
    "Iran sent drones to Russia, officials in Kyiv said on Monday.",
    "France condemned the strikes and urged Moscow to withdraw its troops.",
    "The European Union imposed new sanctions on Belarus after the vote.",
    "Japan and South Korea held talks in Seoul on regional security.",
    "Turkey's president met his Azerbaijani counterpart in Baku.",
    "Analysts said the economy grew faster than expected in the spring.",
]

ARTICLE_RUN = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from graphkit.pipeline import extract
from graphkit.types import Article
size = int(sys.argv[1])
sentences = json.loads(sys.argv[3])
paragraphs, total, k = [], 0, 0
while total < size:
    paragraph = " ".join(sentences[(k + j) % len(sentences)] for j in range(5))
    paragraphs.append(paragraph); total += len(paragraph) + 2; k += 1
text = "\\n\\n".join(paragraphs)[:size]
start = time.perf_counter()
n = sum(1 for _ in extract([Article(doc_id="long", text=text)]))
print(json.dumps({"seconds": time.perf_counter() - start, "triples": n,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def articles(sizes: list[int]) -> None:
    print(f"{'article':>10s} {'seconds':>8s} {'peak MB':>8s} {'triples':>8s}")
    for size in sizes:
        out = subprocess.run([sys.executable, "-c", ARTICLE_RUN, str(size), str(HERE.parent), json.dumps(SENTENCES)],
                             capture_output=True, text=True, check=True).stdout
        result = json.loads(out)
        print(f"{size / 1000:>8.0f}KB {result['seconds']:8.1f} {result['peak_mb']:8.0f} {result['triples']:8d}")


def sentences(lengths: list[int]) -> None:
    sys.path.insert(0, str(HERE.parent))
    from graphkit.nlp import load_nlp
    from graphkit.rules import doc_triples
    from graphkit.types import Article

    nlp = load_nlp()
    nlp.max_length = 10_000_000
    print(f"{'tokens':>8s} {'parse s':>8s} {'rules s':>8s} {'rules/parse':>12s}")
    for length in lengths:
        words = []
        k = 0
        while len(words) < length:
            words += SENTENCES[k % len(SENTENCES)].rstrip(".").replace(",", "").split() + ["and"]
            k += 1
        text = " ".join(words[:length]) + "."
        start = time.perf_counter()
        doc = nlp(text)
        parse = time.perf_counter() - start
        start = time.perf_counter()
        sum(1 for _ in doc_triples(doc, Article(doc_id="s", text=text)))
        rules = time.perf_counter() - start
        print(f"{len(doc):>8d} {parse:8.2f} {rules:8.2f} {rules / parse:12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--tokens", type=int, nargs="*", default=[1000, 5000, 10000])
    args = parser.parse_args()
    if args.sizes:
        articles(args.sizes)
    if args.tokens:
        sentences(args.tokens)


if __name__ == "__main__":
    main()
