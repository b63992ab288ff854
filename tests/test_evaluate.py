"""graphkit.evaluate and `graphkit evaluate`: known counts on a small gold set written here, and parity
with the team's reference scorer when it is available."""
from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.evaluate import EvalReport, EvaluationError, Fact, Score, evaluate, normalise_name

REFERENCE = Path("/work/shared/eval/score_triples.py")
needs_reference = pytest.mark.skipif(not REFERENCE.is_file(), reason="reference scorer not available")

GOLD = [
    {
        "id": "g1", "date": "2024-06-18", "text": "Pyongyang sent shells to Moscow. Kim praised the Kremlin. "
        "Russian troops shelled Kyiv. Kyiv condemned the DPRK.",
        "entities": [
            {"name": "Russia", "type": "COUNTRY", "aliases": ["Moscow", "the Kremlin", "Russian"]},
            {"name": "North Korea", "type": "COUNTRY", "aliases": ["Pyongyang", "DPRK"]},
            {"name": "Kim Jong Un", "type": "PERSON", "aliases": ["Kim"]},
            {"name": "Ukraine", "type": "COUNTRY", "aliases": ["Kyiv"]},
        ],
        "triples": [
            {"subject": "North Korea", "relation": "SUPPLIES", "object": "Russia", "evidence": "Pyongyang sent shells to Moscow."},
            {"subject": "Kim Jong Un", "relation": "LEADER_OF", "object": "North Korea", "evidence": "Kim praised the Kremlin."},
            {"subject": "Kim Jong Un", "relation": "SUPPORTS", "object": "Russia", "evidence": "Kim praised the Kremlin."},
            {"subject": "Russia", "relation": "ATTACKS", "object": "Ukraine", "evidence": "Russian troops shelled Kyiv."},
            {"subject": "Ukraine", "relation": "OPPOSES", "object": "North Korea", "evidence": "Kyiv condemned the DPRK."},
        ],
    },
    {
        "id": "g2", "date": None, "text": "Secretary of State Blinken met Beijing's envoy. Washington and the EU "
        "deepened ties. The U.S. sanctioned China.",
        "entities": [
            {"name": "United States", "type": "COUNTRY", "aliases": ["Washington", "US", "U.S."]},
            {"name": "China", "type": "COUNTRY", "aliases": ["Beijing"]},
            {"name": "Antony Blinken", "type": "PERSON", "aliases": ["Blinken"]},
            {"name": "European Union", "type": "ORG", "aliases": ["EU"]},
        ],
        "triples": [
            {"subject": "Antony Blinken", "relation": "MEMBER_OF", "object": "United States", "evidence": "x"},
            {"subject": "Antony Blinken", "relation": "MEETS", "object": "China", "evidence": "x"},
            {"subject": "United States", "relation": "COOPERATES_WITH", "object": "European Union", "evidence": "x"},
            {"subject": "United States", "relation": "SANCTIONS", "object": "China", "evidence": "x"},
        ],
    },
    {
        "id": "g3", "date": None, "text": "Tehran threatened Israel. The UN criticised Iran.",
        "entities": [
            {"name": "Israel", "type": "COUNTRY", "aliases": []},
            {"name": "Iran", "type": "COUNTRY", "aliases": ["Tehran"]},
            {"name": "United Nations", "type": "ORG", "aliases": ["UN"]},
        ],
        "triples": [
            {"subject": "Iran", "relation": "THREATENS", "object": "Israel", "evidence": "Tehran threatened Israel."},
            {"subject": "United Nations", "relation": "OPPOSES", "object": "Iran", "evidence": "The UN criticised Iran."},
        ],
    },
]

