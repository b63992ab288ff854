"""Stances taken through a verb's complement: labels, demands, threats, withheld aid, rights, and stance
adjectives.

"Al-Shabaab is labelled a criminal gang by Kenya", "urged Russia to withdraw", "vowed that Tehran
would pay a price", "suspended aid to Rwanda", "recognised Kosovo's independence", "concerned about".
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from ..actors import Mention, unique_actors
from ..actors.speech import speakers_of
from ..ontology import NEGATIVE as HOSTILE
from ..ontology import POLARITY
from ..ontology import Relation as R
from ..syntax import is_one_of
from ..triggers import CESSATION_VERBS, LABEL_VERBS, STANCE_ADJECTIVES, verb_relation
from ..types import ActorType
from .candidate import Candidate
from .clauses import (
    CONDITION_MARKS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PROMISE_MODALS,
    SUBJECT_DEPS,
    children,
    has_aux,
    has_mark,
    is_negated,
    is_promised,
    is_threatened,
    owner_actors,
    pobj_actors,
    subjects_of,
    target_actors,
    trigger_noun,
)
from .labels import CONDEMNING_LABELS, HOSTILE_LABELS, is_denied, label_words
from .registry import Example, rule
from .requests import is_requested
from .sites import Adjective, Clause

DEMAND_VERBS = frozenset("urge call demand press push insist tell warn ask pressure implore".split())

# "called the British deployment a provocation": verbs that name an act.
ACT_LABEL_VERBS = frozenset({"call", "brand", "label", "describe", "deem"})

# "designated the group a terrorist organisation": a sanction, not only a hostile word.
DESIGNATION_VERBS = frozenset({"designate", "list"})
TERROR_LABELS = frozenset({"terrorist", "terrorists", "terrorism"})

# "suspended aid to X": withholding these is a sanction.
AID_WORDS = frozenset("""aid assistance funding payment payments loan loans export exports delivery deliveries
    shipment shipments""".split())

WITHHOLD_VERBS = frozenset("suspend cut freeze halt withhold axe scrap slash stop".split())

# "vowed that X would pay a price": promising harm is a threat.
VOW_VERBS = frozenset("vow warn threaten pledge promise swear say".split())

PENALTY_VERBS = frozenset("pay face suffer regret rue".split())

# "vowed a forceful response to American aggression": promised retaliation is a threat to its target.
RETALIATION_NOUNS = frozenset("response retaliation revenge reprisal reprisals consequences punishment".split())

# "urged Beijing to exercise restraint": asking an actor to hold back opposes what it is doing.
RESTRAINT_WORDS = frozenset("restraint calm".split())
# "told reporters that Sofia could not accept", "warned that Russia would stop buying": a that-clause with
# one of these is a statement or a prediction, not a demand ("demanded that Russia withdraw" has none).
STATEMENT_MODALS = frozenset("would will could can may might 'll wo ca".split())
# "must stop", "should cease": a demand, not yet the act.
DEMAND_MODALS = frozenset({"must", "should"})
# "asked Canada why it has not acted": a question, not a demand.
QUESTION_WORDS = frozenset("why whether if how what when".split())

# "upheld Bolivia's claim to the river": endorsing an actor's rights supports it.
RIGHTS_NOUNS = frozenset("""right rights sovereignty independence integrity self-determination
    determination claim claims""".split())

RIGHTS_VERBS = frozenset("acknowledge affirm reaffirm respect uphold recognise recognize endorse defend".split())


@rule("verb-rights", on=Clause, words=RIGHTS_VERBS, relations=[R.SUPPORTS, R.OPPOSES], confidence=0.7,
      construction='endorsing an actor\'s rights ("upheld Bolivia\'s claim to the river") is '
                   'support; denying them ("Serbia does not recognise Kosovo\'s independence") is opposition',
      examples=[Example("Spain does not recognise Kosovo's independence.", ("Spain", "OPPOSES", "Kosovo"))])
def denied_rights(c: Clause) -> Iterator[Candidate]:
    """"Serbia does not recognise Kosovo's independence": denying an actor's rights opposes it."""
    if not c.describes and c.negated and c.lemma in RIGHTS_VERBS:
        yield from _rights(c, R.OPPOSES.value)


