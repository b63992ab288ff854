"""One worker process against two: ``graphkit extract --workers 1`` vs ``--workers 2`` on the same articles.

The goal is a speed-up of at least 1.7x on two cores. Wall-clock time includes
starting the worker processes (each loads the spaCy pipeline once); the
steady-state figure leaves that out (time after the first article's triples).
CPU seconds per article (parent plus workers) show the cost of parallelism
itself, independent of other jobs competing for the cores: with N free cores
the speed-up is about N x (CPU/article with 1 worker) / (CPU/article with N).
For comparison the script also times spaCy's own multiprocessing,
``nlp.pipe(n_process=2)``, on the bare parse. Both runs must give the same
triples in the same order.

    .venv/bin/python bench/workers.py            # 1000 articles
    .venv/bin/python bench/workers.py --quick    # 150 articles
"""
from __future__ import annotations

import argparse
import resource
import time

from corpus import articles, machine_info

from graphkit.nlp import load_nlp
from graphkit.pipeline import extract


def run(items, workers: int, batch_size: int) -> tuple[float, float, float, list]:
    """(total seconds, seconds after the first article, CPU seconds of all processes, triples)."""
    first: list[float] = []
    cpu0 = cpu_seconds()
    t = time.perf_counter()
    triples = list(extract(items, workers=workers, batch_size=batch_size,
                           on_article=lambda a, k: first or first.append(time.perf_counter())))
    end = time.perf_counter()
    return end - t, end - first[0], cpu_seconds() - cpu0, triples


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the worker processes, once shut down)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="150 articles")
    parser.add_argument("--articles", type=int, default=None, help="articles to process (default 1000)")
    parser.add_argument("--workers", type=int, default=2, help="the parallel run's worker count")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", help="a folder/file of articles instead of the generated corpus")
    parser.add_argument("--skip-spacy", action="store_true", help="do not time nlp.pipe(n_process=N)")
    args = parser.parse_args()
    n = args.articles or (150 if args.quick else 1000)
    items = articles(n, corpus=args.corpus, seed=1)
    print(f"machine: {machine_info()}")
    load_nlp()
    sum(1 for _ in extract(items[:10]))  # warm-up

    one, one_steady, one_cpu, base = run(items, 1, args.batch_size)
    many, many_steady, many_cpu, par = run(items, args.workers, args.batch_size)
    assert par == base, "parallel extraction changed the triples or their order"
    print(f"{n} articles, {len(base)} triples (identical, same order)")
    print(f"{'run':32s} {'seconds':>8s} {'art/s':>7s} {'steady art/s':>13s} {'CPU ms/art':>11s}")
    for label, total, steady, cpu in (("graphkit extract --workers 1", one, one_steady, one_cpu),
                                      (f"graphkit extract --workers {args.workers}", many, many_steady, many_cpu)):
        print(f"{label:32s} {total:8.2f} {n / total:7.1f} {(n - 1) / steady:13.1f} {1000 * cpu / n:11.1f}")
    print(f"speed-up: {one / many:.2f}x wall clock, {one_steady / many_steady:.2f}x steady state (goal >= 1.7x); "
          f"CPU per article {one_cpu / many_cpu:.2f} of the single process's "
          f"(with {args.workers} free cores: ~{args.workers * one_cpu / many_cpu:.2f}x)")
    if not args.skip_spacy:
        nlp = load_nlp()
        texts = [a.text for a in items]
        timings = {}
        for procs in (1, args.workers):
            t = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=procs):
                pass
            timings[procs] = time.perf_counter() - t
        print(f"for comparison, bare nlp.pipe n_process=1: {timings[1]:.2f}s, n_process={args.workers}: "
              f"{timings[args.workers]:.2f}s ({timings[1] / timings[args.workers]:.2f}x)")
    print(f"load average after: {machine_info().rsplit('load average ', 1)[1]}")


if __name__ == "__main__":
    main()
