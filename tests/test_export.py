"""Exports read back with the formats' own readers."""
from __future__ import annotations

import csv

import networkx as nx
import pytest

from graphkit.export import EDGE_HEADER, EVIDENCE_HEADER, NODE_HEADER, export_graph
from graphkit.graph import build_graph, load_graph

from triple_factory import triple, world


@pytest.fixture
def G():
    return build_graph(world() + [
        triple("country:USA", "OPPOSES", "country:RUS", doc="d5", start=7,
               sentence="Washington objected; Moscow [again] shrugged.", subject_text="Washington"),
    ], model="m")


def _check_flat(H: nx.MultiDiGraph, G: nx.MultiDiGraph) -> None:
    assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges()
    prk = H.nodes["country:PRK"]
    assert prk["label"] == "North Korea" and prk["type"] == "COUNTRY"
    assert prk["aliases"] == "North Korea; Pyongyang; the North"
    assert prk["country"] == "" and int(prk["mentions"]) == 4
    assert H.nodes["person:vladimir-putin"]["country"] == "country:RUS"
    edges = {(u, v, d["relation"]): d for u, v, d in H.edges(data=True)}
    supplies = edges["country:PRK", "country:RUS", "SUPPLIES"]
    assert int(supplies["count"]) == 2 and float(supplies["weight"]) == 2
    assert supplies["articles"] == "d1; d2" and int(supplies["polarity"]) == 1
    assert supplies["evidence"].startswith("Pyongyang shipped shells to Russia. | ")
    assert int(edges["person:vladimir-putin", "country:RUS", "LEADER_OF"]["polarity"]) == 0
    assert edges["country:RUS", "country:UKR", "ATTACKS"]["first_seen"] == ""


def test_graphml_reads_back(G, tmp_path):
    path = tmp_path / "g.graphml"
    assert export_graph(G, path, "graphml") == [path]
    _check_flat(nx.read_graphml(path), G)


def test_gexf_reads_back_with_unique_edge_ids(G, tmp_path):
    path = tmp_path / "g.gexf"
    export_graph(G, path, "gexf")
    H = nx.read_gexf(path)
    _check_flat(H, G)
    ids = [d["id"] for _, _, d in H.edges(data=True)]
    assert len(ids) == len(set(ids))


def test_json_export_is_the_lossless_graph(G, tmp_path):
    export_graph(G, tmp_path / "g.json", "json")
    assert nx.node_link_data(load_graph(tmp_path / "g.json"), edges="edges") == nx.node_link_data(G, edges="edges")


def test_csv_has_neo4j_admin_headers(G, tmp_path):
    nodes, edges = export_graph(G, tmp_path / "neo4j", "csv")
    assert (nodes.name, edges.name) == ("nodes.csv", "edges.csv")
    with open(nodes, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == NODE_HEADER and {"id:ID", ":LABEL"} <= set(rows[0])
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert len(by_id) == G.number_of_nodes()
    assert by_id["person:vladimir-putin"][":LABEL"] == "Actor;Person"
    assert by_id["country:PRK"][":LABEL"] == "Actor;Country"
    assert by_id["country:PRK"]["aliases:string[]"] == "North Korea;Pyongyang;the North"
    with open(edges, newline="") as f:
        erows = list(csv.DictReader(f))
    assert list(erows[0]) == EDGE_HEADER and {":START_ID", ":END_ID", ":TYPE"} <= set(erows[0])
    assert len(erows) == G.number_of_edges()
    # every edge endpoint is a node id, as neo4j-admin requires
    assert all(r[":START_ID"] in by_id and r[":END_ID"] in by_id for r in erows)
    leader = next(r for r in erows if r[":TYPE"] == "LEADER_OF")
    assert leader["polarity:int"] == ""  # structural: no property rather than a fake 0
    opposes = next(r for r in erows if r[":TYPE"] == "OPPOSES" and r[":START_ID"] == "country:USA")
    sentences = opposes["evidence:string[]"].split(";")
    assert sentences[-1] == "Washington objected, Moscow [again] shrugged."  # ';' cannot split a sentence


def test_unknown_format_writes_nothing(G, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export_graph(G, tmp_path / "g.xyz", "xyz")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def hostile():
    """Article text that reaches names and evidence: control characters, formulas, line breaks."""
    G = build_graph(world() + [
        triple("country:USA", "OPPOSES", "country:RUS", doc="d9", start=0,
               sentence="Wash\x08ington\x1b[2J objected\x00 again.", subject_text="Washington"),
    ], model="m")
    G.nodes["country:RUS"]["name"] = "=HYPERLINK(\"http://x\")"
    G.nodes["country:USA"]["aliases"] = ["-2+3", "line\nbreak"]
    G.nodes["country:PRK"]["role"] = "bell\x07"
    return G


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_parse_whatever_the_text(hostile, tmp_path, fmt):
    import xml.etree.ElementTree as ET

    path = tmp_path / f"g.{fmt}"
    export_graph(hostile, path, fmt)
    ET.parse(path)  # raises on characters XML cannot hold
    H = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert H.number_of_edges() == hostile.number_of_edges()
    evidence = " ".join(d["evidence"] for _, _, d in H.edges(data=True))
    assert "Wash\ufffdington\ufffd[2J objected\ufffd again." in evidence


def test_csv_cells_are_neither_formulas_nor_broken_rows(hostile, tmp_path):
    nodes, _ = export_graph(hostile, tmp_path / "csv", "csv")
    rows = {row["id:ID"]: row for row in csv.DictReader(nodes.open(encoding="utf-8"))}
    assert rows["country:RUS"]["name"] == "'=HYPERLINK(\"http://x\")"
    assert rows["country:USA"]["aliases:string[]"].startswith("'-2+3;line break")
    assert all("\n" not in line.rstrip("\n") for line in nodes.read_text(encoding="utf-8").splitlines(True))


def test_evidence_csv_rows_are_sentences_with_their_source(G, tmp_path):
    G.graph["articles"]["d1"].update(url="https://news.example/d1", title="Shells", date="2024-05-01")
    [path] = export_graph(G, tmp_path / "evidence.csv", "evidence-csv")
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == EVIDENCE_HEADER
    assert len(rows) == sum(d["count"] for _, _, d in G.edges(data=True))
    shells = next(r for r in rows if r["sentence"] == "Pyongyang shipped shells to Russia.")
    assert (shells["subject"], shells["relation"], shells["object"], shells["url"], shells["title"],
            shells["article_date"], shells["doc_id"], shells["rule"]) == (
        "North Korea", "SUPPLIES", "Russia", "https://news.example/d1", "Shells", "2024-05-01", "d1", "test_rule")
    # a sentence with a ";" keeps it here (only the neo4j-admin arrays rewrite it)
    assert any(r["sentence"] == "Washington objected; Moscow [again] shrugged." for r in rows)


def test_evidence_csv_cells_are_neither_formulas_nor_broken_rows(hostile, tmp_path):
    hostile.graph["articles"]["d9"]["title"] = "+cmd|' /C calc'!A0"
    item = hostile.edges["country:USA", "country:RUS", "OPPOSES"]["evidence"][0]
    item["sentence"] = "@SUM(1+1)\nsecond line"
    [path] = export_graph(hostile, tmp_path / "evidence.csv", "evidence-csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == sum(d["count"] for _, _, d in hostile.edges(data=True))
    cells = [cell for row in rows for cell in row.values()]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert "'@SUM(1+1) second line" in cells and "'+cmd|' /C calc'!A0" in cells
    assert "'=HYPERLINK(\"http://x\")" in {row["object"] for row in rows}
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(rows) + 1  # no cell breaks a row
