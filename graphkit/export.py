"""Export the actor graph to other tools.

- ``json``: the lossless node-link file (:func:`graphkit.graph.save_graph`).
- ``graphml`` / ``gexf``: for yEd, Gephi, Cytoscape. These formats hold one scalar per
  attribute, so the graph is flattened: lists become ``"; "``-joined strings, evidence
  becomes its first few sentences joined with ``" | "``, ``None`` becomes ``""`` and
  a structural edge's polarity (None) becomes 0 so the attribute keeps one type.
  Nodes get a ``label`` (the name) and edges a ``weight`` (the count) for Gephi.
- ``csv``: a directory holding ``nodes.csv`` and ``edges.csv`` with neo4j-admin headers::

      neo4j-admin database import full --nodes=OUT/nodes.csv --relationships=OUT/edges.csv

  Array columns use neo4j-admin's default ``;`` delimiter, so a ``;`` inside an evidence
  sentence is written as ``,`` (the JSON export keeps the text exact). Line breaks in a cell become
  spaces (neo4j-admin would need its multi-line option), and a text cell that a spreadsheet would run
  as a formula (``=``, ``+``, ``-``, ``@`` first) is prefixed with ``'``.
- ``evidence-csv``: one file, one row per evidence sentence (:data:`EVIDENCE_HEADER`), for reading and
  checking the sources in a spreadsheet; its cells are made safe the same way (without the ``;`` rewrite).

Text from articles is untrusted: characters that XML 1.0 cannot hold (most control characters) are
replaced with U+FFFD in GraphML and GEXF, so the files always parse.
"""
from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from .atomic import atomic_write
from .graph import save_graph
from .query import provenance
from .types import ActorType

FORMATS = ("json", "graphml", "gexf", "csv", "evidence-csv")
EVIDENCE_SENTENCES = 3  # enough to judge an edge in Gephi without bloating the file
NEO4J_LABELS = {ActorType.COUNTRY: "Country", ActorType.PERSON: "Person", ActorType.ORG: "Organization"}
NODE_HEADER = ["id:ID", ":LABEL", "name", "type", "aliases:string[]", "country", "role", "mentions:int",
               "articles:string[]"]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "polarity:int", "count:int", "confidence:float", "first_seen",
               "last_seen", "articles:string[]", "evidence:string[]"]
# The sentence's own confidence (the edge's, from all its sentences, is in edges.csv); the ids come last
# so the first columns read as a sentence: who, what, whom, where it was said.
EVIDENCE_HEADER = ["subject", "relation", "object", "sentence", "url", "title", "publication", "article_date",
                   "event_date", "date_precision", "confidence", "doc_id", "rule", "subject_id", "object_id"]


