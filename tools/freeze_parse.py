#!/usr/bin/env python3
"""Print a sentence's parse as a hand-built-Doc spec for a rule test.

Rule tests pin one construction with a fixed parse, so they do not drift when
the model changes: run this once on a sentence you wrote, check the parse is
the one the rule is about, and paste the spec into the test table.

    .venv/bin/python tools/freeze_parse.py "Russia shelled Kharkiv."
"""
import sys


from graphkit.nlp import load_nlp


def main(text: str) -> None:
    doc = load_nlp()(text)
    print("dict(")
    print(f"    words={[t.text for t in doc]!r},")
    print(f"    spaces={[bool(t.whitespace_) for t in doc]!r},")
    print(f"    heads={[t.head.i for t in doc]!r},")
    print(f"    deps={[t.dep_ for t in doc]!r},")
    print(f"    pos={[t.pos_ for t in doc]!r},")
    print(f"    tags={[t.tag_ for t in doc]!r},")
    print(f"    lemmas={[t.lemma_ for t in doc]!r},")
    print(f"    ents={[(e.start, e.end, e.label_) for e in doc.ents]!r},")
    print(")")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]))
