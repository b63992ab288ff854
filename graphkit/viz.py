"""Alliance views: one self-contained interactive HTML page, or a static PNG.

The HTML page needs no network: its style and scripts are inline (vanilla
JavaScript drawing SVG, from ``graphkit/data/viz.html``, ``viz.js`` and
``viz_blocs.js``) and the graph travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&``
escaped, so no actor name or sentence can close the element or inject markup;
the page itself only ever sets text through ``textContent`` and links only to
``http(s)`` article addresses.

Nodes are coloured by bloc and sized by mentions; each relation is one arrow,
green for cooperative, red for hostile, grey for neutral (dashed for
LEADER_OF/MEMBER_OF), thicker with more evidence. The page searches actors,
highlights neighbourhoods, lists evidence, filters by relation, confidence,
evidence count and period, and recomputes the blocs of what it shows with a
JavaScript port of :func:`graphkit.analysis.blocs` (see docs/viz.md). For
that, every relation carries the day and confidence of each evidence item
(compact integer arrays), and at most ``MAX_EVIDENCE`` sentences. The layout
is computed here (seeded spring layout), so the same graph always gives the
same picture.
"""
from __future__ import annotations

import html
import io
import json
import math
import os
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from .analysis import blocs, signed_graph
from .atomic import atomic_write
from .decay import as_date
from .errors import GraphkitError, install_hint
from .graph import evidence_date
from .query import graph_at

WIDTH, HEIGHT, MARGIN = 1000, 700, 70
MAX_EVIDENCE = 20  # sentences embedded per relation; the count still says how many there are
LAYOUT_FULL = 500  # actors up to which the layout runs its full 200 rounds (see _iterations)
COLOURS = {"positive": "#2e9d4a", "negative": "#d1362f", "neutral": "#9a9a9a", "structural": "#b0b0b0"}
BLOC_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
                "#aec7e8", "#ffbb78")
LONE_COLOUR = "#d9d9d9"  # actors with no signed tie, or alone in their bloc
DATA_DIR = Path(str(resources.files("graphkit") / "data"))  # package data, also in a wheel
TEMPLATE = DATA_DIR / "viz.html"
SCRIPTS = (DATA_DIR / "viz_blocs.js", DATA_DIR / "viz.js")  # inlined in this order
EVIDENCE_FIELDS = ("doc_id", "sentence", "predicate", "url", "title")


def view_data(G: nx.MultiDiGraph, *, level: str = "actor", seed: int = 0,
              title: str = "graphkit alliances") -> dict[str, Any]:
    """Everything the page draws: positioned nodes with bloc colours, edges, relation and bloc legends.

    Each edge's ``days`` and ``confidences`` hold one entry per evidence item: days after ``day0``
    (``-1`` when undated; event date, else article date) and confidence in thousandths."""
    V = graph_at(G, level)
    colour, label, bloc_rows = _bloc_colours(signed_graph(G, level=level), seed)
    pos = _layout(V, seed)
    nodes = []
    for n in sorted(V):
        attrs = V.nodes[n]
        mentions = int(attrs.get("mentions") or 0)
        name = str(attrs.get("name") or n)
        x, y = pos[n]
        nodes.append({"id": n, "name": name, "type": attrs.get("type"),
                      "role": attrs.get("role"), "mentions": mentions,
                      "aliases": sorted({str(a) for a in attrs.get("aliases") or [] if a and a != name}),
                      "x": round(x, 1), "y": round(y, 1), "r": round(min(6 + 3 * math.sqrt(mentions), 30), 1),
                      "colour": colour.get(n, LONE_COLOUR), "bloc_label": label.get(n, "no bloc")})
    edges, day0, span = _edges(V)
    per_relation: dict[str, int] = {}
    for e in edges:
        per_relation[e["relation"]] = per_relation.get(e["relation"], 0) + 1
    return {"title": title, "level": level, "seed": seed, "width": WIDTH, "height": HEIGHT,
            "colours": COLOURS, "bloc_colours": BLOC_COLOURS, "lone_colour": LONE_COLOUR,
            "day0": day0.isoformat() if day0 else None, "days": span,
            "nodes": nodes, "edges": edges,
            "relations": [{"name": r, "edges": c} for r, c in sorted(per_relation.items())],
            "blocs": bloc_rows}


