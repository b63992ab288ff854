"""What -q hides: the progress bar, the summary and the per-item notices (actors:, renamed:, skipped:);
never an error, and never the count of what was left out."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.gazetteer import use_actors

pytestmark = pytest.mark.slow

STORY = "Iran sent drones to Russia. Britain gave Ukraine long-range missiles."
NOTICES = ("skipped:", "renamed:", "actors:")


def run(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


@pytest.fixture(autouse=True)
def _packaged_gazetteer_after():
    """--actors changes the gazetteer for the rest of the process: later tests get the packaged one back."""
    yield
    use_actors(())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """One good article and one empty file (skipped)."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["extract", "build"])
def test_quiet_hides_skip_notices_but_keeps_their_count(command: str, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / ("t.jsonl" if command == "extract" else "g.json")
    loud = run(command, corpus, "-o", out)
    quiet = run(command, corpus, "-o", out, "-q")
    assert loud.exit_code == quiet.exit_code == 0, (loud.output, quiet.output)
    assert "skipped: " in loud.stderr and "empty.txt" in loud.stderr
    assert not any(notice in quiet.stderr for notice in NOTICES), quiet.stderr
    assert "articles read" not in quiet.stderr  # no summary line under -q ...
    assert quiet.stderr.strip().splitlines() == [next(line for line in quiet.stderr.splitlines()
                                                       if line.startswith("skipped 1"))]  # ... but the count


@pytest.mark.parametrize("command", ["extract", "build"])
def test_quiet_says_nothing_when_nothing_was_left_out(command: str, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run(command, story, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0 and result.stderr == ""


def test_quiet_never_hides_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("extract", tmp_path / "empty.txt", "-o", tmp_path / "t.jsonl", "-q")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "1 skipped" in result.stderr


def test_quiet_hides_renamed_and_actors_notices(tmp_path: Path) -> None:
    for day, text in (("mon", STORY), ("tue", "Britain sent missiles to Ukraine on Tuesday.")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "report.txt").write_text(text, encoding="utf-8")  # the same default id twice
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps([{"name": "Iran", "type": "ORG"}]), encoding="utf-8")  # takes over a known name
    monday = tmp_path / "monday.json"
    assert run("build", tmp_path / "mon", "-o", monday, "-q").exit_code == 0
    results = []
    for flags in ([], ["-q"]):  # Tuesday's report joins a copy of Monday's graph: renamed, once per graph
        graph = tmp_path / f"g{len(results)}.json"
        graph.write_bytes(monday.read_bytes())
        results.append(run("build", tmp_path / "tue", "--graph", graph, "--actors", actors, "-o", graph, *flags))
    loud, quiet = results
    assert loud.exit_code == quiet.exit_code == 0, (loud.output, quiet.output)
    assert "renamed:" in loud.stderr and "actors:" in loud.stderr
    assert quiet.stderr == ""