def export_graph(G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str) -> list[Path]:
    """Write *G* to *path* in *fmt* (one of :data:`FORMATS`) atomically; return the files written.

    For ``csv`` *path* is a directory (created if needed) that receives nodes.csv and edges.csv.
    """
    if fmt == "json":
        save_graph(G, path)
        return [Path(path)]
    if fmt in ("graphml", "gexf"):
        flat = flatten(G)
        with atomic_write(path, mode="wb") as handle:
            if fmt == "graphml":
                nx.write_graphml(flat, handle)
            else:
                nx.write_gexf(flat, handle)
        return [Path(path)]
    if fmt == "csv":
        return _write_csv(G, Path(path))
    if fmt == "evidence-csv":
        _write_evidence_csv(G, path)
        return [Path(path)]
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of *G* whose attributes are all scalars (for GraphML/GEXF)."""
    flat = nx.MultiDiGraph()
    flat.graph.update(
        graphkit_version=str(G.graph.get("graphkit_version", "")),
        model=str(G.graph.get("model") or ""),
        articles=len(G.graph.get("articles", {})),
    )
    for node, data in G.nodes(data=True):
        attrs = {_xml_text(k): _scalar(v) for k, v in data.items()}
        attrs["label"] = _xml_text(data.get("name", node))
        flat.add_node(_xml_text(node), **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        attrs = {_xml_text(k): _scalar(v) for k, v in data.items() if k != "evidence"}
        attrs["polarity"] = data.get("polarity") or 0
        attrs["evidence"] = _xml_text(" | ".join(_sentences(data.get("evidence", []), EVIDENCE_SENTENCES)))
        u, v = _xml_text(u), _xml_text(v)
        # Writers use the key as the XML edge id, which must be unique in the file; a relation is not.
        flat.add_edge(u, v, key=f"{u}|{_xml_text(key)}|{v}", weight=data.get("count", 0), **attrs)
    return flat


def _scalar(value: Any) -> str | int | float | bool:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return _xml_text("; ".join(str(v) for v in value))
    if isinstance(value, float) and value != value:  # NaN: not a value any reader expects
        return ""
    if isinstance(value, (int, float, bool)):
        return value
    return _xml_text(value)


def _xml_text(value: Any) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def _cell(value: Any) -> Any:
    """A CSV cell that neither breaks a neo4j-admin row nor runs as a spreadsheet formula."""
    if not isinstance(value, str):
        return value
    text = " ".join(value.splitlines()) if ("\n" in value or "\r" in value) else value
    return "'" + text if text.startswith(_FORMULA_START) else text


def _sentences(evidence: Iterable[dict[str, Any]], limit: int | None = None) -> list[str]:
    """Distinct evidence sentences, in evidence order."""
    seen: list[str] = []
    for item in evidence:
        sentence = " ".join(str(item.get("sentence", "")).split())
        if sentence and sentence not in seen:
            seen.append(sentence)
            if limit is not None and len(seen) == limit:
                break
    return seen


def _array(values: Iterable[Any]) -> str:
    return _cell(";".join(str(v).replace(";", ",") for v in values))


def _write_csv(G: nx.MultiDiGraph, directory: Path) -> list[Path]:
    nodes, edges = directory / "nodes.csv", directory / "edges.csv"
    with atomic_write(nodes, encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(NODE_HEADER)
        for node, d in G.nodes(data=True):
            labels = ";".join(["Actor", *([NEO4J_LABELS[d["type"]]] if d.get("type") in NEO4J_LABELS else [])])
            writer.writerow([_cell(node), labels, _cell(d.get("name", node)),
                             _cell(d.get("type", "")), _array(d.get("aliases", [])), _cell(d.get("country") or ""),
                             _cell(d.get("role") or ""), d.get("mentions", 0), _array(d.get("articles", []))])
    with atomic_write(edges, encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(EDGE_HEADER)
        for u, v, key, d in G.edges(keys=True, data=True):
            polarity = d.get("polarity")
            writer.writerow([_cell(u), _cell(v), key, "" if polarity is None else polarity, d.get("count", 0),
                             d.get("confidence", 0.0), _cell(d.get("first_seen") or ""), _cell(d.get("last_seen") or ""),
                             _array(d.get("articles", [])), _array(_sentences(d.get("evidence", [])))])
    return [nodes, edges]


def _write_evidence_csv(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    articles = G.graph.get("articles") or {}
    with atomic_write(path, encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(EVIDENCE_HEADER)
        for u, v, key, d in G.edges(keys=True, data=True):
            for item in d.get("evidence", []):
                e = provenance(item, articles)
                article_date = (articles.get(e["doc_id"]) or {}).get("date") or e.get("date")
                writer.writerow([_cell(G.nodes[u].get("name", u)), key, _cell(G.nodes[v].get("name", v)),
                                 _cell(" ".join(str(e.get("sentence", "")).split())), _cell(e["url"] or ""),
                                 _cell(e["title"] or ""), _cell(e["publication"] or ""), _cell(article_date or ""),
                                 _cell(e["event_date"] or ""), _cell(e.get("date_precision") or ""),
                                 _number(e.get("confidence")), _cell(e["doc_id"]), _cell(e.get("rule") or ""),
                                 _cell(u), _cell(v)])


def _number(value: Any) -> Any:
    return "" if value is None else value
