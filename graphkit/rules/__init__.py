"""Relation rules over the dependency parse.

Modules: ``clauses`` (who does what in a clause, negation, hedges, attribution), ``verbs``,
``nouns``, ``inferred`` (relations read from context) and ``article`` (candidates to triples).

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
noun-reciprocal     "India and Pakistan ... strikes against each other's bases"
material-origin     actor adjectives on weapons used by another actor
                    ("Iranian drones launched by Russia")
hyphen-participle   "Iran-backed Hezbollah", "US-funded militias"
noun-role           agent nouns ("Iran is Russia's top backer", "Russia's ally Belarus")
meeting-place       a meeting abroad is a visit ("Rubio met Rasmussen in Brussels")
verb-source         buying from a supplier ("Hungary buys jets from Sweden")
verb-demand         demanding that an actor stop ("urged Russia to withdraw", "Iran must cease")
verb-rights         endorsing an actor's rights ("acknowledged Greenland's right to self-determination")
verb-threat         promised harm ("vowed Israel would pay a price", "threatened to impose tariffs on Brazil")
verb-withhold       withheld aid ("suspended military aid to Rwanda")
noun-joint          joint acts ("Mali, Burkina Faso and Niger announced a joint force")
quote-stance        condemning words about an actor in what a speaker said ("This is unacceptable," he said, ...)
event-reference     reactions to an event reported earlier ("Russia annexed Crimea. The West condemned the move.")
verb-label          hostile labels ("the PKK is considered a terrorist group by the US")
role-title          titles and appositions ("Russian President Vladimir Putin")
role-known          a title without its country, for a person the gazetteer knows
role-lead           "X leads/heads Y", "Y, led by X"
membership          states in organisations ("NATO member Sweden", "the G7 nations of Canada and Japan")
==================  =============================================================

Negated or denied events ("did not condemn", "denied supplying") produce
nothing; hedged and reported ones are kept with lower confidence and their
attribution.
"""

from .article import doc_triples

__all__ = ["doc_triples"]
