"""The trigger lexicon: which words express which relation.

The words are data, one file per relation in ``graphkit/data/lexicon/`` (``supports.txt``,
``attacks.txt``, ...), each with sections for verbs, verb + preposition, nouns, agent nouns,
hyphenated participles and stance adjectives. Organised by relation, not by sentence: each list
is a family of verbs or nouns with one meaning, so a new article from another conflict finds its
wording here. The verb families follow the CAMEO event roots (PETRARCH2 verb
dictionary, MIT licence; see ``graphkit/data/NOTICE.md``): 04 consult, 05–06
cooperate, 07 aid, 11–12 disapprove/reject, 13 threaten, 16 reduce relations,
17–20 coerce/assault/fight.
"""
from __future__ import annotations

from pathlib import Path

from .errors import GraphkitError
from .ontology import Relation as R

LEXICON_DIR = Path(__file__).with_name("data") / "lexicon"
# The sections of a relation's file, each filling one table below.
_SECTIONS = ("verbs", "verb prepositions", "nouns", "agent nouns", "hyphen participles", "stance adjectives")


def load_lexicon(directory: Path = LEXICON_DIR) -> dict[str, dict]:
    """The relation-keyed trigger tables, from one file per relation (``<relation>.txt``).

    A word may express one relation only: a word listed under two relations is an error, so
    the files cannot quietly contradict each other.
    """
    tables: dict[str, dict] = {name: {} for name in _SECTIONS}
    for relation in R:
        path = directory / f"{relation.value.lower()}.txt"
        if path.exists():
            _read_relation(path, relation.value, tables)
    return tables


def _read_relation(path: Path, relation: str, tables: dict[str, dict]) -> None:
    section = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            section = line.strip("[]").strip()
            if section not in tables:
                raise GraphkitError(f"{path}:{lineno}: unknown section [{section}]")
            continue
        if section is None:
            raise GraphkitError(f"{path}:{lineno}: words before the first [section]")
        for key in [tuple(line.split())] if section == "verb prepositions" else line.split():
            if tables[section].get(key, relation) != relation:
                raise GraphkitError(f"{path}:{lineno}: {key!r} is already a {tables[section][key]} trigger")
            tables[section][key] = relation


_TABLES = load_lexicon()
# Verb lemmas whose subject acts on their direct or prepositional object.
VERBS: dict[str, str] = _TABLES["verbs"]
# "X <verb> <prep> Y": the relation needs this preposition (the bare verb means something else).
PREP_VERBS: dict[tuple[str, str], str] = _TABLES["verb prepositions"]
# Nominal triggers: "North Korea's backing of Russia", "sanctions on Iran", "the visit to Pyongyang".
NOUNS: dict[str, str] = _TABLES["nouns"]
# Nouns naming the agent by its role ("Russia's top backer", "Ukraine's allies"): the possessor is the
# target and the agent is who is called so ("Iran is Russia's top backer").
AGENT_ROLE_NOUNS: dict[str, str] = _TABLES["agent nouns"]
# "X-backed Y": a participle joined to an actor by a hyphen.
HYPHEN_PARTICIPLES: dict[str, str] = _TABLES["hyphen participles"]
# "concerned about", "grateful to": stance adjectives and the relation they express.
STANCE_ADJECTIVES: dict[str, str] = _TABLES["stance adjectives"]


def verb_relation(lemma: str) -> str | None:
    """Relation expressed by verb *lemma* on its own (see :data:`PREP_VERBS` for verb + preposition)."""
    return VERBS.get(lemma)


def noun_relation(lemma: str) -> str | None:
    """Relation expressed by noun *lemma* ("sanctions", "backing", "visit")."""
    return NOUNS.get(lemma.lower())


# ---- Word lists several rule modules share (the others sit beside the rule that reads them).
# "urged X to stop", "X must cease": demanding that an actor stop is opposing it.
CESSATION_VERBS = frozenset("""stop halt end cease withdraw retreat refrain abandon desist release free leave axe
    drop scrap cut sever suspend""".split())
# "Mali is deemed a threat by Niger": a hostile label is opposition.
LABEL_VERBS = frozenset("""consider designate label brand list deem call classify declare name regard see
    describe""".split())
# Words that condemn what a quote reports or what a speaker calls an act ("unacceptable", "a provocation").
CONDEMNING_WORDS = frozenset("""unacceptable illegal illegitimate outrageous disgrace disgraceful shameful
    irresponsible provocative reckless baseless absurd lies lie fabricated aggression criminal barbaric
    unprovoked hunt blackmail interference meddling violation violations unjustified unjustifiable
    unwarranted unlawful destabilising destabilizing provocation insult""".split())
# "X and Y fought a war": both sides attack.
MUTUAL_FIGHT_VERBS = frozenset("fight clash battle skirmish".split())
