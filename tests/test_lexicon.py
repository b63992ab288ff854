"""The trigger lexicon: one file per relation, each word in one relation only."""
from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.triggers import LEXICON_DIR, NOUNS, PREP_VERBS, VERBS, load_lexicon


def test_tables_are_read_from_the_relation_files():
    assert VERBS["praise"] == "SUPPORTS" and VERBS["shell"] == "ATTACKS"
    assert PREP_VERBS[("side", "with")] == "SUPPORTS"
    assert NOUNS["sanctions"] == "SANCTIONS"


def test_a_word_in_two_relations_is_an_error(tmp_path):
    (tmp_path / "supports.txt").write_text("[verbs]\n# praise\nhail\n", encoding="utf-8")
    (tmp_path / "opposes.txt").write_text("[verbs]\nhail\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match="already a SUPPORTS trigger"):
        load_lexicon(tmp_path)


def test_unknown_section_is_an_error(tmp_path):
    (tmp_path / "meets.txt").write_text("[verbz]\nmeet\n", encoding="utf-8")
    with pytest.raises(GraphkitError, match=r"meets.txt:1: unknown section \[verbz\]"):
        load_lexicon(tmp_path)


# ---- The files' layout: words come in commented families (the issue's "each list commented").
# In a section, blank lines split the lines into blocks. The block of the "[section]" header holds
# only comments (what the section is for). Every other block is one family: exactly one comment line
# saying what unites its words, then one or more lines of words, and no further comment.

def _blocks(path):
    """(section, line number of the block's first line, its lines) for every block of *path*."""
    section, block, start = None, [], 0
    for lineno, raw in enumerate([*path.read_text(encoding="utf-8").splitlines(), ""], 1):
        line = raw.strip()
        if line:
            if not block:
                start = lineno
            block.append(line)
            continue
        if block:
            if block[0].startswith("["):
                section = block[0].strip("[]").strip()
            yield section, start, block
        block = []


def _layout_errors(path):
    errors = []
    for section, start, block in _blocks(path):
        words = [line for line in block if not line.startswith(("#", "["))]
        if block[0].startswith("["):
            if words:
                errors.append(f"{path.name}:{start}: words in the [{section}] header block; start a family")
        elif section is not None and words:
            if not block[0].startswith("#"):
                errors.append(f"{path.name}:{start}: a family of [{section}] without its comment line")
            elif any(line.startswith("#") for line in block[1:]):
                errors.append(f"{path.name}:{start}: a family of [{section}] has more than one comment line")
    return errors


def _lexicon_files():
    files = sorted(LEXICON_DIR.glob("*.txt"))
    assert files, f"no lexicon files in {LEXICON_DIR}"
    return files


def test_every_family_of_words_has_one_comment_line():
    errors = [e for path in _lexicon_files() for e in _layout_errors(path)]
    assert errors == []


def test_the_layout_check_finds_an_uncommented_family(tmp_path):
    path = tmp_path / "meets.txt"
    path.write_text("[verbs]\n# what the section is\n\n# meeting\nmeet\n\nconfer\n\n[nouns]\n# nouns\ntalks\n",
                    encoding="utf-8")
    assert [e.split(": ", 1)[1] for e in _layout_errors(path)] == [
        "a family of [verbs] without its comment line", "words in the [nouns] header block; start a family"]


def test_no_word_is_listed_twice_in_a_section():
    for path in _lexicon_files():
        seen: dict[str, set] = {}
        for section, start, block in _blocks(path):
            for line in block:
                if line.startswith(("#", "[")):
                    continue
                words = [line] if section == "verb prepositions" else line.split("#", 1)[0].split()
                for word in words:
                    assert word not in seen.setdefault(section, set()), f"{path.name}: {word!r} twice in [{section}]"
                    seen[section].add(word)
