"""Finding what a pronoun or nominal refers back to: the searches the coreference passes share."""
from __future__ import annotations

import bisect
from collections import Counter
from typing import Callable

from spacy.tokens import Token

from ..syntax import clause_of, coordination_top, subject_like
from ..types import ActorType
from .mention import Mention
from .speech import is_speech_verb, speakers_of
from .table import MentionTable
from .words import ANTECEDENT_SENTENCES


def window_start(table: MentionTable, tok: Token, sentences: int = ANTECEDENT_SENTENCES) -> int:
    """The first token of the *sentences* sentences that end with *tok*'s."""
    starts = table.sent_starts
    idx = bisect.bisect_right(starts, tok.i) - 1
    return starts[max(0, idx - sentences + 1)]


def antecedent(table: MentionTable, tok: Token, types: set[str], accept: Callable[[Mention], bool] = lambda m: True,
               sentences: int = ANTECEDENT_SENTENCES) -> Mention | None:
    """The named actor of one of *types* that *tok* (a pronoun or definite nominal) refers back to."""
    # "Orban said he ...", "the group said its fighters ...": a reported subject (or its owner) is the speaker
    speaker = reported_subject_speakers(table, tok.head if tok.dep_ == "poss" else tok, types)
    if speaker:
        return speaker[0]
    owner = tok.head
    if tok.dep_ == "poss" and owner.dep_ == "pobj" and owner.head.lower_ == "for":
        # "Armenia thanked France for its support": the one thanked or blamed owns what it is thanked for
        objects = [m for c in owner.head.head.children if c.dep_ == "dobj" for m in table.refs(c)
                   if m.actor.type in types]
        if objects:
            return objects[0]
    if tok.dep_ == "poss":
        # "Serbia ... is vocal about its support": a possessive usually points at its clause's subject
        own = [m for m in table.clause_subjects(tok) if m.actor.type in types
               and not m.start <= tok.head.i < m.end]  # "Kyiv and its allies": not the allies
        if own:
            return own[0]
    lo = window_start(table, tok, sentences)
    recent = _recent_subject(table, tok, types, lo)
    if recent is not None:
        return recent
    # "Russia and China are expected to vote against it", "Boeing remained committed to it": an object whose
    # nearest candidate is its own clause's subject is a thing (the resolution, the partnership), not an actor
    own_subjects = {m.actor.id for m in table.clause_subjects(tok)} if tok.dep_ in {"dobj", "pobj", "dative"} \
        else set()
    for m in reversed(table.named):
        if m.start >= tok.i:
            continue
        if m.start < lo:
            break
        if m.actor.type in types and accept(m):
            if m.actor.id not in own_subjects:
                return m
            if tok.pos_ == "PRON":
                return None  # "it" is a thing here; "criticised the junta" still looks further back
    return None


def reported_subject_speakers(table: MentionTable, tok: Token, types: set[str]) -> list[Mention]:
    """The subject of a reported clause is its speaker, when it is a pronoun: "Polisario fighters said they
    had shelled ...", "Orban said he would veto ..." (not an object: "Blinken said Russia must end its war")."""
    if not _is_reported_subject(tok):
        return []
    return [m for m in speakers_of(table, tok) if m.actor.type in types]


def _is_reported_subject(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and is_speech_verb(tok.head.head)


def _recent_subject(table: MentionTable, tok: Token, types: set[str], lo: int) -> Mention | None:
    """A subject pronoun that continues an earlier subject: the last speaker, or the last subject for "it"."""
    doc = table.doc
    if tok.dep_ == "nsubj" and is_speech_verb(tok.head):
        # '"...," Rubio said. "We commend both leaders," he added': he is the last speaker, not whoever
        # the quote named last
        speakers = [m for m in table.named if lo <= m.start < tok.i and m.actor.type in types
                    and doc[m.start:m.end].root.dep_ == "nsubj" and is_speech_verb(doc[m.start:m.end].root.head)]
        if speakers:
            return speakers[-1]
    if tok.dep_ == "nsubj" and tok.lower_ == "it":
        # "The EU adopted sanctions on Russia, ... in China. It targets banks": "it" continues a subject
        subjects = [m for m in table.named if lo <= m.start < tok.i and m.actor.type in types
                    and subject_like(doc[m.start:m.end].root)]
        if subjects:
            return subjects[-1]
    return None


def plural_antecedent(table: MentionTable, tok: Token) -> list[Mention]:
    """"they"/"their": the last conjunction of actors ("Biden and Macron ... they"), else the last state or body."""
    subject = tok.head if tok.dep_ == "poss" and tok.head.dep_ == "nsubj" else tok
    if _is_reported_subject(subject):
        # "Polisario fighters said they had shelled ...", "the juntas said their exit was irreversible":
        # the speakers, named or not; never one person ("Ruto praised the soldiers, saying they had ...")
        speakers = reported_subject_speakers(table, subject, {ActorType.COUNTRY, ActorType.ORG, ActorType.PERSON})
        return [] if len(speakers) == 1 and speakers[0].actor.type == ActorType.PERSON else speakers
    relative = clause_of(tok)
    if relative.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in relative.children):
        # "the three governments, which have formed their own alliance": the governments
        owners = table.actors_of(relative.head)
        if owners:
            return owners
    lo = window_start(table, tok)
    earlier = [m for m in table.named if lo <= m.start < tok.i]
    # a subject pronoun usually continues the last subject: "China and Russia held drills near Japan. They ..."
    subjects = [m for m in earlier if subject_like(table.doc[m.start:m.end].root)]
    for m in (reversed(subjects) if tok.dep_ in {"nsubj", "nsubjpass"} and subjects else reversed(earlier)):
        root = table.doc[m.start:m.end].root
        top = coordination_top(root)
        group = table.actors_of(top) if top.i != root.i or any(c.dep_ == "conj" for c in root.children) else []
        if len(group) >= 2:
            return group
        if m.actor.type in {ActorType.COUNTRY, ActorType.ORG}:
            return [m]
    return []


