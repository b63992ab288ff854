"""Role words in titles and appositions, mapped to the structural relations LEADER_OF / MEMBER_OF.

"Russian President Vladimir Putin" -> LEADER_OF; "Lloyd Austin, the US defence secretary" -> MEMBER_OF;
"an aide in the Kremlin" -> MEMBER_OF. Decisions:

- The head of the phrase decides ("foreign minister" is a minister; "prime minister" a leader).
- A deputy does not lead: deputy/vice/assistant/under demote LEADER_OF to MEMBER_OF.
- Roles not (or not yet) held make no relation: former, ex-, late, -elect, designate, would-be -> None.
  So does "opposition leader": an opposition figure neither leads nor serves the state.
- "chief"/"head" lead what they are chief of ("UN chief"), but a sector in front ("army chief",
  "intelligence chief") or a sub-unit after ("head of the presidential office", "chief of the general
  staff") makes them serve the country instead.
"""
from __future__ import annotations

import re

from .ontology import Relation

LEADER_OF = Relation.LEADER_OF.value
MEMBER_OF = Relation.MEMBER_OF.value

_LEADER_PHRASES = frozenset({
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan",
    "monarch", "leader", "supreme leader", "ruler", "dictator", "strongman", "head of state",
    "head of government", "secretary general", "general secretary", "chairman", "chairwoman",
    "chairperson", "chair", "director general", "managing director", "executive director",
    "chief executive", "ceo", "pope", "taoiseach", "pm", "pres", "founder", "head", "chief",
})
_MEMBER_PHRASES = frozenset({
    "minister", "secretary", "secretary of state", "undersecretary", "under secretary", "spokesperson",
    "spokesman", "spokeswoman", "press secretary", "ambassador", "envoy", "special envoy", "aide",
    "adviser", "advisor", "official", "officer", "diplomat", "negotiator", "representative",
    "high representative", "delegate", "commissioner", "high commissioner", "general", "admiral",
    "colonel", "lieutenant", "commander", "commander in chief", "chief of staff", "director", "deputy",
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp", "member", "governor",
    "mayor", "speaker", "prosecutor", "judge", "crown prince", "prince", "princess", "attache",
    "consul", "gen", "lt", "maj", "col", "adm", "sen", "rep", "amb", "cabinet secretary",
    "chancellor of the exchequer", "co-founder", "cofounder", "vice",
})
# Modifiers that change what the role phrase means.
_NOT_HELD = frozenset({"former", "ex", "late", "elect", "designate", "would-be", "opposition",
                       "candidate", "hopeful", "nominee"})
_DEMOTE = frozenset({"deputy", "vice", "assistant", "under", "junior", "associate"})
_SECTORS = frozenset({"army", "military", "intelligence", "spy", "defence", "defense", "security", "police",
                      "navy", "naval", "air", "force", "staff", "nuclear", "foreign", "policy", "propaganda",
                      "negotiating", "delegation", "campaign", "cabinet", "press", "protocol", "border"})
_SUB_UNITS = frozenset({"office", "staff", "department", "ministry", "directorate", "delegation", "mission",
                        "service", "services", "committee", "intelligence", "army", "navy", "forces", "police",
                        "guard", "agency", "bureau", "division", "team", "exchequer", "cabinet"})
_PREPOSITIONS = ("of", "for", "to", "at", "in", "on", "from", "with")
_PLURALS = {"spokesmen": "spokesman", "spokeswomen": "spokeswoman", "chairmen": "chairman",
            "congressmen": "congressman", "chiefs": "chief"}

# Single-token head nouns (abbreviations and bare modifiers excluded).
ROLE_HEADS: frozenset[str] = frozenset(
    p for p in _LEADER_PHRASES | _MEMBER_PHRASES
    if " " not in p and p not in {"deputy", "vice", "gen", "lt", "maj", "col", "adm", "sen", "rep", "amb", "pres"}
) | {"secretary-general", "director-general"}


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", " ", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\b(secretary|director|commander|vice|under|co)-", r"\1 ", text)  # secretary-general
    text = re.sub(r"\b(in)-(chief)\b", r"\1 \2", text)
    text = text.replace("-elect", " elect").replace("ex-", "ex ")
    words = [w.strip(".,;:()\"'") for w in text.split()]
    return [_PLURALS.get(w, w) for w in words if w]


def _head_relation(words: list[str]) -> str | None:
    """Relation of the longest known role phrase ending the word list."""
    for start in range(len(words)):
        phrase = " ".join(words[start:])
        if phrase in _LEADER_PHRASES:
            if phrase in {"chief", "head"} and any(w in _SECTORS for w in words[:start]):
                return MEMBER_OF
            return LEADER_OF
        if phrase in _MEMBER_PHRASES:
            return MEMBER_OF
    last = words[-1] if words else ""
    if last.endswith("s") and last[:-1] in _LEADER_PHRASES | _MEMBER_PHRASES:
        return _head_relation(words[:-1] + [last[:-1]])  # "officials", "ministers"
    return None


def role_relation(words: str) -> str | None:
    """``"LEADER_OF"``, ``"MEMBER_OF"`` or ``None`` for a role phrase such as "Iran's foreign minister".

    Case-insensitive; ignores determiners, names of countries in front and a complement after the
    head ("President of the European Commission" is led by "president").
    """
    tokens = _words(words)
    if not tokens or any(w in _NOT_HELD for w in tokens):
        return None
    phrase = " ".join(tokens)
    complement: list[str] = []
    for fixed in ("secretary of state", "chief of staff", "head of state", "head of government",
                  "commander in chief", "chancellor of the exchequer"):
        if phrase.endswith(fixed) or f"{fixed} " in phrase:
            cut = phrase.index(fixed) + len(fixed)
            head, complement = phrase[:cut].split(), phrase[cut:].split()
            break
    else:
        cut = next((i for i, w in enumerate(tokens) if w in _PREPOSITIONS and i > 0), len(tokens))
        head, complement = tokens[:cut], tokens[cut:]
    relation = _head_relation(head)
    if relation is None:
        return None
    if relation == LEADER_OF and (
        any(w in _DEMOTE for w in head) or any(w in _SUB_UNITS for w in complement)
    ):
        return MEMBER_OF
    return relation