SYSTEM = [
    {"doc_id": "g1", "subject": "Pyongyang", "relation": "SUPPLIES", "object": "Moscow"},
    {"doc_id": "g1", "subject": "Kim", "relation": "LEADER_OF", "object": "DPRK"},
    {"doc_id": "g1", "subject": "Kim", "relation": "supports", "object": "the Kremlin's"},
    {"doc_id": "g1", "subject": "Kyiv", "relation": "OPPOSES", "object": "Russia"},
    {"doc_id": "g1", "subject": "Russia", "relation": "ATTACKS", "object": "Moscow"},  # self-relation: ignored
    {"doc_id": "g2", "subject": "Beijing", "relation": "MEETS", "object": "Blinken"},  # symmetric, reversed
    {"doc_id": "g2", "subject": "EU", "relation": "COOPERATES_WITH", "object": "Washington"},
    {"doc_id": "g2", "subject": "U.S.", "relation": "SANCTIONS", "object": "China"},
    {"doc_id": "g2", "subject": "United States", "relation": "SUPPLIES", "object": "Ukraine"},  # not a g2 entity
    {"doc_id": "zz", "subject": "Iran", "relation": "THREATENS", "object": "Israel"},  # no gold: not scored
]


def write_gold(root: Path, docs: list[dict]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (root / f"{doc['id']}.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return root


def write_jsonl(path: Path, records: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "".join(extra_lines), encoding="utf-8")
    return path


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, Path]:
    gold = write_gold(tmp_path / "gold", GOLD)
    system = write_jsonl(tmp_path / "system.jsonl", SYSTEM)
    return gold, system


def test_known_counts(case) -> None:
    report = evaluate(*case)
    assert (report.typed.tp, report.typed.fp, report.typed.fn) == (6, 2, 5)
    assert (report.stance.tp, report.stance.fp, report.stance.fn) == (4, 2, 4)
    assert (report.pair.tp, report.pair.fp, report.pair.fn) == (4, 1, 3)
    assert report.typed.precision == pytest.approx(0.75)
    assert report.typed.recall == pytest.approx(6 / 11)
    assert report.typed.f1 == pytest.approx(2 * 0.75 * (6 / 11) / (0.75 + 6 / 11))
    assert report.system_docs_without_gold == ("zz",)
    assert [d.doc_id for d in report.docs] == ["g1", "g2", "g3"]
    counts = {rel: (s.tp, s.fp, s.fn) for rel, s in report.per_relation.items()}
    assert counts == {
        "ATTACKS": (0, 0, 1), "COOPERATES_WITH": (1, 0, 0), "LEADER_OF": (1, 0, 0), "MEETS": (1, 0, 0),
        "MEMBER_OF": (0, 0, 1), "OPPOSES": (0, 1, 2), "SANCTIONS": (1, 0, 0), "SUPPLIES": (1, 1, 0),
        "SUPPORTS": (1, 0, 0), "THREATENS": (0, 0, 1),
    }


def test_per_doc_missed_and_spurious(case) -> None:
    docs = {d.doc_id: d for d in evaluate(*case).docs}
    assert docs["g1"].missed == (Fact("Russia", "ATTACKS", "Ukraine"), Fact("Ukraine", "OPPOSES", "North Korea"))
    assert docs["g1"].spurious == (Fact("Ukraine", "OPPOSES", "Russia"),)
    assert docs["g2"].missed == (Fact("Antony Blinken", "MEMBER_OF", "United States"),)
    assert docs["g2"].spurious == (Fact("United States", "SUPPLIES", "?ukraine"),)
    assert len(docs["g3"].missed) == 2 and docs["g3"].spurious == ()


def test_malformed_system_lines_are_skipped(tmp_path: Path, case) -> None:
    gold, _ = case
    system = write_jsonl(tmp_path / "messy.jsonl", SYSTEM, (
        "not json at all\n", '{"doc_id": "g3", "subject": "Iran", "relation": "THREATENS"}\n', "[1, 2]\n", "\n"))
    with system.open("ab") as handle:
        handle.write(b'{"doc_id": "g3", "subject": "Caf\xe9"}\n')
    report = evaluate(gold, system)
    assert (report.typed.tp, report.typed.fp, report.typed.fn) == (6, 2, 5)  # same as the clean file
    assert [str(s) for s in report.skipped] == [
        f"{system}:11: invalid JSON: Expecting value", f"{system}:12: missing field object",
        f"{system}:13: not a JSON object", f"{system}:15: not UTF-8 text"]


def test_mappings_in_and_symmetric_stance_both_ways(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", [GOLD[1]])
    only_coop = [{"doc_id": "g2", "subject": "Washington", "relation": "COOPERATES_WITH", "object": "EU"}]
    report = evaluate(gold, only_coop)
    # COOPERATES_WITH counts as + both ways at stance level: both gold stance pairs found.
    assert (report.stance.tp, report.stance.fp, report.stance.fn) == (2, 0, 1)


def test_leader_of_wins_roll_up(tmp_path: Path) -> None:
    doc = {"id": "r1", "text": "t", "entities": [
        {"name": "Ana Ruiz", "type": "PERSON", "aliases": ["Ruiz"]},
        {"name": "Spain", "type": "COUNTRY", "aliases": ["Madrid"]},
        {"name": "Portugal", "type": "COUNTRY", "aliases": ["Lisbon"]},
        {"name": "France", "type": "COUNTRY", "aliases": ["Paris"]},
    ], "triples": [
        {"subject": "Ana Ruiz", "relation": "LEADER_OF", "object": "Spain"},
        {"subject": "Ana Ruiz", "relation": "MEMBER_OF", "object": "Portugal"},
        {"subject": "Ana Ruiz", "relation": "OPPOSES", "object": "France"},
    ]}
    gold = write_gold(tmp_path / "gold", [doc])
    report = evaluate(gold, [{"doc_id": "r1", "subject": "Madrid", "relation": "OPPOSES", "object": "Paris"}])
    assert (report.stance.tp, report.stance.fp, report.stance.fn) == (1, 0, 0)
    assert (report.typed.tp, report.typed.fp, report.typed.fn) == (0, 1, 3)


@pytest.mark.parametrize("raw, normal", [
    ("The Kremlin", "kremlin"), ("Kremlin\u2019s", "kremlin"), ("U.S.", "u s"), ("  North   Korea ", "north korea"),
    ("Theresa May", "theresa may"), ("ＮＡＴＯ", "nato"), (None, "none"),
])
def test_normalise_name(raw, normal) -> None:
    assert normalise_name(raw) == normal


def test_score_zero_division() -> None:
    assert (Score().precision, Score().recall, Score().f1) == (0.0, 0.0, 0.0)
    assert Score(1, 0, 1).to_dict() == {"precision": 1.0, "recall": 0.5, "f1": 0.667, "tp": 1, "fp": 0, "fn": 1}


def test_bad_gold_dirs(tmp_path: Path) -> None:
    system = write_jsonl(tmp_path / "s.jsonl", SYSTEM)
    with pytest.raises(EvaluationError, match="gold directory not found"):
        evaluate(tmp_path / "nope", system)
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvaluationError, match="no gold .json files"):
        evaluate(tmp_path / "empty", system)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "b1.json").write_text('{"id": "b1", "entities": [', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"b1\.json:1: invalid JSON"):
        evaluate(bad, system)
    (bad / "b1.json").write_text('{"id": "b1", "entities": [{"name": "Chad"}], "triples": []}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="entity 1 needs"):
        evaluate(bad, system)
    dup = write_gold(tmp_path / "dup", [GOLD[2]])
    (dup / "copy.json").write_text(json.dumps(GOLD[2]), encoding="utf-8")
    with pytest.raises(EvaluationError, match="duplicate gold id 'g3'"):
        evaluate(dup, system)
    with pytest.raises(EvaluationError, match="cannot read triples file"):
        evaluate(write_gold(tmp_path / "ok", GOLD), tmp_path / "missing.jsonl")


# --- parity with the reference scorer -------------------------------------------


def as_reference(report: EvalReport) -> dict:
    """Our report in the reference scorer's JSON shape."""
    def score(s: Score) -> dict:
        d = s.to_dict()
        return {"p": d["precision"], "r": d["recall"], "f1": d["f1"], "tp": s.tp, "fp": s.fp, "fn": s.fn}

    def shape(f: Fact) -> str:
        symmetric = f.relation in ("MEETS", "COOPERATES_WITH")
        return str((f.subject, f.object, f.relation) if symmetric else (f.subject, f.relation, f.object))

    out = {name: score(report.level(name)) for name in ("typed", "stance", "pair")}
    out["per_relation"] = {rel: score(s) for rel, s in report.per_relation.items()}
    out["docs"] = len(report.docs)
    out["system_docs_without_gold"] = list(report.system_docs_without_gold[:10])
    out["per_doc"] = {d.doc_id: {"missed": sorted(map(shape, d.missed)), "spurious": sorted(map(shape, d.spurious))}
                      for d in report.docs}
    return out


@needs_reference
def test_parity_with_reference_scorer_cli(case) -> None:
    gold, system = case
    run = subprocess.run([sys.executable, str(REFERENCE), str(gold), str(system), "--json", "--per-doc"],
                         capture_output=True, text=True, check=True)
    assert as_reference(evaluate(gold, system)) == json.loads(run.stdout)


NAMES = [  # (canonical name, type, aliases) — deliberately overlapping and awkwardly spelled
    ("United States", "COUNTRY", ["US", "U.S.", "Washington", "the White House"]),
    ("Russia", "COUNTRY", ["Moscow", "the Kremlin", "Russian"]),
    ("China", "COUNTRY", ["Beijing", "Chinese"]),
    ("Ukraine", "COUNTRY", ["Kyiv", "Ukrainian"]),
    ("European Union", "ORG", ["EU", "the Union"]),
    ("NATO", "ORG", ["the alliance", "Nato"]),
    ("Vladimir Putin", "PERSON", ["Putin", "Russian"]),
    ("Jane Doe", "PERSON", ["Doe", "Ms. Doe"]),
    ("Olaf Berg", "PERSON", ["Berg"]),
    ("Germany", "COUNTRY", ["Berlin", "German"]),
]
RELATION_POOL = ["SUPPORTS", "SUPPLIES", "COOPERATES_WITH", "MEETS", "VISITS", "OPPOSES", "THREATENS",
                 "SANCTIONS", "ATTACKS", "LEADER_OF", "MEMBER_OF"]


def random_case(rng: random.Random, root: Path) -> tuple[Path, Path]:
    gold_docs, system = [], []
    for n in range(rng.randint(1, 4)):
        entities = rng.sample(NAMES, rng.randint(3, len(NAMES)))
        triples = []
        for _ in range(rng.randint(0, 12)):
            (s, *_), (o, *_) = rng.choice(entities), rng.choice(entities)
            triples.append({"subject": s, "relation": rng.choice(RELATION_POOL), "object": o})
        doc_id = f"doc{n}"
        gold_docs.append({"id": doc_id, "text": "t", "entities": [
            {"name": name, "type": typ, "aliases": aliases} for name, typ, aliases in entities], "triples": triples})
        surface = [rng.choice([name, *aliases]) for name, _, aliases in NAMES] + ["Atlantis", "the Kremlin\u2019s"]
        kept = [dict(t, doc_id=doc_id) for t in triples if rng.random() < 0.6]
        for t in kept:
            if t["relation"] in ("MEETS", "COOPERATES_WITH") and rng.random() < 0.5:
                t["subject"], t["object"] = t["object"], t["subject"]
            if rng.random() < 0.2:
                t["relation"] = t["relation"].lower()
        extra = [{"doc_id": rng.choice([doc_id, "stray"]), "subject": rng.choice(surface),
                  "relation": rng.choice(RELATION_POOL + ["FOO"]), "object": rng.choice(surface)}
                 for _ in range(rng.randint(0, 8))]
        system += kept + extra
    gold = write_gold(root / "gold", gold_docs)
    return gold, write_jsonl(root / "system.jsonl", rng.sample(system, len(system)))


@needs_reference
@pytest.mark.parametrize("seed", range(30))
def test_parity_with_reference_scorer_random(tmp_path: Path, seed: int) -> None:
    spec = importlib.util.spec_from_file_location("score_triples", REFERENCE)
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold, system = random_case(random.Random(seed), tmp_path)
    expected = reference.score(str(gold), str(system), per_doc=True)
    assert as_reference(evaluate(gold, system)) == expected


# --- CLI ------------------------------------------------------------------------


def test_cli_table_and_json(case) -> None:
    from typer.testing import CliRunner

    from graphkit.cli import app

    gold, system = case
    runner = CliRunner()
    table = runner.invoke(app, ["evaluate", "--gold", str(gold), str(system), "--per-doc"])
    assert table.exit_code == 0, table.output
    assert "typed" in table.stdout and "0.750" in table.stdout and "0.545" in table.stdout
    assert "Russia -ATTACKS-> Ukraine" in table.stdout
    assert "zz" in table.stderr  # documents without gold are reported, not scored
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), str(system), "--format", "json", "--per-doc"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["typed"] == {"precision": 0.75, "recall": 0.545, "f1": 0.632, "tp": 6, "fp": 2, "fn": 5}
    assert data["pair"]["tp"] == 4 and data["docs"] == 3
    assert {"subject": "Russia", "relation": "ATTACKS", "object": "Ukraine"} in data["per_doc"]["g1"]["missed"]


