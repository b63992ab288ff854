"""Acts only asked of someone: "urged the EU to impose a ban on" states no ban (docs/annotation.md)."""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children
from .clauses import has_aux, has_mark, has_particle

# "urged the EU to impose a ban on", "called on Beijing to send": an act someone else is asked to do is not
# done (by the one asked or the one asking). Someone is asked when the request verb has an object ("urged the
# EU to", "a motion urging the president to"), is passive ("was urged to") or asks "on"/"to" someone ("called
# on X to", "appealed to X to"); "asked to join NATO" asks for the subject's own act and is left to other
# rules. "call" asks only with "on": "called Netanyahu to express support" is a phone call; "press" and "push"
# only a name or pronoun: "pressed its offensive to destroy", "pushed troops to advance" are no requests.
REQUEST_VERBS = frozenset("urge ask call press push pressure lobby appeal implore encourage request exhort beg".split())
NAMED_OBJECT_ONLY = frozenset({"press", "push"})
ASKED_PREPOSITIONS = frozenset({"on", "upon", "to"})
# "requested that the EU impose sanctions", "demanded that Moscow withdraw": the clause is what is demanded
# ("insisted that" and "said that" assert, and are not here).
DEMANDING_VERBS = frozenset("request demand urge ask propose recommend".split())
# "urged EU sanctions on Russia", "called for an embargo on Israel": a measure named only as asked for.
ASKING_FOR_VERBS = frozenset("urge demand request seek want propose recommend".split())
# "urged both sides to keep talking", "called on the EU to maintain the sanctions it imposed", "urged Washington
# to step up deliveries": asking that something go on, or grow, says it is going on.
CONTINUING_VERBS = frozenset("""keep maintain continue tighten extend uphold preserve sustain step increase boost
    expand intensify deepen strengthen""".split())
TO = frozenset({"to"})
FOR = frozenset({"for"})
QUESTION_MARKS = frozenset({"whether", "if"})
OUT = frozenset({"out"})


def is_requested(verb: Token) -> bool:
    """An act only asked of someone: the verb (or a verb it completes: "urged Rome to consider banning") is the
    infinitive of a request ("urged the EU to impose", "called on Israel to send", "called for X to break") or
    the clause of a demand ("requested that the EU impose")."""
    node = verb
    while node.dep_ in {"xcomp", "advcl", "conj"} and node.head.i != node.i:
        if node.lemma_.lower() in CONTINUING_VERBS:
            return False
        # the parser hangs "called on Brazil to expel" as an adverbial clause: an infinitive all the same
        completes = node.dep_ == "xcomp" or (node.dep_ == "advcl" and has_aux(node, TO))
        # "called for the EU to impose": the infinitive's own subject is the one asked
        for_someone = completes and has_mark(node, FOR)
        node = node.head
        if completes and node.lemma_.lower() in REQUEST_VERBS and (for_someone or _asks_someone(node)):
            return True
    # node tops verb's chain of infinitives and conjuncts: "requested that the EU condemn Minsk and impose
    # sanctions", "demanded that the EU move to impose"; a tensed verb joined to a demand states its own act
    # ("demanded that Russia withdraw, and Germany sent tanks"), unless the demand is a question
    return _demanded_clause(node) and (node is verb or _bare(verb) or has_mark(node, QUESTION_MARKS))


def is_asked_for(noun: Token) -> bool:
    """A measure only asked for: "urged EU sanctions on Russia", "called for an embargo on Israel". Not a
    measure someone is blamed for ("called Russia out for its strikes on Kyiv") nor the subject of a demanded
    clause the parser made an object ("urged the EU sanctions on Minsk be dropped": they are in force)."""
    head = noun.head
    if any(children(noun, "poss")):
        return False
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in ASKING_FOR_VERBS and not any(
            c.dep_ in {"ccomp", "xcomp"} and c.i > noun.i for c in head.children)
    return noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in REQUEST_VERBS \
        and not has_particle(head.head, OUT)


def _demanded_clause(verb: Token) -> bool:
    """"requested that the EU impose", "demanded that sanctions be imposed": the bare verb of what is demanded;
    "asked whether Iran had supplied": a question, which asserts nothing. "demanded the ship's withdrawal, and
    Abe expressed support" (a clause the parser hung on the demand) states its own act."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in DEMANDING_VERBS:
        return False
    return has_mark(verb, QUESTION_MARKS) or _bare(verb)


def _bare(verb: Token) -> bool:
    """The subjunctive's bare verb, which the tagger often calls a present ("demanded that Germany send")."""
    return verb.tag_ in {"VB", "VBP"} or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)


def _asks_someone(request: Token) -> bool:
    """Whether the request verb names whom it asks (see REQUEST_VERBS)."""
    lemma = request.lemma_.lower()
    for c in request.children:
        # "pushed on to attack", "pressed on to shell": movement, not asking someone
        if c.dep_ in {"prep", "prt"} and lemma not in NAMED_OBJECT_ONLY \
                and c.lower_ in ({"on", "upon"} if lemma == "call" else ASKED_PREPOSITIONS):
            return True
        if lemma != "call" and (c.dep_ in {"nsubjpass", "auxpass"} or (
                c.dep_ == "dobj" and (lemma not in NAMED_OBJECT_ONLY or c.pos_ in {"PROPN", "PRON"}))):
            return True
    return False
