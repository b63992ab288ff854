"""Blind double annotation: pick a sample for a second annotator, then score the two annotations.

    python tools/agreement.py prepare --fraction 0.1 --out /tmp/blind training/train training/validation
    # a second writer annotates every file in /tmp/blind (entities and triples), seeing only the guide
    python tools/agreement.py score --second /tmp/second training/train training/validation

``prepare`` writes each sampled article without its ``entities`` and ``triples`` (the second annotator
must not see the first one's work). ``score`` treats the first annotation as gold and the second as the
system, through ``graphkit.evaluate`` (names aligned through aliases), and prints typed, stance and pair
agreement with the per-relation table; F1 is symmetric, so which side is "gold" does not change it.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

from graphkit.evaluate import LEVELS, evaluate

BLIND_FIELDS = ("illustrative", "id", "source", "license", "genre", "conflict", "region", "date", "text")


def articles(folders: list[str]) -> dict[str, Path]:
    return {path.stem: path for folder in folders for path in sorted(Path(folder).glob("*.json"))}


def prepare(folders: list[str], out: Path, fraction: float, seed: int) -> list[str]:
    found = articles(folders)
    chosen = sorted(random.Random(seed).sample(sorted(found), max(1, round(len(found) * fraction))))
    out.mkdir(parents=True, exist_ok=True)
    for doc_id in chosen:
        doc = json.loads(found[doc_id].read_text(encoding="utf-8"))
        blind = {key: doc[key] for key in BLIND_FIELDS if key in doc}
        (out / f"{doc_id}.json").write_text(json.dumps(blind, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return chosen


def score(folders: list[str], second: Path) -> str:
    found = articles(folders)
    done = [p.stem for p in sorted(second.glob("*.json")) if "triples" in json.loads(p.read_text(encoding="utf-8"))]
    missing = [doc_id for doc_id in done if doc_id not in found]
    if missing:
        raise SystemExit(f"no first annotation for {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        first, other = Path(tmp) / "first", Path(tmp) / "second"
        first.mkdir(), other.mkdir()
        for doc_id in done:
            shutil.copy(found[doc_id], first / f"{doc_id}.json")
            shutil.copy(second / f"{doc_id}.json", other / f"{doc_id}.json")
        report = evaluate(first, other)
    lines = [f"articles annotated twice: {len(done)}"]
    for level in LEVELS:
        s = report.level(level)
        lines.append(f"{level:<7} F1 {s.f1:.3f}  (first-as-gold P {s.precision:.3f} R {s.recall:.3f}; "
                     f"both {s.tp}, only second {s.fp}, only first {s.fn})")
    lines.append("per relation (typed): F1, both / only second / only first")
    for relation, s in report.per_relation.items():
        lines.append(f"  {relation:<16} {s.f1:.3f}  {s.tp:>4} / {s.fp:>4} / {s.fn:>4}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare", help="write blind copies of a random sample")
    p.add_argument("folders", nargs="+")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--fraction", type=float, default=0.1)
    p.add_argument("--seed", type=int, default=0)
    s = sub.add_parser("score", help="agreement of the second annotation with the first")
    s.add_argument("folders", nargs="+")
    s.add_argument("--second", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "prepare":
        chosen = prepare(args.folders, args.out, args.fraction, args.seed)
        print(f"{len(chosen)} articles: {' '.join(chosen)}")
    else:
        print(score(args.folders, args.second))
    return 0


if __name__ == "__main__":
    sys.exit(main())
