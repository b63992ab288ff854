"""Signed graph, blocs and balance on small graphs whose answers are known by hand."""
from __future__ import annotations

import json
import random

import networkx as nx
import pytest

from graph_factory import actor, new_graph, relate, two_camps
from graphkit import analysis
from graphkit.errors import UnknownActorError

A, B, C, D, E, F = (f"country:{c * 3}" for c in "ABCDEF")
ADA = "person:ada-lord"


def _signed(edges: list[tuple[str, str, float]]) -> nx.Graph:
    """A signed graph straight from (a, b, weight) rows, for the partition tests."""
    S = nx.Graph()
    for a, b, w in edges:
        S.add_node(a, name=a)
        S.add_node(b, name=b)
        S.add_edge(a, b, weight=float(w), relations=[])
    return S


# --- signed_graph ---------------------------------------------------------------


def test_signed_weights_sum_polarity_times_count_over_both_directions():
    G = two_camps()
    relate(G, B, "OPPOSES", A)  # B->A against A->B SUPPORTS x2
    S = analysis.signed_graph(G)
    assert S[A][B]["weight"] == 2 - 1
    assert S[A][B]["positive"] == 2 and S[A][B]["negative"] == 1
    assert S[A][D]["weight"] == -2
    assert S[E][F]["weight"] == 3
    assert {r["relation"] for r in S[A][B]["relations"]} == {"SUPPORTS", "OPPOSES"}
    assert S[A][B]["relations"][0]["evidence"][0]["sentence"] == "Avalon supports Borduria."


def test_neutral_and_structural_relations_add_nothing():
    S = analysis.signed_graph(two_camps())
    assert S[C][F]["weight"] == 0 and S[C][F]["count"] == 4  # MEETS only: drawn, not weighed
    assert not S.has_edge(ADA, A)  # LEADER_OF is structural
    assert S[ADA][F]["weight"] == -1


def test_country_level_rolls_people_up_and_drops_self_loops():
    G = two_camps()
    relate(G, ADA, "SUPPORTS", A)  # becomes a self-loop at country level
    S = analysis.signed_graph(G, level="country")
    assert ADA not in S
    assert S[A][F]["weight"] == -1  # Ada Lord's OPPOSES, rolled up to Avalon
    assert not S.has_edge(A, A)
    assert S.nodes[A]["mentions"] == 3 + 2
    with pytest.raises(ValueError):
        analysis.signed_graph(G, level="planet")


def test_country_level_counts_a_sentence_once_for_the_country():
    G = two_camps()
    text = "Avalon and its president Ada Lord condemned Freedonia."
    relate(G, A, "OPPOSES", F, sentence=text)
    G.edges[ADA, F, "OPPOSES"]["evidence"] = [dict(G.edges[A, F, "OPPOSES"]["evidence"][0])]
    assert analysis.signed_graph(G)[A][F]["weight"] == -1
    assert analysis.signed_graph(G, level="country")[A][F]["weight"] == -1


def test_half_life_decay_by_evidence_date():
    G = new_graph()
    actor(G, "country:AAA", "Avalon")
    actor(G, "country:BBB", "Borduria")
    relate(G, "country:AAA", "SUPPORTS", "country:BBB", count=3,
           dates=["2024-03-31", "2024-03-01", "2024-01-31"])
    relate(G, "country:BBB", "ATTACKS", "country:AAA", count=1, dates=[None])
    S = analysis.signed_graph(G, half_life_days=30, now="2024-03-31")
    # 1 + 0.5 + 0.25 (30 and 60 days old) - 1 (undated keeps full weight)
    assert S["country:AAA"]["country:BBB"]["weight"] == pytest.approx(0.75)
    # Default "now" is the latest date in the graph, not today: same answer.
    assert analysis.signed_graph(G, half_life_days=30)["country:AAA"]["country:BBB"]["weight"] == pytest.approx(0.75)
    assert analysis.signed_graph(G)["country:AAA"]["country:BBB"]["weight"] == 2
    with pytest.raises(ValueError):
        analysis.signed_graph(G, half_life_days=0)


