"""The mention table: who each token of an article refers to, read-only.

It is what the rules see of actors: :meth:`MentionTable.refs` (the mentions a token belongs to),
:meth:`~MentionTable.actors_of` (the actors a phrase denotes, through conjuncts, appositions, owners
of agent nouns), :attr:`~MentionTable.affiliations` and :meth:`~MentionTable.home_of`. The passes
of :mod:`graphkit.actors` build it; a pass that resolves one token from another's resolution
("their officials" after "they") works on a :class:`Draft`, a private copy it alone writes to.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from spacy.tokens import Doc, Token

from ..affiliation import choose_home, person_id
from ..gazetteer import Gazetteer, alias_key
from ..ontology import Relation
from ..syntax import clause_of, is_one_of
from ..types import Actor, ActorType
from .mention import Affiliation, How, Mention, unique_actors
from .names import entry_actor
from .words import (
    AGENT_NOUNS,
    FORCE_NOUNS,
    GROUP_NOUNS,
    HELD_WORDS,
    HOME_NOUNS,
    LISTING_PREPS,
    MEMBER_SET_NOUNS,
    PLACE_NAME_NOUNS,
)

# Dependencies of a name that modifies a noun rather than naming an actor ("UN human rights office").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Words of a state's formal name ("Syrian Arab Republic"), which readers and annotators shorten to its
# common one; the name an article uses instead of the canonical one is a common name ("Côte d'Ivoire").
FORMAL_NAME_WORDS = frozenset("republic kingdom federation emirate emirates principality sultanate commonwealth "
                              "confederation federal socialist democratic people's".split())
# Agent nouns that are the person holding the office, when the article names them ("the Russian president").
LEADER_NOUNS = frozenset({"president", "leader", "premier", "chancellor", "king"})


class MentionTable:
    """Actor mentions, coreference and affiliations of one parsed article."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, refs: Mapping[int, tuple[Mention, ...]],
                 named: Sequence[Mention], affiliations: Sequence[Affiliation] = (),
                 sent_starts: Sequence[int] | None = None):
        self.doc = doc
        self.gazetteer = gazetteer
        self._refs = dict(refs)
        self.named = tuple(named)  # entity mentions in text order
        self.affiliations = tuple(affiliations)
        if sent_starts is None:
            sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.sent_starts = tuple(sent_starts)
        # The person -> group links of this article: who leads each group, and whom each person serves.
        self._leaders = {a.group.actor.id: a.person for a in self.affiliations if a.relation == Relation.LEADER_OF}
        self._served = _served_countries(self.affiliations)
        self._display: dict[str, str] | None = None  # display_name's answers, found when first asked

    def extended(self, refs: Mapping[int, tuple[Mention, ...]] | None = None,
                 affiliations: Sequence[Affiliation] | None = None, *, named: bool = False) -> "MentionTable":
        """A new table with a pass's results added (with *named*, its mentions are names, which later
        passes take as antecedents)."""
        merged = {**self._refs, **(refs or {})}
        names = self.named
        if named and refs:
            extra = {m for ms in refs.values() for m in ms}
            names = tuple(sorted((*self.named, *extra), key=lambda m: m.start))
        return MentionTable(self.doc, self.gazetteer, merged, names,
                            self.affiliations if affiliations is None else affiliations, self.sent_starts)

    # ---------------------------------------------------------------- lookup
    def refs(self, token: Token) -> tuple[Mention, ...]:
        """Mentions the token itself belongs to (entity tokens, resolved pronouns and pair nominals)."""
        return self._refs.get(token.i, ())

    def is_resolved(self, i: int) -> bool:
        return i in self._refs

    def refs_at(self, i: int) -> tuple[Mention, ...]:
        """:meth:`refs` of the token at index *i* (for scans that need no Token object)."""
        return self._refs.get(i, ())

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
                # "American-British aggression", "Houthi-held ports" (not "a Greek-owned tanker")
                if self.refs(child) or child.lower_ in HELD_WORDS:
                    found.extend(m for c in child.children if c.dep_ in {"amod", "compound", "npadvmod"}
                                 and c.i + 2 == child.i and self.doc[c.i + 1].text in {"-", "–"}
                                 for m in self.refs(c))
        return unique_actors(found)

    def prep_owner(self, head: Token) -> list[Mention]:
        """The actor of the first of/in/at/from/for phrase on *head*: "the minister of Iran"."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "at", "from", "for"}:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.actors_of(obj)
        return []

    def clause_subjects(self, tok: Token) -> list[Mention]:
        """Named subjects of the clause around *tok* (following conjoined and controlled verbs up)."""
        verb = clause_of(tok)
        for _ in range(3):
            found = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m in self.actors_of(c)
                     if m.how in {How.NAME, How.SURNAME, How.PRONOUN}]  # with conjuncts: "Kyiv and its Western allies"
            if found or verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i == verb.i:
                return found
            verb = clause_of(verb.head)
        return []

    # ------------------------------------------------------- person -> group
    def organisation_of(self, mention: Mention) -> Mention | None:
        """The organisation (not state) a person leads or belongs to in this article: "his group" -> Hamas."""
        return next((a.group for a in self.affiliations if a.person.actor.id == mention.actor.id
                     and a.group.actor.type == ActorType.ORG), None)

    def home_of(self, actor: Actor) -> str | None:
        """The country a person serves, from this article's roles or the gazetteer."""
        served = self._served.get(actor.id)
        return served.actor.id if served is not None else actor.country

    def home_mention(self, mention: Mention) -> Mention:
        """For a person, the country they serve (this article's roles first, then the gazetteer's)."""
        if mention.actor.type != ActorType.PERSON:
            return mention
        if mention.actor.id in self._served:
            return self._served[mention.actor.id]
        try:
            entry = self.gazetteer.get(mention.actor.country) if mention.actor.country else None
        except KeyError:
            entry = None
        return Mention(entry_actor(entry), mention.start, mention.end, mention.text, How.AGENT.value) if entry else mention

    def actor_id(self, actor: Actor) -> str:
        """The id to publish: a person the gazetteer does not know is told apart by the country they serve.

        "John Smith, the British ambassador" and "John Smith, the Australian minister" become
        ``person:john-smith@GBR`` and ``person:john-smith@AUS``; the graph attaches a later bare
        ``person:john-smith`` to the one tied person of that name, if there is exactly one.
        """
        if actor.type != ActorType.PERSON or actor.country or actor.served:  # known to the gazetteer
            return actor.id
        served = self._served.get(actor.id)
        return person_id(actor.id, served.actor.id if served is not None else None)

    def display_name(self, actor: Actor) -> str:
        """The name to publish for *actor* in this article: the canonical name, unless the article never
        writes it and gives another of the actor's full names ("Côte d'Ivoire" for Ivory Coast), which is then
        the name a reader of this article, and its annotator, knows it by."""
        if actor.type == ActorType.PERSON:
            return actor.name  # already the article's spelling (names pass)
        if self._display is None:
            self._display = _display_names(self.doc, self.named, self.gazetteer)
        return self._display.get(actor.id) or actor.name

    # ------------------------------------------------------------- internals
    def _phrase_actors(self, head: Token) -> list[Mention]:
        direct = self.refs(head)
        if direct:
            return list(direct)
        if head.pos_ not in {"NOUN", "PROPN"}:
            return []
        named = [m for c in head.children if c.dep_ == "appos" for m in self.actors_of(c)]
        lemma = head.lemma_.lower()
        preps = LISTING_PREPS | ({"of"} if lemma in MEMBER_SET_NOUNS else set())  # "the G7 nations of Canada and Japan"
        listed = [m for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                  for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)
                  if lemma not in MEMBER_SET_NOUNS or m.actor.type == ActorType.COUNTRY] \
            if lemma in GROUP_NOUNS else []
        if named or listed:
            # "foreign ministers Penny Wong and Winston Peters", "groups including Hamas and Hezbollah"
            return named + listed
        if lemma in PLACE_NAME_NOUNS:
            # "the breakaway region of Somaliland", "the island of Taiwan": the place is the actor it names
            of = [m for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for m in self.refs(o)]
            if of:
                return of
        if is_one_of(head, AGENT_NOUNS):
            return self._owners_of_agent_noun(head)
        return []

    def _owners_of_agent_noun(self, head: Token) -> list[Mention]:
        """"Russian officials", "Iran's foreign ministry", "his country": the owner the noun stands for."""
        owners = self.modifier_actors(head) or self.prep_owner(head)
        lemma = head.lemma_.lower()
        if lemma in HOME_NOUNS:
            # "his country", "their countries": the country of the person(s) named
            owners = [self.home_mention(m) for m in owners]
        elif lemma in FORCE_NOUNS:
            # "Hemedti's fighters": the armed group the person leads, when the article says so (else the
            # person, whom the country view rolls up to the state they lead)
            owners = [self.organisation_of(m) or m if m.actor.type == ActorType.PERSON else m for m in owners]
        if owners and lemma in LEADER_NOUNS:
            # "the Russian president" is the person, when the article names him.
            return [self._leaders[m.actor.id].at(head, How.AGENT) if m.actor.id in self._leaders else m
                    for m in owners]
        return [m.at(head, How.AGENT) for m in owners]

    def _conjuncts(self, token: Token) -> list[Token]:
        out, stack = [], [c for c in token.children if c.dep_ == "conj" or self._listed(token, c)]
        while stack:
            tok = stack.pop(0)
            out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "conj" or self._listed(tok, c))
        return out

    def _listed(self, head: Token, child: Token) -> bool:
        """"Mali, Burkina Faso and Niger" is often parsed as an apposition: two states are never one."""
        if child.dep_ != "appos":
            return False
        kinds = {m.actor.type for m in self.refs(head)}, {m.actor.type for m in self.refs(child)}
        return kinds[0] == kinds[1] == {ActorType.COUNTRY}


