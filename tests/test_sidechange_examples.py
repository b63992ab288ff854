"""examples/sidechange end to end: extract + build + diff name Armenia's change of sides (allies of Russia
in 2023, its opponents in 2025), with evidence sentences from the articles; the gold files score with
graphkit evaluate; the Neo4j period questions agree with the library on the built graph."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.changes import diff_periods
from graphkit.cli import app
from graphkit.graph import build_graph, save_graph
from graphkit.sources import read_articles

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "sidechange"
ARM, RUS, AZE = "country:ARM", "country:RUS", "country:AZE"


@pytest.fixture(scope="module")
def built():
    from graphkit.pipeline import extract

    articles = list(read_articles([str(EXAMPLES / "articles.jsonl")]))
    triples = list(extract(articles))
    return articles, triples, build_graph(triples, articles=articles)


def gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((EXAMPLES / "gold").glob("*.json"))}


def test_articles_and_gold_agree():
    articles = {a.doc_id: a for a in read_articles([str(EXAMPLES / "articles.jsonl")])}
    annotated = gold()
    assert sorted(articles) == sorted(annotated) and len(articles) == 6
    for doc_id, record in annotated.items():
        assert articles[doc_id].text == record["text"] and articles[doc_id].date == record["date"]
    # the story the gold tells: Russia supports Armenia early, opposes it late
    early = {(t["subject"], t["relation"], t["object"]) for d in annotated.values() if d["date"] < "2024"
             for t in d["triples"]}
    late = {(t["subject"], t["relation"], t["object"]) for d in annotated.values() if d["date"] >= "2025"
            for t in d["triples"]}
    assert ("Russia", "SUPPORTS", "Armenia") in early and ("Russia", "SANCTIONS", "Armenia") in late


def test_diff_names_the_side_change_with_its_evidence(built):
    articles, _, G = built
    texts = {a.doc_id: a.text for a in articles}
    found = diff_periods(G, "2023", "2025", level="country")
    flips = {(f.a, f.b): f for f in found.sign_flips}
    flip = flips[(ARM, RUS)]
    assert flip.kind == "allies became enemies" and flip.before > 0 > flip.after
    for item, year in [(e, "2023") for e in flip.evidence_before] + [(e, "2025") for e in flip.evidence_after]:
        assert item.sentence in " ".join(texts[item.doc_id].split()) and item.date.startswith(year)
    assert flips[(AZE, RUS)].kind == "enemies became allies"
    # the relations behind it: Russia's hostility towards Armenia appears in 2025
    appeared = {(c.subject_id, c.relation, c.object_id) for c in found.relations if c.kind == "appeared"}
    assert (RUS, "SANCTIONS", ARM) in appeared


def test_cli_diff_and_evaluate_on_the_examples(built, tmp_path):
    articles, triples, G = built
    save_graph(G, tmp_path / "g.json")
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "g.json"), "--before", "2023", "--after", "2025",
                                      "--level", "country", "-f", "json"])
    assert result.exit_code == 0, result.output
    flips = {(f["a"], f["b"]): f["kind"] for f in json.loads(result.stdout)["sign_flips"]}
    assert flips[(ARM, RUS)] == "allies became enemies"
    with open(tmp_path / "t.jsonl", "w", encoding="utf-8") as handle:
        for t in triples:
            handle.write(json.dumps(t.to_dict()) + "\n")
    scored = CliRunner().invoke(app, ["evaluate", "--gold", str(EXAMPLES / "gold"), str(tmp_path / "t.jsonl"),
                                      "--format", "json"])
    assert scored.exit_code == 0, scored.output
    assert '"f1"' in scored.stdout


@pytest.mark.neo4j
def test_neo4j_period_questions_agree_on_the_examples(built):
    from graphkit import neo4j as gn
    from neo4j_factory import server
    from test_neo4j_periods import check_changes, check_stances

    srv = server()
    _, _, G = built
    gn.push(G, replace=True, **srv.kwargs())
    with gn.querying(**srv.kwargs()) as ask:
        assert check_stances(G, ask, [ARM, RUS, AZE, "country:FRA"]) > 10
        relations, flips = check_changes(G, ask, "2023", "2025")
        assert relations > 10 and flips >= 1