# --- blocs ----------------------------------------------------------------------


def test_blocs_find_the_two_camps():
    S = analysis.signed_graph(two_camps())
    found = analysis.blocs(S, seed=0)
    assert [set(b.members) for b in found] == [{A, B, C}, {D, E, F}, {ADA}]
    west = found[0]
    assert west.id == 1 and west.names == ("Avalon", "Borduria", "Carpania")
    assert {(t.a, t.b) for t in west.internal_positive} == {(A, B), (B, C), (A, C)}
    assert {(t.a, t.b) for t in west.external_negative} == {(A, D), (B, E)}
    assert analysis.frustration(S, found) == (0.0, [])


@pytest.mark.parametrize("seed", [0, 1, 7, 42])
def test_blocs_do_not_depend_on_insertion_order(seed):
    rows = [(A, B, 2), (B, C, 1), (A, C, 1), (D, E, 1), (E, F, 3), (D, F, 1), (A, D, -2), (B, E, -1)]
    expected = [{A, B, C}, {D, E, F}]
    shuffled = rows[:]
    random.Random(seed).shuffle(shuffled)
    assert [set(b) for b in analysis.blocs(_signed(shuffled), seed=seed)] == expected


def test_blocs_keep_a_frustrated_triangle_together_when_cooperation_outweighs():
    S = _signed([("a", "b", 3), ("b", "c", 3), ("a", "c", -1)])
    assert [set(b) for b in analysis.blocs(S)] == [{"a", "b", "c"}]
    index, ties = analysis.frustration(S, [{"a", "b", "c"}])
    assert index == pytest.approx(1 / 7)
    assert [(t.a, t.b, t.weight) for t in ties] == [("a", "c", -1.0)]


def test_blocs_split_three_mutual_enemies():
    S = _signed([("a", "b", -1), ("b", "c", -1), ("a", "c", -1)])
    assert sorted(tuple(b) for b in analysis.blocs(S)) == [("a",), ("b",), ("c",)]


def test_blocs_need_a_merge_step_beyond_single_moves():
    # Each of x1, x2 alone is pulled equally to both sides; only merging the
    # pair (tied by +5) into the left camp removes all disagreement.
    S = _signed([("l", "x1", 1), ("l", "x2", 1), ("x1", "x2", 5), ("r", "x1", 1), ("r", "x2", 1),
                 ("l", "r", -3)])
    found = analysis.blocs(S, seed=3)
    cost = analysis.frustration(S, found)[0] * (1 + 1 + 5 + 1 + 1 + 3)
    assert cost == pytest.approx(2)  # the optimum: only the two ties to the other camp disagree
    assert {"x1", "x2"} <= set(found[0].members)


def test_blocs_on_empty_graph():
    assert analysis.blocs(nx.Graph()) == []


# --- balance --------------------------------------------------------------------


def test_unbalanced_triads_with_evidence():
    G = two_camps()
    relate(G, B, "OPPOSES", C, count=3, sentence="Borduria condemned Carpania for the border closure.")
    S = analysis.signed_graph(G)
    triads = analysis.unbalanced_triads(S)
    assert [t.nodes for t in triads] == [(A, B, C)]
    (triad,) = triads
    assert triad.negatives == 1 and not triad.balanced
    assert triad.pattern == "Avalon+Borduria, Borduria-Carpania, Avalon+Carpania"
    assert "Borduria condemned Carpania for the border closure." in triad.sentences
    # B-C nets -2 (3 x OPPOSES, 1 x SUPPLIES): the cheapest split drops Carpania
    # from the camp and frustrates only the lighter A+C tie.
    found = analysis.blocs(S)
    assert {C} in [set(b) for b in found]
    index, ties = analysis.frustration(S, found)
    assert [(t.a, t.b) for t in ties] == [(A, C)] and 0 < index < 1