@rule("verb-rights", on=Clause, words=RIGHTS_VERBS)
def endorsed_rights(c: Clause) -> Iterator[Candidate]:
    """"Chile upheld Bolivia's claim to the river" -> SUPPORTS Bolivia."""
    if c.asserted and c.lemma in RIGHTS_VERBS:
        yield from _rights(c, R.SUPPORTS.value)


def _rights(c: Clause, relation: str) -> Iterator[Candidate]:
    verb, table = c.token, c.table
    for obj in (o for o in verb.children if o.dep_ in OBJECT_DEPS):
        if not is_one_of(obj, RIGHTS_NOUNS):
            continue
        holders = [m for h in obj.children if h.dep_ in {"poss", "amod", "compound"} for m in table.actors_of(h)]
        holders += [m for p in children(obj, "prep") if p.lower_ == "of" for m in pobj_actors(p, table, "")]
        doc = verb.doc
        # "acknowledged Taiwan's right" parsed with Taiwan as the verb's dative and "'s" dangling
        holders += [m for h in verb.children if h.i < obj.i and h.dep_ not in SUBJECT_DEPS
                    and doc[h.i + 1].lower_ in {"'s", "’s"} for m in table.actors_of(h)]
        for holder in unique_actors(holders):
            for subj in c.subjects:
                yield Candidate(subj, relation, holder, f"{verb.text} {obj.text}", "verb-rights", verb)


@rule("verb-label", on=Clause, words=LABEL_VERBS, relations=[R.OPPOSES, R.SANCTIONS], confidence=0.75,
      construction='hostile labels ("Al-Shabaab is labelled a criminal gang by Kenya", "Mali is deemed a threat by '
                   'Niger"); a terrorist designation or listing is a sanction ("designated the group a terrorist '
                   'organisation", "added Iranian firms to its sanctions list"); a condemning name for an actor\'s '
                   'act ("called the British deployment a provocation")',
      examples=[Example("Mali is deemed a threat by Niger.", ("Niger", "OPPOSES", "Mali"))])
def hostile_label(c: Clause) -> Iterator[Candidate]:
    """Calling an actor a terrorist, a threat or a puppet opposes it; designating it a terrorist sanctions it."""
    if not c.asserted or c.lemma not in LABEL_VERBS:
        return
    verb, table = c.token, c.table
    labels = [x for x in verb.children if x.dep_ in {"oprd", "attr", "xcomp", "ccomp", "advcl", "prep"}
              or x.dep_ in OBJECT_DEPS and not table.actors_of(x)]  # "which Ankara deems a threat"
    if not any(t.lower_ in HOSTILE_LABELS and not is_denied(t) for x in labels for t in x.subtree):
        yield from _condemned_act(c, labels)
        return
    if c.passive:
        # "labelled a criminal gang by Kenya": the by-phrase may hang on the label
        agents = [*children(verb, "agent"), *(p for x in labels for p in children(x, "prep") if p.lower_ == "by")]
        labellers = [m for a in agents for o in children(a, "pobj") for m in table.actors_of(o)]
        labelled = [m for x in verb.children if x.dep_ in PASSIVE_SUBJECT_DEPS for m in table.actors_of(x)]
    else:
        labellers = subjects_of(verb, table)
        labelled = [m for x in verb.children if x.dep_ in OBJECT_DEPS for m in table.actors_of(x)]
    if not labelled and verb.dep_ == "relcl":
        labelled = table.actors_of(verb.head)
    if not labelled:
        yield from _condemned_act(c, labels)  # "called Israel's killing of Arouri a terrorist crime"
        return
    # A designation or listing as terrorist is a legal measure, which annotators read as SANCTIONS
    # (docs/annotation.md, "Which relation" 7); calling an actor a terrorist stays a hostile word.
    designates = c.lemma in DESIGNATION_VERBS and any(t.lower_ in TERROR_LABELS for x in labels for t in x.subtree)
    relation = R.SANCTIONS.value if designates else R.OPPOSES.value
    for subj in labellers:
        for obj in labelled:
            yield Candidate(subj, relation, obj, verb.text, "verb-label", verb)


