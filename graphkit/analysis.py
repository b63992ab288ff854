"""Alliance analytics over the actor graph: a signed graph, blocs and structural balance.

The relation graph (a ``MultiDiGraph`` built by :mod:`graphkit.graph`) is first
collapsed into an undirected *signed graph*: one edge per pair of actors whose
``weight`` is the sum of ``polarity x count`` over every event relation between
them, in both directions. Cooperative relations (SUPPORTS, SUPPLIES,
COOPERATES_WITH) pull the weight up, hostile ones (OPPOSES, THREATENS,
SANCTIONS, ATTACKS) push it down; neutral (MEETS, VISITS) and structural
(LEADER_OF, MEMBER_OF) relations add nothing. Every signed edge keeps the list
of relations behind it, with their evidence sentences, so each answer below can
be explained.

On the signed graph:

* :func:`blocs` partitions the actors into blocs of allies;
* :func:`frustration` measures how far a partition is from structural balance;
* :func:`unbalanced_triads` lists the triangles that no partition can satisfy
  (an odd number of hostile ties: "my friend's friend is my enemy");
* :func:`indirect_alignment` follows ally-of-ally / enemy-of-enemy chains.

Example:

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("country:AAA", name="A", type="COUNTRY", country=None, mentions=2)
>>> G.add_node("country:BBB", name="B", type="COUNTRY", country=None, mentions=1)
>>> G.add_edge("country:AAA", "country:BBB", key="ATTACKS", relation="ATTACKS",
...            polarity=-1, count=2, evidence=[])
'ATTACKS'
>>> signed_graph(G)["country:AAA"]["country:BBB"]["weight"]
-2.0
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any, Collection, Iterable, Iterator

import networkx as nx

from .decay import as_date, decayed_count, latest_date
from .errors import UnknownActorError
from .ontology import STRUCTURAL
from .query import graph_at, suggest_actors

# Evidence fields carried into explanations (the rest stay in the relation graph).
_EVIDENCE_FIELDS = ("doc_id", "sentence", "predicate", "date")


# ---------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Tie:
    """One signed edge: the pair, its net weight and the relations that make it up.

    ``relations`` holds dicts with ``subject_id``, ``subject``, ``relation``,
    ``object_id``, ``object``, ``polarity``, ``count``, ``weight`` and
    ``evidence`` (list of ``{doc_id, sentence, predicate, date}``).
    """

    a: str
    b: str
    a_name: str
    b_name: str
    weight: float
    relations: tuple[dict[str, Any], ...]

    @property
    def sign(self) -> int:
        return (self.weight > 0) - (self.weight < 0)

    @property
    def sentences(self) -> list[str]:
        """Distinct evidence sentences of the relations that carry weight, heaviest relation first."""
        return _unique(ev["sentence"] for rel in self.relations if rel["weight"]
                       for ev in rel["evidence"] if ev.get("sentence"))

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "a_name": self.a_name, "b_name": self.b_name,
                "weight": self.weight, "sign": self.sign, "relations": list(self.relations)}


@dataclass(frozen=True)
class Bloc:
    """A group of actors tied together by cooperation and set apart by hostility.

    ``internal_positive`` are the cooperative ties inside the bloc;
    ``external_negative`` the hostile ties from a member to a non-member, which
    define what the bloc stands against.
    """

    id: int
    members: tuple[str, ...]
    names: tuple[str, ...]
    internal_positive: tuple[Tie, ...]
    external_negative: tuple[Tie, ...]

    def __iter__(self) -> Iterator[str]:
        return iter(self.members)

    def __len__(self) -> int:
        return len(self.members)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "members": list(self.members), "names": list(self.names),
                "internal_positive": [t.to_dict() for t in self.internal_positive],
                "external_negative": [t.to_dict() for t in self.external_negative]}


@dataclass(frozen=True)
class Triad:
    """A triangle of signed ties; unbalanced when it has an odd number of hostile ties."""

    nodes: tuple[str, str, str]
    names: tuple[str, str, str]
    ties: tuple[Tie, Tie, Tie]

    @property
    def negatives(self) -> int:
        return sum(t.sign < 0 for t in self.ties)

    @property
    def balanced(self) -> bool:
        return self.negatives % 2 == 0

    @property
    def pattern(self) -> str:
        """Readable signs, e.g. ``"A+B, B+C, A-C"``."""
        return ", ".join(f"{t.a_name}{'+' if t.sign > 0 else '-'}{t.b_name}" for t in self.ties)

    @property
    def sentences(self) -> list[str]:
        return _unique(s for t in self.ties for s in t.sentences)

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "names": list(self.names), "pattern": self.pattern,
                "negatives": self.negatives, "ties": [t.to_dict() for t in self.ties]}


@dataclass(frozen=True)
class Alignment:
    """A chain of signed ties from one actor to another; its sign is the product of the signs."""

    path: tuple[str, ...]
    names: tuple[str, ...]
    ties: tuple[Tie, ...]

    @property
    def sign(self) -> int:
        sign = 1
        for tie in self.ties:
            sign *= tie.sign
        return sign

    @property
    def strength(self) -> float:
        """The weakest link's absolute weight: a chain is only as strong as that."""
        return min(abs(t.weight) for t in self.ties)

    @property
    def explanation(self) -> str:
        """E.g. ``"A is ally of B; B is enemy of C"`` for the path A, B, C."""
        return "; ".join(f"{t_from} is {'ally' if tie.sign > 0 else 'enemy'} of {t_to}"
                         for t_from, t_to, tie in zip(self.names, self.names[1:], self.ties))

    def to_dict(self) -> dict[str, Any]:
        return {"path": list(self.path), "names": list(self.names), "sign": self.sign,
                "strength": self.strength, "explanation": self.explanation,
                "ties": [t.to_dict() for t in self.ties]}


