"""What the relation model reads of a candidate beyond the dependency path (relmodel/features.py)."""
from __future__ import annotations

from graphkit.actors import resolve_actors
from graphkit.relmodel.candidates import actor_mentions, sentence_pairs
from graphkit.relmodel.features import pair_features


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
