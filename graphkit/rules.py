"""Relation rules over the dependency parse.

Pure functions over a parsed ``Doc``: :func:`doc_triples` yields the
:class:`~graphkit.types.Triple` records of one article. Each grammatical
construction is one named rule (the ``rule`` field of every triple), so a
rule can be tested alone on a hand-built ``Doc``:

==================  =============================================================
rule                construction
==================  =============================================================
verb-svo            active subject–verb–object ("Putin praised Pyongyang")
verb-passive        passive with agent ("Ukraine was shelled by Russia")
verb-prep           verb + preposition ("fired at Ukraine", "sided with Moscow")
verb-transfer       transfer verbs and their recipient ("sent drones to Russia",
                    "provided Russia with missiles", "gave Kyiv tanks")
verb-symmetric      conjoined subjects of meet/agree/sign ("X and Y signed a treaty")
adj-stance          stance adjectives ("concerned about", "grateful to")
noun-trigger        nominal triggers with possessive/of/for/by/on arguments
                    ("North Korea's backing of Russia", "sanctions on Iran")
noun-light-verb     light verb + trigger noun ("imposed sanctions on", "held talks with")
noun-between        "the bond between Russia and North Korea"
material-origin     actor adjectives on weapons used by another actor
                    ("Iranian drones launched by Russia")
hyphen-participle   "Iran-backed Hezbollah", "US-funded militias"
noun-role           agent nouns ("Iran is Russia's top backer", "Russia's ally Belarus")
meeting-place       a meeting abroad is a visit ("Rubio met Rasmussen in Brussels")
verb-source         buying from a supplier ("Hungary buys jets from Sweden")
verb-demand         demanding that an actor stop ("urged Russia to withdraw", "Iran must cease")
verb-label          hostile labels ("the PKK is considered a terrorist group by the US")
role-title          titles and appositions ("Russian President Vladimir Putin")
role-known          a title without its country, for a person the gazetteer knows
role-context        a title without its country: the nearest country in the text
membership          states in organisations ("NATO member Sweden", "the G7 nations of Canada and Japan")
==================  =============================================================

Negated or denied events ("did not condemn", "denied supplying") produce
nothing; hedged and reported ones are kept with lower confidence and their
attribution.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .mentions import ArticleActors, Mention, unique_actors as _unique
from .ontology import POLARITY, STRUCTURAL, SYMMETRIC, Relation as R
from .triggers import (AGENT_ROLE_NOUNS, CANCELLING_VERBS, HEDGES, LIGHT_VERBS, NEGATING_VERBS, PREP_VERBS, RECIPIENT_PREPS,
                       SPEECH_VERBS, TRANSFER_VERBS, noun_relation, verb_relation)
from .types import Article, Triple

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# Where a nominal trigger finds its target, by relation ("sanctions on Iran", "support for Kyiv").
TARGET_PREPS: dict[str, frozenset[str]] = {
    R.SUPPORTS.value: frozenset({"for", "to", "of", "toward", "towards", "with", "in", "behind"}),
    R.SUPPLIES.value: frozenset({"to", "for", "into"}),
    R.COOPERATES_WITH.value: frozenset({"with", "between"}),
    R.MEETS.value: frozenset({"with", "between"}),
    R.VISITS.value: frozenset({"to", "in"}),
    R.OPPOSES.value: frozenset({"against", "over", "about", "toward", "towards", "of", "at", "with"}),
    R.THREATENS.value: frozenset({"to", "against", "of"}),
    R.SANCTIONS.value: frozenset({"on", "against", "of", "targeting"}),
    R.ATTACKS.value: frozenset({"on", "against", "of", "in", "into"}),
}
# "of" introduces the target only when the agent is named another way ("Russia's invasion of Ukraine");
# for meetings, visits and threats it introduces the agent ("the visit of the two leaders", "the threat of
# Hezbollah").
AGENT_OF_RELATIONS = frozenset({R.MEETS.value, R.VISITS.value, R.THREATENS.value})
AGREEMENT_NOUNS = frozenset("""treaty pact deal agreement accord memorandum partnership alliance ceasefire
    truce armistice
    declaration charter contract protocol communique communiqué statement""".split())
AGREEMENT_VERBS = frozenset({"sign", "ratify", "conclude", "seal", "ink", "forge", "agree", "reach"})
# Verbs whose object must be an actor for the meeting sense ("hosted Blinken", not "hosted a summit").
ACTOR_OBJECT_VERBS = frozenset({"receive", "host", "call", "welcome", "give", "recognize", "recognise", "protect"})
STANCE_ADJECTIVES: dict[str, str] = {
    **{w: R.OPPOSES.value for w in """concerned worried alarmed disturbed troubled critical wary suspicious
        opposed hostile angry furious outraged dismayed uneasy""".split()},
    **{w: R.SUPPORTS.value for w in "supportive grateful thankful sympathetic loyal committed".split()},
}
MATERIAL_NOUNS = frozenset("""weapon weapons arms missile missiles drone drones shell shells ammunition
    munitions rocket rockets tank tanks jet jets artillery equipment technology fuel troops soldiers
    warplane warplanes aircraft gear interceptor interceptors""".split())
# Nouns that express the speaker's own stance ("Congratulations to Kyiv," she said).
SPEAKER_NOUNS = frozenset("congratulations thanks condolences kudos tribute gratitude appreciation solidarity".split())
# "urged X to stop", "X must cease": demanding that an actor stop is opposing it.
CESSATION_VERBS = frozenset("""stop halt end cease withdraw retreat refrain abandon desist release free leave axe
    drop scrap cut sever suspend""".split())
DEMAND_NOUNS = frozenset("demand call ultimatum insistence".split())
DEMAND_VERBS = frozenset("urge call demand press push insist tell warn ask pressure implore".split())
SOURCE_VERBS = frozenset("buy purchase acquire import receive obtain procure order get".split())
DETERRING_VERBS = frozenset("warn caution prevent stop deter bar ban dissuade discourage prohibit keep".split())
IMPACT_VERBS = frozenset("hit target affect cover punish apply strike".split())
MEMBERSHIP_NOUNS = frozenset("member nation country state ally".split())
# "rounds of talks", "days of fighting": the trigger takes the place of the quantity.
QUANTITY_NOUNS = frozenset("""round rounds day days week weeks month months year years series number
    hours night nights wave waves kind sort lot lots dozens hundreds thousands""".split())
# "X-backed Y": a participle joined to an actor by a hyphen.
HYPHEN_PARTICIPLES: dict[str, str] = {
    **{w: R.SUPPORTS.value for w in "backed supported sponsored allied aligned friendly".split()},
    **{w: R.SUPPLIES.value for w in "funded financed armed supplied equipped trained".split()},
}
# "the PKK is considered a terrorist organisation by the US": a hostile label is opposition.
LABEL_VERBS = frozenset("consider designate label brand list deem call classify declare name regard see".split())
HOSTILE_LABELS = frozenset("terrorist terrorists terrorism threat enemy enemies adversary aggressor rogue".split())
BENEFIT_VERBS = frozenset("""help facilitate boost aid bolster enable support fuel sustain strengthen power
    use deploy launch fire utilise utilize employ""".split())

BASE_CONFIDENCE = {
    # Rough precision of each rule on news (checked on annotated articles; rounded, not fitted).
    "role-title": 0.95, "role-known": 0.9, "role-context": 0.5, "membership": 0.85,
    "verb-prep": 0.9, "verb-transfer": 0.85, "verb-symmetric": 0.85, "verb-svo": 0.8, "verb-passive": 0.8,
    "verb-label": 0.75, "verb-source": 0.6, "verb-demand": 0.6,
    "noun-trigger": 0.8, "noun-light-verb": 0.7, "noun-role": 0.7, "noun-between": 0.6,
    "adj-stance": 0.7, "hyphen-participle": 0.6, "material-origin": 0.5, "meeting-place": 0.6,
}
RESOLUTION_PENALTY = {"name": 1.0, "surname": 0.95, "agent": 0.9, "pronoun": 0.8, "pair": 0.75}
HEDGE_PENALTY = 0.8


@dataclass(frozen=True)
class Candidate:
    """A relation found by one rule, before it becomes a :class:`Triple`."""

    subject: Mention
    relation: str
    object: Mention
    predicate: str
    rule: str
    anchor: Token  # the trigger word; its sentence is the evidence


def meeting_visits(cand: Candidate, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule meeting-place: "Rubio met Rasmussen in Brussels" -> each guest VISITS Belgium."""
    if cand.relation == R.MEETS.value:
        yield from visits_at(cand.anchor, [cand.subject, cand.object], actors)


