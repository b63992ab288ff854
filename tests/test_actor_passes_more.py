"""The passes that make more actors reachable for the relation model: acronyms, state organs, and an
agency that is not a news agency. Fixed parses of invented sentences (tests/data/actor_parses_more.json,
from tools/freeze_parse.py's spec_of; the acronym cases have NER's label removed, as NER leaves such
acronyms untagged) on a blank vocabulary.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import doc_from_spec, names_table

from graphkit.actors import resolve_actors
from graphkit.actors.acronyms import find_acronyms
from graphkit.actors.coref import resolve_definite_nominals
from graphkit.actors.halves import resolve_halves
from graphkit.actors.names import find_names
from graphkit.actors.organs import resolve_state_organs

PARSES = json.loads((Path(__file__).parent / "data" / "actor_parses_more.json").read_text(encoding="utf-8"))


@pytest.fixture
def doc(blank_vocab):
    return lambda name: doc_from_spec(blank_vocab, PARSES[name])


def resolved(doc, found) -> list[tuple[str, list[str]]]:
    """[(token text, [actor ids])] of a pass's result, in text order."""
    return [(doc[i].text, [m.actor.id for m in found[i]]) for i in sorted(found)]


def organs_of(doc, gazetteer):
    table = names_table(doc, gazetteer)
    table = table.extended(refs=find_acronyms(table), named=True)
    table = table.extended(refs=resolve_definite_nominals(table))
    return resolve_state_organs(table)


def test_an_acronym_the_article_repeats_is_an_organisation(doc, gazetteer):
    d = doc("acronym-twice")
    found = find_acronyms(names_table(d, gazetteer))
    assert resolved(d, found) == [("XLA", ["org:xla"]), ("XLA", ["org:xla"])]
    assert all(m.how == "name" for ms in found.values() for m in ms)


def test_an_acronym_used_once_or_as_a_speaker_label_is_not(doc, gazetteer):
    assert find_acronyms(names_table(doc("acronym-once"), gazetteer)) == {}
    assert find_acronyms(names_table(doc("acronym-speaker"), gazetteer)) == {}


def test_acronyms_become_antecedents_of_later_pronouns(doc, gazetteer):
    d = doc("acronym-twice")
    table = resolve_actors(d, gazetteer)
    its = next(t for t in d if t.lower_ == "its")
    assert [m.actor.id for m in table.refs(its)] == ["org:xla"]


def test_an_agency_of_states_is_an_actor_and_a_news_agency_is_not(doc, gazetteer):
    iaea = doc("agency-institution")
    names = find_names(iaea, gazetteer)
    assert "org:iaea" in {m.actor.id for m in names.named}
    media = doc("agency-media")
    assert all("anadolu" not in m.actor.id for m in find_names(media, gazetteer).named)


def test_the_government_is_the_owner_of_the_government_named_before(doc, gazetteer):
    d = doc("organ-owner")
    found = organs_of(d, gazetteer)
    assert resolved(d, found) == [("government", ["country:CHL"])]
    assert next(iter(found.values()))[0].start > 5  # the bare one, not "Chile's government"


def test_the_army_is_the_state_whose_troops_were_last_mentioned(doc, gazetteer):
    d = doc("organ-forces")
    assert resolved(d, organs_of(d, gazetteer)) == [("army", ["country:ISR"])]


def test_an_owned_army_or_an_army_of_nobody_named_is_left_alone(doc, gazetteer):
    assert organs_of(doc("organ-owned"), gazetteer) == {}  # "Egypt's army": the rules' phrase reading
    assert organs_of(doc("organ-none"), gazetteer) == {}


@pytest.mark.parametrize("name, pair", [
    ("sides-groups", ["org:hamas", "org:fatah"]),  # two armed groups, not the last two states
    ("sides-mixed", ["country:ETH", "org:tplf"]),  # a state and a movement named together
    ("sides-states", ["country:USA", "country:JPN"]),  # the leaders' states, as for "the two countries"
])
def test_the_two_sides_are_the_parties_last_named_together(doc, gazetteer, name, pair):
    d = doc(name)
    table = resolve_actors(d, gazetteer)
    sides = next(t for t in d if t.lower_ == "sides")
    assert sorted(m.actor.id for m in table.refs(sides)) == sorted(pair)
    assert {m.how for m in table.refs(sides)} == {"pair"}


def test_the_north_and_the_south_are_the_halves_the_article_names(doc, gazetteer):
    d = doc("halves")
    found = resolve_halves(names_table(d, gazetteer))
    assert resolved(d, found) == [("North", ["country:PRK"]), ("South", ["country:KOR"])]  # not "North Atlantic"
    assert resolve_halves(names_table(doc("halves-none"), gazetteer)) == {}  # no divided country named