def test_balanced_graph_has_no_unbalanced_triads():
    assert analysis.unbalanced_triads(analysis.signed_graph(two_camps())) == []
    S = _signed([("a", "b", -1), ("b", "c", -1), ("a", "c", 1)])  # enemy of my enemy
    assert analysis.unbalanced_triads(S) == []
    S = _signed([("a", "b", -1), ("b", "c", -1), ("a", "c", -1)])
    assert [t.negatives for t in analysis.unbalanced_triads(S)] == [3]


def test_frustration_counts_missing_nodes_as_singletons():
    S = _signed([("a", "b", 2), ("b", "c", -1)])
    index, ties = analysis.frustration(S, [["b", "c"]])
    assert {(t.a, t.b) for t in ties} == {("a", "b"), ("b", "c")}
    assert index == 1.0


# --- indirect alignment -----------------------------------------------------------


def test_indirect_alignment_signs_and_explanations():
    S = _signed([("a", "b", 2), ("b", "c", -1), ("c", "d", -4), ("a", "x", 1), ("x", "d", 1)])
    chains = analysis.indirect_alignment(S, "a", "d", max_len=3)
    assert [c.path for c in chains] == [("a", "x", "d"), ("a", "b", "c", "d")]
    assert [c.sign for c in chains] == [1, 1]  # ally of ally; ally of enemy's enemy
    assert chains[1].strength == 1
    assert chains[1].explanation == "a is ally of b; b is enemy of c; c is enemy of d"
    to_c = analysis.indirect_alignment(S, "a", "c")
    assert [(c.path, c.sign) for c in to_c] == [(("a", "b", "c"), -1), (("a", "x", "d", "c"), -1)]
    assert analysis.indirect_alignment(S, "a", "d", max_len=2)[0].path == ("a", "x", "d")
    with pytest.raises(UnknownActorError):
        analysis.indirect_alignment(S, "a", "zz")


def test_records_serialise_to_plain_dicts():
    import json

    S = analysis.signed_graph(two_camps())
    payload = [b.to_dict() for b in analysis.blocs(S)]
    assert json.loads(json.dumps(payload))[0]["names"] == ["Avalon", "Borduria", "Carpania"]


# --- CLI --------------------------------------------------------------------------


@pytest.fixture
def graph_file(tmp_path):
    from graphkit.graph import save_graph

    G = two_camps()
    relate(G, B, "OPPOSES", C, count=3, sentence="Borduria condemned Carpania for the border closure.")
    path = tmp_path / "graph.json"
    save_graph(G, path)
    return path


def _cli(*args: str):
    from typer.testing import CliRunner

    from graphkit.cli import app

    return CliRunner().invoke(app, list(args))


def test_cli_blocs_table_and_json(graph_file):
    result = _cli("query", "blocs", "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    assert "Avalon, Borduria" in result.output and "Dorvia, Elbonia, Freedonia" in result.output
    assert "Frustration 0." in result.output
    result = _cli("query", "blocs", "--graph", str(graph_file), "--format", "json", "--level", "country")
    data = json.loads(result.output)
    assert [b["names"] for b in data["blocs"]] == [["Dorvia", "Elbonia", "Freedonia"], ["Avalon", "Borduria"]]
    assert data["level"] == "country" and 0 < data["frustration"] < 1


def test_cli_tensions(graph_file):
    result = _cli("query", "tensions", "--graph", str(graph_file))
    assert result.exit_code == 0, result.output
    assert "Borduria-Carpania" in result.output and "condemned" in result.output
    data = json.loads(_cli("query", "tensions", "-g", str(graph_file), "-f", "json").output)
    assert [t["nodes"] for t in data] == [[A, B, C]]
    sentences = [ev["sentence"] for tie in data[0]["ties"] for rel in tie["relations"] for ev in rel["evidence"]]
    assert "Borduria condemned Carpania for the border closure." in sentences


def test_cli_clean_errors(tmp_path):
    result = _cli("query", "blocs", "--graph", str(tmp_path / "missing.json"))
    assert result.exit_code == 1 and "graph file not found" in result.output
    assert "Traceback" not in result.output
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = _cli("query", "tensions", "--graph", str(bad))
    assert result.exit_code == 1 and "not a graphkit graph" in result.output
