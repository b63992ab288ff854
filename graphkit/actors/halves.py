"""Pass 2c, halves: "the North" and "the South" for a divided country the article names.

Korea coverage says "the North" for North Korea and "the South" for South Korea (so does Sudan's for
South Sudan) once the full name has been given. The pass resolves a capitalised "the North"/"the South"
to the country the article names whose name is "North ..." or "South ...", when there is exactly one.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import indices_of
from ..types import ActorType
from .mention import How, Mention
from .table import MentionTable

Resolved = dict[int, tuple[Mention, ...]]

HALVES = frozenset({"North", "South"})


def resolve_halves(table: MentionTable) -> Resolved:
    """"the North", "the South's leader": the country named "North ..."/"South ..." before it."""
    out: Resolved = {}
    for i in indices_of(table.doc, "text", HALVES):
        tok = table.doc[i]
        if table.is_resolved(tok.i) or not _bare_half(tok):
            continue
        named = {m.actor.id: m for m in table.named if m.start < tok.i and m.actor.type == ActorType.COUNTRY
                 and m.actor.name.split()[0] == tok.text and len(m.actor.name.split()) > 1}
        if len(named) == 1:
            m = next(iter(named.values()))
            out[tok.i] = (m.at(tok, How.PRONOUN),)
    return out


def _bare_half(tok: Token) -> bool:
    """"the North" on its own, not "the North Atlantic" nor "the north of the country"."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() or nxt.lower_ == "of")
