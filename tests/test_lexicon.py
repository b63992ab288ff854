"""The trigger lexicon: one file per relation, each word in one relation only."""
from __future__ import annotations

import pytest

from graphkit.errors import GraphkitError
from graphkit.triggers import NOUNS, PREP_VERBS, VERBS, load_lexicon


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
