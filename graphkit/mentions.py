"""Who each phrase of an article refers to.

:class:`ArticleActors` reads one parsed article and maps tokens to actors:
named entities through the gazetteer (capitals, seats, demonyms, acronyms),
people through NER with within-article surname coreference, pronouns and
plural nominals ("the two leaders", "both countries") to their most recent
compatible antecedents, and government nouns ("Russian officials", "Iran's
foreign ministry") to the country that owns them. It also reads the roles
that titles and appositions give people (LEADER_OF / MEMBER_OF).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .gazetteer import Entry, Gazetteer, load_gazetteer
from .roles import ROLE_HEADS, role_relation
from .types import Actor

PERSON_PRONOUNS = frozenset("he him his himself she her hers herself".split())
GROUP_PRONOUNS = frozenset("they them their theirs themselves".split())
THING_PRONOUNS = frozenset("it its itself".split())
# Nouns that stand for the state or organisation that modifies them ("Russian officials", "Iran's government").
AGENT_NOUNS = frozenset("""official officials government governments administration regime authorities
    authority ministry military army navy forces force troops soldiers diplomats diplomat embassy
    delegation parliament leadership cabinet state side envoy spokesperson spokesman spokeswoman
    president leader minister secretary chancellor premier king prime intelligence command
    office junta coalition people nation country""".split())
# Plural nominals that refer back to the last two actors of a kind.
PAIR_NOUNS = {"leaders": "PERSON", "presidents": "PERSON", "heads": "PERSON", "men": "PERSON",
              "countries": "COUNTRY", "nations": "COUNTRY", "states": "COUNTRY", "sides": "COUNTRY",
              "governments": "COUNTRY", "neighbours": "COUNTRY", "neighbors": "COUNTRY", "allies": "COUNTRY",
              "powers": "COUNTRY", "capitals": "COUNTRY", "partners": "COUNTRY"}
PAIR_MARKERS = frozenset({"two", "both"})
# News organisations report events; they are not parties to them.
MEDIA_WORDS = frozenset("""agency news press times post journal reuters guardian television tv radio media
    newspaper daily herald telegraph tribune broadcasting network channel wire gazette magazine
    bbc cnn afp ap""".split())
TITLE_WORDS = frozenset("""mr mrs ms dr president prime minister king queen prince general gen. sen. senator
    rep. chancellor premier secretary ambassador envoy supreme leader foreign defence defense
    spokesperson spokesman former deputy vice chief commander colonel admiral sheikh emir""".split())
ANTECEDENT_SENTENCES = 3


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens that refers to an actor, and how it was resolved."""

    actor: Actor
    start: int
    end: int
    text: str
    how: str  # name | surname | pronoun | pair | agent


