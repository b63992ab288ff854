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

import bisect
import functools
from collections import Counter
import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .datelines import dateline_end
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .roles import ROLE_HEADS, role_relation
from .triggers import PREP_VERBS, is_one_of, noun_relation, verb_relation
from .types import Actor

PERSON_PRONOUNS = frozenset("he him his she her hers".split())
GROUP_PRONOUNS = frozenset("they them their theirs".split())
THING_PRONOUNS = frozenset("it its".split())
QUOTE_MARKS = frozenset({'"', "“", "”"})
REFLEXIVE_PRONOUNS = frozenset("itself themselves himself herself".split())
# "the militants", "the armed group": an armed group, not an intergovernmental body named nearby.
ARMED_GROUP_NOUNS = frozenset("rebels insurgents militants militias militia fighters".split())
ARMED_ADJECTIVES = frozenset("""militant armed rebel insurgent jihadist terrorist extremist islamist separatist
    paramilitary""".split())
ORG_HEADS = frozenset("""army forces front movement party council government alliance guard guards brigade brigades
    militia union organisation organization corps""".split())
FORCE_NOUNS = frozenset("forces force army troop troops soldier soldiers fighter fighters militia military".split())
PLACE_WORDS = frozenset("""town city village port capital province region district state county area border crossing
    camp base""".split())
TAKEN_PLACE_VERBS = frozenset("shell bomb besiege capture seize storm overrun retake recapture encircle enter".split())
HELD_WORDS = frozenset("held controlled occupied run ruled".split())
PLACE_NAME_NOUNS = frozenset("region province territory republic island islands state kingdom enclave".split())
# Words that make an "Army" or "Forces" a movement of its own rather than an organ of the state named in it.
NON_STATE_WORDS = frozenset("""democratic liberation alliance front movement resistance popular revolutionary
    rebel""".split())
INSTITUTION_WORDS = frozenset("""union nations council court organization organisation agency bank fund forum
    community league cooperation assembly parliament commission committee international association""".split())
# Nouns that stand for the state or organisation that modifies them ("Russian officials", "Iran's government").
AGENT_NOUNS = frozenset("""official officials government governments administration regime authorities
    authority ministry military army navy forces force troops soldiers diplomats diplomat embassy
    delegation parliament leadership cabinet state side envoy spokesperson spokesman spokeswoman
    president leader minister secretary chancellor premier king prime intelligence command counterpart
    office junta coalition people nation country vessel vessels ship ships warship warships boat boats
    jet jets warplane warplanes aircraft submarine submarines navy guard coastguard police militia
    house chamber senate congress assembly legislature lawmakers legislators rebels militants fighters
    insurgents separatists guerrillas jihadists""".split())
HOME_NOUNS = frozenset({"country", "nation", "government", "administration", "state"})
# Plural nominals that refer back to the last two (or three, four) actors of a kind.
PAIR_NOUNS = {"leaders": "PERSON", "presidents": "PERSON", "heads": "PERSON", "men": "PERSON",
              "ministers": "PERSON", "officials": "PERSON", "diplomats": "PERSON", "envoys": "PERSON",
              "chiefs": "PERSON", "women": "PERSON",
              "countries": "COUNTRY", "nations": "COUNTRY", "states": "COUNTRY", "sides": "COUNTRY",
              "governments": "COUNTRY", "neighbours": "COUNTRY", "neighbors": "COUNTRY", "allies": "COUNTRY",
              "powers": "COUNTRY", "capitals": "COUNTRY", "partners": "COUNTRY", "juntas": "COUNTRY"}
PAIR_MARKERS = frozenset({"two", "both", "these", "those", "three", "four"})
GROUP_SIZES = {"three": 3, "four": 4}
LISTING_PREPS = frozenset({"including", "like", "as"})
# Nouns for sets of actors, whose examples are actors too ("groups including Hamas"), unlike
# "systems such as the Patriot".
GROUP_NOUNS = frozenset("""group movement militia organisation organization country nation state ally partner
    member company firm entity party government proxy faction rebel power neighbour neighbor
    actor player body""".split())
# Plural nouns whose of-phrase lists their members rather than their owner.
MEMBER_SET_NOUNS = frozenset({"nation", "country", "state", "member"})
# Definite noun phrases that refer back to the last named actor of a kind.
DEFINITE_NOUNS = {"group": "ORG", "movement": "ORG", "militia": "ORG", "organisation": "ORG", "organization": "ORG",
                  "alliance": "ORG", "bloc": "ORG", "union": "ORG", "body": "ORG", "rebels": "ORG",
                  "insurgents": "ORG", "militants": "ORG", "militias": "ORG", "fighters": "ORG", "junta": "COUNTRY",
                  "country": "COUNTRY", "kingdom": "COUNTRY", "island": "COUNTRY", "republic": "COUNTRY",
                  "nation": "COUNTRY"}
# News organisations report events; they are not parties to them.
MEDIA_WORDS = frozenset("""agency news press times post journal reuters guardian television tv radio media
    newspaper daily herald telegraph tribune broadcasting network channel wire gazette magazine
    bbc cnn afp ap""".split())
TITLE_WORDS = frozenset("""mr mrs ms dr president prime minister king queen prince general gen. sen. senator
    rep. chancellor premier secretary ambassador envoy supreme leader foreign defence defense
    spokesperson spokesman former deputy vice chief commander colonel admiral sheikh emir
    presidents ministers leaders chancellors premiers senators secretaries chairperson chairman chairwoman
    commissioner""".split())
