"""Small questions about a dependency parse that both actor resolution and the rules ask."""
from __future__ import annotations

from spacy.tokens import Token


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
