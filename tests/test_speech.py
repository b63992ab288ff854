"""Who says a clause (graphkit.actors.speech): the one speaker detector that coreference and the rules share.

Fixed parses from tests/data/rule_parses.json (sentences written for these tests), on a blank vocabulary.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import doc_from_spec

from graphkit.actors import resolve_actors
from graphkit.actors.speech import reporting_verb, speakers_of
from graphkit.rules import doc_triples
from graphkit.types import Article

PARSES = json.loads((Path(__file__).parent / "data" / "rule_parses.json").read_text(encoding="utf-8"))


@pytest.fixture
def doc(blank_vocab):
    return lambda case_id: doc_from_spec(blank_vocab, PARSES[case_id])


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def attributions(doc) -> dict[tuple[str, str, str], str | None]:
    return {(t.subject_id, t.relation, t.object_id): t.attribution
            for t in doc_triples(doc, Article(doc_id="t1", text=doc.text, date="2024-06-18"))}


def test_the_speaker_of_a_reported_clause_is_the_subject_of_its_speech_verb(doc):
    d = doc("speaker-relative")  # "Chad, which sent troops to Mali, said it would stay."
    assert reporting_verb(word(d, "stay")).text == "said"
    assert [m.actor.id for m in speakers_of(resolve_actors(d), word(d, "stay"))] == ["country:TCD"]


def test_words_inside_the_speaker_phrase_are_not_reported(doc):
    d = doc("speaker-relative")
    assert reporting_verb(word(d, "sent")) is None
    assert attributions(d)[("country:TCD", "SUPPLIES", "country:MLI")] is None


def test_a_verb_coordinated_with_a_speech_verb_is_not_what_it_says(doc):
    d = doc("speaker-not-coordinated")  # "Chile announced aid for Peru and sent troops to Bolivia."
    assert reporting_verb(word(d, "Bolivia")) is None
    assert attributions(d)[("country:CHL", "SUPPLIES", "country:BOL")] is None


def test_a_second_speech_verb_shares_the_subject(doc):
    d = doc("speaker-second-verb")  # "Kenya praised Somalia and said Nairobi would send troops to Somalia."
    assert attributions(d)[("country:KEN", "SUPPLIES", "country:SOM")] == "Kenya"
    assert attributions(d)[("country:KEN", "SUPPORTS", "country:SOM")] is None


def test_a_speech_verb_the_parser_hangs_inside_the_report_is_the_outer_speakers(doc):
    d = doc("speaker-low-conjunct")  # "Chile said Peru had sent troops ... and warned that it would respond."
    assert [m.actor.id for m in speakers_of(resolve_actors(d), word(d, "respond"))] == ["country:CHL"]


def test_a_quote_that_goes_on_keeps_its_speaker(doc):
    d = doc("speaker-quote-goes-on")  # '"The talks went well," Blinken said. "Russia must end its war."'
    assert reporting_verb(word(d, "end")).text == "said"
    assert attributions(d)[("person:antony-blinken", "OPPOSES", "country:RUS")] == "Blinken"
    d = doc("speaker-we-quote-goes-on")
    assert [m.actor.id for m in resolve_actors(d).refs(word(d, "We"))] == ["country:POL"]


def test_a_plain_sentence_has_no_speaker(doc):
    d = doc("speaker-second-verb")
    assert reporting_verb(word(d, "praised")) is None
    assert speakers_of(resolve_actors(d), word(d, "Somalia")) == []


def test_they_is_never_one_person(doc):
    d = doc("speaker-they-not-one-person")  # "Ruto praised the Kenyan soldiers, saying they had freed Somalia."
    assert [m.actor.type for m in resolve_actors(d).refs(word(d, "they"))] != ["PERSON"]
