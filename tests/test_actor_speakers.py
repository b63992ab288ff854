"""First-person pronouns in someone's own words (graphkit.actors.voices): a quote, a transcript turn, a
statement printed in full. "I" is the speaker; "we"/"our" the state or organisation speaking or spoken for;
the writer's own "we" and a quote with no speaker stay unresolved. Fixed parses of invented sentences
(tests/data/actor_parses_speakers.json) on a blank vocabulary.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import doc_from_spec

from graphkit.actors import resolve_actors
from graphkit.actors.layout import quote_spans, statement_header, turns

PARSES = json.loads((Path(__file__).parent / "data" / "actor_parses_speakers.json").read_text(encoding="utf-8"))
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


@pytest.fixture
def first_person(blank_vocab, gazetteer):
    """[(pronoun, [actor ids])] of a case, in text order."""
    def run(name):
        doc = doc_from_spec(blank_vocab, PARSES[name])
        table = resolve_actors(doc, gazetteer)
        return [(t.text, [m.actor.id for m in table.refs(t)]) for t in doc if t.lower_ in FIRST_PERSON]
    return run


def test_a_quote_takes_the_speaker_of_the_sentence_that_closes_it(first_person):
    # '"We will not accept this. Our troops stay," the Polish foreign minister said ...'
    assert first_person("quote-closing-attribution") == [("We", ["country:POL"]), ("Our", ["country:POL"])]


def test_a_quoted_persons_we_stays_the_person(first_person):
    # 'Polish Foreign Minister Jan Nowak said: "We will help Ukraine, and I will go to Kyiv."'
    assert first_person("quote-person-we-is-state") == [("We", ["person:jan-nowak"]), ("I", ["person:jan-nowak"])]


def test_a_quote_that_goes_on_after_its_speaker_keeps_the_speaker(first_person):
    # '"We are ready," the Polish president said. "Nobody will cross the border. Our soldiers are there."'
    assert first_person("quote-goes-on") == [("We", ["country:POL"]), ("Our", ["country:POL"])]
    # '... "The border is calm," he said. "The army is ready.\n\n"We will keep our soldiers there."'
    assert first_person("quote-next-paragraph") == [("We", ["person:jan-nowak"]), ("our", ["person:jan-nowak"])]


def test_a_statements_our_is_its_issuer(first_person):
    # 'The Polish foreign ministry stated on Monday: "Our sovereignty is not for sale."'
    assert first_person("statement-colon") == [("Our", ["country:POL"])]


def test_a_transcript_label_names_the_speaker_by_surname(first_person):
    # lede names Anna Nowak, a spokeswoman for the Polish foreign ministry; "Q: Our readers ...";
    # "NOWAK: We will not. I have said so before."
    assert first_person("transcript-label") == [("Our", []), ("We", ["country:POL"]), ("I", ["person:anna-nowak"])]


def test_a_speaker_label_is_not_a_mention(blank_vocab, gazetteer):
    doc = doc_from_spec(blank_vocab, PARSES["transcript-label"])
    table = resolve_actors(doc, gazetteer)
    assert [t.text for t in doc if table.refs(t)] == ["Anna", "Nowak", "Polish", "Poland", "We", "I"]


def test_an_interviews_answers_are_the_person_the_lede_says_was_interviewed(first_person):
    # "We spoke to Anna Nowak, the Polish foreign minister ..."; "A: We will help Ukraine. I am sure of it."
    assert first_person("interview-answer") == [("We", []), ("We", ["country:POL"]), ("I", ["person:anna-nowak"])]


def test_an_interview_that_labels_only_its_questions_has_the_interviewee_answer(first_person):
    # "Anna Nowak, the Polish foreign minister, spoke to us ...\n\nQ: Will Poland help Ukraine?\n\nYes. We will
    # help Ukraine, and I will go to Kyiv.\n\nQ: And Hungary?\n\nOur neighbours decide for themselves."
    assert first_person("interview-questions-only") == [("us", []), ("We", ["country:POL"]), ("I", ["person:anna-nowak"]),
                                                        ("Our", ["country:POL"])]


def test_a_statement_printed_after_its_header_is_the_issuers(first_person):
    # "Remarks by Polish President Jan Nowak at the summit in Riga.\n\nI thank Japan ..., and we will support Ukraine."
    assert first_person("statement-header") == [("I", ["person:jan-nowak"]), ("we", ["country:POL"])]


def test_a_lede_announcing_the_text_that_follows_makes_its_subject_the_speaker(first_person):
    # "Polish Foreign Minister Jan Nowak delivered the following address to the national assembly ...\n\n
    # I thank Japan for its help, and we will support Ukraine."
    assert first_person("lede-following-address") == [("I", ["person:jan-nowak"]), ("we", ["country:POL"])]


def test_a_salutation_in_a_printed_statement_is_not_a_speaker(first_person):
    # "Address by Polish President Jan Nowak ...\n\nMr President: I thank Japan ..., and we will support
    # Ukraine.\n\nOur soldiers will stay." One label is no transcript, and it names no one who speaks.
    assert first_person("single-label-then-header") == [("I", ["person:jan-nowak"]), ("we", ["country:POL"]),
                                                         ("Our", ["country:POL"])]


def test_the_writers_own_we_and_a_quote_with_no_speaker_stay_unresolved(first_person):
    assert first_person("columnist-we") == [("We", []), ("our", [])]  # a columnist's narrative "we"
    assert first_person("quote-no-speaker") == [("we", [])]  # 'Crowds in Warsaw chanted "we want peace" ...'


def test_the_layout_finds_quotes_labels_and_a_statement_header():
    text = 'Intro.\n\nQ: Why?\n\nMR. SMITH: We said "we will go" and ‘they’re here’.\n\n"We are open\n\nLIVE: news'
    assert [text[a:b] for a, b in quote_spans(text)] == ["we will go", "they’re here", "We are open"]
    assert [t.label for t in turns(text)] == ["Q", "MR. SMITH"]  # "LIVE" is a kicker, not a speaker
    assert turns(text)[-1].end == len(text)  # a transcript's last turn runs on
    single = "Smith: we will go.\n\nWe, the readers, stay."  # one label is not a transcript
    assert [single[t.label_end:t.end] for t in turns(single)] == [": we will go."]
    header = "Remarks by President X at the summit."
    assert statement_header(header + "\n\nI thank you.") == (0, len(header))
    assert statement_header("The president spoke at the summit.\n\nI thank you.") is None
    for lede in ("The minister delivered the following address in Riga.", "She spoke in Riga. These are excerpts.",
                 "The president addressed parliament. The following excerpts are from his remarks."):
        assert statement_header(lede + "\n\nI thank you.") == (0, len(lede))
    assert statement_header("The minister said the following steps would be taken.\n\nWe agree.") is None
