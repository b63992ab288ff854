"""Whose own words a first-person pronoun is in, and whom it then stands for.

The annotation guide ("Who acts", rule 2): a spokesperson's "we"/"our" is the state or organisation the
spokesperson speaks for, and "I" is the speaker. A first person has a speaker in three layouts
(:mod:`graphkit.actors.layout` finds them):

1. a quotation: the speaker of the clause it is in (:mod:`graphkit.actors.speech`), else the speech verb
   outside the quote in the sentence that opens or closes it ('"We will not yield. Our troops stay," the
   minister said'), else, for a quote opening a sentence or paragraph with no speaker of its own, the
   speaker of the quote just before. The pronoun is that speaker, as the speech detector names them: a
   named minister's quoted "we" stays the minister (the development set's annotators give '"We commend
   both leaders," Rubio said' to Rubio; making it his state lost a true triple and gained nothing on
   validation);
2. a transcript turn: "DUJARRIC: We have been clear ..." is the person of that surname named earlier,
   "A:" the person the lede says was interviewed, "Q:" a journalist (never resolved);
3. a statement printed in full after a header naming who made it ("Remarks by President X at ...").

In a turn or a statement, "I" is the person speaking and "we"/"our" the state or organisation speaking
or the one the person speaks for (:func:`group_of`; unresolved when the article does not say).
Outside these layouts the first person is the writer's ("we spoke to ...", a columnist's "we") and has
no speaker; nor has a quote whose speaker cannot be found.
"""
from __future__ import annotations

import bisect
import functools
from typing import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from ..syntax import doc_text, is_one_of
from ..types import ActorType
from .layout import ANSWERERS, QUESTIONERS, quote_spans, statement_header, turns
from .mention import AffiliationSource, Mention, unique_actors
from .speech import QUOTES, is_speech_verb, speakers_of, verb_speakers
from .table import MentionTable
from .words import TITLE_WORDS

# Label words that are not part of a name: "MR. MILLER", "PRESIDENT LOPEZ OBRADOR", "Spokesperson".
LABEL_TITLES = TITLE_WORDS | frozenset("""mr. mrs. ms. dr. the official foreign minister's external affairs
    defence defense press secretary-general director general director-general spokesperson spokesman
    spokeswoman ambassador representative permanent""".split())
# Verbs of the lede that say who was interviewed: "X spoke to us", "we spoke to X", "we interviewed X".
INTERVIEW_VERBS = frozenset("speak talk interview sit answer".split())
# Verbs that introduce whom a person serves: "X, who heads the ELN's delegation", "X advises the ministry".
SERVE_VERBS = frozenset("head lead advise represent serve chair command run direct work speak".split())
# Nouns whose "by" phrase is a spokesperson speaking for the noun's owner: "the ministry's briefing, given by X".
EVENT_NOUNS = frozenset("""briefing conference statement remarks remark address speech interview session
    communique communiqué""".split())
STATEMENT_NOUNS = frozenset("""statement remarks remark address speech communique communiqué declaration
    explanation briefing""".split())
GROUP_TYPES = frozenset({ActorType.COUNTRY, ActorType.ORG})


