"""The rules page (``docs/rules.md``), rendered from the registry so it cannot drift from the code."""
from __future__ import annotations

from .registry import RULES, Rule
from .sites import SITE_ORDER

HEADER = """# Extraction rules

<!-- Generated from the rule registry (graphkit/rules/registry.py) by `python tools/rules_doc.py`;
     do not edit by hand. tests/test_rule_registry.py fails when this page is stale. -->

Each construction graphkit reads is one named rule; its id is the `rule` field of every triple.
Confidence is the rule's base confidence, before the penalties for pronoun resolution and hedging.
A rule runs at one or more kinds of site (the words it looks at); the first rule to find a relation
in a sentence keeps it, in the dispatch order of `graphkit/rules/__init__.py`.

| rule | relations | confidence | runs on | construction | example |
|---|---|---|---|---|---|
"""


def _sites(entry: Rule) -> str:
    if entry.found_by:
        return f"(found by `{entry.found_by}`)"
    kinds = [s for s in SITE_ORDER if any(f.site is s for f in entry.finders)]
    return ", ".join(k.label for k in kinds)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown() -> str:
    """The rules page as Markdown."""
    rows = []
    for entry in RULES.values():
        example = entry.examples[0]
        subject, relation, obj = example.triple
        rows.append(f"| `{entry.id}` | {', '.join(r.value for r in entry.relations)} | {entry.confidence:g} | "
                    f"{_sites(entry)} | {_cell(entry.construction)} | {_cell(example.sentence)} → "
                    f"{subject} {relation} {obj} |")
    return HEADER + "\n".join(rows) + "\n"
