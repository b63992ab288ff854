"""Time slices: ``slice_graph`` + ``supporters`` on a generated graph of 100,000 relations whose
evidence is spread over five years (2020-2024).

Times the first slice of a period (which also builds the per-edge index of evidence dates), the
same question again (answered from the slice cache), new periods asked after the first (built
from the index), and the same questions asked directly (``supporters(G, actor, since=, until=)``,
which reads only the actor's edges). Target: under 100 ms after the first query.

    .venv/bin/python bench/slice_speed.py            # 100,000 relations
    .venv/bin/python bench/slice_speed.py --quick    # 10,000 relations
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import machine_info  # noqa: E402
from graph_bench import triples  # noqa: E402

from graphkit.errors import UnknownActorError  # noqa: E402
from graphkit.graph import build_graph  # noqa: E402
from graphkit.query import supporters  # noqa: E402
from graphkit.timeline import slice_graph  # noqa: E402

YEARS = range(2020, 2025)
EVIDENCE = 3  # evidence items per relation


def dated_graph(n_relations: int, seed: int = 0):
    """graph_bench's triples, each stated EVIDENCE times on days drawn uniformly from five years."""
    rng = random.Random(seed)
    spread = [dataclasses.replace(t, start=t.start + 10_000 * k, end=t.end + 10_000 * k, date=_day(rng))
              for t in triples(n_relations, seed) for k in range(EVIDENCE)]
    return build_graph(spread)


def _day(rng: random.Random) -> str:
    return f"{rng.choice(YEARS)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def ask(G, since: str, until: str, actor: str) -> float:
    """Milliseconds for one slice + supporters question."""
    started = time.perf_counter()
    try:
        supporters(slice_graph(G, since, until), actor)
    except UnknownActorError:
        pass  # not in that period: still a question answered
    return 1000 * (time.perf_counter() - started)


def ask_directly(G, since: str, until: str, actor: str, level: str = "actor") -> float:
    """Milliseconds for ``supporters(G, actor, since=, until=)``: only the actor's edges are read."""
    started = time.perf_counter()
    supporters(G, actor, level=level, since=since, until=until)
    return 1000 * (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 relations instead of 100,000")
    args = parser.parse_args()
    started = time.perf_counter()
    G = dated_graph(10_000 if args.quick else 100_000)
    evidence = sum(d["count"] for _, _, d in G.edges(data=True))
    print(f"graph: {G.number_of_edges():,} relations, {evidence:,} evidence items, {G.number_of_nodes():,} actors "
          f"(built in {time.perf_counter() - started:.1f}s); {machine_info()}")
    actor = max(G, key=G.in_degree)
    print(f"first  2022 slice + supporters:          {ask(G, '2022', '2022', actor):8.1f} ms")
    again = [ask(G, "2022", "2022", actor) for _ in range(20)]
    print(f"same   2022 slice + supporters (median):  {statistics.median(again):8.1f} ms")
    years = [ask(G, str(y), str(y), actor) for y in YEARS if y != 2022]
    print(f"other years, first time (median):         {statistics.median(years):8.1f} ms")
    quarters = [ask(G, f"{y}Q{q}", f"{y}Q{q}", actor) for y in YEARS for q in range(1, 5)]
    print(f"quarters, first time (median, max):       {statistics.median(quarters):8.1f} ms, "
          f"{max(quarters):.1f} ms")
    again = [ask(G, f"{y}Q{q}", f"{y}Q{q}", actor) for y in YEARS[-2:] for q in range(1, 5)]
    print(f"last 8 quarters again (median, max):      {statistics.median(again):8.1f} ms, {max(again):.1f} ms")
    periods = [(f"{y}Q{q}", f"{y}Q{q}") for y in YEARS for q in range(1, 5)] + [(str(y), str(y)) for y in YEARS]
    for level in ("actor", "country"):
        first = ask_directly(G, "2021", "2021", actor, level)  # at country level: builds the country view once
        direct = [ask_directly(G, since, until, actor, level) for since, until in periods]
        print(f"supporters(G, since=, until=), {level:7} level: first {first:8.1f} ms; "
              f"then {len(direct)} new periods median {statistics.median(direct):.1f} ms, max {max(direct):.1f} ms")


if __name__ == "__main__":
    main()
