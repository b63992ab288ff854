"""Event back-reference: who did the act a definite noun refers to ("Russia annexed Crimea. The West
condemned the move.")."""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from ..actors import Mention, MentionTable
from ..actors.speech import is_speech_verb
from ..syntax import clause_of, is_one_of
from ..triggers import PREP_VERBS, noun_relation, verb_relation

# Nouns that name an event an earlier sentence reported ("condemned the move").
EVENT_NOUNS = frozenset("""decision move step measure measures announcement deal agreement sale sales plan
    plans strike strikes attack attacks annexation invasion test tests launch launches deployment action
    actions operation incursion drills exercises visit raid raids bombing assault offensive""".split())
# Sentences looked back through: for any event noun, and for one that names a kind of act ("the air strike").
LOOKBACK, KIND_LOOKBACK = 3, 6


def event_agents(token: Token, table: MentionTable) -> list[Mention]:
    """Who did the event a definite noun refers back to: "Russia annexed Crimea. The West condemned the move."

    The subject of the most recent clause before *token* (this sentence or the two before) that names
    an actor, other than the subject of *token*'s own clause; for a noun that names a kind of act ("the
    air strike", "the sanctions"), the most recent clause doing that kind of act (up to five sentences
    back). Only for event nouns, and only when the noun names no actor itself.
    """
    if not is_one_of(token, EVENT_NOUNS) or table.modifier_actors(token):
        return []
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those", "such"}
                   for c in token.children)
    if not (definite or token.dep_ in {"nsubj", "appos"}):  # "..., a move that drew criticism"
        return []
    if token.dep_ == "appos":  # "China sanctioned Lithuania, a move that ...": the clause's own subject
        return table.clause_subjects(token)
    own_clause = clause_of(token)
    own = {m.actor.id for m in table.clause_subjects(token)} | {
        m.actor.id for c in own_clause.children if c.dep_ in {"nsubj", "nsubjpass"}
        for m in table.actors_of(c) or table.modifier_actors(c)}
    kind = noun_relation(token.lemma_)
    # a noun naming a kind of act may look further back: only a clause doing that act will do
    back = KIND_LOOKBACK if kind is not None else LOOKBACK
    starts = table.sent_starts
    lo = starts[max(0, bisect.bisect_right(starts, token.i) - back)]
    for subj in reversed(table.doc[lo:token.i]):
        clause = subj.head
        if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.pos_ == "PRON" or clause.i == own_clause.i \
                or is_speech_verb(clause) or clause.lemma_ == "be":
            continue  # "..., of which Japan is a member, condemned the decision": a state, not an event
        if kind is not None and not does(clause, kind):
            continue
        # "Ethiopia and Eritrea signed a deal": the whole coordination did it; "China's military": China
        doers = table.actors_of(subj) or table.modifier_actors(subj)
        doers = [m for m in doers if m.actor.id not in own]
        if doers:
            return doers
    return []


def does(verb: Token, relation: str) -> bool:
    """Whether a clause does an act of *relation*: by its verb ("bombed", "fired at") or its object
    ("launched strikes")."""
    lemma = verb.lemma_.lower()
    return verb_relation(lemma) == relation or any(
        c.dep_ in {"dobj", "obj"} and noun_relation(c.lemma_) == relation
        or c.dep_ == "prep" and PREP_VERBS.get((lemma, c.lower_)) == relation for c in verb.children)