def _condemned_act(c: Clause, labels: list[Token]) -> Iterator[Candidate]:
    """"Caracas called the British deployment a provocation", 'Lula called the US tariffs "blackmail"': a
    condemning name for an actor's act opposes the actor."""
    verb, table = c.token, c.table
    if c.passive or c.lemma not in ACT_LABEL_VERBS:
        return
    acts = [x for x in verb.children if x.dep_ in OBJECT_DEPS and not table.actors_of(x)]
    # the parser may hang the name on the act as an apposition ("called Ukraine's incursion a terrorist act")
    names = [x for x in labels if x.dep_ not in OBJECT_DEPS] + [a for x in acts for a in x.subtree if a.dep_ == "appos"]
    words = [t for x in names for t in label_words(x)]
    if not any(t.lower_ in CONDEMNING_LABELS and not is_denied(t) for t in words):
        return
    doers = [m for x in acts for m in owner_actors(x, table)]
    labellers = c.subjects
    labeller_ids = {m.actor.id for m in labellers}
    for subj in labellers:
        for obj in unique_actors(doers):
            if obj.actor.id not in labeller_ids:
                yield Candidate(subj, R.OPPOSES.value, obj, f"{verb.text} {obj.text}", "verb-label", verb)


# "added Iranian firms to its sanctions list", "placed Petro on its blacklist": a listing is a sanction.
LISTING_VERBS = frozenset({"add", "put", "place"})
PUNITIVE_LISTS = frozenset("sanction sanctions entity terror terrorist black watch".split())


@rule("verb-label", on=Clause, words=LISTING_VERBS)
def listed(c: Clause) -> Iterator[Candidate]:
    """"The EU added Iranian individuals to its sanctions list" -> EU SANCTIONS Iran."""
    verb, table = c.token, c.table
    if not c.asserted or c.lemma not in LISTING_VERBS or is_threatened(verb):
        return
    lists = [o for p in children(verb, "prep") if p.lower_ in {"to", "on", "onto"} for o in children(p, "pobj")
             if o.lemma_.lower() == "blacklist" or o.lemma_.lower() == "list"
             and any(m.lower_ in PUNITIVE_LISTS or m.lemma_.lower() in PUNITIVE_LISTS for m in o.children)]
    if not lists:
        return
    deps = PASSIVE_SUBJECT_DEPS if c.passive else OBJECT_DEPS
    listed_actors = unique_actors([m for o in verb.children if o.dep_ in deps
                                   for m in target_actors(o, table, R.SANCTIONS.value)])
    listers = [m for a in children(verb, "agent") for o in children(a, "pobj") for m in table.actors_of(o)] \
        if c.passive else c.subjects
    for subj in listers:
        for obj in listed_actors:
            if subj.actor.id != obj.actor.id:
                yield Candidate(subj, R.SANCTIONS.value, obj, f"{verb.text} to {lists[0].text}", "verb-label", verb)


@rule("verb-demand", on=Clause, relations=[R.OPPOSES], confidence=0.6,
      construction='demanding that an actor stop or refrain ("urged Russia to withdraw", "Iran must cease …", '
                   'said Blinken — also when the quote goes on after the sentence naming the speaker; "Japan '
                   'expects Laos not to deepen ties with China")',
      examples=[Example("The European Union urged Russia to withdraw its troops.",
                        ("European Union", "OPPOSES", "Russia"))])
def demanded_stop(c: Clause) -> Iterator[Candidate]:
    """"the EU urged Russia to withdraw", '"Iran must stop," said Blinken': demanding a stop opposes."""
    verb, table = c.token, c.table
    if not (c.lemma in CESSATION_VERBS or any(
            o.dep_ in OBJECT_DEPS and o.lemma_.lower() in RESTRAINT_WORDS for o in verb.children)) or not c.asserted:
        return  # "to exercise restraint" asks for a stop too
    stopper = [m for s in verb.children if s.dep_ in SUBJECT_DEPS for m in table.actors_of(s)]
    demanders: list[Mention] = []
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in DEMAND_VERBS and not _states(verb):
        # "urged Russia to withdraw", "called on Russia to stop", "demanded that Russia withdraw"
        demanders = subjects_of(head, table)
        stopper = stopper or [m for o in head.children if o.dep_ in OBJECT_DEPS for m in table.actors_of(o)] \
            or [m for p in children(head, "prep") if p.lower_ == "on" for m in pobj_actors(p, table, "")]
    elif has_aux(verb, DEMAND_MODALS):
        demanders = speakers_of(table, verb)
    if c.lemma not in CESSATION_VERBS and (len(unique_actors(stopper)) >= 2 or _several_addressed(head)):
        return  # "urged both governments to show restraint" takes no side
    for demander in demanders:
        for target in stopper:
            yield Candidate(demander, R.OPPOSES.value, target, f"{head.text} {verb.text}", "verb-demand", verb)


