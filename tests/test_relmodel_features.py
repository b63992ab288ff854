"""What the relation model reads of a candidate beyond the dependency path, and how its thresholds are chosen."""
from __future__ import annotations

import numpy as np

from graphkit.actors import resolve_actors
from graphkit.relmodel.candidates import actor_mentions, sentence_pairs
from graphkit.relmodel.features import pair_features
from graphkit.relmodel.train import _threshold


def features_of(nlp, text: str, subject: str, object_: str) -> list[str]:
    doc = nlp(text)
    table = resolve_actors(doc)
    sent = next(doc.sents)
    for pair in sentence_pairs(sent, actor_mentions(table, sent)):
        if pair.subject.text == subject and pair.object.text == object_:
            return pair_features(pair)
    raise AssertionError(f"no candidate {subject} -> {object_} in {text!r}")


def test_the_words_around_each_mention_are_features(nlp):
    f = features_of(nlp, "Kenya accused Uganda of arming the rebels.", "Kenya", "Uganda")
    assert "oprev1=accuse" in f and "onext1=of" in f and "snext1=accuse" in f
    assert not any(x.startswith("sprev") for x in f)  # nothing before the sentence's first word


def test_the_verb_governing_each_mention_and_its_relation(nlp):
    f = features_of(nlp, "Kenya accused Uganda of arming the rebels.", "Kenya", "Uganda")
    assert "sverb=accuse" in f and "overb=accuse" in f and "verbs=same" in f
    assert "overbtrig=OPPOSES|dobj" in f


def test_trigger_relations_anywhere_in_the_sentence(nlp):
    f = features_of(nlp, "Chile and Peru spoke on Monday, a day after Bolivia sanctioned Ecuador.", "Chile", "Peru")
    assert "senttrig=SANCTIONS" in f


def test_a_stricter_precision_bar_never_lowers_a_threshold():
    # Candidates scored 0.1 … 0.9; the gold is true for the top scores and for a few low ones, so that
    # adding low-scored candidates buys recall at the price of precision.
    p = np.linspace(0.1, 0.95, 18)
    gold = p > 0.6
    gold[[1, 3, 5]] = True
    rules = np.zeros_like(gold)
    lenient, strict = _threshold(p, gold, rules, 0.5), _threshold(p, gold, rules, 0.95)
    assert strict > lenient
    added = p >= strict
    assert (gold & added).sum() / added.sum() >= 0.95
