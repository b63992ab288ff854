"""The learned relation model: it learns what no rule knows, deterministically, and fails cleanly.

The tiny corpus is written here: a made-up verb, "to glorb", means SUPPORTS. No rule knows it, so only
a trained model can find "Chile glorbed Peru".
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.relmodel import PrecisionBarError, RelationModelError, load_model
from graphkit.relmodel.hybrid import article_triples
from graphkit.relmodel.settings import Extractor, relation_settings
from graphkit.types import Article

pytestmark = pytest.mark.slow

PAIRS = [("Kenya", "Uganda"), ("France", "Germany"), ("Brazil", "Argentina"), ("Japan", "India"),
         ("Egypt", "Jordan"), ("Canada", "Mexico"), ("Poland", "Romania"), ("Ghana", "Nigeria"),
         ("Norway", "Sweden"), ("Vietnam", "Thailand"), ("Spain", "Portugal"), ("Turkey", "Greece")]


def article(doc_id: str, a: str, b: str) -> dict:
    """Three sentences: a glorb (SUPPORTS), a meeting (MEETS) and a pair with no relation."""
    text = (f"{a} glorbed {b} on Monday. {a} held talks with {b} in the capital. "
            f"{a} and {b} both have long coastlines.")
    sentences = text.split(". ")
    return {"id": doc_id, "text": text, "date": "2024-05-01",
            "entities": [{"name": a, "type": "COUNTRY", "aliases": [a]}, {"name": b, "type": "COUNTRY", "aliases": [b]}],
            "triples": [{"subject": a, "relation": "SUPPORTS", "object": b, "evidence": sentences[0] + ".",
                         "other_evidence": []},
                        {"subject": a, "relation": "MEETS", "object": b, "evidence": sentences[1] + ".",
                         "other_evidence": []}]}


def write_corpus(root: Path, pairs: list[tuple[str, str]], prefix: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for k, (a, b) in enumerate(pairs):
        doc = article(f"{prefix}{k:02d}", a, b)
        (root / f"{doc['id']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def trained(tmp_path_factory, ) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("relmodel")
    gold = write_corpus(base / "train", PAIRS[:9], "tr")
    validation = write_corpus(base / "validation", PAIRS[9:], "va")
    runner = CliRunner()
    for name in ("model", "again"):
        result = runner.invoke(app, ["train", "--gold", str(gold), "--validation", str(validation),
                                     "--out", str(base / name)])
        assert result.exit_code == 0, result.output
    return {"model": base / "model", "again": base / "again", "base": base}


def triples_of(nlp, text: str, model_dir: Path | None, mode: str):
    settings = relation_settings(mode, str(model_dir) if model_dir else None)
    doc = nlp(text)
    return list(settings.triples_of()(doc, Article(doc_id="x", text=text, date="2024-06-01")))


def test_training_learns_a_pattern_no_rule_covers(nlp, trained):
    text = "Chile glorbed Peru on Friday."
    rules = triples_of(nlp, text, None, "rules")
    assert not [t for t in rules if t.relation == "SUPPORTS"]
    hybrid = triples_of(nlp, text, trained["model"], "hybrid")
    found = {(t.subject, t.relation, t.object, t.rule) for t in hybrid}
    assert ("Chile", "SUPPORTS", "Peru", "model") in found
    supports = next(t for t in hybrid if t.relation == "SUPPORTS")
    assert 0.0 < supports.confidence <= 1.0 and supports.sentence == text


def test_training_is_deterministic(trained):
    first, second = load_model(trained["model"]), load_model(trained["again"])
    assert first.thresholds == second.thresholds and first.veto == second.veto
    assert np.array_equal(first.weights, second.weights) and first.vocabulary == second.vocabulary
    assert first.meta["trained_on"] == second.meta["trained_on"]


def test_training_without_validation_tunes_on_out_of_fold_scores(nlp, trained):
    # Nine articles, each its own group: five fold models score the articles they did not see.
    result = CliRunner().invoke(app, ["train", "--gold", str(trained["base"] / "train"),
                                      "--out", str(trained["base"] / "no-validation")])
    assert result.exit_code == 0, result.output
    assert "Out-of-fold candidates" in result.output
    model = load_model(trained["base"] / "no-validation")
    assert model.meta["validation_articles"] == 0 and model.meta["folds"] == 5
    found = triples_of(nlp, "Chile glorbed Peru on Friday.", trained["base"] / "no-validation", "hybrid")
    assert ("Chile", "SUPPORTS", "Peru", "model") in {(t.subject, t.relation, t.object, t.rule) for t in found}


def test_training_reads_several_gold_folders(trained, tmp_path):
    # The nine training articles split over two folders: all nine are trained on, and the model records
    # both folders' contents.
    first = write_corpus(tmp_path / "a", PAIRS[:5], "tr")
    second = write_corpus(tmp_path / "b", PAIRS[5:9], "ts")
    validation = trained["base"] / "validation"
    result = CliRunner().invoke(app, ["train", "--gold", str(first), "--gold", str(second),
                                      "--validation", str(validation), "--out", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    model = load_model(tmp_path / "m")
    assert model.meta["train_articles"] == 9
    assert model.meta["trained_on"] != load_model(trained["model"]).meta["trained_on"]


def test_an_article_in_two_gold_folders_is_one_clear_error(trained, tmp_path):
    again = write_corpus(tmp_path / "again", PAIRS[:2], "tr")  # the same ids as two training articles
    result = CliRunner().invoke(app, ["train", "--gold", str(trained["base"] / "train"), "--gold", str(again),
                                      "--out", str(tmp_path / "m")])
    assert result.exit_code != 0 and "tr00 is in more than one gold folder" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "m").exists()


def test_hybrid_keeps_every_rule_triple_when_nothing_is_vetoed(nlp, trained, tmp_path):
    lenient = load_model(trained["model"])
    lenient.veto = 0.0
    lenient.save(tmp_path / "lenient")
    text = ("Kenya held talks with Uganda in Nairobi. France condemned Germany over the deal. "
            "Spain sent drones to Portugal. Chile glorbed Peru.")
    rules = triples_of(nlp, text, None, "rules")
    hybrid = triples_of(nlp, text, tmp_path / "lenient", "hybrid")
    keys = {(t.subject_id, t.relation, t.object_id, t.start) for t in hybrid}
    assert rules and len(hybrid) > len(rules)
    assert all((t.subject_id, t.relation, t.object_id, t.start) in keys for t in rules)


def test_thresholds_above_one_add_nothing(nlp, trained, tmp_path):
    strict = load_model(trained["model"])
    strict.thresholds = {r: 1.01 for r in strict.thresholds}
    strict.veto = 0.0
    strict.save(tmp_path / "strict")
    text = "Chile glorbed Peru on Friday. Spain sent drones to Portugal."
    doc = nlp(text)
    record = Article(doc_id="x", text=text, date=None)
    rules = [(t.subject_id, t.relation, t.object_id) for t in article_triples(doc, record, None, Extractor.rules)]
    hybrid = [(t.subject_id, t.relation, t.object_id)
              for t in article_triples(doc, record, load_model(tmp_path / "strict"), Extractor.hybrid)]
    assert hybrid == rules


@pytest.mark.parametrize("damage", ["missing", "truncated", "not-json", "wrong-shape"])
def test_a_damaged_model_is_one_clear_error(trained, tmp_path, damage):
    target = tmp_path / "m"
    target.mkdir()
    for name in ("model.json", "weights.npz"):
        (target / name).write_bytes((trained["model"] / name).read_bytes())
    if damage == "missing":
        (target / "weights.npz").unlink()
    elif damage == "truncated":
        data = (target / "weights.npz").read_bytes()
        (target / "weights.npz").write_bytes(data[: len(data) // 2])
    elif damage == "not-json":
        (target / "model.json").write_text("{not json", encoding="utf-8")
    else:
        document = json.loads((target / "model.json").read_text(encoding="utf-8"))
        document["vocabulary"] = document["vocabulary"][:-1]
        (target / "model.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(RelationModelError):
        load_model(target)
    article_file = tmp_path / "a.txt"
    article_file.write_text("Chile glorbed Peru.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article_file), "--extractor", "hybrid",
                                      "--relation-model", str(target)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_model_extraction_without_a_model_is_an_error(tmp_path, monkeypatch):
    import graphkit.relmodel.settings as settings

    monkeypatch.setattr(settings, "packaged_model_available", lambda: False)
    article_file = tmp_path / "a.txt"
    article_file.write_text("Chile glorbed Peru.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article_file), "--extractor", "model"])
    assert result.exit_code == 1 and "needs a relation model" in result.stderr


def test_a_model_keeps_thresholds_for_every_precision_bar(trained):
    model = load_model(trained["model"])
    own = model.meta["min_added_precision"]
    assert {0.5, 0.75, 0.9, own} <= set(model.bars) and model.thresholds == model.bars[own]
    model.bars[0.5] = {r: 0.0 for r in model.relations}
    assert model.at_bar(0.5).thresholds == model.bars[0.5] and model.thresholds == model.bars[own]  # a copy
    assert {float(bar) for bar in model.meta["held_out_by_bar"]} == set(model.bars)


def test_the_precision_bar_chooses_the_thresholds_extraction_uses(trained, tmp_path):
    # Two bars rewritten by hand: at 0.5 every candidate relation is added, at 0.9 none.
    model = load_model(trained["model"])
    model.bars = {0.5: {r: 0.0 for r in model.relations}, 0.9: {r: 1.01 for r in model.relations}}
    model.save(tmp_path / "two-bars")
    article_file = tmp_path / "a.txt"
    article_file.write_text("Chile glorbed Peru on Friday.", encoding="utf-8")
    found = {}
    for bar in ("0.5", "0.9"):
        result = CliRunner().invoke(app, ["extract", str(article_file), "--extractor", "model", "-q",
                                          "--relation-model", str(tmp_path / "two-bars"), "--model-precision", bar])
        assert result.exit_code == 0, result.output
        found[bar] = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(found["0.5"]) >= 2 * len(model.relations) - 2 and found["0.9"] == []


@pytest.mark.parametrize("args, says", [
    (["--model-precision", "0.42"], "no thresholds for precision 0.42; it offers 0.5, 0.55"),
    (["--model-precision", "0.5", "--extractor", "rules"], "needs --extractor hybrid or model")])
def test_a_precision_bar_the_run_cannot_use_is_a_usage_error(trained, tmp_path, args, says):
    article_file = tmp_path / "a.txt"
    article_file.write_text("Chile glorbed Peru.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article_file), "--relation-model", str(trained["model"]), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1 and says in result.stderr


def test_a_model_from_before_the_bars_offers_its_own_bar(trained, tmp_path):
    document = json.loads((trained["model"] / "model.json").read_text(encoding="utf-8"))
    del document["bars"]
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "model.json").write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "old" / "weights.npz").write_bytes((trained["model"] / "weights.npz").read_bytes())
    old = load_model(tmp_path / "old")
    own = document["meta"]["min_added_precision"]
    assert old.at_bar(own).thresholds == document["thresholds"]
    with pytest.raises(PrecisionBarError):
        old.at_bar(0.9)


def test_bars_keep_their_exact_value_through_the_model_file(trained, tmp_path):
    model = load_model(trained["model"])
    model.bars = {0.7: {r: 0.5 for r in model.relations}, 0.701: {r: 0.6 for r in model.relations}}
    model.save(tmp_path / "m")
    again = load_model(tmp_path / "m")
    assert again.bars == model.bars and again.at_bar(0.701).thresholds["SUPPORTS"] == 0.6


def test_a_bar_survives_the_trip_to_worker_processes(trained):
    import pickle

    settings = relation_settings("hybrid", str(trained["model"]), 0.5)
    copy = pickle.loads(pickle.dumps(settings))
    assert copy == settings and copy.bar == 0.5


def test_the_shipped_model_was_trained_with_todays_bars():
    # Fails when the default bar or the offered bars change without `make model`.
    from graphkit.relmodel.model import PACKAGED
    from graphkit.relmodel.train import BARS, MIN_ADDED_PRECISION

    shipped = load_model(PACKAGED)
    assert set(BARS) <= set(shipped.bars) and shipped.meta["min_added_precision"] == MIN_ADDED_PRECISION
    assert shipped.thresholds == shipped.bars[MIN_ADDED_PRECISION]


def test_the_library_takes_a_precision_bar_only_with_a_model():
    assert relation_settings("hybrid", bar=0.5).bar == 0.5
    with pytest.raises(PrecisionBarError):
        relation_settings("rules", bar=0.5)
    with pytest.raises(PrecisionBarError):
        relation_settings("model", bar=0.33)


def test_the_model_adds_nothing_against_the_state_a_person_serves(nlp, trained, tmp_path):
    # Every threshold at zero: the model adds every relation it can, except those the article's roles
    # rule out (Iwaya serves Japan: no member of Chile, no visit to Japan).
    eager = load_model(trained["model"])
    eager.thresholds = {r: 0.0 for r in eager.thresholds}
    eager.save(tmp_path / "eager")
    found = {(t.subject, t.relation, t.object)
             for t in triples_of(nlp, "Japanese Foreign Minister Takeshi Iwaya flew to Chile on Monday.",
                                 tmp_path / "eager", "model")}
    assert ("Takeshi Iwaya", "VISITS", "Chile") in found and ("Takeshi Iwaya", "MEMBER_OF", "Japan") in found
    assert ("Takeshi Iwaya", "MEMBER_OF", "Chile") not in found
    assert not {("Takeshi Iwaya", r, "Japan") for r in ("VISITS", "MEETS")} & found
