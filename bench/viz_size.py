"""The alliance page at scale: page size, render time in Python, and load / filter / bloc times in Chromium.

Builds a synthetic relation graph (default 2,000 actors, 3 relations per actor, 1-6 dated evidence items
each over one year, names and sentences invented here), writes the page, then loads it in headless
Chromium (networking off, through the DevTools client of tests/cdp.py) and reads the times the page
records itself: ready (navigation start to the end of the page script: drawing and labels; the blocs of
the whole graph come from Python), one period-slider move (refilter) and the bloc recomputation that
follows it, one label placement, and the in-page blocs of the whole graph again (compared with Python's).

    .venv/bin/python bench/viz_size.py                # 2000 actors
    .venv/bin/python bench/viz_size.py --nodes 500 --per-node 2
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from cdp import Browser  # noqa: E402
from graph_factory import actor, new_graph, relate  # noqa: E402

from graphkit import viz  # noqa: E402

RELATIONS = ["SUPPORTS", "COOPERATES_WITH", "SUPPLIES", "OPPOSES", "SANCTIONS", "ATTACKS", "MEETS"]


def synthetic_graph(nodes: int, per_node: int, seed: int = 7):
    """Actors in ten camps: relations inside a camp lean cooperative, across camps hostile."""
    rng = random.Random(seed)
    G = new_graph()
    ids = [f"org:actor-{i:05d}" for i in range(nodes)]
    for i, node in enumerate(ids):
        actor(G, node, f"Actor {i} of camp {i % 10}", mentions=rng.randint(1, 40))
    for i, u in enumerate(ids):
        for _ in range(per_node):
            v = rng.choice(ids)
            same = int(v[-5:]) % 10 == i % 10
            relation = rng.choice(RELATIONS[:3] if same else RELATIONS[3:]) if rng.random() < 0.85 else "MEETS"
            if u == v or G.has_edge(u, v, relation) or G.has_edge(v, u, relation):
                continue
            count = rng.randint(1, 6)
            dates = [f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(count)]
            relate(G, u, relation, v, count=count, dates=dates)
    return G


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--per-node", type=int, default=3)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("error: chromium is not installed")
    G = synthetic_graph(args.nodes, args.per_node)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "big.html"
        started = time.perf_counter()
        viz.write_html(G, page)
        render_s = time.perf_counter() - started
        size = page.stat().st_size
        with Browser(chromium, Path(tmp) / "profile") as b:
            started = time.perf_counter()
            b.open(page)
            b.settle()
            wall_s = time.perf_counter() - started
            ready = b.eval("window.graphkitView.readyMs")
            first = dict(b.eval("Object.fromEntries([...document.getElementById('graph').attributes]"
                                ".map(a => [a.name, a.value]))"))
            b.slide("#period-from", 120)  # a user narrows the period to its last two thirds
            b.settle()
            moved = dict(b.eval("Object.fromEntries([...document.getElementById('graph').attributes]"
                                ".map(a => [a.name, a.value]))"))
            b.eval("document.getElementById('period-reset').click()")  # back to the whole graph
            b.settle()
            whole = dict(b.eval("Object.fromEntries([...document.getElementById('graph').attributes]"
                                ".map(a => [a.name, a.value]))"))
            same = whole["data-blocs"] == first["data-blocs"]
    report = {
        "actors": G.number_of_nodes(), "relations": G.number_of_edges(),
        "evidence_items": sum(c for _, _, c in G.edges(data="count")),
        "page_bytes": size,
        "render_html_s": round(render_s, 2), "open_and_settle_s": round(wall_s, 2),
        "page_ready_ms": round(ready), "blocs_at_open_from": first["data-blocs-source"],
        "labels_shown": int(first["data-labels-shown"]), "label_placement_ms": float(first["data-labels-ms"]),
        "period_move_filter_ms": float(moved["data-filter-ms"]), "period_move_blocs_ms": float(moved["data-blocs-ms"]),
        "relations_shown_after_move": int(moved["data-edges-shown"]),
        "whole_graph_blocs_in_page_ms": float(whole["data-blocs-ms"]),
        "page_blocs_equal_python_blocs": same,
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
