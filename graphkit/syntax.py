"""Small questions about a dependency parse that both actor resolution and the rules ask."""
from __future__ import annotations

import functools
from typing import Iterator

from spacy.attrs import IS_UPPER, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

_TEXT_KEY = "graphkit.text"
_ATTRIBUTES = {"lower": LOWER, "text": ORTH}


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text again on each read, and the actor
    passes ask for it several times per article. A parsed Doc's tokens do not change afterwards."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def indices_of(doc: Doc, attribute: str, words: frozenset[str]) -> list[int]:
    """The indices, in text order, of *doc*'s tokens whose lower-case form (*attribute* "lower") or text ("text")
    is one of *words*: what a pass looking for a few words ("whose", "the group") reads instead of a Token
    object for every word of the article (spaCy's array of the attribute, compared in one step)."""
    return _indices(doc, _ATTRIBUTES[attribute], _ids(words))


def indices_tagged(doc: Doc, pos: str) -> list[int]:
    """The indices, in text order, of *doc*'s tokens whose ``pos_`` is *pos*."""
    return _indices(doc, POS, frozenset({IDS[pos]}))


def indices_upper(doc: Doc) -> list[int]:
    """The indices, in text order, of *doc*'s tokens in capitals (``is_upper``: "NATO", "U.S.")."""
    return _indices(doc, IS_UPPER, frozenset({1}))


def _indices(doc: Doc, attribute: int, values: frozenset[int]) -> list[int]:
    return [i for i, value in enumerate(doc.to_array(attribute).tolist()) if value in values]


@functools.lru_cache(maxsize=64)
def _ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def may_contain(token: Token, word: str) -> bool:
    """Whether *word* may be one of the words of *token*'s subtree: it is in their text, lower-cased (they all
    lie between the subtree's edges). False is certain, and much cheaper than walking the tree."""
    first, last = token.left_edge, token.right_edge
    return word in doc_text(token.doc)[first.idx:last.idx + len(last.text)].lower()


def is_one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether a spaCy token's lemma or its form is in *words* (the lemmatizer leaves some plurals alone)."""
    return token.lemma_.lower() in words or token.lower_ in words


def clause_of(tok: Token) -> Token:
    """The nearest verb governing *tok* (itself if it is one)."""
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def coordination_top(token: Token) -> Token:
    """The first conjunct: "A and B, who met" - a clause on B is about the whole coordination."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def subject_like(tok: Token) -> bool:
    """A subject, or a conjunct of one ("China and Russia held drills": both)."""
    return coordination_top(tok).dep_ in {"nsubj", "nsubjpass"}


def children(token: Token, dep: str) -> Iterator[Token]:
    """The children of *token* attached by *dep*."""
    return (c for c in token.children if c.dep_ == dep)


def subject_after_attribution(verb: Token) -> list[Token]:
    """"According to Reuters, Russia and North Korea signed a pact": the parser joins the subject to the source
    ("Russia" a conjunct of "Reuters") and leaves the verb with none. The conjuncts after the comma that closes
    the attribution are the subject; "According to Reuters and AP, ..." keeps AP with the source."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    for according in verb.children:
        if according.lower_ != "according" or according.i > verb.i:
            continue
        for source in (o for to in children(according, "prep") for o in children(to, "pobj")):
            span = source.doc[source.i + 1:verb.i]
            # "According to Britain, France and Germany, Iran and Russia signed": the attribution ends at the
            # first comma after the sources' own "and"; in "According to Seoul, Russia and North Korea signed"
            # no comma follows that "and", and the first comma after the source ends it
            first_and = next((t.i for t in span if t.dep_ == "cc"), None)
            for start in ([first_and] if first_and is not None else []) + [source.i]:
                comma = next((t.i for t in span if t.text == "," and t.i > start), verb.i)
                subject = [t for t in source.subtree if t.dep_ == "conj" and comma < t.i < verb.i]
                if subject:
                    return subject
    return []