class Voices:
    """The quotes, transcript turns and printed statement of one article, and their speakers."""

    def __init__(self, table: MentionTable):
        self.table = table
        self._text = text = doc_text(table.doc)
        self._quotes = quote_spans(text)
        self._quote_starts = [a for a, _ in self._quotes]
        self._turns = turns(text)
        self._turn_starts = [t.label_end for t in self._turns]
        self._turn_speakers: dict[int, list[Mention]] = {}
        self._quote_cache: dict[int, list[Mention]] = {}
        # A transcript's text is its turns'; one labelled paragraph ("Mr President:") is not a transcript.
        self._header = statement_header(text) if len(self._turns) < 2 else None

    # ------------------------------------------------------------------ who speaks
    def speakers(self, token: Token) -> tuple[list[Mention], bool]:
        """Who says the words *token* is in (a quote's speaker, a turn's, a printed statement's; [] for the
        writer's own words and for words whose speaker is unknown), and whether they are a quote."""
        k = self._quote_at(token.idx)
        if k is not None:
            return self._quote_speakers(k), True
        k = self._turn_at(token.idx)
        if k is not None:
            found = self._speaker_of_turn(k) if not self._unlabelled_answer(k, token.idx) else self._interviewee()
            if found or self._header is None:
                return found, False  # else a salutation in a printed statement ("Mr President: I thank ...")
        if self._header is not None and token.idx >= self._header[1]:
            return self._issuers, False
        return [], False

    def _quote_at(self, char: int) -> int | None:
        k = bisect.bisect_right(self._quote_starts, char) - 1
        return k if k >= 0 and char < self._quotes[k][1] else None

    def _turn_at(self, char: int) -> int | None:
        k = bisect.bisect_right(self._turn_starts, char) - 1
        return k if k >= 0 and char < self._turns[k].end else None

    def _quote_speakers(self, k: int) -> list[Mention]:
        if k not in self._quote_cache:
            self._quote_cache[k] = self._find_quote_speakers(k)
        return self._quote_cache[k]

    def _find_quote_speakers(self, k: int) -> list[Mention]:
        start, end = self._quotes[k]
        inside = [t for t in self._tokens(start, end) if not t.is_punct]
        for tok in inside:  # the parser's reading: '"We condemn it," Poland said'
            if tok.pos_ in {"VERB", "AUX"} or tok.dep_ == "ROOT":
                found = speakers_of(self.table, tok)
                if found:
                    return found
        found = self._attribution(start, end)
        if found or not inside:
            return found
        if self._opens_unit(start) and k > 0 and self._near(self._quotes[k - 1][1], start):
            return self._quote_speakers(k - 1)  # a quote that goes on in the next sentence or paragraph
        return []

    def _attribution(self, start: int, end: int) -> list[Mention]:
        """The speech verb outside any quote in the sentence that closes or opens the quote, nearest first
        ('"...," the minister said'; 'The minister said: "..."'), and its speaker."""
        doc = self.table.doc
        first, last = self._token_at(start), self._token_at(max(start, end - 1))
        if first is None or last is None:
            return []
        sents = [last.sent] if last.sent == first.sent else [last.sent, first.sent]
        previous = _previous_sentence(first.sent)
        if previous is not None and any(t.text == ":" for t in previous[-2:]):
            sents.append(previous)  # 'The minister said:' split off by the parser
        for sent in sents:
            verbs = [t for t in sent if is_speech_verb(t) and (t.pos_ == "VERB" or t.dep_ == "ROOT")
                     and self._quote_at(t.idx) is None]
            verbs.sort(key=lambda t: min(abs(t.i - first.i), abs(t.i - last.i)))
            for verb in verbs:
                found = [m for m in verb_speakers(self.table, verb) if self._quote_at(doc[m.start].idx) is None]
                if found:
                    return found
        return []

    def _opens_unit(self, start: int) -> bool:
        """Whether the quote opening at *start* begins a sentence or a paragraph."""
        tok = self._token_at(start)
        if tok is None:
            return False
        before = [t for t in tok.sent if t.i < tok.i and not t.is_space]
        return all(t.text in QUOTES for t in before)

    def _near(self, previous_end: int, start: int) -> bool:
        """Whether the text between two quotes is at most one sentence or a paragraph break."""
        a, b = self._token_at(previous_end), self._token_at(start)
        if a is None or b is None:
            return False
        sents = {t.sent.start for t in self.table.doc[a.i:b.i] if not t.is_space and t.text not in QUOTES}
        return len(sents) <= 1 and self._turn_at(previous_end) == self._turn_at(start)

    # ------------------------------------------------------------ transcript turns
    def _speaker_of_turn(self, k: int) -> list[Mention]:
        if k not in self._turn_speakers:
            self._turn_speakers[k] = self._label_speaker(k)
        return self._turn_speakers[k]

    def _label_speaker(self, k: int) -> list[Mention]:
        turn = self._turns[k]
        label = turn.label.lower().strip()
        if label in QUESTIONERS:
            return []
        if label in ANSWERERS:
            return self._interviewee()
        words = [w for w in _name_words(turn.label.split(",")[0]) if w not in LABEL_TITLES]
        if not words:  # "Spokesperson:" after "Arindam Bagchi, Official Spokesperson of ...:"
            return next((s for j in range(k - 1, -1, -1) if (s := self._speaker_of_turn(j))), [])
        doc = self.table.doc
        earlier = [m for m in self.table.named if m.actor.type == ActorType.PERSON and doc[m.start].idx < turn.label_start
                   and not self._in_label(doc[m.start].idx) and set(words) <= set(_name_words(m.text))]
        if earlier:
            return [earlier[-1]]
        inside = [m for t in self._tokens(turn.label_start, turn.label_end) for m in self.table.refs(t)
                  if m.actor.type == ActorType.PERSON]
        return unique_actors(inside)[:1]

    def _unlabelled_answer(self, k: int, char: int) -> bool:
        """Whether *char* is in the paragraphs after a question of an interview that labels only its
        questions ("Q: Why?\n\nBecause ..."): those paragraphs are the answer."""
        if not self._questions_only:  # then every turn is a question
            return False
        turn = self._turns[k]
        newline = self._text.find("\n", turn.label_end, turn.end)
        return 0 <= newline < char

    @functools.cached_property
    def _questions_only(self) -> bool:
        return len(self._turns) >= 2 and all(t.label.lower().strip() in QUESTIONERS for t in self._turns)

    def _in_label(self, char: int) -> bool:
        return any(t.label_start <= char < t.label_end for t in self._turns)

    def _interviewee(self) -> list[Mention]:
        """The person the lede (the text before the first label) says was interviewed, or its only person."""
        lede_end = self._turns[0].label_start if self._turns else 0
        people = [m for m in self.table.named if m.actor.type == ActorType.PERSON
                  and self.table.doc[m.start].idx < lede_end]
        asked = [m for m in people if _interviewed(self.table.doc[m.start:m.end].root)]
        chosen = unique_actors(asked) or unique_actors(people)
        return chosen[:1] if len(chosen) == 1 else []

    # ------------------------------------------------------------ printed statement
    @functools.cached_property
    def _issuers(self) -> list[Mention]:
        """Who the header says made the statement: "Remarks by X", "Joint statement of A and B", else the
        subject of the lede's first sentence ("Foreign Minister X delivered the following address")."""
        start, end = self._header
        header = self._tokens(start, end)
        for tok in header:
            if is_one_of(tok, STATEMENT_NOUNS):
                found = _by_or_of(self.table, tok)
                if found:
                    return found
        if not len(header):
            return []
        root = next(iter(header.sents)).root
        subjects = [child for child in root.children if child.dep_ == "nsubj"]
        return unique_actors([m for child in subjects for m in self.table.actors_of(child)])

    # ------------------------------------------------------------------ helpers
    def _tokens(self, start: int, end: int) -> Span:
        span = self.table.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None else self.table.doc[0:0]

    def _token_at(self, char: int) -> Token | None:
        span = self.table.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


