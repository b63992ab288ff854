"""The shared parse helpers the passes use to skip words quickly: each must find exactly what a scan of every
token finds (the extraction's triples depend on it)."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.syntax import doc_text, indices_of, indices_tagged, indices_upper, may_contain

WORDS = ["The", "group", "said", "WHOSE", "troops", "left", "NATO", "and", "the", "U.S.", "North", "whose", "."]
POS = ["DET", "NOUN", "VERB", "PRON", "NOUN", "VERB", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "PRON", "PUNCT"]


def _doc(blank_vocab) -> Doc:
    return Doc(blank_vocab, words=WORDS, pos=POS)


def test_indices_of_matches_a_scan_of_every_token(blank_vocab):
    doc = _doc(blank_vocab)
    for words in ({"whose"}, {"the", "group"}, {"north"}, {"pos", "nsubj"}, set()):
        wanted = frozenset(words)
        assert indices_of(doc, "lower", wanted) == [t.i for t in doc if t.lower_ in wanted]
    assert indices_of(doc, "text", frozenset({"North", "the"})) == [8, 10]  # case-sensitive: not "The"


def test_indices_tagged_and_upper_match_the_tokens(blank_vocab):
    doc = _doc(blank_vocab)
    assert indices_tagged(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"] == [6, 9, 10]
    assert indices_upper(doc) == [t.i for t in doc if t.is_upper] == [3, 6, 9]


def test_doc_text_is_the_docs_text_and_may_contain_reads_only_the_subtree(blank_vocab):
    doc = Doc(blank_vocab, words=["Jets", ",", "according", "to", "Kyiv", ",", "struck", "."],
              heads=[6, 0, 6, 2, 3, 6, 6, 6], deps=["nsubj", "punct", "prep", "prep", "pobj", "punct", "ROOT", "punct"])
    assert doc_text(doc) == doc.text
    assert may_contain(doc[6], "according") and may_contain(doc[2], "kyiv")
    assert not may_contain(doc[0], "according")  # "Jets ," is the subject's subtree
