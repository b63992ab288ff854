"""Event dates and article provenance from extraction to the graph: triples, triple files, evidence, first seen.

The article is invented for these tests; 2024-06-19 is a Wednesday.
"""
from __future__ import annotations

import json

import pytest

from graphkit.errors import GraphFileError
from graphkit.graph import build_graph, load_graph, save_graph
from graphkit.pipeline import extract
from graphkit.timeline import slice_graph
from graphkit.triples_io import read_triples, write_triples
from graphkit.types import Article

from triple_factory import triple

TEXT = ("Germany sent air-defence systems to Ukraine on Monday.\n\n"
        "China condemned the new American tariffs.\n\n"
        "Poland accused Belarus of pushing migrants across the border in May 2023.")


@pytest.fixture(scope="module")
def extracted():
    article = Article(doc_id="ev1", text=TEXT, title="Air defence for Ukraine", date="2024-06-19",
                      url="https://example.org/ev1", publication="Example Daily")
    return article, list(extract([article]))


def _by_pair(triples):
    return {(t.subject_id, t.relation, t.object_id): t for t in triples}


def test_extracted_triples_carry_their_event_date(extracted):
    _, triples = extracted
    found = _by_pair(triples)
    supplies = found[("country:DEU", "SUPPLIES", "country:UKR")]
    assert (supplies.event_date, supplies.date_precision, supplies.date) == ("2024-06-17", "day", "2024-06-19")
    opposes = found[("country:CHN", "OPPOSES", "country:USA")]
    assert (opposes.event_date, opposes.date_precision) == ("2024-06-19", "article")
    accuses = found[("country:POL", "OPPOSES", "country:BLR")]
    assert (accuses.event_date, accuses.date_precision) == ("2023-05-01", "month")


def test_the_relation_models_triples_carry_their_event_date_too():
    from graphkit.relmodel.model import packaged_model_available
    from graphkit.relmodel.settings import relation_settings

    if not packaged_model_available():
        pytest.skip("no relation model shipped in this checkout")
    article = Article(doc_id="ev3", text="Iran sent drones to Russia last week.", date="2024-06-19")
    triples = list(extract([article], relations=relation_settings("model")))
    assert triples and all(t.rule == "model" for t in triples)
    assert {(t.event_date, t.date_precision) for t in triples} == {("2024-06-10", "day")}


def test_an_article_without_a_date_gives_no_event_date_for_a_weekday():
    triples = list(extract([Article(doc_id="ev2", text="Germany sent air-defence systems to Ukraine on Monday.")]))
    assert triples and all((t.event_date, t.date_precision) == (None, None) for t in triples)


def test_older_triple_files_without_the_fields_still_load(tmp_path):
    record = triple("country:USA", "OPPOSES", "country:RUS").to_dict()
    del record["event_date"], record["date_precision"]
    bad = {**record, "event_date": 20240601}
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    skipped = []
    loaded = list(read_triples(path, on_skip=skipped.append))
    assert len(loaded) == 1 and (loaded[0].event_date, loaded[0].date_precision) == (None, None)
    assert [s.reason for s in skipped] == ["field 'event_date' must be a string or null"]


def test_triple_files_keep_the_fields(tmp_path, extracted):
    _, triples = extracted
    path = tmp_path / "t.jsonl"
    write_triples(triples, path)
    assert list(read_triples(path)) == triples


def test_graph_evidence_keeps_event_date_and_the_articles_url_title_publication(tmp_path, extracted):
    article, triples = extracted
    G = build_graph(triples, articles=[article])
    edge = G.edges["country:DEU", "country:UKR", "SUPPLIES"]
    item = edge["evidence"][0]
    assert (item["event_date"], item["date_precision"], item["date"]) == ("2024-06-17", "day", "2024-06-19")
    assert (item["url"], item["title"], item["publication"]) == (article.url, article.title, article.publication)
    assert (edge["first_seen"], edge["last_seen"]) == ("2024-06-17", "2024-06-17")
    path = tmp_path / "g.json"
    save_graph(G, path)
    assert load_graph(path).edges["country:DEU", "country:UKR", "SUPPLIES"]["evidence"] == edge["evidence"]


def test_evidence_from_a_dict_article_or_none_has_what_is_known():
    t = triple("country:USA", "OPPOSES", "country:RUS", doc="d1")
    with_meta = build_graph([t], articles=[{"doc_id": "d1", "hash": "h", "url": "u", "title": "T", "publication": "s"}])
    item = with_meta.edges["country:USA", "country:RUS", "OPPOSES"]["evidence"][0]
    assert (item["url"], item["title"], item["publication"]) == ("u", "T", "s")
    bare = build_graph([t]).edges["country:USA", "country:RUS", "OPPOSES"]["evidence"][0]
    assert (bare["url"], bare["title"], bare["publication"]) == (None, None, None)


def test_first_and_last_seen_come_from_event_dates_and_slices_use_them():
    published = "2024-06-03"
    earlier = triple("country:USA", "OPPOSES", "country:RUS", doc="d1", date=published, event_date="2024-05-27",
                     date_precision="day")
    undated = triple("country:USA", "OPPOSES", "country:RUS", doc="d2", date=published)
    G = build_graph([earlier, undated])
    edge = G.edges["country:USA", "country:RUS", "OPPOSES"]
    assert (edge["first_seen"], edge["last_seen"]) == ("2024-05-27", published)
    may = slice_graph(G, "2024-05", "2024-05")
    assert [e["doc_id"] for e in may.edges["country:USA", "country:RUS", "OPPOSES"]["evidence"]] == ["d1"]


@pytest.mark.parametrize("field", ["event_date", "date_precision", "url", "title", "publication"])
def test_a_graph_file_with_a_mistyped_field_is_refused(tmp_path, field):
    G = build_graph([triple("country:USA", "OPPOSES", "country:RUS")])
    G.edges["country:USA", "country:RUS", "OPPOSES"]["evidence"][0][field] = 7
    path = tmp_path / "g.json"
    save_graph(G, path)
    with pytest.raises(GraphFileError, match=field):
        load_graph(path)