def visits_at(anchor: Token, participants: list[Mention], actors: ArticleActors) -> Iterator[Candidate]:
    """Participants of a meeting held in a country other than their own visit it."""
    for place in _unique(meeting_places(anchor, actors)):
        for guest in participants:
            home = actors.home_of(guest.actor) or guest.actor.id
            if home != place.actor.id and guest.actor.id != place.actor.id:
                yield Candidate(guest, R.VISITS.value, place, f"{anchor.text} in {place.text}", "meeting-place", anchor)


def meeting_places(anchor: Token, actors: ArticleActors) -> list[Mention]:
    """Countries named by in/at phrases of a meeting's clause ("met on the sidelines of a summit in Brussels")."""
    root = anchor.head if anchor.pos_ == "NOUN" and anchor.head.pos_ in {"VERB", "AUX"} else anchor
    found = []
    for tok in root.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at"}:
            continue
        path = [a for a in tok.ancestors if a.i != root.i and root.is_ancestor(a)]
        if any(a.pos_ in {"VERB", "AUX"} for a in path):
            continue  # the place of another event in a subordinate clause
        found += [m for m in actors.refs(tok) if m.actor.type == "COUNTRY"]
    return found


def doc_triples(doc: Doc, article: Article, *, actors: ArticleActors | None = None) -> Iterator[Triple]:
    """The triples of one parsed article, each with its evidence sentence and rule."""
    actors = actors or ArticleActors(doc)
    seen: set[tuple] = set()
    for cand in _with_meeting_visits(_candidates(doc, actors), actors):
        if _is_self_relation(cand, actors):
            continue
        triple = _to_triple(cand, article)
        key = (triple.subject_id, triple.relation, triple.object_id, triple.start)
        if triple.subject_id == triple.object_id or key in seen:
            continue
        seen.add(key)
        yield triple