# Single capitalised words NER sometimes calls organisations: titles, offices, sectors.
GENERIC_ORG_WORDS = TITLE_WORDS | AGENT_NOUNS | frozenset("""state department defence defense supreme
    security council ministry congress senate house court police interior justice finance treasury
    sikh muslim christian jewish""".split())
# Place and institution names built on a country name: "Sea of Japan", "Bank of England".
PLACE_HEADS = frozenset("sea gulf bay strait straits isle cape university college museum port".split())
# Nouns that name an event an earlier sentence reported ("condemned the move").
EVENT_NOUNS = frozenset("""decision move step measure measures announcement deal agreement sale sales plan
    plans strike strikes attack attacks annexation invasion test tests launch launches deployment action
    actions operation incursion drills exercises visit raid raids bombing assault offensive""".split())
FIRST_PERSON = frozenset("i me my we us our".split())
SPEECH_LEMMAS = frozenset("say tell add state announce declare write insist stress note".split())
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
    # where the group came from: "title" (named with the role), "known" (the gazetteer's
    # affiliation of a known person), "context" (the nearest country in the text)
    source: str = "title"


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
        self._sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        # filled once roles are read; empty while entities and nominals are resolved
        self.affiliations: list[Affiliation] = []
        self._leaders: dict[str, Mention] = {}
        self._served: dict[str, Mention] = {}
        self._resolve_entities()
        self._resolve_definite_nominals()
        self.affiliations = self._find_affiliations()
        self._leaders = {a.group.actor.id: a.person for a in self.affiliations if a.relation == "LEADER_OF"}
        self._served = {a.person.actor.id: a.group for a in self.affiliations if a.group.actor.type == "COUNTRY"}
        self._resolve_pronouns_and_pairs()
        self._resolve_relatives()
        self._resolve_speakers()

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
                # "American-British aggression", "Houthi-held ports" (not "a Greek-owned tanker")
                if self.refs(child) or child.lower_ in HELD_WORDS:
                    found.extend(m for c in child.children if c.dep_ in {"amod", "compound", "npadvmod"}
                                 and c.i + 2 == child.i and self.doc[c.i + 1].text in {"-", "–"}
                                 for m in self.refs(c))
        return unique_actors(found)

    def _home_mention(self, mention: Mention) -> Mention:
        if mention.actor.type != "PERSON":
            return mention
        if mention.actor.id in self._served:
            return self._served[mention.actor.id]
        try:
            entry = self.gazetteer.get(mention.actor.country) if mention.actor.country else None
        except KeyError:
            entry = None
        return Mention(self._entry_actor(entry), mention.start, mention.end, mention.text, "agent") if entry else mention

    def actor_id(self, actor: Actor) -> str:
        """The id to publish: a person the gazetteer does not know is told apart by the country they serve.

        "John Smith, the British ambassador" and "John Smith, the Australian minister" become
        ``person:john-smith@GBR`` and ``person:john-smith@AUS``; the graph attaches a later bare
        ``person:john-smith`` to the one tied person of that name, if there is exactly one.
        """
        if actor.type != "PERSON" or actor.country or "@" in actor.id:
            return actor.id
        served = self._served.get(actor.id)
        if served is None or not served.actor.id.startswith("country:"):
            return actor.id
        return f"{actor.id}@{served.actor.id.split(':', 1)[1]}"

    def event_agents(self, token: Token) -> list[Mention]:
        """Who did the event a definite noun refers back to: "Russia annexed Crimea. The West condemned the move."

        The subject of the most recent clause before *token* (this sentence or the two before) that names
        an actor, other than the subject of *token*'s own clause; for a noun that names a kind of act ("the
        air strike", "the sanctions"), the most recent clause doing that kind of act (up to five sentences
        back). Only for event nouns, and only when the noun names no actor itself.
        """
        if not is_one_of(token, EVENT_NOUNS) or self.modifier_actors(token):
            return []
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those", "such"}
                       for c in token.children)
        if not (definite or token.dep_ in {"nsubj", "appos"}):  # "..., a move that drew criticism"
            return []
        if token.dep_ == "appos":  # "China sanctioned Lithuania, a move that ...": the clause's own subject
            return self._clause_subjects(token)
        own_clause = _clause_of(token)
        own = {m.actor.id for m in self._clause_subjects(token)} | {
            m.actor.id for c in own_clause.children if c.dep_ in {"nsubj", "nsubjpass"}
            for m in self.actors_of(c) or self.modifier_actors(c)}
        kind = noun_relation(token.lemma_)
        # a noun naming a kind of act may look further back: only a clause doing that act will do
        back = 6 if kind is not None else 3
        lo = self._sent_starts[max(0, bisect.bisect_right(self._sent_starts, token.i) - back)]
        for subj in reversed(self.doc[lo:token.i]):
            clause = subj.head
            if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.pos_ == "PRON" or clause.i == own_clause.i \
                    or clause.lemma_.lower() in SPEECH_LEMMAS:
                continue
            if kind is not None and not _does(clause, kind):
                continue
            # "Ethiopia and Eritrea signed a deal": the whole coordination did it; "China's military": China
            doers = self.actors_of(subj) or self.modifier_actors(subj)
            doers = [m for m in doers if m.actor.id not in own]
            if doers:
                return doers
        return []

    def organisation_of(self, mention: Mention) -> Mention | None:
        """The organisation (not state) a person leads or belongs to in this article: "his group" -> Hamas."""
        return next((a.group for a in self.affiliations if a.person.actor.id == mention.actor.id
                     and a.group.actor.type == "ORG"), None)

    def home_of(self, actor: Actor) -> str | None:
        """The country a person serves, from this article's roles or the gazetteer."""
        served = self._served.get(actor.id)
        return served.actor.id if served is not None else actor.country

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
                  if lemma not in MEMBER_SET_NOUNS or m.actor.type == "COUNTRY"] \
            if lemma in GROUP_NOUNS else []
        if named or listed:
            # "prime ministers Narendra Modi and Shehbaz Sharif", "groups including Hamas and Hezbollah"
            return named + listed
        if lemma in PLACE_NAME_NOUNS:
            # "the breakaway region of Somaliland", "the island of Taiwan": the place is the actor it names
            of = [m for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for m in self.refs(o)]
            if of:
                return of
        if is_one_of(head, AGENT_NOUNS):
            owners = self.modifier_actors(head) or self._prep_owner(head)
            if head.lemma_.lower() in HOME_NOUNS:
                # "his country", "their countries": the country of the person(s) named
                owners = [self._home_mention(m) for m in owners]
            elif head.lemma_.lower() in FORCE_NOUNS:
                # "Hemedti's fighters": the armed group the person leads, when the article says so (else the
                # person, whom the country view rolls up to the state they lead)
                owners = [self.organisation_of(m) or m if m.actor.type == "PERSON" else m for m in owners]
            if owners and head.lemma_.lower() in {"president", "leader", "premier", "chancellor", "king"}:
                # "the Russian president" is the person, when the article names him.
                return [self._mention(self._leaders[m.actor.id], head, "agent") if m.actor.id in self._leaders else m
                        for m in owners]
            return [self._mention(m, head, "agent") for m in owners]
        return []

    def _prep_owner(self, head: Token) -> list[Mention]:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "at", "from", "for"}:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.actors_of(obj)
        return []

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
        return kinds[0] == kinds[1] == {"COUNTRY"}

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
        pending_orgs: list[Span] = []
        dateline = dateline_end(self.doc)
        for ent in self._named_movements(_joined_people(self.doc)):
            if ent.start < dateline:
                continue  # "TAIPEI, Dec 27 -": where the story was filed, not an actor in it
            entry = self._lookup(ent)
            if entry is not None:
                actor = self._entry_actor(entry)
                if entry.type == "PERSON":
                    # keep the article's own spelling of a known person ("Zelenskiy"); the id stays canonical
                    name = _clean_person_name(ent)
                    if len(name) > 1:
                        actor = Actor(entry.id, _display(name.text), "PERSON", entry.country)
                    people.append((ent, actor))
                self._add_named(ent, actor, "name")
                continue
            if ent.label_ == "PERSON":
                name = _clean_person_name(ent)
                if not name.text[:1].isupper():
                    continue
                if len(name) == 1:
                    pending_short.append(name)
                    continue
                actor = Actor(f"person:{slug(_display(name.text))}", _display(name.text), "PERSON")
                self._add_named(name, actor, "name")
                people.append((name, actor))
            elif ent.label_ == "ORG" or (ent.label_ in {"GPE", "NORP"} and len(ent) == 1):
                pending_orgs.append(ent)  # an unknown one-word place may be a surname NER mislabelled
        named_orgs: dict[str, Actor] = {}  # "the Libyan National Army (LNA)" ... "the LNA", "the Libyan National Army"
        for ent in pending_orgs:
            # NER sometimes calls a surname an organisation or a place ("Orban said", "Scholz hosted")
            actor = named_orgs.get(ent.text)
            if actor is None and len(ent) == 1:
                actor = _surname_match(ent, people)
                known = None if actor else self.gazetteer.person_by_surname(ent.text)
                actor = actor or (self._entry_actor(known) if known else None)
            if actor is None and ent.label_ == "ORG" and ent.text.isupper() and ent.start >= 2 \
                    and self.doc[ent.start - 1].text == "(" and self.refs(self.doc[ent.start - 2]):
                actor = self.refs(self.doc[ent.start - 2])[0].actor  # "the Arakan Army (AA)": its acronym
            if actor is None and ent.label_ == "ORG":
                ent = self._with_country_prefix(ent)
                actor = self._org_actor(ent)
            if actor is not None:
                self._add_named(ent, actor, "surname" if actor.type == "PERSON" else "name")
                acronym = _bracketed_acronym(ent)
                if acronym and actor.type == "ORG":
                    named_orgs[acronym] = named_orgs[ent.text] = actor
        for span in pending_short:
            actor = _surname_match(span, people)
            if actor is None:
                known = self.gazetteer.person_by_surname(span.text)  # "Erdogan said" with no full name
                actor = self._entry_actor(known) if known else Actor(f"person:{slug(span.text)}", span.text, "PERSON")
            self._add_named(span, actor, "surname")
        self._resolve_bare_surnames(people)
        self._named.sort(key=lambda m: m.start)

    def _named_movements(self, ents: list[Span]) -> list[Span]:
        """Country words that begin an organisation's name NER missed: "the Libyan National Army (LNA)",
        "the Tigray People's Liberation Front". Kept as organisations when the name carries a word of its own
        (liberation, front, ...) or an acronym in brackets; "the Pakistani army" stays Pakistan's."""
        out: list[Span] = []
        named: set[str] = set()  # once "the Libyan National Army (LNA)" is a name, later uses are too
        for ent in ents:
            doc, j = ent.doc, ent.end
            if ent.label_ in {"GPE", "NORP"} and getattr(self._lookup(ent), "type", None) == "COUNTRY":
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].ent_type_:
                    j += 1
            if j > ent.end and doc[j - 1].lower_ in ORG_HEADS:
                span = Span(doc, ent.start, j, label="ORG")
                if span.text in named or _bracketed_acronym(span) or {t.lower_ for t in span} & NON_STATE_WORDS:
                    named.add(span.text)
                    out.append(span)
                    continue
            out.append(ent)
        return out

    def _lookup(self, ent: Span) -> Entry | None:
        entry = None
        if ent.ent_id_ and all(t.ent_id_ == ent.ent_id_ for t in ent):  # not a span joined from several
            try:
                entry = self.gazetteer.get(ent.ent_id_)
            except KeyError:
                return None
        elif ent.label_ in {"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"}:
            entry = self.gazetteer.lookup(ent.text)
        if entry is None or any(_is_media(a) for a in (entry.name, *entry.aliases)) or _inside_other_name(ent):
            return None
        acronym = _bracketed_acronym(ent)
        if entry.type == "COUNTRY" and acronym and self.gazetteer.lookup(acronym) is not entry \
                and ent.start > 0 and ent.doc[ent.start - 1].pos_ == "PROPN":
            return None  # "Tehrik-i-Taliban Pakistan (TTP)": the end of an organisation's name
        return entry

    def _org_actor(self, ent: Span) -> Actor | None:
        words = {t.lower_ for t in ent}
        if _bracketed_acronym(ent) and not words <= GENERIC_ORG_WORDS:
            return self._named_org(ent)  # "the Sudanese Armed Forces (SAF)": a party with a name of its own
        if words & MEDIA_WORDS or words <= GENERIC_ORG_WORDS | {"the", "of", "for", "foreign", "affairs"}:
            return None  # "Foreign Office", "Ministry of Foreign Affairs": an office, whose owner is the actor
        if words & NON_STATE_WORDS:
            return self._named_org(ent)  # "the Myanmar National Democratic Alliance Army": a group of its own
        # "the Russian Defence Ministry" and "U.S. Africa Command" (the country named just before) stand for it
        before = [ent.doc[ent.start - 1]] if ent.start > 0 else []
        for tok in [*before, *ent]:
            entry = self.gazetteer.lookup(tok.text) if tok.text[:1].isupper() else None
            if entry is not None and entry.type == "COUNTRY" and words & AGENT_NOUNS | words & {"defence", "defense", "foreign"}:
                return self._entry_actor(entry)
        return self._named_org(ent)

    def _with_country_prefix(self, ent: Span) -> Span:
        """"Myanmar" + "National Democratic Alliance Army": a movement's name may begin with a country's."""
        prev = self.refs(ent.doc[ent.start - 1]) if ent.start > 0 else ()
        if not prev or prev[0].actor.type != "COUNTRY" or prev[0].end != ent.start \
                or not {t.lower_ for t in ent} & NON_STATE_WORDS:
            return ent
        self._named = [m for m in self._named if m is not prev[0]]
        return Span(ent.doc, prev[0].start, ent.end, label="ORG")

    @staticmethod
    def _named_org(ent: Span) -> Actor | None:
        if _looks_like_place(ent):
            return None
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
            if tok.i in self._refs or tok.pos_ != "PROPN":
                continue
            if tok.text in surnames:
                actor = _surname_match(self.doc[tok.i:tok.i + 1], surnames[tok.text])
            elif tok.is_title and tok.ent_type_ in {"", "PERSON"} and not _inside_proper_name(tok):
                # a famous surname NER missed ("negotiations by Blinken"), if the gazetteer has only one
                known = self.gazetteer.person_by_surname(tok.text)
                actor = self._entry_actor(known) if known else None
            else:
                actor = None
            if actor is not None:
                self._add_named(self.doc[tok.i:tok.i + 1], actor, "surname")

    # ------------------------------------------------------------- roles
    def _find_affiliations(self) -> list[Affiliation]:
        found: dict[tuple[str, str], Affiliation] = {}
        for person in (m for m in self._named if m.actor.type == "PERSON"):
            root = self.doc[person.start:person.end].root
            first, position = root, 0
            while first.dep_ == "conj" and first.head.i != first.i:  # "prime ministers Modi and Sharif"
                first, position = first.head, position + 1
            for role_head in _role_heads(first):
                plural = role_head.tag_ in {"NNS", "NNPS"}
                if position and not plural:
                    continue  # "President Biden and Macron": the title is Biden's only
                if role_head.lemma_.lower() == "counterpart":
                    # "Russian President Putin and Chinese counterpart Xi": the same office as the other
                    role = "counterpart"
                    relation = "LEADER_OF" if any(a.relation == "LEADER_OF" and a.person.start in
                                                  range(role_head.sent.start, role_head.sent.end)
                                                  for a in found.values()) else "MEMBER_OF"
                else:
                    role = _role_text(role_head, self._refs)
                    relation = role_relation(role) if role else None
                if relation is None:
                    continue
                groups = [g for g in self.modifier_actors(role_head) + self._prep_owner(role_head)
                          + self._pre_name_groups(first, person)
                          if g.actor.type in {"COUNTRY", "ORG"}]
                source = "title"
                if not groups:
                    groups, source = self._implied_group(person, role_head)
                if groups:
                    # "Indian and Pakistani prime ministers Modi and Sharif": titles pair up in order
                    group = groups[min(position, len(groups) - 1)] if plural else groups[0]
                    aff = Affiliation(person, relation, group, role, source)
                    found.setdefault((person.actor.id, group.actor.id), aff)
        return list(found.values())

    def _implied_group(self, person: Mention, role_head: Token) -> tuple[list[Mention], str]:
        """A role named without its country: the gazetteer's country for a known person, else none.

        Guessing the nearest country in the text was wrong as often as right ("Colonel Goita thanked
        Moscow"), and a wrong affiliation hides the person's real relations, so unknown people stay unaffiliated.
        """
        if person.actor.country:
            try:
                entry = self.gazetteer.get(person.actor.country)
            except KeyError:
                return [], "known"
            return [Mention(self._entry_actor(entry), role_head.i, role_head.i + 1, role_head.text, "agent")], "known"
        return [], "known"

    def _pre_name_groups(self, root: Token, person: Mention) -> list[Mention]:
        """Actor modifiers inside the name's own phrase: "[Russian] President Vladimir Putin"."""
        out = []
        for child in root.children:
            if child.i < person.start and child.dep_ in {"amod", "compound", "poss", "nmod"}:
                out.extend(m for m in self.refs(child) if m.actor.type != "PERSON")
        return out

    # ------------------------------------------------ definite nominals
    def _resolve_definite_nominals(self) -> None:
        """"the group", "the bloc", "the country": the most recent named actor of that kind."""
        for tok in self.doc:
            kind = DEFINITE_NOUNS.get(tok.lower_)
            if kind is None or tok.i in self._refs or tok.pos_ != "NOUN":
                continue
            dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
            if kind == "COUNTRY" and tok.dep_ == "compound" and not dets:
                dets = ["the"]  # "junta aircraft bombed ...": the junta named before
            if dets != ["the"] or any(c.dep_ in {"amod", "compound", "poss"} and self.refs(c) for c in tok.children):
                continue
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                continue  # "the Viv Ansanm gang coalition" names a group of its own
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
                   for c in tok.children):
                continue  # "the country of origin" is not a back-reference ("accused the bloc of serving" is)
            armed = tok.lower_ in ARMED_GROUP_NOUNS or any(c.dep_ == "amod" and c.lower_ in ARMED_ADJECTIVES
                                                           for c in tok.children)
            if armed:  # a group the gazetteer knows first: NER also calls towns and missions organisations
                m = self._antecedent(tok, {kind}, lambda m: self._known_group(m.actor),
                                     sentences=len(self._sent_starts)) \
                    or self._antecedent(tok, {kind}, lambda m: not self._is_institution(m.actor))
            else:
                m = self._earlier_owner(tok, kind) or self._antecedent(tok, {kind})
            if m is not None:
                self._refs[tok.i] = (self._mention(m, tok, "pronoun"),)

    def _earlier_owner(self, tok: Token, kind: str) -> Mention | None:
        """"the junta" after "Myanmar's junta": the state the same noun belonged to when last named (for a
        group, "the Palestinian group" says where it is from, not who it is: only what it was resolved to)."""
        for prev in reversed(self.doc[:tok.i]):
            if prev.lemma_.lower() == tok.lemma_.lower() and prev.pos_ == "NOUN":
                owners = self.refs(prev) or (self.modifier_actors(prev) if kind == "COUNTRY" else [])
                if owners:
                    return owners[0]
        return None

    # ---------------------------------------------------- pronouns, pairs
    def _resolve_pronouns_and_pairs(self) -> None:
        for tok in self.doc:
            if tok.i in self._refs:
                continue
            low = tok.lower_
            if low in REFLEXIVE_PRONOUNS:
                continue  # "financing itself": the clause's own subject, never another actor
            if tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
                m = self._antecedent(tok, {"PERSON"})
            elif tok.pos_ == "PRON" and low in GROUP_PRONOUNS:
                group = self._plural_antecedent(tok)
                if group:
                    self._refs[tok.i] = tuple(self._mention(g, tok, "pronoun") for g in group)
                continue
            elif tok.pos_ == "PRON" and low in THING_PRONOUNS and (low == "its" or _is_argument(tok)):
                m = self._antecedent(tok, {"COUNTRY", "ORG"})
            elif low in PAIR_NOUNS and any(c.lower_ in PAIR_MARKERS for c in tok.children):
                count = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), 2)
                pair = self._last_n(tok, PAIR_NOUNS[low], count)
                if pair:
                    self._refs[tok.i] = tuple(self._mention(p, tok, "pair") for p in pair)
                continue
            else:
                continue
            if m is not None:
                self._refs[tok.i] = (self._mention(m, tok, "pronoun"),)

    def _resolve_relatives(self) -> None:
        """"Orban, whose government ...": "whose" is the noun its relative clause describes."""
        for tok in self.doc:
            if tok.lower_ != "whose" or tok.i in self._refs:
                continue
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and self.refs(clause.head):
                self._refs[tok.i] = tuple(self._mention(m, tok, "pronoun") for m in self.refs(clause.head))

    def _resolve_speakers(self) -> None:
        """"We"/"I" in a quote is its speaker: '"We commend both leaders," he added.'"""
        for tok in self.doc:
            if tok.i in self._refs or tok.pos_ != "PRON" or tok.lower_ not in FIRST_PERSON:
                continue
            speech = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH_LEMMAS and a.pos_ == "VERB"), None)
            if speech is None and tok.sent.root.lemma_.lower() in SPEECH_LEMMAS:
                speech = tok.sent.root
            if speech is None:
                continue
            speakers = [m for c in speech.children if c.dep_ == "nsubj" and c.i != tok.i for m in self.refs(c)]
            if speakers:
                self._refs[tok.i] = tuple(self._mention(m, tok, "pronoun") for m in speakers)

    def _window_start(self, tok: Token, sentences: int = ANTECEDENT_SENTENCES) -> int:
        idx = bisect.bisect_right(self._sent_starts, tok.i) - 1
        return self._sent_starts[max(0, idx - sentences + 1)]

    def _plural_antecedent(self, tok: Token) -> list[Mention]:
        """"they"/"their": the last conjunction of actors ("Biden and Macron ... they"), else the last state or body."""
        subject = tok.head if tok.dep_ == "poss" and tok.head.dep_ == "nsubj" else tok
        clause = subject.head
        if subject.dep_ == "nsubj" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_LEMMAS:
            # "Polisario fighters said they had shelled ...", "the juntas said their exit was irreversible":
            # the speakers, named or not
            return self._reporting_speaker(subject, {"COUNTRY", "ORG", "PERSON"})
        relative = _clause_of(tok)
        if relative.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in relative.children):
            # "the three governments, which have formed their own alliance": the governments
            owners = self.actors_of(relative.head)
            if owners:
                return owners
        lo = self._window_start(tok)
        earlier = [m for m in self._named if lo <= m.start < tok.i]
        # a subject pronoun usually continues the last subject: "China and Russia held drills near Japan. They ..."
        subjects = [m for m in earlier if _subject_like(self.doc[m.start:m.end].root)]
        for m in (reversed(subjects) if tok.dep_ in {"nsubj", "nsubjpass"} and subjects else reversed(earlier)):
            root = self.doc[m.start:m.end].root
            top = root
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head
            group = self.actors_of(top) if top.i != root.i or any(c.dep_ == "conj" for c in root.children) else []
            if len(group) >= 2:
                return group
            if m.actor.type in {"COUNTRY", "ORG"}:
                return [m]
        return []


    def _antecedent(self, tok: Token, types: set[str], accept=lambda m: True,
                    sentences: int = ANTECEDENT_SENTENCES) -> Mention | None:
        # "Orban said he ...", "the group said its fighters ...": a reported subject (or its owner) is the speaker
        speaker = self._reporting_speaker(tok.head if tok.dep_ == "poss" else tok, types)
        if speaker:
            return speaker[0]
        owner = tok.head
        if tok.dep_ == "poss" and owner.dep_ == "pobj" and owner.head.lower_ == "for":
            # "Armenia thanked France for its support": the one thanked or blamed owns what it is thanked for
            objects = [m for c in owner.head.head.children if c.dep_ == "dobj" for m in self.refs(c)
                       if m.actor.type in types]
            if objects:
                return objects[0]
        if tok.dep_ == "poss":
            # "Serbia ... is vocal about its support": a possessive usually points at its clause's subject
            own = [m for m in self._clause_subjects(tok) if m.actor.type in types
                   and not m.start <= tok.head.i < m.end]  # "Kyiv and its allies": not the allies
            if own:
                return own[0]
        lo = self._window_start(tok, sentences)
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_LEMMAS:
            # '"...," Rubio said. "We commend both leaders," he added': he is the last speaker, not whoever
            # the quote named last
            speakers = [m for m in self._named if lo <= m.start < tok.i and m.actor.type in types
                        and self.doc[m.start:m.end].root.dep_ == "nsubj"
                        and self.doc[m.start:m.end].root.head.lemma_.lower() in SPEECH_LEMMAS]
            if speakers:
                return speakers[-1]
        if tok.dep_ == "nsubj" and tok.lower_ == "it":
            # "The EU adopted sanctions on Russia, ... in China. It targets banks": "it" continues a subject
            subjects = [m for m in self._named if lo <= m.start < tok.i and m.actor.type in types
                        and _subject_like(self.doc[m.start:m.end].root)]
            if subjects:
                return subjects[-1]
        # "Russia and China are expected to vote against it", "Boeing remained committed to it": an object whose
        # nearest candidate is its own clause's subject is a thing (the resolution, the partnership), not an actor
        own_subjects = {m.actor.id for m in self._clause_subjects(tok)} if tok.dep_ in {"dobj", "pobj", "dative"} \
            else set()
        for m in reversed(self._named):
            if m.start >= tok.i:
                continue
            if m.start < lo:
                break
            if m.actor.type in types and accept(m):
                if m.actor.id not in own_subjects:
                    return m
                if tok.pos_ == "PRON":
                    return None  # "it" is a thing here; "criticised the junta" still looks further back
        return None

    def _reporting_speaker(self, tok: Token, types: set[str]) -> list[Mention]:
        """The subject of a reported clause that is a pronoun is its speaker: "Polisario fighters said they had
        shelled ...", "Orban said he would veto ..."."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_LEMMAS:
            return []
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        found = self.actors_of(subject) or self.modifier_actors(subject)
        return [m for m in found if m.actor.type in types]

    def _names(self, actor: Actor) -> tuple[str, ...] | None:
        """The gazetteer's names for *actor*, or ``None`` for an actor only this article names."""
        try:
            entry = self.gazetteer.get(actor.id)
        except KeyError:
            return None
        return (entry.name, *entry.aliases)

    def _known_group(self, actor: Actor) -> bool:
        names = self._names(actor)
        return names is not None and not (actor.type == "ORG" and _institution_names(names))

    def _is_institution(self, actor: Actor) -> bool:
        """Intergovernmental and civil bodies (the EU, the UN, ASEAN, the ICRC): never "the militants"."""
        return actor.type == "ORG" and _institution_names(self._names(actor) or (actor.name,))

    def _clause_subjects(self, tok: Token) -> list[Mention]:
        """Named subjects of the clause around *tok* (following conjoined and controlled verbs up)."""
        verb = _clause_of(tok)
        for _ in range(3):
            found = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m in self.actors_of(c)
                     if m.how in {"name", "surname", "pronoun"}]  # with conjuncts: "Kyiv and its Western allies"
            if found or verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i == verb.i:
                return found
            verb = _clause_of(verb.head)
        return []

    def _last_n(self, tok: Token, kind: str, n: int = 2) -> list[Mention]:
        """The *n* actors of *kind* a plural nominal means ("the two countries", "the three juntas"); for
        countries a person stands for the one they serve.

        A coordination earlier in the same sentence ("Thailand's Phumtham and Cambodia's Hun Manet ...")
        is preferred to whatever was named last ("... met in Malaysia"): "the two countries" means its members.
        Otherwise the last two named nearby; failing that, the two the article has named most so far.
        """
        clause = _clause_of(tok)
        for m in reversed(self._named):
            if tok.sent.start <= m.start < tok.i and _clause_of(self.doc[m.start]).i != clause.i:
                root = self.doc[m.start:m.end].root
                if root.dep_ == "conj":
                    group = self._as_kind(self.actors_of(coordination_top(root)), kind)
                    if len(group) == n:
                        return group
        # Who acts on the pair is not in it ("Trump warned Washington would halt deals with both countries"),
        # nor is whoever was named alongside them ("the US and China will attend as observers"); nor who is
        # named in the pair's own clause ("sanctions levied by the West on both nations").
        outside = {m.actor.id for m in self._as_kind(self._governing_actors(tok), kind)}
        earlier: list[Mention] = []
        for m in self._named:
            kinds = self._as_kind([m], kind) if m.start < tok.i else []
            if not kinds or _clause_of(self.doc[m.start]).i == clause.i:
                continue
            if kinds[0].actor.id in outside:
                partners = self.actors_of(coordination_top(self.doc[m.start:m.end].root))
                outside |= {p.actor.id for p in self._as_kind(partners, kind)}
            earlier.append(kinds[0])
        earlier = [m for m in earlier if m.actor.id not in outside]
        lo = self._window_start(tok)
        recent: list[Mention] = []
        for m in reversed(earlier):
            if m.start < lo:
                break
            if all(p.actor.id != m.actor.id for p in recent):
                recent.append(m)
            if len(recent) == n:
                return list(reversed(recent))
        counts = Counter(m.actor.id for m in earlier)
        last = {m.actor.id: m for m in earlier}
        ranked = sorted(last.values(), key=lambda m: (counts[m.actor.id], m.start), reverse=True)
        return sorted(ranked[:n], key=lambda m: m.start) if len(ranked) >= n else []

    def _governing_actors(self, tok: Token) -> list[Mention]:
        """Subjects and objects of the clauses above *tok*, up to a coordinated or adverbial clause (whose
        subject may be the pair: "the two leaders signed a pact, flouting sanctions on both nations")."""
        found: list[Mention] = []
        node = tok
        while node.head.i != node.i and node.dep_ not in {"conj", "advcl"}:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                for c in node.children:
                    if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.tag_ not in {"WDT", "WP"}:
                        found += self.refs(c)
                    elif c.dep_ == "agent":
                        found += [m for o in c.children if o.dep_ == "pobj" for m in self.refs(o)]
            if node.dep_ == "relcl":
                found += self.refs(node.head)  # "Trump, who warned ...": the relative pronoun is Trump
        return found

    def _as_kind(self, mentions: list[Mention], kind: str) -> list[Mention]:
        """The mentions as actors of *kind*: for countries a person stands for the one they serve."""
        out: list[Mention] = []
        for m in mentions:
            if kind == "COUNTRY" and m.actor.type == "PERSON":
                m = self._home_mention(m)
            if m.actor.type == kind and all(o.actor.id != m.actor.id for o in out):
                out.append(m)
        return out


