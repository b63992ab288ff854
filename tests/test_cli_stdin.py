"""`graphkit build -` through a real pipe: triples or articles on standard input, decoded line by line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from graphkit.graph import load_graph

from triple_factory import triple

GRAPHKIT = [sys.executable, "-m", "graphkit"]


def run(args: list[str], data: bytes, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(GRAPHKIT + args, input=data, capture_output=True, timeout=300, cwd=tmp_path,
                          env={**os.environ, "PYTHONIOENCODING": "ascii"})  # the locale must not matter


def test_build_from_triples_on_stdin_keeps_the_good_lines(tmp_path: Path) -> None:
    good = [triple("country:PRK", "SUPPLIES", "country:RUS", doc="a1", content_hash="h1"),
            triple("country:USA", "SANCTIONS", "country:PRK", doc="a2", content_hash="h2")]
    lines = [json.dumps(good[0].to_dict()).encode(), b'{"doc_id": "x", "subject": "caf\xe9"}',
             b'{"doc_id": "a3", "relation":', json.dumps(good[1].to_dict(), ensure_ascii=False).encode()]
    result = run(["build", "-", "-o", "g.json"], b"\n".join(lines) + b"\n", tmp_path)
    assert result.returncode == 0, result.stderr
    stderr = result.stderr.decode()
    assert "stdin:2: not valid UTF-8" in stderr and "stdin:3: invalid JSON" in stderr
    assert "articles read 2, skipped 2" in stderr
    G = load_graph(tmp_path / "g.json")
    assert set(G.graph["articles"]) == {"a1", "a2"}
    assert G.has_edge("country:PRK", "country:RUS", key="SUPPLIES")
    assert G.has_edge("country:USA", "country:PRK", key="SANCTIONS")


def test_build_from_articles_jsonl_on_stdin_skips_a_bad_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "n1", "text": "Iran sent drones to Russia."}).encode(),
             b'{"id": "n2", "text": "Caf\xe9 talks."}',
             json.dumps({"id": "n3", "text": "France condemned Russia over the strikes."}).encode()]
    result = run(["build", "-", "-o", "g.json"], b"\n".join(lines) + b"\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "stdin:2: not UTF-8" in result.stderr.decode()
    assert set(load_graph(tmp_path / "g.json").graph["articles"]) == {"n1", "n3"}


def test_extract_piped_into_build_gives_the_graph_a_direct_build_gives(tmp_path: Path) -> None:
    story = tmp_path / "drones.txt"
    story.write_text("Iran sent drones to Russia. France condemned Russia over the strikes.", encoding="utf-8")
    extract = subprocess.Popen(GRAPHKIT + ["extract", str(story), "-q"], stdout=subprocess.PIPE)
    build = subprocess.run(GRAPHKIT + ["build", "-", "-o", str(tmp_path / "piped.json")], stdin=extract.stdout,
                           capture_output=True, timeout=300)
    extract.stdout.close()
    assert extract.wait(timeout=300) == 0 and build.returncode == 0, build.stderr
    direct = subprocess.run(GRAPHKIT + ["build", str(story), "-o", str(tmp_path / "direct.json"), "-q"], timeout=300)
    assert direct.returncode == 0
    piped, built = load_graph(tmp_path / "piped.json"), load_graph(tmp_path / "direct.json")
    edges = sorted(piped.edges(keys=True))
    assert edges and edges == sorted(built.edges(keys=True))
    assert [d["count"] for *_, d in sorted(piped.edges(keys=True, data=True))] == \
        [d["count"] for *_, d in sorted(built.edges(keys=True, data=True))]
