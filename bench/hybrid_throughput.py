"""Throughput of rules-only and hybrid extraction against bare ``nlp.pipe``, side by side in one run,
and the peak memory of each extractor in a process of its own.

    .venv/bin/python bench/hybrid_throughput.py                        # 300 generated articles, best of 3
    .venv/bin/python bench/hybrid_throughput.py --quick                # 60 articles, once
    .venv/bin/python bench/hybrid_throughput.py --relation-model DIR   # a model of your own

Goals (issue 12): hybrid at least 0.6x and rules at least 0.85x the bare parse; the hybrid's peak
memory within 20% of the rules'.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from corpus import articles, machine_info, word_count

from graphkit.nlp import load_nlp, resolve_model
from graphkit.pipeline import extract
from graphkit.relmodel.settings import relation_settings

MEMORY_RUN = """
import json, resource, sys
sys.path.insert(0, sys.argv[4])
from corpus import articles
from graphkit.pipeline import extract
from graphkit.relmodel.settings import relation_settings
settings = relation_settings(sys.argv[1], sys.argv[2] or None)
n = sum(1 for _ in extract(articles(int(sys.argv[3])), relations=settings))
print(json.dumps({"triples": n, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--repeats", type=int)
    parser.add_argument("--relation-model", help="model folder (default: the shipped model)")
    parser.add_argument("--corpus", help="a folder/file of articles instead of the generated corpus")
    args = parser.parse_args()
    n = args.articles or (60 if args.quick else 300)
    repeats = args.repeats or (1 if args.quick else 3)
    items = articles(n, corpus=args.corpus)
    texts = [a.text for a in items]
    nlp = load_nlp()
    modes = {"rules": relation_settings("rules"), "hybrid": relation_settings("hybrid", args.relation_model)}
    print(f"machine: {machine_info()}")
    print(f"corpus: {n} articles, {word_count(items)} words; model {resolve_model(None)}")
    for settings in modes.values():
        sum(1 for _ in extract(items[:10], relations=settings))  # warm-up, model loading included

    # Wall clock, and this process's CPU time: on a machine other jobs share, the CPU-time ratio moves less.
    times: dict[str, list[float]] = {"bare": [], **{name: [] for name in modes}}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    counts: dict[str, int] = {}
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        times["bare"].append(time.perf_counter() - t)
        cpu["bare"].append(time.process_time() - c)
        for name, settings in modes.items():
            t, c = time.perf_counter(), time.process_time()
            counts[name] = sum(1 for _ in extract(items, relations=settings))
            times[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
    bare, bare_cpu = min(times["bare"]), min(cpu["bare"])
    print(f"{'run':10s} {'seconds':>8s} {'art/s':>7s} {'ratio to bare':>14s} {'triples':>8s} {'CPU ratio':>10s}")
    print(f"{'bare':10s} {bare:8.2f} {n / bare:7.1f} {1.0:14.3f} {'':8s} {1.0:10.3f}")
    for name in modes:
        best = min(times[name])
        print(f"{name:10s} {best:8.2f} {n / best:7.1f} {bare / best:14.3f} {counts[name]:8d} "
              f"{bare_cpu / min(cpu[name]):10.3f}")
    here = str(__import__("pathlib").Path(__file__).resolve().parent)
    for name, settings in modes.items():
        out = subprocess.run([sys.executable, "-c", MEMORY_RUN, settings.mode.value, settings.model_dir or "",
                              str(n), here], capture_output=True, text=True, check=True).stdout
        print(f"peak memory, {name}: {json.loads(out)['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