def without_name_labels(doc: Doc, refs: Mapping[int, tuple[Mention, ...]],
                        named: Sequence[Mention]) -> tuple[dict[int, tuple[Mention, ...]], list[Mention]]:
    """The names pass's mentions without the people in a transcript's short speaker labels ("MR. MILLER:"):
    a label is layout, not a mention, and as one it became a person of its own and an antecedent ("his").
    A single labelled paragraph is not a transcript, and keeps its names."""
    labelled = turns(doc_text(doc))
    spans = [(t.label_start, t.label_end) for t in labelled
             if "," not in t.label and len(t.label.split()) <= 4] if len(labelled) >= 2 else []
    if not spans:
        return dict(refs), list(named)
    inside = {tok.i for a, b in spans for tok in doc.char_span(a, b, alignment_mode="expand") or ()}
    dropped = {i for i in inside if any(m.actor.type == ActorType.PERSON for m in refs.get(i, ()))}
    return ({i: ms for i, ms in refs.items() if i not in dropped},
            [m for m in named if m.start not in dropped])


def first_person_referents(table: MentionTable, token: Token, speakers: list[Mention], quoted: bool) -> list[Mention]:
    """Whom a first-person pronoun stands for, given who says it. In a quote, the speaker, as the speech
    detector names them ('"We commend both leaders," the minister said': a named minister's "we" is the
    minister, as news annotators read it). In a transcript turn or a printed statement, "I" is the person
    speaking and "we"/"our" the state or organisation speaking or spoken for (unresolved when unknown)."""
    if quoted:
        return speakers
    if token.lower_ in {"i", "me", "my", "mine"}:
        return speakers if len(speakers) == 1 and speakers[0].actor.type == ActorType.PERSON else []
    groups = [m if m.actor.type in GROUP_TYPES else group_of(table, m) for m in speakers]
    return unique_actors([g for g in groups if g is not None])


