"""--since/--until/--min-confidence on the query commands, viz and export, and provenance in query answers."""
from __future__ import annotations

import csv
import json
import sys

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphkit.cli import app, main
from graphkit.graph import build_graph, load_graph, refresh_edge, save_graph

from triple_factory import triple

runner = CliRunner()
USA, UKR, RUS, PRK, CHN = "country:USA", "country:UKR", "country:RUS", "country:PRK", "country:CHN"
WEAK_SENTENCE = "Russian guns shelled the outskirts of Kyiv."  # the one weak relation's only evidence


def _triples():
    return [
        triple(USA, "SUPPORTS", UKR, doc="a1", date="2023-03-01", confidence=0.9, sentence="Washington backed Kyiv."),
        triple(USA, "SUPPORTS", UKR, doc="a2", date="2024-05-10", confidence=0.9),
        triple(RUS, "ATTACKS", UKR, doc="a3", date="2024-02-01", confidence=0.4, sentence=WEAK_SENTENCE),
        triple(USA, "OPPOSES", RUS, doc="a3", start=80, date="2024-02-01", confidence=0.9),
        triple(PRK, "SUPPLIES", RUS, doc="a4", date="2024-08-01", confidence=0.9),
        # China's ties close an unbalanced triad (friend of both Russia and the US, who are at odds).
        triple(CHN, "SUPPORTS", RUS, doc="a5", date="2024-09-01", confidence=0.9),
        triple(CHN, "COOPERATES_WITH", USA, doc="a5", start=60, date="2024-09-01", confidence=0.3),
    ]


ARTICLES = [{"doc_id": f"a{i}", "hash": f"h{i}", "title": f"Report {i}", "date": None,
             "url": f"https://news.example/a{i}"} for i in range(1, 6)]


@pytest.fixture
def graph_file(tmp_path):
    G = build_graph(_triples(), articles=ARTICLES)
    # a newer graph: this sentence carries its own source and the day its event happened
    item = G.edges[PRK, RUS, "SUPPLIES"]["evidence"][0]
    item.update(url="https://wire.example/shells", title="Shells shipped", event_date="2024-07-20")
    refresh_edge(G.edges[PRK, RUS, "SUPPLIES"])  # first/last seen follow the event date, as a build would
    path = tmp_path / "g.json"
    save_graph(G, path)
    return path