def _edges(V: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], date | None, int]:
    """Edge rows (self-loops left out), the first evidence day and the number of days to the last."""
    rows, per_pair = [], {}
    for u, v, rel, data in sorted(V.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if u == v:
            continue
        pair = (min(u, v), max(u, v))
        index = per_pair[pair] = per_pair.get(pair, -1) + 1
        evidence = data.get("evidence") or []
        count = int(data.get("count") or 0)
        rows.append({"source": u, "target": v, "relation": rel, "polarity": data.get("polarity"),
                     "structural": data.get("polarity") is None, "count": count,
                     "confidence": data.get("confidence"),
                     "width": round(min(1 + 1.5 * math.sqrt(count), 10), 1), "pair_index": index,
                     "dates": [as_date(evidence_date(ev), strict=False) for ev in evidence],  # None: undated
                     "confidences": [round(1000 * float(ev.get("confidence") or 0)) for ev in evidence],
                     "evidence": [_evidence(ev) for ev in evidence[:MAX_EVIDENCE]]})
    known = [d for e in rows for d in e["dates"] if d]
    day0 = min(known) if known else None
    for e in rows:
        # Spread parallel relations of one pair around the straight line.
        total = per_pair[(min(e["source"], e["target"]), max(e["source"], e["target"]))] + 1
        bend = e.pop("pair_index") - (total - 1) / 2
        e["bend"] = bend if e["source"] < e["target"] else -bend
        e["days"] = [(d - day0).days if d else -1 for d in e.pop("dates")]
    return rows, day0, (max(known) - day0).days if known else 0


def _evidence(ev: dict[str, Any]) -> dict[str, Any]:
    """What the page lists for one evidence item (empty fields left out to keep big pages small)."""
    item = {k: ev.get(k) for k in EVIDENCE_FIELDS if ev.get(k)}
    when = evidence_date(ev)
    if when:
        item["date"] = str(when)
    return item


def render_html(G: nx.MultiDiGraph, *, level: str = "actor", seed: int = 0,
                title: str = "graphkit alliances") -> str:
    """The self-contained interactive page for *G* as a string."""
    data = view_data(G, level=level, seed=seed, title=title)
    template = TEMPLATE.read_text(encoding="utf-8")
    script = "\n".join(path.read_text(encoding="utf-8") for path in SCRIPTS)
    if "</script" in script.lower():  # would end the inline element early
        raise GraphkitError("the page script contains </script")
    values = {"TITLE": html.escape(title), "DATA": _script_json(data), "SCRIPT": script}
    # One pass, so a title containing "{{DATA}}" stays text.
    return re.sub(r"\{\{(TITLE|DATA|SCRIPT)\}\}", lambda m: values[m.group(1)], template)


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike, **options: Any) -> None:
    """Write :func:`render_html` atomically to *path* (``-`` for stdout)."""
    page = render_html(G, **options)
    with atomic_write(path) as handle:
        handle.write(page)


def write_png(G: nx.MultiDiGraph, path: str | os.PathLike, *, level: str = "actor", seed: int = 0,
              title: str = "graphkit alliances") -> None:
    """A static picture for reports: the same drawing as the page, without interaction."""
    fig = bloc_figure(view_data(G, level=level, seed=seed, title=title))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    with atomic_write(path, mode="wb") as handle:
        handle.write(buffer.getvalue())


