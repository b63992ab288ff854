"""Extraction throughput against bare ``nlp.pipe`` on the same texts, same pipeline, same run.

The goal is a ratio (bare parse time / extraction time) of at least 0.85: the
extraction rules, memory zones and triple records should cost little on top
of the spaCy parse they need. Runs alternate between the two and the best of
``--repeats`` counts, which damps noise from other jobs on the machine; the
ratio of process CPU times is printed too (insensitive to such jobs). Also
printed: the share of the extract stage spent in the rules (``doc_triples`` on
already-parsed Docs), and the stock model (no gazetteer entity ruler) for scale.

    .venv/bin/python bench/extract_throughput.py            # 1000 articles, best of 3
    .venv/bin/python bench/extract_throughput.py --quick    # 100 articles, once
    .venv/bin/python bench/extract_throughput.py --corpus DIR --profile
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time

import spacy
from corpus import articles, machine_info, word_count

from graphkit.nlp import UNUSED_COMPONENTS, load_nlp, resolve_model
from graphkit.pipeline import extract
from graphkit.rules import doc_triples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 articles, one repeat")
    parser.add_argument("--articles", type=int, default=None, help="articles to process (default 1000)")
    parser.add_argument("--repeats", type=int, default=None, help="alternating runs of each (default 3)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", help="a folder/file of articles instead of the generated corpus")
    parser.add_argument("--model", help="spaCy model package")
    parser.add_argument("--profile", action="store_true", help="print the top functions of the extract stage")
    args = parser.parse_args()
    n = args.articles or (100 if args.quick else 1000)
    repeats = args.repeats or (1 if args.quick else 3)

    items = articles(n, corpus=args.corpus)
    texts = [a.text for a in items]
    words = word_count(items)
    nlp = load_nlp(args.model)
    print(f"machine: {machine_info()}")
    print(f"corpus: {n} articles, {words} words; model {resolve_model(args.model)}; pipeline {nlp.pipe_names}")
    sum(1 for _ in extract(items[:20], model=args.model))  # warm-up: first-call costs stay out of the timings

    bare, full, bare_cpu, full_cpu = [], [], [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        bare.append(time.perf_counter() - t)
        bare_cpu.append(time.process_time() - c)
        t, c = time.perf_counter(), time.process_time()
        triples = sum(1 for _ in extract(items, model=args.model, batch_size=args.batch_size))
        full.append(time.perf_counter() - t)
        full_cpu.append(time.process_time() - c)
    docs = list(zip(nlp.pipe(texts[:200], batch_size=args.batch_size), items[:200]))
    t = time.perf_counter()
    for doc, article in docs:
        for _ in doc_triples(doc, article):
            pass
    rules_per_article = (time.perf_counter() - t) / len(docs)
    del docs
    stock = spacy.load(resolve_model(args.model), exclude=list(UNUSED_COMPONENTS))
    t = time.perf_counter()
    for _doc in stock.pipe(texts, batch_size=args.batch_size):
        pass
    stock_time = time.perf_counter() - t

    b, f = min(bare), min(full)
    print(f"{'stage':44s} {'seconds':>8s} {'art/s':>7s} {'words/s':>8s}")
    for label, secs in (("nlp.pipe, graphkit pipeline (bare parse)", b), ("graphkit extract (parse + rules)", f),
                        ("nlp.pipe, stock model (no gazetteer ruler)", stock_time)):
        print(f"{label:44s} {secs:8.2f} {n / secs:7.1f} {words / secs:8.0f}")
    print(f"triples: {triples}; rules alone: {1000 * rules_per_article:.2f} ms/article "
          f"({100 * rules_per_article * n / f:.0f}% of extract time)")
    print(f"throughput ratio extract/bare: {b / f:.3f} wall clock, {min(bare_cpu) / min(full_cpu):.3f} CPU time "
          f"(goal >= 0.85); all runs bare {fmt(bare)} extract {fmt(full)}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: sum(1 for _ in extract(items, model=args.model, batch_size=args.batch_size)))
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


def fmt(times: list[float]) -> str:
    return "[" + ", ".join(f"{t:.2f}" for t in times) + "]"


if __name__ == "__main__":
    main()