def test_cli_bad_gold_dir_is_one_clean_line(tmp_path: Path, case) -> None:
    from typer.testing import CliRunner

    from graphkit.cli import app

    _, system = case
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(tmp_path / "absent"), str(system)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: gold directory not found: {tmp_path / 'absent'}"
    assert "Traceback" not in result.output


def test_deeply_nested_json_is_one_clean_error(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text("[" * 200_000, encoding="utf-8")
    system = tmp_path / "sys.jsonl"
    system.write_text("[" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="nested too deeply"):
        evaluate(gold, system)


def test_second_annotation_as_system_aligns_names_through_aliases(tmp_path: Path) -> None:
    """Agreement between two annotators: a differently named actor counts when one of its forms matches."""
    text = "ECOWAS suspended Mali. Mali's junta condemned the bloc."
    first = write_gold(tmp_path / "a", [{
        "id": "d1", "text": text,
        "entities": [{"name": "ECOWAS", "type": "ORG", "aliases": ["ECOWAS", "the bloc"]},
                     {"name": "Mali", "type": "COUNTRY", "aliases": ["Mali", "Mali's junta"]}],
        "triples": [{"subject": "ECOWAS", "relation": "SANCTIONS", "object": "Mali"},
                    {"subject": "Mali", "relation": "OPPOSES", "object": "ECOWAS"}]}])
    second = write_gold(tmp_path / "b", [{
        "id": "d1", "text": text,
        "entities": [{"name": "Economic Community of West African States", "type": "ORG", "aliases": ["ECOWAS"]},
                     {"name": "Mali", "type": "COUNTRY", "aliases": ["Mali"]}],
        "triples": [{"subject": "Economic Community of West African States", "relation": "SANCTIONS",
                     "object": "Mali"},
                    {"subject": "Mali", "relation": "THREATENS", "object": "Economic Community of West African States"}]}])
    report = evaluate(first, second)
    assert (report.typed.tp, report.typed.fp, report.typed.fn) == (1, 1, 1)
    assert report.docs[0].spurious == (Fact("Mali", "THREATENS", "ECOWAS"),)
