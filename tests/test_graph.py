"""The graph model: building, counts, symmetric storage, roll-up attributes, idempotent merges, files."""
from __future__ import annotations

import json
from dataclasses import replace

import networkx as nx
import pytest

from graphkit.errors import GraphFileError
from graphkit.graph import build_graph, load_graph, merge, needs_update, save_graph
from graphkit.types import Article, Triple

from triple_factory import triple, world


def data(G: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(G, edges="edges")


def test_edge_attributes_follow_the_model():
    G = build_graph(world(), model="test-model")
    e = G.edges["country:PRK", "country:RUS", "SUPPLIES"]
    assert e["relation"] == "SUPPLIES" and e["polarity"] == 1
    assert e["count"] == 2 and e["articles"] == ["d1", "d2"]
    assert (e["first_seen"], e["last_seen"]) == ("2024-05-01", "2024-06-02")
    assert e["confidence"] == pytest.approx(1 - 0.2 * 0.5)
    first = e["evidence"][0]
    assert set(first) == {"doc_id", "sentence", "start", "end", "predicate", "rule", "confidence", "date",
                          "event_date", "date_precision", "attribution", "subject_text", "object_text",
                          "url", "title", "publication"}
    assert first["sentence"] == "Pyongyang shipped shells to Russia." and first["subject_text"] == "Pyongyang"
    assert G.graph["model"] == "test-model" and set(G.graph["articles"]) == {"d1", "d2", "d3", "d4"}
    assert G.edges["person:vladimir-putin", "country:RUS", "LEADER_OF"]["polarity"] is None


def test_a_known_actor_s_node_has_its_canonical_name_whatever_name_an_article_published():
    # the first article merged published another name for North Korea: the node keeps the gazetteer's one
    published = replace(triple("country:PRK", "SUPPLIES", "country:RUS", doc="d9", subject_text="DPRK"),
                        subject="Democratic People's Republic")
    G = build_graph([published, *world()])
    assert G.nodes["country:PRK"]["name"] == "North Korea"
    assert "DPRK" in G.nodes["country:PRK"]["aliases"]


def test_node_attributes_aliases_mentions_and_articles():
    G = build_graph(world())
    prk = G.nodes["country:PRK"]
    assert prk["name"] == "North Korea" and prk["type"] == "COUNTRY"
    assert prk["aliases"] == ["North Korea", "Pyongyang", "the North"]
    # two SUPPLIES evidence items, one SUPPORTS (object), one LEADER_OF (object)
    assert prk["mentions"] == 4 and prk["articles"] == ["d1", "d2"]
    assert prk["country"] is None and prk["role"] is None


def test_pronouns_are_not_aliases():
    G = build_graph([triple("person:vladimir-putin", "SUPPORTS", "country:PRK", subject_text="he")])
    assert G.nodes["person:vladimir-putin"]["aliases"] == []
    assert G.nodes["person:vladimir-putin"]["mentions"] == 1


def test_country_and_role_from_affiliation_edges():
    G = build_graph(world())
    assert G.nodes["person:vladimir-putin"]["country"] == "country:RUS"
    assert G.nodes["person:vladimir-putin"]["role"] == "President"
    assert G.nodes["person:sergei-lavrov"]["role"] == "Foreign Minister"
    # LEADER_OF wins over MEMBER_OF even with less evidence; an org object gives a role but no country.
    G = build_graph([
        triple("person:john-smith@GBR", "MEMBER_OF", "country:USA", start=0, predicate="envoy"),
        triple("person:john-smith@GBR", "MEMBER_OF", "country:USA", start=50, predicate="envoy"),
        triple("person:john-smith@GBR", "LEADER_OF", "country:UKR", start=100, predicate="adviser"),
        triple("person:kim-jong-un", "LEADER_OF", "org:nato", start=150, predicate="Secretary General"),
    ])
    assert G.nodes["person:john-smith@GBR"]["country"] == "country:UKR"
    assert G.nodes["person:john-smith@GBR"]["role"] == "adviser"
    assert G.nodes["person:kim-jong-un"]["country"] is None
    assert G.nodes["person:kim-jong-un"]["role"] == "Secretary General"


def test_symmetric_relations_are_stored_once_in_id_order():
    G = build_graph([
        triple("country:RUS", "COOPERATES_WITH", "country:CHN", start=0, subject_text="Moscow"),
        triple("country:CHN", "COOPERATES_WITH", "country:RUS", start=80),
    ])
    assert not G.has_edge("country:RUS", "country:CHN")
    e = G.edges["country:CHN", "country:RUS", "COOPERATES_WITH"]
    assert e["count"] == 2
    # the swapped triple keeps its surface forms with the right endpoint
    assert e["evidence"][0]["object_text"] == "Moscow" and e["evidence"][0]["subject_text"] == "China"


def test_count_is_distinct_evidence():
    same = triple("country:USA", "OPPOSES", "country:RUS", start=10)
    G = build_graph([same, same, triple("country:USA", "OPPOSES", "country:RUS", start=10, rule="other")])
    assert G.edges["country:USA", "country:RUS", "OPPOSES"]["count"] == 1
    G = build_graph([same, triple("country:USA", "OPPOSES", "country:RUS", start=99)])
    assert G.edges["country:USA", "country:RUS", "OPPOSES"]["count"] == 2


def test_flagged_negations_stay_out():
    t = triple("country:CHN", "SUPPLIES", "country:RUS")
    denied = Triple.from_dict({**t.to_dict(), "polarity": None})
    G = build_graph([denied])
    assert G.number_of_edges() == 0 and "d1" in G.graph["articles"]


def test_person_without_suffix_attaches_to_the_only_suffixed_node():
    G = build_graph([triple("person:john-smith@GBR", "SUPPORTS", "country:UKR", doc="a")])
    merge(G, [triple("person:john-smith", "OPPOSES", "country:RUS", doc="b")])
    assert "person:john-smith" not in G
    assert G.has_edge("person:john-smith@GBR", "country:RUS", "OPPOSES")


def test_two_people_sharing_a_name_are_never_merged():
    G = build_graph([
        triple("person:john-smith@GBR", "SUPPORTS", "country:UKR", doc="a"),
        triple("person:john-smith@USA", "OPPOSES", "country:RUS", doc="b"),
        triple("person:john-smith", "MEETS", "country:CHN", doc="c"),
    ])
    assert {"person:john-smith@GBR", "person:john-smith@USA", "person:john-smith"} <= set(G)
    assert G.nodes["person:john-smith@GBR"]["articles"] == ["a"]
    assert G.nodes["person:john-smith@USA"]["articles"] == ["b"]


def test_merging_the_same_triples_twice_changes_nothing():
    G = build_graph(world())
    before = data(G)
    merge(G, world())
    assert data(G) == before
    article = Article(doc_id="d1", text="Some text.")
    G2 = build_graph([t for t in world() if t.doc_id == "d1"], articles=[article])
    snapshot = data(G2)
    assert not needs_update(G2, article)
    merge(G2, [t for t in world() if t.doc_id == "d1"], articles=[article])
    assert data(G2) == snapshot


def test_changed_article_replaces_its_evidence():
    old = Article(doc_id="d9", text="Old text.", date="2024-01-01")
    new = Article(doc_id="d9", text="New text.", date="2024-02-01")
    G = build_graph(world())
    merge(G, [triple("country:CHN", "SUPPLIES", "country:RUS", doc="d9", start=0),
              triple("country:PRK", "SUPPLIES", "country:RUS", doc="d9", start=40)], articles=[old])
    assert G.edges["country:PRK", "country:RUS", "SUPPLIES"]["count"] == 3
    assert needs_update(G, new) and not needs_update(G, old)
    merge(G, [triple("country:USA", "SUPPORTS", "country:UKR", doc="d9", start=5)], articles=[new])
    # the old d9 evidence is gone: the China edge entirely, one item of the North Korea edge
    assert not G.has_edge("country:CHN", "country:RUS", "SUPPLIES")
    assert G.edges["country:PRK", "country:RUS", "SUPPLIES"]["count"] == 2
    assert G.edges["country:PRK", "country:RUS", "SUPPLIES"]["articles"] == ["d1", "d2"]
    assert G.graph["articles"]["d9"]["hash"] == new.content_hash
    assert G.graph["articles"]["d9"]["date"] == "2024-02-01"
    # the result equals a fresh build of the final state (edge by edge, node by node)
    fresh = build_graph(world() + [triple("country:USA", "SUPPORTS", "country:UKR", doc="d9", start=5)],
                        articles=[new])
    assert dict(G.nodes(data=True)) == dict(fresh.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)} == \
        {(u, v, k): d for u, v, k, d in fresh.edges(keys=True, data=True)}


