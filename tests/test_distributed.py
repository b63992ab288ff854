"""Extraction on a dask LocalCluster (two single-threaded worker processes) matches the single-process run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.pipeline import extract
from graphkit.triples_io import read_triples, shard_files
from graphkit.types import Article
from sample_articles import TEXTS, sample_articles

distributed = pytest.importorskip("distributed")
from graphkit.distributed import extract_to_shards  # noqa: E402  (needs dask)

pytestmark = pytest.mark.slow



@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _articles() -> list[Article]:
    return sample_articles("d")


def _lines(paths) -> list[dict]:
    return [json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines()]


def test_shards_hold_the_single_process_triples(scheduler, tmp_path: Path) -> None:
    single = [t.to_dict() for t in extract(_articles())]
    seen = []
    shards = extract_to_shards(_articles(), tmp_path / "out", scheduler=scheduler, partition_size=2,
                               on_shard=seen.append)
    files = shard_files(tmp_path / "out")
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert [s.articles for s in shards] == [2, 2, 1] and len(seen) == 3
    sharded = _lines(files)
    assert single and sorted(map(repr, sharded)) == sorted(map(repr, single))
    assert sharded == single  # shards in name order are the input order
    assert sum(s.triples for s in shards) == len(single)
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # staging cleaned up


def test_rerun_replaces_earlier_shards_and_an_empty_run_keeps_them(scheduler, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_to_shards(_articles(), out, scheduler=scheduler, partition_size=1)
    assert len(shard_files(out)) == 5
    extract_to_shards(_articles()[:2], out, scheduler=scheduler, partition_size=1)
    assert [f.name for f in shard_files(out)] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert extract_to_shards([], out, scheduler=scheduler) == []
    assert len(shard_files(out)) == 2


def test_shards_leave_out_articles_in_another_language(scheduler, tmp_path: Path) -> None:
    from graphkit.types import Skipped
    from test_language import PARAGRAPHS

    french = Article(doc_id="fr", text=PARAGRAPHS["fr"], source="fr.txt")
    skipped: list[Skipped] = []
    shards = extract_to_shards([*_articles()[:2], french], tmp_path / "out", scheduler=scheduler,
                               partition_size=5, on_skip=skipped.append)
    assert [s.articles for s in shards] == [2] and [s.source for s in skipped] == ["fr.txt"]
    kept = extract_to_shards([french], tmp_path / "all", scheduler=scheduler, check_language=False)
    assert [s.articles for s in kept] == [1]


def test_cli_extract_with_dask_then_build_from_the_shard_directory(scheduler, tmp_path: Path) -> None:
    runner = CliRunner()
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(TEXTS):
        (docs / f"a{i}.txt").write_text(text, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(docs), "--executor", "dask", "--scheduler", scheduler,
                              "--partition-size", "2", "--out", str(tmp_path / "shards"), "--quiet"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["extract", str(docs), "--out", str(tmp_path / "single.jsonl"), "--quiet"])
    assert res.exit_code == 0, res.output
    single = sorted(map(repr, _lines([tmp_path / "single.jsonl"])))
    assert single == sorted(map(repr, _lines(shard_files(tmp_path / "shards"))))
    for src, graph in ((tmp_path / "shards", "g1.json"), (tmp_path / "single.jsonl", "g2.json")):
        res = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / graph), "--quiet"])
        assert res.exit_code == 0, res.output
    assert (tmp_path / "g1.json").read_text() == (tmp_path / "g2.json").read_text()
    # several shard files named one by one work too
    res = runner.invoke(app, ["build", *map(str, shard_files(tmp_path / "shards")), "--out",
                              str(tmp_path / "g3.json"), "--quiet"])
    assert res.exit_code == 0 and (tmp_path / "g3.json").read_text() == (tmp_path / "g1.json").read_text()
    assert len(list(read_triples(tmp_path / "single.jsonl"))) == len(single)


def test_cli_dask_needs_an_output_directory(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["extract", str(tmp_path), "--executor", "dask"])
    assert res.exit_code == 2 and "--out DIR" in res.output  # a usage error, found before any work


def test_an_unparseable_scheduler_address_is_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Iran sent drones to Russia.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--executor", "dask", "--scheduler", "not a url",
                                      "--out", str(tmp_path / "shards")])
    assert result.exit_code == 1
    assert result.stderr == "error: not a dask scheduler address: 'not a url' (expected tcp://host:8786)\n"
