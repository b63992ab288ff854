"""Score extracted triples against gold annotations in the format of docs/annotation.md.

Gold: a directory of ``<id>.json`` files, each with ``id``, ``entities``
(``name``, ``type``, ``aliases``) and ``triples`` (``subject``, ``relation``,
``object``). System: JSONL with at least ``doc_id``, ``subject``, ``relation``
and ``object`` per line (the triples contract).

Matching: a name matches a gold entity when its normalised form (NFKC,
lower case, no possessive ``'s``, no leading "the", punctuation as spaces)
equals the normalised name or an alias; unmatched names stay distinct
(``?name``). Three levels are scored, per article and summed:

- typed:  (subject, relation, object); MEETS and COOPERATES_WITH unordered.
- stance: (actor, +/-, actor) after rolling people up to the country they lead
  or serve according to the gold LEADER_OF/MEMBER_OF triples (LEADER_OF wins);
  symmetric positive relations count in both directions.
- pair:   the unordered actor pair linked by any event relation (after roll-up).

The numbers equal those of the team's reference scorer ``score_triples.py``.
Where that script would crash or silently mis-score, this module is explicit:
malformed system lines are skipped with a reason, and a malformed gold
directory (missing, no ``*.json``, bad JSON or fields, duplicate ids) raises
:class:`EvaluationError`.
"""
from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .errors import GraphkitError
from .affiliation import choose_home
from .jsonio import InvalidJSON, decode_json
from .ontology import POLARITY, STRUCTURAL, SYMMETRIC
from .types import ActorType, Skipped

LEVELS = ("typed", "stance", "pair")
REQUIRED_FIELDS = ("doc_id", "subject", "relation", "object")
_SIGN = {1: "+", -1: "-"}

