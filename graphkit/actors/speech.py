"""Who is speaking: the subject of a speech verb, for pronouns that refer to their speaker."""
from __future__ import annotations

from spacy.tokens import Token

from .mention import Mention
from .table import MentionTable

# Communication verbs: their subject is the speaker of what they report (and its attribution).
SPEECH_VERBS = frozenset("""say tell state announce report claim add note declare insist argue confirm
    write assert allege suggest warn reveal disclose explain stress emphasize emphasise indicate
    acknowledge believe think estimate conclude predict""".split())


def is_speech_verb(token: Token) -> bool:
    """"said", "told", "added": a verb that reports what its subject said."""
    return token.lemma_.lower() in SPEECH_VERBS


def reporting_speaker(table: MentionTable, tok: Token, types: set[str]) -> list[Mention]:
    """The subject of a reported clause that is a pronoun is its speaker: "Polisario fighters said they had
    shelled ...", "Orban said he would veto ..."."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or not is_speech_verb(clause.head):
        return []
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return []
    found = table.actors_of(subject) or table.modifier_actors(subject)
    return [m for m in found if m.actor.type in types]


def quoted_speakers(table: MentionTable, tok: Token) -> list[Mention]:
    """"We"/"I" in a quote is its speaker: '"We commend both leaders," he added.'"""
    speech = next((a for a in tok.ancestors if is_speech_verb(a) and a.pos_ == "VERB"), None)
    if speech is None and is_speech_verb(tok.sent.root):
        speech = tok.sent.root
    if speech is None:
        return []
    return [m for c in speech.children if c.dep_ == "nsubj" and c.i != tok.i for m in table.refs(c)]
