"""Pass 3, roles: the titles and appositions that tie people to countries and organisations.

"Russian President Vladimir Putin" -> Putin LEADER_OF Russia; "Lloyd Austin, the US defence secretary"
-> Austin MEMBER_OF the United States. What a title means is :func:`graphkit.roles.role_relation`'s
business; this pass finds the title and the group around each named person.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..ontology import Relation
from ..roles import ROLE_HEADS, role_relation
from ..syntax import is_one_of
from ..types import ActorType
from .mention import Affiliation, AffiliationSource, How, Mention
from .names import entry_actor
from .table import MentionTable


def find_affiliations(table: MentionTable) -> list[Affiliation]:
    """The role of each named person, at most one per (person, group)."""
    found: dict[tuple[str, str], Affiliation] = {}
    for person in (m for m in table.named if m.actor.type == ActorType.PERSON):
        root = table.doc[person.start:person.end].root
        first, position = root, 0
        while first.dep_ == "conj" and first.head.i != first.i:  # "prime ministers Modi and Sharif"
            first, position = first.head, position + 1
        own = [h for h in _role_heads(root, person) if h.i < person.start] if position else []
        if own:  # "President Joe Biden and Secretary of State Antony Blinken": a later conjunct's own title
            first, position = root, 0
        for role_head in own or _role_heads(first, person):
            plural = role_head.tag_ in {"NNS", "NNPS"}
            if position and not plural:
                continue  # "President Biden and Macron": the title is Biden's only
            role, relation = _role(role_head, table, found.values())
            if relation is None:
                continue
            # "our foreign minister, Kang Kyung-wha, in Bangkok": a possessor owns the role, not a place after it
            owned = any(c.dep_ == "poss" for c in role_head.children)
            groups = [g for g in table.modifier_actors(role_head) + ([] if owned else table.prep_owner(role_head))
                      + _pre_name_groups(first, person, table)
                      if g.actor.type in {ActorType.COUNTRY, ActorType.ORG}]
            source = AffiliationSource.TITLE
            if not groups:
                groups, source = _implied_group(person, role_head, table), AffiliationSource.KNOWN
            if groups:
                # "Indian and Pakistani prime ministers Modi and Sharif": titles pair up in order
                group = groups[min(position, len(groups) - 1)] if plural else groups[0]
                found.setdefault((person.actor.id, group.actor.id),
                                 Affiliation(person, relation, group, role, source.value))
    return list(found.values())


def _role(role_head: Token, table: MentionTable, found) -> tuple[str, str | None]:
    """The role words and their relation (LEADER_OF, MEMBER_OF or None for a role not held)."""
    if role_head.lemma_.lower() == "counterpart":
        # "Russian President Putin and Chinese counterpart Xi": the same office as the other
        partner = role_head.head if role_head.dep_ == "conj" else None
        if partner is not None and partner.lemma_.lower() != "counterpart" and _is_role(partner):
            _, relation = _role(partner, table, found)  # "X's prime minister and his Y counterpart"
            if relation:
                return "counterpart", relation
        sentence = range(role_head.sent.start, role_head.sent.end)
        leads = any(a.relation == Relation.LEADER_OF and a.person.start in sentence for a in found)
        return "counterpart", (Relation.LEADER_OF if leads else Relation.MEMBER_OF).value
    role = _role_text(role_head, table)
    return role, role_relation(role) if role else None


def _implied_group(person: Mention, role_head: Token, table: MentionTable) -> list[Mention]:
    """A role named without its country: the gazetteer's country (or the state a past office holder
    served) for a known person, else none.

    Guessing the nearest country in the text was wrong as often as right ("Colonel Goita thanked
    Moscow"), and a wrong affiliation hides the person's real relations, so unknown people stay unaffiliated.
    """
    known = person.actor.country or person.actor.served
    if not known:
        return []
    try:
        entry = table.gazetteer.get(known)
    except KeyError:
        return []
    return [Mention(entry_actor(entry), role_head.i, role_head.i + 1, role_head.text, How.AGENT.value)]


def _pre_name_groups(root: Token, person: Mention, table: MentionTable) -> list[Mention]:
    """Actor modifiers inside the name's own phrase: "[Russian] President Vladimir Putin"."""
    out = []
    for child in root.children:
        if child.i < person.start and child.dep_ in {"amod", "compound", "poss", "nmod"}:
            out.extend(m for m in table.refs(child) if m.actor.type != ActorType.PERSON)
    return out


def _is_role(tok: Token) -> bool:
    return is_one_of(tok, ROLE_HEADS) or tok.lemma_.lower() == "counterpart"


def _role_heads(root: Token, person: Mention) -> list[Token]:
    """Nouns that may carry *person*'s title: in front of the name (on its first words too), in apposition,
    or the name in apposition. *root* heads the person's name, or the first conjunct before it."""
    heads = [c for t in _name_tokens(root, person) for c in t.children
             if c.dep_ in {"compound", "appos", "nmod", "amod"} and c.pos_ in {"NOUN", "PROPN"} and _is_role(c)]
    if root.dep_ == "appos" and _is_role(owner := _apposed_to(root)):
        heads.append(owner)
    # "The US defence secretary, Lloyd Austin said": parsed as two subjects of one verb
    siblings = [c for c in root.head.children if c.i < root.i and c.dep_ == root.dep_ and _is_role(c)
                and all(t.is_punct for t in root.doc[c.i + 1:root.left_edge.i])] if root.head.i != root.i else []
    return heads + siblings


def _name_tokens(root: Token, person: Mention) -> list[Token]:
    """*root* and the words of *person*'s name before it: the parser often chains "Prime Minister Narendra
    Modi" as Prime -> Minister -> Narendra -> Modi, so the title hangs on the first name. (A first
    conjunct before the name has none of them: just itself.)"""
    tokens, tok = [root], root
    while (inner := [c for c in tok.children if c.dep_ == "compound" and person.start <= c.i < tok.i]):
        tok = inner[0]
        tokens.append(tok)
    return tokens


def _apposed_to(name: Token) -> Token:
    """The noun an apposition belongs to. The parser hangs a name placed after "X and his counterpart" on
    X; it is the counterpart's: "Thailand's prime minister and his Cambodian counterpart, Hun Manet".
    Other coordinations keep the first conjunct: they are often one person's titles ("Prime Minister and
    Commander-in-Chief, Mohammed Shia al-Sudani"), or titles the parser took for conjuncts."""
    before = [c for c in name.head.conjuncts if name.head.i < c.i < name.i]
    last = max(before, key=lambda c: c.i) if before else None
    return last if last is not None and last.lemma_.lower() == "counterpart" else name.head


def _role_text(head: Token, table: MentionTable) -> str:
    """The title words of a role phrase without actors and determiners: "deputy prime minister"."""
    words = [t for t in head.subtree if t.i <= head.i and not table.is_resolved(t.i)
             and t.dep_ not in {"det", "poss", "case", "punct"} and t.pos_ not in {"DET", "PUNCT"}]
    # stop at the head so a following name or clause is not part of the title
    return " ".join(t.lower_ for t in words if t.i >= head.left_edge.i)
