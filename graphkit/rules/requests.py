"""Acts only asked of someone: "urged the EU to impose a ban on" states no ban (docs/annotation.md)."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import has_aux

# "urged the EU to impose a ban on", "called on Beijing to send": an act someone else is asked to do is not
# done (by the one asked or the one asking). Someone is asked when the request verb has an object ("urged the
# EU to", "a motion urging the president to"), is passive ("was urged to") or asks "on"/"to" someone ("called
# on X to", "appealed to X to"); "asked to join NATO" asks for the subject's own act and is left to other
# rules. "call" asks only with "on": "called Netanyahu to express support" is a phone call; "press" only a
# name or pronoun: "pressed its offensive to destroy" is no request.
REQUEST_VERBS = frozenset("urge ask call press appeal implore encourage request exhort beg".split())
ASKED_PREPOSITIONS = frozenset({"on", "upon", "to"})
# "urged both sides to keep talking", "called on the EU to maintain the sanctions it imposed", "urged Washington
# to step up deliveries": asking that something go on, or grow, says it is going on.
CONTINUING_VERBS = frozenset("""keep maintain continue tighten extend uphold preserve sustain step increase boost
    expand intensify deepen strengthen""".split())
TO = frozenset({"to"})


def is_requested(verb: Token) -> bool:
    """An act only asked of someone: the verb (or a verb it completes: "urged Rome to consider banning") is the
    infinitive of a request ("urged the EU to impose", "called on Israel to send", "a motion urging X to break")."""
    node = verb
    while node.dep_ in {"xcomp", "advcl", "conj"} and node.head.i != node.i:
        if node.lemma_.lower() in CONTINUING_VERBS:
            return False
        # the parser hangs "called on Brazil to expel" as an adverbial clause: an infinitive all the same
        completes = node.dep_ == "xcomp" or (node.dep_ == "advcl" and has_aux(node, TO))
        node = node.head
        if completes and node.lemma_.lower() in REQUEST_VERBS and _asks_someone(node):
            return True
    return False


def _asks_someone(request: Token) -> bool:
    """Whether the request verb names whom it asks (see REQUEST_VERBS)."""
    lemma = request.lemma_.lower()
    for c in request.children:
        if c.dep_ in {"prep", "prt"} and c.lower_ in ({"on", "upon"} if lemma == "call" else ASKED_PREPOSITIONS):
            return True
        if lemma != "call" and (c.dep_ in {"nsubjpass", "auxpass"}
                                or (c.dep_ == "dobj" and (lemma != "press" or c.pos_ in {"PROPN", "PRON"}))):
            return True
    return False
