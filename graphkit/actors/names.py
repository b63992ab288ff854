"""Pass 1, names: named entities (NER and the gazetteer's entity ruler) to actor mentions.

Countries, blocs and organisations through the gazetteer (capitals, seats, demonyms, acronyms);
people through NER, with within-article surname coreference ("Vladimir Putin ... Putin said");
organisations the gazetteer does not know by their own name. The pass reads the parse only and
returns :class:`Names`; everything later builds on it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..datelines import dateline_end
from ..syntax import indices_tagged
from ..gazetteer import Entry, Gazetteer
from ..roles import ROLE_HEADS
from ..types import Actor, ActorType
from .mention import How, Mention, slug
from .namesakes import is_namesake
from .words import (
    AGENT_NOUNS,
    DEFINED_SIDES,
    DOCUMENT_WORDS,
    GENERIC_ORG_WORDS,
    INSTITUTION_WORDS,
    MEDIA_WORDS,
    NON_STATE_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_WORDS,
    QUOTE_MARKS,
    TAKEN_PLACE_VERBS,
    TIME_ZONES,
    TITLE_WORDS,
)


@dataclass(frozen=True)
class Names:
    """The result of the names pass: mentions by token, and the named mentions in text order."""

    refs: dict[int, tuple[Mention, ...]]
    named: tuple[Mention, ...]


def find_names(doc: Doc, gazetteer: Gazetteer) -> Names:
    """Every named actor of *doc*: entities after the dateline, then surnames NER missed."""
    return _NameFinder(doc, gazetteer).run()


# Capitalised words after a person's name that make the phrase a place or an institution named after them.
_EPONYM_HEADS = frozenset("Airport University Stadium Bridge Dam Street Avenue Boulevard Square Road Highway "
                          "Hospital Foundation Institute Center Centre Library Museum Prize Award Mosque College "
                          "School Memorial Port".split())


# Forms of address before a name, which NER takes for part of the title and leaves out the first name after.
HONORIFICS = frozenset("excellency honourable honorable highness majesty".split())
# Styles that begin a name without being part of it ("Sir Keir Starmer", "Pope Leo XIV").
STYLES = frozenset("sir dame lord lady pope his her".split())
# How far before an organisation's name a title may begin whose complement the name ends.
TITLE_REACH = 6


def _names_a_place(ent: Span) -> bool:
    """Whether a person's name begins a place's or an institution's name ("Hamid Karzai International
    Airport", "Nelson Mandela Foundation"): up to three capitalised words after it, one of them a place head."""
    following = ent.doc[ent.end:ent.end + 3]
    for tok in following:
        if not tok.is_title:
            return False
        if tok.text in _EPONYM_HEADS:
            return True
    return False


def entry_actor(entry: Entry) -> Actor:
    return Actor(entry.id, entry.name, entry.type, entry.country, entry.served)


