"""Pass 2b, state organs: a bare "the army", "the military", "the government" is a state named earlier.

Annotators fold a state's army, government and ministries into the state (docs/annotation.md), so
"the army" is an actor the relation model needs as much as the state's name; an article says whose
army once ("Myanmar's military", "Israeli troops") and then drops the owner. Resolution, first that
applies:

1. the same kind of organ with an owner earlier in the article ("the Sudanese government ... the
   government"): that owner, a person standing for the state they serve;
2. for an armed organ, an organisation the article named after a state's forces ("Sudanese Armed
   Forces"): an army that is one side of a civil war is its own actor;
3. for an armed organ, the state whose forces the article last spoke of ("Israeli soldiers",
   "Russia's army").

Not tried further: the state the article names most (the precision of the rules on validation fell by
0.007 for two more reachable occurrences).

An organ with an owner of its own ("Russia's army") is left to the phrase reading of the rules; one
that is part of a name ("the Arakan Army") is a name already.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..types import ActorType
from .mention import How, Mention
from .table import Draft, MentionTable
from .words import NON_STATE_WORDS

Resolved = dict[int, tuple[Mention, ...]]

ARMED_ORGANS = frozenset("army military navy".split())
FORCE_WORDS = frozenset("army military navy force forces troop troops soldier".split())
CIVIL_ORGANS = frozenset("government regime administration authorities".split())
STATE_ORGANS = ARMED_ORGANS | CIVIL_ORGANS
ARMY_NAME_ENDS = frozenset("army forces military".split())


def resolve_state_organs(table: MentionTable) -> Resolved:
    """Bare "the army", "the military", "the government" (see the module's rules), by token."""
    draft = Draft(table)
    for tok in table.doc:
        lemma = tok.lemma_.lower()
        if lemma not in STATE_ORGANS or tok.pos_ != "NOUN" or draft.is_resolved(tok.i) \
                or not _bare(draft, tok):
            continue
        armed = lemma in ARMED_ORGANS
        found = _earlier_owner(draft, tok, FORCE_WORDS if armed else CIVIL_ORGANS)
        if found is None and armed:
            found = _named_army(draft, tok) or _last_forces_owner(draft, tok)
        if found is not None:
            draft.resolve(tok.i, (found.at(tok, How.PRONOUN),))
    return draft.added


def _bare(table: MentionTable, tok: Token) -> bool:
    """"the army", "army chief": no owner, no name, nothing that says whose it is."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets not in (["the"], []) or (not dets and tok.dep_ != "compound"):
        return False
    if tok.text[:1].isupper() and tok.i > tok.sent.start:
        return False  # "the Arakan Army" or "the Army" inside a name
    if table.modifier_actors(tok) or table.prep_owner(tok):
        return False
    return not any(c.dep_ in {"amod", "compound", "poss"} and (c.pos_ == "PROPN" or c.tag_ == "PRP$")
                   for c in tok.children)  # "its army", "the Kenyan-led force" are someone's


def _owner(table: MentionTable, tok: Token) -> Mention | None:
    owners = table.modifier_actors(tok) or table.prep_owner(tok)
    if not owners:
        return None
    m = table.home_mention(owners[0])
    return m if m.actor.type in {ActorType.COUNTRY, ActorType.ORG} else None


def _earlier_owner(table: MentionTable, tok: Token, kinds: frozenset[str]) -> Mention | None:
    """The owner of the last organ of the same kind with an owner: "Sudan's army ... the army"."""
    lemma = tok.lemma_.lower()
    for prev in reversed(table.doc[:tok.i]):
        if prev.pos_ == "NOUN" and prev.lemma_.lower() == lemma:
            if table.refs(prev):
                return table.refs(prev)[0]
            owner = _owner(table, prev)
            if owner is not None:
                return owner
    return None


def _named_army(table: MentionTable, tok: Token) -> Mention | None:
    """The organisation named after a state's forces ("the Sudanese Armed Forces"), if the article has one."""
    for m in table.named:
        words = m.text.lower().replace("the ", "").split()
        if m.actor.type != ActorType.ORG or not words or words[-1] not in ARMY_NAME_ENDS \
                or set(words) & NON_STATE_WORDS:
            continue
        first = table.gazetteer.lookup(m.text.split()[0] if not m.text.lower().startswith("the ") else m.text.split()[1])
        if first is not None and first.type == ActorType.COUNTRY:
            return m
    return None


def _last_forces_owner(table: MentionTable, tok: Token) -> Mention | None:
    """The state whose forces were last spoken of before *tok*: "Israeli troops ... the army"."""
    for prev in reversed(table.doc[:tok.i]):
        if prev.pos_ == "NOUN" and prev.lemma_.lower() in FORCE_WORDS:
            owner = table.refs(prev)[0] if table.refs(prev) else _owner(table, prev)
            if owner is not None and owner.actor.type == ActorType.COUNTRY:
                return owner
    return None

