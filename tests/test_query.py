"""Query answers on a small hand-made graph, at actor and country level."""
from __future__ import annotations

import json

import pytest

from graphkit.errors import UnknownActorError
from graphkit.graph import build_graph, merge, refresh_edge
from graphkit.query import (Link, actor_profile, country_view, opposers, path, relations_between, resolve_actor,
                            supporters)

from triple_factory import triple, world


@pytest.fixture
def G():
    return build_graph(world())


def pairs(links: list[Link]) -> list[tuple[str, str, str, int]]:
    return [(lk.subject_id, lk.relation, lk.object_id, lk.count) for lk in links]


def test_resolve_by_id_name_and_alias_case_insensitive(G):
    assert resolve_actor(G, "country:PRK") == "country:PRK"
    assert resolve_actor(G, "north korea") == "country:PRK"
    assert resolve_actor(G, "PYONGYANG") == "country:PRK"
    assert resolve_actor(G, "Washington") == "country:USA"


def test_unknown_actor_suggests_close_names_and_aliases(G):
    with pytest.raises(UnknownActorError) as info:
        resolve_actor(G, "Rusia")
    assert info.value.suggestions[0] == "Russia"
    with pytest.raises(UnknownActorError) as info:
        resolve_actor(G, "Pyongyan")
    assert "Pyongyang" in info.value.suggestions
    with pytest.raises(UnknownActorError) as info:
        resolve_actor(G, "Putin")  # not an alias here, but a word of a name
    assert info.value.suggestions == ["Vladimir Putin"]
    with pytest.raises(UnknownActorError) as info:
        resolve_actor(G, "Zzyzx")
    assert info.value.suggestions == [] and "unknown actor 'Zzyzx'" in str(info.value)


def test_shared_names_are_not_guessed():
    G = build_graph([triple("person:john-smith@GBR", "SUPPORTS", "country:UKR", doc="a"),
                     triple("person:john-smith@USA", "OPPOSES", "country:RUS", doc="b")])
    with pytest.raises(UnknownActorError) as info:
        resolve_actor(G, "John Smith")
    assert info.value.suggestions == ["person:john-smith@GBR", "person:john-smith@USA"]


def test_supporters_at_actor_level(G):
    assert pairs(supporters(G, "Russia")) == [
        ("country:PRK", "SUPPLIES", "country:RUS", 2),
        ("country:CHN", "COOPERATES_WITH", "country:RUS", 1),
    ]
    # symmetric edges count from either end, and are shown with the counterpart as subject
    assert pairs(supporters(G, "China")) == [("country:RUS", "COOPERATES_WITH", "country:CHN", 1)]
    assert pairs(supporters(G, "North Korea")) == [("person:vladimir-putin", "SUPPORTS", "country:PRK", 1)]


def test_opposers_sorted_by_count_then_name(G):
    assert pairs(opposers(G, "Russia")) == [
        ("country:USA", "OPPOSES", "country:RUS", 1),
        ("country:USA", "SANCTIONS", "country:RUS", 1),
    ]
    assert pairs(opposers(G, "Ukraine")) == [("country:RUS", "ATTACKS", "country:UKR", 1)]
    assert opposers(G, "China") == []


def test_country_level_rolls_people_up(G):
    # Putin's praise becomes Russia's; Lavrov's criticism becomes Russia's.
    assert pairs(supporters(G, "North Korea", level="country")) == [("country:RUS", "SUPPORTS", "country:PRK", 1)]
    assert pairs(opposers(G, "United States", level="country")) == [("country:RUS", "OPPOSES", "country:USA", 1)]
    # a person named at the country level stands for their country
    assert pairs(opposers(G, "Vladimir Putin", level="country")) == pairs(opposers(G, "Russia", level="country"))


def test_country_view_structure(G):
    V = country_view(G)
    assert "person:vladimir-putin" not in V and "person:sergei-lavrov" not in V
    assert V.nodes["country:RUS"]["members"] == ["person:sergei-lavrov", "person:vladimir-putin"]
    assert not any(u == v for u, v in V.edges())  # self-loops (LEADER_OF Russia) dropped
    assert V.nodes["country:RUS"]["mentions"] > G.nodes["country:RUS"]["mentions"]
    # the same sentence from a president and his country counts once for the country
    G2 = build_graph([
        triple("person:vladimir-putin", "LEADER_OF", "country:RUS", start=0),
        triple("person:vladimir-putin", "SUPPORTS", "country:PRK", start=100, sentence="Russia and Putin back it."),
        triple("country:RUS", "SUPPORTS", "country:PRK", start=100, sentence="Russia and Putin back it."),
    ])
    assert country_view(G2).edges["country:RUS", "country:PRK", "SUPPORTS"]["count"] == 1
    assert country_view(country_view(G2)).edges["country:RUS", "country:PRK", "SUPPORTS"]["count"] == 1


def test_relations_between_both_directions(G):
    links = relations_between(G, "United States", "Russia")
    assert pairs(links) == [("country:USA", "OPPOSES", "country:RUS", 1),
                            ("country:USA", "SANCTIONS", "country:RUS", 1)]
    assert pairs(relations_between(G, "Russia", "China")) == [
        ("country:CHN", "COOPERATES_WITH", "country:RUS", 1), ("country:CHN", "MEETS", "country:RUS", 1)]
    assert relations_between(G, "North Korea", "United States") == []