class _NameFinder:
    """The names pass's working state; :meth:`run` returns what it found."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gazetteer = gazetteer
        self.refs: dict[int, tuple[Mention, ...]] = {}
        self.named: list[Mention] = []
        self._entries: dict[tuple[int, int, str, str], Entry | None] = {}  # _lookup's answers, by span
        self._eponyms: set[int] = set()  # tokens of a person's name that begins a place's ("... Airport")

    def run(self) -> Names:
        people: list[tuple[Span, Actor]] = []  # full-name people, for surname coreference
        pending_short: list[Span] = []
        pending_orgs: list[Span] = []
        dateline = dateline_end(self.doc)
        for ent in self._named_movements(_joined_names(self.doc)):
            if ent.start < dateline:
                continue  # "TAIPEI, Dec 27 -": where the story was filed, not an actor in it
            if ent[-1].text in DEFINED_SIDES and len(ent) <= 2:
                continue  # "The Sides": a communiqué's two signatories (actors.coref), not a person
            entry = self._lookup(ent)
            if entry is not None and entry.type == ActorType.PERSON and _names_a_place(ent):
                self._eponyms.update(range(ent.start, ent.end))  # "Hamid Karzai International Airport"
                continue
            if entry is not None:
                actor = entry_actor(entry)
                if entry.type == ActorType.PERSON:
                    # keep the article's own spelling of a known person ("Zelenskiy"); the id stays canonical
                    name = _clean_person_name(ent)
                    if len(name) > 1:
                        actor = replace(actor, name=_display(name.text))
                    people.append((ent, actor))
                self._add(ent, actor, How.NAME)
                continue
            if ent.label_ == "PERSON":
                name = _clean_person_name(ent)
                if not name.text[:1].isupper():
                    continue
                if len(name) == 1:
                    pending_short.append(name)
                    continue
                actor = Actor(f"person:{slug(_display(name.text))}", _display(name.text), ActorType.PERSON.value)
                self._add(name, actor, How.NAME)
                people.append((name, actor))
            elif ent.label_ == "ORG" or (ent.label_ in {"GPE", "NORP"} and len(ent) == 1):
                pending_orgs.append(ent)  # an unknown one-word place may be a surname NER mislabelled
        self._resolve_orgs(pending_orgs, people)
        for span in pending_short:
            actor = _surname_match(span, people)
            if actor is None:
                known = self.gazetteer.person_by_surname(span.text)  # "Erdogan said" with no full name
                actor = entry_actor(known) if known else None
            if actor is None or is_namesake(span[0], actor, people, self.gazetteer):
                actor = Actor(f"person:{slug(span.text)}", span.text, ActorType.PERSON.value)
            self._add(span, actor, How.SURNAME)
        self._resolve_bare_surnames(people)
        self.named.sort(key=lambda m: m.start)
        return Names(self.refs, tuple(self.named))

    def _resolve_orgs(self, pending_orgs: list[Span], people: list[tuple[Span, Actor]]) -> None:
        named_orgs: dict[str, Actor] = {}  # "the Libyan National Army (LNA)" ... "the LNA", "the Libyan National Army"
        for ent in pending_orgs:
            # NER sometimes calls a surname an organisation or a place ("Orban said", "Scholz hosted")
            actor = named_orgs.get(ent.text)
            if actor is None and len(ent) == 1:
                actor = _surname_match(ent, people)
                known = None if actor else self.gazetteer.person_by_surname(ent.text)
                actor = actor or (entry_actor(known) if known else None)
                if actor is not None and is_namesake(ent[0], actor, people, self.gazetteer):
                    actor = None
            before = self.refs.get(ent.start - 2, ()) if ent.start >= 2 else ()
            if actor is None and ent.label_ == "ORG" and ent.text.isupper() and before \
                    and self.doc[ent.start - 1].text == "(":
                actor = before[0].actor  # "the Arakan Army (AA)": its acronym
            if actor is None and ent.label_ == "ORG":
                ent = self._with_country_prefix(ent)
                actor = self._org_actor(ent)
            if actor is not None:
                self._add(ent, actor, How.SURNAME if actor.type == ActorType.PERSON else How.NAME)
                acronym = _bracketed_acronym(ent)
                if acronym and actor.type == ActorType.ORG:
                    named_orgs[acronym] = named_orgs[ent.text] = actor

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
        """The gazetteer entry *ent* names (asked twice of a nationality or place: answered once)."""
        key = (ent.start, ent.end, ent.label_, ent.ent_id_)
        if key not in self._entries:
            self._entries[key] = self._find_entry(ent)
        return self._entries[key]

    def _find_entry(self, ent: Span) -> Entry | None:
        entry = None
        if ent.ent_id_ and all(t.ent_id_ == ent.ent_id_ for t in ent):  # not a span joined from several
            try:
                entry = self.gazetteer.get(ent.ent_id_)
            except KeyError:
                return None
        elif ent.label_ in {"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"}:
            entry = self.gazetteer.lookup(ent.text)
        if entry is None or _names_media(entry) or _inside_other_name(ent):
            return None
        acronym = _bracketed_acronym(ent)
        if entry.type == ActorType.COUNTRY and acronym and self.gazetteer.lookup(acronym) is not entry \
                and ent.start > 0 and ent.doc[ent.start - 1].pos_ == "PROPN":
            return None  # "Tehrik-i-Taliban Pakistan (TTP)": the end of an organisation's name
        return entry

    def _org_actor(self, ent: Span) -> Actor | None:
        words = {t.lower_ for t in ent}
        if _bracketed_acronym(ent) and not words <= GENERIC_ORG_WORDS:
            return _named_org(ent)  # "the Sudanese Armed Forces (SAF)": a party with a name of its own
        if _is_media(ent.text) or words <= GENERIC_ORG_WORDS | {"the", "of", "for", "foreign", "affairs"}:
            return None  # "Foreign Office", "Ministry of Foreign Affairs": an office, whose owner is the actor
        if words & NON_STATE_WORDS:
            return _named_org(ent)  # "the Myanmar National Democratic Alliance Army": a group of its own
        owner = self._owner_after_of(ent)
        if owner is not None:
            return owner
        # "the Russian Defence Ministry" and "U.S. Africa Command" (the country named just before) stand for it
        before = [ent.doc[ent.start - 1]] if ent.start > 0 else []
        organ = words & (AGENT_NOUNS | {"defence", "defense", "foreign"})
        for tok in [*before, *ent]:
            entry = self.gazetteer.lookup(tok.text) if tok.text[:1].isupper() else None
            if entry is not None and entry.type == ActorType.COUNTRY and organ:
                return entry_actor(entry)
        return _named_org(ent)

    def _owner_after_of(self, ent: Span) -> Actor | None:
        """The state an organ named "<organ> of <state>" belongs to: "the Interim Government of Bangladesh",
        "the Ministries of Foreign Affairs of the Hashemite Kingdom of Jordan" (the longest known name after
        an "of"; "the Republic of Equatorial Guinea" is not Guinea)."""
        for tok in ent:
            if tok.lower_ != "of" or not any(t.lemma_.lower() in AGENT_NOUNS for t in ent[:tok.i - ent.start]):
                continue
            entry = self.gazetteer.lookup(ent.doc[tok.i + 1:ent.end].text)
            if entry is not None:
                return entry_actor(entry) if entry.type == ActorType.COUNTRY else None
        return None

    def _with_country_prefix(self, ent: Span) -> Span:
        """"Myanmar" + "National Democratic Alliance Army": a movement's name may begin with a country's."""
        prev = self.refs.get(ent.start - 1, ()) if ent.start > 0 else ()
        if not prev or prev[0].actor.type != ActorType.COUNTRY or prev[0].end != ent.start \
                or not {t.lower_ for t in ent} & NON_STATE_WORDS:
            return ent
        self.named = [m for m in self.named if m is not prev[0]]
        return Span(ent.doc, prev[0].start, ent.end, label="ORG")

    def _add(self, span: Span, actor: Actor, how: How) -> None:
        mention = Mention(actor, span.start, span.end, span.text, how.value)
        for i in range(span.start, span.end):
            self.refs[i] = (mention,)
        self.named.append(mention)

    def _resolve_bare_surnames(self, people: list[tuple[Span, Actor]]) -> None:
        """A capitalised token outside any entity that is a known person's surname ("Putin said")."""
        surnames: dict[str, list[tuple[Span, Actor]]] = {}
        for span, actor in people:
            for tok in (span[0], span[-1]):
                if tok.is_alpha and tok.text[:1].isupper():
                    surnames.setdefault(tok.text, []).append((span, actor))
        for i in indices_tagged(self.doc, "PROPN"):
            tok = self.doc[i]
            if tok.i in self.refs or tok.i in self._eponyms:
                continue
            if tok.text in surnames:
                actor = _surname_match(self.doc[tok.i:tok.i + 1], surnames[tok.text])
            elif tok.is_title and tok.ent_type_ in {"", "PERSON"} and not _inside_proper_name(tok):
                # a famous surname NER missed ("negotiations by Blinken"), if the gazetteer has only one
                known = self.gazetteer.person_by_surname(tok.text)
                actor = entry_actor(known) if known else None
            else:
                actor = None
            if actor is not None and is_namesake(tok, actor, people, self.gazetteer):
                actor = None
            if actor is not None:
                self._add(self.doc[tok.i:tok.i + 1], actor, How.SURNAME)


