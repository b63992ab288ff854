"""Event dates: each kind of date expression against hand-set article dates (docs/time.md), on the real parse.

Sentences are written for these tests. 2024-03-15 is a Friday; 2024-02-29 a Thursday; 2025-01-01 a Wednesday.
"""
from __future__ import annotations

from datetime import date

import pytest

from graphkit.eventdates import SentenceDates, event_date, find_expressions, resolve


@pytest.fixture(scope="module")
def when(nlp):
    """``when(sentence, article_date, anchor_word=None)`` -> (event_date, precision)."""
    def resolve_sentence(sentence: str, article_date: str | None, anchor: str | None = None):
        doc = nlp(sentence)
        word = next(t for t in doc if t.text == anchor) if anchor else None
        return event_date(doc[:], article_date, word)
    return resolve_sentence


@pytest.mark.parametrize("sentence, article, expected", [
    ("Chile and Peru signed a trade pact on Friday.", "2024-03-15", "2024-03-15"),  # the article's own weekday
    ("Chile and Peru signed a trade pact on Saturday.", "2024-03-15", "2024-03-09"),
    ("Monday's talks between Chile and Peru ended early.", "2024-03-15", "2024-03-11"),
    ("Chile will meet Peru on Monday.", "2024-03-15", "2024-03-11"),  # whatever the tense
    ("Chile recalled its envoy from Peru last Friday.", "2024-03-15", "2024-03-08"),
    ("Chile will host Peru next Friday.", "2024-03-15", "2024-03-22"),
    ("Chile will host Peru next Monday.", "2024-03-15", "2024-03-18"),
    ("Late on Sunday, Chile accused Peru of spying.", "2025-01-01", "2024-12-29"),
])
def test_weekdays(when, sentence, article, expected):
    assert when(sentence, article) == (expected, "day")


@pytest.mark.parametrize("sentence, article, expected", [
    ("Chile condemned Peru today.", "2024-03-15", ("2024-03-15", "day")),
    ("Chile condemned Peru yesterday.", "2024-03-01", ("2024-02-29", "day")),
    ("Chile condemned Peru the day before yesterday.", "2025-01-01", ("2024-12-30", "day")),
    ("Chile will meet Peru tomorrow.", "2024-02-28", ("2024-02-29", "day")),
    ("Chile expelled two Peruvian diplomats three days ago.", "2024-03-02", ("2024-02-28", "day")),
    ("Chile expelled two Peruvian diplomats two weeks ago.", "2024-03-15", ("2024-03-01", "day")),
    ("Chile and Peru held talks last week.", "2024-03-15", ("2024-03-04", "day")),
    ("Chile and Peru held talks earlier this week.", "2024-03-15", ("2024-03-11", "day")),
    ("Chile and Peru will hold talks next week.", "2024-03-15", ("2024-03-18", "day")),
    ("Chile sanctioned Peru last month.", "2025-01-01", ("2024-12-01", "month")),
    ("Chile sanctioned Peru earlier this month.", "2024-03-15", ("2024-03-01", "month")),
    ("Chile will visit Peru next month.", "2024-12-15", ("2025-01-01", "month")),
    ("Chile sanctioned Peru four months ago.", "2024-02-29", ("2023-10-01", "month")),
    ("Chile sanctioned Peru last year.", "2024-03-15", ("2023-01-01", "year")),
    ("Chile has supported Peru this year.", "2024-03-15", ("2024-01-01", "year")),
    ("Chile will supply Peru with jets next year.", "2024-03-15", ("2025-01-01", "year")),
    ("Chile armed Peru two years ago.", "2024-03-15", ("2022-01-01", "year")),
])
def test_relative_expressions(when, sentence, article, expected):
    assert when(sentence, article) == expected


@pytest.mark.parametrize("sentence, article, expected", [
    ("Chile and Peru met on 12 March 2023.", "2024-03-15", ("2023-03-12", "day")),
    ("Chile and Peru met on March 12, 2023.", "2024-03-15", ("2023-03-12", "day")),
    ("Chile and Peru met on 12.03.2023.", "2024-03-15", ("2023-03-12", "day")),
    ("Chile and Peru met on 2023-03-12.", "2024-03-15", ("2023-03-12", "day")),
    ("Chile will meet Peru on 3 January.", "2024-12-20", ("2025-01-03", "day")),  # a few weeks ahead: forward
    ("Chile met Peru on 28 December.", "2024-01-05", ("2023-12-28", "day")),  # a few days back: backward
    ("Chile met Peru on 29 February.", "2024-03-15", ("2024-02-29", "day")),
    ("Chile and Peru met in June 2022.", "2024-03-15", ("2022-06-01", "month")),
    ("Chile will visit Peru in April.", "2024-03-15", ("2024-04-01", "month")),
    ("Chile visited Peru in November.", "2024-02-10", ("2023-11-01", "month")),
    ("Chile visited Peru in May.", "2024-03-15", ("2024-05-01", "month")),
    ("Chile has armed Peru since 2014.", "2024-03-15", ("2014-01-01", "year")),
    ("In 2022 Chile invaded Peru.", "2024-03-15", ("2022-01-01", "year")),
])
def test_absolute_dates(when, sentence, article, expected):
    assert when(sentence, article) == expected


