#!/usr/bin/env python3
"""Freeze a sentence's parse for a rule test.

Rule tests pin one construction with a fixed parse, so they do not drift when
the model changes: run this once on a sentence you wrote, check the parse is
the one the rule is about, and keep it.

    .venv/bin/python tools/freeze_parse.py "Russia shelled Kharkiv."
        prints the parse and the triples the rules read from it
    .venv/bin/python tools/freeze_parse.py --case shelled-city "Russia shelled Kharkiv."
        also stores the parse in tests/data/rule_parses.json under the case id and prints the
        line to add to CASES in tests/test_rules_extra.py (check the triples before you add it)
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.nlp import load_nlp  # noqa: E402
from graphkit.rules import doc_triples  # noqa: E402
from graphkit.types import Article  # noqa: E402

PARSES = ROOT / "tests" / "data" / "rule_parses.json"


def spec_of(doc) -> dict:
    return {"text": doc.text, "words": [t.text for t in doc], "spaces": [bool(t.whitespace_) for t in doc],
            "heads": [t.head.i for t in doc], "deps": [t.dep_ for t in doc], "pos": [t.pos_ for t in doc],
            "tags": [t.tag_ for t in doc], "lemmas": [t.lemma_ for t in doc],
            "ents": [[e.start, e.end, e.label_] for e in doc.ents]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentence", nargs="+")
    parser.add_argument("--case", help="store the parse in tests/data/rule_parses.json under this id")
    args = parser.parse_args(argv)
    text = " ".join(args.sentence)
    doc = load_nlp()(text)
    for t in doc:
        print(f"{t.i:>3} {t.text:<15} {t.dep_:<10} -> {t.head.i:<3} {t.pos_:<6} {t.lemma_}")
    triples = sorted({(t.subject_id, t.relation, t.object_id, t.rule)
                      for t in doc_triples(doc, Article(doc_id="t1", text=text, date="2024-06-18"))})
    if args.case:
        parses = json.loads(PARSES.read_text(encoding="utf-8"))
        if args.case in parses:
            print(f"case id {args.case!r} is taken", file=sys.stderr)
            return 1
        parses[args.case] = spec_of(doc)
        PARSES.write_text("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                                             for k, v in parses.items()) + "\n}\n", encoding="utf-8")
        expected = "{" + ", ".join(repr(t) for t in triples) + "}" if triples else "set()"
        print(f"\nadd to CASES[<rule id>] in tests/test_rules_extra.py:\n"
              f"        ({args.case!r}, {text!r},\n         {expected}),")
    else:
        print(json.dumps(spec_of(doc), ensure_ascii=False))
        print("triples:", triples)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