def _looks_like_place(ent: Span) -> bool:
    """An unknown name NER called an organisation that the sentence shows to be a place: "the town of
    Mandera", "in Cucuta", "shelled El Fasher". Capitals and states are in the gazetteer; towns are not actors."""
    words = {t.lower_ for t in ent}
    if ent.text.isupper() or words & ORG_HEADS or words & INSTITUTION_WORDS:
        return False  # "ASEAN", "Gang Suppression Force", "the National Unity Government"
    root, doc = ent.root, ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in PLACE_WORDS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "near", "at", "outside", "around", "across", "into"}:
        return True
    if root.dep_ in {"dobj", "obj"} and root.head.lemma_.lower() in TAKEN_PLACE_VERBS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_WORDS for c in root.children)


@functools.lru_cache(maxsize=4096)
def _institution_names(names: tuple[str, ...]) -> bool:
    """Whether any of an organisation's names has a word of an institution ("Union", "Nations", "Court")."""
    return any(w in INSTITUTION_WORDS for n in names for w in n.lower().split())


def _bracketed_acronym(span: Span) -> str | None:
    """"ACR" when *span* is followed by "(ACR)"."""
    doc, j = span.doc, span.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper() \
            and doc[j + 1].is_alpha:
        return doc[j + 1].text
    return None