def _with_meeting_visits(cands: Iterable[Candidate], actors: ArticleActors) -> Iterator[Candidate]:
    for cand in cands:
        yield cand
        yield from meeting_visits(cand, actors)


def _is_self_relation(cand: Candidate, actors: ArticleActors) -> bool:
    """A person acting on the country they serve ("Biden supports the United States") is no relation."""
    if cand.relation in STRUCTURAL:
        return False
    subject, obj = cand.subject.actor, cand.object.actor
    return subject.id == obj.id or actors.home_of(subject) == obj.id or actors.home_of(obj) == subject.id


def _candidates(doc: Doc, actors: ArticleActors) -> Iterator[Candidate]:
    for aff in actors.affiliations:
        anchor = doc[aff.person.start]
        yield Candidate(aff.person, aff.relation, aff.group, aff.role, f"role-{aff.source}", anchor)
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and verb_relation(tok.lemma_)):
            yield from verb_candidates(tok, actors)
        if tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.lower_ in STANCE_ADJECTIVES):
            yield from adjective_candidates(tok, actors)
        if tok.pos_ in {"NOUN", "PROPN"}:
            yield from noun_candidates(tok, actors)
            yield from agent_role_candidates(tok, actors)
            yield from material_candidates(tok, actors)
        if tok.lemma_.lower() in MEMBERSHIP_NOUNS:
            yield from membership_candidates(tok, actors)
        if tok.lower_ in HYPHEN_PARTICIPLES:
            yield from hyphen_candidates(tok, actors)


# ------------------------------------------------------------------ verbs
def verb_candidates(verb: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rules verb-svo, verb-passive, verb-prep, verb-transfer and verb-symmetric for one verb."""
    lemma = verb.lemma_.lower()
    if is_negated(verb):
        return
    subjects = subjects_of(verb, actors)
    passive = is_passive(verb)
    # "fired at Ukraine", and "fired missiles toward Israel" where the phrase hangs on the object
    preps = [*_children(verb, "prep"), *(p for o in verb.children if o.dep_ in OBJECT_DEPS for p in _children(o, "prep"))]
    for prep in preps:
        relation = PREP_VERBS.get((lemma, prep.lower_))
        if relation is None:
            continue
        for obj in _pobj_actors(prep, actors, relation):
            for subj in subjects:
                yield Candidate(subj, relation, obj, f"{verb.text} {prep.text}", "verb-prep", verb)
    for prep in _children(verb, "prep"):
        if prep.lower_ == "from" and lemma in SOURCE_VERBS:
            # "Hungary is buying jets from Sweden": the seller supplies the buyer
            for seller in _pobj_actors(prep, actors, R.SUPPLIES.value):
                for buyer in subjects:
                    yield Candidate(seller, R.SUPPLIES.value, buyer, f"{verb.text} from", "verb-source", verb)
    if lemma in LABEL_VERBS:
        yield from _hostile_label(verb, actors, passive)
    if lemma in CESSATION_VERBS:
        yield from _demanded_stop(verb, actors)
    relation = verb_relation(lemma)
    if relation is None:
        return
    if _is_reciprocal(verb) and len(subjects) >= 2:
        # "Cambodia and Thailand blamed each other"
        for a, b in combinations(subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-svo", verb)
            if relation not in SYMMETRIC:
                yield Candidate(b, relation, a, verb.text, "verb-svo", verb)
        return
    if relation == R.SUPPLIES.value and lemma in TRANSFER_VERBS:
        rule = "verb-transfer"
        objects = recipients_of(verb, actors)
    elif lemma in AGREEMENT_VERBS and relation == R.COOPERATES_WITH.value:
        yield from _agreement(verb, subjects, actors)
        return
    else:
        rule = "verb-passive" if passive else "verb-svo"
        objects = _direct_objects(verb, actors, relation, passive)
        if not objects and relation in {R.OPPOSES.value, R.THREATENS.value, R.SANCTIONS.value}:
            # "threatened retaliation over the G7's decision", "protested against Tehran"
            objects = [m for p in _children(verb, "prep") if p.lower_ in TARGET_PREPS[relation] - {"of"}
                       for m in _pobj_actors(p, actors, relation)]
        measure = _measure_subject(verb)
        if measure is not None:
            # "US sanctions hit Rosneft": the measure's owner acts, with the measure's meaning
            relation, subjects, rule = noun_relation(measure.lemma_), actors.modifier_actors(measure), "noun-light-verb"
        if lemma in ACTOR_OBJECT_VERBS and not objects:
            return
        if relation in SYMMETRIC:
            objects += [m for p in _children(verb, "prep") if p.lower_ == "with" for m in _pobj_actors(p, actors, relation)]
    if not objects and relation in SYMMETRIC and len(subjects) >= 2:
        for a, b in combinations(subjects, 2):
            yield Candidate(a, relation, b, verb.text, "verb-symmetric", verb)
        return
    for subj in subjects:
        for obj in objects:
            yield Candidate(subj, relation, obj, verb.text, rule, verb)


def _measure_subject(verb: Token) -> Token | None:
    """A sanctions-like noun subject of a verb of impact ("the sanctions hit X", "tariffs target Y")."""
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and noun_relation(child.lemma_) == R.SANCTIONS.value:
            return child
    return None


def _demanded_stop(verb: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule verb-demand: "the EU urged Russia to withdraw", "Iran must stop", said Blinken -> opposition."""
    stopper = [m for c in verb.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)]
    demanders: list[Mention] = []
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in DEMAND_VERBS:
        # "urged Russia to withdraw", "called on Russia to stop", "demanded that Russia withdraw"
        demanders = subjects_of(head, actors)
        stopper = stopper or [m for c in head.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)] \
            or [m for p in _children(head, "prep") if p.lower_ == "on" for m in _pobj_actors(p, actors, "")]
    elif any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in verb.children):
        speech = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_VERBS and a.pos_ == "VERB"), None)
        if speech is not None:
            demanders = subjects_of(speech, actors)
    for demander in demanders:
        for target in stopper:
            yield Candidate(demander, R.OPPOSES.value, target, f"{head.text} {verb.text}", "verb-demand", verb)