# ---------------------------------------------------------------------------
# Signed graph


def signed_graph(
    G: nx.MultiDiGraph,
    *,
    level: str = "actor",
    half_life_days: float | None = None,
    now: date | str | None = None,
) -> nx.Graph:
    """Collapse the relation graph into an undirected signed graph of actor pairs.

    Each edge ``(a, b)`` has ``weight`` = sum of ``polarity x count`` over the
    event relations between ``a`` and ``b`` in both directions, ``positive`` and
    ``negative`` (the absolute sums of each kind), ``count`` (evidence items,
    neutral ones included) and ``relations`` (the contributing relations with
    their evidence, for explanations). Pairs linked only by neutral relations
    are kept with weight 0 so views can draw them; the balance functions
    ignore zero-weight edges. Structural relations and self-loops (after
    roll-up) are left out. Nodes carry ``name``, ``type`` and ``mentions``.

    *level* ``"country"`` first rolls people and organisations up to their
    country with :func:`graphkit.query.country_view` (same roll-up as the
    queries, so a sentence naming a president and his country counts once).

    With *half_life_days*, every evidence item is weighted by
    ``0.5 ** (age / half_life_days)`` where age is the days from its ``date``
    to *now* (default: the latest evidence date in the graph, so results do not
    depend on the day they are computed). Evidence without a usable date keeps
    weight 1; future-dated evidence is not amplified.
    """
    if half_life_days is not None and half_life_days <= 0:
        raise ValueError("half_life_days must be positive")
    V = graph_at(G, level)
    reference = None
    if half_life_days is not None:
        reference = as_date(now) if now is not None else latest_date(G)
    S = nx.Graph(level=level, half_life_days=half_life_days,
                 now=reference.isoformat() if reference else None)
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, rel, data in V.edges(keys=True, data=True):
        if rel in STRUCTURAL or u == v:
            continue
        polarity = int(data.get("polarity") or 0)
        count = int(data.get("count") or 0)
        evidence = [{k: ev.get(k) for k in _EVIDENCE_FIELDS} for ev in data.get("evidence") or []]
        factor = decayed_count(data, evidence, count, half_life_days, reference)
        pairs[(min(u, v), max(u, v))].append({
            "subject_id": u, "subject": node_name(V, u), "relation": rel,
            "object_id": v, "object": node_name(V, v), "polarity": polarity, "count": count,
            "weight": polarity * factor, "evidence": evidence,
        })
    for (a, b), relations in sorted(pairs.items()):
        for n in (a, b):
            if n not in S:
                attrs = V.nodes[n]
                S.add_node(n, name=attrs.get("name") or n, type=attrs.get("type"),
                           mentions=int(attrs.get("mentions") or 0))
        relations.sort(key=lambda r: (-abs(r["weight"]), r["relation"], r["subject_id"], r["object_id"]))
        S.add_edge(a, b,
                   weight=float(sum(r["weight"] for r in relations)),
                   positive=float(sum(r["weight"] for r in relations if r["weight"] > 0)),
                   negative=float(-sum(r["weight"] for r in relations if r["weight"] < 0)),
                   count=sum(r["count"] for r in relations),
                   relations=relations)
    return S


def node_name(G: nx.Graph, node: str) -> str:
    """The display name of *node* in *G*, else its id (a node another graph or view left out)."""
    return (G.nodes[node].get("name") if node in G else None) or node