@rule("verb-demand", on=Clause, words=DEMAND_VERBS | {"expect"})
def demanded_not(c: Clause) -> Iterator[Candidate]:
    """"Japan expects Laos not to deepen its ties with China", "urged Seoul not to ..."."""
    if not c.asserted or c.lemma not in DEMAND_VERBS | {"expect"}:
        return
    verb, table = c.token, c.table
    for clause in (x for x in verb.children if x.dep_ in {"xcomp", "ccomp"} and not _states(x)
                   and any(n.dep_ == "neg" for n in x.children)):
        targets = [m for o in verb.children if o.dep_ in OBJECT_DEPS for m in table.actors_of(o)] or \
            [m for s in clause.children if s.dep_ in SUBJECT_DEPS for m in table.actors_of(s)]
        for target in targets:
            for subj in c.subjects:
                yield Candidate(subj, R.OPPOSES.value, target, f"{verb.text} not {clause.text}", "verb-demand", verb)


def _states(clause: Token) -> bool:
    """Whether a clause under a verb of demanding reports or asks rather than demands: "told reporters that
    the Commission cannot be the referee", "warned that Russia would stop buying", "asked why it has not"."""
    if clause.dep_ != "ccomp":
        return False  # "urged Russia to withdraw", "asked Seoul not to"
    return has_aux(clause, STATEMENT_MODALS) or any(
        t.lower_ in QUESTION_WORDS for t in clause.subtree if t.i < clause.i and t.dep_ in {"advmod", "mark"})


def _several_addressed(verb: Token) -> bool:
    """"urged both the government and the militias to exercise restraint": two parties addressed, whether
    or not each is an actor graphkit knows."""
    return any(o.dep_ in OBJECT_DEPS and (any(c.dep_ == "conj" for c in o.children)
                                           or any(c.lower_ == "both" for c in o.children))
               for o in verb.children)


@rule("verb-withhold", on=Clause, words=WITHHOLD_VERBS, relations=[R.SANCTIONS], confidence=0.75,
      construction='withheld aid is a sanction ("suspended military aid to Rwanda")',
      examples=[Example("Belgium suspended military aid to Rwanda.", ("Belgium", "SANCTIONS", "Rwanda"))])
def withheld_aid(c: Clause) -> Iterator[Candidate]:
    """"suspended aid to Rwanda", "froze funding for the junta" (not "must suspend": a demand)."""
    verb, table = c.token, c.table
    if not c.asserted or c.lemma not in WITHHOLD_VERBS or has_aux(verb, DEMAND_MODALS) or is_requested(verb):
        return
    for obj in (o for o in verb.children if o.dep_ in OBJECT_DEPS):
        if trigger_noun(obj) != R.SUPPLIES.value and not is_one_of(obj, AID_WORDS):
            continue
        preps = [*children(obj, "prep"), *children(verb, "prep")]
        for target in (m for p in preps if p.lower_ in {"to", "for"} for m in pobj_actors(p, table, "")):
            for subj in c.subjects:
                yield Candidate(subj, R.SANCTIONS.value, target, f"{verb.text} {obj.text}", "verb-withhold", verb)


# Cutting an actor off is a sanction (docs/annotation.md, "Which relation" 7): ties cut or suspended
# ("severed ties with Mexico", "suspended flights to Georgia", "halted trade with Qatar"), a border or
# airspace closed to it ("closed its border with Benin").
TIES_NOUNS = frozenset("""ties relations contacts contact cooperation talks negotiations dialogue flights flight
    trade imports links""".split())
BORDER_NOUNS = frozenset("border borders frontier crossing crossings airspace ports port".split())
CLOSING_VERBS = frozenset("close shut seal".split())
SEVERING_VERBS = WITHHOLD_VERBS | {"sever", "break", "ban"}
CUT_OFF_PREPS = frozenset({"with", "to", "from", "for"})
COMMERCE_NOUNS = frozenset("flights flight trade imports".split())
UNREAL_MODALS = frozenset("must should would could may might can".split())