def test_changed_article_with_no_triples_drops_orphan_nodes():
    G = build_graph([triple("person:kim-jong-un", "VISITS", "country:CHN", doc="x", content_hash="h1")])
    merge(G, [], articles=[{"doc_id": "x", "hash": "h2"}])
    assert G.number_of_nodes() == 0 and G.graph["articles"]["x"]["hash"] == "h2"


def test_articles_without_triples_are_recorded():
    G = build_graph([], articles=[Article(doc_id="empty", text="Nothing here.", title="T", url="u")])
    assert G.graph["articles"]["empty"]["title"] == "T"
    assert not needs_update(G, Article(doc_id="empty", text="Nothing here.", title="T", url="u"))


def test_triples_without_article_use_their_hash_or_a_digest():
    G = build_graph([triple("country:USA", "SUPPLIES", "country:UKR", doc="j", content_hash="abc")])
    assert G.graph["articles"]["j"]["hash"] == "abc"
    G = build_graph([triple("country:USA", "SUPPLIES", "country:UKR", doc="k")])
    digest = G.graph["articles"]["k"]["hash"]
    merge(G, [triple("country:USA", "SUPPLIES", "country:UKR", doc="k", start=300)])
    assert G.graph["articles"]["k"]["hash"] != digest
    assert G.edges["country:USA", "country:UKR", "SUPPLIES"]["evidence"][0]["start"] == 300