def _demanded_stop_noun(noun: Token, agents: list[Mention], actors: ArticleActors) -> Iterator[Candidate]:
    """"Turkey's demand that Washington end its alliance": demanding that an actor stop is opposing it."""
    for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}):
        if clause.lemma_.lower() not in CESSATION_VERBS:
            continue
        for target in [m for c in clause.children if c.dep_ in SUBJECT_DEPS for m in actors.actors_of(c)]:
            for agent in agents:
                yield Candidate(agent, R.OPPOSES.value, target, f"{noun.text} {clause.text}", "verb-demand", noun)


def _is_reciprocal(verb: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS and c.lower_ in {"other", "another"} for c in verb.children)


def _hostile_label(verb: Token, actors: ArticleActors, passive: bool) -> Iterator[Candidate]:
    """Rule verb-label: "the PKK is considered a terrorist group by the US" -> United States OPPOSES PKK."""
    labels = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "ccomp", "advcl", "prep"}
              or c.dep_ in OBJECT_DEPS and not actors.actors_of(c)]  # "which Ankara deems a threat"
    if not any(t.lower_ in HOSTILE_LABELS for c in labels for t in c.subtree):
        return
    if passive:
        # "considered a terrorist group by the EU": the by-phrase may hang on the label
        agents = [*_children(verb, "agent"), *(p for c in labels for p in _children(c, "prep") if p.lower_ == "by")]
        labellers = [m for a in agents for o in _children(a, "pobj") for m in actors.actors_of(o)]
        labelled = [m for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for m in actors.actors_of(c)]
    else:
        labellers = subjects_of(verb, actors)
        labelled = [m for c in verb.children if c.dep_ in OBJECT_DEPS for m in actors.actors_of(c)]
    if not labelled and verb.dep_ == "relcl":
        labelled = actors.actors_of(verb.head)
    for subj in labellers:
        for obj in labelled:
            yield Candidate(subj, R.OPPOSES.value, obj, verb.text, "verb-label", verb)


def _agreement(verb: Token, subjects: list[Mention], actors: ArticleActors) -> Iterator[Candidate]:
    """"X and Y signed a treaty", "X signed a pact with Y", "X agreed with Y"."""
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    lemma = verb.lemma_.lower()
    if lemma != "agree" and not any(o.lemma_.lower() in AGREEMENT_NOUNS for o in objs):
        return
    partners: list[Mention] = []
    for holder in [verb, *objs]:
        for prep in _children(holder, "prep"):
            if prep.lower_ in {"with", "between"}:
                partners += _pobj_actors(prep, actors, R.COOPERATES_WITH.value)
    predicate = " ".join([verb.text, *(o.text for o in objs[:1])])
    if partners:
        for subj in subjects:
            for obj in partners:
                yield Candidate(subj, R.COOPERATES_WITH.value, obj, predicate, "verb-symmetric", verb)
    elif len(subjects) >= 2:
        for a, b in combinations(subjects, 2):
            yield Candidate(a, R.COOPERATES_WITH.value, b, predicate, "verb-symmetric", verb)


def subjects_of(verb: Token, actors: ArticleActors) -> list[Mention]:
    """Who does *verb*: its subject, passive agent, or the subject it inherits from the clause it hangs on."""
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "agent":
            found += [m for obj in _children(child, "pobj") for m in actors.actors_of(obj)]
        elif child.dep_ in SUBJECT_DEPS:
            if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                found += actors.actors_of(verb.head)
            else:
                found += actors.actors_of(child) or _owner_actors(child, actors)
    if found or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return _unique(found)
    head = verb.head
    if verb.dep_ == "relcl":
        return actors.actors_of(head)
    if verb.dep_ == "conj" and head.i != verb.i:
        return subjects_of(head, actors)
    if verb.dep_ == "xcomp" and head.i != verb.i:
        # "urged Seoul to back Kyiv": the object controls; "agreed to supply": the subject does;
        # "Putin is expected to sign": the passive subject does.
        objs = [m for c in head.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS for m in actors.actors_of(c)]
        return objs or subjects_of(head, actors)
    if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and head.i != verb.i \
            and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return subjects_of(head, actors)  # "..., providing shells to Russia": the main subject provides
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        # "accused Pyongyang of supplying Moscow", "Iran is suspected of sending": the accused does it.
        objs = [m for c in governor.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                for m in actors.actors_of(c)]
        if objs:
            return objs
        if governor.pos_ in {"VERB", "AUX"}:
            return subjects_of(governor, actors)
        return actors.modifier_actors(governor)
    if verb.dep_ == "acl":
        # "his intention to fortify ties": the possessor of the noun acts.
        return actors.modifier_actors(head)
    return []