def _inside_proper_name(tok: Token) -> bool:
    """"Gang" in "Gang Suppression Force": a capitalised word followed by more of the same name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and tok.ent_type_ != "PERSON"


def _joined_people(doc: Doc) -> list[Span]:
    """The entities, with person names NER split joined: "Hassan Sheikh" + "Mohamud", "Therese Kayikwamba" +
    "Wagner" (a surname that is also an organisation's name), 'Jimmy "Barbecue' + '" Cherizier'."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        surname = ent.label_ == "PERSON" and not ent.ent_id_ or len(ent) == 1 and ent.label_ == "ORG"
        if prev is not None and prev.end == ent.start and prev.label_ == "PERSON" and not prev.ent_id_ and surname:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(_with_nickname_closed(ent) if ent.label_ == "PERSON" else ent)
    return out


def _with_nickname_closed(ent: Span) -> Span:
    """'Jimmy "Barbecue' ends inside a quoted nickname: take in the closing quote and the surname after it."""
    if sum(t.text in QUOTE_MARKS for t in ent) % 2 == 0:
        return ent
    doc, j = ent.doc, ent.end
    if j < len(doc) and doc[j].text in QUOTE_MARKS:
        j += 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
    return Span(doc, ent.start, j, label="PERSON") if j > ent.end + 1 else ent


def _display(name: str) -> str:
    """The name as shown, without a quoted nickname: 'Jimmy "Barbecue" Cherizier' -> "Jimmy Cherizier"."""
    return " ".join(re.sub(r'["“”][^"“”]*["“”]', " ", name).split())


def _surname_match(span: Span, people: list[tuple[Span, Actor]]) -> Actor | None:
    """The full-name person whose first or last name *span* is: most recent before it, else first after."""
    word = span.text
    matches = [(s, a) for s, a in people if len(s) > 1 and word in (s[0].text, s[-1].text)]
    if not matches:
        return None
    before = [(s, a) for s, a in matches if s.start < span.start]
    return (before[-1] if before else matches[0])[1]


def _is_argument(tok: Token) -> bool:
    if tok.dep_ in {"dobj", "pobj", "dative", "nsubjpass"}:
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_ != "be"


def _is_role(tok: Token) -> bool:
    return is_one_of(tok, ROLE_HEADS) or tok.lemma_.lower() == "counterpart"


def _role_heads(root: Token) -> list[Token]:
    """Nouns that may carry a person's title: in front of the name, in apposition, or the name in apposition."""
    heads = [c for c in root.children if c.dep_ in {"compound", "appos", "nmod", "amod"} and c.pos_ in {"NOUN", "PROPN"}
             and _is_role(c)]
    if root.dep_ == "appos" and _is_role(root.head):
        heads.append(root.head)
    # "The US defence secretary, Lloyd Austin said": parsed as two subjects of one verb
    siblings = [c for c in root.head.children if c.i < root.i and c.dep_ == root.dep_ and _is_role(c)
                and all(t.is_punct for t in root.doc[c.i + 1:root.left_edge.i])] if root.head.i != root.i else []
    return heads + siblings


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


def _is_media(name: str) -> bool:
    return bool({w.lower() for w in re.findall(r"[A-Za-z]+", name)} & MEDIA_WORDS)


def _inside_other_name(ent: Span) -> bool:
    """A country name inside a longer proper name: "Agence France-Presse", "Sea of Japan"."""
    if ent.label_ not in {"GPE"}:
        return False
    doc = ent.doc
    if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in PLACE_HEADS \
            and doc[ent.start - 2].text[:1].isupper():
        return True  # "Sea of Japan", "University of Tehran"
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not doc[ent.end - 1].whitespace_ \
            and doc[ent.end + 1].text[:1].isupper() and doc[ent.end + 1].ent_type_ == "":
        return True
    return False


def _clause_of(tok: Token) -> Token:
    """The nearest verb governing *tok* (itself if it is one)."""
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _does(verb: Token, relation: str) -> bool:
    """Whether a clause does an act of *relation*: by its verb ("bombed", "fired at") or its object
    ("launched strikes")."""
    lemma = verb.lemma_.lower()
    return verb_relation(lemma) == relation or any(
        c.dep_ in {"dobj", "obj"} and noun_relation(c.lemma_) == relation
        or c.dep_ == "prep" and PREP_VERBS.get((lemma, c.lower_)) == relation for c in verb.children)


def _subject_like(tok: Token) -> bool:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}


def coordination_top(token: Token) -> Token:
    """The first conjunct: "A and B, who met" - a clause on B is about the whole coordination."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
