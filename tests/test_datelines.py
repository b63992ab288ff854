"""Wire datelines are blanked before parsing, keeping every offset into the article."""
import pytest

from graphkit.datelines import blank_dateline
from graphkit.pipeline import extract
from graphkit.types import Article


@pytest.mark.parametrize("text, kept", [
    ("BAKU, April 28 - Azerbaijan and the EU signed a memorandum.", "Azerbaijan and the EU signed a memorandum."),
    ("MOSCOW — (AP) — The upper house ratified the treaty.", "The upper house ratified the treaty."),
    ("ISLAMABAD/JAMMU, India (Reuters) — Trump said so.", "Trump said so."),
    ("PORT-AU-PRINCE, July 22 - The gang stormed the town.", "The gang stormed the town."),
])
def test_dateline_is_blanked_and_offsets_kept(text, kept):
    out = blank_dateline(text)
    assert len(out) == len(text)
    assert out.strip() == kept
    assert out.endswith(kept) and text.endswith(kept)


@pytest.mark.parametrize("text", [
    "US - China talks resumed on Monday.",  # two capitals are an actor, not a dateline
    "NATO said on Monday that it would meet.",
    "The US - and China - disagreed.",
])
def test_text_without_a_dateline_is_unchanged(text):
    assert blank_dateline(text) == text


@pytest.mark.slow
def test_first_sentence_after_a_dateline_is_parsed_on_its_own():
    # Parsed with the dateline, the small model takes "BAKU" for the subject and the two signatories
    # for conjuncts of the date.
    text = "BAKU, April 28 - Azerbaijan and the European Union signed a memorandum on gas deliveries."
    triples = list(extract([Article(doc_id="d1", text=text)]))
    found = {(t.subject_id, t.relation, t.object_id) for t in triples}
    assert ("country:AZE", "COOPERATES_WITH", "org:eu") in found or ("org:eu", "COOPERATES_WITH", "country:AZE") in found
    first = triples[0]
    assert text[first.start:first.end] == first.sentence
    assert first.sentence.startswith("Azerbaijan")
