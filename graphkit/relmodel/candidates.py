"""The relation model's candidates: every ordered pair of distinct actors mentioned in one sentence.

A mention is whatever the actor passes resolved: names, surnames, pronouns, definite and pair nominals
("the bloc", "the two leaders"). When an actor is mentioned several times in a sentence, the pair uses
the two mentions closest to each other, since the words between them are the best evidence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Span

from ..actors import Mention, MentionTable


@dataclass(frozen=True)
class Pair:
    """One candidate: does *subject* stand in some relation to *object* according to *sent*?"""

    sent: Span
    subject: Mention
    object: Mention


def sentence_start(sent: Span) -> int:
    """The character offset of the sentence without its leading blanks (the offset triples carry)."""
    return sent.start_char + len(sent.text) - len(sent.text.lstrip())


def actor_mentions(table: MentionTable, sent: Span) -> dict[str, list[Mention]]:
    """The mentions in *sent*, grouped by actor id in order of first mention."""
    found: dict[str, list[Mention]] = {}
    for token in sent:
        for mention in table.refs(token):
            group = found.setdefault(mention.actor.id, [])
            if not group or group[-1].start != mention.start:
                group.append(mention)
    return found


def sentence_pairs(table: MentionTable, sent: Span) -> Iterator[Pair]:
    """The candidates of one sentence (none when it mentions fewer than two actors)."""
    mentions = actor_mentions(table, sent)
    if len(mentions) < 2:
        return
    for a, a_mentions in mentions.items():
        for b, b_mentions in mentions.items():
            if a != b:
                s, o = min(((m, n) for m in a_mentions for n in b_mentions),
                           key=lambda mn: abs(mn[0].start - mn[1].start))
                yield Pair(sent, s, o)


def article_pairs(table: MentionTable) -> Iterator[Pair]:
    """Every candidate of a parsed article, sentence by sentence."""
    for sent in table.doc.sents:
        yield from sentence_pairs(table, sent)
