"""Check annotated articles against docs/annotation.md and print the corpus counts.

    python tools/check_corpus.py training/train training/validation      # folders or files
    python tools/check_corpus.py --sample 60 training/train               # a seeded random sample

Each problem is one line ``file: problem``; the exit code is 1 when any file has a problem, else 0.
The counts (articles, triples, per relation, genre, region, conflict) follow the problems.
The ontology is graphkit's own (``graphkit.ontology``) when importable, so the two cannot drift.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

try:
    from graphkit.ontology import RELATIONS, STRUCTURAL, SYMMETRIC
except ImportError:  # a writer's machine without graphkit installed: the same closed list, by hand
    RELATIONS = ("SUPPORTS", "SUPPLIES", "COOPERATES_WITH", "MEETS", "VISITS", "OPPOSES", "THREATENS",
                 "SANCTIONS", "ATTACKS", "LEADER_OF", "MEMBER_OF")
    STRUCTURAL = frozenset({"LEADER_OF", "MEMBER_OF"})
    SYMMETRIC = frozenset({"COOPERATES_WITH", "MEETS"})

ENTITY_TYPES = ("COUNTRY", "PERSON", "ORG")
GENRES = ("wire", "analysis", "communique", "briefing", "liveblog", "opinion", "speech", "interview", "feature")
REQUIRED = ("id", "text", "entities", "triples")
CORPUS_META = ("illustrative", "genre", "conflict", "region", "license")


@dataclass
class Corpus:
    """What the checked files hold, for the report."""

    articles: int = 0
    triples: int = 0
    relations: Counter = field(default_factory=Counter)
    genres: Counter = field(default_factory=Counter)
    regions: Counter = field(default_factory=Counter)
    conflicts: Counter = field(default_factory=Counter)
    words: int = 0
    evidence_sentences: int = 0


def check_file(path: Path, corpus: Corpus, *, metadata: bool) -> list[str]:
    """Problems with one gold file (empty when it is sound); counts what it holds into *corpus*."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"not readable JSON: {exc}"]
    if not isinstance(doc, dict):
        return ["not a JSON object"]
    problems = [f"missing field {key!r}" for key in REQUIRED if key not in doc]
    if metadata:
        problems += [f"missing corpus field {key!r}" for key in CORPUS_META if not doc.get(key)]
        if doc.get("genre") and doc["genre"] not in GENRES:
            problems.append(f"genre {doc['genre']!r} is not one of {', '.join(GENRES)}")
        if next(iter(doc), None) != "illustrative":
            problems.append("the first field must be 'illustrative' (the file says so on its first line)")
    if problems:
        return problems
    if doc["id"] != path.stem:
        problems.append(f"id {doc['id']!r} differs from the file name")
    text = doc["text"]
    if not isinstance(text, str) or not text.strip():
        return problems + ["text is empty"]

    names: dict[str, str] = {}
    for entity in doc["entities"]:
        if not isinstance(entity, dict) or not isinstance(entity.get("name"), str):
            problems.append(f"entity without a name: {entity!r}")
            continue
        if entity["name"] in names:
            problems.append(f"entity {entity['name']!r} listed twice")
        if entity.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {entity['name']!r} has type {entity.get('type')!r}")
        aliases = entity.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problems.append(f"entity {entity['name']!r}: aliases must be a list of strings")
        names[entity["name"]] = entity.get("type", "")

    seen: set[tuple[str, str, str]] = set()
    for triple in doc["triples"]:
        problems += _check_triple(triple, names, text, seen)
    corpus.articles += 1
    corpus.triples += len(doc["triples"])
    corpus.relations.update(t.get("relation") for t in doc["triples"] if isinstance(t, dict))
    corpus.genres[doc.get("genre", "?")] += 1
    corpus.regions[doc.get("region", "?")] += 1
    corpus.conflicts[doc.get("conflict", "?")] += 1
    corpus.words += len(text.split())
    corpus.evidence_sentences += sum(1 + len(t.get("other_evidence") or []) for t in doc["triples"]
                                     if isinstance(t, dict))
    return problems


def _check_triple(triple: object, names: dict[str, str], text: str, seen: set) -> list[str]:
    if not isinstance(triple, dict):
        return [f"triple is not an object: {triple!r}"]
    subject, relation, obj = triple.get("subject"), triple.get("relation"), triple.get("object")
    label = f"{subject} -{relation}-> {obj}"
    problems = []
    if relation not in RELATIONS:
        problems.append(f"{label}: relation not in the ontology")
    for role, name in (("subject", subject), ("object", obj)):
        if name not in names:
            problems.append(f"{label}: {role} {name!r} is not an entity name")
    if subject == obj:
        problems.append(f"{label}: self-relation")
    if relation == "LEADER_OF" and names.get(subject) not in (None, "PERSON"):
        problems.append(f"{label}: LEADER_OF needs a PERSON subject")
    key = (subject, relation, obj)
    if relation in SYMMETRIC:
        key = (min(subject or "", obj or ""), relation, max(subject or "", obj or ""))
    if key in seen:
        problems.append(f"{label}: annotated twice (once per article; symmetric relations once per pair)")
    seen.add(key)
    evidence = triple.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        problems.append(f"{label}: no evidence sentence")
    elif evidence not in text:
        problems.append(f"{label}: evidence is not copied verbatim from the text: {evidence[:80]!r}")
    others = triple.get("other_evidence", [])
    if not isinstance(others, list):
        problems.append(f"{label}: other_evidence must be a list")
    else:
        problems += [f"{label}: other_evidence not in the text: {s[:80]!r}"
                     for s in others if not isinstance(s, str) or s not in text]
        if isinstance(evidence, str) and evidence in others:
            problems.append(f"{label}: other_evidence repeats the evidence")
    return problems


def gold_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files += sorted(path.rglob("*.json")) if path.is_dir() else [path]
    return files


def report(corpus: Corpus) -> str:
    lines = [f"articles {corpus.articles}  triples {corpus.triples}  words {corpus.words}  "
             f"evidence sentences {corpus.evidence_sentences}  conflicts {len(corpus.conflicts)}"]
    for title, counts in (("relation", corpus.relations), ("genre", corpus.genres), ("region", corpus.regions)):
        lines.append(f"by {title}:")
        lines += [f"  {name:<28} {count:>6}" for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="gold files or folders of them")
    parser.add_argument("--sample", type=int, default=0, help="check only this many files, chosen with a fixed seed")
    parser.add_argument("--no-metadata", action="store_true",
                        help="do not require the corpus fields (for evaluation sets of real news)")
    args = parser.parse_args(argv)
    files = gold_files(args.paths)
    if args.sample and args.sample < len(files):
        files = sorted(random.Random(0).sample(files, args.sample))
    corpus, bad, ids = Corpus(), 0, Counter(path.stem for path in files)
    for path in files:
        problems = check_file(path, corpus, metadata=not args.no_metadata)
        if ids[path.stem] > 1:
            problems.append("id used by another file")
        for problem in problems:
            print(f"{path}: {problem}")
        bad += bool(problems)
    print(report(corpus))
    if bad:
        print(f"{bad} of {len(files)} files have problems", file=sys.stderr)
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
