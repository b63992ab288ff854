"""Regenerate graphkit/data/valence.tsv, the words' evaluative valence the relation model reads.

Usage::

    .venv/bin/pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader
    .venv/bin/python tools/build_valence.py /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl

The source is the VADER sentiment lexicon (C.J. Hutto, MIT licence; ``vader_lexicon.txt`` inside the
``vaderSentiment`` wheel on PyPI): each word's mean valence from -4 (most negative) to +4, rated by ten
people. Only English words are kept: no emoticons, and none of VADER's chat acronyms ("lol", "fu", "kia"):
a word stays when it or its lemma is in the WordNet word index of the spaCy model's lemmatizer. Only those
rated at least 0.5 away from neutral are kept. The file is committed, so neither the wheel nor the package is
needed at run time.
"""
from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphkit.atomic import atomic_write  # noqa: E402
from graphkit.nlp import load_nlp  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "graphkit" / "data" / "valence.tsv"
LEXICON = "vaderSentiment/vader_lexicon.txt"
WORD = re.compile(r"[a-z][a-z'-]*[a-z]")
MIN_STRENGTH = 0.5
HEADER = ("# word<TAB>valence (-4 … +4): derived from the VADER sentiment lexicon (C.J. Hutto, MIT licence) by "
          "tools/build_valence.py; English words only, |valence| >= 0.5. See NOTICE.md.\n")


def valences(lexicon_text: str) -> dict[str, float]:
    """The lexicon's words and their mean valences, as kept (see the module's docstring)."""
    kept = {}
    for line in lexicon_text.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not WORD.fullmatch(fields[0]):
            continue
        value = float(fields[1])
        if abs(value) >= MIN_STRENGTH:
            kept[fields[0]] = value
    return kept


def english(words: list[str]) -> set[str]:
    """The *words* that are English words: in the lemmatizer's WordNet index, themselves or by lemma."""
    nlp = load_nlp()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    known = {w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, [])}
    return {word for word, doc in zip(words, nlp.pipe(words)) if word in known or doc[0].lemma_.lower() in known}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="the vaderSentiment 3.3.2 wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    try:
        with zipfile.ZipFile(args.wheel) as wheel:
            text = wheel.read(LEXICON).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        print(f"build_valence: cannot read {LEXICON} from {args.wheel}: {exc}", file=sys.stderr)
        return 2
    kept = valences(text)
    words = english(sorted(kept))
    rows = "".join(f"{word}\t{value:g}\n" for word, value in sorted(kept.items()) if word in words)
    with atomic_write(args.out) as handle:
        handle.write(HEADER + rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
