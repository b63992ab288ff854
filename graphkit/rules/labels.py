"""What a labelling verb calls its object ("called the deployment a provocation", "deems Mali a threat"): the
name's own words, and whether the name is hostile or condemning."""
from __future__ import annotations

from spacy.tokens import Token

from ..triggers import CONDEMNING_WORDS
from .clauses import children

# Hostile names for an actor ("deems Mali a threat", "called Kagame a warlord").
HOSTILE_LABELS = frozenset("""terrorist terrorists terrorism threat enemy enemies adversary aggressor rogue warlord
    dictator tyrant criminal criminals separatist separatists extremist extremists murderer puppet regime
    traitor""".split())
# Names that condemn an act, beside triggers.CONDEMNING_WORDS ("called the strike a war crime").
CONDEMNING_NAMES = frozenset("butcher butchers crime crimes bullying piracy genocide massacre theft".split())
# Every word that makes a name for an act condemning.
CONDEMNING_LABELS = CONDEMNING_WORDS | CONDEMNING_NAMES | HOSTILE_LABELS

# What a label's phrases and clauses add ("against Russian aggression", "which Moscow calls ..."), not its name.
PHRASE_DEPS = frozenset({"prep", "relcl", "acl", "advcl", "ccomp"})


def label_words(label: Token) -> list[Token]:
    """The name a label gives and its own modifiers, not what its phrases add: in "a deterrent against Russian
    aggression" the name is "deterrent" ("described ... as a violation": the as-phrase's noun)."""
    heads = list(children(label, "pobj")) if label.dep_ == "prep" else [label]
    words: list[Token] = []
    while heads:
        word = heads.pop()
        words.append(word)
        heads += [c for c in word.children if c.dep_ not in PHRASE_DEPS]
    return words


def is_denied(word: Token) -> bool:
    """"a challenge, not an enemy": a label denied."""
    before = word.doc[max(word.i - 2, word.sent.start):word.i]
    return any(c.dep_ == "neg" for c in word.children) or any(t.lower_ in {"not", "no", "never"} for t in before)