@pytest.mark.parametrize("sentence, article, expected", [
    ("Chile and Peru held drills from 3 to 5 June 2023.", "2024-03-15", ("2023-06-03", "day")),
    ("Chile and Peru held drills on June 3-5, 2023.", "2024-03-15", ("2023-06-03", "day")),
    ("Chile shelled Peru between March and May 2022.", "2024-03-15", ("2022-03-01", "month")),
    ("Chile shelled Peru between November and February 2024.", "2024-03-15", ("2023-11-01", "month")),
    ("Chile armed Peru from 2019 to 2021.", "2024-03-15", ("2019-01-01", "year")),
    ("Chile armed Peru from 3 June to 5 July 2021.", "2024-03-15", ("2021-06-03", "day")),
])
def test_ranges_give_their_start(when, sentence, article, expected):
    assert when(sentence, article) == expected


@pytest.mark.parametrize("sentence", [
    "Chile sent 5,000 troops to Peru.",
    "Chile sent 2000 troops to Peru.",
    "Chile backed Resolution 2231 on Peru.",
    "Chile sold F-16 jets to Peru.",
    "A 30-year-old Chilean soldier was killed by Peruvian troops.",
    "Chile signed a two-year deal with Peru.",
    "Chile has armed Peru for three years.",
    "Chile gave Peru 48 hours to withdraw.",
    "Chilean jets struck Peruvian positions at 3 pm.",
    "Chile said it would honour the 2019 accord with Peru.",
    "Theresa May met Chile's president in Lima.",
])
def test_numbers_durations_and_named_things_are_not_dates(when, sentence):
    assert when(sentence, "2024-03-15") == ("2024-03-15", "article")


def test_the_main_clause_date_wins_and_a_trigger_word_picks_its_own(when):
    sentence = "Chile said on Friday that Peru attacked its border post on Wednesday."
    assert when(sentence, "2024-03-15") == ("2024-03-15", "day")
    assert when(sentence, "2024-03-15", anchor="attacked") == ("2024-03-13", "day")
    assert when("On Tuesday Chile said it would honour the 2019 accord with Peru.", "2024-03-15") == ("2024-03-12", "day")


def test_without_an_article_date_only_absolute_dates_resolve(when):
    assert when("Chile condemned Peru yesterday.", None) == (None, None)
    assert when("Chile condemned Peru on Monday.", None) == (None, None)
    assert when("Chile condemned Peru on 3 March.", None) == (None, None)  # no year to place it in
    assert when("Chile condemned Peru.", None) == (None, None)
    assert when("Chile condemned Peru on 3 March 2021.", None) == ("2021-03-03", "day")
    assert when("Chile condemned Peru in 2021.", "not a date") == ("2021-01-01", "year")


def test_a_day_that_does_not_exist_is_no_date(when):
    assert when("Chile condemned Peru on 31 February 2024.", "2024-03-15") == ("2024-03-15", "article")
    assert when("Chile condemned Peru on 29 February 2023.", "2024-03-15") == ("2024-03-15", "article")


def test_article_dates_with_a_time_are_read_as_their_day(when):
    assert when("Chile condemned Peru yesterday.", "2024-03-15T23:10:00Z") == ("2024-03-14", "day")


def test_sentence_dates_find_each_sentences_expressions_once(nlp, monkeypatch):
    import graphkit.eventdates.sentence as sentence_module

    calls = []
    real = sentence_module.event_expressions
    monkeypatch.setattr(sentence_module, "event_expressions", lambda sent: calls.append(sent.start) or real(sent))
    doc = nlp("Chile said on Friday that Peru attacked its post on Wednesday. Peru denied it.")
    dates = SentenceDates("2024-03-15")
    first, second = list(doc.sents)
    results = [dates.of(first), dates.of(first, doc[6]), dates.of(second), dates.of(first)]
    assert results == [("2024-03-15", "day"), ("2024-03-13", "day"), ("2024-03-15", "article"), ("2024-03-15", "day")]
    assert calls == [first.start, second.start]


def test_expressions_and_resolution_without_a_parse():
    text = "Between March and May 2024, and again from 2019 to 2021, but not by Theresa May."
    found = find_expressions(text)
    assert [(text[e.start:e.end], e.year, e.month) for e in found] == [("March and May 2024", 2024, 3),
                                                                       ("2019 to 2021", 2019, None)]
    assert [resolve(e, date(2024, 6, 1)) for e in found] == [(date(2024, 3, 1), "month"), (date(2019, 1, 1), "year")]
