"""Aliases come only from mentions that name the actor, never from a noun standing for it."""
from __future__ import annotations

import pytest

import graphkit
from graphkit.graph import build_graph
from graphkit.types import Article
from triple_factory import triple

TEXT = ("Russia and China held joint naval exercises in the Sea of Japan on Monday. "
        "Warships and bombers from both countries took part in the drills. "
        "Moscow said the manoeuvres were routine, and Beijing agreed.")


@pytest.mark.slow
def test_a_noun_standing_for_its_owners_is_not_their_alias():
    G = build_graph(graphkit.extract([Article(doc_id="drills", text=TEXT)]))
    aliases = {node: set(G.nodes[node]["aliases"]) for node in ("country:RUS", "country:CHN") if node in G}
    assert aliases, "the exercise should link Russia and China"
    for names in aliases.values():
        assert not {"Warships", "bombers", "Warships and bombers"} & names
    assert "Russia" in aliases["country:RUS"]


def test_how_a_mention_was_resolved_decides_and_older_files_fall_back_to_the_text():
    named = triple("country:RUS", "SUPPORTS", "country:PRK", subject_text="Moscow", subject_how="name",
                   object_how="name", object_text="Pyongyang")
    agent = triple("country:RUS", "SUPPORTS", "country:PRK", start=10, subject_text="Officials",
                   subject_how="agent", object_how="name", object_text="Pyongyang")
    old = triple("country:RUS", "SUPPORTS", "country:PRK", doc="d2", subject_text="Kremlin", object_text="they")
    G = build_graph([named, agent, old])
    assert G.nodes["country:RUS"]["aliases"] == ["Kremlin", "Moscow"]
    assert G.nodes["country:PRK"]["aliases"] == ["Pyongyang"]
