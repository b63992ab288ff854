"""Pass 1b, acronyms: capitalised short names NER leaves untagged ("the ELN", "the E3").

The small English model often gives an armed group's or a grouping's acronym no entity label at all,
so the names pass never sees it. An acronym the gazetteer knows becomes that actor; one it does not know
becomes an organisation of its own when the article uses it at least twice (a name it keeps
returning to, not a one-off abbreviation). Returns mentions by token, like the other passes.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..datelines import dateline_end
from ..syntax import indices_upper
from ..types import Actor, ActorType
from .mention import How, Mention, slug
from .names import entry_actor
from .table import MentionTable
from .words import GENERIC_ORG_WORDS, MEDIA_WORDS, TIME_ZONES

Resolved = dict[int, tuple[Mention, ...]]

ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
# Capitalised abbreviations of things, times and units, never of actors.
NOT_ACTORS = TIME_ZONES | frozenset("""AM PM TV GDP CEO CFO UAV MP HQ ID AI LNG COVID DNA IT PR
    SMS USD EUR NGO IDP ICBM SRBM IRBM MRBM SAM IED RPG HIMARS ATACMS MANPADS II III IV VI VII VIII IX XI XII
    OK KM MW GW PDF URL FAQ PS VIP CIA FBI""".split())
MIN_UNKNOWN_USES = 2


def find_acronyms(table: MentionTable) -> Resolved:
    """Acronyms no earlier pass resolved: the gazetteer's actor, or an organisation the article keeps naming."""
    doc = table.doc
    start = dateline_end(doc)
    # an acronym is in capitals: only those words are read
    found = [doc[i] for i in indices_upper(doc) if i >= start and _unresolved_acronym(table, doc[i])]
    uses: dict[str, int] = {}
    for tok in found:
        uses[tok.text] = uses.get(tok.text, 0) + 1
    out: Resolved = {}
    for tok in found:
        entry = table.gazetteer.lookup(tok.text)
        if entry is not None and entry.type in {ActorType.COUNTRY, ActorType.ORG}:
            actor = entry_actor(entry)
        elif entry is None and uses[tok.text] >= MIN_UNKNOWN_USES:
            actor = Actor(f"org:{slug(tok.text)}", tok.text, ActorType.ORG.value)
        else:
            continue
        out[tok.i] = (Mention(actor, tok.i, tok.i + 1, tok.text, How.NAME.value),)
    return out


def _unresolved_acronym(table: MentionTable, tok: Token) -> bool:
    """An all-capital short word in running text that no pass resolved and NER did not call a thing."""
    if table.is_resolved(tok.i) or not ACRONYM.match(tok.text):
        return False
    if tok.text.rstrip("S") in NOT_ACTORS or tok.lower_ in GENERIC_ORG_WORDS | MEDIA_WORDS:
        return False
    if tok.ent_type_ not in {"", "ORG"}:
        return False  # NER's products, dates, numbers and places are not organisations
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ":":
        return False  # "DUJARRIC:" a speaker's label in a transcript
    sent = tok.sent
    letters = [t for t in sent if t.is_alpha]
    return not (letters and all(t.is_upper for t in letters))  # a headline in capitals