def _owner_actors(token: Token, actors: ArticleActors) -> list[Mention]:
    """Actors owning a non-actor subject phrase: "Russia's army", "Iranian officials"."""
    return actors.modifier_actors(token) if token.pos_ in {"NOUN", "PROPN"} else []


def recipients_of(verb: Token, actors: ArticleActors) -> list[Mention]:
    """Who receives what a transfer verb moves: dative, to/for-phrase, or an actor object with "with"."""
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "dative":
            found += actors.actors_of(child) or [m for o in _children(child, "pobj") for m in actors.actors_of(o)]
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            found += _pobj_actors(child, actors, R.SUPPLIES.value)
        elif child.dep_ in OBJECT_DEPS:
            direct = actors.actors_of(child)
            if direct:
                found += direct
            else:
                for prep in _children(child, "prep"):
                    if prep.lower_ in RECIPIENT_PREPS:
                        found += _pobj_actors(prep, actors, R.SUPPLIES.value)
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            # "Ukraine was provided with tanks": the passive subject is the recipient when it is an actor.
            found += actors.actors_of(child)
    return _unique(found)


def _direct_objects(verb: Token, actors: ArticleActors, relation: str, passive: bool) -> list[Mention]:
    deps = PASSIVE_SUBJECT_DEPS if passive else OBJECT_DEPS
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ in deps:
            found += _target_actors(child, actors, relation)
    if verb.dep_ == "acl" and not passive and verb.tag_ == "VBN":
        found += actors.actors_of(verb.head)
    return _unique(found)


def _target_actors(token: Token, actors: ArticleActors, relation: str) -> list[Mention]:
    """Actors a target phrase names: itself, its owner ("Russia's war"), or where it is ("cities in Ukraine")."""
    direct = actors.actors_of(token)
    if direct:
        return direct
    places: list[Mention] = []
    if relation in {R.VISITS.value, R.ATTACKS.value, R.OPPOSES.value, R.SUPPORTS.value}:
        for prep in _children(token, "prep"):
            if prep.lower_ in {"of", "in", "across", "inside", "between"}:
                places += [m for o in _children(prep, "pobj") for m in actors.actors_of(o)]
    if relation == R.VISITS.value and places:
        return places  # "visited a US air base in Greenland": the place visited, not the base's owner
    return actors.modifier_actors(token) or places


def _pobj_actors(prep: Token, actors: ArticleActors, relation: str) -> list[Mention]:
    return _unique([m for obj in prep.children if obj.dep_ == "pobj" for m in _target_actors(obj, actors, relation)])


