"""The rule registry: every rule is described, its example reads as described, and the rules page is current."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.rules import RULES, doc_triples
from graphkit.rules.docs import rules_markdown
from graphkit.types import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = [pytest.param(rule.id, example, id=f"{rule.id}-{n}")
            for rule in RULES.values() for n, example in enumerate(rule.examples)]


def test_every_rule_is_described():
    for rule in RULES.values():
        assert rule.relations and rule.construction and rule.examples and 0 < rule.confidence <= 1, rule.id


@pytest.mark.parametrize("rule_id, example", EXAMPLES)
def test_example_reads_as_described(nlp, rule_id, example):
    """Each rule's example, parsed by the real model, gives the triple it documents, by that rule."""
    triples = doc_triples(nlp(example.sentence), Article(doc_id="example", text=example.sentence))
    found = {(t.subject, t.relation, t.object, t.rule) for t in triples}
    assert (*example.triple, rule_id) in found, found


def test_rules_page_is_current():
    page = ROOT / "docs" / "rules.md"
    assert page.read_text(encoding="utf-8") == rules_markdown(), "run: python tools/rules_doc.py"


def test_rules_doc_tool_checks_the_page():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "rules_doc.py"), "--check"], cwd=ROOT)
    assert result.returncode == 0


def test_package_structure_limits():
    """Module and function sizes, no import cycles, actors independent of the rules (tools/check_structure.py)."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "check_structure.py")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
