"""CLI plumbing: unwritable outputs fail before any parsing, optional extras missing, import cost, shared enums."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

import graphkit
from graphkit import export, query
from graphkit.cli import app, graph_cmd, neo4j_cmd
from graphkit.cli.app import Level

runner = CliRunner()
TEXT = "Iran sent drones to Russia."


def run(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def run_isolated(code: str, *argv: str) -> subprocess.CompletedProcess:
    """Run *code* in a fresh interpreter (for what one process can only test once: imports)."""
    return subprocess.run([sys.executable, "-c", code, *map(str, argv)], capture_output=True, text=True, timeout=120)


# Runs the CLI with the listed top-level packages made unimportable (as when an extra is not installed),
# then reports whether spaCy was imported.
CLI_WITHOUT = """
import sys
blocked, args = sys.argv[1], sys.argv[2:]
for name in filter(None, blocked.split(",")):
    sys.modules[name] = None
from graphkit.cli import main
sys.argv = ["graphkit", *args]
try:
    main()
finally:
    print("spacy imported:", "spacy" in sys.modules)
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["extract", "build"])
def test_out_is_a_directory(tmp_path, article, command):
    result = run(command, article, "--out", tmp_path, "--quiet")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: cannot write {tmp_path}: it is a directory"


@pytest.mark.parametrize("command", ["extract", "build"])
def test_out_under_a_regular_file(tmp_path, article, command):
    target = article / "sub" / "out.json"
    result = run(command, article, "--out", target, "--quiet")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: cannot write {target}: {article} is not a directory"
    assert article.read_text(encoding="utf-8") == TEXT


def test_dask_out_must_be_a_directory(article):
    result = run("extract", article, "--executor", "dask", "--out", article)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: cannot write {article}: not a directory"


def test_bad_out_fails_before_the_model_is_loaded(tmp_path, article):
    proc = run_isolated(CLI_WITHOUT, "", "extract", article, "--out", tmp_path)
    assert proc.returncode == 1
    assert "it is a directory" in proc.stderr and "Traceback" not in proc.stderr
    assert "spacy imported: False" in proc.stdout


def test_cli_works_without_the_neo4j_driver(tmp_path, article):
    graph = tmp_path / "g.json"
    proc = run_isolated(CLI_WITHOUT, "neo4j", "neo4j", "query", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "cypher/" in proc.stdout
    proc = run_isolated(CLI_WITHOUT, "neo4j", "neo4j", "push", graph, "--password", "x")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "error: the neo4j driver is not installed: pip install 'graphkit-news[neo4j]'"
    proc = run_isolated(CLI_WITHOUT, "neo4j", "neo4j", "query", "stats", "--password", "x")
    assert proc.returncode == 1
    assert "pip install 'graphkit-news[neo4j]'" in proc.stderr and "Traceback" not in proc.stderr


def test_dask_executor_without_dask(tmp_path, article):
    proc = run_isolated(CLI_WITHOUT, "distributed,dask", "extract", article, "--executor", "dask",
                        "--out", tmp_path / "shards")
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("error: --executor dask needs dask.distributed")
    assert "pip install 'graphkit-news[distributed]'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_query_commands_do_not_import_spacy():
    proc = run_isolated("import sys, graphkit, graphkit.cli; print(sorted(m for m in sys.modules "
                        "if m == 'spacy' or m == 'graphkit.pipeline'))")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_library_names_still_resolve():
    for name in graphkit.__all__:
        assert getattr(graphkit, name) is not None, name
    from graphkit.pipeline import extract
    assert graphkit.extract is extract
    with pytest.raises(AttributeError):
        graphkit.no_such_name  # noqa: B018


def test_enums_follow_the_library():
    assert [level.value for level in Level] == list(query.LEVELS)
    assert [fmt.value for fmt in graph_cmd.ExportFormat] == list(export.FORMATS)


def test_neo4j_defaults_match_the_library():
    api = pytest.importorskip("graphkit.neo4j")
    assert (neo4j_cmd.DEFAULT_URI, neo4j_cmd.DEFAULT_USER, neo4j_cmd.DEFAULT_DATABASE) == (
        api.DEFAULT_URI, api.DEFAULT_USER, api.DEFAULT_DATABASE)


def test_version_has_one_source():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"graphkit {graphkit.__version__}"


# The real entry point (not CliRunner): what a shell user sees on stderr and as the exit status.
CLI = [sys.executable, "-m", "graphkit"]


@pytest.fixture
def graph_file(tmp_path, article):
    target = tmp_path / "g.json"
    assert run("build", article, "--out", target, "--quiet").exit_code == 0
    return target


@pytest.mark.parametrize("args", [["query", "relations", "Iran"], ["query", "supporters", "Russia", "--limit", "0"],
                                  ["query", "supporters", "Russia", "--level", "planet"], ["--no-such-option"]])
def test_usage_errors_are_one_line_with_exit_2(graph_file, args):
    proc = subprocess.run([*CLI, *args, "--graph", str(graph_file)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "--help" in proc.stderr


def test_closed_pipe_ends_quietly(tmp_path):
    # Far more output than a pipe buffers, so graphkit really writes into a pipe that head has closed.
    from graphkit.graph import save_graph
    from tests.neo4j_factory import random_graph

    big = tmp_path / "big.json"
    save_graph(random_graph(3000), big)
    command = " ".join([*CLI, "export", str(big), "--format", "json", "--out", "-"])
    proc = subprocess.run(f"{command} | head -c 10; echo \"status ${{PIPESTATUS[0]}}\" >&2", shell=True,
                          executable="/bin/bash", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and len(proc.stdout) == 10
    assert proc.stderr == "status 141\n"  # nothing but the status: no error line, no traceback


def test_viz_format_follows_the_output_suffix(tmp_path, graph_file):
    png = tmp_path / "view.png"
    assert run("viz", graph_file, "--out", png).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    clash = run("viz", graph_file, "--out", tmp_path / "view.html", "--format", "png")
    assert clash.exit_code == 2 and "contradicts" in clash.stderr
    assert not (tmp_path / "view.html").exists()
