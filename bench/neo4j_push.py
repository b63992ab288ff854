"""Benchmark: push a generated graph to the Neo4j dev server, batched vs. one transaction per row.

    .venv/bin/python bench/neo4j_push.py            # 100,000 relationships, 2,000-row baseline sample
    .venv/bin/python bench/neo4j_push.py --quick    # 10,000 relationships, 500-row sample
    .venv/bin/python bench/neo4j_push.py --restart  # also measure a fresh server start (ctl.sh down/up)

Uses the NEO4J_* environment (default: the dev server). It replaces everything graphkit
wrote in that database. The graph minus a sample of its relationships is pushed batched;
then the sample is pushed with the same MERGE statement and batch_size=1 (one managed
transaction per row) into that same database, and its rate is extrapolated to the full
graph. Rates count only the relationship phase (ontology relationships), timed from the
push's progress callback.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from graphkit import neo4j as gn  # noqa: E402
from neo4j_factory import CTL, DEV_PASSWORD, random_graph  # noqa: E402

LOG = ROOT / "neo4j-server" / "neo4j.log"


class PhaseTimer:
    """Progress callback that notes when the relationship rows start and end."""

    def __init__(self, n_actors: int, n_relationships: int):
        self.first, self.last = n_actors, n_actors + n_relationships
        self.start: float | None = None
        self.end: float | None = None

    def __call__(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if self.start is None and done >= self.first:
            self.start = now
        if self.end is None and done >= self.last:
            self.end = now


def server_start(restart: bool) -> str:
    if restart:
        subprocess.run(["bash", str(CTL), "down"], check=True, capture_output=True)
    up = subprocess.run(["bash", str(CTL), "up"], capture_output=True, text=True)
    if up.returncode != 0:
        sys.exit(f"cannot start the dev server:\n{up.stderr}")
    found = re.findall(r"started in ([0-9.]+)s", up.stderr)
    if found:
        return f"{found[-1]} s (ctl.sh up, this run)"
    logged = re.findall(r"ctl.sh: started in ([0-9.]+)s", LOG.read_text(encoding="utf-8") if LOG.exists() else "")
    return f"{logged[-1]} s (the running server's ctl.sh up; --restart to time a fresh start)" if logged \
        else "unknown (server not started by ctl.sh)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10,000 relationships and a 500-row sample")
    parser.add_argument("--restart", action="store_true", help="restart the dev server to time its start")
    parser.add_argument("--relationships", type=int, default=None)
    parser.add_argument("--sample", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    n_rel = args.relationships or (10_000 if args.quick else 100_000)
    n_sample = args.sample or (500 if args.quick else 2_000)
    conn = {"uri": os.environ.get("NEO4J_URI") or gn.DEFAULT_URI,
            "user": os.environ.get("NEO4J_USERNAME") or gn.DEFAULT_USER,
            "password": os.environ.get("NEO4J_PASSWORD") or DEV_PASSWORD,
            "database": os.environ.get("NEO4J_DATABASE") or gn.DEFAULT_DATABASE}

    started = server_start(args.restart)
    t = time.perf_counter()
    G = random_graph(n_rel, seed=42)
    print(f"graph: {G.number_of_nodes():,} actors, {G.number_of_edges():,} relationships, "
          f"{len(G.graph['articles']):,} articles, {len(gn.mention_rows(G)):,} mentions "
          f"(generated in {time.perf_counter() - t:.1f}s)")

    # Warm-up (JIT, query plans) so neither measurement pays for the server's first minutes.
    warm = random_graph(5_000, seed=7)
    gn.push(warm, replace=True, batch_size=args.batch_size, **conn)
    gn.push(warm.edge_subgraph(sorted(warm.edges(keys=True))[:200]).copy(), batch_size=1, **conn)

    # Both measurements create new relationships among the same actors in the same database:
    # first the graph minus a sample of its relationships, batched; then the sample, one
    # transaction per row (its actors already exist, so only relationship MERGEs are timed).
    sample = random.Random(1).sample(sorted(G.edges(keys=True)), n_sample)
    main_part = G.copy()
    main_part.remove_edges_from(sample)
    S = G.edge_subgraph(sample).copy()
    S.graph = {**G.graph}

    fast = PhaseTimer(main_part.number_of_nodes(), main_part.number_of_edges())
    t = time.perf_counter()
    summary = gn.push(main_part, replace=True, batch_size=args.batch_size, on_progress=fast, **conn)
    total = time.perf_counter() - t
    fast_rate = main_part.number_of_edges() / (fast.end - fast.start)

    slow = PhaseTimer(S.number_of_nodes(), S.number_of_edges())
    gn.push(S, batch_size=1, on_progress=slow, **conn)
    slow_rate = S.number_of_edges() / (slow.end - slow.start)

    t = time.perf_counter()
    again = gn.push(G, batch_size=args.batch_size, **conn)
    repeat = time.perf_counter() - t

    print(f"server start: {started}")
    print(f"batched push (batch {args.batch_size}): {main_part.number_of_edges():,} relationships in "
          f"{fast.end - fast.start:.1f}s = {fast_rate:,.0f} relationships/s; whole push {total:.1f}s "
          f"({summary.batches} batches, {summary.nodes_created:,} nodes and "
          f"{summary.relationships_created:,} relationships created)")
    print(f"row-at-a-time (one transaction per row), measured on {S.number_of_edges():,} rows: "
          f"{slow_rate:,.0f} relationships/s -> {G.number_of_edges() / slow_rate:,.0f}s extrapolated "
          f"for {G.number_of_edges():,}")
    print(f"ratio batched / row-at-a-time: {fast_rate / slow_rate:.1f}x (goal >= 30x)")
    print(f"full graph pushed again (all MERGE matches): {repeat:.1f}s, created "
          f"{again.nodes_created} nodes, {again.relationships_created} relationships")


if __name__ == "__main__":
    main()
