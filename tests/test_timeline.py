"""Periods and the graph of one period: counts recomputed from the evidence dated inside it."""
from __future__ import annotations

from datetime import date

import pytest

from graphkit.changes import diff_periods
from graphkit.errors import GraphkitError, UnknownActorError
from graphkit.graph import build_graph
from graphkit.query import actor_profile, opposers, path, relations_between, supporters
from graphkit.timeline import above_confidence, filter_graph, parse_period, slice_graph
from triple_factory import triple


def _triple(subject, relation, obj, day):
    return triple(subject, relation, obj, doc=f"d{day}", date=day, confidence=0.7)


@pytest.mark.parametrize("text, start, end", [
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2024Q2", date(2024, 4, 1), date(2024, 6, 30)),
    ("2023h2", date(2023, 7, 1), date(2023, 12, 31)),
    ("2024-03-12", date(2024, 3, 12), date(2024, 3, 12)),
])
def test_periods_name_their_days(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["24", "2024-13", "2024Q5", "2024-02-30", "March", ""])
def test_bad_periods_are_refused_with_a_reason(text):
    with pytest.raises(ValueError, match="not a date or period"):
        parse_period(text)


def test_a_bad_period_is_a_graphkit_error_to_library_callers():
    """The library's errors are GraphkitErrors with one-line messages (docs/library.md); a period is no exception."""
    G = _graph()
    with pytest.raises(GraphkitError, match="not a date or period: '2024-13'"):
        supporters(G, "Ukraine", since="2024-13")
    with pytest.raises(GraphkitError, match="empty range"):
        diff_periods(G, "2025..2023", "2024")


def _graph():
    return build_graph([
        _triple("country:USA", "SUPPORTS", "country:UKR", "2023-03-01"),
        _triple("country:USA", "SUPPORTS", "country:UKR", "2024-05-01"),
        _triple("country:USA", "OPPOSES", "country:UKR", "2024-06-01"),
        _triple("country:RUS", "ATTACKS", "country:CHN", "2025-01-01"),
    ])


def test_a_slice_keeps_the_evidence_of_its_period_and_recounts():
    G = _graph()
    S = slice_graph(G, "2024", "2024")
    assert {(u, v, k) for u, v, k in S.edges(keys=True)} == {("country:USA", "country:UKR", "SUPPORTS"),
                                                            ("country:USA", "country:UKR", "OPPOSES")}
    edge = S.edges["country:USA", "country:UKR", "SUPPORTS"]
    assert (edge["count"], edge["first_seen"], edge["last_seen"]) == (1, "2024-05-01", "2024-05-01")
    assert "country:RUS" not in S
    assert S.nodes["country:USA"]["mentions"] == 2
    assert G.edges["country:USA", "country:UKR", "SUPPORTS"]["count"] == 2  # the whole graph is untouched


def test_open_ended_slices_and_the_cache():
    G = _graph()
    assert set(slice_graph(G, since="2024-06").edges(keys=True)) == {
        ("country:USA", "country:UKR", "OPPOSES"), ("country:RUS", "country:CHN", "ATTACKS")}
    assert slice_graph(G, until=date(2023, 12, 31)).number_of_edges() == 1
    assert slice_graph(G, "2024") is slice_graph(G, "2024")
    assert slice_graph(G) is G


def test_minimum_confidence_drops_weak_relations():
    G = _graph()
    strong = above_confidence(G, 0.8)  # two pieces of evidence at 0.7 make 0.91; one stays 0.7
    assert list(strong.edges(keys=True)) == [("country:USA", "country:UKR", "SUPPORTS")]


def test_filter_graph_takes_the_period_before_the_confidence():
    G = _graph()
    assert G.edges["country:USA", "country:UKR", "SUPPORTS"]["confidence"] >= 0.9  # two sentences, two years
    assert filter_graph(G) is G
    assert filter_graph(G, min_confidence=0.8).has_edge("country:USA", "country:UKR", "SUPPORTS")
    # in 2024 alone the support rests on one sentence at 0.7: not sure enough
    sliced = filter_graph(G, since="2024", until="2024", min_confidence=0.8)
    assert not sliced.has_edge("country:USA", "country:UKR", "SUPPORTS")
    assert set(filter_graph(G, since="2024", min_confidence=0.5).edges(keys=True)) == set(
        slice_graph(G, since="2024").edges(keys=True))


def _dated_graph():
    """People and countries, evidence spread over three years, some edges partly inside a period."""
    rows = [("person:vladimir-putin", "LEADER_OF", "country:RUS", "2022-01-10"),
            ("person:kim-jong-un", "LEADER_OF", "country:PRK", "2022-02-01"),
            ("country:PRK", "SUPPLIES", "country:RUS", "2023-03-01"),
            ("country:PRK", "SUPPLIES", "country:RUS", "2024-06-01"),
            ("person:kim-jong-un", "SUPPORTS", "person:vladimir-putin", "2024-07-01"),
            ("country:CHN", "COOPERATES_WITH", "country:RUS", "2023-05-05"),
            ("country:USA", "SANCTIONS", "country:RUS", "2022-04-01"),
            ("country:USA", "SANCTIONS", "country:RUS", "2024-04-01"),
            ("country:UKR", "OPPOSES", "person:vladimir-putin", "2023-09-09")]
    return build_graph([triple(s, r, o, doc=f"d{i}", date=day) for i, (s, r, o, day) in enumerate(rows)])


@pytest.mark.parametrize("since, until", [("2023", "2023"), ("2024Q2", None), (None, "2023-06"), ("2022", "2024")])
@pytest.mark.parametrize("level", ["actor", "country"])
def test_period_questions_answer_as_the_slice_does(since, until, level):
    """supporters(G, since=…) reads only the actor's edges; it must agree with asking the slice."""
    G = _dated_graph()
    for ask, actor in [(supporters, "Russia"), (opposers, "Russia"), (supporters, "Vladimir Putin")]:
        try:
            expected = ask(slice_graph(G, since, until), actor, level=level)
        except UnknownActorError:
            expected = []
        assert ask(G, actor, level=level, since=since, until=until) == expected, (ask.__name__, actor)
    assert relations_between(G, "North Korea", "Russia", since=since, until=until) == (
        relations_between(slice_graph(G, since, until), "North Korea", "Russia")
        if "country:PRK" in slice_graph(G, since, until) else [])


def test_paths_and_profiles_take_a_period_too():
    G = _dated_graph()
    whole = actor_profile(G, "Russia")
    year = actor_profile(G, "Russia", since="2023", until="2023")
    assert year == actor_profile(slice_graph(G, "2023", "2023"), "Russia") and year["relations"] != whole["relations"]
    assert path(G, "China", "United States", since="2024") == []  # China's only tie, in 2023, is outside
    assert path(G, "China", "United States") != []