# -------------------------------------------------------------- adjectives
def adjective_candidates(adj: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule adj-stance: "Washington is concerned about Moscow", "Kyiv is grateful to its allies"."""
    relation = STANCE_ADJECTIVES.get(adj.lower_) or STANCE_ADJECTIVES.get(adj.lemma_.lower())
    if relation is None or is_negated(adj):
        return
    if adj.pos_ == "VERB":  # "Washington is concerned about ...", parsed as a passive participle
        subjects = [m for c in adj.children if c.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS for m in actors.actors_of(c)]
    elif adj.dep_ in {"acomp", "xcomp"}:
        subjects = subjects_of(adj.head, actors)
    elif adj.dep_ == "amod":
        subjects = actors.actors_of(adj.head)
    else:
        return
    if not subjects:
        return
    targets: list[Mention] = []
    for prep in _children(adj, "prep"):
        if prep.lower_ in {"about", "over", "by", "of", "to", "toward", "towards", "at"}:
            targets += _pobj_actors(prep, actors, relation)
    for subj in subjects:
        for obj in _unique(targets):
            yield Candidate(subj, relation, obj, f"{adj.text} {adj.head.text}" if adj.dep_ == "acomp" else adj.text,
                            "adj-stance", adj)


# ------------------------------------------------------------------ nouns
def noun_candidates(noun: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rules noun-trigger, noun-light-verb and noun-between for one trigger noun."""
    relation = noun_relation(noun.lemma_) or noun_relation(noun.lower_)
    if relation is None or actors.refs(noun) or noun.lower_ in {"support"} and noun.pos_ != "NOUN":
        return
    if _noun_negated(noun):
        return
    agents, rule = _noun_agents(noun, actors, relation)
    if relation == R.OPPOSES.value and noun.lemma_.lower() in DEMAND_NOUNS:
        yield from _demanded_stop_noun(noun, agents, actors)
        return
    if not agents and noun.lower_ in SPEAKER_NOUNS:
        agents, rule = speaker_of(noun, actors), "noun-trigger"  # "Congratulations to both countries," Trump said
    agent_ids = {a.actor.id for a in agents}
    targets = [t for t in _noun_targets(noun, actors, relation, has_agent=bool(agents)) if t.actor.id not in agent_ids]
    between = _between(noun, actors)
    if len(between) >= 2 and relation == R.ATTACKS.value:
        # "clashes between Thailand and Cambodia": each side attacks the other
        for a, b in combinations(between, 2):
            yield Candidate(a, relation, b, noun.text, "noun-between", noun)
            yield Candidate(b, relation, a, noun.text, "noun-between", noun)
        return
    if len(between) >= 2 and relation in SYMMETRIC:
        for a, b in combinations(between, 2):
            yield Candidate(a, relation, b, noun.text, "noun-between", noun)
        if relation == R.MEETS.value and rule == "noun-light-verb":
            # "Iraq hosted talks between Iran and Saudi Arabia": the host meets both sides.
            for host in agents:
                for side in between:
                    yield Candidate(host, relation, side, noun.text, "noun-between", noun)
        return
    if relation == R.MEETS.value and agents and not targets and rule == "noun-light-verb":
        # "attending a summit in Vilnius": a meeting abroad with no named counterpart is still a visit
        yield from visits_at(noun, agents, actors)
    has_with = any(p.lower_ == "with" for p in _children(noun, "prep"))
    if not targets and not has_with and len(agents) >= 2 and relation in SYMMETRIC \
            and noun.lemma_.lower() not in {"ally", "partner"}:
        for a, b in combinations(agents, 2):
            yield Candidate(a, relation, b, noun.text, rule, noun)
        return
    for subj in agents:
        for obj in targets:
            yield Candidate(subj, relation, obj, noun.text, rule, noun)


def _noun_agents(noun: Token, actors: ArticleActors, relation: str) -> tuple[list[Mention], str]:
    poss = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    if poss:
        return poss, "noun-trigger"
    by = [m for p in _children(noun, "prep") if p.lower_ == "by" for m in _pobj_actors(p, actors, relation)]
    acl_agents = [m for v in noun.children if v.dep_ == "acl" for a in _children(v, "agent")
                  for o in _children(a, "pobj") for m in actors.actors_of(o)]
    if by or acl_agents:
        return _unique(by + acl_agents), "noun-trigger"
    from_ = [m for p in _children(noun, "prep") if p.lower_ == "from" for m in _pobj_actors(p, actors, relation)]
    if from_ and relation not in {R.VISITS.value}:
        return from_, "noun-trigger"  # "a reprimand from Brussels", "support from Beijing"
    slot = nominal_slot(noun)
    head = slot.head
    if slot.dep_ in OBJECT_DEPS and head.lemma_.lower() in LIGHT_VERBS:
        return subjects_of(head, actors), "noun-light-verb"
    if (slot.dep_ in PASSIVE_SUBJECT_DEPS or slot.dep_ in SUBJECT_DEPS and any(c.dep_ == "agent" for c in head.children)) \
            and head.lemma_.lower() in LIGHT_VERBS:
        # "sanctions (were) imposed by the EU": also when the parser misses the participle
        return [m for a in _children(head, "agent") for o in _children(a, "pobj") for m in actors.actors_of(o)], "noun-light-verb"
    if slot.dep_ == "attr" and head.lemma_ == "be":
        return subjects_of(head, actors), "noun-light-verb"
    if relation in {R.MEETS.value, R.VISITS.value, R.COOPERATES_WITH.value}:
        # "After two days of talks with Xi, Putin said ...": the clause's subject took part.
        governor = _governing_verb(slot)
        if governor is not None:
            return subjects_of(governor, actors), "noun-light-verb"
    modifiers = [m for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} for m in actors.actors_of(c)]
    if modifiers:
        return modifiers, "noun-trigger"
    of_actors = [m for p in _children(noun, "prep") if p.lower_ == "of" for m in _pobj_actors(p, actors, relation)]
    if relation in AGENT_OF_RELATIONS:
        return of_actors, "noun-trigger"
    if of_actors and relation in {R.OPPOSES.value, R.SUPPORTS.value} and \
            any(p.lower_ in {"about", "over", "against", "for", "toward", "towards"} for p in _children(noun, "prep")):
        return of_actors, "noun-trigger"  # "the concerns of Australia and New Zealand about China"
    return [], "noun-trigger"