@rule("verb-cut-off", on=Clause, words=SEVERING_VERBS | CLOSING_VERBS, relations=[R.SANCTIONS], confidence=0.75,
      construction='cutting an actor off ("severed ties with Mexico", "suspended flights to Georgia", "closed its '
                   'border with Benin", "shut its airspace to Russian aircraft")',
      examples=[Example("Ecuador severed diplomatic ties with Mexico.", ("Ecuador", "SANCTIONS", "Mexico"))])
def cut_off(c: Clause) -> Iterator[Candidate]:
    """Ties cut or suspended, or a border closed, with an actor named by with/to/from/for."""
    verb, table = c.token, c.table
    if not c.asserted or is_threatened(verb) or has_aux(verb, UNREAL_MODALS):
        return  # "must close the border" is a demand, "warned it would cut trade" a threat, "may sever" a guess
    demanded = verb.dep_ in {"xcomp", "ccomp", "acl"} and (
        verb.head.lemma_.lower() in DEMAND_VERBS or verb.head.pos_ == "NOUN")
    conditional = verb.dep_ == "advcl" and has_mark(verb, CONDITION_MARKS | {"for"})
    if demanded or conditional or is_requested(verb):
        return  # "urged Moscow to stop cooperation with", "his threat to suspend trade talks", "if Mexico severs"
    nouns = TIES_NOUNS if c.lemma in SEVERING_VERBS else BORDER_NOUNS
    for obj in (o for o in verb.children if o.dep_ in OBJECT_DEPS and (o.lower_ in nouns or o.lemma_.lower() in nouns)):
        preps = [p for h in (verb, obj) for p in children(h, "prep") if p.lower_ in CUT_OFF_PREPS]
        # an airline that suspends its flights sanctions nobody: trade and flights cut by a state only
        cutters = [s for s in c.subjects
                   if obj.lemma_.lower() not in COMMERCE_NOUNS or s.actor.type == ActorType.COUNTRY]
        for target in unique_actors([m for p in preps for m in pobj_actors(p, table, R.SANCTIONS.value)]):
            for subj in cutters:
                if subj.actor.id != target.actor.id:
                    yield Candidate(subj, R.SANCTIONS.value, target, f"{verb.text} {obj.text}", "verb-cut-off", verb)


# "recalled its envoy from Peru": the envoys whose recall reduces relations.
RECALLED_ENVOYS = frozenset("ambassador envoy diplomat ambassadors envoys diplomats".split())


@rule("verb-recall", on=Clause, words={"recall"}, relations=[R.OPPOSES], confidence=0.7,
      construction='recalling one\'s own ambassador is a protest ("Chile recalled its envoy from Peru"), not a '
                   'sanction (docs/annotation.md, rule 14); two sides recalling theirs oppose each other',
      examples=[Example("Rwanda recalled its ambassador from Belgium.", ("Rwanda", "OPPOSES", "Belgium"))])
def recalled_envoy(c: Clause) -> Iterator[Candidate]:
    """"recalled its envoy from Peru" -> OPPOSES the country the envoy leaves; "the two countries
    recalled their ambassadors" -> each the other."""
    verb, table = c.token, c.table
    if not c.asserted or c.lemma != "recall":
        return
    envoys = [o for o in verb.children if o.dep_ in OBJECT_DEPS and is_one_of(o, RECALLED_ENVOYS)]
    if not envoys:
        return
    hosts = unique_actors([m for h in [verb, *envoys] for p in children(h, "prep") if p.lower_ in {"from", "to", "in"}
                           for m in pobj_actors(p, table, R.OPPOSES.value)])
    predicate = f"{verb.text} {envoys[0].text}"
    sides = [(a, b) for a in c.subjects for b in hosts] if hosts else \
        [pair for a, b in combinations(c.subjects, 2) for pair in ((a, b), (b, a))]
    for a, b in sides:
        yield Candidate(a, R.OPPOSES.value, b, predicate, "verb-recall", verb)


@rule("verb-threat", on=Clause, relations=[R.THREATENS], confidence=0.7,
      construction='promised harm is a threat, not an act ("vowed that Israel would pay a heavy price", '
                   '"threatened to impose tariffs on Brazil", "vowed a forceful response to what he called '
                   'American-British aggression")',
      examples=[Example("Trump threatened to impose tariffs on Brazil.", ("Donald Trump", "THREATENS", "Brazil"))])