def _tie(S: nx.Graph, a: str, b: str) -> Tie:
    a, b = sorted((a, b))
    data = S[a][b]
    return Tie(a, b, node_name(S, a), node_name(S, b), data["weight"], tuple(data["relations"]))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _signed_edges(S: nx.Graph) -> Iterator[tuple[str, str, float]]:
    for a, b, w in S.edges(data="weight", default=0.0):
        if w:
            yield a, b, w


# ---------------------------------------------------------------------------
# Blocs


def blocs(S: nx.Graph, *, seed: int = 0, restarts: int = 8, max_sweeps: int = 100) -> list[Bloc]:
    """Partition the signed graph into blocs by correlation clustering.

    Method: find the partition that minimises *disagreement* — the total
    weight of cooperative ties between blocs plus the total absolute weight of
    hostile ties inside blocs (weighted correlation clustering; the number of
    blocs is not fixed in advance). The exact problem is NP-hard, so a local
    search in the style of Louvain's local-moving phase is used:

    1. start from singletons; visit nodes in a seeded random order and move
       each to the neighbouring bloc (or a new one) with the largest sum of
       signed weights to it, which is exactly the move that most lowers the
       disagreement; repeat sweeps until no node moves;
    2. merge the pair of blocs with the largest positive net weight between
       them while one exists, then go back to 1;
    3. keep the best of *restarts* runs (ties: the earliest run).

    The result is a local optimum no single node move or bloc merge can
    improve, deterministic for a given *seed*. Complexity: a sweep costs
    O(n + m) (each node looks at its own edges), a merge round O(m), so one
    run is O(s (n + m) + k m) for s sweeps and k merges, and the whole call
    O(restarts x that) — near-linear in practice on news graphs.

    Every node of *S* ends up in exactly one bloc (actors with no signed tie
    form singletons). Blocs are numbered from 1, largest first.
    """
    nodes = sorted(S.nodes)
    adjacency: dict[str, dict[str, float]] = {n: {} for n in nodes}
    for a, b, w in _signed_edges(S):
        adjacency[a][b] = adjacency[b][a] = w
    rng = random.Random(seed)
    best: tuple[float, dict[str, int]] | None = None
    for _ in range(max(restarts, 1)):
        assignment = _local_search(nodes, adjacency, rng, max_sweeps)
        cost = _disagreement(adjacency, assignment)
        if best is None or cost < best[0] - 1e-12:
            best = (cost, assignment)
    assignment = best[1] if best else {}
    groups: dict[int, list[str]] = defaultdict(list)
    for n in nodes:
        groups[assignment[n]].append(n)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g))
    return [_make_bloc(S, i, members) for i, members in enumerate(ordered, start=1)]


def _local_search(nodes: list[str], adjacency: dict[str, dict[str, float]],
                  rng: random.Random, max_sweeps: int) -> dict[str, int]:
    assignment = {n: i for i, n in enumerate(nodes)}
    fresh = len(nodes)  # next unused bloc label
    while True:
        order = nodes[:]
        rng.shuffle(order)
        for _ in range(max_sweeps):
            moved = False
            for n in order:
                own = assignment[n]
                pull: dict[int, float] = defaultdict(float)
                for other, w in adjacency[n].items():
                    pull[assignment[other]] += w
                # Options: stay, join the bloc pulling hardest, or leave for a new bloc (pull 0).
                best, best_pull = own, pull.get(own, 0.0)
                for bloc, value in sorted(pull.items()):
                    if value > best_pull + 1e-12:
                        best, best_pull = bloc, value
                if best_pull < -1e-12:  # only possible when n is not alone
                    best, fresh = fresh, fresh + 1
                if best != own:
                    assignment[n] = best
                    moved = True
            if not moved:
                break
        if not _merge_best(adjacency, assignment):
            return assignment


