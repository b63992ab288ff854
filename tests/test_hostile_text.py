"""Untrusted text on its way to a terminal or a file name: nothing it contains can act on the terminal."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from graphkit.graph import build_graph, save_graph

from triple_factory import triple, world

CLI = [sys.executable, "-m", "graphkit"]
ESCAPES = "\x1b]0;owned\x07\x1b[2J"


@pytest.fixture
def hostile_graph(tmp_path):
    G = build_graph(world() + [
        triple("country:USA", "OPPOSES", "country:RUS", doc="d9", start=0,
               sentence=f"Washington{ESCAPES} objected \u202eyltneuqerf\u202c again.", subject_text="Washington"),
    ], model="m")
    G.nodes["country:USA"]["name"] = f"United{ESCAPES}\u200b States"
    path = tmp_path / "g.json"
    save_graph(G, path)
    return path


@pytest.mark.parametrize("command", [["query", "opposers", "Russia"], ["query", "actor", "Russia"],
                                     ["query", "relations", "country:USA", "Russia"]])
def test_tables_show_control_characters_as_codes(hostile_graph, command):
    proc = subprocess.run([*CLI, *command, "--graph", str(hostile_graph)], capture_output=True, text=True,
                          timeout=120, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout and "\u202e" not in proc.stdout
    assert "\\u001b" in proc.stdout


@pytest.mark.parametrize("name", ["out/[/bold].jsonl", "out/[red]x.jsonl"])
def test_markup_in_output_names_is_printed_as_written(tmp_path, name):
    article = tmp_path / "a.txt"
    article.write_text("Iran sent drones to Russia.", encoding="utf-8")
    proc = subprocess.run([*CLI, "extract", str(article), "--out", name], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert name in proc.stderr and "Traceback" not in proc.stderr
    assert (tmp_path / name).read_text(encoding="utf-8").count("\n") >= 1


BIG = "1" * 5000  # over Python's 4,300-digit limit for reading integers


def skipped_lines(stderr: str) -> list[str]:
    """The per-item skip notices (shown without -q, which keeps only their count)."""
    return [line for line in stderr.splitlines() if line.startswith("skipped:")]


def test_integers_too_long_to_read_cost_one_line_each(tmp_path):
    good = [{"id": "g1", "text": "Iran sent drones to Russia."}, {"id": "g2", "text": "France condemned Russia."}]
    (tmp_path / "a.jsonl").write_text(json.dumps(good[0]) + "\n" + '{"id": "bad", "text": "x", "n": ' + BIG + "}\n"
                                      + json.dumps(good[1]) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"id": "bad2", "text": "x", "n": ' + BIG + "}", encoding="utf-8")
    out = tmp_path / "t.jsonl"
    proc = subprocess.run([*CLI, "extract", "a.jsonl", "b.json", "--out", str(out)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert skipped_lines(proc.stderr) == ["skipped: a.jsonl:2: invalid JSON: a number too long to read",
                                        "skipped: b.json:1: invalid JSON: a number too long to read"]
    assert {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()} == {"g1", "g2"}


def test_a_graph_file_with_an_integer_too_long_is_one_line(tmp_path, hostile_graph):
    damaged = tmp_path / "damaged.json"
    damaged.write_text(hostile_graph.read_text(encoding="utf-8").replace('"mentions": 4', '"mentions": ' + BIG, 1),
                       encoding="utf-8")
    proc = subprocess.run([*CLI, "query", "supporters", "Russia", "--graph", str(damaged)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "number too long" in proc.stderr


def test_special_files_in_a_folder_are_skipped_not_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    (folder / "zero.txt").symlink_to("/dev/zero")  # a link to a device that never ends (only linked, never written)
    (folder / "ok.txt").write_text("Iran sent drones to Russia.", encoding="utf-8")
    (folder / "u16.txt").write_bytes("France condemned Russia.".encode("utf-16"))  # with its byte-order mark
    proc = subprocess.run([*CLI, "extract", str(folder), "--out", str(tmp_path / "t.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(skipped_lines(proc.stderr)) == [f"skipped: {folder / 'pipe.txt'}: not a regular file",
                                                f"skipped: {folder / 'zero.txt'}: not a regular file"]
    docs = {json.loads(line)["doc_id"] for line in (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs == {"ok", "u16"}


def _first_edge(data):
    return data["edges"][0]


@pytest.mark.parametrize(("damage", "expected"), [
    (lambda d: d.__setitem__("nodes", "abc"), "lists of objects"),
    (lambda d: d["graph"]["articles"].__setitem__(next(iter(d["graph"]["articles"])), "text"), "is not an object"),
    (lambda d: _first_edge(d)["evidence"][0].__setitem__("date", 12345), "'date'"),
    (lambda d: _first_edge(d)["evidence"][0].__setitem__("confidence", "high"), "'confidence'"),
    (lambda d: _first_edge(d).__setitem__("confidence", float("nan")), "confidence nan"),
])
def test_damaged_graph_files_are_refused_at_load(tmp_path, hostile_graph, damage, expected):
    data = json.loads(hostile_graph.read_text(encoding="utf-8"))
    damage(data)
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(data), encoding="utf-8")  # json.dumps writes NaN as the bare word NaN
    for command in (["query", "supporters", "Russia", "--graph", str(damaged)],
                    ["build", str(tmp_path / "none.jsonl"), "--graph", str(damaged), "--out", str(tmp_path / "o.json")]):
        proc = subprocess.run([*CLI, *command], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
        assert "damaged graph file" in proc.stderr and expected in proc.stderr and "Traceback" not in proc.stderr


def test_a_zero_width_space_does_not_split_a_name(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Vladimir\u200b Putin praised Pyongyang.", encoding="utf-8")
    out = tmp_path / "t.jsonl"
    proc = subprocess.run([*CLI, "extract", str(article), "--out", str(out), "-q"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    triples = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert ("Vladimir Putin", "SUPPORTS", "North Korea") in {(t["subject"], t["relation"], t["object"]) for t in triples}