def last_n(table: MentionTable, tok: Token, kind: str, n: int = 2) -> list[Mention]:
    """The *n* actors of *kind* a plural nominal means ("the two countries", "the three juntas"); for
    countries a person stands for the one they serve.

    A coordination earlier in the same sentence ("Thailand's Phumtham and Cambodia's Hun Manet ...")
    is preferred to whatever was named last ("... met in Malaysia"): "the two countries" means its members.
    Otherwise the last two named nearby; failing that, the two the article has named most so far.
    """
    doc = table.doc
    clause = clause_of(tok)
    for m in reversed(table.named):
        if tok.sent.start <= m.start < tok.i and clause_of(doc[m.start]).i != clause.i:
            root = doc[m.start:m.end].root
            if root.dep_ == "conj":
                group = as_kind(table, table.actors_of(coordination_top(root)), kind)
                if len(group) == n:
                    return group
    # Who acts on the pair is not in it ("Trump warned Washington would halt deals with both countries"),
    # nor is whoever was named alongside them ("the US and China will attend as observers"); nor who is
    # named in the pair's own clause ("sanctions levied by the West on both nations").
    outside = {m.actor.id for m in as_kind(table, _governing_actors(table, tok), kind)}
    earlier: list[Mention] = []
    for m in table.named:
        kinds = as_kind(table, [m], kind) if m.start < tok.i else []
        if not kinds or clause_of(doc[m.start]).i == clause.i:
            continue
        if kinds[0].actor.id in outside:
            partners = table.actors_of(coordination_top(doc[m.start:m.end].root))
            outside |= {p.actor.id for p in as_kind(table, partners, kind)}
        earlier.append(kinds[0])
    earlier = [m for m in earlier if m.actor.id not in outside]
    return _most_recent(earlier, window_start(table, tok), n) or _most_named(earlier, n)


def last_sides(table: MentionTable, tok: Token, n: int = 2) -> list[Mention]:
    """"The two sides", "both sides": the *n* parties last named together, states or not ("the army and
    the RSF ... talks between the two sides"), in this sentence or the two before; failing that, the
    last *n* states, as for "the two countries"."""
    doc = table.doc
    clause = clause_of(tok)
    lo = window_start(table, tok)
    kinds = {ActorType.COUNTRY, ActorType.ORG}
    for m in reversed(table.named):
        if m.start >= tok.i or m.start < lo:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ != "conj" or clause_of(root).i == clause.i:
            continue
        group = [g for g in as_kind(table, table.actors_of(coordination_top(root)), ActorType.COUNTRY)
                 if g.actor.type in kinds]
        group += [g for g in table.actors_of(coordination_top(root)) if g.actor.type == ActorType.ORG
                  and all(g.actor.id != o.actor.id for o in group)]
        if len(group) == n:
            return sorted(group, key=lambda g: g.start)
    return last_n(table, tok, ActorType.COUNTRY, n)


def _most_recent(earlier: list[Mention], lo: int, n: int) -> list[Mention]:
    recent: list[Mention] = []
    for m in reversed(earlier):
        if m.start < lo:
            break
        if all(p.actor.id != m.actor.id for p in recent):
            recent.append(m)
        if len(recent) == n:
            return list(reversed(recent))
    return []


def _most_named(earlier: list[Mention], n: int) -> list[Mention]:
    counts = Counter(m.actor.id for m in earlier)
    last = {m.actor.id: m for m in earlier}
    ranked = sorted(last.values(), key=lambda m: (counts[m.actor.id], m.start), reverse=True)
    return sorted(ranked[:n], key=lambda m: m.start) if len(ranked) >= n else []


def _governing_actors(table: MentionTable, tok: Token) -> list[Mention]:
    """Subjects and objects of the clauses above *tok*, up to a coordinated or adverbial clause (whose
    subject may be the pair: "the two leaders signed a pact, flouting sanctions on both nations")."""
    found: list[Mention] = []
    node = tok
    while node.head.i != node.i and node.dep_ not in {"conj", "advcl"}:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            for c in node.children:
                if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.tag_ not in {"WDT", "WP"}:
                    found += table.refs(c)
                elif c.dep_ == "agent":
                    found += [m for o in c.children if o.dep_ == "pobj" for m in table.refs(o)]
        if node.dep_ == "relcl":
            found += table.refs(node.head)  # "Trump, who warned ...": the relative pronoun is Trump
    return found


def as_kind(table: MentionTable, mentions: list[Mention], kind: str) -> list[Mention]:
    """The mentions as actors of *kind*: for countries a person stands for the one they serve."""
    out: list[Mention] = []
    for m in mentions:
        if kind == ActorType.COUNTRY and m.actor.type == ActorType.PERSON:
            m = table.home_mention(m)
        if m.actor.type == kind and all(o.actor.id != m.actor.id for o in out):
            out.append(m)
    return out
