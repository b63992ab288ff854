"""Shared fixtures: the real spaCy pipeline and hand-built parses for rule tests."""
from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from graphkit.types import Article


@pytest.fixture(scope="session")
def nlp():
    """The real model with graphkit's entity ruler (loaded once per test session)."""
    from graphkit.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def gazetteer():
    """The gazetteer of this process (the packaged one unless a test adds actors)."""
    from graphkit.gazetteer import load_gazetteer

    return load_gazetteer()


def names_table(doc: Doc, gazetteer):
    """The mention table after the first pass (names), which every later actor pass starts from."""
    from graphkit.actors import MentionTable
    from graphkit.actors.names import find_names

    names = find_names(doc, gazetteer)
    return MentionTable(doc, gazetteer, names.refs, names.named)


def doc_from_spec(vocab, spec: dict[str, Any]) -> Doc:
    """A ``Doc`` with a fixed parse, from a spec printed by ``tools/freeze_parse.py``."""
    words = spec["words"]
    iob = ["O"] * len(words)
    for start, end, label in spec.get("ents", []):
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    return Doc(vocab, words=words, spaces=spec.get("spaces"), heads=spec["heads"], deps=spec["deps"],
               pos=spec["pos"], tags=spec.get("tags"), lemmas=spec["lemmas"], ents=iob)


@pytest.fixture(scope="session")
def blank_vocab():
    """A blank English vocabulary: enough for hand-built parses, no model to load."""
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture
def parsed(blank_vocab):
    """Build a hand-parsed Doc on a blank English vocabulary: ``parsed(spec)``."""
    return lambda spec: doc_from_spec(blank_vocab, spec)


@pytest.fixture
def article():
    """An Article factory for extraction tests: ``article(text, doc_id="t1")``."""
    return lambda text, doc_id="t1", date="2024-06-18": Article(doc_id=doc_id, text=text, date=date)
