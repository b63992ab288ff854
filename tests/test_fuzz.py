"""Fuzz and fault suite: generated hostile input through every command, with the same promises each time.

For every input: the exit code is 0, 1 or 2; stderr holds only one-line messages (``error:`` or
``skipped:``) and never a traceback; good articles given alongside bad ones are kept; every output file
is either absent or valid (JSON parses; GraphML and GEXF parse as XML and load in networkx; the HTML page
is a whole document). Hypothesis generates the cases (controls, bidirectional and zero-width characters,
random bytes, random JSON shapes); ``GRAPHKIT_FUZZ_EXAMPLES`` raises the count (``make fuzz``).
HTML inputs are in ``test_fuzz_html.py``, Neo4j push and query in ``test_fuzz_neo4j.py``, the view in a
real browser in ``test_browser.py``; the strategies and promises they share in ``fuzz_inputs.py``.
"""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_inputs import FUZZ, GOOD, HOSTILE_TEXT, JSON_VALUES, run


def assert_valid_json_lines(path: Path) -> None:
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            json.loads(line)


@pytest.fixture(scope="module")
def good_graph(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-graph")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    run("build", folder / "good.txt", "--out", folder / "g.json", "-q")
    return folder / "g.json"


@pytest.mark.slow
@FUZZ
@given(text=HOSTILE_TEXT, raw=st.binary(max_size=64), record=JSON_VALUES,
       name=st.binary(max_size=16).filter(lambda b: b"/" not in b and b"\x00" not in b))
def test_extract_keeps_good_articles_among_hostile_ones(tmp_path_factory, text, raw, record, name):
    folder = tmp_path_factory.mktemp("fuzz-in")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    # A good article under a file name of random bytes (often not UTF-8): its id is the name, readable.
    named = b"n-" + name
    (folder / os.fsdecode(named + b".md")).write_text(GOOD, encoding="utf-8")
    (folder / "text.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "bytes.txt").write_bytes(raw)
    (folder / "records.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n"
                                          + json.dumps({"id": "good-record", "text": GOOD}) + "\n",
                                          encoding="utf-8", errors="surrogatepass")
    # The same record with every non-ASCII character escaped: lone surrogates become "\ud800" escapes.
    (folder / "escaped.jsonl").write_text(json.dumps({"id": "escaped", "text": text, "title": record}) + "\n"
                                          + json.dumps({"id": "good-escaped", "text": GOOD}) + "\n",
                                          encoding="utf-8")
    out = folder / "out.jsonl"
    result = run("extract", folder, "--out", out, "-q")
    assert result.exit_code == 0
    assert_valid_json_lines(out)
    kept = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {"good", "good-record", "good-escaped", named.decode("utf-8", "replace")} <= kept


@pytest.mark.slow
@FUZZ
@given(name=HOSTILE_TEXT, sentence=HOSTILE_TEXT, confidence=st.floats(allow_nan=True, allow_infinity=True))
def test_every_query_export_and_view_of_a_hostile_graph(tmp_path_factory, good_graph, name, sentence, confidence):
    folder = tmp_path_factory.mktemp("fuzz-graph")
    data = json.loads(good_graph.read_text(encoding="utf-8"))
    data["nodes"][0]["name"] = name
    data["edges"][0]["evidence"][0]["sentence"] = sentence
    data["edges"][0]["confidence"] = confidence
    graph = folder / "g.json"
    graph.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    for question in (["supporters", "Russia"], ["opposers", "Russia"], ["relations", "Iran", "Russia"],
                     ["path", "Iran", "France"], ["actor", "Russia"], ["blocs"], ["tensions"]):
        for fmt in ("table", "json"):
            result = run("query", *question, "--graph", graph, "--format", fmt)
            if result.exit_code == 0 and fmt == "json":
                json.loads(result.stdout)
    for fmt, target in (("json", "x.json"), ("graphml", "x.graphml"), ("gexf", "x.gexf"), ("csv", "csv")):
        out = folder / target
        if run("export", graph, "--format", fmt, "--out", out).exit_code == 0:
            if fmt == "json":
                json.loads(out.read_text(encoding="utf-8"))
            elif fmt in ("graphml", "gexf"):
                ET.parse(out)
                (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
        else:
            assert not out.exists()
    page = folder / "view.html"
    if run("viz", graph, "--out", page).exit_code == 0:
        html = page.read_text(encoding="utf-8")
        assert html.lstrip().lower().startswith("<!doctype html") and html.rstrip().endswith("</html>")
    else:
        assert not page.exists()
