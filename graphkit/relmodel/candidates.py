"""The relation model's candidates: every ordered pair of distinct actors mentioned in one sentence.

A mention is whatever the actor passes resolved: names, surnames, pronouns, definite and pair nominals
("the bloc", "the two leaders"). When an actor is mentioned several times in a sentence, the pair uses
the two mentions closest to each other, since the words between them are the best evidence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Span, Token

from ..actors import Mention, MentionTable
from ..syntax import subject_after_attribution


@dataclass(frozen=True)
class Pair:
    """One candidate: does *subject* stand in some relation to *object* according to *sent*?"""

    sent: Span
    subject: Mention
    object: Mention


def actor_mentions(table: MentionTable, sent: Span) -> dict[str, list[Mention]]:
    """The mentions in *sent*, grouped by actor id in order of first mention."""
    found: dict[str, list[Mention]] = {}
    for i in range(sent.start, sent.end):
        for mention in table.refs_at(i):
            group = found.setdefault(mention.actor.id, [])
            if not group or group[-1].start != mention.start:
                group.append(mention)
    return found


def attribution_sources(sent: Span, mentions: dict[str, list[Mention]]) -> set[str]:
    """The actors *sent* names only as the source of an "according to" attribution: they tell, they take no
    part ("North Korea sent troops to Russia, according to South Korean intelligence"). An actor also named
    outside it is no mere source ("According to Israel's army, Hezbollah fired rockets at Israel")."""
    if not any(t.lower_ == "according" for t in sent):  # the cheap test first: most sentences have none
        return set()
    return {actor_id for actor_id, ms in mentions.items()
            if all(_inside_attribution(sent.doc[m.start]) for m in ms)}


# "according to the pact between Moscow and Pyongyang" cites a text, not a source.
CITED_TEXTS = frozenset("""agreement pact treaty deal plan law accord resolution memorandum charter convention
    constitution statute rule rules terms""".split())


def _inside_attribution(token: Token) -> bool:
    """Inside "according to ..." (not in a clause below it: "according to reports that Iran attacked ...")."""
    for ancestor in token.ancestors:
        if ancestor.lower_ == "according":
            hidden = subject_after_attribution(ancestor.head)
            if any(t in hidden for t in (token, *token.ancestors)):
                return False  # "According to Seoul, Russia and North Korea signed": the subject the parser joined
            return not any(o.lemma_.lower() in CITED_TEXTS for to in ancestor.children if to.lower_ == "to"
                           for o in to.children if o.dep_ == "pobj")
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
    return False


def sentence_pairs(sent: Span, mentions: dict[str, list[Mention]]) -> Iterator[Pair]:
    """The candidates of one sentence from its :func:`actor_mentions` (none for fewer than two actors)."""
    for a, a_mentions in mentions.items():
        for b, b_mentions in mentions.items():
            if a != b:
                s, o = min(((m, n) for m in a_mentions for n in b_mentions),
                           key=lambda mn: abs(mn[0].start - mn[1].start))
                yield Pair(sent, s, o)