def bloc_figure(data: dict[str, Any]) -> Any:
    """A matplotlib ``Figure`` of :func:`view_data` (no pyplot, so notebooks keep their backend)."""
    try:
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError:
        raise GraphkitError(f"PNG output needs matplotlib: {install_hint('notebooks')}") from None
    fig = Figure(figsize=(WIDTH / 100 + 3, HEIGHT / 100))  # room on the right for the legend
    ax = fig.add_subplot()
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(HEIGHT, 0)  # same orientation as the page
    ax.axis("off")
    ax.set_title(_plain(data["title"]))
    where = {n["id"]: n for n in data["nodes"]}
    for e in data["edges"]:
        a, b = where[e["source"]], where[e["target"]]
        kind = "structural" if e["structural"] else ("positive" if e["polarity"] > 0 else
                                                     "negative" if e["polarity"] < 0 else "neutral")
        ax.annotate("", xy=(b["x"], b["y"]), xytext=(a["x"], a["y"]),
                    arrowprops={"arrowstyle": "-|>", "color": COLOURS[kind], "lw": e["width"] / 1.5,
                                "alpha": 0.7, "linestyle": "--" if e["structural"] else "-",
                                "shrinkA": a["r"] / 1.3, "shrinkB": b["r"] / 1.3,
                                "connectionstyle": f"arc3,rad={0.15 * e['bend']}"})
    for n in data["nodes"]:
        ax.scatter([n["x"]], [n["y"]], s=(n["r"] * 1.4) ** 2, c=n["colour"], edgecolors="#333", zorder=3)
        ax.text(n["x"], n["y"] + n["r"] + 12, _plain(n["name"]), ha="center", va="top", fontsize=8, zorder=4)
    handles = [Line2D([0], [0], marker="o", linestyle="", markerfacecolor=b["colour"], markeredgecolor="#333",
                      label=_plain(f"{b['label']}: {', '.join(b['names'][:4])}{'…' if len(b['names']) > 4 else ''}"))
               for b in data["blocs"]]
    handles += [Line2D([0], [0], color=COLOURS[k], label=k) for k in ("positive", "negative", "neutral")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def _bloc_colours(S: nx.Graph, seed: int) -> tuple[dict[str, str], dict[str, str], list[dict[str, Any]]]:
    """Colour and label per node; blocs of one actor stay grey so real blocs stand out."""
    colour, label, rows = {}, {}, []
    for bloc in (b for b in blocs(S, seed=seed) if len(b) > 1):
        hue = BLOC_COLOURS[(bloc.id - 1) % len(BLOC_COLOURS)]
        rows.append({"id": bloc.id, "label": f"Bloc {bloc.id}", "colour": hue, "names": list(bloc.names),
                     "members": list(bloc.members)})
        for n in bloc.members:
            colour[n], label[n] = hue, f"Bloc {bloc.id}"
    return colour, label, rows


def _layout(V: nx.MultiDiGraph, seed: int) -> dict[str, tuple[float, float]]:
    """Seeded spring layout scaled to the page; allies pull closer than enemies."""
    H = nx.Graph()
    H.add_nodes_from(sorted(V))
    for u, v, data in V.edges(data=True):
        if u != v:
            pull = {1: 3.0, -1: 0.5}.get(data.get("polarity"), 0.5)
            H.add_edge(u, v, weight=max(pull, H.get_edge_data(u, v, {}).get("weight", 0.0)))
    if len(H) == 0:
        return {}
    if len(H) == 1:
        return {next(iter(H)): (WIDTH / 2, HEIGHT / 2)}
    raw = nx.spring_layout(H, seed=seed, weight="weight", k=2.5 / math.sqrt(len(H)), iterations=_iterations(len(H)))
    # Pull far-flung leaves in (distance from the centre ** 0.6) so the dense core gets the room.
    cx = sum(p[0] for p in raw.values()) / len(raw)
    cy = sum(p[1] for p in raw.values()) / len(raw)
    squeezed = {}
    for n, (x, y) in raw.items():
        r = math.hypot(x - cx, y - cy)
        f = r ** 0.6 / r if r > 0 else 0.0
        squeezed[n] = ((x - cx) * f, (y - cy) * f)
    xs = [p[0] for p in squeezed.values()]
    ys = [p[1] for p in squeezed.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (MARGIN + (p[0] - min(xs)) / span_x * (WIDTH - 2 * MARGIN),
                MARGIN + (p[1] - min(ys)) / span_y * (HEIGHT - 2 * MARGIN)) for n, p in squeezed.items()}


def _iterations(n: int) -> int:
    """Spring-layout rounds: 200 up to LAYOUT_FULL actors, then fewer (each round costs about n**1.3 in
    networkx's sparse solver): a 2,000-actor page in seconds rather than a minute and a half."""
    return 200 if n <= LAYOUT_FULL else max(50, 200 * LAYOUT_FULL // n)


def _plain(text: str) -> str:
    """Keep matplotlib from reading "$...$" in a name as mathtext."""
    return text.replace("$", r"\$")


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no character can end the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text