def test_save_and_load_round_trip(tmp_path):
    G = build_graph(world(), model="m")
    path = tmp_path / "graph.json"
    save_graph(G, path)
    H = load_graph(path)
    assert data(H) == data(G)
    assert H.graph["articles"] == G.graph["articles"]
    assert isinstance(H, nx.MultiDiGraph)


@pytest.mark.parametrize("content, message", [
    (None, "not found"),
    ("{not json", "invalid JSON"),
    ('{"nodes": []}', "not a graphkit graph"),
    ('[1, 2]', "not a graphkit graph"),
    ('{"directed": true, "multigraph": true, "graph": {"graphkit_version": "1", "articles": {}}, '
     '"nodes": [{"id": "a", "name": "A", "type": "COUNTRY", "aliases": [], "country": null, "role": null, '
     '"mentions": 1, "articles": []}], "edges": [{"source": "a", "target": "a", '
     '"key": "LIKES", "relation": "LIKES"}]}', "outside the ontology"),
    # Half a surrogate pair: Python would decode it, and every command writing the name would crash.
    ('{"directed": true, "multigraph": true, "graph": {"graphkit_version": "1", "articles": {}}, '
     '"nodes": [{"id": "a", "name": "A\\udc00", "type": "COUNTRY", "aliases": [], "country": null, '
     '"role": null, "mentions": 1, "articles": []}], "edges": []}', "invalid JSON: a lone surrogate"),
])
def test_load_graph_errors_are_one_line(tmp_path, content, message):
    path = tmp_path / "g.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_load_graph_rejects_binary_and_directories(tmp_path):
    (tmp_path / "g.json").write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(GraphFileError, match="not UTF-8"):
        load_graph(tmp_path / "g.json")
    with pytest.raises(GraphFileError, match="directory"):
        load_graph(tmp_path)


