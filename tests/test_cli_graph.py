"""CLI: build, export and query, including bad inputs (one clean line, exit 1, never a traceback)."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
import typer
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.graph import build_graph, load_graph
from graphkit.triples_io import write_triples

from triple_factory import triple, world

runner = CliRunner()


def run(*args: str, **kwargs):
    result = runner.invoke(app, [str(a) for a in args], **kwargs)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def triples_file(tmp_path):
    path = tmp_path / "triples.jsonl"
    write_triples(world(), path)
    return path


@pytest.fixture
def graph_file(tmp_path, triples_file):
    path = tmp_path / "graph.json"
    assert run("build", triples_file, "--out", path).exit_code == 0
    return path


def _commands(command, prefix: tuple[str, ...] = ()):
    yield prefix
    for name, sub in getattr(command, "commands", {}).items():  # typer groups (its click is vendored)
        yield from _commands(sub, prefix + (name,))


def test_every_command_has_help():
    names = list(_commands(typer.main.get_command(app)))
    assert ("build",) in names and ("query", "actor") in names and ("export",) in names
    for name in names:
        result = run(*name, "--help")
        assert result.exit_code == 0 and "Usage" in result.output, name


def test_build_from_triples_needs_no_spacy_and_matches_the_library(graph_file, tmp_path):
    G = load_graph(graph_file)
    expected = build_graph(world())
    assert nx.node_link_data(G, edges="edges") == nx.node_link_data(expected, edges="edges")


def test_build_summary_and_idempotent_rebuild(triples_file, tmp_path):
    out = tmp_path / "g.json"
    first = run("build", triples_file, "--out", out)
    assert first.exit_code == 0
    assert f"articles read 4, skipped 0, unchanged 0; triples 13; actors 8; relations 12 -> {out}" in first.stderr
    before = out.read_text()
    again = run("build", triples_file, "--graph", out, "--out", out)
    assert again.exit_code == 0 and "unchanged 4; triples 0;" in again.stderr
    assert out.read_text() == before
    quiet = run("build", triples_file, "--graph", out, "--out", out, "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_build_adds_a_new_triples_file_incrementally(graph_file, tmp_path):
    extra = tmp_path / "more.jsonl"
    write_triples([triple("country:USA", "SUPPLIES", "country:UKR", doc="d7", start=3, confidence=0.9),
                   triple("country:CHN", "SUPPLIES", "country:RUS", doc="d7", start=60, confidence=0.2)], extra)
    result = run("build", extra, "--graph", graph_file, "--out", graph_file, "--min-confidence", "0.5")
    assert result.exit_code == 0 and "articles read 1" in result.stderr and "triples 2;" in result.stderr
    G = load_graph(graph_file)
    assert G.edges["country:USA", "country:UKR", "SUPPLIES"]["count"] == 2
    assert not G.has_edge("country:CHN", "country:RUS", "SUPPLIES")  # below --min-confidence
    assert "d7" in G.graph["articles"]


def test_build_reports_malformed_triple_lines(tmp_path):
    path = tmp_path / "t.jsonl"
    good = json.dumps(triple("country:USA", "OPPOSES", "country:RUS").to_dict())
    path.write_text(good + "\n{broken\n" + json.dumps({**json.loads(good), "relation": "LIKES"}) + "\n")
    result = run("build", path, "--out", tmp_path / "g.json")
    assert result.exit_code == 0
    assert f"{path}:2: invalid JSON" in result.stderr and f"{path}:3: unknown relation 'LIKES'" in result.stderr
    assert "skipped 2" in result.stderr
    assert load_graph(tmp_path / "g.json").number_of_edges() == 1


def test_build_reports_deeply_nested_triple_lines_and_reads_the_rest(tmp_path):
    path = tmp_path / "t.jsonl"
    good = triple("country:USA", "OPPOSES", "country:RUS").to_dict()
    path.write_text(json.dumps(good) + "\n" + '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                    + json.dumps({**good, "doc_id": "d2"}) + "\n")
    result = run("build", path, "--out", tmp_path / "g.json")
    assert result.exit_code == 0 and "Traceback" not in result.stderr
    assert f"{path}:2: invalid JSON (nested too deeply)" in result.stderr and "skipped 1" in result.stderr
    assert load_graph(tmp_path / "g.json").edges["country:USA", "country:RUS", "OPPOSES"]["count"] == 2


def test_neo4j_param_nested_too_deeply_is_text_like_other_invalid_json():
    from graphkit.cli.neo4j_cmd import _parameters

    deep = "[" * 100_000 + "]" * 100_000
    assert _parameters([f"x={deep}", "y=[1, 2]", "z={broken"]) == {"x": deep, "y": [1, 2], "z": "{broken"}


def test_build_with_nothing_readable_fails_and_writes_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "g.json"
    result = run("build", empty, "--out", out)
    assert result.exit_code == 1 and "error: nothing to build" in result.stderr
    assert not out.exists()
    missing = run("build", tmp_path / "nope.txt", "--out", out)
    assert missing.exit_code == 1 and "nope.txt" in missing.stderr and not out.exists()


def test_build_with_a_bad_existing_graph_is_one_line(triples_file, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    result = run("build", triples_file, "--graph", bad, "--out", bad)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "invalid JSON" in result.stderr
    assert bad.read_text() == "{oops"  # never lost


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_export_files(graph_file, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    result = run("export", graph_file, "--format", fmt, "--out", out)
    assert result.exit_code == 0 and str(out) in result.stderr
    reader = {"json": load_graph, "graphml": nx.read_graphml, "gexf": nx.read_gexf}[fmt]
    assert reader(out).number_of_edges() == load_graph(graph_file).number_of_edges()


def test_export_csv_and_bad_graph(graph_file, tmp_path):
    assert run("export", graph_file, "--format", "csv", "--out", tmp_path / "csv").exit_code == 0
    with open(tmp_path / "csv" / "edges.csv", newline="") as f:
        assert len(list(csv.DictReader(f))) == 12
    bad = run("export", tmp_path / "missing.json", "--format", "gexf", "--out", tmp_path / "x.gexf")
    assert bad.exit_code == 1 and "graph file not found" in bad.stderr and not (tmp_path / "x.gexf").exists()
    wrong = run("export", graph_file, "--format", "pdf", "--out", tmp_path / "x.pdf")
    assert wrong.exit_code == 2


def test_query_supporters_table(graph_file):
    result = run("query", "supporters", "Russia", "--graph", graph_file, env={"COLUMNS": "120"})
    assert result.exit_code == 0
    text = result.stdout
    assert "SUPPLIES" in text and "North Korea" in text and "Pyongyang shipped shells to Russia." in text
    assert text.index("North Korea") < text.index("China")  # count 2 before count 1


def test_query_json_output_parses(graph_file):
    result = run("query", "opposers", "russia", "--graph", graph_file, "--format", "json")
    links = json.loads(result.stdout)
    assert [(lk["subject"], lk["relation"], lk["count"]) for lk in links] == [
        ("United States", "OPPOSES", 1), ("United States", "SANCTIONS", 1)]
    assert set(links[0]) == {"subject_id", "subject", "relation", "object_id", "object", "polarity", "count",
                             "articles", "evidence", "confidence", "first_seen", "last_seen"}
    assert (links[0]["confidence"], links[0]["first_seen"], links[0]["last_seen"]) == (0.8, "2024-07-03", "2024-07-03")
    assert {"url", "title", "event_date"} <= set(links[0]["evidence"][0])
    limited = json.loads(run("query", "opposers", "Russia", "--graph", graph_file, "--format", "json",
                             "--limit", "1").stdout)
    assert len(limited) == 1


def test_query_country_level_and_env_graph(graph_file):
    result = run("query", "supporters", "North Korea", "--level", "country", "--format", "json",
                 env={"GRAPHKIT_GRAPH": str(graph_file)})
    assert [lk["subject_id"] for lk in json.loads(result.stdout)] == ["country:RUS"]


def test_query_relations_path_and_actor(graph_file):
    rel = json.loads(run("query", "relations", "Washington", "Russia", "-g", graph_file, "-f", "json").stdout)
    assert {lk["relation"] for lk in rel} == {"OPPOSES", "SANCTIONS"}
    hops = json.loads(run("query", "path", "Kim Jong Un", "Ukraine", "-g", graph_file, "-f", "json").stdout)
    assert [h["object"] for h in hops] == ["North Korea", "Russia", "Ukraine"]
    table = run("query", "path", "Kim Jong Un", "Ukraine", "-g", graph_file)
    assert table.exit_code == 0 and "ATTACKS" in table.stdout
    none = run("query", "relations", "North Korea", "United States", "-g", graph_file)
    assert none.exit_code == 0 and "none found" in none.stdout
    profile = json.loads(run("query", "actor", "Vladimir Putin", "-g", graph_file, "-f", "json").stdout)
    assert (profile["country"], profile["role"]) == ("country:RUS", "President")
    shown = run("query", "actor", "russia", "-g", graph_file)
    assert shown.exit_code == 0 and "Vladimir Putin (President)" in shown.stdout and "COOPERATES_WITH" in shown.stdout


def test_query_unknown_actor_suggests(graph_file):
    result = run("query", "supporters", "Rusia", "--graph", graph_file)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: unknown actor 'Rusia'. Did you mean: Russia?"


@pytest.mark.parametrize("content, message", [
    (None, "graph file not found"),
    ("not json at all", "invalid JSON"),
    ('{"nodes": [], "edges": []}', "not a graphkit graph"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON at line 1: nested too deeply"),
])
def test_query_bad_graph_file_is_one_line(tmp_path, content, message):
    path = tmp_path / "g.json"
    if content is not None:
        path.write_text(content)
    for command in (["supporters", "Russia"], ["relations", "A", "B"], ["actor", "X"]):
        result = run("query", *command, "--graph", path)
        assert result.exit_code == 1 and message in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.slow
def test_build_from_articles_with_the_real_model_then_rerun_without_spacy(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    article = news / "a1.txt"
    article.write_text("North Korea supplied Russia with artillery shells.\n\n"
                       "The United States condemned Russia on Tuesday.\n")
    out = tmp_path / "g.json"
    first = run("build", news, "--out", out)
    assert first.exit_code == 0 and "articles read 1, skipped 0, unchanged 0" in first.stderr
    G = load_graph(out)
    assert G.has_edge("country:PRK", "country:RUS", "SUPPLIES") and G.graph["model"]
    # An unchanged article needs no spaCy at all: even a model that does not exist is never loaded.
    again = run("build", news, "--graph", out, "--out", out, "--model", "no_such_model_pkg")
    assert again.exit_code == 0 and "unchanged 1; triples 0;" in again.stderr
    # A changed article replaces its old evidence.
    article.write_text("The United States condemned Russia on Tuesday.\n")
    changed = run("build", news, "--graph", out, "--out", out)
    assert changed.exit_code == 0 and "unchanged 0" in changed.stderr
    assert not load_graph(out).has_edge("country:PRK", "country:RUS", "SUPPLIES")


def test_query_table_escapes_markup_truncates_and_limits(tmp_path):
    long = "Washington [bold]objected[/bold] to " + "the long and winding statement " * 10 + "from Moscow."
    triples = tmp_path / "t.jsonl"
    write_triples([triple("country:USA", "OPPOSES", "country:RUS", sentence=long, start=0),
                   triple("country:USA", "SANCTIONS", "country:RUS", start=500),
                   triple("country:UKR", "OPPOSES", "country:RUS", start=900)], triples)
    graph = tmp_path / "g.json"
    assert run("build", triples, "--out", graph, "-q").exit_code == 0
    result = run("query", "opposers", "Russia", "-g", graph, "--limit", "2", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[bold]objected[/bold]" in result.stdout  # shown literally, not as rich markup
    assert "…" in result.stdout and "from Moscow." not in result.stdout
    # equal counts sort by name: Ukraine, United States (OPPOSES), then the hidden SANCTIONS row
    assert "1 more (use --limit)" in result.stdout and "SANCTIONS" not in result.stdout


def test_concurrent_in_place_builds_keep_each_others_articles(tmp_path):
    """Two runs updating one graph file take turns (a lock), so the second reads what the first wrote."""
    import subprocess
    import sys

    graph = tmp_path / "same.json"
    texts = {"a.txt": "Iran sent drones to Russia.", "b.txt": "France condemned Russia over the strikes."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    seed = tmp_path / "seed.txt"
    seed.write_text("Japan criticised China.", encoding="utf-8")
    assert subprocess.run([sys.executable, "-m", "graphkit", "build", str(seed), "--out", str(graph), "-q"],
                          timeout=300).returncode == 0
    runs = [subprocess.Popen([sys.executable, "-m", "graphkit", "build", str(tmp_path / name), "--graph", str(graph),
                              "--out", str(graph), "-q"]) for name in texts]
    assert all(run.wait(timeout=300) == 0 for run in runs)
    assert set(load_graph(graph).graph["articles"]) == {"seed", "a", "b"}