def threat_clause(c: Clause) -> Iterator[Candidate]:
    """"vowed that Tehran would pay a heavy price" -> THREATENS Iran (the one who pays); "threatened to
    impose tariffs on Brazil" -> THREATENS the target of the hostile act promised."""
    if not (c.lemma in VOW_VERBS or verb_relation(c.lemma) == R.THREATENS.value) or not c.asserted:
        return
    verb, table = c.token, c.table
    for clause in (x for x in verb.children if x.dep_ in {"ccomp", "xcomp"}):
        lemma = clause.lemma_.lower()
        if lemma in PENALTY_VERBS:
            targets = [m for s in clause.children if s.dep_ in SUBJECT_DEPS for m in table.actors_of(s)]
        elif is_promised(clause) and (verb_relation(lemma) in HOSTILE or lemma in WITHHOLD_VERBS
                                    or any(trigger_noun(o) in HOSTILE for o in clause.children
                                           if o.dep_ in OBJECT_DEPS)):
            targets = _act_targets(clause, table)
        else:
            continue
        threateners = {m.actor.id for m in c.subjects}
        # "France and Germany said they would regret ...": the speakers do not threaten one another
        for target in (t for t in targets if t.actor.id not in threateners):
            for subj in c.subjects:
                yield Candidate(subj, R.THREATENS.value, target, f"{verb.text} {clause.text}", "verb-threat", verb)
    for obj in (o for o in verb.children if o.dep_ in OBJECT_DEPS and o.lemma_.lower() in RETALIATION_NOUNS):
        # "vowed a forceful response to American-British aggression": retaliation promised to its target
        aimed = [p for p in children(obj, "prep") if p.lower_ in {"to", "against", "for"}]
        for target in unique_actors([m for p in aimed for m in pobj_actors(p, table, R.THREATENS.value)]):
            for subj in c.subjects:
                yield Candidate(subj, R.THREATENS.value, target, f"{verb.text} {obj.text}", "verb-threat", verb)


# "Russia would respond if NATO moved closer": an act promised on a condition another actor controls.
HARMLESS = frozenset(r for r, p in POLARITY.items() if p in {0, 1})  # "would meet Putin if"
# Promised acts that reward, not punish: "would help if asked".
CONCESSION_VERBS = frozenset("""release reopen restore recognise recognize accept allow welcome help return agree
    consider reward pardon compensate prefer like want hope wish""".split())
# What happens to the subject rather than what it does: "Japan could lose billions if", "Brazil will qualify if".
OUTCOME_VERBS = frozenset("lose gain benefit suffer win qualify grow shrink fall rise collapse survive".split())
# Stopping or undoing: a threat when what stops is friendly ("would stop buying", "would withdraw its envoy"),
# an offer when it is hostile ("would halt its strikes", "would lift the sanctions").
UNDOING_VERBS = frozenset("lift ease remove end drop relax scrap abandon cancel reduce".split())


@rule("threat-if", on=Clause, relations=[R.THREATENS], confidence=0.7,
      construction='harm promised on a condition another actor controls ("warned that Russia would respond if '
                   'NATO moved closer": the speaker and Russia threaten NATO; "Malawi will go to court if '
                   'Tanzanian ships enter its waters"; "would stop buying its fruit if"); not an offer ("would '
                   'halt its strikes if", "would lift the sanctions if") or a forecast',
      examples=[Example("Turkey warned that it would respond if Greece armed the islands.",
                        ("Turkey", "THREATENS", "Greece"))])
