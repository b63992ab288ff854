"""News text's own sentence conventions are marked before the parser (graphkit/sentence_starts.py)."""
import pytest

from graphkit.pipeline import extract
from graphkit.types import Article

pytestmark = pytest.mark.slow


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_speaker_label_stays_with_what_the_speaker_says(nlp):
    found = sentences(nlp, "Q: Will the army leave?\n\nRYDER: The army will stay in the region.")
    assert found == ["Q: Will the army leave?", "RYDER: The army will stay in the region."]


def test_a_label_with_a_title_and_a_stop_is_one_label(nlp):
    found = sentences(nlp, "Intro.\n\nMS. GREEN: We reject the claims made by the rebels.")
    assert found[-1] == "MS. GREEN: We reject the claims made by the rebels."


def test_a_closing_quote_mark_ends_its_sentence_instead_of_standing_alone(nlp):
    found = sentences(nlp, 'The minister said the talks were "over."\n\nThe army left the town on Monday.')
    assert found == ['The minister said the talks were "over."', "The army left the town on Monday."]


@pytest.mark.parametrize("stamp", ["09:30 GMT -", "14:10 —", "07:10 (local) -"])
def test_a_live_blog_timestamp_is_a_sentence_of_its_own(nlp, stamp):
    found = sentences(nlp, f"Live updates\n\n{stamp} The army attacked the town.")
    assert found == ["Live updates", stamp, "The army attacked the town."]


def test_evidence_is_still_the_article_text_at_its_offsets():
    text = ('Live updates\n\n14:50 GMT - Chile condemned the attack by Peru on its border post.\n\n'
            'GARCIA: Chile condemns the attack by Peru. We said it was "unacceptable."\n\nMore later.')
    triples = list(extract([Article(doc_id="d1", text=text)]))
    assert triples
    assert all(text[t.start:t.end] == t.sentence for t in triples)
    assert not any("GMT" in t.sentence for t in triples)


def test_every_list_number_is_a_sentence_of_its_own(nlp):
    text = "The council:\n\n7. Condemns the attack by the rebels on the convoy.\n\n8. Calls on the rebels to withdraw."
    assert sentences(nlp, text) == ["The council:", "7.", "Condemns the attack by the rebels on the convoy.", "8.",
                                    "Calls on the rebels to withdraw."]


@pytest.mark.parametrize("text, inside", [
    ("The deal was signed on the sidelines , the ministry said.", [","]),
    ("Chancellor Hans Weber met the envoy.", ["Hans", "Weber"]),
])
def test_no_sentence_starts_without_punctuation_or_a_line_break_before_it(nlp, text, inside):
    # Checked on the component's marks: the parser only splits so in long real articles.
    doc = nlp.get_pipe("graphkit_sentence_starts")(nlp.make_doc(text))
    assert [t.text for t in doc if t.is_sent_start is False and t.text in inside] == inside


def test_two_real_sentences_stay_two(nlp):
    text = ('The rebels attacked the base. "We will not leave," the commander said. U.S. envoys met on Monday.\n'
            "12:30 was the hour set for the talks.")
    assert sentences(nlp, text) == ["The rebels attacked the base.", '"We will not leave," the commander said.',
                                    "U.S. envoys met on Monday.", "12:30 was the hour set for the talks."]