def _merge_best(adjacency: dict[str, dict[str, float]], assignment: dict[str, int]) -> bool:
    """Merge the two blocs with the largest positive net weight between them."""
    between: dict[tuple[int, int], float] = defaultdict(float)
    for a, neighbours in adjacency.items():
        for b, w in neighbours.items():
            ca, cb = assignment[a], assignment[b]
            if a < b and ca != cb:
                between[(min(ca, cb), max(ca, cb))] += w
    if not between:
        return False
    (keep, drop), w = max(between.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
    if w <= 1e-12:
        return False
    for n, c in assignment.items():
        if c == drop:
            assignment[n] = keep
    return True


def _disagreement(adjacency: dict[str, dict[str, float]], assignment: dict[str, int]) -> float:
    cost = 0.0
    for a, neighbours in adjacency.items():
        for b, w in neighbours.items():
            if a < b:
                same = assignment[a] == assignment[b]
                cost += max(-w, 0.0) if same else max(w, 0.0)
    return cost


def _make_bloc(S: nx.Graph, bloc_id: int, members: list[str]) -> Bloc:
    inside = set(members)
    internal, external = [], []
    for a in members:
        for b, data in S[a].items():
            w = data.get("weight", 0.0)
            if b in inside and a < b and w > 0:
                internal.append(_tie(S, a, b))
            elif b not in inside and w < 0:
                external.append(_tie(S, a, b))
    key = lambda t: (-abs(t.weight), t.a, t.b)  # noqa: E731
    return Bloc(bloc_id, tuple(members), tuple(node_name(S, n) for n in members),
                tuple(sorted(internal, key=key)), tuple(sorted(external, key=key)))


# ---------------------------------------------------------------------------
# Structural balance


def frustration(S: nx.Graph, partition: Iterable[Collection[str] | Bloc]) -> tuple[float, list[Tie]]:
    """How far *partition* is from structural balance.

    A tie is *frustrated* when it contradicts the partition: cooperative
    between two blocs or hostile inside one. Returns ``(index, ties)`` where
    ``index`` is the frustrated share of the total absolute tie weight (0 =
    perfectly balanced, 1 = every tie contradicts the partition) and ``ties``
    the frustrated ties, heaviest first, each with its evidence. Nodes missing
    from *partition* count as singletons.
    """
    bloc_of: dict[str, int] = {}
    for i, group in enumerate(partition):
        for n in getattr(group, "members", group):
            bloc_of[n] = i
    total, frustrated = 0.0, []
    for a, b, w in _signed_edges(S):
        total += abs(w)
        same = bloc_of.get(a, ("solo", a)) == bloc_of.get(b, ("solo", b))
        if (w > 0) != same:
            frustrated.append(_tie(S, a, b))
    frustrated.sort(key=lambda t: (-abs(t.weight), t.a, t.b))
    index = sum(abs(t.weight) for t in frustrated) / total if total else 0.0
    return index, frustrated


def unbalanced_triads(S: nx.Graph) -> list[Triad]:
    """Triangles of signed ties with an odd number of hostile ties.

    ``A+B, B+C, A-C`` (two of my allies are enemies) and ``A-B, B-C, A-C``
    (three mutual enemies) cannot be satisfied by any split into two camps;
    they are where alliances are under tension. Sorted by the weakest tie,
    strongest first, so the best-evidenced tensions come first. O(m x d_max).
    """
    adjacency: dict[str, set[str]] = defaultdict(set)
    for a, b, _ in _signed_edges(S):
        adjacency[a].add(b)
        adjacency[b].add(a)
    triads = []
    for a in sorted(adjacency):
        for b, c in combinations(sorted(n for n in adjacency[a] if n > a), 2):
            if c in adjacency[b]:
                triad = Triad((a, b, c), (node_name(S, a), node_name(S, b), node_name(S, c)),
                              (_tie(S, a, b), _tie(S, b, c), _tie(S, a, c)))
                if not triad.balanced:
                    triads.append(triad)
    triads.sort(key=lambda t: (-min(abs(x.weight) for x in t.ties), t.nodes))
    return triads


def indirect_alignment(S: nx.Graph, a: str, b: str, *, max_len: int = 3) -> list[Alignment]:
    """Chains of signed ties from *a* to *b* with at most *max_len* hops.

    Each chain's sign is the product of its ties' signs: the ally of an ally
    (+ +) and the enemy of an enemy (- -) count as aligned, the ally of an
    enemy (+ -) as opposed. Sorted shortest first, then strongest (weakest link
    heaviest). *a* and *b* are node ids of *S*; raises
    :class:`~graphkit.errors.UnknownActorError` otherwise.
    """
    for node in (a, b):
        if node not in S:
            raise UnknownActorError(node, suggest_actors(S, node, ids=True))
    signed = nx.Graph()
    signed.add_nodes_from(S)
    signed.add_edges_from((u, v) for u, v, _ in _signed_edges(S))
    chains = []
    if a != b:
        for path in nx.all_simple_paths(signed, a, b, cutoff=max_len):
            ties = tuple(_tie(S, u, v) for u, v in zip(path, path[1:]))
            chains.append(Alignment(tuple(path), tuple(node_name(S, n) for n in path), ties))
    chains.sort(key=lambda c: (len(c.ties), -c.strength, c.path))
    return chains

