"""Where news text may and may not start a sentence, marked before the parser sets sentence boundaries.

The small model's parser splits news text where no sentence ends, and joins what should stay apart:

- a speaker's label ("RYDER:", "MS. BRUCE:", "Q:") is cut off the answer it introduces, so that the
  speaker never shares a sentence with what they say; here the label joins its line's sentence;
- a live blog's timestamp ("09:05 GMT -", "14:10 —") is sometimes cut off and sometimes read as part of
  the entry, "GMT" then being its subject; here it is always a sentence of its own, as is a list
  number ("3.") before its item;
- the closing quote mark of a paragraph's last sentence ('..."over."') is left alone as a "sentence";
- now and then a sentence starts with no punctuation before it, in a name ("Chancellor | Friedrich
  Merz") or before a comma.

A relation whose two actors land in different parts is invisible to the rules and to the relation model,
which both read one sentence at a time. spaCy's parser keeps ``is_sent_start`` values set before it
(False: not a start; True: a start), so this component marks them; every other boundary is the parser's
or ``graphkit_paragraphs``' (line breaks). One pass over the tokens, looking a few tokens ahead at a line's
start; the marks are written in one array (``Token.is_sent_start``'s setter checks the whole document for a
parse each time, which made it cost 3% of the pipeline's time).
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

# A sentence starts only after one of these (or at a line break): after any other token, the next one is
# inside its sentence. "." covers abbreviations ("U.S."), which may end one.
BOUNDARY_ENDINGS = (".", "!", "?", ":", ";", "…", '"', "”", "’", "'", ")", "]", "»", "-", "—", "–")
# Punctuation ending a sentence, to which a quote mark written right after it belongs.
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
DASHES = frozenset({"-", "—", "–"})
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")  # "09:05", "15.31"
_ZONE = re.compile(r"[A-Z]{2,5}")  # "GMT", "IST", "CET"
_LIST_NUMBER = re.compile(r"\d{1,2}")  # "3." (one token or two)
LABEL_TOKENS = 8  # "PRESIDENT LOPEZ OBRADOR:", "MS. BRUCE:" (the stop is a token of its own)
START, NOT_START = 1, -1  # Doc.to_array(SENT_START) values (0: left to the parser)


@Language.component("graphkit_sentence_starts")
def mark_sentence_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` where news text's conventions decide it (see the module docstring)."""
    marks = doc.to_array(SENT_START).astype(numpy.int64)  # keeps graphkit_paragraphs' starts
    prev = None  # the last token that is not a blank, on the current line
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text:
                prev = None
            continue
        if prev is None:
            _mark_line_prefix(doc, tok.i, marks)
        elif not prev.text.endswith(BOUNDARY_ENDINGS) or _closes_quote(prev, tok):
            marks[tok.i] = NOT_START
        prev = tok
    doc.from_array([SENT_START], marks.reshape(-1, 1).astype(numpy.uint64))  # -1 wraps; spaCy reads it back
    return doc


def _closes_quote(prev: Token, tok: Token) -> bool:
    """Whether *tok* is a quote mark written right after the end of a sentence: it closes that sentence."""
    return tok.text in CLOSING_QUOTES and prev.text in SENTENCE_ENDS and not prev.whitespace_


def _mark_line_prefix(doc: Doc, start: int, marks: numpy.ndarray) -> None:
    """A timestamp or list number opening the line at *start* is a sentence of its own; a speaker's label
    (after it, or opening the line) belongs to the sentence it introduces."""
    content = _timestamp_end(doc, start)
    if content == start:
        content = _list_number_end(doc, start)
    if content > start:
        _mark_prefix(doc, start, content, marks, own_sentence=True)
    label_end = _label_end(doc, content)
    if label_end > content:
        _mark_prefix(doc, content, label_end, marks, own_sentence=False)


def _mark_prefix(doc: Doc, start: int, end: int, marks: numpy.ndarray, *, own_sentence: bool) -> None:
    """Keep doc[start:end] together and, when the line goes on after it, start a sentence at *end* or not."""
    if end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
        marks[start + 1:end] = NOT_START
        marks[end] = START if own_sentence else NOT_START


def _timestamp_end(doc: Doc, i: int) -> int:
    """Index after "09:05 -", "09:05 GMT -", "07:10 (local) -" starting at *i*, else *i*."""
    if not _TIME.fullmatch(doc[i].text):
        return i
    j = i + 1
    if j < len(doc) and _ZONE.fullmatch(doc[j].text):
        j += 1
    elif j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3
    return j + 1 if j < len(doc) and doc[j].text in DASHES else i


def _list_number_end(doc: Doc, i: int) -> int:
    """Index after a list item's number ("3." or "3" "." or "3" ")") starting at *i*, else *i*."""
    text = doc[i].text
    if _LIST_NUMBER.fullmatch(text.removesuffix(".")) and text.endswith("."):
        return i + 1
    if _LIST_NUMBER.fullmatch(text) and i + 1 < len(doc) and doc[i + 1].text in {".", ")"}:
        return i + 2
    return i


def _label_end(doc: Doc, i: int) -> int:
    """Index after a speaker's or a section's label ("RYDER:", "MS. BRUCE:", "Q:", "BREAKING:") starting at
    *i*, else *i*: capitalised words (and the stop of "MS.") then a colon, all on one line."""
    for j in range(i, min(i + LABEL_TOKENS, len(doc))):
        tok = doc[j]
        if tok.text == ":":
            return j + 1 if j > i else i
        capitalised = tok.is_alpha and tok.text[0].isupper()
        if not (capitalised or tok.text == "." and j > i) or "\n" in tok.whitespace_:
            return i
    return i
