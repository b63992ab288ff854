"""Relation rules over the dependency parse.

Pure functions over a parsed ``Doc``: :func:`doc_triples` yields the :class:`~graphkit.types.Triple`
records of one article. Each grammatical construction is one named rule, registered with its id,
relations, confidence and examples in :mod:`.registry` (the rule table is ``docs/rules.md``,
generated from the registry by ``tools/rules_doc.py``).

Modules, in dispatch order (a rule's finders run in the order they are registered, and the first
rule to find a relation in a sentence keeps it):

- ``roles``: titles, "X leads Y", membership; ``verbs``: the verb's own relation (svo, passive,
  prepositions, transfers, agreements); ``stances``: labels, demands, threats, withheld aid, rights,
  stance adjectives; ``meetings``: a meeting abroad is a visit; ``nouns`` and ``noun_arguments``:
  trigger nouns; ``agent_nouns``: "Russia's ally", "Iran-backed"; ``mediation``: a mediator meets the
  parties; ``inferred``: weapons' origin, condemning words in quotes.
- ``clauses`` (who does what in a clause, negation, hedges, attribution) and ``events`` (back-reference
  to an earlier event) are shared by the rules; ``article`` turns candidates into triples.

Negated or denied events ("did not condemn", "denied supplying") produce nothing; hedged and
reported ones are kept with lower confidence and their attribution.
"""

import importlib

from .article import doc_triples
from .registry import RULES, check_complete

# The rule modules register their finders when imported: this order is the dispatch order.
RULE_MODULES = ("roles", "verb_phrases", "stances", "verbs", "meetings", "nouns", "agent_nouns", "mediation",
                "inferred")
for _name in RULE_MODULES:
    importlib.import_module(f"{__name__}.{_name}")
check_complete()

__all__ = ["RULES", "RULE_MODULES", "doc_triples"]
