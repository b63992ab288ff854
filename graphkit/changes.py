"""What changed between two graphs, or two periods of one graph: relations that appeared, disappeared,
grew or faded, pairs whose net stance flipped sign, and actors that moved to another bloc.

Every change carries one or two evidence items (``doc_id``, ``sentence``, ``date``, ``url``) so it can
be checked against its articles. Counts are raw evidence counts: periods of different lengths are not
normalised (compare a year with a year).

>>> import graphkit
>>> change = graphkit.diff_periods(G, "2023", "2025")            # doctest: +SKIP
>>> [f.kind for f in change.sign_flips]                          # doctest: +SKIP
['allies became enemies']
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Mapping

import networkx as nx

from .analysis import blocs, node_name, signed_graph
from .errors import PeriodError
from .graph import evidence_date
from .ontology import STRUCTURAL
from .query import graph_at
from .timeline import Period, between, parse_period, slice_graph

# A relation grew (faded) when its count changed by at least MIN_CHANGE evidence items and at least
# doubled (halved): a relation going from 10 to 12 sentences is noise, from 1 to 6 is news.
MIN_CHANGE = 2
FACTOR = 2.0
EVIDENCE_PER_CHANGE = 2
KINDS = ("appeared", "disappeared", "grew", "faded")
_RANGE = re.compile(r"^(?P<since>[^.]*)\.\.(?P<until>[^.]*)$")

Pairs = dict[tuple[str, str], list[tuple[str, str, str, dict[str, Any]]]]


@dataclass(frozen=True)
class Evidence:
    """One sentence behind a change, with where and when it was said."""

    doc_id: str
    sentence: str
    date: str | None
    url: str | None


@dataclass(frozen=True)
class RelationChange:
    """One relation (subject, relation, object) whose evidence count changed between the two sides."""

    kind: str  # appeared | disappeared | grew | faded
    subject_id: str
    subject: str
    relation: str
    object_id: str
    object: str
    polarity: int | None
    before: int
    after: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SignFlip:
    """A pair whose net stance (sum of polarity x count, both directions) changed sign."""

    kind: str  # allies became enemies | enemies became allies
    a: str
    a_name: str
    b: str
    b_name: str
    before: float
    after: float
    evidence_before: tuple[Evidence, ...]
    evidence_after: tuple[Evidence, ...]


@dataclass(frozen=True)
class BlocChange:
    """An actor whose bloc is not the continuation of its old bloc (blocs matched by their members)."""

    actor_id: str
    actor: str
    before_with: tuple[str, ...]  # names of its bloc's other members before (empty: alone)
    after_with: tuple[str, ...]
    before_ids: tuple[str, ...]
    after_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GraphDiff:
    """Everything :func:`diff` found, each list ordered biggest change first."""

    before: str
    after: str
    level: str
    relations: tuple[RelationChange, ...]
    sign_flips: tuple[SignFlip, ...]
    bloc_changes: tuple[BlocChange, ...]

    def to_dict(self, limit: int | None = None) -> dict[str, Any]:
        """JSON-ready dict; *limit* keeps the first N of each list."""
        return {"before": self.before, "after": self.after, "level": self.level,
                "relations": [asdict(c) for c in self.relations[:limit]],
                "sign_flips": [asdict(f) for f in self.sign_flips[:limit]],
                "bloc_changes": [asdict(b) for b in self.bloc_changes[:limit]]}


def parse_span(text: str) -> Period:
    """A period (``2024``, ``2024Q2``, ...) or a range ``SINCE..UNTIL`` of two, either end open
    (``..2023``, ``2025..``). :class:`~graphkit.errors.PeriodError` with a one-line reason otherwise."""
    match = _RANGE.match(text.strip())
    if match is None:
        return parse_period(text)
    since, until = match["since"].strip() or None, match["until"].strip() or None
    span = between(since, until)
    if span.start and span.end and span.start > span.end:
        raise PeriodError(f"empty range {text!r}: it ends before it starts")
    return span


def diff_periods(G: nx.MultiDiGraph, before: str | Period, after: str | Period, *, level: str = "actor",
                 min_change: int = MIN_CHANGE, factor: float = FACTOR, seed: int = 0) -> GraphDiff:
    """:func:`diff` of two periods of *G* (each a :class:`Period` or text :func:`parse_span` reads)."""
    spans = [parse_span(p) if isinstance(p, str) else p for p in (before, after)]
    old, new = (slice_graph(G, span.start, span.end) for span in spans)
    return diff(old, new, level=level, min_change=min_change, factor=factor, seed=seed,
                labels=(spans[0].label(), spans[1].label()))


def diff(old: nx.MultiDiGraph, new: nx.MultiDiGraph, *, level: str = "actor", min_change: int = MIN_CHANGE,
         factor: float = FACTOR, seed: int = 0, labels: tuple[str, str] = ("before", "after")) -> GraphDiff:
    """What changed from graph *old* to graph *new* (two files, or two slices of one graph).

    - relations: *appeared* (no evidence before), *disappeared* (none after), *grew* / *faded* (count
      changed by at least *min_change* and by a *factor*);
    - sign flips: pairs whose net stance (as :func:`graphkit.analysis.signed_graph` weighs it) is
      positive on one side and negative on the other;
    - bloc changes: actors with signed ties on both sides whose :func:`graphkit.analysis.blocs` bloc
      after is not the one matched to their bloc before (blocs are numbered arbitrarily, so they are
      matched greedily by member overlap, Jaccard first).
    """
    V_old, V_new = graph_at(old, level), graph_at(new, level)
    urls = {**_urls(old), **_urls(new)}
    relations = _relation_changes(V_old, V_new, urls, min_change, factor)
    pairs_old, pairs_new = _pairs(V_old), _pairs(V_new)
    flips = _sign_flips(V_old, V_new, pairs_old, pairs_new, urls)
    moved = _bloc_changes(signed_graph(old, level=level), signed_graph(new, level=level), pairs_new, urls, seed)
    return GraphDiff(labels[0], labels[1], level, tuple(relations), tuple(flips), tuple(moved))


# --- relations ----------------------------------------------------------------------------------

def _relation_changes(old: nx.MultiDiGraph, new: nx.MultiDiGraph, urls: Mapping[str, str | None],
                      min_change: int, factor: float) -> list[RelationChange]:
    counts_old = {(u, v, k): n for u, v, k, n in old.edges(keys=True, data="count") if u != v}
    counts_new = {(u, v, k): n for u, v, k, n in new.edges(keys=True, data="count") if u != v}
    found = []
    for key in set(counts_old) | set(counts_new):
        before, after = counts_old.get(key, 0), counts_new.get(key, 0)
        kind = _kind(before, after, min_change, factor)
        if kind is None:
            continue
        source = new if after >= before else old  # the side with the evidence worth showing
        u, v, relation = key
        data = source.edges[key]
        found.append(RelationChange(kind, u, node_name(source, u), relation, v, node_name(source, v),
                                    data["polarity"], before, after, _evidence(data["evidence"], urls)))
    order = {kind: i for i, kind in enumerate(KINDS)}
    found.sort(key=lambda c: (order[c.kind], -abs(c.after - c.before), c.subject, c.relation, c.object))
    return found


def _kind(before: int, after: int, min_change: int, factor: float) -> str | None:
    if not before:
        return "appeared" if after else None
    if not after:
        return "disappeared"
    if after - before >= min_change and after >= factor * before:
        return "grew"
    if before - after >= min_change and before >= factor * after:
        return "faded"
    return None


# --- sign flips ---------------------------------------------------------------------------------

def _pairs(V: nx.MultiDiGraph) -> Pairs:
    """Each unordered pair's event relations (structural ones and self-loops left out, as in the signed graph)."""
    pairs: Pairs = defaultdict(list)
    for u, v, key, data in V.edges(keys=True, data=True):
        if key not in STRUCTURAL and u != v:
            pairs[(min(u, v), max(u, v))].append((u, v, key, data))
    return pairs


