"""The actor graph: triples merged into a NetworkX ``MultiDiGraph``, incrementally and idempotently.

Model (downstream code, the Neo4j export and the notebooks rely on it exactly):

- node id = actor id; attrs ``name``, ``type``, ``aliases``, ``country``, ``role``,
  ``mentions``, ``articles``;
- edge ``(subject_id, object_id, key=relation)``; attrs ``relation``, ``polarity``,
  ``count``, ``articles``, ``evidence``, ``first_seen``, ``last_seen``, ``confidence``;
- ``G.graph``: ``graphkit_version``, ``model``, ``articles`` = {doc_id: {hash, title, date, url}}, with
  ``publication``, ``signature`` (:mod:`graphkit.duplicates`), ``origin`` (the file it was read from) and
  ``duplicates`` (ids of the articles counted as this one) when known.
- evidence item: ``doc_id``, ``sentence``, ``start``, ``end``, ``predicate``, ``rule``, ``confidence``,
  ``date`` (the article's), ``event_date`` and ``date_precision`` (when the event happened, docs/time.md),
  ``attribution``, ``subject_text``, ``object_text``, the article's ``url``, ``title`` and ``publication``,
  and ``subject_how``/``object_how`` (how each side was resolved) when known.

A node's ``name`` is the gazetteer's canonical one for an actor it knows (a triple may carry the name its
article gives: docs/library.md), else the name of the first triple merged. Everything except a node's
``name``/``type`` is *derived* from the evidence lists, so
removing an article's evidence and recomputing gives the same graph as never having
merged it. Evidence items are identified by ``(doc_id, start, end)`` within an edge
(the edge already fixes subject, relation and object): one sentence stating the same
relation twice still counts once.

Person disambiguation: two people who share a name never share a node — the extractor
gives them different ids (``person:john-smith@GBR`` / ``person:john-smith@USA``). A
triple whose person id has no ``@`` suffix is attached to the suffixed node only when
exactly one ``person:<slug>@X`` exists (in the graph or in the same merge); otherwise it
keeps its own bare id. Nodes already in the graph are not re-homed later.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Union

import networkx as nx

from .affiliation import choose_home, split_person_id
from .atomic import atomic_write
from .duplicates import is_signature
from .errors import GraphFileError
from .gazetteer import load_gazetteer
from .jsonio import InvalidJSON, decode_json
from .ontology import POLARITY, RELATIONS, STRUCTURAL, SYMMETRIC, Relation
from .types import ACTOR_TYPES, ActorType, Article, Triple

ArticleLike = Union[Article, Mapping[str, Any]]
EdgeKey = tuple[str, str, str]

# Coreferent pronouns are surface forms, but as aliases they would make lookup by name ambiguous.
_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
                       "we", "us", "our", "i", "me", "my", "you", "your"})
_OPT_STR = (str, type(None))
# Mentions resolved by name (an actors.How value); "Russian officials" or "they" name no one.
_NAMING = frozenset({"name", "surname"})
_NUMBER = (int, float)
# Every attribute downstream code indexes directly, with the types it relies on (checked once, at load).
_NODE_ATTRS = {"name": str, "type": str, "aliases": list, "country": _OPT_STR, "role": _OPT_STR,
               "mentions": int, "articles": list}
_EDGE_ATTRS = {"relation": str, "polarity": (int, type(None)), "count": int, "articles": list, "evidence": list,
               "first_seen": _OPT_STR, "last_seen": _OPT_STR, "confidence": _NUMBER}
_EVIDENCE_ATTRS = {"doc_id": str, "sentence": str, "start": int, "end": int,
                   "subject_text": _OPT_STR, "object_text": _OPT_STR}
# Evidence attributes older files may lack, but whose type later merges and outputs rely on when present.
_OPTIONAL_EVIDENCE_ATTRS = {"date": _OPT_STR, "confidence": _NUMBER, "predicate": _OPT_STR, "rule": _OPT_STR,
                            "subject_how": _OPT_STR, "object_how": _OPT_STR, "event_date": _OPT_STR,
                            "date_precision": _OPT_STR, "url": _OPT_STR, "title": _OPT_STR, "publication": _OPT_STR}
_POLARITIES = frozenset({1, -1, 0, None})
# Article-table entries besides hash/title/date/url, kept when an article is merged with them.
_ARTICLE_EXTRAS = ("publication", "signature", "origin")
# Brackets and newlines outside JSON strings, to find where a too-deep document nests deepest.


def graphkit_version() -> str:
    """The installed graphkit version (recorded in every graph file)."""
    try:
        return metadata.version("graphkit")
    except metadata.PackageNotFoundError:
        return "0+unknown"  # running from a source tree that was never installed


def new_graph(*, model: str | None = None) -> nx.MultiDiGraph:
    """An empty graphkit graph with its ``G.graph`` metadata."""
    return nx.MultiDiGraph(graphkit_version=graphkit_version(), model=model, articles={})


def build_graph(triples: Iterable[Triple], *, articles: Iterable[ArticleLike] | None = None,
                model: str | None = None) -> nx.MultiDiGraph:
    """Build a new graph from *triples*.

    *articles* (``Article`` objects or dicts with doc_id/hash/title/date/url) records
    articles that yielded no triples as processed too.

    >>> G = build_graph([])
    >>> G.graph["articles"]
    {}
    """
    return merge(new_graph(model=model), triples, articles=articles)


def needs_update(G: nx.MultiDiGraph, article: ArticleLike) -> bool:
    """False when the same doc_id with the same content hash was already merged into *G*."""
    meta = article_meta(article)
    seen = G.graph.get("articles", {}).get(meta["doc_id"])
    return seen is None or seen.get("hash") != meta["hash"]


def merge(G: nx.MultiDiGraph, triples: Iterable[Triple], *,
          articles: Iterable[ArticleLike] | None = None) -> nx.MultiDiGraph:
    """Merge *triples* into *G* in place and return *G*.

    Per article (doc_id): the same content hash as already merged changes nothing; a
    different hash first removes all of that article's old evidence, then adds the new.
    An article's hash is ``Article.content_hash``, else the triples' ``content_hash``,
    else a digest of its triples.
    """
    metas = {m["doc_id"]: m for m in map(article_meta, articles or ())}
    by_doc: dict[str, list[Triple]] = defaultdict(list)
    for triple in triples:
        by_doc[triple.doc_id].append(triple)
    for doc_id, doc_triples in by_doc.items():
        metas.setdefault(doc_id, _meta_from_triples(doc_id, doc_triples))

    known: dict[str, dict[str, Any]] = G.graph.setdefault("articles", {})
    todo = [d for d, m in metas.items() if known.get(d, {}).get("hash", object()) != m["hash"]]
    touched = _remove_evidence(G, {d for d in todo if d in known})
    new_triples = [t for d in todo for t in by_doc.get(d, ())]
    resolve = _person_resolver(G, new_triples)
    seen: dict[EdgeKey, set[tuple[str, int, int]]] = {}
    for triple in new_triples:
        key = _add_triple(G, triple, resolve, metas[triple.doc_id], seen)
        if key is not None:
            touched.add(key)
    for doc_id in todo:
        known[doc_id] = {k: metas[doc_id][k] for k in ("hash", "title", "date", "url")}
        known[doc_id].update((k, metas[doc_id][k]) for k in _ARTICLE_EXTRAS if metas[doc_id].get(k) is not None)
    if todo:
        refresh(G, touched)
    G.graph["articles"] = dict(sorted(known.items()))
    G.graph["graphkit_version"] = graphkit_version()
    return G


def revision(G: nx.MultiDiGraph) -> int:
    """How many merges or refreshes have changed *G* in this process (for caches of views derived from it)."""
    return getattr(G, "_graphkit_revision", 0)


def refresh_edge(data: dict[str, Any]) -> None:
    """Recompute an edge's count, articles, first/last seen and confidence from its evidence."""
    evidence = sorted(data["evidence"], key=lambda e: (e["doc_id"], e["start"], e["end"]))
    dates = sorted(d for d in map(evidence_date, evidence) if d)
    data["evidence"] = evidence
    data["count"] = len(evidence)
    data["articles"] = sorted({e["doc_id"] for e in evidence})
    data["first_seen"] = dates[0] if dates else None
    data["last_seen"] = dates[-1] if dates else None
    # Noisy-or: independent pieces of evidence each make the relation more likely.
    data["confidence"] = round(1 - math.prod(1 - float(e.get("confidence") or 0) for e in evidence), 3)


