"""Graph build/merge throughput and query latency on a generated graph of 100,000 relations.

Triples are generated (seeded): 200 countries, 1,500 organisations and 3,300
people (each leading or serving a country), with random events between them,
about 20 triples per article. The script times ``build_graph`` (triples/s),
an incremental ``merge`` of new articles into the built graph, a no-op re-merge,
saving and loading the graph file, the CLI's period and confidence filters, then ``supporters`` and ``path`` by actor
name (as the CLI asks them). Goal: queries under 50 ms.

    .venv/bin/python bench/graph_bench.py            # 100,000 relations
    .venv/bin/python bench/graph_bench.py --quick    # 10,000 relations
"""
from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

from corpus import machine_info

from graphkit.graph import build_graph, load_graph, merge, save_graph
from graphkit.ontology import EVENTS, POLARITY, SYMMETRIC
from graphkit.query import path, supporters
from graphkit.timeline import filter_graph
from graphkit.types import Triple

TRIPLES_PER_ARTICLE = 20


def actors(rng: random.Random) -> list[tuple[str, str, str, str | None]]:
    """(id, name, type, country id) for every generated actor."""
    codes = sorted({"".join(rng.choices(string.ascii_uppercase, k=3)) for _ in range(400)})[:200]
    out = [(f"country:{c}", f"Country {c}", "COUNTRY", None) for c in codes]
    out += [(f"org:org-{i}", f"Organisation {i}", "ORG", None) for i in range(1500)]
    out += [(f"person:person-{i}", f"Person {i}", "PERSON", f"country:{rng.choice(codes)}") for i in range(3300)]
    return out


def triples(n_relations: int, seed: int = 0) -> list[Triple]:
    """Triples that make about *n_relations* distinct edges (affiliations first, then random events)."""
    rng = random.Random(seed)
    people = actors(rng)
    by_id = {a[0]: a for a in people}
    pairs = [(a[0], a[3], "LEADER_OF" if i % 10 == 0 else "MEMBER_OF")
             for i, a in enumerate(p for p in people if p[3])]
    edges: set[tuple[str, str, str]] = set()
    while len(pairs) + len(edges) < n_relations:
        s, o = rng.sample(people, 2)
        rel = rng.choice(EVENTS)
        a, b = (min(s[0], o[0]), max(s[0], o[0])) if rel in SYMMETRIC else (s[0], o[0])
        edges.add((a, b, rel))
    keys = pairs + sorted(edges)
    rng.shuffle(keys)
    keys += rng.sample(keys, len(keys) // 10)  # repeated evidence for some relations
    out = []
    for i, (s, o, rel) in enumerate(keys):
        subj, obj = by_id[s], by_id[o]
        doc = f"gen-{i // TRIPLES_PER_ARTICLE:06d}"
        start = (i % TRIPLES_PER_ARTICLE) * 100
        sentence = f"{subj[1]} {rel.lower().replace('_', ' ')} {obj[1]}."
        out.append(Triple(doc_id=doc, subject=subj[1], subject_id=s, subject_type=subj[2], subject_text=subj[1],
                          relation=rel, polarity=POLARITY[rel], object=obj[1], object_id=o, object_type=obj[2],
                          object_text=obj[1], predicate=rel.lower(), rule="bench", confidence=0.8,
                          sentence=sentence, start=start, end=start + len(sentence),
                          date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"))
    return out


def timed(fn, *args, **kwargs):
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - t


def latency(fn, cases) -> str:
    ms = []
    for case in cases:
        t = time.perf_counter()
        fn(*case)
        ms.append(1000 * (time.perf_counter() - t))
    ms.sort()
    return (f"median {statistics.median(ms):7.2f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:7.2f} ms, "
            f"max {ms[-1]:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10,000 relations")
    parser.add_argument("--relations", type=int, default=None, help="distinct relations (default 100,000)")
    parser.add_argument("--queries", type=int, default=100, help="queries of each kind")
    parser.add_argument("--country-queries", type=int, default=5, help="country-level supporters queries")
    args = parser.parse_args()
    n = args.relations or (10_000 if args.quick else 100_000)
    print(f"machine: {machine_info()}")
    data, gen_s = timed(triples, n)
    split = int(len(data) * 0.9) // TRIPLES_PER_ARTICLE * TRIPLES_PER_ARTICLE  # whole articles on each side
    print(f"generated {len(data)} triples in {gen_s:.1f}s")

    G, build_s = timed(build_graph, data)
    print(f"build_graph: {len(data)} triples -> {G.number_of_nodes()} actors, {G.number_of_edges()} relations "
          f"in {build_s:.2f}s ({len(data) / build_s:,.0f} triples/s)")
    H, base_s = timed(build_graph, data[:split])
    _, merge_s = timed(merge, H, data[split:])
    print(f"merge: {len(data) - split} triples of new articles into a graph of {H.number_of_edges()} relations "
          f"in {merge_s:.2f}s ({(len(data) - split) / merge_s:,.0f} triples/s)")
    _, again_s = timed(merge, H, data[split:])
    print(f"merge again (same articles, no change): {again_s:.2f}s")
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "graph.json"
        _, save_s = timed(save_graph, G, file)
        G2, load_s = timed(load_graph, file)
        print(f"save_graph {save_s:.2f}s, load_graph {load_s:.2f}s ({file.stat().st_size / 2**20:.0f} MB)")
    assert G2.number_of_edges() == G.number_of_edges()
    # What --since/--until/--min-confidence add to every command (generated evidence is at 0.8 each).
    for label, options in (("one quarter", {"since": "2024Q2", "until": "2024Q2"}),
                           ("min confidence 0.9", {"min_confidence": 0.9})):
        S, filter_s = timed(filter_graph, G, **options)
        print(f"filter_graph ({label}): {S.number_of_edges()} relations left in {filter_s:.2f}s")

    rng = random.Random(1)
    names = sorted(d["name"] for _, d in G.nodes(data=True))
    people_orgs = [nm for nm in names if not nm.startswith("Country")]
    print(f"queries by name over {G.number_of_nodes()} actors / {G.number_of_edges()} relations "
          f"({args.queries} each; goal < 50 ms):")
    print(f"  supporters (actor level):   {latency(lambda a: supporters(G, a), [(rng.choice(names),) for _ in range(args.queries)])}")
    print(f"  path (actor level):         {latency(lambda a, b: path(G, a, b), [tuple(rng.sample(people_orgs, 2)) for _ in range(args.queries)])}")
    print(f"  supporters (country level): {latency(lambda a: supporters(G, a, level='country'), [(rng.choice(names),) for _ in range(args.country_queries)])}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