def _weight(relations: Iterable[tuple[str, str, str, dict[str, Any]]]) -> float:
    return float(sum(int(d.get("polarity") or 0) * int(d["count"]) for _, _, _, d in relations))


def _sign_flips(V_old: nx.MultiDiGraph, V_new: nx.MultiDiGraph, pairs_old: Pairs, pairs_new: Pairs,
                urls: Mapping[str, str | None]) -> list[SignFlip]:
    flips = []
    for pair in set(pairs_old) & set(pairs_new):
        before, after = _weight(pairs_old[pair]), _weight(pairs_new[pair])
        if before * after >= 0:
            continue
        a, b = pair
        kind = "allies became enemies" if before > 0 else "enemies became allies"
        flips.append(SignFlip(kind, a, node_name(V_new, a), b, node_name(V_new, b), before, after,
                              _signed_evidence(pairs_old[pair], before, urls),
                              _signed_evidence(pairs_new[pair], after, urls)))
    flips.sort(key=lambda f: (-(abs(f.before) + abs(f.after)), f.a_name, f.b_name))
    return flips


def _signed_evidence(relations: list[tuple[str, str, str, dict[str, Any]]], weight: float,
                     urls: Mapping[str, str | None]) -> tuple[Evidence, ...]:
    """Evidence of the pair's heaviest relation with the sign of *weight*."""
    sign = 1 if weight > 0 else -1
    same = [d for _, _, _, d in relations if d.get("polarity") == sign]
    best = max(same, key=lambda d: (d["count"], d.get("last_seen") or ""))
    return _evidence(best["evidence"], urls)


