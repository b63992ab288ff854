"""Which constructions the rules miss most, read from an annotated corpus: where to write the next rule.

    .venv/bin/python bench/missed_constructions.py [--gold training/train] [--top 15] [--examples 3]

For every candidate pair the relation model would read (relmodel/candidates.py) whose gold says relation R
in its sentence and the rules found no R for it there, the pair's lowest common ancestor on the dependency
path is counted, per relation. The commonest ancestors with a few example sentences show the classes of
sentence the rules do not read ("warn" for THREATENS: "warned that Russia would respond if NATO ...").
Run it on the training split only: a set you measure on stays unseen.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.relmodel.gold import examples, read_gold  # noqa: E402


def sentence_at(text: str, start: int, width: int = 160) -> str:
    line = text[start:].split("\n", 1)[0]
    return line[:width]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="training/train")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    articles = read_gold(args.gold)
    texts = {a.doc_id: a.text for a in articles}
    missed: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    samples: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    found: collections.Counter[str] = collections.Counter()
    for ex in examples(load_nlp(), articles).items:
        lca = next((f[4:] for f in ex.features if f.startswith("lca=")), "(none)")
        for relation in ex.labels:
            if relation in ex.rules:
                found[relation] += 1
                continue
            missed[relation][lca] += 1
            samples[relation, lca].append(sentence_at(texts[ex.doc_id], ex.start))
    rng = random.Random(0)
    for relation in sorted(missed, key=lambda r: -sum(missed[r].values())):
        total = sum(missed[relation].values())
        print(f"\n{relation}: rules miss {total} candidate labels, find {found[relation]}")
        for lca, count in missed[relation].most_common(args.top):
            print(f"  {count:4d}  {lca}")
            pool = samples[relation, lca]
            for sentence in rng.sample(pool, min(args.examples, len(pool))):
                print(f"          {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
