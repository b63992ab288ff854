"""An analyst's own actors (--actors FILE): read, checked, put in front of the gazetteer, used by the pipeline."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.gazetteer import load_gazetteer, packaged_gazetteer, use_actors, user_actors
from graphkit.user_actors import ActorsFileError, read_actors

runner = CliRunner()
TEXT = ("The Lakeside Defence Front attacked Russian positions near the river. "
        "Halvorsen Maritime supplied patrol boats to Ghana.")
CSV = ("name,type,aliases,country,role\n"
       "Lakeside Defence Front,ORG,LDF;the Front,Ukraine,\n"
       "Halvorsen Maritime,ORG,Halvorsen,Norway,\n"
       "Ida Brekke,person,Brekke,country:NOR,Trade Minister\n")


@pytest.fixture(autouse=True)
def _packaged_gazetteer_after():
    yield
    use_actors(())


@pytest.fixture
def actors_csv(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_csv_rows_become_entries_with_resolved_countries(actors_csv):
    front, company, minister = read_actors(actors_csv)
    assert (front.id, front.type, front.country) == ("org:lakeside-defence-front", "ORG", "country:UKR")
    assert set(front.aliases) == {"Lakeside Defence Front", "LDF", "the Front"}
    assert (minister.id, minister.type, minister.country, minister.role) == (
        "person:ida-brekke", "PERSON", "country:NOR", "Trade Minister")
    assert company.country == "country:NOR"


def test_json_and_its_errors(tmp_path):
    good = tmp_path / "a.json"
    good.write_text(json.dumps({"actors": [{"name": "Red Hand Militia", "aliases": ["Red Hand"]}]}))
    (entry,) = read_actors(good)
    assert (entry.id, entry.type) == ("org:red-hand-militia", "ORG")
    for content, message in [('[{"type": "ORG"}]', "needs a name"),
                             ('[{"name": "X", "type": "planet"}]', "is not COUNTRY, PERSON or ORG"),
                             ('[{"name": "X", "country": "Atlantis"}]', "not in the gazetteer"),
                             ('[{"name": "X", "aliases": "X1"}]', "aliases must be a list"),
                             ('{"name": "X"}', "expected a list"), ("[{", "not valid JSON")]:
        bad = tmp_path / "bad.json"
        bad.write_text(content)
        with pytest.raises(ActorsFileError, match=message):
            read_actors(bad)


def test_later_entries_win_aliases_and_conflicts_are_reported(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("name,type,aliases\nWagner Holdings,ORG,Wagner\n")
    conflicts = use_actors(read_actors(path))
    assert conflicts == ["'Wagner' now names org:wagner-holdings, not org:wagner-group"]
    assert load_gazetteer().lookup("Wagner").id == "org:wagner-holdings"
    assert packaged_gazetteer().lookup("Wagner").id == "org:wagner-group"  # the packaged data is untouched
    use_actors(())
    assert load_gazetteer() is packaged_gazetteer()


@pytest.mark.slow
def test_extraction_uses_the_actors_in_one_process(actors_csv, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT)

    def triples(*extra):
        result = runner.invoke(app, ["extract", str(article), "-q", *extra])
        assert result.exit_code == 0, result.output
        return {(t["subject_id"], t["relation"], t["object_id"]) for t in map(json.loads, result.stdout.splitlines())}

    before = triples()
    after = triples("--actors", str(actors_csv))
    assert ("org:halvorsen-maritime", "SUPPLIES", "country:GHA") in after - before
    assert ("org:lakeside-defence-front", "ATTACKS", "country:RUS") in after
    assert user_actors()  # the run's actors stay for the rest of this process (the fixture resets them)


@pytest.mark.slow
def test_worker_processes_get_the_actors(actors_csv, tmp_path):
    """Workers are spawned fresh: they must receive the parent's actors, not the packaged gazetteer only."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2):
        (folder / f"a{i}.txt").write_text(TEXT)
    result = subprocess.run([sys.executable, "-m", "graphkit", "extract", str(folder), "-q", "--workers", "2",
                             "--batch-size", "1", "--actors", str(actors_csv)],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert sum(t["subject_id"] == "org:halvorsen-maritime" for t in found) == 2


@pytest.mark.parametrize("content, message", [
    ("type\nORG\n", "needs a 'name' column"),
    ("name,type\nX,army\n", "line 2: type 'army' is not COUNTRY, PERSON or ORG"),
    ('name,type\n"' + "x" * 200_000 + '",ORG\n', "actors.csv:line 2: longer than 10,000 characters"),
    ('name' + "x" * 200_000 + ',type\nX,ORG\n', "actors.csv:line 1: longer than 10,000 characters"),
])
def test_a_bad_actors_file_is_one_line_and_exit_1(tmp_path, content, message):
    path = tmp_path / "actors.csv"
    path.write_text(content)
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    result = runner.invoke(app, ["extract", str(article), "--actors", str(path)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bytes_that_are_not_utf8(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes(b"name\n\xff\xfe\x00X\n")
    with pytest.raises(ActorsFileError, match="not UTF-8"):
        read_actors(path)


def test_a_take_over_is_one_warning_line_unless_quiet(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("name,type,aliases\nWagner Holdings,ORG,Wagner\n")
    empty = tmp_path / "in"
    empty.mkdir()
    said = runner.invoke(app, ["build", str(empty), "-o", str(tmp_path / "g.json"), "--actors", str(path)])
    quiet = runner.invoke(app, ["build", str(empty), "-o", str(tmp_path / "g.json"), "--actors", str(path), "-q"])
    line = "actors: 'Wagner' now names org:wagner-holdings, not org:wagner-group"
    assert line in said.output.splitlines()
    assert "actors:" not in quiet.output


def test_a_former_office_holder_is_tied_to_the_state_served_not_placed_in_it(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,type,served,role\nMarta Lindqvist,PERSON,Sweden,Defence Minister\n", encoding="utf-8")
    (minister,) = read_actors(path)
    assert (minister.id, minister.country, minister.served) == ("person:marta-lindqvist", None, "country:SWE")
    use_actors([minister])
    found = load_gazetteer().lookup("Marta Lindqvist")
    assert (found.country, found.served) == (None, "country:SWE")