_POSSESSIVE = re.compile(r"'s\b")
_LEADING_THE = re.compile(r"^the\s+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NEWLINE = re.compile(r"\r\n?|\n")


class EvaluationError(GraphkitError):
    """The gold annotations or the system triples cannot be used for scoring."""


@dataclass(frozen=True)
class Score:
    """Counts at one level; precision, recall and F1 follow from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        """Rounded to three decimals, like the reference scorer."""
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, order=True)
class Fact:
    """A typed-level triple in canonical gold names; symmetric relations have subject <= object."""

    subject: str
    relation: str
    object: str

    def to_dict(self) -> dict[str, str]:
        return {"subject": self.subject, "relation": self.relation, "object": self.object}

    def __str__(self) -> str:
        return f"{self.subject} -{self.relation}-> {self.object}"


def typed_fact(subject: str, relation: str, object_: str) -> Fact:
    """The typed-level fact of a triple: a symmetric relation's two actors in one order."""
    return Fact(min(subject, object_), relation, max(subject, object_)) if relation in SYMMETRIC \
        else Fact(subject, relation, object_)


@dataclass(frozen=True)
class DocResult:
    """What one gold article's system triples missed and added, at the typed level."""

    doc_id: str
    missed: tuple[Fact, ...]
    spurious: tuple[Fact, ...]


@dataclass(frozen=True)
class EvalReport:
    """Scores over all gold articles."""

    typed: Score
    stance: Score
    pair: Score
    per_relation: dict[str, Score]
    docs: tuple[DocResult, ...]
    system_docs_without_gold: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    def level(self, name: str) -> Score:
        return {"typed": self.typed, "stance": self.stance, "pair": self.pair}[name]

    def to_dict(self, *, per_doc: bool = False) -> dict[str, Any]:
        """A JSON-ready summary; ``per_doc`` adds each article's missed and spurious triples."""
        out: dict[str, Any] = {name: self.level(name).to_dict() for name in LEVELS}
        out["per_relation"] = {rel: score.to_dict() for rel, score in self.per_relation.items()}
        out["docs"] = len(self.docs)
        out["system_docs_without_gold"] = list(self.system_docs_without_gold)
        out["skipped"] = [str(s) for s in self.skipped]
        if per_doc:
            out["per_doc"] = {d.doc_id: {"missed": [f.to_dict() for f in d.missed],
                                         "spurious": [f.to_dict() for f in d.spurious]} for d in self.docs}
        return out


@dataclass(frozen=True)
class _GoldDoc:
    aliases: Mapping[str, str]  # normalised surface form -> canonical entity name
    types: Mapping[str, str]  # canonical name -> COUNTRY | PERSON | ORG
    triples: tuple[tuple[str, str, str], ...]  # as annotated (names not yet resolved)

    def canon(self, name: Any) -> str:
        key = normalise_name(name)
        return self.aliases.get(key, "?" + key)


def normalise_name(name: Any) -> str:
    """The form under which a mention matches a gold name or alias."""
    text = unicodedata.normalize("NFKC", str(name)).lower().replace("\u2019", "'")
    text = _LEADING_THE.sub("", _POSSESSIVE.sub("", text).strip())
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def evaluate(gold_dir: str | os.PathLike, triples: str | os.PathLike | Iterable[Mapping[str, Any]]) -> EvalReport:
    """Score *triples* (a JSONL path, ``"-"`` for stdin, or mappings) against the gold files in *gold_dir*.

    *triples* may also be a second directory of gold files: another annotation of the same articles, scored
    as if it were a system (inter-annotator agreement; see :func:`other_annotation`).

    Raises :class:`EvaluationError` for an unusable gold directory or an
    unreadable triples file; malformed triple lines are listed in ``skipped``.
    """
    gold = load_gold(gold_dir)
    skipped: list[Skipped] = []
    if isinstance(triples, (str, os.PathLike)) and Path(triples).is_dir():
        records: Iterable[Mapping[str, Any]] = other_annotation(load_gold(triples), gold)
    elif isinstance(triples, (str, os.PathLike)):
        records = read_system_triples(triples, on_skip=skipped.append)
    else:
        records = triples
    by_doc: dict[str, list[tuple[Any, str, Any]]] = defaultdict(list)
    for record in records:
        by_doc[str(record["doc_id"])].append((record["subject"], str(record["relation"]).upper(), record["object"]))

    totals = {name: Score() for name in LEVELS}
    per_relation: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    docs: list[DocResult] = []
    for doc_id in sorted(gold):
        doc = gold[doc_id]
        gold_facts = [(doc.canon(s), r, doc.canon(o)) for s, r, o in doc.triples]
        system_facts = [(doc.canon(s), r, doc.canon(o)) for s, r, o in by_doc.get(doc_id, [])]
        rollup = _rollup(doc, gold_facts)
        g, s = _levels(gold_facts, rollup), _levels(system_facts, rollup)
        for name in LEVELS:
            totals[name] += Score(len(g[name] & s[name]), len(s[name] - g[name]), len(g[name] - s[name]))
        for fact in g["typed"] | s["typed"]:
            per_relation[fact.relation][0 if fact in g["typed"] and fact in s["typed"] else 1 if fact in s["typed"] else 2] += 1
        docs.append(DocResult(doc_id, tuple(sorted(g["typed"] - s["typed"])), tuple(sorted(s["typed"] - g["typed"]))))
    return EvalReport(
        typed=totals["typed"], stance=totals["stance"], pair=totals["pair"],
        per_relation={rel: Score(*counts) for rel, counts in sorted(per_relation.items())},
        docs=tuple(docs),
        system_docs_without_gold=tuple(sorted(set(by_doc) - set(gold))),
        skipped=tuple(skipped),
    )


def other_annotation(other: Mapping[str, _GoldDoc], reference: Mapping[str, _GoldDoc]) -> Iterator[dict[str, str]]:
    """A second annotation's triples as system records, for agreement between two annotators.

    Two annotators may name one actor differently ("ECOWAS", "Economic Community of West African
    States"); an entity of *other* is named by the first of its names and aliases that the reference
    annotation of the same article knows, so that only a real disagreement counts.
    """
    for doc_id, doc in other.items():
        known = reference[doc_id].aliases if doc_id in reference else {}
        forms: dict[str, list[str]] = defaultdict(list)
        for form, canonical in doc.aliases.items():
            forms[canonical].append(form)

        def name(entity: str) -> str:
            own = [normalise_name(entity), *forms.get(entity, [])]
            return next((form for form in own if form in known), entity)

        for s, r, o in doc.triples:
            yield {"doc_id": doc_id, "subject": name(s), "relation": r, "object": name(o)}


def _rollup(doc: _GoldDoc, facts: list[tuple[str, str, str]]) -> dict[str, str]:
    """Person (or state) -> the country it serves or leads, from gold; a LEADER_OF beats a MEMBER_OF."""
    ties: dict[str, Counter] = {}
    for s, r, o in facts:
        if r in STRUCTURAL and doc.types.get(o) == ActorType.COUNTRY:
            ties.setdefault(s, Counter())[(r, o)] += 1
    return {s: choose_home((r, o, n) for (r, o), n in counts.items()) for s, counts in ties.items()}


def _levels(facts: list[tuple[str, str, str]], rollup: Mapping[str, str]) -> dict[str, set]:
    typed: set[Fact] = set()
    stance: set[tuple[str, str, str]] = set()
    pair: set[tuple[str, str]] = set()
    for s, r, o in facts:
        if s == o:
            continue
        symmetric = r in SYMMETRIC
        typed.add(typed_fact(s, r, o))
        if r in STRUCTURAL or POLARITY.get(r) is None:
            continue
        a, b = rollup.get(s, s), rollup.get(o, o)
        if a == b:
            continue
        pair.add((min(a, b), max(a, b)))
        sign = POLARITY[r]
        if sign:
            stance.add((a, _SIGN[sign], b))
            if symmetric:
                stance.add((b, _SIGN[sign], a))
    return {"typed": typed, "stance": stance, "pair": pair}


# --- reading ---------------------------------------------------------------------


def load_gold(gold_dir: str | os.PathLike) -> dict[str, _GoldDoc]:
    """Read and validate every ``*.json`` gold file in *gold_dir*, keyed by the files' ``id``."""
    root = Path(gold_dir)
    if not root.exists():
        raise EvaluationError(f"gold directory not found: {root}")
    if not root.is_dir():
        raise EvaluationError(f"gold path is not a directory: {root}")
    docs: dict[str, _GoldDoc] = {}
    origin: dict[str, Path] = {}
    for path in sorted(root.glob("*.json")):
        doc_id, doc = _load_gold_file(path)
        if doc_id in docs:
            raise EvaluationError(f"{path}: duplicate gold id {doc_id!r} (also in {origin[doc_id].name})")
        docs[doc_id], origin[doc_id] = doc, path
    if not docs:
        raise EvaluationError(f"no gold .json files in {root}")
    return docs


def _load_gold_file(path: Path) -> tuple[str, _GoldDoc]:
    try:
        data = decode_json(path.read_bytes())
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except InvalidJSON as exc:
        if exc.not_utf8:
            raise EvaluationError(f"{path}: not UTF-8 text") from None
        where = f":{exc.line}" if exc.column is not None else ""  # a syntax error has a place; depth has none
        raise EvaluationError(f"{path}{where}: invalid JSON: {exc.reason}") from None
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: expected a JSON object")
    doc_id = data.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise EvaluationError(f"{path}: 'id' must be a non-empty string")
    entities, triples = data.get("entities"), data.get("triples")
    if not isinstance(entities, list) or not isinstance(triples, list):
        raise EvaluationError(f"{path}: 'entities' and 'triples' must be lists")
    aliases: dict[str, str] = {}
    types: dict[str, str] = {}
    for n, entity in enumerate(entities, 1):
        if not (isinstance(entity, dict) and isinstance(entity.get("name"), str) and isinstance(entity.get("type"), str)
                and _strings(entity.get("aliases", []))):
            raise EvaluationError(f"{path}: entity {n} needs string 'name' and 'type' and a list of string 'aliases'")
        for surface in (entity["name"], *entity.get("aliases", [])):
            aliases.setdefault(normalise_name(surface), entity["name"])  # the first entity claiming a form keeps it
        types[entity["name"]] = entity["type"]
    rows = []
    for n, triple in enumerate(triples, 1):
        if not (isinstance(triple, dict) and _strings([triple.get(k) for k in ("subject", "relation", "object")])):
            raise EvaluationError(f"{path}: triple {n} needs string 'subject', 'relation' and 'object'")
        rows.append((triple["subject"], triple["relation"], triple["object"]))
    return doc_id, _GoldDoc(aliases, types, tuple(rows))


def _strings(values: Any) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def read_system_triples(path: str | os.PathLike, *,
                        on_skip: Callable[[Skipped], None] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a triples JSONL file (``"-"``: stdin) that carry the fields scoring needs.

    Lines that are not UTF-8, not JSON objects or lack a field go to *on_skip*
    as :class:`~graphkit.types.Skipped`; a missing file raises :class:`EvaluationError`.
    """
    name = str(path)
    try:
        handle = sys.stdin.buffer if name == "-" else open(path, "rb")
    except OSError as exc:
        raise EvaluationError(f"cannot read triples file {name}: {exc.strerror or exc}") from None
    report = on_skip or (lambda _skipped: None)
    label = "stdin" if name == "-" else name
    try:
        lineno = 0
        for raw in handle:
            try:
                text = raw.decode("utf-8-sig" if lineno == 0 else "utf-8")
            except UnicodeDecodeError:
                lineno += 1
                report(Skipped(f"{label}:{lineno}", "not UTF-8 text"))
                continue
            text = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
            # A lone \r also ends a line, as in Python's universal-newline text mode.
            for line in _NEWLINE.split(text):
                lineno += 1
                record = _system_record(line, f"{label}:{lineno}", report)
                if record is not None:
                    yield record
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _system_record(line: str, source: str, report: Callable[[Skipped], None]) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        record = decode_json(line)
    except InvalidJSON as exc:
        report(Skipped(source, f"invalid JSON: {exc.reason}"))
        return None
    if not isinstance(record, dict):
        report(Skipped(source, "not a JSON object"))
        return None
    missing = [k for k in REQUIRED_FIELDS if k not in record]
    if missing:
        report(Skipped(source, f"missing field {', '.join(missing)}"))
        return None
    return record
