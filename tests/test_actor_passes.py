"""Each actor-resolution pass alone, on fixed parses (tests/data/actor_parses.json) and a blank vocabulary.

The passes run in order (names -> nominals -> roles -> pronouns -> relatives -> speakers); each test
builds the table up to the pass it is about and checks what that pass alone returns.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import doc_from_spec, names_table

from graphkit.actors import resolve_actors
from graphkit.actors.affiliations import find_affiliations
from graphkit.actors.coref import resolve_definite_nominals, resolve_pronouns, resolve_relatives, resolve_speakers
from graphkit.actors.names import find_names

PARSES = json.loads((Path(__file__).parent / "data" / "actor_parses.json").read_text(encoding="utf-8"))


@pytest.fixture
def doc(blank_vocab):
    return lambda name: doc_from_spec(blank_vocab, PARSES[name])


def resolved(doc, found) -> dict[str, list[str]]:
    """{token text: [actor ids]} of a pass's result."""
    return {doc[i].text: [m.actor.id for m in mentions] for i, mentions in found.items()}


def test_names_pass_resolves_entities_surnames_and_metonyms(doc, gazetteer):
    d = doc("names")
    names = find_names(d, gazetteer)
    assert [(m.text, m.actor.id, m.how) for m in names.named] == [
        ("Russian", "country:RUS", "name"), ("Vladimir Putin", "person:vladimir-putin", "name"),
        ("Kim Jong Un", "person:kim-jong-un", "name"), ("Pyongyang", "country:PRK", "name"),
        ("Putin", "person:vladimir-putin", "surname"), ("Kremlin", "country:RUS", "name")]
    assert all(names.refs[i] == (m,) for m in names.named for i in range(m.start, m.end))


def test_nominals_pass_refers_the_group_back(doc, gazetteer):
    d = doc("nominal")
    assert resolved(d, resolve_definite_nominals(names_table(d, gazetteer))) == {"group": ["org:hamas"]}


def test_roles_pass_reads_an_apposition(doc, gazetteer):
    d = doc("apposition")
    table = names_table(d, gazetteer)
    affiliations = find_affiliations(table.extended(refs=resolve_definite_nominals(table)))
    assert [(a.person.actor.id, a.relation, a.group.actor.id, a.role, a.source) for a in affiliations] == [
        ("person:lloyd-austin", "MEMBER_OF", "country:USA", "defence secretary", "title")]


def test_pronouns_pass_finds_the_speaker_and_the_pair(doc, gazetteer):
    d = doc("pronoun")
    assert resolved(d, resolve_pronouns(names_table(d, gazetteer))) == {"he": ["person:viktor-orban"]}
    d = doc("pair")
    assert resolved(d, resolve_pronouns(names_table(d, gazetteer))) == {"countries": ["country:THA", "country:KHM"]}


def test_relatives_pass_reads_whose(doc, gazetteer):
    d = doc("relative")
    assert resolved(d, resolve_relatives(names_table(d, gazetteer))) == {"whose": ["person:viktor-orban"]}


def test_speakers_pass_reads_we_in_a_quote(doc, gazetteer):
    d = doc("speaker")
    assert resolved(d, resolve_speakers(names_table(d, gazetteer))) == {"We": ["country:POL"]}


def test_the_table_is_what_the_passes_built(doc, gazetteer):
    d = doc("apposition")
    table = resolve_actors(d, gazetteer)
    austin = table.named[0]
    assert table.home_of(austin.actor) == "country:USA"
    assert table.actor_id(austin.actor) == "person:lloyd-austin"  # known to the gazetteer: no suffix
    assert [m.actor.id for m in table.actors_of(d[0])] == ["person:lloyd-austin"]


def test_roles_pass_finds_a_title_the_parser_hung_on_the_first_name(doc, gazetteer):
    # "Prime -> Minister -> Narendra -> Modi": the title is not a child of the name's head
    d = doc("chained_title")
    affiliations = find_affiliations(names_table(d, gazetteer))
    assert [(a.person.actor.id, a.relation, a.group.actor.id, a.role, a.source) for a in affiliations] == [
        ("person:narendra-modi", "LEADER_OF", "country:IND", "prime minister", "known")]
