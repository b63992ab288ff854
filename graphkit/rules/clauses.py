"""Who does what to whom in a clause: subjects, objects, negation, hedges and attribution.

Shared by the verb and noun rules; pure functions over spaCy tokens.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors import Mention, MentionTable, unique_actors
from ..actors.speech import speaker_phrases
from ..actors.words import PRIVATE_PEOPLE
from ..ontology import Relation as R
from ..syntax import children, coordination_top, is_one_of, may_contain, subject_after_attribution
from ..triggers import noun_relation
from ..types import ActorType
from .goods import owners_of_goods

# Verbs whose direct object is the thing transferred; the recipient comes with
# "to"/"for"/a dative, or as the object when "with" names the goods.
TRANSFER_VERBS = frozenset("""supply provide send deliver ship give donate transfer furnish lend pledge sell
    export gift airlift dispatch offer contribute allocate grant loan deploy equip arm resupply fund
    finance unfreeze disburse""".split())

RECIPIENT_PREPS = frozenset({"to", "for", "into"})

# Auxiliaries of an act to come; "could" promises too when the act is harm ("Poland could block ... if").
FUTURE_MODALS = frozenset({"would", "will", "'ll"})
PROMISE_MODALS = FUTURE_MODALS | {"could"}
POSSIBLE_MODALS = frozenset({"could", "might", "may"})  # "could host talks": an act only possible
# "if Mexico severs ties", "unless Baghdad moves": a condition, not an act.
CONDITION_MARKS = frozenset({"if", "unless"})
# "forty tonnes of supplies", "a shipment of drones": what a transfer's object measures.
CARGO_MEASURES = frozenset("""tonne ton kilogram litre barrel shipment consignment cargo batch load delivery
    package crate box unit million billion dozen hundred thousand""".split())

# "accused Rwanda of arming the M23", "blamed Kyiv for shelling the plant": whom the act is laid on.
ACCUSING_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "fault"})

# Light-verb phrases that flip meaning: "lift sanctions" is not a sanction.
CANCELLING_VERBS = frozenset("""lift ease remove end cancel suspend halt stop withdraw drop scrap
    abandon freeze cut reduce""".split())

# Verbs that deny or refuse their complement ("denied supplying", "refused to condemn").
NEGATING_VERBS = frozenset("""deny refuse decline reject dismiss fail avoid refrain stop cease halt""".split())

# Words that mark a statement as hedged: kept, but with lower confidence.
HEDGES = frozenset("""reportedly allegedly suspected alleged may might could possibly reported purportedly
    apparently likely believed rumoured rumored""".split())

DETERRING_VERBS = frozenset("warn caution prevent stop deter bar ban dissuade discourage prohibit keep".split())

# "his group", "her party": organisations a person belongs to, which are not the person.
MOVEMENT_NOUNS = frozenset("group movement party organisation organization militia faction".split())

# "rounds of talks", "days of fighting": the trigger takes the place of the quantity.
QUANTITY_NOUNS = frozenset("""round rounds day days week weeks month months year years series number one
    hour hours night nights wave waves kind sort lot lots dozens hundreds thousands""".split())

# "has offered to host talks", "wants to meet Putin", "is ready to host", "asked China to mediate": acts only
# offered, sought or asked for, not yet agreed by anyone. (Not "efforts to mediate" or "working to broker":
# the writers of the corpus read an ongoing mediation as one.)
OFFER_WORDS = frozenset("""offer propose suggest volunteer want seek hope try consider ask urge invite ready
    willing prepared eager""".split())

# Hostile acts under these verbs are threats, not yet acts ("threatened to impose tariffs").
THREAT_VERBS = frozenset("threaten warn vow".split())

# "condemned what it called Cairo's interference": verbs that name what their object is.
NAMING_VERBS = frozenset("call describe term dub brand label".split())

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})


OBJECT_DEPS = frozenset({"dobj", "obj"})


# Where a nominal trigger finds its target, by relation ("sanctions on Iran", "support for Kyiv").
TARGET_PREPS: dict[str, frozenset[str]] = {
    R.SUPPORTS.value: frozenset({"for", "to", "of", "toward", "towards", "with", "in", "behind"}),
    R.SUPPLIES.value: frozenset({"to", "for", "into", "of"}),  # "Tehran's financing of the group"
    R.COOPERATES_WITH.value: frozenset({"with", "between"}),
    R.MEETS.value: frozenset({"with", "between"}),
    R.VISITS.value: frozenset({"to", "in"}),
    R.OPPOSES.value: frozenset({"against", "over", "about", "toward", "towards", "of", "at", "with"}),
    R.THREATENS.value: frozenset({"to", "against", "of", "over"}),
    R.SANCTIONS.value: frozenset({"on", "against", "of", "targeting"}),
    R.ATTACKS.value: frozenset({"on", "against", "of", "in", "into"}),
}


# "of" introduces the target only when the agent is named another way ("Russia's invasion of Ukraine");
# for meetings, visits and threats it introduces the agent ("the visit of the two leaders", "the threat of
# Hezbollah").
AGENT_OF_RELATIONS = frozenset({R.MEETS.value, R.VISITS.value, R.THREATENS.value})


def subjects_of(verb: Token, actors: MentionTable) -> list[Mention]:
    """Who does *verb*: its subject, passive agent, or the subject it inherits from the clause it hangs on."""
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "agent":
            found += [m for obj in children(child, "pobj") for m in actors.actors_of(obj)]
        elif child.dep_ in SUBJECT_DEPS:
            if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                head = coordination_top(verb.head)
                found += actors.actors_of(head) or owner_actors(head, actors)
            else:
                found += actors.actors_of(child) or owner_actors(child, actors)
    if found or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return unique_actors(found)
    hidden = [m for t in subject_after_attribution(verb) for m in actors.actors_of(t)]
    if hidden:
        return unique_actors(hidden)
    head = verb.head
    if verb.dep_ == "relcl":
        return actors.actors_of(coordination_top(head))
    if verb.dep_ == "pcomp" and head.lower_ in {"of", "for"} and head.head.lemma_.lower() in ACCUSING_VERBS:
        # "Congo accuses Rwanda of arming the M23", "Iran is suspected of sending drones": the accused does
        # the act (annotation rule 2)
        accused = [m for o in head.head.children if o.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                   for m in actors.actors_of(o)]
        if accused:
            return accused
    if verb.dep_ in {"acomp", "attr"} and head.i != verb.i:
        return subjects_of(head, actors)  # "Blinken is due to travel": "due" takes the copula's subject
    if verb.dep_ == "conj" and head.i != verb.i:
        return subjects_of(head, actors)
    if verb.dep_ == "xcomp" and head.i != verb.i:
        # "urged Seoul to back Kyiv": the object controls; "agreed to supply": the subject does;
        # "Putin is expected to sign": the passive subject does.
        objs = [m for c in head.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS for m in actors.actors_of(c)]
        # "called on Moscow to withdraw", "relied on Russia and China to block"
        objs = objs or [m for p in children(head, "prep") if p.lower_ == "on" for m in pobj_actors(p, actors, "")]
        return objs or subjects_of(head, actors)
    if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and head.i != verb.i \
            and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return subjects_of(head, actors)  # "..., providing shells to Russia": the main subject provides
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and head.i != verb.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "Serbia relied on Russia and China to block ...": who is relied or called on acts
        relied_on = [m for p in children(head, "prep") if p.lower_ == "on" for m in pobj_actors(p, actors, "")] \
            if head.lemma_.lower() in {"rely", "count", "depend", "call", "lean"} else []
        return relied_on or subjects_of(head, actors)  # "Hungary's parliament votes on Monday to approve": a purpose
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        # "accused Pyongyang of supplying Moscow", "Iran is suspected of sending": the accused does it.
        named = [c for c in governor.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        objs = [m for c in named for m in actors.actors_of(c)]
        if objs or any(c.pos_ in {"NOUN", "PROPN"} for c in named):
            return objs  # "blamed foreign networks for financing the insurgents": not the blamer
        if governor.pos_ in {"VERB", "AUX"}:
            return subjects_of(governor, actors)
        return actors.modifier_actors(governor)
    if verb.dep_ == "acl":
        # "his intention to fortify ties": the possessor of the noun acts; "Trump announced plans to
        # impose tariffs": with no possessor, whoever has the plan.
        owners = actors.modifier_actors(head)
        if not owners and verb.tag_ == "VB" and head.dep_ in OBJECT_DEPS and head.head.pos_ == "VERB" \
                and not actors.refs(head):
            return subjects_of(head.head, actors)
        return owners
    return []


def owner_actors(token: Token, actors: MentionTable) -> list[Mention]:
    """Actors owning a non-actor subject phrase: "Russia's army", "Iranian officials" (not "Iranian protesters"),
    "a resolution drafted by Britain, France and Germany"."""
    if token.pos_ not in {"NOUN", "PROPN"} or is_one_of(token, PRIVATE_PEOPLE):
        return []
    owners = actors.modifier_actors(token) or _participle_agents(token, actors)
    if token.lemma_.lower() in MOVEMENT_NOUNS:
        # "Haniyeh said his group had received aid": the group is the organisation he leads, not him
        return unique_actors([actors.organisation_of(m) if m.actor.type == ActorType.PERSON else m for m in owners
                              if m.actor.type != ActorType.PERSON or actors.organisation_of(m) is not None])
    return owners


def recipients_of(verb: Token, actors: MentionTable) -> list[Mention]:
    """Who receives what a transfer verb moves: dative, to/for-phrase, or an actor object with "with"."""
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ == "dative":
            found += actors.actors_of(child) or [m for o in children(child, "pobj") for m in actors.actors_of(o)]
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            found += pobj_actors(child, actors, R.SUPPLIES.value)
        elif child.dep_ in OBJECT_DEPS:
            direct = actors.actors_of(child)
            if direct:
                found += direct
            else:
                for prep in (p for cargo in _cargo(child) for p in children(cargo, "prep")):
                    if prep.lower_ in RECIPIENT_PREPS:
                        found += pobj_actors(prep, actors, R.SUPPLIES.value)
                found += _misparsed_dative(verb, child, actors)
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            # "Ukraine was provided with tanks": the passive subject is the recipient when it is an actor;
            # "the African Union mission is funded by the EU": or the one who owns it.
            found += actors.actors_of(child) or owner_actors(child, actors)
    if not found and verb.dep_ == "conj" and verb.head.lemma_.lower() in TRANSFER_VERBS:
        # "Kenya deployed 800 officers to Haiti, and Jamaica and Guatemala sent smaller contingents"
        found = recipients_of(verb.head, actors)
    return unique_actors(found)


def _cargo(obj: Token) -> list[Token]:
    """The nouns of a transfer's object that a recipient's phrase may hang on: the object, its conjuncts
    and what they measure ("sent rescue teams and forty tonnes of supplies to Myanmar"; not "a list of
    demands to")."""
    nouns = [obj, *obj.conjuncts]
    return nouns + [o for n in nouns if n.lemma_.lower() in CARGO_MEASURES for p in children(n, "prep")
                    if p.lower_ == "of" for o in children(p, "pobj")]


def _misparsed_dative(verb: Token, obj: Token, actors: MentionTable) -> list[Mention]:
    """"gave Ukraine missiles": the parser often reads a state right after the verb as a compound of the
    object ("Ukraine missiles"); a state there is the recipient. Only states: "sent Wagner fighters"
    names the fighters' group, not who got them."""
    first = next((c for c in obj.children if c.dep_ == "compound" and c.left_edge.i == verb.i + 1), None)
    if first is None or first.ent_type_ != "GPE":  # a demonym ("giving American forces access") is no recipient
        return []
    return [m for m in actors.actors_of(first) if m.actor.type == ActorType.COUNTRY]


def direct_objects(verb: Token, actors: MentionTable, relation: str, passive: bool) -> list[Mention]:
    deps = PASSIVE_SUBJECT_DEPS if passive else OBJECT_DEPS
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ in deps:
            if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                found += actors.actors_of(coordination_top(verb.head))  # "the rebels, who are backed by Rwanda"
            else:
                found += target_actors(child, actors, relation)
    if verb.dep_ == "acl" and not passive and verb.tag_ == "VBN":
        found += actors.actors_of(verb.head)
    if not found and not passive:
        # "condemned what it called Cairo's blatant interference": the object is what the thing was called
        found += [m for c in verb.children if c.dep_ == "ccomp" for o in called_thing(c)
                  for m in target_actors(o, actors, relation)]
    return unique_actors(found)


def called_thing(clause: Token) -> list[Token]:
    """"what he called American aggression" -> [aggression]: the name a free relative gives its object."""
    if clause.lemma_.lower() not in NAMING_VERBS or not any(
            o.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and o.tag_ == "WP" for o in clause.children):
        return []
    # "what the military described as a Hezbollah weapons depot"
    return [o for o in clause.children if o.dep_ in {"oprd", "attr", "xcomp"}] + \
        [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]



def target_actors(token: Token, actors: MentionTable, relation: str) -> list[Mention]:
    """Actors a target phrase names: itself, its owner ("Russia's war"), or where it is ("cities in Ukraine")."""
    direct = actors.actors_of(token)
    if direct:
        return direct
    if token.ent_type_ == "NORP":
        return []  # "support for Syria's Kurds" is for a people, not for the state they live in
    places: list[Mention] = []
    if relation in {R.VISITS.value, R.ATTACKS.value, R.OPPOSES.value, R.SUPPORTS.value}:
        # praising "the ceasefire between Chad and Sudan" is not support for either side, nor is concern
        # about "tensions between Guyana and Venezuela" opposition to either; concern about "the pact
        # between China and Solomon Islands" opposes both
        between = relation in {R.VISITS.value, R.ATTACKS.value} or \
            relation == R.OPPOSES.value and trigger_noun(token) == R.COOPERATES_WITH.value
        preps = {"of", "in", "across", "inside"} | ({"between"} if between else set())
        for prep in children(token, "prep"):
            if prep.lower_ in preps:
                places += [m for o in children(prep, "pobj") for m in actors.actors_of(o)]
    if relation == R.VISITS.value and places:
        return places  # "toured a French naval base in Djibouti": the place visited, not the base's owner
    # "Russia's Ukrainian conflict": the possessor wages an event; the adjective says where it happens
    event = trigger_noun(token)
    # "Russia's invasion", "the attack by Venezuela": who did the event
    owners = [m for c in token.children if c.dep_ == "poss" for m in actors.actors_of(c)] + \
        [m for p in children(token, "prep") if p.lower_ == "by" for o in children(p, "pobj") for m in actors.actors_of(o)] \
        + _participle_agents(token, actors) if event else []
    if event == R.ATTACKS.value and relation in {R.OPPOSES.value, R.SUPPORTS.value}:
        # "opposing the Ukraine war": a name compounded with a war says where it is, not who wages it;
        # and condemning "the invasion of Ukraine" or "the killing of X" is not opposing the victim
        modifiers = [m for c in token.children if c.dep_ in {"poss", "amod", "nmod"} for m in actors.actors_of(c)]
        return owners or unique_actors(modifiers)
    if relation == R.ATTACKS.value and not owners:
        # "strikes on Hezbollah positions in southern Lebanon" hit both the group and the country
        return unique_actors(actors.modifier_actors(token) + places)
    if relation == R.SANCTIONS.value and not owners:
        # "froze the assets of X", "banned imports of Russian steel": a measure on what an actor owns, sells or
        # sends hits the actor (annotation guide, section 5, rule 20: unnamed companies of an actor are the actor)
        owners = owners_of_goods(token, actors)
    if relation in {R.OPPOSES.value, R.SUPPORTS.value} and not owners:
        # "vetoed a draft put forward by Britain", "condemns the atrocities committed by the RSF": a stance on
        # what an actor made or did is a stance on its author
        owners = _participle_agents(token, actors)
    return owners or actors.modifier_actors(token) or places


def _participle_agents(noun: Token, actors: MentionTable) -> list[Mention]:
    """The by-agent of a participle on *noun*: "the strike carried out by US forces"."""
    return [m for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in children(v, "agent")
            for o in children(a, "pobj") for m in actors.actors_of(o)]


def provoked_by(verb: Token, actors: MentionTable) -> list[Mention]:
    """Who did what an objection reacts to: "Japan protested after Chinese missiles landed in its waters"."""
    found: list[Mention] = []
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if has_mark(clause, frozenset({"after", "when", "as"})):
            found += [m for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                      for m in actors.actors_of(c) or owner_actors(c, actors)]
    return unique_actors(found)


def pobj_actors(prep: Token, actors: MentionTable, relation: str) -> list[Mention]:
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    objects += [t for c in prep.children if c.dep_ == "pcomp" for t in called_thing(c)]  # "to what it called X"
    return unique_actors([m for obj in objects for m in target_actors(obj, actors, relation)])


def nominal_slot(noun: Token) -> Token:
    """The phrase whose place a trigger noun takes: "several rounds of talks" -> "rounds"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in QUANTITY_NOUNS:
        noun = noun.head.head
    return noun


def governing_verb(token: Token, hops: int = 3) -> Token | None:
    """The verb a prepositional phrase hangs on, through at most *hops* nested phrases."""
    node = token
    for _ in range(hops):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def is_negated(word: Token) -> bool:
    """Negated ("did not condemn") or governed by a denial ("denied supplying", "refused to back")."""
    if any(c.dep_ == "neg" or (c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det"}) for c in word.children):
        return True
    if any(c.dep_ in OBJECT_DEPS and any(d.lower_ in {"no", "zero"} for d in c.children) for c in word.children):
        return True  # "provided no weapons"
    if word.dep_ == "pcomp" and word.head.lower_ in {"against", "from"} and word.head.head.lemma_.lower() in DETERRING_VERBS:
        return True  # "warned Pyongyang against sending troops": not done
    node = word  # climb through the clauses that govern this one
    while node.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "advcl"} and node.head.i != node.i:
        coordinated = node.dep_ == "conj"
        node = node.head
        if node.lemma_.lower() in NEGATING_VERBS and node.pos_ == "VERB" and not coordinated:
            return True  # "refused to condemn" (not "dismissed the memorandum and accused Brussels")
    if node.dep_ in {"acl", "ccomp"} and any(c.lower_ == "no" and c.dep_ == "det" for c in node.head.children):
        return True  # "made no demand that Chile withdraw": a clause of a noun said not to exist
    return False


# "the suspension of US assistance to Lesotho", "the lifting of sanctions": a noun that undoes the relation
# of the noun it governs.
CANCELLING_NOUNS = frozenset("suspension lifting end removal halt cancellation withdrawal termination".split())


def noun_negated(noun: Token) -> bool:
    """Negated, undone or only supposed: "no support", "the suspension of aid to", "any attack on"."""
    if any(c.lower_ in {"no", "without"} for c in noun.children):
        return True
    if any(c.lower_ == "any" for c in noun.children) and not any(c.lower_ == "further" for c in noun.children):
        return True  # "any attack by Venezuela on Guyana would be a very bad day" (but "any further strikes")
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CANCELLING_NOUNS:
        return trigger_noun(noun) != R.ATTACKS.value  # "the end of the bombardment" says it happened
    if noun.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and head.lemma_.lower() in CANCELLING_VERBS:
        # "lifted sanctions", "ended talks" undo the relation; but "end the hostilities" says they happened
        return trigger_noun(noun) != R.ATTACKS.value
    return head.pos_ in {"VERB", "AUX"} and is_negated(head) and noun.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"attr"}


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.children)


def attribution_of(token: Token) -> str | None:
    """Who the text says said it: the (first) phrase naming the speaker
    (:func:`~graphkit.actors.speech.speaker_phrases`), as written, or the source of "according to ..."."""
    phrases = speaker_phrases(token)
    return _phrase_text(phrases[0]) if phrases else _according_to(token.sent.root)


def _according_to(root: Token) -> str | None:
    if not may_contain(root, "according"):
        return None  # most sentences: no need to walk the tree
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
    """Hedged by a modal or a hedge word in its clause or a governing clause ("reportedly", "it is suspected"),
    or charged by an accusation ("accused Rwanda of arming the M23")."""
    node = token
    for _ in range(6):
        if any(c.lower_ in HEDGES for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ACCUSING_VERBS:
            return True
    return node.lower_ in HEDGES


def prepositions(token: Token) -> list[Token]:
    """The prepositions on *token*, a repeated one too ("with Malaysia and with Singapore": on the first)."""
    return [p for first in children(token, "prep") for p in (first, *children(first, "conj"))]


def has_aux(token: Token, words: frozenset[str]) -> bool:
    """Whether *token* has one of *words* as an auxiliary ("would", "must", ...)."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in token.children)


def has_particle(verb: Token, words: frozenset[str]) -> bool:
    """Whether *verb* carries one of *words* as its particle ("called out", "pushed back")."""
    return any(c.dep_ == "prt" and c.lower_ in words for c in verb.children)


def has_mark(clause: Token, words: frozenset[str]) -> bool:
    """Whether *clause* is introduced by one of *words* ("if", "after", ...)."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def is_promised(verb: Token) -> bool:
    """A future act: "to impose" (xcomp) or "would/will halt"."""
    return verb.dep_ == "xcomp" or has_aux(verb, FUTURE_MODALS)


def is_threatened(verb: Token) -> bool:
    """An act only promised by a threat ("threatened to impose tariffs", "warned it would strike")."""
    if verb.dep_ not in {"xcomp", "ccomp"} or verb.head.lemma_.lower() not in THREAT_VERBS:
        return False
    return is_promised(verb)


def is_offered(verb: Token) -> bool:
    """An act only offered, sought or asked for ("has offered to host talks", "is ready to host", "asked China
    to mediate")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OFFER_WORDS


def is_hypothetical(verb: Token) -> bool:
    """An act only possible or conditional ("could host talks", "would host talks if Washington lifts ...")."""
    return has_aux(verb, POSSIBLE_MODALS) or any(
        c.dep_ == "advcl" and has_mark(c, CONDITION_MARKS) for c in verb.children)


def trigger_noun(token: Token) -> str | None:
    """The relation a noun token expresses, by lemma or, failing that, by its form ("hostilities")."""
    return noun_relation(token.lemma_) or noun_relation(token.lower_)
