"""Time in the graph: periods ("2024", "2024-03", "2024Q2", "2024-03-12") and the graph of one period.

An edge's evidence carries the date its event happened (``event_date``, else the article's ``date``);
:func:`slice_graph` keeps the evidence dated inside a period and recomputes everything derived from it
(counts, articles, first/last seen, confidence, node mentions), so every query and analysis runs on a
slice exactly as on a whole graph. Evidence with no date at all cannot be placed in time: a bounded
slice leaves it out, an unbounded one keeps it.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Union

import networkx as nx

from .errors import PeriodError
from .graph import evidence_date, refresh_edge, refresh_nodes, revision

DateLike = Union[str, date, None]
PERIOD_FORMS = "2024, 2024-03, 2024Q2, 2024H1 or 2024-03-12"  # what parse_period reads, for messages and help

_PERIOD = re.compile(r"(?P<year>\d{4})(?:-?(?:Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?",
                     re.IGNORECASE)
# Slices of one graph kept for repeated questions (a notebook, a server): keyed on the graph's revision.
_CACHE_SIZE = 16
_LAST_DAY = "9999-12-31"


@dataclass(frozen=True)
class Period:
    """A closed range of days; either end may be open (``None``)."""

    start: date | None = None
    end: date | None = None

    def __contains__(self, iso: str) -> bool:
        day = iso[:10]
        return ((self.start is None or day >= self.start.isoformat())
                and (self.end is None or day <= self.end.isoformat()))

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None

    def label(self) -> str:
        return f"{self.start or '…'} – {self.end or '…'}"


def parse_period(text: str) -> Period:
    """The days *text* names: ``2024`` (a year), ``2024-03`` (a month), ``2024Q2``/``2024H1`` (a quarter,
    a half), ``2024-03-12`` (a day). Raises :class:`~graphkit.errors.PeriodError` with a one-line reason otherwise."""
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        raise PeriodError(f"not a date or period: {text!r} (use {PERIOD_FORMS})")
    year = int(match["year"])
    try:
        if match["quarter"]:
            first = 3 * int(match["quarter"]) - 2
            return Period(date(year, first, 1), date(year, first + 2, calendar.monthrange(year, first + 2)[1]))
        if match["half"]:
            first = 6 * int(match["half"]) - 5
            return Period(date(year, first, 1), date(year, first + 5, calendar.monthrange(year, first + 5)[1]))
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return Period(day, day)
        if match["month"]:
            month = int(match["month"])
            return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
    except ValueError:
        raise PeriodError(f"not a date or period: {text!r} (no such day or month)") from None
    return Period(date(year, 1, 1), date(year, 12, 31))


def between(since: DateLike = None, until: DateLike = None) -> Period:
    """The period from the start of *since* to the end of *until* (each a date or a period's text)."""
    return Period(_bound(since, start=True), _bound(until, start=False))


def _bound(value: DateLike, *, start: bool) -> date | None:
    if value is None or isinstance(value, date):
        return value
    period = parse_period(value)
    return period.start if start else period.end


def slice_graph(G: nx.MultiDiGraph, since: DateLike = None, until: DateLike = None) -> nx.MultiDiGraph:
    """The graph of the period from *since* to *until* (inclusive; either may be ``None``), with every
    count recomputed. *G* is not changed; repeated calls on an unchanged graph answer from a cache."""
    period = between(since, until)
    if not period.bounded:
        return G
    cache = G.__dict__.setdefault("_graphkit_slices", {})
    key = (revision(G), period)
    if key in cache:
        cache[key] = cache.pop(key)  # most recently used last: the least recent goes first
    else:
        if len(cache) >= _CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = _slice(G, period)
    return cache[key]


def _slice(G: nx.MultiDiGraph, period: Period) -> nx.MultiDiGraph:
    """Build the slice from the graph's date index: an edge whose evidence all falls inside the period is
    copied as it is (nothing derived changes), one partly inside keeps its evidence of the period and is
    recomputed, and only the actors that lost an edge or some evidence are recomputed."""
    start = period.start.isoformat() if period.start else ""
    end = period.end.isoformat() if period.end else _LAST_DAY
    S = nx.MultiDiGraph()
    S.graph.update(G.graph)
    changed: set[str] = set()
    for u, v, key, data, days, first, last, all_dated in _date_index(G):
        if last < start or first > end:
            changed.update((u, v))
            continue
        whole = all_dated and start <= first and last <= end
        kept = list(data["evidence"]) if whole else [e for e, day in zip(data["evidence"], days)
                                                if day and start <= day <= end]
        if not whole:
            changed.update((u, v))
            if not kept:
                continue
        _copy_edge(G, S, u, v, key, {**data, "evidence": kept})
        if not whole:
            refresh_edge(S.edges[u, v, key])
    refresh_nodes(S, changed.intersection(S))
    _keep_affiliations(G, S)
    return S


def edge_in_period(data: dict, period: Period) -> dict | None:
    """Edge attributes *data* as the slice of *period* would hold them: the same dict when every piece of
    evidence is inside (or the period is open), a recomputed copy with the period's evidence, or ``None``
    when none is. Lets one actor's questions skip building a slice of the whole graph."""
    if not period.bounded:
        return data
    kept = [e for e in data["evidence"] if (day := evidence_date(e)) and day in period]
    if len(kept) == len(data["evidence"]):
        return data
    if not kept:
        return None
    dated = {**data, "evidence": kept}
    refresh_edge(dated)
    return dated


def _date_index(G: nx.MultiDiGraph) -> list[tuple]:
    """Per edge: (u, v, key, data, each evidence item's day or None, first and last day, whether
    every item is dated). Built once per graph revision, so later slices skip reading the evidence dates."""
    cached = G.__dict__.get("_graphkit_date_index")
    if cached is not None and cached[0] == revision(G):
        return cached[1]
    index = []
    for u, v, key, data in G.edges(keys=True, data=True):
        days = tuple(day[:10] if (day := evidence_date(e)) else None for e in data["evidence"])
        dated = [day for day in days if day]
        if dated:
            index.append((u, v, key, data, days, min(dated), max(dated), len(dated) == len(days)))
        else:
            index.append((u, v, key, data, days, _LAST_DAY, "", False))  # never inside a bounded period
    G.__dict__["_graphkit_date_index"] = (revision(G), index)
    return index


def _keep_affiliations(G: nx.MultiDiGraph, S: nx.MultiDiGraph) -> None:
    """A person whose LEADER_OF/MEMBER_OF was stated only outside the period keeps the whole graph's
    country and role, so a country-level slice still rolls them up (a period's own statement wins)."""
    for node, attrs in S.nodes(data=True):
        if attrs.get("country") is None and G.nodes[node].get("country") in S:
            attrs["country"], attrs["role"] = G.nodes[node]["country"], G.nodes[node].get("role")


def above_confidence(G: nx.MultiDiGraph, minimum: float | None) -> nx.MultiDiGraph:
    """The graph of the relations whose confidence is at least *minimum* (``None``: *G* itself)."""
    if minimum is None or minimum <= 0:
        return G
    S = nx.MultiDiGraph()
    S.graph.update(G.graph)
    changed: set[str] = set()  # actors that lost a relation: only their counts change
    for u, v, key, data in G.edges(keys=True, data=True):
        if data["confidence"] >= minimum:
            _copy_edge(G, S, u, v, key, data)
        else:
            changed.update((u, v))
    refresh_nodes(S, changed.intersection(S))
    return S


def _copy_edge(G: nx.MultiDiGraph, S: nx.MultiDiGraph, u: str, v: str, key: str, data: dict) -> None:
    """Edge (u, v, key) of *G* into its view *S* with attributes *data*, adding its actors as *G* has them."""
    for node in (u, v):
        if node not in S:
            S.add_node(node, **G.nodes[node])
    S.add_edge(u, v, key=key, **data)


def filter_graph(G: nx.MultiDiGraph, *, since: DateLike = None, until: DateLike = None,
                 min_confidence: float | None = None) -> nx.MultiDiGraph:
    """The graph the CLI's ``--since/--until/--min-confidence`` ask their questions of: the period's slice
    (:func:`slice_graph`), then its relations at least *min_confidence* sure (:func:`above_confidence`).

    The period comes first because a relation's confidence is recomputed from the evidence inside it: a
    relation sure only thanks to evidence from other years is weak in this period. *G* is not changed;
    with no filter the answer is *G* itself.
    """
    return above_confidence(slice_graph(G, since, until), min_confidence)
