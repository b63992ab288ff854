"""Who is speaking: the one answer to "who says the clause this token is in".

Actor resolution asks it for "we"/"I" in a quote and for a reported subject pronoun ("Orban said he
would veto ..."); the rules ask it to attribute a claim and to find who calls for or condemns something
in a quote ('"Iran must stop," Blinken said'). One speech verb list, one way up the parse:

1. the nearest speech verb above the token, unless the token is in that verb's own subject ("Russia's
   envoy said ...": "Russia" is in who speaks, not in what is said) or in a verb coordinated with it
   ("announced aid and sent troops"); the search then goes on up;
2. failing that, a sentence that opens with a quote and has no speech verb of its own continues the
   quote of the sentence before: '"The talks went well," Blinken said. "Russia must end its war."' is
   Blinken's too.

The speaker is that verb's subject, a relative clause's noun ("Lavrov, who said ..."), a passive
agent ("it was announced by Tehran"), or, for a verb with no subject of its own, the subject it
shares ("denounced the drills and warned that ...", "..., adding that ...", "declined to say").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import coordination_top, is_one_of
from .mention import Mention, unique_actors
from .table import MentionTable
from .words import PRIVATE_PEOPLE

# Communication verbs: their subject is the speaker of what they report (and its attribution).
SPEECH_VERBS = frozenset("""say tell state announce report claim add note declare insist argue confirm
    write assert allege suggest warn reveal disclose explain stress emphasize emphasise indicate
    acknowledge believe think estimate conclude predict""".split())

OPENING_QUOTES = frozenset({'"', "“", "‘"})
QUOTES = OPENING_QUOTES | {"”", "’"}


def is_speech_verb(token: Token) -> bool:
    """"said", "told", "added": a verb that reports what its subject said."""
    return token.lemma_.lower() in SPEECH_VERBS


def reporting_verb(token: Token) -> Token | None:
    """The speech verb that reports the clause *token* is in (see the module's rules), or ``None``."""
    node = token
    while node.head.i != node.i:
        head = node.head
        # a root "said" the tagger did not call a verb still reports its sentence
        if is_speech_verb(head) and (head.pos_ == "VERB" or head.dep_ == "ROOT") and _is_reported(node):
            return head
        node = head
    sent = token.sent
    if is_speech_verb(sent.root) or sent[0].text not in OPENING_QUOTES:
        return None
    previous = _previous_sentence(sent)
    return previous.root if previous is not None and is_speech_verb(previous.root) else None


def speaker_phrases(token: Token) -> list[Token]:
    """The heads of the phrases naming who says the clause *token* is in ("the Russian foreign ministry");
    more than one when the parser splits a coordination ("France, Germany and Italy said")."""
    verb = reporting_verb(token)
    return [] if verb is None else _speaker_heads(verb)


def speakers_of(table: MentionTable, token: Token) -> list[Mention]:
    """Who says the clause *token* is in, as actors: the speaker phrases' actors, or the state or body owning
    one ("Iranian officials said" -> Iran; not "Iranian protesters", who speak for themselves)."""
    return phrase_speakers(table, speaker_phrases(token))


def verb_speakers(table: MentionTable, verb: Token) -> list[Mention]:
    """Who speaks through the speech verb *verb* ("said", "added"), as actors."""
    return phrase_speakers(table, _speaker_heads(verb))


def phrase_speakers(table: MentionTable, phrases: list[Token]) -> list[Mention]:
    """The actors of speaker phrases: their own, or the state or body owning one."""
    found: list[Mention] = []
    for phrase in phrases:
        actors = table.actors_of(phrase)
        if not actors and phrase.pos_ in {"NOUN", "PROPN"} and not is_one_of(phrase, PRIVATE_PEOPLE):
            actors = table.modifier_actors(phrase)
        found += actors
    return unique_actors(found)


def _own_subjects(verb: Token) -> list[Token]:
    """The subjects of *verb*, without the quote the parser sometimes takes for one ('"Congratulations to
    Ghana," Kenya said')."""
    return [c for c in verb.children if c.dep_ == "nsubj" and not _quote_between(c, verb)]


def _quote_between(subject: Token, verb: Token) -> bool:
    lo, hi = (subject.right_edge.i + 1, verb.i) if subject.i < verb.i else (verb.i + 1, subject.left_edge.i)
    return any(t.text in QUOTES for t in subject.doc[lo:hi])


def _is_reported(node: Token) -> bool:
    """Whether *node* hangs on its speech verb as part of what is said: not as its speaker (subject, passive
    agent), nor as a verb coordinated with it ("announced aid and designated the gangs": no one says the
    designation)."""
    if node.dep_ in {"agent", "conj", "cc"}:
        return False
    return node.dep_ != "nsubj" or all(s.i != node.i for s in _own_subjects(node.head))


def _speaker_heads(verb: Token) -> list[Token]:
    subjects = _own_subjects(verb)
    if subjects:
        if verb.dep_ == "relcl" and subjects[0].tag_ in {"WDT", "WP"}:
            return [coordination_top(verb.head)]  # "Lavrov, who said ...": Lavrov
        return subjects
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    head = verb.head
    if agents or head.i == verb.i:
        return agents  # "it was announced by Tehran"
    if verb.dep_ == "conj":
        # "denounced the drills and warned that ...": the first verb's subject; but inside a reported clause
        # ("Chile said Peru had sent troops and warned that ...") the parser hangs the speaker's next words too low
        outer = reporting_verb(coordination_top(verb))
        return _speaker_heads(outer if outer is not None else head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _speaker_heads(head)  # "..., adding that ..."
    if verb.dep_ == "xcomp":
        # "urged Tehran to explain": the one urged would speak; "declined to say", "kept insisting"
        objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}] if verb.tag_ == "VB" else []
        return objects[:1] or _speaker_heads(head)
    return []


def _previous_sentence(sent: Span) -> Span | None:
    """The sentence before *sent*, skipping paragraph breaks."""
    i = sent.start - 1
    while i >= 0 and sent.doc[i].is_space:
        i -= 1
    return sent.doc[i].sent if i >= 0 else None
