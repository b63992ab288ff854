"""The offline alliance page and the PNG: content, escaping, self-containment, atomic output."""
from __future__ import annotations

import json
import re

import pytest

from graph_factory import actor, new_graph, relate, two_camps
from graphkit import viz

A, B, C, D, E, F = (f"country:{c * 3}" for c in "ABCDEF")
HOSTILE_NAME = '</script><script>alert("pwned")</script> O\'Neil & "Co"'
HOSTILE_SENTENCE = 'The militia said </script><img src=x onerror=alert(1)> <!-- and "quoted" \u2028 words.'


def hostile_graph():
    G = two_camps()
    actor(G, "org:evil", HOSTILE_NAME, mentions=2)
    relate(G, "org:evil", "ATTACKS", A, sentence=HOSTILE_SENTENCE)
    return G


def _payload(page: str) -> dict:
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "graph data element missing"
    return json.loads(match.group(1))


def test_page_is_self_contained():
    page = viz.render_html(two_camps())
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "<link" not in page.lower()
    assert page.lower().count("<script") == 2  # the data and the inline program, nothing loaded


def test_hostile_text_cannot_escape_the_data_element():
    page = viz.render_html(hostile_graph(), title='<b>"Report"</b>')
    assert page.lower().count("<script") == 2 and page.lower().count("</script") == 2
    assert "<img" not in page and "<!--" not in page
    assert "<title>&lt;b&gt;&quot;Report&quot;&lt;/b&gt;</title>" in page
    data = _payload(page)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    assert names["org:evil"] == HOSTILE_NAME  # escaped in transit, intact once parsed
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["evidence"]]
    assert HOSTILE_SENTENCE in sentences
    assert data["title"] == '<b>"Report"</b>'


def test_page_never_injects_markup_from_data():
    template = "".join(path.read_text(encoding="utf-8") for path in (viz.TEMPLATE, *viz.SCRIPTS))
    assert "innerHTML" not in template and "insertAdjacentHTML" not in template and "eval(" not in template


def test_view_data_colours_blocs_and_sizes_nodes():
    data = viz.view_data(two_camps())
    nodes = {n["id"]: n for n in data["nodes"]}
    assert len(nodes) == 7
    assert nodes[A]["colour"] == nodes[B]["colour"] == nodes[C]["colour"]
    assert nodes[D]["colour"] == nodes[E]["colour"] == nodes[F]["colour"] != nodes[A]["colour"]
    assert nodes["person:ada-lord"]["colour"] == viz.LONE_COLOUR
    assert nodes[A]["r"] > nodes["person:ada-lord"]["r"]  # 3 mentions vs 2
    assert [b["names"] for b in data["blocs"]] == [["Avalon", "Borduria", "Carpania"],
                                                   ["Dorvia", "Elbonia", "Freedonia"]]
    edges = {(e["source"], e["relation"], e["target"]): e for e in data["edges"]}
    assert len(edges) == 11
    assert edges[(E, "COOPERATES_WITH", F)]["width"] > edges[(D, "SUPPORTS", E)]["width"]
    assert edges[("person:ada-lord", "LEADER_OF", A)]["structural"]
    assert {r["name"]: r["edges"] for r in data["relations"]}["SUPPORTS"] == 2
    for n in nodes.values():
        assert 0 <= n["x"] <= viz.WIDTH and 0 <= n["y"] <= viz.HEIGHT


def test_parallel_relations_bend_apart():
    G = two_camps()
    relate(G, B, "OPPOSES", A)
    # "bend" is relative to each arrow's own direction; compare them in one frame.
    bends = sorted(e["bend"] if e["source"] < e["target"] else -e["bend"]
                   for e in viz.view_data(G)["edges"] if {e["source"], e["target"]} == {A, B})
    assert bends == [-0.5, 0.5]


def test_country_level_rolls_up_people():
    data = viz.view_data(two_camps(), level="country")
    ids = {n["id"] for n in data["nodes"]}
    assert "person:ada-lord" not in ids and len(ids) == 6
    assert any(e["source"] == A and e["target"] == F and e["relation"] == "OPPOSES" for e in data["edges"])


def test_same_graph_same_page():
    assert viz.render_html(two_camps()) == viz.render_html(two_camps())


def test_empty_and_single_node_graphs_render():
    assert _payload(viz.render_html(new_graph()))["nodes"] == []
    G = new_graph()
    actor(G, "country:AAA", "Avalon")
    assert len(_payload(viz.render_html(G))["nodes"]) == 1