def run(*args, **kwargs):
    result = runner.invoke(app, [str(a) for a in args], **kwargs)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def answer(*args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def triples_of(links):
    return {(lk["subject_id"], lk["relation"], lk["object_id"], lk["count"]) for lk in links}


# --- the query family -------------------------------------------------------------------------------------

def test_since_and_until_slice_every_answer(graph_file):
    g = ("-g", graph_file)
    assert triples_of(answer("query", "supporters", "Ukraine", *g)) == {(USA, "SUPPORTS", UKR, 2)}
    later = answer("query", "supporters", "Ukraine", *g, "--since", "2024")
    assert triples_of(later) == {(USA, "SUPPORTS", UKR, 1)} and later[0]["first_seen"] == "2024-05-10"
    earlier = answer("query", "supporters", "Ukraine", *g, "--until", "2023Q4")
    assert triples_of(earlier) == {(USA, "SUPPORTS", UKR, 1)} and earlier[0]["last_seen"] == "2023-03-01"
    # a relation's confidence is its period's: one sentence at 0.9, not two
    assert later[0]["confidence"] < answer("query", "supporters", "Ukraine", *g)[0]["confidence"]
    assert triples_of(answer("query", "relations", "Russia", "United States", *g, "--since", "2024H2")) == set()
    # the shells were shipped in July (the sentence's event date), reported in August (its article's date)
    profile = answer("query", "actor", "Russia", *g, "--since", "2024-07", "--until", "2024-07-31")
    assert triples_of(profile["relations"]) == {(PRK, "SUPPLIES", RUS, 1)}


def test_min_confidence_hides_weak_relations_from_every_answer(graph_file):
    g = ("-g", graph_file)
    assert triples_of(answer("query", "opposers", "Ukraine", *g)) == {(RUS, "ATTACKS", UKR, 1)}
    assert answer("query", "opposers", "Ukraine", *g, "--min-confidence", "0.5") == []
    assert answer("query", "relations", "Russia", "Ukraine", *g, "--min-confidence", "0.5") == []
    short = answer("query", "path", "North Korea", "Ukraine", *g)
    assert [hop["relation"] for hop in short] == ["SUPPLIES", "ATTACKS"]
    around = answer("query", "path", "North Korea", "Ukraine", *g, "--min-confidence", "0.5")
    assert [hop["relation"] for hop in around] == ["SUPPLIES", "OPPOSES", "SUPPORTS"]
    profile = answer("query", "actor", "Ukraine", *g, "--min-confidence", "0.5")
    assert "ATTACKS" not in {lk["relation"] for lk in profile["relations"]}


def test_an_actor_the_filters_leave_without_relations_is_not_unknown(graph_file):
    empty = run("query", "opposers", "Ukraine", "-g", graph_file, "--since", "2025")
    assert empty.exit_code == 0 and "none found" in empty.stdout and "2025-01-01" in empty.stdout
    typo = run("query", "opposers", "Ukrane", "-g", graph_file, "--since", "2025")
    assert typo.exit_code == 1 and "Did you mean: Ukraine?" in typo.stderr
    alone = run("query", "actor", "Ukraine", "-g", graph_file, "--since", "2025")
    assert alone.exit_code == 1 and alone.stderr.count("\n") == 1 and "no relation" in alone.stderr


def test_answers_carry_confidence_time_and_sources(graph_file):
    [link] = answer("query", "supporters", "Russia", "-g", graph_file, "--since", "2024-07", "--until", "2024-07")
    assert link["subject_id"] == PRK and (link["first_seen"], link["last_seen"]) == ("2024-07-20", "2024-07-20")
    assert link["confidence"] == pytest.approx(0.9)
    [item] = link["evidence"]
    assert (item["url"], item["title"], item["event_date"]) == ("https://wire.example/shells", "Shells shipped",
                                                                "2024-07-20")
    [older] = answer("query", "opposers", "Ukraine", "-g", graph_file)[0]["evidence"]
    # evidence without its own source answers from the graph's record of its article
    assert (older["url"], older["title"], older["event_date"]) == ("https://news.example/a3", "Report 3", None)


def test_tables_show_confidence_and_sources_and_dates_where_they_fit(graph_file):
    wide = run("query", "opposers", "Ukraine", "-g", graph_file, env={"COLUMNS": "140"})
    assert "conf" in wide.stdout and "0.40" in wide.stdout and "seen" in wide.stdout
    assert "https://news.example/a3" in wide.stdout and "2024-02-01" in wide.stdout
    narrow = run("query", "opposers", "Ukraine", "-g", graph_file, env={"COLUMNS": "80"})
    assert "0.40" in narrow.stdout and "seen" not in narrow.stdout


# --- blocs and tensions ----------------------------------------------------------------------------------

def test_blocs_see_only_the_period(graph_file):
    def members(*extra):
        return {m for bloc in answer("query", "blocs", "-g", graph_file, "--min-size", "1", *extra)["blocs"]
                for m in bloc["members"]}
    assert {RUS, PRK, CHN} <= members()
    assert members("--until", "2023") == {USA, UKR}
    assert CHN not in members("--until", "2024-08")


@pytest.mark.parametrize("flag, value", [("--min-confidence", "0.5"), ("--until", "2024-06")])
def test_tensions_follow_the_filters(graph_file, flag, value):
    triads = answer("query", "tensions", "-g", graph_file)
    assert any(set(t["nodes"]) == {CHN, RUS, USA} for t in triads)
    assert answer("query", "tensions", "-g", graph_file, flag, value) == []


def test_blocs_and_tensions_tables_name_their_filters_like_the_query_tables(graph_file):
    since = "(2024-01-01 – …, confidence ≥ 0.2)"
    blocs = run("query", "blocs", "-g", graph_file, "--min-size", "1", "--since", "2024", "--min-confidence", "0.2",
                env={"COLUMNS": "200"})
    tensions = run("query", "tensions", "-g", graph_file, "--since", "2024", "--min-confidence", "0.2",
                   env={"COLUMNS": "200"})
    supporters = run("query", "supporters", "Russia", "-g", graph_file, "--since", "2024", "--min-confidence", "0.2",
                     env={"COLUMNS": "200"})
    assert f"Blocs {since}" in blocs.stdout
    assert f"Tensions (unbalanced triads) {since}" in tensions.stdout
    assert f"Supporters of Russia {since}" in supporters.stdout
    assert "Blocs (" not in run("query", "blocs", "-g", graph_file, "--min-size", "1", env={"COLUMNS": "200"}).stdout


# --- viz and export --------------------------------------------------------------------------------------

def test_viz_draws_only_what_passes(graph_file, tmp_path):
    page = tmp_path / "a.html"
    assert run("viz", graph_file, "-o", page).exit_code == 0
    assert "shelled the outskirts" in page.read_text(encoding="utf-8")
    assert run("viz", graph_file, "-o", page, "--min-confidence", "0.5").exit_code == 0
    assert "shelled the outskirts" not in page.read_text(encoding="utf-8")
    assert run("viz", graph_file, "-o", page, "--since", "2024-09").exit_code == 0
    assert "Washington backed Kyiv" not in page.read_text(encoding="utf-8")


def _exported_edges(path, fmt):
    """(subject id, relation, object id) of every relation in an export, read with the format's reader."""
    if fmt == "csv":
        with open(path / "edges.csv", newline="", encoding="utf-8") as f:
            return {(r[":START_ID"], r[":TYPE"], r[":END_ID"]) for r in csv.DictReader(f)}
    if fmt == "evidence-csv":
        with open(path, newline="", encoding="utf-8") as f:
            return {(r["subject_id"], r["relation"], r["object_id"]) for r in csv.DictReader(f)}
    H = {"json": load_graph, "graphml": nx.read_graphml, "gexf": nx.read_gexf}[fmt](path)
    return {(u, d["relation"], v) for u, v, d in H.edges(data=True)}


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv", "evidence-csv"])
def test_every_export_format_is_filtered(graph_file, tmp_path, fmt):
    everything = {(u, k, v) for u, v, k in load_graph(graph_file).edges(keys=True)}
    out = tmp_path / "out"
    assert run("export", graph_file, "-f", fmt, "-o", out).exit_code == 0
    assert _exported_edges(out, fmt) == everything
    assert run("export", graph_file, "-f", fmt, "-o", out, "--min-confidence", "0.5").exit_code == 0
    assert _exported_edges(out, fmt) == everything - {(RUS, "ATTACKS", UKR), (CHN, "COOPERATES_WITH", USA)}
    assert run("export", graph_file, "-f", fmt, "-o", out, "--since", "2024-08").exit_code == 0
    assert _exported_edges(out, fmt) == {(CHN, "SUPPORTS", RUS), (CHN, "COOPERATES_WITH", USA)}


def test_evidence_csv_has_one_row_per_sentence_with_its_source(graph_file, tmp_path):
    out = tmp_path / "evidence.csv"
    assert run("export", graph_file, "-f", "evidence-csv", "-o", out, "--until", "2024-08").exit_code == 0
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 5  # every sentence dated up to August 2024, China's September ones left out
    shells = next(r for r in rows if r["relation"] == "SUPPLIES")
    assert (shells["subject"], shells["object"], shells["url"], shells["event_date"]) == (
        "North Korea", "Russia", "https://wire.example/shells", "2024-07-20")
    backed = next(r for r in rows if r["sentence"] == "Washington backed Kyiv.")
    assert (backed["url"], backed["title"], backed["article_date"], backed["doc_id"], backed["rule"]) == (
        "https://news.example/a1", "Report 1", "2023-03-01", "a1", "test_rule")
    assert float(backed["confidence"]) == pytest.approx(0.9)


# --- bad values --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["query", "supporters", "Ukraine"], ["query", "blocs"], ["query", "tensions"],
    ["viz", "{graph}", "-o", "{out}.html"], ["export", "{graph}", "-f", "csv", "-o", "{out}"],
])
@pytest.mark.parametrize("bad, reason", [
    (["--since", "2024-13"], "Invalid value for '--since': not a date or period: '2024-13' (no such day or month)"),
    (["--until", "last week"], "Invalid value for '--until': not a date or period: 'last week'"),
    (["--since", "2025", "--until", "2024"], "--since 2025 starts after --until 2024 ends"),
    (["--min-confidence", "1.5"], "Invalid value for '--min-confidence'"),
])
def test_bad_filters_are_one_line_usage_errors(graph_file, tmp_path, monkeypatch, capsys, command, bad, reason):
    monkeypatch.chdir(tmp_path)
    args = [a.format(graph=graph_file, out=tmp_path / "x") for a in command]
    if args[0] == "query":
        args += ["-g", str(graph_file)]
    monkeypatch.setattr(sys, "argv", ["graphkit", *args, *bad])
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it; put it back afterwards
    with pytest.raises(SystemExit) as exit_:
        main()
    printed = capsys.readouterr()
    assert exit_.value.code == 2 and printed.out == ""
    assert printed.err.startswith(f"error: {reason}") and printed.err.count("\n") == 1
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.html").exists()


def test_an_undated_graph_gets_no_empty_seen_column(tmp_path):
    path = tmp_path / "undated.json"
    save_graph(build_graph([triple(PRK, "SUPPLIES", RUS, date=None)]), path)
    wide = run("query", "supporters", "Russia", "-g", path, env={"COLUMNS": "140"})
    assert wide.exit_code == 0 and "conf" in wide.stdout and "seen" not in wide.stdout
