"""People who share a name stay apart across articles; one unambiguous name joins its person (real model)."""
import pytest

from graphkit.graph import build_graph
from graphkit.pipeline import extract
from graphkit.types import Article

pytestmark = pytest.mark.slow

ARTICLES = [
    Article("a", "John Harlow, the British ambassador, criticised Iran on Monday. Harlow said Tehran had armed the Houthis."),
    Article("b", "John Harlow, Australia's trade minister, met Japanese officials in Tokyo. Harlow praised Japan."),
]


def test_namesakes_serving_different_countries_are_two_actors(nlp):
    triples = list(extract(ARTICLES))
    ids = {t.subject_id for t in triples if t.subject == "John Harlow"}
    assert ids == {"person:john-harlow@GBR", "person:john-harlow@AUS"}
    G = build_graph(triples)
    assert G.nodes["person:john-harlow@GBR"]["country"] == "country:GBR"
    assert G.nodes["person:john-harlow@AUS"]["country"] == "country:AUS"
    assert G.has_edge("person:john-harlow@GBR", "country:IRN", key="OPPOSES")
    assert not G.has_edge("person:john-harlow@AUS", "country:IRN", key="OPPOSES")


def test_a_known_leader_keeps_one_id_whatever_the_article_says(nlp):
    triples = list(extract([
        Article("c", "Vladimir Putin praised North Korea."),
        Article("d", "Russian President Vladimir Putin criticised NATO."),
    ]))
    assert {t.subject_id for t in triples if t.subject == "Vladimir Putin"} == {"person:vladimir-putin"}
