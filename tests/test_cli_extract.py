"""`graphkit extract` through the real CLI and model: inputs, outputs, bad inputs, filters, errors."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphkit.cli import app  # importing the package registers every command
from graphkit.triples_io import read_triples

pytestmark = pytest.mark.slow

runner = CliRunner()

SUPPLY = "Iran sent drones to Russia. Britain gave Ukraine long-range missiles."
SANCTION = "Washington imposed sanctions on Tehran."
HEDGED = "North Korea reportedly sent missiles to Russia. The US and Britain provided Ukraine with tanks."


def run(*args: str, **kwargs):
    """Invoke the CLI; never a traceback, never an exception other than a clean exit."""
    result = runner.invoke(app, ["extract", *map(str, args)], **kwargs)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def records(text: str) -> list[dict]:
    """Parse JSONL output; every non-empty line must be a JSON object."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def keys(rows: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(r["doc_id"], r["subject_id"], r["relation"], r["object_id"]) for r in rows}


@pytest.fixture(autouse=True)
def _model_loaded_once(nlp):
    """The CLI loads the model through the same cache as the session fixture: once per run."""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "supply.txt").write_text(SUPPLY, encoding="utf-8")
    (folder / "sanction.md").write_text(SANCTION, encoding="utf-8")
    return folder


def test_file_to_stdout(corpus):
    result = run(corpus / "supply.txt", "--out", "-", "--quiet")
    assert result.exit_code == 0, result.output
    rows = records(result.stdout)
    assert keys(rows) == {("supply", "country:IRN", "SUPPLIES", "country:RUS"),
                          ("supply", "country:GBR", "SUPPLIES", "country:UKR")}
    assert result.stderr == ""


def test_directory_input_reads_every_article(corpus):
    result = run(corpus)
    assert result.exit_code == 0, result.output
    assert {r["doc_id"] for r in records(result.stdout)} == {"supply", "sanction"}
    assert ("sanction", "country:USA", "SANCTIONS", "country:IRN") in keys(records(result.stdout))
    assert "articles read 2, skipped 0" in result.stderr


def test_stdin_plain_text():
    result = run("-", "--quiet", input=SANCTION)
    assert result.exit_code == 0, result.output
    assert keys(records(result.stdout)) == {("stdin", "country:USA", "SANCTIONS", "country:IRN")}


def test_stdin_jsonl_uses_record_ids_and_dates():
    lines = [{"id": "a1", "text": SANCTION, "date": "2024-05-02"}, {"id": "a2", "text": SUPPLY}]
    result = run("-", "--quiet", input="\n".join(json.dumps(x) for x in lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = records(result.stdout)
    assert {r["doc_id"] for r in rows} == {"a1", "a2"}
    assert {r["date"] for r in rows if r["doc_id"] == "a1"} == {"2024-05-02"}


def test_out_file_is_valid_triples_jsonl(corpus, tmp_path):
    out = tmp_path / "out" / "triples.jsonl"
    result = run(corpus, "--out", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert str(out) in result.stderr and "triples 3;" in result.stderr
    skipped = []
    triples = list(read_triples(out, on_skip=skipped.append))
    assert skipped == [] and len(triples) == 3
    text = {"supply": SUPPLY, "sanction": SANCTION}
    for t in triples:
        assert t.sentence in text[t.doc_id][t.start:t.end]


def test_bad_inputs_are_skipped_with_a_reason_and_the_rest_is_processed(corpus, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (bad / "latin1.txt").write_bytes("Moscou condamn\u00e9 Kyiv.".encode("latin-1"))
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "records.jsonl").write_text(
        json.dumps({"id": "good-line", "text": SANCTION}) + "\n{not json\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run(bad, missing, corpus / "supply.txt")
    assert result.exit_code == 0, result.output
    docs = {r["doc_id"] for r in records(result.stdout)}
    assert docs == {"good-line", "supply"}
    lines = result.stderr.splitlines()
    for name in (bad / "binary.txt", bad / "latin1.txt", bad / "empty.txt", f"{bad / 'records.jsonl'}:2", missing):
        reasons = [line for line in lines if line.startswith("skipped: ") and f"{name}:" in line]
        assert len(reasons) == 1, (name, lines)
    assert "skipped 5" in result.stderr


def test_nothing_readable_fails_and_leaves_the_output_untouched(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "triples.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    result = run(tmp_path / "empty.txt", tmp_path / "nope.txt", "--out", out)
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous run\n"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "nothing written" in errors[0]
    assert "nope.txt" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "triples.jsonl"]  # no temp file left


def test_nothing_readable_creates_no_output_file(tmp_path):
    out = tmp_path / "triples.jsonl"
    result = run(tmp_path / "nope.txt", "--out", out)
    assert result.exit_code != 0 and not out.exists()


def test_min_confidence_filters(tmp_path):
    (tmp_path / "hedged.txt").write_text(HEDGED, encoding="utf-8")
    everything = records(run(tmp_path / "hedged.txt", "-q").stdout)
    confident = records(run(tmp_path / "hedged.txt", "-q", "--min-confidence", "0.8").stdout)
    assert min(r["confidence"] for r in everything) < 0.8
    assert confident and all(r["confidence"] >= 0.8 for r in confident)
    assert keys(confident) < keys(everything)
    assert ("hedged", "country:PRK", "SUPPLIES", "country:RUS") in keys(everything) - keys(confident)


def test_min_confidence_out_of_range_is_a_usage_error(corpus):
    result = run(corpus, "--min-confidence", "1.5")
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_a_scheduler_without_dask_is_a_usage_error(corpus):
    result = run(corpus, "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2 and "--scheduler needs --executor dask" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_unknown_model_is_one_clean_line(corpus, tmp_path):
    out = tmp_path / "triples.jsonl"
    result = run(corpus, "--model", "no_such_model", "--out", out)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "no_such_model" in lines[0]
    assert not out.exists()
