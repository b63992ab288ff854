"""Where rules look: the kinds of site a rule is registered for, and what each knows of its word.

For each token of an article the dispatcher (:func:`graphkit.rules.article.candidates`) builds
the sites that select it, in :data:`SITE_ORDER`, and hands each to the finders registered for
that kind. A site computes what several rules ask about its word once (a clause's subjects,
whether it is negated), lazily.
"""
from __future__ import annotations

import functools
from functools import cached_property
from typing import Callable, TypeVar

from spacy.tokens import Doc, Token

from ..actors import Mention, MentionTable
from ..triggers import verb_relation
from .candidate import Candidate
from .clauses import is_negated, is_passive, subjects_of

S = TypeVar("S")
T = TypeVar("T")


def per_site(fn: Callable[[S], T]) -> Callable[[S], T]:
    """Compute ``fn(site)`` once per site: for what several rules at one site ask."""
    key = f"_per_site_{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def once(site: S) -> T:
        memo = site.__dict__
        if key not in memo:
            memo[key] = fn(site)
        return memo[key]

    return once


class Site:
    """A word some rules look at, with the article's mention table."""

    label = "word"

    def __init__(self, token: Token, table: MentionTable):
        self.token = token
        self.table = table

    @staticmethod
    def selects(token: Token) -> bool:
        return True


class ArticleSite:
    """The whole article, once, before its words: rules read from the mention table itself."""

    label = "article"

    def __init__(self, doc: Doc, table: MentionTable):
        self.doc = doc
        self.table = table


class Clause(Site):
    """A verb, or a verbal noun at the root of a headline-like sentence ("Russia threat to Ukraine")."""

    label = "clause"

    @staticmethod
    def selects(token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "NOUN" and token.dep_ == "ROOT"
                                                 and verb_relation(token.lemma_) is not None)

    @cached_property
    def lemma(self) -> str:
        return self.token.lemma_.lower()

    @cached_property
    def describes(self) -> bool:
        """A participle describing a noun ("allied Burundian soldiers") states no event of its own."""
        return self.token.dep_ == "amod"

    @cached_property
    def negated(self) -> bool:
        return is_negated(self.token)

    @cached_property
    def asserted(self) -> bool:
        """The clause states that its event happened (or will): not a description, not negated."""
        return not self.describes and not self.negated

    @cached_property
    def subjects(self) -> list[Mention]:
        return subjects_of(self.token, self.table)

    @cached_property
    def passive(self) -> bool:
        return is_passive(self.token)


class Adjective(Site):
    """An adjective or a past participle ("concerned about", "grateful to")."""

    label = "adjective"

    @staticmethod
    def selects(token: Token) -> bool:
        return token.pos_ == "ADJ" or token.tag_ == "VBN"


class Noun(Site):
    """A common or proper noun."""

    label = "noun"

    @staticmethod
    def selects(token: Token) -> bool:
        return token.pos_ in {"NOUN", "PROPN"}


class Word(Site):
    """Any word: for rules keyed on a word list whatever its part of speech ("member", "-backed")."""


class FollowUp:
    """A candidate another rule found, for rules that infer more from it (a meeting abroad is a visit)."""

    label = "follow-up"

    def __init__(self, candidate: Candidate, table: MentionTable):
        self.candidate = candidate
        self.table = table


SITE_ORDER: tuple[type, ...] = (ArticleSite, Clause, Adjective, Noun, Word, FollowUp)