@dataclass(frozen=True)
class Affiliation:
    """A person's stated role: "Lloyd Austin, the US defence secretary"."""

    person: Mention
    relation: str  # LEADER_OF | MEMBER_OF
    group: Mention
    role: str


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _clean_person_name(span: Span) -> Span:
    """Drop titles and a trailing possessive: "President Vladimir Putin's" -> "Vladimir Putin"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and doc[start].lower_.rstrip(".") in TITLE_WORDS:
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}):
        end -= 1
    return doc[start:end]


class ArticleActors:
    """Actor mentions, coreference and affiliations of one parsed article."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer | None = None):
        self.doc = doc
        self.gazetteer = gazetteer or load_gazetteer()
        self._refs: dict[int, tuple[Mention, ...]] = {}
        self._named: list[Mention] = []  # entity mentions in text order
        self._resolve_entities()
        self.affiliations: list[Affiliation] = self._find_affiliations()
        self._leaders = {a.group.actor.id: a.person for a in self.affiliations if a.relation == "LEADER_OF"}
        self._resolve_pronouns_and_pairs()

    # ---------------------------------------------------------------- lookup
    def refs(self, token: Token) -> tuple[Mention, ...]:
        """Mentions the token itself belongs to (entity tokens, resolved pronouns and pair nominals)."""
        return self._refs.get(token.i, ())

    def actors_of(self, token: Token, *, conjuncts: bool = True) -> list[Mention]:
        """The actors a phrase headed by *token* denotes, including its conjuncts."""
        heads = [token, *self._conjuncts(token)] if conjuncts else [token]
        found: list[Mention] = []
        for head in heads:
            found.extend(self._phrase_actors(head))
        return unique_actors(found)

    def modifier_actors(self, token: Token) -> list[Mention]:
        """Actors that modify a noun: possessor, actor adjective or compound ("Russia's", "North Korean")."""
        found: list[Mention] = []
        for child in token.children:
            if child.dep_ in {"poss", "amod", "compound", "nmod"}:
                found.extend(self.actors_of(child))
        return unique_actors(found)

    @property
    def named_mentions(self) -> list[Mention]:
        return list(self._named)

    # ------------------------------------------------------------- internals
    def _phrase_actors(self, head: Token) -> list[Mention]:
        direct = self.refs(head)
        if direct:
            return list(direct)
        if head.lemma_.lower() in AGENT_NOUNS or head.lower_ in AGENT_NOUNS:
            owners = self.modifier_actors(head) or self._prep_owner(head)
            if owners and head.lemma_.lower() in {"president", "leader", "premier", "chancellor", "king"}:
                # "the Russian president" is the person, when the article names him.
                return [self._mention(self._leaders[m.actor.id], head, "agent") if m.actor.id in self._leaders else m
                        for m in owners]
            return [self._mention(m, head, "agent") for m in owners]
        return []

    def _prep_owner(self, head: Token) -> list[Mention]:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "at", "from"}:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.actors_of(obj)
        return []

    @staticmethod
    def _conjuncts(token: Token) -> list[Token]:
        out, stack = [], [c for c in token.children if c.dep_ == "conj"]
        while stack:
            tok = stack.pop(0)
            out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "conj")
        return out

    @staticmethod
    def _mention(mention: Mention, token: Token, how: str) -> Mention:
        return Mention(mention.actor, token.i, token.i + 1, token.text, how)

    def _add(self, mention: Mention, tokens: range | list[int]) -> None:
        for i in tokens:
            self._refs[i] = (mention,)

    def _entry_actor(self, entry: Entry) -> Actor:
        return Actor(entry.id, entry.name, entry.type, entry.country)

    def _resolve_entities(self) -> None:
        people: list[tuple[Span, Actor]] = []  # full-name people, for surname coreference
        pending_short: list[Span] = []
        for ent in self.doc.ents:
            entry = self._lookup(ent)
            if entry is not None:
                self._add_named(ent, self._entry_actor(entry), "name")
                if entry.type == "PERSON":
                    people.append((ent, self._entry_actor(entry)))
                continue
            if ent.label_ == "PERSON":
                name = _clean_person_name(ent)
                if not name.text[:1].isupper():
                    continue
                if len(name) == 1:
                    pending_short.append(name)
                    continue
                actor = Actor(f"person:{slug(name.text)}", _display(name.text), "PERSON")
                self._add_named(name, actor, "name")
                people.append((name, actor))
            elif ent.label_ == "ORG":
                actor = self._org_actor(ent)
                if actor is not None:
                    self._add_named(ent, actor, "name")
        for span in pending_short:
            actor = _surname_match(span, people)
            if actor is None:
                actor = Actor(f"person:{slug(span.text)}", span.text, "PERSON")
            self._add_named(span, actor, "surname")
        self._resolve_bare_surnames(people)
        self._named.sort(key=lambda m: m.start)

    def _lookup(self, ent: Span) -> Entry | None:
        if ent.ent_id_:
            try:
                return self.gazetteer.get(ent.ent_id_)
            except KeyError:
                return None
        if ent.label_ in {"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"}:
            return self.gazetteer.lookup(ent.text)
        return None

    def _org_actor(self, ent: Span) -> Actor | None:
        words = {t.lower_ for t in ent}
        if words & MEDIA_WORDS:
            return None
        # "the Russian Defence Ministry" stands for Russia.
        for tok in ent:
            entry = self.gazetteer.lookup(tok.text) if tok.text[:1].isupper() else None
            if entry is not None and entry.type == "COUNTRY" and words & AGENT_NOUNS | words & {"defence", "defense", "foreign"}:
                return self._entry_actor(entry)
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        if not text[:1].isupper():
            return None
        return Actor(f"org:{slug(text)}", text, "ORG")

    def _add_named(self, span: Span, actor: Actor, how: str) -> None:
        mention = Mention(actor, span.start, span.end, span.text, how)
        self._add(mention, range(span.start, span.end))
        self._named.append(mention)

    def _resolve_bare_surnames(self, people: list[tuple[Span, Actor]]) -> None:
        """A capitalised token outside any entity that is a known person's surname ("Putin said")."""
        surnames: dict[str, list[tuple[Span, Actor]]] = {}
        for span, actor in people:
            for tok in (span[0], span[-1]):
                if tok.is_alpha and tok.text[:1].isupper():
                    surnames.setdefault(tok.text, []).append((span, actor))
        for tok in self.doc:
            if tok.i in self._refs or tok.pos_ != "PROPN" or tok.text not in surnames:
                continue
            actor = _surname_match(self.doc[tok.i:tok.i + 1], surnames[tok.text])
            if actor is not None:
                self._add_named(self.doc[tok.i:tok.i + 1], actor, "surname")

    # ------------------------------------------------------------- roles
    def _find_affiliations(self) -> list[Affiliation]:
        found: dict[tuple[str, str], Affiliation] = {}
        for person in (m for m in self._named if m.actor.type == "PERSON"):
            root = self.doc[person.start:person.end].root
            for role_head in _role_heads(root):
                role = _role_text(role_head, self._refs)
                relation = role_relation(role) if role else None
                if relation is None:
                    continue
                groups = [g for g in self.modifier_actors(role_head) + self._prep_owner(role_head)
                          + self._pre_name_groups(root, person)
                          if g.actor.type in {"COUNTRY", "ORG"}]
                if groups:
                    aff = Affiliation(person, relation, groups[0], role)
                    found.setdefault((person.actor.id, groups[0].actor.id), aff)
        return list(found.values())

    def _pre_name_groups(self, root: Token, person: Mention) -> list[Mention]:
        """Actor modifiers inside the name's own phrase: "[Russian] President Vladimir Putin"."""
        out = []
        for child in root.children:
            if child.i < person.start and child.dep_ in {"amod", "compound", "poss", "nmod"}:
                out.extend(m for m in self.refs(child) if m.actor.type != "PERSON")
        return out

    # ---------------------------------------------------- pronouns, pairs
    def _resolve_pronouns_and_pairs(self) -> None:
        for tok in self.doc:
            if tok.i in self._refs:
                continue
            low = tok.lower_
            if tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
                m = self._antecedent(tok, {"PERSON"})
            elif tok.pos_ == "PRON" and low in GROUP_PRONOUNS:
                m = self._antecedent(tok, {"COUNTRY", "ORG"})
            elif tok.pos_ == "PRON" and low in THING_PRONOUNS and (low == "its" or _is_argument(tok)):
                m = self._antecedent(tok, {"COUNTRY", "ORG"})
            elif low in PAIR_NOUNS and any(c.lower_ in PAIR_MARKERS for c in tok.children):
                pair = self._last_two(tok, PAIR_NOUNS[low])
                if pair:
                    self._refs[tok.i] = tuple(self._mention(p, tok, "pair") for p in pair)
                continue
            else:
                continue
            if m is not None:
                self._refs[tok.i] = (self._mention(m, tok, "pronoun"),)

    def _window_start(self, tok: Token) -> int:
        sents = list(self.doc.sents) if self.doc.has_annotation("SENT_START") else [self.doc[:]]
        idx = next((k for k, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
        return sents[max(0, idx - ANTECEDENT_SENTENCES + 1)].start

    def _antecedent(self, tok: Token, types: set[str]) -> Mention | None:
        lo = self._window_start(tok)
        own_subjects = {m.actor.id for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i
                        for m in self.refs(c)} if tok.dep_ in {"dobj", "pobj", "dative"} else set()
        for m in reversed(self._named):
            if m.start >= tok.i:
                continue
            if m.start < lo:
                break
            if m.actor.type in types and m.actor.id not in own_subjects:
                return m
        return None

    def _last_two(self, tok: Token, kind: str) -> list[Mention]:
        lo = self._window_start(tok)
        picked: list[Mention] = []
        for m in reversed(self._named):
            if m.start >= tok.i or m.actor.type != kind or any(p.actor.id == m.actor.id for p in picked):
                continue
            if m.start < lo:
                break
            picked.append(m)
            if len(picked) == 2:
                return list(reversed(picked))
        return []


def _display(name: str) -> str:
    return " ".join(name.split())


def _surname_match(span: Span, people: list[tuple[Span, Actor]]) -> Actor | None:
    """The full-name person whose first or last name *span* is: most recent before it, else first after."""
    word = span.text
    matches = [(s, a) for s, a in people if len(s) > 1 and word in (s[0].text, s[-1].text)]
    if not matches:
        return None
    before = [(s, a) for s, a in matches if s.start < span.start]
    return (before[-1] if before else matches[0])[1]


def _is_argument(tok: Token) -> bool:
    if tok.dep_ in {"dobj", "pobj", "dative"}:
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_ != "be"


def _role_heads(root: Token) -> list[Token]:
    """Nouns that may carry a person's title: in front of the name, in apposition, or the name in apposition."""
    heads = [c for c in root.children if c.dep_ in {"compound", "appos", "nmod", "amod"} and c.pos_ in {"NOUN", "PROPN"}
             and (c.lemma_.lower() in ROLE_HEADS or c.lower_ in ROLE_HEADS)]
    if root.dep_ == "appos" and (root.head.lemma_.lower() in ROLE_HEADS or root.head.lower_ in ROLE_HEADS):
        heads.append(root.head)
    return heads


def _role_text(head: Token, refs: dict[int, tuple[Mention, ...]]) -> str:
    """The title words of a role phrase without actors and determiners: "deputy prime minister"."""
    words = [t for t in head.subtree if t.i <= head.i and t.i not in refs and t.dep_ not in {"det", "poss", "case", "punct"}
             and t.pos_ not in {"DET", "PUNCT"}]
    # stop at the head so a following name or clause is not part of the title
    return " ".join(t.lower_ for t in words if t.i >= head.left_edge.i)


def unique_actors(mentions: list[Mention]) -> list[Mention]:
    """*mentions* with later mentions of an already listed actor dropped."""
    seen, out = set(), []
    for m in mentions:
        if m.actor.id not in seen:
            seen.add(m.actor.id)
            out.append(m)
    return out
