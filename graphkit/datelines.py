"""Wire datelines ("KYIV, June 3 (Reuters) -"): where a story was filed, not part of its first sentence."""
from __future__ import annotations

import re

from spacy.tokens import Doc


def dateline_end(doc: Doc) -> int:
    """Token index just past a wire dateline ("KYIV, June 3 (Reuters) -") at the start of the text, else 0."""
    if not doc or not (doc[0].is_upper and doc[0].is_alpha and len(doc[0]) > 1):
        return 0
    for tok in doc[1:12]:
        if tok.text in {"-", "—", "–", "--"} and doc[tok.i - 1].whitespace_:  # not "PORT-AU-PRINCE"
            return tok.i + 1
        if tok.is_space and "\n" in tok.text:
            return 0
    return 0


# "MOSCOW — (AP) —", "ISLAMABAD/JAMMU, India (Reuters) —", "GOMA, Feb 24 -": capitals, then up to a spaced dash.
_DATELINE = re.compile(r"[A-Z][A-Z'./-]{2,}(?: [A-Z][A-Z'./-]*)*"  # the place, in capitals
                       r"(?:,[^\n—–-]{0,60}?)?"  # ", Feb 24", ", India (Reuters)"
                       r" [—–-]{1,2} (?:\(\w+\) [—–-]{1,2} )?")  # " - ", " — (AP) — "


def blank_dateline(text: str) -> str:
    """*text* with a leading wire dateline replaced by spaces, so that the parser does not read "BAKU" as the
    subject of the first sentence; offsets into the text stay the same."""
    match = _DATELINE.match(text)
    if match is None or len(match.group()) > 80:
        return text
    return " " * match.end() + text[match.end():]
