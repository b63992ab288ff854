"""Fuzz and fault suite: generated hostile input through every command, with the same promises each time.

For every input: the exit code is 0, 1 or 2; stderr holds only one-line messages (``error:`` or
``skipped:``) and never a traceback; good articles given alongside bad ones are kept; every output file
is either absent or valid (JSON parses; GraphML and GEXF parse as XML and load in networkx; the HTML page
is a whole document). Hypothesis generates the cases (controls, bidirectional and zero-width characters,
random bytes, random JSON shapes); ``GRAPHKIT_FUZZ_EXAMPLES`` raises the count (``make fuzz``).
"""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from graphkit.cli import app

EXAMPLES = int(os.environ.get("GRAPHKIT_FUZZ_EXAMPLES", "12"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
GOOD = "Iran sent drones to Russia. France condemned Russia over the strikes."
HOSTILE_CHARS = st.sampled_from(["\x00", "\x07", "\x08", "\x1b]0;x\x07", "\x1b[2J", "\u202e", "\u200b", "\ufeff",
                                 "\ud7ff", "\U0001f600", "\r", "\t", "\"", "'", "<", "&", "=", "[/bold]", "{", "}"])
HOSTILE_TEXT = st.lists(st.one_of(st.text(max_size=12), HOSTILE_CHARS), max_size=12).map("".join)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE_TEXT,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
                           max_leaves=8)

runner = CliRunner()


def run(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    for line in result.stderr.splitlines():
        assert line.startswith(("error:", "skipped:", "articles read", "wrote")), line
    return result


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
@given(text=HOSTILE_TEXT, raw=st.binary(max_size=64), record=JSON_VALUES)
def test_extract_keeps_good_articles_among_hostile_ones(tmp_path_factory, text, raw, record):
    folder = tmp_path_factory.mktemp("fuzz-in")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "text.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "bytes.txt").write_bytes(raw)
    (folder / "records.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n"
                                          + json.dumps({"id": "good-record", "text": GOOD}) + "\n",
                                          encoding="utf-8", errors="surrogatepass")
    out = folder / "out.jsonl"
    result = run("extract", folder, "--out", out, "-q")
    assert result.exit_code == 0
    assert_valid_json_lines(out)
    kept = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {"good", "good-record"} <= kept


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
