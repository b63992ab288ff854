"""Scale: 100 / 1,000 / 10,000 articles through ``read_articles -> extract -> write_triples``.

Each size runs in a fresh subprocess that loads the pipeline, warms it up on a
few articles, resets its peak-RSS counter (``/proc/self/clear_refs``), then
streams a JSONL corpus to a triples file exactly as ``graphkit extract`` does. Goals: time per article
constant within +-15% and peak RSS of the extract stage flat within +-20%
across sizes (the stage holds no graph, so nothing should grow with the corpus).

    .venv/bin/python bench/scale.py                 # 100, 1000, 10000
    .venv/bin/python bench/scale.py --quick         # 50, 150, 450
    .venv/bin/python bench/scale.py --sizes 100 1000 --corpus DIR
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import articles, machine_info, write_corpus

HERE = Path(__file__).resolve()


def status_kb(field: str) -> int:
    """A ``/proc/self/status`` memory figure (VmRSS, VmHWM) in kB."""
    with open("/proc/self/status", encoding="utf-8") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith(field + ":"))


def child(corpus: str, out: str, workers: int, batch_size: int) -> None:
    """Run the extract stage on *corpus* and print its figures as JSON."""
    from graphkit.nlp import load_nlp
    from graphkit.pipeline import extract
    from graphkit.sources import read_articles
    from graphkit.triples_io import write_triples

    t = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t
    sum(1 for _ in extract(articles(5, seed=99)))  # first-call costs stay out of the per-article figures
    rss_loaded = status_kb("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM: the peak of the stage alone
        reset = True
    except OSError:
        reset = False
    counted = {"articles": 0}
    t, c = time.perf_counter(), time.process_time()
    triples = write_triples(extract(read_articles([corpus]), workers=workers, batch_size=batch_size,
                                    on_article=lambda a, n: counted.__setitem__("articles", counted["articles"] + 1)),
                            out)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(json.dumps({"articles": counted["articles"], "triples": triples, "load_s": load_s, "wall_s": wall,
                      "cpu_s": cpu, "rss_loaded_kb": rss_loaded, "hwm_kb": status_kb("VmHWM"),
                      "rss_end_kb": status_kb("VmRSS"), "hwm_reset": reset}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes 50, 150, 450")
    parser.add_argument("--sizes", type=int, nargs="+", default=None)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", help="a folder/file of articles to cycle through instead of generated ones")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.workers, args.batch_size)
        return
    sizes = args.sizes or ([50, 150, 450] if args.quick else [100, 1000, 10000])
    print(f"machine: {machine_info()}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="graphkit-scale-") as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            if args.corpus:
                with corpus.open("w", encoding="utf-8") as handle:
                    for a in articles(size, corpus=args.corpus):
                        handle.write(json.dumps({"id": a.doc_id, "text": a.text, "date": a.date}) + "\n")
            else:
                write_corpus(corpus, size, seed=7)
            done = subprocess.run([sys.executable, str(HERE), "--child", str(corpus), str(Path(tmp) / "out.jsonl"),
                                   "--workers", str(args.workers), "--batch-size", str(args.batch_size)],
                                  check=True, capture_output=True, text=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            rows.append((size, row))
            print(f"  {size}: {row['wall_s']:.1f}s, load average now {machine_info().rsplit('load average ', 1)[1]}",
                  flush=True)
    ms = {s: 1000 * r["wall_s"] / r["articles"] for s, r in rows}
    cpu = {s: 1000 * r["cpu_s"] / r["articles"] for s, r in rows}
    peak = {s: r["hwm_kb"] / 1024 for s, r in rows}
    print(f"{'articles':>9s} {'triples':>8s} {'ms/article':>11s} {'CPU ms/art':>11s} {'peak RSS MB':>12s} "
          f"{'RSS after load MB':>18s} {'RSS at end MB':>14s}")
    for size, r in rows:
        print(f"{size:9d} {r['triples']:8d} {ms[size]:11.1f} {cpu[size]:11.1f} {peak[size]:12.0f} "
              f"{r['rss_loaded_kb'] / 1024:18.0f} {r['rss_end_kb'] / 1024:14.0f}")
    for label, values, goal in (("time per article", ms, 15), ("CPU per article", cpu, 15), ("peak RSS", peak, 20)):
        mean = sum(values.values()) / len(values)
        spread = max(abs(v - mean) / mean for v in values.values()) * 100
        print(f"{label}: max deviation from the mean {spread:.1f}% (goal within +-{goal}%)")
    if not all(r["hwm_reset"] for _, r in rows):
        print("note: VmHWM could not be reset, so peak RSS includes loading the model")
    print(f"(parent max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
