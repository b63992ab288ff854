"""Wire datelines ("KYIV, June 3 (Reuters) -"): where a story was filed, not part of its first sentence."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .syntax import doc_text


# "MOSCOW — (AP) —", "ISLAMABAD/JAMMU, India (Reuters) —", "GOMA, Feb 24 -": capitals, then up to a spaced dash.
_DATELINE = re.compile(r"[A-Z][A-Z'./-]{2,}(?: [A-Z][A-Z'./-]*)*"  # the place, in capitals
                       r"(?:,[^\n—–-]{0,60}?)?"  # ", Feb 24", ", India (Reuters)"
                       r" [—–-]{1,2} (?:\(\w+\) [—–-]{1,2} )?")  # " - ", " — (AP) — "


def _dateline_length(text: str) -> int:
    """Characters of the wire dateline *text* begins with, else 0."""
    match = _DATELINE.match(text)
    return match.end() if match is not None and match.end() <= 80 else 0


def blank_dateline(text: str) -> str:
    """*text* with a leading wire dateline replaced by spaces, so that the parser does not read "BAKU" as the
    subject of the first sentence; offsets into the text stay the same."""
    n = _dateline_length(text)
    return " " * n + text[n:] if n else text


def dateline_end(doc: Doc) -> int:
    """Token index just past a dateline still in a parsed text (a Doc not made by the pipeline), else 0."""
    n = _dateline_length(doc_text(doc))
    return next((t.i for t in doc if t.idx >= n), len(doc)) if n else 0