def test_write_html_and_png(tmp_path):
    html_path, png_path = tmp_path / "out" / "a.html", tmp_path / "a.png"
    viz.write_html(two_camps(), html_path)
    assert _payload(html_path.read_text(encoding="utf-8"))["level"] == "actor"
    viz.write_png(hostile_graph(), png_path, level="country")
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_failed_render_leaves_existing_file_alone(tmp_path):
    target = tmp_path / "alliances.html"
    target.write_text("previous page", encoding="utf-8")
    with pytest.raises(ValueError):
        viz.write_html(two_camps(), target, level="planet")
    assert target.read_text(encoding="utf-8") == "previous page"
    assert [p.name for p in tmp_path.iterdir()] == ["alliances.html"]


def test_cli_viz_html_png_and_errors(tmp_path):
    from typer.testing import CliRunner

    from graphkit.cli import app
    from graphkit.graph import save_graph

    graph = tmp_path / "graph.json"
    save_graph(hostile_graph(), graph)
    runner = CliRunner()
    result = runner.invoke(app, ["viz", str(graph), "--out", str(tmp_path / "a.html"), "--level", "country"])
    assert result.exit_code == 0, result.output
    assert _payload((tmp_path / "a.html").read_text(encoding="utf-8"))["level"] == "country"
    result = runner.invoke(app, ["viz", str(graph), "--out", str(tmp_path / "a.png"), "--format", "png"])
    assert result.exit_code == 0 and (tmp_path / "a.png").read_bytes()[:4] == b"\x89PNG"
    result = runner.invoke(app, ["viz", str(tmp_path / "a.png")])
    assert result.exit_code == 1 and "not a graphkit graph" in result.output and "Traceback" not in result.output
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["viz", str(graph), "--out", str(blocker / "a.html")])
    assert result.exit_code == 1 and "cannot write" in result.output


def test_edges_carry_each_evidence_day_and_confidence_for_the_page_filters():
    G = two_camps()
    relate(G, A, "OPPOSES", B, count=3, dates=["2024-02-01", None, "2024-01-30T08:00:00"])
    relate(G, B, "THREATENS", C, count=2, dates=["2024-03-05", "not a date"])
    items = G.edges[A, B, "OPPOSES"]["evidence"]
    items[0].update(event_date="2024-01-01", url="https://news.example/x", title="X", confidence=0.25)
    data = viz.view_data(G)
    assert data["day0"] == "2024-01-01" and data["days"] == 64  # event date first; to 5 March
    edges = {(e["source"], e["relation"], e["target"]): e for e in data["edges"]}
    opposes = edges[(A, "OPPOSES", B)]
    assert opposes["days"] == [0, -1, 29] and opposes["confidences"] == [250, 900, 900]
    assert len(opposes["days"]) == opposes["count"]
    assert opposes["evidence"][0] == {"doc_id": "t0", "sentence": items[0]["sentence"], "predicate": "opposes",
                                      "url": "https://news.example/x", "title": "X", "date": "2024-01-01"}
    assert "date" not in opposes["evidence"][1] and "url" not in opposes["evidence"][1]
    assert edges[(B, "THREATENS", C)]["days"] == [64, -1]  # an unreadable date counts as undated
    assert edges[(A, "SUPPORTS", B)]["days"] == [-1, -1]


def test_nodes_carry_aliases_for_the_search_box():
    G = two_camps()
    G.nodes[A]["aliases"] = ["Avalon", "the Avalonians", "Avalonia"]
    nodes = {n["id"]: n for n in viz.view_data(G)["nodes"]}
    assert nodes[A]["aliases"] == ["Avalonia", "the Avalonians"]  # the name itself is not repeated
    assert nodes[B]["aliases"] == []


def test_page_inlines_both_scripts_and_refuses_one_that_would_close_its_element(monkeypatch, tmp_path):
    page = viz.render_html(two_camps())
    assert "var graphkitBlocs" in page and "graphkitBlocs.blocs(" in page and "{{SCRIPT}}" not in page
    bad = tmp_path / "bad.js"
    bad.write_text("var x = '</script>';", encoding="utf-8")
    monkeypatch.setattr(viz, "SCRIPTS", (bad,))
    with pytest.raises(viz.GraphkitError):
        viz.render_html(two_camps())