def _served_countries(affiliations: Sequence[Affiliation]) -> dict[str, Mention]:
    """Each person's country in this article (see :func:`graphkit.affiliation.choose_home`), as the
    mention of it in their role."""
    by_person: dict[str, dict[str, Affiliation]] = {}
    for a in affiliations:
        if a.group.actor.type == ActorType.COUNTRY:
            by_person.setdefault(a.person.actor.id, {}).setdefault(a.group.actor.id, a)
    homes = {}
    for person, ties in by_person.items():
        home = choose_home((a.relation, country, 1) for country, a in ties.items())
        homes[person] = ties[home].group
    return homes


class Draft(MentionTable):
    """A pass's working copy of the table: what the earlier passes found plus what this pass has resolved
    so far, since a later token may build on an earlier one ("they ... their officials"). Only the pass
    that made it writes to it, through :meth:`resolve`; the pass returns :attr:`added`."""

    def __init__(self, base: MentionTable):
        super().__init__(base.doc, base.gazetteer, base._refs, base.named, base.affiliations, base.sent_starts)
        self.added: dict[int, tuple[Mention, ...]] = {}

    def resolve(self, i: int, mentions: tuple[Mention, ...]) -> None:
        self._refs[i] = mentions
        self.added[i] = mentions


def _display_names(doc: Doc, named: Sequence[Mention], gazetteer: Gazetteer) -> dict[str, str]:
    """The gazetteer actors the article names otherwise than canonically, with the name it gives them
    first, for :meth:`MentionTable.display_name`. An actor whose canonical name the article writes anywhere
    (or a longer form of it: "Republic of Namibia") keeps it. Only a name given the actor itself counts:
    not a modifier ("Côte d'Ivoire cocoa exports"), nor a formal name ("Syrian Arab Republic"), which
    readers and annotators shorten."""
    canonical_written: set[str] = set()
    written: dict[str, str] = {}
    for m in named:
        if m.actor.type == ActorType.PERSON or m.actor.id not in gazetteer:
            continue
        form = gazetteer.name_form(m.actor.id, m.text)
        if form is None:
            continue
        key = alias_key(form)
        if f" {alias_key(gazetteer.get(m.actor.id).name)} " in f" {key} ":
            canonical_written.add(m.actor.id)
            continue
        last = doc[m.end - 1]
        modifier = last.dep_ in MODIFIER_DEPS and not m.start <= last.head.i < m.end
        if not modifier and not set(key.split()) & FORMAL_NAME_WORDS:
            written.setdefault(m.actor.id, form)
    return {actor_id: form for actor_id, form in written.items() if actor_id not in canonical_written}
