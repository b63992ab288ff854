"""Accuracy of event dates: the resolver on a set of dated sentences, overall and by kind of expression.

Each line of the set is one item of the format in docs/time.md: ``sentence``, ``article_date``, the
gold ``event_date`` and ``precision``, and its ``kind`` (weekday, relative, absolute, range, none). An item
is right when both the date and the precision are. Sentences are parsed by the same pipeline as
extraction; the resolver reads the whole item (no trigger word: the main clause's date).

    .venv/bin/python bench/date_accuracy.py bench/dates/heldout.jsonl
    .venv/bin/python bench/date_accuracy.py tests/data/dates/dev.jsonl --failures

Exit status 0 after printing the figures; 2 when the set cannot be read.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.eventdates import SentenceDates  # noqa: E402
from graphkit.nlp import load_nlp  # noqa: E402

FIELDS = ("sentence", "article_date", "event_date", "precision", "kind")


def load_items(path: Path) -> list[dict]:
    """The items of a JSON Lines set; ``ValueError`` naming the line when one is not an item."""
    items = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
        if not isinstance(item, dict) or any(not isinstance(item.get(k), str) for k in FIELDS):
            raise ValueError(f"{path}:{lineno}: an item needs the string fields {', '.join(FIELDS)}")
        items.append(item)
    return items


def predictions(items: list[dict]) -> list[tuple[str | None, str | None]]:
    """(event_date, precision) for each item, through the extraction pipeline's parse."""
    nlp = load_nlp()
    docs = nlp.pipe((item["sentence"] for item in items), batch_size=64)
    return [SentenceDates(item["article_date"]).of(doc[:]) for item, doc in zip(items, docs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("items", help="a JSON Lines set of dated sentences")
    parser.add_argument("--failures", action="store_true", help="also print every item the resolver gets wrong")
    args = parser.parse_args(argv)
    try:
        items = load_items(Path(args.items))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not items:
        print(f"error: {args.items}: no items", file=sys.stderr)
        return 2
    started = time.perf_counter()
    predicted = predictions(items)
    seconds = time.perf_counter() - started
    total, right = Counter(), Counter()
    for item, (day, precision) in zip(items, predicted):
        ok = day == item["event_date"] and precision == item["precision"]
        for key in ("all", item["kind"]):
            total[key] += 1
            right[key] += ok
        if args.failures and not ok:
            print(f"  {item.get('id', '?')} [{item['kind']}] article {item['article_date']}: gold {item['event_date']} "
                  f"{item['precision']}, got {day} {precision}\n    {item['sentence']}")
    print(f"{args.items}: {len(items)} items, parsed and resolved in {seconds:.1f} s")
    for key in ["all"] + sorted(k for k in total if k != "all"):
        print(f"  {key:10s} {right[key]:4d}/{total[key]:<4d} {right[key] / total[key]:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