def nominal_slot(noun: Token) -> Token:
    """The phrase whose place a trigger noun takes: "several rounds of talks" -> "rounds"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in QUANTITY_NOUNS:
        noun = noun.head.head
    return noun


def _governing_verb(token: Token, hops: int = 3) -> Token | None:
    """The verb a prepositional phrase hangs on, through at most *hops* nested phrases."""
    node = token
    for _ in range(hops):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _noun_targets(noun: Token, actors: ArticleActors, relation: str, *, has_agent: bool) -> list[Mention]:
    preps = TARGET_PREPS.get(relation, frozenset())
    holders = [noun]
    slot = nominal_slot(noun)
    if (slot.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS or slot.dep_ in SUBJECT_DEPS
            and any(c.dep_ == "agent" for c in slot.head.children)) and slot.head.lemma_.lower() in LIGHT_VERBS:
        holders.append(slot.head)  # "imposed sanctions on Iran": the prep often hangs on the verb
    holders += [v for v in noun.children if v.dep_ == "acl"]  # "sanctions levied ... on both nations"
    found: list[Mention] = []
    for holder in holders:
        for prep in _children(holder, "prep"):
            word = prep.lower_
            if word not in preps or word == "between":
                continue
            if word == "of" and (relation in AGENT_OF_RELATIONS or not has_agent):
                continue
            found += _pobj_actors(prep, actors, relation)
    if not found and has_agent:
        # "North Korea's Ukraine support": a compound actor next to a possessive agent is the target.
        poss = any(c.dep_ == "poss" for c in noun.children)
        if poss:
            found += [m for c in noun.children if c.dep_ in {"compound", "amod"} for m in actors.actors_of(c)]
    if not found and relation in {R.OPPOSES.value, R.THREATENS.value}:
        # "concern that North Korean missiles are used": the actors of the clause are the target.
        for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp"}):
            for arg in (c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                found += actors.actors_of(arg) or actors.modifier_actors(arg)
            if not found and clause.tag_ == "VB":  # "its threat to block Sweden's accession"
                for arg in (c for c in clause.children if c.dep_ in OBJECT_DEPS):
                    found += _target_actors(arg, actors, relation)
    return _unique(found)


def _between(noun: Token, actors: ArticleActors) -> list[Mention]:
    return [m for p in _children(noun, "prep") if p.lower_ == "between" for m in _pobj_actors(p, actors, "")]


# ------------------------------------------------------ agent-role nouns
def agent_role_candidates(noun: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule noun-role: "Iran is Russia's top backer", "Russia's ally North Korea", "allies of Kyiv"."""
    relation = AGENT_ROLE_NOUNS.get(noun.lemma_.lower()) or AGENT_ROLE_NOUNS.get(noun.lower_)
    if relation is None or actors.refs(noun) or _noun_negated(noun):
        return
    targets = [m for c in noun.children if c.dep_ == "poss" for m in actors.actors_of(c)]
    targets += [m for p in _children(noun, "prep") if p.lower_ in {"of", "to", "for"}
                for m in _pobj_actors(p, actors, relation)]
    if not targets:
        targets = [m for c in noun.children if c.dep_ in {"amod", "compound"} for m in actors.refs(c)
                   if m.actor.type == "COUNTRY"]  # "Ukraine's Western allies" keeps the possessor; "US allies"
    agents: list[Mention] = [m for c in noun.children if c.dep_ in {"appos"} for m in actors.actors_of(c)]
    agents += [m for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" for m in actors.refs(c)
               if m not in targets] if any(c.dep_ == "poss" for c in noun.children) else []
    slot = nominal_slot(noun)
    if slot.dep_ in {"attr", "oprd"} and slot.head.lemma_ in {"be", "become", "remain", "call", "consider"}:
        agents += subjects_of(slot.head, actors)
    elif slot.dep_ == "appos":
        agents += actors.actors_of(slot.head)
    for agent in _unique(agents):
        for target in _unique(targets):
            yield Candidate(agent, relation, target, noun.text, "noun-role", noun)