# --- blocs --------------------------------------------------------------------------------------

def _bloc_changes(S_old: nx.Graph, S_new: nx.Graph, pairs_new: Pairs, urls: Mapping[str, str | None],
                  seed: int) -> list[BlocChange]:
    old_of = _membership(blocs(S_old, seed=seed))
    new_of = _membership(blocs(S_new, seed=seed))
    continued = _match(set(old_of.values()), set(new_of.values()))
    changes = []
    for actor in sorted(_tied(S_old) & _tied(S_new)):
        before, after = old_of[actor], new_of[actor]
        if continued.get(before) == after:
            continue
        before_ids = tuple(sorted(before - {actor}))
        after_ids = tuple(sorted(after - {actor}))
        changes.append(BlocChange(
            actor, node_name(S_new, actor), tuple(node_name(S_old, n) for n in before_ids),
            tuple(node_name(S_new, n) for n in after_ids), before_ids, after_ids,
            _move_evidence(actor, set(before_ids), set(after_ids), pairs_new, urls)))
    changes.sort(key=lambda c: (-(len(c.before_ids) + len(c.after_ids)), c.actor))
    return changes


def _membership(found: Iterable[Any]) -> dict[str, frozenset[str]]:
    return {n: frozenset(bloc.members) for bloc in found for n in bloc.members}


def _tied(S: nx.Graph) -> set[str]:
    """Actors with at least one non-zero signed tie (only those can be said to belong to a bloc)."""
    return {n for a, b, w in S.edges(data="weight", default=0.0) if w for n in (a, b)}


def _match(old: set[frozenset[str]], new: set[frozenset[str]]) -> dict[frozenset[str], frozenset[str]]:
    """Old bloc -> the new bloc that continues it: greedy on Jaccard overlap, then shared members."""
    candidates = sorted(((len(o & n) / len(o | n), len(o & n), sorted(o), sorted(n), o, n)
                         for o in old for n in new if o & n), key=lambda c: (-c[0], -c[1], c[2], c[3]))
    matched: dict[frozenset[str], frozenset[str]] = {}
    taken: set[frozenset[str]] = set()
    for *_, o, n in candidates:
        if o not in matched and n not in taken:
            matched[o] = n
            taken.add(n)
    return matched


def _move_evidence(actor: str, old_mates: set[str], new_mates: set[str], pairs_new: Pairs,
                   urls: Mapping[str, str | None]) -> tuple[Evidence, ...]:
    """Why the actor moved: its strongest new cooperation with its new bloc, or hostility to its old one."""
    telling = []
    for (a, b), relations in pairs_new.items():
        if actor not in (a, b):
            continue
        other = b if a == actor else a
        weight = _weight(relations)
        if (other in new_mates and weight > 0) or (other in old_mates - new_mates and weight < 0):
            telling.append((abs(weight), relations, weight))
    if not telling:
        return ()
    _, relations, weight = max(telling, key=lambda t: (t[0], sorted(k for _, _, k, _ in t[1])))
    return _signed_evidence(relations, weight, urls)


# --- shared -------------------------------------------------------------------------------------

def _evidence(items: list[dict[str, Any]], urls: Mapping[str, str | None]) -> tuple[Evidence, ...]:
    """The latest, then most confident, evidence items of an edge, one per sentence."""
    ranked = sorted(items, key=lambda e: (evidence_date(e) or "", float(e.get("confidence") or 0)), reverse=True)
    chosen: dict[str, Evidence] = {}
    for item in ranked:
        sentence = " ".join(str(item.get("sentence") or "").split())
        if sentence not in chosen:
            chosen[sentence] = Evidence(item["doc_id"], sentence, evidence_date(item), urls.get(item["doc_id"]))
        if len(chosen) == EVIDENCE_PER_CHANGE:
            break
    return tuple(chosen.values())


def _urls(G: nx.Graph) -> dict[str, str | None]:
    return {doc: (meta or {}).get("url") for doc, meta in (G.graph.get("articles") or {}).items()}

