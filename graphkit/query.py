"""Questions asked of the actor graph: who supports or opposes X, what links A and B.

Every function takes the graph first and ``level="actor"`` or ``"country"``; at the
country level the question is asked of :func:`country_view` (people, and orgs with a
``country``, rolled up into their country) and a person named in the question stands
for their country. Every question also takes ``since``/``until`` and then counts only the evidence of
that period, as on a :func:`graphkit.timeline.slice_graph` (:func:`supporters`, :func:`opposers` and
:func:`relations_between` without building one: they read only the actor's edges). Results are lists of :class:`Link`, ordered
deterministically: count (descending), then counterpart name, then relation.
"""
from __future__ import annotations

import difflib
import weakref
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any, Iterator

import networkx as nx

from .errors import UnknownActorError
from .gazetteer import alias_key, load_gazetteer
from .graph import refresh_edge, revision
from .timeline import DateLike, Period, between, edge_in_period, slice_graph
from .ontology import STRUCTURAL, SYMMETRIC
from .types import ActorType

LEVELS = ("actor", "country")
_MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Link:
    """One edge of the graph as a query answer (symmetric relations may be shown either way round)."""

    subject_id: str
    subject: str
    relation: str
    object_id: str
    object: str
    polarity: int | None
    count: int
    articles: tuple[str, ...]
    evidence: tuple[dict[str, Any], ...]
    # Defaults keep Links built by older callers valid; every Link from a query fills them.
    confidence: float = 0.0
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (tuples become lists)."""
        data = asdict(self)
        data["articles"] = list(self.articles)
        data["evidence"] = [dict(e) for e in self.evidence]
        return data


def resolve_actor(G: nx.MultiDiGraph, name: str) -> str:
    """The node id for *name*: an id, a canonical name or an alias (case-insensitive).

    An id wins over a name, a name over an alias. A name shared by several actors
    (two people called John Smith) is not guessed: ``UnknownActorError`` suggests
    their ids. Unknown names get the closest names and aliases as suggestions.
    """
    if name in G:
        return name
    wanted = alias_key(name)
    for field in ("id", "name", "aliases"):
        found = sorted(n for n, data in G.nodes(data=True) if wanted in _labels(n, data, field))
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownActorError(name, found[:_MAX_SUGGESTIONS])
    known = _gazetteer_actor(name)
    if known is not None and known in G:
        return known  # "DPRK", "Russian Federation", "USA": the gazetteer knows what the graph calls it
    raise UnknownActorError(name, suggest_actors(G, name.strip().casefold()))


def _gazetteer_actor(name: str) -> str | None:
    """The actor id the gazetteer gives *name* (as typed, or in capitals for an acronym typed in lower case)."""
    gazetteer = load_gazetteer()
    for form in (name, name.upper()) if len(name.strip()) <= 5 else (name,):
        entry = gazetteer.lookup(form)
        if entry is not None:
            return entry.id
    return None


def supporters(G: nx.MultiDiGraph, actor: str, *, level: str = "actor", since: DateLike = None,
               until: DateLike = None) -> list[Link]:
    """Actors with a polarity +1 edge pointing at *actor* (symmetric relations count both ways), counting
    only the evidence dated from *since* to *until* when either is given."""
    return _stance(G, actor, 1, level, between(since, until))


def opposers(G: nx.MultiDiGraph, actor: str, *, level: str = "actor", since: DateLike = None,
             until: DateLike = None) -> list[Link]:
    """Actors with a polarity -1 edge pointing at *actor* (in the period from *since* to *until*)."""
    return _stance(G, actor, -1, level, between(since, until))


def relations_between(G: nx.MultiDiGraph, a: str, b: str, *, level: str = "actor", since: DateLike = None,
                      until: DateLike = None) -> list[Link]:
    """Every edge between *a* and *b*, both directions, most evidence first (in the period, if given)."""
    V, a_id = _view(G, a, level)
    b_id = _resolve_at(G, b, level)
    period = between(since, until)
    links = [_link(V, a_id, b_id, key, data) for key, data in _edges(V, a_id, b_id, period)]
    if a_id != b_id:
        links += [_link(V, b_id, a_id, key, data) for key, data in _edges(V, b_id, a_id, period)]
    return sorted(links, key=lambda lk: (-lk.count, lk.relation, lk.subject, lk.object))


def path(G: nx.MultiDiGraph, a: str, b: str, *, level: str = "actor", since: DateLike = None,
         until: DateLike = None) -> list[Link]:
    """A shortest path from *a* to *b* ignoring direction, one Link per hop ([] when none).

    Neighbours are visited in id order, so the same graph always gives the same path;
    each hop is the edge with the most evidence between the two actors. With *since*/*until* the
    path runs through the graph of that period (:func:`graphkit.timeline.slice_graph`); an actor the
    graph knows but the period does not has no path.
    """
    if between(since, until).bounded:
        _resolve_at(G, a, level), _resolve_at(G, b, level)  # an unknown name fails on the whole graph
        try:
            return path(slice_graph(G, since, until), a, b, level=level)
        except UnknownActorError:
            return []
    V, a_id = _view(G, a, level)
    b_id = _resolve_at(G, b, level)
    previous: dict[str, str | None] = {a_id: None}
    queue = deque([a_id])
    while queue and b_id not in previous:
        node = queue.popleft()
        for nxt in sorted(set(V.successors(node)) | set(V.predecessors(node))):
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    if b_id not in previous or a_id == b_id:
        return []
    hops: list[Link] = []
    node = b_id
    while previous[node] is not None:
        prev = previous[node]
        hops.append(min(_links_between(V, prev, node), key=lambda lk: (-lk.count, lk.relation)))
        node = prev
    return hops[::-1]


def actor_profile(G: nx.MultiDiGraph, actor: str, *, level: str = "actor", since: DateLike = None,
                  until: DateLike = None) -> dict[str, Any]:
    """Everything the graph knows about *actor*, JSON-ready (in the graph of the period, if given).

    Keys: id, name, type, country, country_name, role, aliases, mentions, articles,
    members (people and orgs affiliated with it, with their roles), supporters and
    opposers (counts of distinct actors), relations (every Link touching it, as dicts).
    """
    G = slice_graph(G, since, until)
    V, actor_id = _view(G, actor, level)
    data = V.nodes[actor_id]
    country = data.get("country")
    members = sorted(
        ({"id": n, "name": d["name"], "role": d.get("role")} for n, d in G.nodes(data=True)
         if d.get("country") == actor_id),
        key=lambda m: (m["name"], m["id"]),
    )
    links = [_link(V, u, v, key, d) for u, v, key, d in V.out_edges(actor_id, keys=True, data=True)]
    links += [_link(V, u, v, key, d) for u, v, key, d in V.in_edges(actor_id, keys=True, data=True) if u != v]
    links.sort(key=lambda lk: (-lk.count, lk.relation, lk.subject, lk.object))
    return {
        "id": actor_id,
        "name": data["name"],
        "type": data["type"],
        "country": country,
        "country_name": V.nodes[country]["name"] if country in V else None,
        "role": data.get("role"),
        "aliases": list(data.get("aliases", [])),
        "mentions": data.get("mentions", 0),
        "articles": list(data.get("articles", [])),
        "members": members,
        "supporters": len({lk.subject_id for lk in _stance_links(V, actor_id, 1)}),
        "opposers": len({lk.subject_id for lk in _stance_links(V, actor_id, -1)}),
        "relations": [lk.to_dict() for lk in links],
    }


def country_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with people (and orgs with a ``country``) rolled up into their country.

    Built once per graph content and cached (keyed on the graph object, its node count and
    its merge revision), so repeated country-level queries are cheap.
    Treat the returned graph as read-only.
    """
    key = _content_key(G)
    cached = _VIEWS.get(G)
    if cached is not None and cached[0] == key:
        return cached[1]
    view = _build_country_view(G)
    _VIEWS[G] = (key, view)
    return view


def _content_key(G: nx.MultiDiGraph) -> tuple:
    # number_of_edges() walks every edge of a multigraph; the merge revision already tells a change
    return G.number_of_nodes(), revision(G)


_VIEWS: "weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[tuple, nx.MultiDiGraph]]" = weakref.WeakKeyDictionary()


def _build_country_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Roll people up into their country (see :func:`country_view`).

    Edges between rolled-up actors are merged per (subject, object, relation) and their
    evidence deduplicated by sentence, so one sentence naming a president and his
    minister counts once for the country. Self-loops are dropped, and so are the
    LEADER_OF/MEMBER_OF edges of rolled-up actors (the roll-up itself consumed them).
    Rolled-up nodes add their mentions and articles to the country and are listed in
    its ``members`` attribute.
    """
    owner = {n: _rollup_target(G, n) for n in G}
    V = nx.MultiDiGraph(**G.graph)
    V.graph["level"] = "country"
    for node, data in G.nodes(data=True):
        if owner[node] == node:
            V.add_node(node, **{**data, "aliases": list(data["aliases"]), "articles": list(data["articles"]),
                                "members": []})
    for node, data in G.nodes(data=True):
        target = owner[node]
        if target != node:
            attrs = V.nodes[target]
            attrs["members"].append(node)
            attrs["mentions"] += data["mentions"]
            attrs["articles"] = sorted(set(attrs["articles"]) | set(data["articles"]))
    for attrs in V.nodes.values():
        attrs["members"].sort()
    for u, v, key, data in G.edges(keys=True, data=True):
        cu, cv = owner[u], owner[v]
        if cu == cv or (key in STRUCTURAL and cu != u):
            continue
        evidence = [dict(e) for e in data["evidence"]]
        if key in SYMMETRIC and cu > cv:
            cu, cv = cv, cu
            for e in evidence:
                e["subject_text"], e["object_text"] = e["object_text"], e["subject_text"]
        if not V.has_edge(cu, cv, key):
            V.add_edge(cu, cv, key=key, **{**data, "evidence": []})
        merged = V.edges[cu, cv, key]
        have = {(e["doc_id"], e["start"], e["end"]) for e in merged["evidence"]}
        merged["evidence"].extend(e for e in evidence if (e["doc_id"], e["start"], e["end"]) not in have)
    for _, _, data in V.edges(data=True):
        refresh_edge(data)
    return V


def _rollup_target(G: nx.MultiDiGraph, node: str) -> str:
    country = G.nodes[node].get("country")
    return country if country in G and G.nodes[node]["type"] != ActorType.COUNTRY else node


def _stance(G: nx.MultiDiGraph, actor: str, polarity: int, level: str, period: Period) -> list[Link]:
    V, actor_id = _view(G, actor, level)
    return sorted(_stance_links(V, actor_id, polarity, period), key=lambda lk: (-lk.count, lk.subject, lk.relation))


def _stance_links(V: nx.MultiDiGraph, actor_id: str, polarity: int, period: Period = Period()) -> Iterator[Link]:
    """Links whose subject takes a *polarity* stance towards *actor_id* (no self-loops)."""
    for u, _, key, data in V.in_edges(actor_id, keys=True, data=True):
        if u != actor_id and data["polarity"] == polarity and (dated := edge_in_period(data, period)) is not None:
            yield _link(V, u, actor_id, key, dated)
    for _, v, key, data in V.out_edges(actor_id, keys=True, data=True):
        if (v != actor_id and key in SYMMETRIC and data["polarity"] == polarity
                and (dated := edge_in_period(data, period)) is not None):
            yield _link(V, v, actor_id, key, dated, swapped=True)


def _edges(V: nx.MultiDiGraph, u: str, v: str, period: Period) -> Iterator[tuple[str, dict[str, Any]]]:
    """The (key, data) of the edges from *u* to *v*, restricted to *period*."""
    for key, data in V.get_edge_data(u, v, default={}).items():
        if (dated := edge_in_period(data, period)) is not None:
            yield key, dated


def _links_between(V: nx.MultiDiGraph, a: str, b: str) -> list[Link]:
    links = [_link(V, a, b, key, d) for key, d in V.get_edge_data(a, b, default={}).items()]
    return links + [_link(V, b, a, key, d) for key, d in V.get_edge_data(b, a, default={}).items()]


def _link(V: nx.MultiDiGraph, u: str, v: str, key: str, data: dict[str, Any], *, swapped: bool = False) -> Link:
    """A Link for edge (u, v, key); *swapped* when a symmetric edge is shown from its other end."""
    articles = V.graph.get("articles") or {}
    evidence = tuple(provenance(e, articles) for e in data["evidence"])
    if swapped:
        evidence = tuple({**e, "subject_text": e["object_text"], "object_text": e["subject_text"]} for e in evidence)
    return Link(subject_id=u, subject=V.nodes[u]["name"], relation=key, object_id=v, object=V.nodes[v]["name"],
                polarity=data["polarity"], count=data["count"], articles=tuple(data["articles"]), evidence=evidence,
                confidence=data["confidence"], first_seen=data["first_seen"], last_seen=data["last_seen"])


def provenance(item: dict[str, Any], articles: dict[str, Any]) -> dict[str, Any]:
    """A copy of evidence *item* that says where and when it comes from: ``url``, ``title`` and
    ``publication`` (the item's own, else those *articles* (``G.graph["articles"]``) recorded for its article)
    and ``event_date`` (None when unknown). Graphs built before evidence carried them answer from the article
    record."""
    article = articles.get(item.get("doc_id")) or {}
    return {**item, **{field: item.get(field) or article.get(field) for field in ("url", "title", "publication")},
            "event_date": item.get("event_date")}


def graph_at(G: nx.MultiDiGraph, level: str) -> nx.MultiDiGraph:
    """The graph seen at *level*: ``"actor"`` (as built) or ``"country"`` (:func:`country_view`)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    return country_view(G) if level == "country" else G


def _view(G: nx.MultiDiGraph, actor: str, level: str) -> tuple[nx.MultiDiGraph, str]:
    """The graph to ask at *level*, and *actor*'s node in it."""
    return graph_at(G, level), _resolve_at(G, actor, level)


def _resolve_at(G: nx.MultiDiGraph, actor: str, level: str) -> str:
    """Resolve in the actor graph, then follow the roll-up at the country level."""
    actor_id = resolve_actor(G, actor)
    return _rollup_target(G, actor_id) if level == "country" else actor_id


def _labels(node: str, data: dict[str, Any], field: str) -> set[str]:
    """Case-, accent- and hyphen-insensitive forms of a node's id, name or aliases ("Kim Jong Un" is
    "Kim Jong-un")."""
    if field == "id":
        return {alias_key(node)}
    if field == "name":
        return {alias_key(str(data.get("name", "")))}
    return {alias_key(a) for a in data.get("aliases", [])}


def suggest_actors(G: nx.Graph, wanted: str, *, ids: bool = False) -> list[str]:
    """The actors a mistyped *wanted* may mean: closest names/aliases (and node ids, with *ids*) first,
    then names that contain it as a word. The one suggester behind every "Did you mean"."""
    wanted = wanted.strip().casefold()
    display: dict[str, str] = {}
    for node, data in sorted(G.nodes(data=True)):
        for label in [*([str(node)] if ids else []), data.get("name", ""), *data.get("aliases", [])]:
            display.setdefault(label.casefold(), label)
    close = difflib.get_close_matches(wanted, sorted(display), n=_MAX_SUGGESTIONS, cutoff=0.6)
    words = sorted(k for k in display if wanted and wanted in k.split() and k not in close)
    names: list[str] = []
    for key in close + words:
        if display[key] not in names:
            names.append(display[key])
    return names[:_MAX_SUGGESTIONS]
