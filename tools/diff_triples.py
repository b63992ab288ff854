"""Compare two extractions line by line: the check that a restructuring left the triples alone.

    python tools/diff_triples.py OLD.jsonl NEW.jsonl
    python tools/diff_triples.py OLD_DIR NEW_DIR          # every *.jsonl of OLD_DIR against NEW_DIR's

Lines are compared as parsed JSON objects (key order does not matter). For each pair of files it
prints ``identical`` or the number of differing lines, the first few differences, and the triples
gained and lost by rule, so a deliberate change can be reported with its effect. The exit status is
1 when anything differs, 2 when a file is missing.

To produce the two sides, run ``graphkit extract DIR --out FILE -q`` with each version of the code
(``PYTHONPATH=<checkout>`` selects the version); ``tools/extract_corpora.sh`` does it for the
corpora the restructuring is checked on.
"""
from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
from pathlib import Path

SHOWN = 5


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _key(row: dict) -> tuple:
    return row["doc_id"], row["subject_id"], row["relation"], row["object_id"], row["start"], row["rule"]


def compare(old: Path, new: Path) -> list[str]:
    """Report lines for one pair of files; empty when they are identical."""
    a, b = _load(old), _load(new)
    if a == b:
        return []
    report = [f"{old.name}: {len(a)} -> {len(b)} lines"]
    # align the two files so one inserted triple shows as one change, not a shifted tail
    canon = [[json.dumps(r, sort_keys=True) for r in rows] for rows in (a, b)]
    changes = [op for op in difflib.SequenceMatcher(None, *canon, autojunk=False).get_opcodes() if op[0] != "equal"]
    report.append(f"  {len(changes)} changed stretches; first at old line {changes[0][1] + 1}")
    for tag, i1, i2, j1, j2 in changes[:SHOWN]:
        if tag == "replace" and i2 - i1 == j2 - j1 == 1:
            left, right = a[i1], b[j1]
            fields = sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))
            report.append(f"  line {i1 + 1}: " + "; ".join(f"{k}: {left.get(k)!r} -> {right.get(k)!r}" for k in fields))
        elif tag == "insert":
            report.append(f"  new lines {j1 + 1}-{j2} inserted before old line {i1 + 1}")
        elif tag == "delete":
            report.append(f"  old lines {i1 + 1}-{i2} deleted")
        else:
            report.append(f"  old lines {i1 + 1}-{i2} replaced by new lines {j1 + 1}-{j2}")
    lost = collections.Counter(_key(r) for r in a) - collections.Counter(_key(r) for r in b)
    gained = collections.Counter(_key(r) for r in b) - collections.Counter(_key(r) for r in a)
    for label, keys in (("lost", lost), ("gained", gained)):
        by_rule = collections.Counter(k[-1] for k in keys.elements())
        if by_rule:
            report.append(f"  {label}: " + ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))
            for k in list(keys)[:SHOWN]:
                report.append(f"    {k[0]}: {k[1]} {k[2]} {k[3]} ({k[5]})")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.old.is_dir():
        pairs = [(p, args.new / p.name) for p in sorted(args.old.glob("*.jsonl"))]
    else:
        pairs = [(args.old, args.new)]
    status = 0
    for old, new in pairs:
        if not new.exists():
            print(f"{new}: missing")
            return 2
        report = compare(old, new)
        print("\n".join(report) if report else f"{old.name}: identical ({len(_load(old))} lines)")
        status = max(status, 1 if report else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