def _named_org(ent: Span) -> Actor | None:
    if _looks_like_place(ent):
        return None
    text = ent.text
    if text.lower().startswith("the "):
        text = text[4:]
    if not text[:1].isupper() or text.rstrip(" -–—:") in TIME_ZONES:
        return None  # "09:30 GMT - ...": NER sometimes calls a time zone an organisation, the dash too
    if ent[-1].lower_ == "of" or len(ent) > 1 and [t.lower_ for t in ent[-2:]] == ["of", "the"]:
        return None  # a piece of a longer name, cut at its "of" and not joined (the end of a title's complement)
    if ent[-1].lower_ in DOCUMENT_WORDS:
        return None  # "the Abraham Accords": what was signed, not who signed it
    return Actor(f"org:{slug(text)}", text, ActorType.ORG.value)


def _clean_person_name(span: Span) -> Span:
    """Drop titles and a trailing possessive: "President Vladimir Putin's" -> "Vladimir Putin"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and doc[start].lower_.rstrip(".") in TITLE_WORDS:
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}):
        end -= 1
    return doc[start:end]


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


# Entity labels that can end an organisation's name after its "of".
_OF_NAME_ENDS = frozenset({"GPE", "ORG", "LOC", "NORP", "FAC"})


def _joined_names(doc: Doc) -> list[Span]:
    """The entities, with names NER split joined: person names ("Hassan Sheikh" + "Mohamud", "Therese
    Kayikwamba" + "Wagner", a surname that is also an organisation's name, 'Jimmy "Barbecue' + '" Cherizier')
    and organisations cut at their "of" ("the Interim Government of" + "Bangladesh")."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        surname = ent.label_ == "PERSON" and not ent.ent_id_ or len(ent) == 1 and ent.label_ == "ORG"
        if prev is not None and prev.end == ent.start and prev.label_ == "PERSON" and not prev.ent_id_ and surname:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        elif prev is not None and _cut_at_of(prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        else:
            out.append(_with_first_name(_with_nickname_closed(ent)) if ent.label_ == "PERSON" else ent)
    # "Bessent and" + "US Trade Representative ...": NER may end an entity on the conjunction (a new Span keeps
    # no ent_id_; no gazetteer pattern ends in "and" or "or", so no known actor loses its id)
    out = [Span(doc, e.start, e.end - 1, label=e.label_) if len(e) > 1 and e[-1].lower_ in {"and", "or"} else e
           for e in out]
    return [Span(doc, e.start, e.end, label="PERSON") if _titled_person(e) else e for e in out]


# Role nouns only a person holds ("the bloc's newest member" may be a state).
_PERSON_ROLES = (ROLE_HEADS | {"counterpart"}) - {"member"}


def _titled_person(ent: Span) -> bool:
    """An "organisation" NER found that is a person's name by its place: right after a title or in
    apposition to a role ("his Croatian counterpart, Davor Božinović"), two or three capitalised words
    none of which an organisation's name would have."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.ent_id_ or ent.root.dep_ == "compound":
        return False  # "former Goldman Sachs economist": a name that modifies a noun is an organisation's
    if not all(t.is_title and t.text.replace("-", "").isalpha() for t in ent) \
            or {t.lower_ for t in ent} & (GENERIC_ORG_WORDS | INSTITUTION_WORDS | NON_STATE_WORDS | DOCUMENT_WORDS):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    root = ent.root
    return (before is not None and before.lower_ in _PERSON_ROLES) or (
        root.dep_ == "appos" and root.head.lemma_.lower() in _PERSON_ROLES) or any(
        c.dep_ == "appos" and c.lemma_.lower() in _PERSON_ROLES for c in root.children)


def _with_first_name(ent: Span) -> Span:
    """A person's name NER began one word late, after a form of address: "His Excellency Cyril" + "Matamela
    Ramaphosa". The word must be a capitalised proper noun of no entity, and no title itself. Only after a
    form of address: a capitalised word at a sentence's start may head a speech ("Address by ...")."""
    doc, start = ent.doc, ent.start
    if ent.ent_id_ or len(ent) < 2 or start < 2:
        return ent
    word = doc[start - 1]
    if word.pos_ == "PROPN" and word.is_title and word.is_alpha and not word.ent_type_ \
            and word.lower_ not in TITLE_WORDS | HONORIFICS | STYLES \
            and doc[start - 2].lower_ in HONORIFICS:
        return Span(doc, start - 1, ent.end, label="PERSON")
    return ent


def _cut_at_of(org: Span, ent: Span) -> bool:
    """Whether NER ended organisation *org* at the "of" (or "of the") of a longer name whose rest is *ent*:
    "the Communist Party of" + "China", "the Food and Agriculture Organization of the" + "United Nations".
    No organisation's name ends in "of", so the two are one name; but a person's title is no organisation
    ("the Minister of Foreign Affairs of": the affiliations pass reads it)."""
    if org.label_ != "ORG" or ent.label_ not in _OF_NAME_ENDS or ent.start - org.end > 1:
        return False
    words = [t.lower_ for t in org]
    gap = org.doc[org.end:ent.start]
    if not (words[-1:] == ["of"] and all(t.lower_ == "the" for t in gap) or words[-2:] == ["of", "the"] and not gap):
        return False
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    return first not in TITLE_WORDS and not _completes_title(org)


def _completes_title(org: Span) -> bool:
    """Whether *org* is the end of a title's complement NER took for an organisation: "Minister of Foreign
    Affairs and International Cooperation of" (the parser hangs "Cooperation" on "Minister" or on "Affairs")."""
    root, doc = org.root, org.doc
    if root.dep_ in {"conj", "appos"} and root.head.lower_ in TITLE_WORDS and not org.start <= root.head.i < org.end:
        return True
    before = doc[max(org.start - TITLE_REACH, 0):org.start]
    return org[0].lower_ != "the" and bool(before) and before[-1].lower_ in {"and", "of"} \
        and any(t.lower_ in TITLE_WORDS for t in before)


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



@functools.lru_cache(maxsize=4096)
def _names_media(entry: Entry) -> bool:
    """Whether any name of a gazetteer entry is a news organisation's (asked of every entity: cached)."""
    return any(_is_media(a) for a in (entry.name, *entry.aliases))


def _is_media(name: str) -> bool:
    """A news organisation's name ("Anadolu Agency", "Xinhua News Agency"); an "agency" with a word of an
    institution is a body of states ("International Atomic Energy Agency"), not a reporter."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    if words & MEDIA_WORDS == {"agency"}:
        return not words & (INSTITUTION_WORDS - {"agency"})
    return bool(words & MEDIA_WORDS)


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