def test_save_is_atomic_on_failure(tmp_path):
    path = tmp_path / "graph.json"
    save_graph(build_graph(world()), path)
    before = path.read_text()
    G = build_graph(world())
    G.graph["bad"] = object()  # not JSON-serialisable: the write fails midway
    with pytest.raises(TypeError):
        save_graph(G, path)
    assert path.read_text() == before and json.loads(before)["graph"]["graphkit_version"]
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def _damaged(tmp_path, damage) -> str:
    """Save world()'s graph, let *damage* edit its node-link data, and return load_graph's one-line error."""
    data = nx.node_link_data(build_graph(world()), edges="edges")
    damage(data)
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: damaged graph file (")
    return message


def _node(data, node_id="country:RUS"):
    return next(n for n in data["nodes"] if n["id"] == node_id)


def _edge(data, relation="SUPPLIES"):
    return next(e for e in data["edges"] if e["relation"] == relation)


@pytest.mark.parametrize("key", ["name", "type", "aliases", "country", "role", "mentions", "articles"])
def test_load_graph_names_a_missing_node_attribute(tmp_path, key):
    message = _damaged(tmp_path, lambda d: _node(d).pop(key))
    assert message.endswith(f"node 'country:RUS': lacks {key!r})")


@pytest.mark.parametrize("key", ["polarity", "count", "articles", "evidence", "first_seen", "last_seen",
                                 "confidence"])
def test_load_graph_names_a_missing_edge_attribute(tmp_path, key):
    message = _damaged(tmp_path, lambda d: _edge(d).pop(key))
    assert "edge 'country:PRK'-SUPPLIES->'country:RUS'" in message and f"lacks {key!r}" in message


@pytest.mark.parametrize("key", ["doc_id", "sentence", "start", "end"])
def test_load_graph_names_a_missing_evidence_attribute(tmp_path, key):
    message = _damaged(tmp_path, lambda d: _edge(d)["evidence"][1].pop(key))
    assert message.endswith(f"edge 'country:PRK'-SUPPLIES->'country:RUS': evidence item 1 lacks {key!r})")


@pytest.mark.parametrize("damage, expected", [
    (lambda d: _node(d).update(aliases="Pyongyang"), "has 'aliases' of type str"),
    (lambda d: _node(d).update(mentions=None), "has 'mentions' of type NoneType"),
    (lambda d: _node(d).update(type="PLANET"), "type 'PLANET' is not one of COUNTRY, PERSON, ORG"),
    (lambda d: _edge(d).update(count="2"), "has 'count' of type str"),
    (lambda d: _edge(d).update(polarity=5), "polarity 5 is not 1, -1, 0 or null"),
    (lambda d: _edge(d).update(evidence={}), "has 'evidence' of type dict"),
    (lambda d: _edge(d)["evidence"].append("a sentence"), "evidence item 2 is not an object"),
    (lambda d: _edge(d)["evidence"][0].update(start="0"), "evidence item 0 has 'start' of type str"),
])
def test_load_graph_names_a_mistyped_attribute(tmp_path, damage, expected):
    assert expected in _damaged(tmp_path, damage)


def test_load_graph_deep_nesting_is_invalid_json_with_its_line(tmp_path):
    path = tmp_path / "g.json"
    path.write_text('{"graph": {\n"graphkit_version": "1",\n"x": ' + "[" * 100_000 + "]" * 100_000 + "}}\n",
                    encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    assert str(info.value) == f"{path}: invalid JSON at line 3: nested too deeply"
