"""The annotated corpora are sound: every file parses, every evidence is in its text, every name is an entity.

The whole training corpus is checked by `python tools/check_corpus.py training/train training/validation`;
here a seeded sample of it, and every held-out set whole.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("check_corpus", ROOT / "tools" / "check_corpus.py")
check_corpus = importlib.util.module_from_spec(spec)
sys.modules["check_corpus"] = check_corpus  # dataclasses look their module up
spec.loader.exec_module(check_corpus)

TRAINING = [ROOT / "training" / "train", ROOT / "training" / "validation"]


def test_a_sample_of_the_training_corpus_passes_the_checker(capsys):
    assert check_corpus.main([*map(str, TRAINING), "--sample", "60"]) == 0
    report = capsys.readouterr().out
    assert "articles 60" in report and "by relation:" in report


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3", "heldout4"])
def test_held_out_gold_passes_the_checker(folder):
    assert check_corpus.main([str(ROOT / "bench" / folder / "gold"), "--no-metadata"]) == 0


def test_held_out_texts_equal_their_gold_text():
    for gold in (ROOT / "bench" / "heldout4" / "gold").glob("*.json"):
        text = (ROOT / "bench" / "heldout4" / "texts" / f"{gold.stem}.txt").read_text(encoding="utf-8")
        assert json.loads(gold.read_text(encoding="utf-8"))["text"] == text


def test_validation_is_split_by_conflict():
    conflicts = {split.name: {json.loads(p.read_text(encoding="utf-8"))["conflict"] for p in split.glob("*.json")}
                 for split in TRAINING}
    assert conflicts["train"] and conflicts["validation"]
    assert not conflicts["train"] & conflicts["validation"]


def test_the_checker_catches_what_it_promises(tmp_path):
    good = json.loads(next(TRAINING[0].glob("*.json")).read_text(encoding="utf-8"))
    bad = dict(good, triples=[dict(good["triples"][0], evidence="A sentence that is not in the text."),
                              dict(good["triples"][0], relation="LIKES"),
                              dict(good["triples"][0], subject="Atlantis")])
    path = tmp_path / f"{good['id']}.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    problems = check_corpus.check_file(path, check_corpus.Corpus(), metadata=True)
    assert any("not copied verbatim" in p for p in problems)
    assert any("not in the ontology" in p for p in problems)
    assert any("'Atlantis' is not an entity name" in p for p in problems)