def evidence_date(item: Mapping[str, Any]) -> str | None:
    """When a piece of evidence happened: its event date, else its article's date (older files have only that)."""
    return item.get("event_date") or item.get("date")


def save_graph(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write *G* atomically as lossless node-link JSON (including ``G.graph``)."""
    data = nx.node_link_data(G, edges="edges")
    with atomic_write(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def load_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph written by :func:`save_graph`; ``GraphFileError`` (one line) otherwise."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GraphFileError(f"graph file not found: {path}") from None
    except IsADirectoryError:
        raise GraphFileError(f"{path} is a directory, not a graph file") from None
    except UnicodeDecodeError:
        raise GraphFileError(f"{path}: not a graphkit graph (not UTF-8 text)") from None
    except OSError as exc:
        raise GraphFileError(f"cannot read {path}: {exc.strerror}") from None
    data = _parse_json(text, path)
    if not (isinstance(data, dict) and isinstance(data.get("graph"), dict)
            and "graphkit_version" in data["graph"]):
        raise GraphFileError(f"{path}: not a graphkit graph (make one with 'graphkit build')")
    if not (isinstance(data.get("nodes"), list) and isinstance(data.get("edges"), list)
            and all(isinstance(item, dict) for item in data["nodes"] + data["edges"])):
        raise GraphFileError(f"{path}: damaged graph file (nodes and edges must be lists of objects)")
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, ValueError, AttributeError, nx.NetworkXError) as exc:
        raise GraphFileError(f"{path}: damaged graph file ({exc!r})") from None
    problem = _model_problem(G)
    if problem:
        raise GraphFileError(f"{path}: damaged graph file ({problem})")
    return G


def _parse_json(text: str, path: str | os.PathLike) -> Any:
    """The JSON value in *text*; ``GraphFileError`` naming the line when it is not valid JSON."""
    try:
        return decode_json(text)
    except InvalidJSON as exc:
        where = f" at line {exc.line}" if exc.line is not None else ""
        raise GraphFileError(f"{path}: invalid JSON{where}: {exc.reason}") from None


def _model_problem(G: nx.MultiDiGraph) -> str | None:
    """The first thing that makes *G* not follow the graph model, if any (checked once, at load)."""
    if not (G.is_directed() and G.is_multigraph()):
        return "not a directed multigraph"
    if not isinstance(G.graph.get("articles"), dict):
        return "graph has no articles table"
    bad = next((doc for doc, meta in G.graph["articles"].items() if not isinstance(meta, dict)), None)
    if bad is not None:
        return f"article {bad!r} is not an object"
    for doc, meta in G.graph["articles"].items():
        problem = _article_problem(meta)
        if problem:
            return f"article {doc!r}: {problem}"
    for node, data in G.nodes(data=True):
        problem = _attrs_problem(data, _NODE_ATTRS)
        if problem is None and data["type"] not in ACTOR_TYPES:
            problem = f"type {data['type']!r} is not one of {', '.join(ACTOR_TYPES)}"
        if problem:
            return f"node {node!r}: {problem}"
    for u, v, key, data in G.edges(keys=True, data=True):
        if key not in RELATIONS or data.get("relation") != key:
            return f"edge {u!r}->{v!r} has relation {key!r} outside the ontology"
        problem = _attrs_problem(data, _EDGE_ATTRS)
        if problem is None and (data["polarity"] not in _POLARITIES or isinstance(data["polarity"], bool)):
            problem = f"polarity {data['polarity']!r} is not 1, -1, 0 or null"
        if problem is None and not _is_probability(data["confidence"]):
            problem = f"confidence {data['confidence']!r} is not a number from 0 to 1"
        for i, item in enumerate(data["evidence"] if problem is None else ()):
            problem = (_attrs_problem(item, _EVIDENCE_ATTRS) or _optional_problem(item) if isinstance(item, dict)
                       else "is not an object")
            if problem:
                problem = f"evidence item {i} {problem}"
                break
        if problem:
            return f"edge {u!r}-{key}->{v!r}: {problem}"
    return None


def _article_problem(meta: dict[str, Any]) -> str | None:
    """What is wrong with an article entry's duplicate-detection fields, if anything."""
    if "signature" in meta and not is_signature(meta["signature"]):
        return "signature is not one graphkit writes"
    if not isinstance(meta.get("origin", ""), str):
        return "origin is not a file path"
    duplicates = meta.get("duplicates", [])
    if not (isinstance(duplicates, list) and all(isinstance(d, str) for d in duplicates)):
        return "duplicates is not a list of article ids"
    return None


def _optional_problem(item: dict[str, Any]) -> str | None:
    present = {name: types for name, types in _OPTIONAL_EVIDENCE_ATTRS.items() if name in item}
    problem = _attrs_problem(item, present)
    if problem is None and "confidence" in item and not _is_probability(item["confidence"]):
        problem = f"has confidence {item['confidence']!r}, not a number from 0 to 1"
    return problem


def _is_probability(value: Any) -> bool:
    """A finite number from 0 to 1 (NaN is not: it would even be printed as invalid JSON)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= 1.0


def _attrs_problem(data: dict[str, Any], spec: dict[str, Any]) -> str | None:
    """The first attribute of *spec* that *data* lacks or holds with the wrong type."""
    for name, types in spec.items():
        if name not in data:
            return f"lacks {name!r}"
        if not isinstance(data[name], types):
            return f"has {name!r} of type {type(data[name]).__name__}"
    return None


def article_meta(article: ArticleLike) -> dict[str, Any]:
    """The article-table entry of *article* (with its doc_id): what ``merge`` records for it."""
    if isinstance(article, Article):
        return {"doc_id": article.doc_id, "hash": article.content_hash, "title": article.title,
                "date": article.date, "url": article.url, "publication": article.publication}
    return {"doc_id": article["doc_id"], "hash": article.get("hash"), "title": article.get("title"),
            "date": article.get("date"), "url": article.get("url"),
            **{k: article.get(k) for k in _ARTICLE_EXTRAS}}


def _meta_from_triples(doc_id: str, triples: list[Triple]) -> dict[str, Any]:
    """Article metadata for triples that came without their Article (e.g. from a JSONL file)."""
    content_hash = next((t.content_hash for t in triples if t.content_hash), None)
    if content_hash is None:
        digest = hashlib.sha256()
        for record in sorted(json.dumps(t.to_dict(), sort_keys=True) for t in triples):
            digest.update(record.encode("utf-8"))
        content_hash = "triples:" + digest.hexdigest()[:16]
    date = next((t.date for t in triples if t.date), None)
    return {"doc_id": doc_id, "hash": content_hash, "title": None, "date": date, "url": None}


def _person_resolver(G: nx.MultiDiGraph, triples: list[Triple]) -> Callable[[str], str]:
    """Map a bare ``person:<slug>`` id to its one ``person:<slug>@X`` node, when unique."""
    ids = set(G.nodes) | {i for t in triples for i in (t.subject_id, t.object_id)}
    suffixed: dict[str, set[str]] = defaultdict(set)
    for actor_id in ids:
        bare, country = split_person_id(actor_id)
        if country is not None:
            suffixed[bare].add(actor_id)
    unique = {bare: next(iter(found)) for bare, found in suffixed.items() if len(found) == 1}
    return lambda actor_id: unique.get(actor_id, actor_id)


def _add_triple(G: nx.MultiDiGraph, t: Triple, resolve: Callable[[str], str], meta: dict[str, Any],
                seen: dict[EdgeKey, set[tuple[str, int, int]]]) -> EdgeKey | None:
    """Add one triple's evidence; return the edge key it touched (None when it stays out)."""
    relation = Relation(t.relation).value
    if t.polarity is None and POLARITY[relation] is not None:
        return None  # flagged as negated or denied (null polarity, as other tools write them): not a relation
    subj = (resolve(t.subject_id), t.subject, t.subject_type, t.subject_text)
    obj = (resolve(t.object_id), t.object, t.object_type, t.object_text)
    if relation in SYMMETRIC and subj[0] > obj[0]:
        subj, obj = obj, subj
    for actor_id, name, actor_type, _ in (subj, obj):
        if actor_id not in G:
            G.add_node(actor_id, name=_node_name(actor_id, name), type=actor_type, aliases=[], country=None,
                       role=None, mentions=0, articles=[])
    key = (subj[0], obj[0], relation)
    if not G.has_edge(*key):
        G.add_edge(subj[0], obj[0], key=relation, relation=relation, polarity=POLARITY[relation], count=0,
                   articles=[], evidence=[], first_seen=None, last_seen=None, confidence=0.0)
    data = G.edges[key]
    ids = seen.setdefault(key, {(e["doc_id"], e["start"], e["end"]) for e in data["evidence"]})
    if (t.doc_id, t.start, t.end) not in ids:
        ids.add((t.doc_id, t.start, t.end))
        data["evidence"].append({
            "doc_id": t.doc_id, "sentence": t.sentence, "start": t.start, "end": t.end,
            "predicate": t.predicate, "rule": t.rule, "confidence": t.confidence,
            "date": t.date or meta.get("date"), "event_date": t.event_date, "date_precision": t.date_precision,
            "attribution": t.attribution, "subject_text": subj[3], "object_text": obj[3],
            # provenance, so an answer can cite its article without the articles table
            "url": meta.get("url"), "title": meta.get("title"), "publication": meta.get("publication"),
            **({"subject_how": t.subject_how, "object_how": t.object_how} if t.subject_how else {}),
        })
    return key


def _node_name(actor_id: str, published: str) -> str:
    """A node's name: the gazetteer's for an actor it knows, whatever name the first article merged
    published ("Côte d'Ivoire" for Ivory Coast: the article's names are the node's aliases), so that a graph
    does not depend on the order of its articles; else the published one."""
    gazetteer = load_gazetteer()
    return gazetteer.get(actor_id).name if actor_id in gazetteer else published


def _remove_evidence(G: nx.MultiDiGraph, doc_ids: set[str]) -> set[EdgeKey]:
    """Drop the evidence of *doc_ids* from every edge; return the edges changed."""
    touched: set[EdgeKey] = set()
    if not doc_ids:
        return touched
    for u, v, key, data in G.edges(keys=True, data=True):
        kept = [e for e in data["evidence"] if e["doc_id"] not in doc_ids]
        if len(kept) != len(data["evidence"]):
            data["evidence"] = kept
            touched.add((u, v, key))
    return touched


def refresh(G: nx.MultiDiGraph, touched: Iterable[EdgeKey]) -> None:
    """Recompute touched edges, then their endpoints, from their evidence; drop what is left empty.
    Counts as a change of *G* for the caches of views derived from it (country view, slices)."""
    # not in G.graph, so the file format and idempotency are untouched; caches of derived views read it
    setattr(G, "_graphkit_revision", revision(G) + 1)
    nodes: set[str] = set()
    for u, v, key in sorted(touched):
        nodes.update((u, v))
        data = G.edges[u, v, key]
        if data["evidence"]:
            refresh_edge(data)
        else:
            G.remove_edge(u, v, key=key)
    for node in sorted(nodes):
        if G.degree(node) == 0:
            G.remove_node(node)
    refresh_nodes(G, (n for n in nodes if n in G))


def refresh_nodes(G: nx.MultiDiGraph, nodes: Iterable[str]) -> None:
    """Recompute *nodes*' mentions, articles, aliases, country and role from their edges."""
    for node in sorted(nodes):
        _refresh_node(G, node)


def _refresh_node(G: nx.MultiDiGraph, node: str) -> None:
    mentions = 0
    articles: set[str] = set()
    aliases: set[str] = set()
    for edges, side in ((G.out_edges(node, data=True), "subject_text"), (G.in_edges(node, data=True), "object_text")):
        for _, _, data in edges:
            mentions += data["count"]
            articles.update(data["articles"])
            aliases.update(e[side] for e in data["evidence"] if _names_the_actor(e, side))
    attrs = G.nodes[node]
    attrs.update(mentions=mentions, articles=sorted(articles), aliases=sorted(aliases))
    attrs["country"], attrs["role"] = _affiliation(G, node)


def _affiliation(G: nx.MultiDiGraph, node: str) -> tuple[str | None, str | None]:
    """(country, role) of a person/org from its LEADER_OF/MEMBER_OF edges.

    The country is :func:`graphkit.affiliation.choose_home`'s (LEADER_OF over MEMBER_OF, then more
    evidence); the role is the most frequent predicate of the edge that decided (e.g. "President"),
    or of the strongest tie when none is to a country.
    """
    if G.nodes[node]["type"] == ActorType.COUNTRY:
        return None, None
    ties = sorted(((key != Relation.LEADER_OF.value, -data["count"], obj), key, data)
                  for _, obj, key, data in G.out_edges(node, keys=True, data=True) if key in STRUCTURAL)
    if not ties:
        return None, None
    country = choose_home((key, rank[2], data["count"]) for rank, key, data in ties
                          if G.nodes[rank[2]]["type"] == ActorType.COUNTRY)
    deciding = next((data for rank, _, data in ties if rank[2] == country), ties[0][2])
    predicates = Counter(e["predicate"] for e in deciding["evidence"] if e.get("predicate"))
    role = min(predicates, key=lambda p: (-predicates[p], p)) if predicates else None
    return country, role


def _names_the_actor(evidence: Mapping[str, Any], side: str) -> bool:
    """Whether this side's text of *evidence* is a name of its actor (an alias): the extractor says how it
    resolved the mention; older files only have the text to go by."""
    how = evidence.get(side.replace("_text", "_how"))
    return how in _NAMING if how is not None else _is_name(evidence[side])


def _is_name(text: str | None) -> bool:
    """Surface forms that name the actor; coreferent pronouns and nominals ("he", "the two leaders") do not."""
    if not text or text.lower() in _PRONOUNS:
        return False
    bare = text[4:] if text.lower().startswith("the ") else text
    return bare[:1].isupper()