def conditional_threat(c: Clause) -> Iterator[Candidate]:
    """The actors of an if-clause's subject are threatened by whoever promises the harm it conditions: the
    act's subject (unless it is the one to pay or face the consequences) and the speaker who warned of it."""
    act, table = c.token, c.table
    if c.describes or c.negated or not has_aux(act, PROMISE_MODALS):
        return
    chain = [act, *(x for x in act.children if x.dep_ == "xcomp")]  # "would resume fighting"
    if not _harms(act, chain):
        return
    speech = act.head if act.dep_ == "ccomp" and act.head.lemma_.lower() in VOW_VERBS else None
    conditions = [x for h in (*chain, speech) if h is not None for x in h.children if x.dep_ == "advcl"
                  and has_mark(x, CONDITION_MARKS)]
    # A pronoun in a condition is too often resolved to the wrong side ("unless it surrendered")
    targets = unique_actors([m for x in conditions for s in x.children if s.dep_ in SUBJECT_DEPS
                             and s.pos_ != "PRON" for m in table.actors_of(s)])
    threateners = [] if c.lemma in PENALTY_VERBS else list(c.subjects)  # "Canada would pay more if ..."
    if speech is not None and not is_negated(speech) and (speech.lemma_.lower() != "say" or threateners):
        # who says that something will happen, with no actor to do it, threatens nobody ("X said there would be
        # consequences if")
        threateners += subjects_of(speech, table)
    own = {m.actor.id for m in threateners}
    if not targets or any(t.actor.id in own for t in targets):
        return  # "if Thailand and Cambodia are serious, they would open the minefields": their own condition
    for subj in unique_actors(threateners):
        for target in targets:
            if target.actor.id != subj.actor.id:
                yield Candidate(subj, R.THREATENS.value, target, f"{act.text} if", "threat-if", act)


def _harms(act: Token, chain: list[Token]) -> bool:
    """Whether a promised act is harm: anything but a friendly act, a concession or an outcome; stopping or
    undoing harms unless what stops is hostile ("would halt its strikes if" is an offer)."""
    objects = [o for t in chain for o in t.children if o.dep_ in OBJECT_DEPS]
    lemmas = [t.lemma_.lower() for t in chain]
    if lemmas[0] in CESSATION_VERBS | WITHHOLD_VERBS | UNDOING_VERBS:
        return not (any(verb_relation(lemma) in HOSTILE for lemma in lemmas[1:])
                    or any(trigger_noun(o) in HOSTILE for o in objects))
    return not (any(lemma in CONCESSION_VERBS | OUTCOME_VERBS or verb_relation(lemma) in HARMLESS for lemma in lemmas)
                or any(trigger_noun(o) in HARMLESS for o in objects))


def _act_targets(act, table) -> list[Mention]:
    """Who a hostile act is aimed at: its object, or on/against/with/to phrases on it or its object."""
    found = [m for o in act.children if o.dep_ in OBJECT_DEPS for m in table.actors_of(o)]
    holders = [act, *(o for o in act.children if o.dep_ in OBJECT_DEPS)]
    found += [m for h in holders for p in children(h, "prep") if p.lower_ in {"on", "against", "with", "to"}
              for m in pobj_actors(p, table, "")]
    return unique_actors(found)


@rule("adj-stance", on=Adjective, relations=[R.OPPOSES, R.SUPPORTS], confidence=0.7,
      construction='stance adjectives ("concerned about", "grateful to")',
      examples=[Example("Japan is concerned about China.", ("Japan", "OPPOSES", "China"))])
def stance_adjective(a: Adjective) -> Iterator[Candidate]:
    """"Washington is concerned about Moscow", "Kyiv is grateful to its allies"."""
    adj, table = a.token, a.table
    if adj.pos_ != "ADJ" and adj.lower_ not in STANCE_ADJECTIVES:
        return  # a participle only when it is a stance word ("concerned")
    relation = STANCE_ADJECTIVES.get(adj.lower_) or STANCE_ADJECTIVES.get(adj.lemma_.lower())
    if relation is None or is_negated(adj):
        return
    if adj.pos_ == "VERB":  # "Washington is concerned about ...", parsed as a passive participle
        subjects = [m for s in adj.children if s.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS for m in table.actors_of(s)]
    elif adj.dep_ in {"acomp", "xcomp"}:
        subjects = subjects_of(adj.head, table)
    elif adj.dep_ == "amod":
        subjects = table.actors_of(adj.head)
    else:
        return
    if not subjects:
        return
    targets: list[Mention] = []
    for prep in children(adj, "prep"):
        if prep.lower_ in {"about", "over", "by", "of", "to", "toward", "towards", "at"}:
            targets += pobj_actors(prep, table, relation)
    for subj in subjects:
        for obj in unique_actors(targets):
            yield Candidate(subj, relation, obj, f"{adj.text} {adj.head.text}" if adj.dep_ == "acomp" else adj.text,
                            "adj-stance", adj)