def test_path_ignores_direction_one_link_per_hop(G):
    hops = path(G, "Kim Jong Un", "Ukraine")
    assert [(h.subject_id, h.object_id) for h in hops] == [
        ("person:kim-jong-un", "country:PRK"), ("country:PRK", "country:RUS"), ("country:RUS", "country:UKR")]
    assert hops[1].relation == "SUPPLIES"  # the edge with most evidence between the two
    assert path(G, "Russia", "Russia") == []
    isolated = build_graph(world() + [triple("person:john-smith@GBR", "MEETS", "person:john-smith@USA", doc="z")])
    assert path(isolated, "person:john-smith@GBR", "Russia") == []


def test_actor_profile(G):
    p = actor_profile(G, "Vladimir Putin")
    assert (p["id"], p["type"], p["country"], p["country_name"], p["role"]) == (
        "person:vladimir-putin", "PERSON", "country:RUS", "Russia", "President")
    assert {r["relation"] for r in p["relations"]} == {"LEADER_OF", "SUPPORTS"}
    russia = actor_profile(G, "Russia")
    assert [m["name"] for m in russia["members"]] == ["Sergei Lavrov", "Vladimir Putin"]
    assert russia["supporters"] == 2 and russia["opposers"] == 1
    json.dumps(russia)  # JSON-ready
    assert actor_profile(G, "Russia", level="country")["opposers"] == 1


def test_link_to_dict_is_json_ready(G):
    d = supporters(G, "Russia")[0].to_dict()
    assert json.loads(json.dumps(d))["evidence"][0]["sentence"] == "Pyongyang shipped shells to Russia."
    assert d["articles"] == ["d1", "d2"]


def test_bad_level_is_rejected(G):
    with pytest.raises(ValueError, match="level"):
        supporters(G, "Russia", level="planet")


def test_country_view_is_reused_until_the_graph_changes():
    G = build_graph(world())
    first = country_view(G)
    assert country_view(G) is first
    merge(G, [triple("country:USA", "SANCTIONS", "country:PRK", doc="late", sentence="Washington sanctioned Pyongyang.")])
    second = country_view(G)
    assert second is not first
    assert second.has_edge("country:USA", "country:PRK", key="SANCTIONS")


@pytest.mark.parametrize(("asked", "expected"), [
    ("DPRK", "country:PRK"), ("USA", "country:USA"), ("usa", "country:USA"), ("Russian Federation", "country:RUS"),
    ("kim jong un", "person:kim-jong-un"), ("KIM JONG-UN", "person:kim-jong-un"),
])
def test_names_resolve_through_the_gazetteer_and_without_case_accent_or_hyphen(asked, expected):
    from graphkit.graph import build_graph
    from triple_factory import triple

    G = build_graph([triple("country:PRK", "SUPPLIES", "country:RUS"), triple("country:USA", "SANCTIONS", "country:RUS")])
    G.add_node("person:kim-jong-un", name="Kim Jong-un", type="PERSON", aliases=["Kim Jong-un"], country="country:PRK",
               mentions=1, articles=["d1"])
    assert resolve_actor(G, asked) == expected


def test_links_carry_confidence_time_and_each_sentences_source():
    G = build_graph(world(), articles=[{"doc_id": "d1", "hash": "h1", "title": "Shells", "date": "2024-05-01",
                                        "url": "https://news.example/d1"}])
    G.edges["country:PRK", "country:RUS", "SUPPLIES"]["evidence"][1].update(
        url="https://wire.example/d2", title="Wire", event_date="2024-05-30")
    refresh_edge(G.edges["country:PRK", "country:RUS", "SUPPLIES"])  # as a newer build would have it
    before = json.dumps(G.edges["country:PRK", "country:RUS", "SUPPLIES"]["evidence"], sort_keys=True)
    [link] = [lk for lk in supporters(G, "Russia") if lk.relation == "SUPPLIES"]
    edge = G.edges["country:PRK", "country:RUS", "SUPPLIES"]
    assert (link.confidence, link.first_seen, link.last_seen) == (edge["confidence"], "2024-05-01", "2024-05-30")
    first, second = link.evidence
    assert (first["url"], first["title"], first["event_date"]) == ("https://news.example/d1", "Shells", None)
    assert (second["url"], second["title"], second["event_date"]) == ("https://wire.example/d2", "Wire", "2024-05-30")
    assert json.dumps(edge["evidence"], sort_keys=True) == before  # the graph is untouched
    assert json.loads(json.dumps(link.to_dict()))["confidence"] == edge["confidence"]


def test_the_country_view_follows_evidence_changed_in_place_and_refreshed():
    """Editing evidence and calling graph.refresh is a change: the cached country view must not go stale."""
    from graphkit.graph import build_graph, refresh
    from triple_factory import triple as make

    G = build_graph([make("country:PRK", "SUPPLIES", "country:RUS"),
                     make("country:PRK", "SUPPLIES", "country:RUS", doc="d2")])
    assert country_view(G).edges["country:PRK", "country:RUS", "SUPPLIES"]["count"] == 2
    G.edges["country:PRK", "country:RUS", "SUPPLIES"]["evidence"].pop()
    refresh(G, [("country:PRK", "country:RUS", "SUPPLIES")])
    assert country_view(G).edges["country:PRK", "country:RUS", "SUPPLIES"]["count"] == 1