def group_of(table: MentionTable, person: Mention) -> Mention | None:
    """The state or organisation a person speaks for: their title in this article, else what the article
    introduces them with ("X, who heads the ELN's delegation"; "the ministry's briefing, given by X"),
    else the gazetteer's country; ``None`` when none of these says."""
    ties = [a for a in table.affiliations if a.person.actor.id == person.actor.id]
    titled = [a.group for a in ties if a.source == AffiliationSource.TITLE.value]
    if titled:
        return titled[0]
    introduced = _introduced_group(table, person)
    if introduced is not None:
        return introduced
    if ties:
        return ties[0].group
    home = table.home_mention(person)
    return home if home.actor.type in GROUP_TYPES else None


def _introduced_group(table: MentionTable, person: Mention) -> Mention | None:
    for m in table.named:
        if m.actor.id != person.actor.id:
            continue
        root = table.doc[m.start:m.end].root
        for phrase in _introductions(root):
            found = _first_group(table, phrase, person)
            if found is not None:
                return found
    return None


def _introductions(root: Token) -> list[list[Token]]:
    """The phrases that say whom the person at *root* serves: their appositions, a relative clause or
    main verb of serving, the owner of the briefing they give."""
    out = [list(c.subtree) for c in root.children if c.dep_ == "appos"]
    out += [list(c.subtree) for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in SERVE_VERBS]
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SERVE_VERBS:
        out += [list(c.subtree) for c in root.head.children if c.dep_ in {"dobj", "prep"}]
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"}:
        out.append([t for t in root.head.subtree if t.i < root.i])  # "ministry spokesperson, X"
    by = root.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    if by is not None:  # "the ministry's briefing by X", "briefing of the ministry, given by X"
        event = next((a for a in list(by.ancestors)[:4] if is_one_of(a, EVENT_NOUNS)), None)
        if event is not None:
            out.append([t for t in event.subtree if t.i < by.i])
    return out


def _first_group(table: MentionTable, phrase: list[Token], person: Mention) -> Mention | None:
    """The first state or organisation named in *phrase*, or the group of the first other person in it."""
    for tok in phrase:
        found = table.refs(tok) or (table.actors_of(tok, conjuncts=False) if tok.pos_ in {"NOUN", "PROPN"} else [])
        for m in found:
            if m.actor.type in GROUP_TYPES:
                return m
            if m.actor.type == ActorType.PERSON and m.actor.id != person.actor.id:
                ties = [a.group for a in table.affiliations if a.person.actor.id == m.actor.id]
                if ties:
                    return ties[0]
    return None


def _interviewed(root: Token) -> bool:
    """"X spoke to us", "we spoke to X", "we interviewed X" (*root* is X's head)."""
    node = root.head if root.dep_ == "appos" else root
    if node.dep_ == "nsubj":
        return node.head.lemma_.lower() in INTERVIEW_VERBS
    if node.dep_ == "pobj" and node.head.lower_ in {"to", "with"}:
        return node.head.head.lemma_.lower() in INTERVIEW_VERBS
    return node.dep_ == "dobj" and node.head.lemma_.lower() == "interview"


def _by_or_of(table: MentionTable, noun: Token) -> list[Mention]:
    """Who made the statement *noun* names: "statement by X", "remarks of X", "statement delivered by X"."""
    for child in noun.children:
        heads = [child] if child.dep_ == "prep" and child.lower_ in {"by", "of", "from"} else \
            [p for p in child.children if p.dep_ in {"agent", "prep"} and p.lower_ == "by"] if child.dep_ == "acl" else []
        for prep in heads:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = table.actors_of(obj)
                    if found:
                        return found
    return []


def _name_words(text: str) -> list[str]:
    return [w.strip(".'’").lower() for w in text.replace("-", " ").split() if w.strip(".'’")]


def _previous_sentence(sent: Span) -> Span | None:
    i = sent.start - 1
    while i >= 0 and sent.doc[i].is_space:
        i -= 1
    return sent.doc[i].sent if i >= 0 else None

