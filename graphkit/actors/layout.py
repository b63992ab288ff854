"""Where an article's text is someone's own words, read from its layout alone: quotation marks,
transcript speaker labels ("DUJARRIC: We have been clear ...", "Q: ...", "A: ...") and a statement's
header ("Remarks by ... ", "Joint statement of ...", or a lede announcing the text that follows: "X
delivered the following address ..."). Character offsets only; who the speaker is
is :mod:`graphkit.actors.voices`' business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE, CLOSE_DOUBLE = "“", "”"
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"

# "DUJARRIC:", "MS. CAMACHO:", "Q:", "Arindam Bagchi, Official Spokesperson of ...:" at a paragraph's start
_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][^\n:\"“”]{0,90}?):[ \t]+(?=\S)")
# Section headers and kickers that look like labels and name no one.
NOT_SPEAKERS = frozenset("""live analysis opinion update updated breaking note editor's watch read more photo
    video source sources correction comment exclusive factbox explainer timeline background interview
    transcript""".split())
QUESTIONERS = frozenset({"q", "question", "questions", "reporter", "journalist", "interviewer", "moderator"})
ANSWERERS = frozenset({"a", "answer"})
# The first paragraph of a statement printed in full: "Remarks by President X at ...", "Joint statement of ...".
_STATEMENT_HEADER = re.compile(
    r"^\s*(?:(?:the\s+)?following\s+(?:is\s+(?:the\s+|a\s+)?)?|excerpts?\s+from\s+(?:the\s+)?|(?:full\s+)?text\s+of\s+(?:the\s+)?)?"
    r"(?:(?:joint|final|introductory|opening|closing|televised|press|keynote|national|video|written)\s+){0,2}"
    r"(?:statement|remarks|address|speech|communiqu[ée]|declaration|briefing|explanation\s+of\s+vote)\b",
    re.IGNORECASE)
# A lede that announces the text printed after it: "X delivered the following address ...", "The following
# excerpts are from his remarks", "Below is the full text of ...".
_PRINTED_LEDE = re.compile(
    r"\b(?:the\s+following|below\s+(?:is|are))\s+(?:is\s+|are\s+)?(?:(?:the|an?)\s+)?(?:(?:full|edited|official|prepared)\s+)?"
    r"(?:text|excerpts?|address|remarks|speech|statement)\b|\b(?:these|below)\s+are\s+excerpts\b",
    re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+")
# The only characters that open or close a quote: the scan jumps from one to the next.
_QUOTE_MARK = re.compile(f"[{OPEN_DOUBLE}{CLOSE_DOUBLE}{OPEN_SINGLE}{CLOSE_SINGLE}\"]")


@dataclass(frozen=True)
class Turn:
    """A transcript turn: the label's text and where it is, and the speaker's words after it (to the next label)."""

    label: str
    label_start: int
    label_end: int
    end: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each non-empty line of *text*."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of *text* inside quotation marks, marks excluded. A quote still open at the end of
    its paragraph runs to that end (a quote over several paragraphs reopens each one)."""
    spans = []
    for start, end in paragraphs(text):
        opener: str | None = None
        for mark in _QUOTE_MARK.finditer(text, start, end):
            i, ch = mark.start(), mark.group()
            if opener is None:
                if ch in {OPEN_DOUBLE, '"'} or (ch == OPEN_SINGLE and _opens(text, i)):
                    opener, opened = ch, i + 1
            elif (ch in {CLOSE_DOUBLE, '"'} and opener != OPEN_SINGLE) or (
                    ch == CLOSE_SINGLE and opener == OPEN_SINGLE and _closes(text, i)):
                spans.append((opened, i))
                opener = None
        if opener is not None:
            spans.append((opened, end))
    return spans


def _opens(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def _closes(text: str, i: int) -> bool:
    """A closing single quote, not an apostrophe ("Russia’s"): no letter follows."""
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def turns(text: str) -> list[Turn]:
    """The labelled paragraphs of a transcript, each running to the next label (the paragraphs of one
    answer). Whether a label names a speaker is decided later; here a label is only a short capitalised
    phrase and a colon at a paragraph's start."""
    found = []
    for m in _LABEL.finditer(text):
        label = m.group("label").strip()
        if len(label.split()) > 14 or label.lower() in NOT_SPEAKERS or label.isdigit():
            continue
        found.append((label, m.start("label"), m.end("label")))
    out = []
    for k, (label, start, end) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else len(text)
        if len(found) < 2:  # one labelled paragraph in an article is not a transcript: it ends with its paragraph
            newline = text.find("\n", end)
            stop = newline if newline >= 0 else len(text)
        out.append(Turn(label, start, end, stop))
    return out


def statement_header(text: str) -> tuple[int, int] | None:
    """The first paragraph, when it announces the statement the rest of the article prints in full."""
    paras = paragraphs(text)
    if len(paras) < 2:
        return None
    start, end = paras[0]
    first = text[start:end]
    if end - start > 500 or not (_STATEMENT_HEADER.match(first) or _PRINTED_LEDE.search(first)):
        return None
    return start, end
