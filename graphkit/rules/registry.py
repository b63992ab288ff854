"""The rule registry: every construction graphkit reads, with its id, relations, confidence and examples.

A rule is an id (the ``rule`` field of every triple) with a base confidence, the relations it
can give, a one-line description and at least one example sentence; it is found by one or more
small functions, each registered with :func:`rule` for the kind of word it looks at (its
:class:`Site`)::

    @rule("verb-withhold", on=Clause, relations=[R.SANCTIONS], confidence=0.75,
          construction="withheld aid is a sanction",
          examples=[Example("Canada suspended military aid to Rwanda.", ("Canada", "SANCTIONS", "Rwanda"))])
    def withheld_aid(clause: Clause) -> Iterator[Candidate]: ...

A second function for the same id repeats only the id and its site. The registry is the one
source of dispatch (:func:`finders_for`), of the confidence table (:func:`confidence`), of the
rules page ``docs/rules.md`` (``tools/rules_doc.py``) and of the per-rule example tests.

Dispatch order is registration order within a site, and sites run in :data:`SITE_ORDER` for each
token: when two rules find the same relation in the same sentence, the first one keeps it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..ontology import Relation
from .candidate import Candidate
from .sites import SITE_ORDER, Site


@dataclass(frozen=True)
class Example:
    """A sentence the rule reads, and one triple it gives: (subject name, relation, object name)."""

    sentence: str
    triple: tuple[str, str, str]


@dataclass
class Rule:
    """One named construction."""

    id: str
    relations: tuple[Relation, ...] = ()
    confidence: float | None = None  # rough precision on news (checked on annotated articles; rounded, not fitted)
    construction: str = ""
    examples: tuple[Example, ...] = ()
    finders: list[Finder] = field(default_factory=list)
    found_by: str | None = None  # a rule whose finder also gives this one's candidates


@dataclass(frozen=True)
class Finder:
    """A function that finds one rule's candidates at one kind of site."""

    rule: str
    site: type[Site]
    find: Callable[[Site], Iterator[Candidate]]
    words: frozenset[str] | None = None  # run only on words whose lemma or form is one of these


RULES: dict[str, Rule] = {}
_FINDERS: dict[type[Site], list[Finder]] = {site: [] for site in SITE_ORDER}


def rule(rule_id: str, *, on: type[Site], words: Iterable[str] | None = None,
         relations: Iterable[Relation] | None = None, confidence: float | None = None,
         construction: str | None = None, examples: Iterable[Example] | None = None) -> Callable:
    """Register the decorated function as a finder of rule *rule_id* at sites of kind *on*.

    *words*, for a rule keyed on a word list, lets the dispatcher skip every other word cheaply (the
    finder still decides; the list only has to include every word it accepts).

    The first registration of an id describes the rule; later ones only add finders (describing it
    again is an error, so two descriptions cannot drift apart).
    """
    described = any(x is not None for x in (relations, confidence, construction, examples))
    entry = RULES.get(rule_id)
    if entry is None:
        if not described:
            raise ValueError(f"rule {rule_id!r}: the first registration must describe it")
        entry = RULES[rule_id] = Rule(rule_id, tuple(relations or ()), confidence, construction or "",
                                      tuple(examples or ()))
        _check(entry)
    elif described:
        raise ValueError(f"rule {rule_id!r} is already described; register further finders with its id only")

    def register(fn: Callable[[Site], Iterator[Candidate]]) -> Callable[[Site], Iterator[Candidate]]:
        finder = Finder(rule_id, on, fn, frozenset(words) if words is not None else None)
        entry.finders.append(finder)
        _FINDERS[on].append(finder)
        return fn

    return register


def describe(rule_id: str, *, relations: Iterable[Relation], confidence: float, construction: str,
             examples: Iterable[Example], found_by: str) -> Rule:
    """Describe a rule whose candidates the finder of rule *found_by* gives (one reading with two outcomes,
    such as a role stated by a title or known from the gazetteer)."""
    if rule_id in RULES:
        raise ValueError(f"rule {rule_id!r} is already described")
    entry = RULES[rule_id] = Rule(rule_id, tuple(relations), confidence, construction, tuple(examples),
                                  found_by=found_by)
    _check(entry)
    return entry


def _check(entry: Rule) -> None:
    if entry.confidence is None or not 0 < entry.confidence <= 1:
        raise ValueError(f"rule {entry.id!r}: confidence must be in (0, 1]")
    if not entry.relations or not entry.construction or not entry.examples:
        raise ValueError(f"rule {entry.id!r}: relations, construction and an example are required")


def check_complete() -> None:
    """Every rule has a finder (or names the rule whose finder gives its candidates)."""
    for entry in RULES.values():
        if not entry.finders and (entry.found_by not in RULES or not RULES[entry.found_by].finders):
            raise ValueError(f"rule {entry.id!r} has no finder")


def finders_for(site: type[Site]) -> list[Finder]:
    """The finders that look at sites of kind *site*, in dispatch order."""
    return _FINDERS[site]


def confidence(rule_id: str) -> float:
    """The base confidence of a rule."""
    return RULES[rule_id].confidence  # type: ignore[return-value]
