"""The triples JSONL contract: round trip, bad lines reported with file:line, sniffing."""
from __future__ import annotations

import json

from graphkit.triples_io import is_triples_file, read_triples, write_triples

from triple_factory import triple, world


def test_round_trip(tmp_path):
    path = tmp_path / "t.jsonl"
    assert write_triples(world(), path) == len(world())
    assert list(read_triples(path)) == world()
    assert is_triples_file(path)


def test_bad_lines_are_skipped_with_file_and_line(tmp_path):
    good = triple("country:USA", "OPPOSES", "country:RUS").to_dict()
    lines = [json.dumps(good), "", "[1, 2]", json.dumps({**good, "start": "7"}),
             json.dumps({**good, "confidence": 3}), json.dumps({k: v for k, v in good.items() if k != "sentence"})]
    path = tmp_path / "t.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe{}\n")
    skipped = []
    triples = list(read_triples(path, on_skip=skipped.append))
    assert len(triples) == 1
    assert [(s.source.rsplit(":", 1)[1], s.reason.split(" ")[0]) for s in skipped] == [
        ("3", "not"), ("4", "missing"), ("5", "confidence"), ("6", "missing"), ("7", "not")]
    assert skipped[-1].reason == "not valid UTF-8"


def test_deeply_nested_line_is_skipped_and_the_rest_read(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    good = triple("country:USA", "OPPOSES", "country:RUS")
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(good.to_dict()) + "\n" + deep + "\n" + json.dumps(good.to_dict()) + "\n")
    skipped = []
    assert list(read_triples(path, on_skip=skipped.append)) == [good, good]
    assert [str(s) for s in skipped] == [f"{path}:2: invalid JSON (nested too deeply)"]
    first_deep = tmp_path / "deep.jsonl"
    first_deep.write_text(deep + "\n")
    assert not is_triples_file(first_deep)


def test_binary_file_is_one_skip(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 100 + b"\n" * 50)
    skipped = []
    assert list(read_triples(path, on_skip=skipped.append)) == []
    assert len(skipped) == 1 and "binary" in skipped[0].reason
    assert not is_triples_file(path)


def test_article_jsonl_is_not_a_triples_file(tmp_path):
    articles = tmp_path / "a.jsonl"
    articles.write_text('\n{"id": "a1", "text": "Some news."}\n')
    assert not is_triples_file(articles)
    assert not is_triples_file(tmp_path / "missing.jsonl") and not is_triples_file(tmp_path)
