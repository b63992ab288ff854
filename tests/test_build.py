"""`graphkit.build.update_graph`: inputs to graph without the CLI."""
from __future__ import annotations

import json

from graphkit.build import split_inputs, update_graph
from graphkit.graph import new_graph
from graphkit.triples_io import write_triples

from triple_factory import triple


def test_triples_files_merge_once_and_report_unchanged_the_second_time(tmp_path):
    path = tmp_path / "t.jsonl"
    write_triples([triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1", content_hash="h1"),
                   triple("country:USA", "SANCTIONS", "country:PRK", doc="a2", content_hash="h2")], path)
    G = new_graph()
    first = update_graph(G, [str(path)])
    assert (first.articles, first.unchanged, first.triples) == (2, 0, 2)
    assert G.has_edge("country:PRK", "country:RUS", key="SUPPLIES")
    again = update_graph(G, [str(path)])
    assert (again.articles, again.unchanged, again.triples) == (2, 2, 0)


def test_min_confidence_leaves_out_weak_triples(tmp_path):
    path = tmp_path / "t.jsonl"
    write_triples([triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1", confidence=0.3),
                   triple("country:USA", "SANCTIONS", "country:PRK", doc="a1", start=50, confidence=0.9)], path)
    G = new_graph()
    update_graph(G, [str(path)], min_confidence=0.5)
    assert not G.has_edge("country:PRK", "country:RUS", key="SUPPLIES")
    assert G.has_edge("country:USA", "country:PRK", key="SANCTIONS")


def test_a_shard_directory_stands_for_its_shards(tmp_path):
    shards = tmp_path / "out"
    shards.mkdir()
    write_triples([triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1")], shards / "part-00000.jsonl")
    (tmp_path / "news.txt").write_text("Russia praised North Korea.", encoding="utf-8")
    triples, articles = split_inputs([str(shards), str(tmp_path / "news.txt"), "-"])
    assert triples == [str(shards / "part-00000.jsonl")]
    assert articles == [str(tmp_path / "news.txt"), "-"]


def test_a_shard_folder_with_articles_beside_the_shards_reads_both(tmp_path):
    """`graphkit build DIR` with part-00000.jsonl and articles in DIR: every input counts, none is dropped."""
    from graphkit.build import split_inputs

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "part-00000.jsonl").write_text(json.dumps(triple("country:PRK", "SUPPLIES", "country:RUS").to_dict()) + "\n",
                                             encoding="utf-8")
    (folder / "note.txt").write_text("France condemned Russia.", encoding="utf-8")
    triples, articles = split_inputs([str(folder)])
    assert triples == [str(folder / "part-00000.jsonl")] and articles == [str(folder / "note.txt")]