# ------------------------------------------------------------ membership
def membership_candidates(noun: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule membership: "NATO member Sweden", "the G7 nations of Canada and Japan" -> MEMBER_OF."""
    orgs = [m for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"} for m in actors.refs(c)
            if m.actor.type == "ORG"]
    if not orgs:
        return
    members = list(actors.refs(noun))  # "the two Commonwealth countries"
    members += [m for p in _children(noun, "prep") if p.lower_ == "of" for m in _pobj_actors(p, actors, "")]
    members += [m for c in noun.children if c.dep_ == "appos" for m in actors.actors_of(c)]
    if noun.dep_ in {"compound", "appos"}:
        members += actors.actors_of(noun.head)  # "NATO member Sweden"
    for member in _unique(members):
        if member.actor.type == "COUNTRY":
            for org in orgs:
                yield Candidate(member, R.MEMBER_OF.value, org, noun.text, "membership", noun)


# ------------------------------------------------------ hyphen compounds
def hyphen_candidates(word: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule hyphen-participle: "Iran-backed Hezbollah", "US-funded groups such as X"."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text not in {"-", "–"} or doc[word.i - 2].whitespace_:
        return
    backers = actors.refs(doc[word.i - 2])
    head = word.head if word.head.i != word.i else None
    if not backers or head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return
    relation = HYPHEN_PARTICIPLES[word.lower_]
    for backer in backers:
        for backed in actors.actors_of(head):
            yield Candidate(backer, relation, backed, f"{doc[word.i - 2].text}-{word.text}", "hyphen-participle", word)


# ------------------------------------------------------- material origin
def material_candidates(noun: Token, actors: ArticleActors) -> Iterator[Candidate]:
    """Rule material-origin: "Iranian drones launched by Russia" -> Iran SUPPLIES Russia."""
    if noun.lemma_.lower() not in MATERIAL_NOUNS and noun.lower_ not in MATERIAL_NOUNS:
        return
    makers = [m for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} for m in actors.refs(c)
              if m.actor.type in {"COUNTRY", "ORG"}]
    # the goods of a conjunction share the clause of the first conjunct
    anchor = noun
    while anchor.dep_ == "conj":
        anchor = anchor.head
    # "drones supplied by North Korea": the agent of a participle on the goods made them available
    makers += [m for v in anchor.children if v.dep_ == "acl" for a in _children(v, "agent")
               for o in _children(a, "pobj") for m in actors.actors_of(o)]
    if not makers:
        return
    users: list[Mention] = []
    verb = anchor.head
    if anchor.dep_ in PASSIVE_SUBJECT_DEPS | {"nsubj"} and verb.pos_ in {"VERB", "AUX"}:
        if verb.lemma_.lower() in BENEFIT_VERBS or any(c.dep_ == "aux" for c in verb.children):
            users += [m for a in _children(verb, "agent") for o in _children(a, "pobj") for m in actors.actors_of(o)]
            if anchor.dep_ == "nsubj" and verb.lemma_.lower() in BENEFIT_VERBS:
                for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
                    users += actors.actors_of(obj) or actors.modifier_actors(obj)
    elif anchor.dep_ in OBJECT_DEPS and verb.lemma_.lower() in BENEFIT_VERBS - {"help", "support", "aid"}:
        users += subjects_of(verb, actors)
    for maker in _unique(makers):
        for user in _unique(users):
            if user.actor.id != maker.actor.id:
                yield Candidate(maker, R.SUPPLIES.value, user, noun.text, "material-origin", noun)


# ----------------------------------------------------------- negation
def is_negated(word: Token) -> bool:
    """Negated ("did not condemn") or governed by a denial ("denied supplying", "refused to back")."""
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} and c.dep_ in {"neg", "advmod", "det"} for c in word.children):
        return True
    if any(c.dep_ in OBJECT_DEPS and any(d.lower_ in {"no", "zero"} for d in c.children) for c in word.children):
        return True  # "provided no weapons"
    if word.dep_ == "pcomp" and word.head.lower_ in {"against", "from"} and word.head.head.lemma_.lower() in DETERRING_VERBS:
        return True  # "warned Pyongyang against sending troops": not done
    node = word
    while node.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "advcl"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in NEGATING_VERBS and node.pos_ == "VERB":
            return True
        if node.dep_ == "conj":
            continue
    return False


def _noun_negated(noun: Token) -> bool:
    if any(c.lower_ in {"no", "without"} for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and head.lemma_.lower() in CANCELLING_VERBS:
        return True  # "lifted sanctions", "ended talks"
    return head.pos_ in {"VERB", "AUX"} and is_negated(head) and noun.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"attr"}


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.children)


# ---------------------------------------------------------- to triples
def _to_triple(cand: Candidate, article: Article) -> Triple:
    sent = cand.anchor.sent
    subject, obj = cand.subject, cand.object
    relation = cand.relation
    attribution = None if cand.rule.startswith("role-") else attribution_of(cand.anchor)
    confidence = BASE_CONFIDENCE.get(cand.rule, 0.6)
    confidence *= RESOLUTION_PENALTY.get(subject.how, 0.8) * RESOLUTION_PENALTY.get(obj.how, 0.8)
    if is_hedged(cand.anchor):
        confidence *= HEDGE_PENALTY
    return Triple(
        doc_id=article.doc_id,
        subject=subject.actor.name, subject_id=subject.actor.id, subject_type=subject.actor.type,
        subject_text=subject.text,
        relation=relation, polarity=POLARITY[relation],
        object=obj.actor.name, object_id=obj.actor.id, object_type=obj.actor.type, object_text=obj.text,
        predicate=cand.predicate, rule=cand.rule, confidence=round(confidence, 3),
        sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
        date=article.date, attribution=attribution, content_hash=article.content_hash,
    )


def speaker_of(token: Token, actors: ArticleActors) -> list[Mention]:
    """The actors who say the sentence *token* is in: the subject of its speech verb."""
    for node in [token, *token.ancestors]:
        if node.lemma_.lower() in SPEECH_VERBS and node.pos_ == "VERB":
            return subjects_of(node, actors)
    root = token.sent.root
    if root.lemma_.lower() in SPEECH_VERBS:
        return subjects_of(root, actors)
    return []


def attribution_of(token: Token) -> str | None:
    """Who the text says said it: the subject of the nearest governing speech verb."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return _according_to(node)
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS and node.pos_ == "VERB":
            subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                return _phrase_text(subj)
    return None


def _according_to(root: Token) -> str | None:
    for tok in root.subtree:
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(tok.doc) else False:
            obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _phrase_text(obj)
    return None


def _phrase_text(head: Token) -> str:
    """The text of the phrase *head* heads, as written, without appositions or trailing punctuation."""
    end = max([head.i] + [t.i for c in head.children if c.dep_ not in {"appos", "punct", "relcl", "acl"} and c.i > head.i
                          for t in c.subtree])
    return head.doc[head.left_edge.i:end + 1].text.strip(" ,;:")


def is_hedged(token: Token) -> bool:
    """Hedged by a modal or a hedge word in its clause or a governing clause ("reportedly", "it is suspected")."""
    node = token
    for _ in range(6):
        if any(c.lower_ in HEDGES for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return node.lower_ in HEDGES


def _children(token: Token, dep: str) -> Iterable[Token]:
    return (c for c in token.children if c.dep_ == dep)

