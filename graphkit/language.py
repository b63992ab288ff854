"""Which language an article is in, so that articles the spaCy model cannot read are skipped, not misread.

Identification is py3langid's (BSD; its naive Bayes model ships inside the package, ~1.7 ms for a 2,500-character
article). It is used conservatively: a text shorter than :data:`MIN_CHARS` is never judged (a few names and
numbers look like any language), and an article is skipped only when another language wins with probability
:data:`MIN_PROBABILITY` or more. The language wanted is the spaCy model's own (``en`` by default).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .types import Article, Skipped

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

MIN_CHARS = 200
MIN_PROBABILITY = 0.9
SAMPLE_CHARS = 5000  # the start of a long article says enough
# English's commonest function words: at least a fifth of the words of any English article (the lowest
# in the corpus, seeds and held-out sets is 0.24), at most a tenth of French, German, Dutch, Spanish or
# Italian news (0.04-0.08). A text this English is passed without loading py3langid, whose model costs
# about 90 MB of memory: most runs read English only, and never pay for it.
ENGLISH_WORDS = frozenset("""the of and to in a is that for on with as was by it said from at are be has
    have its which were will would not an but this their they who had been""".split())
ENGLISH_SHARE = 0.2
MIN_WORDS = 40
NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
         "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "ar": "Arabic", "zh": "Chinese",
         "ja": "Japanese", "ko": "Korean", "tr": "Turkish", "fa": "Persian", "he": "Hebrew", "el": "Greek"}


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads a 4 MB model: only when asked

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) of *text*'s language, or None when the text is too short to judge."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    code, probability = _identifier().classify(sample)
    return code, probability


def reads_as_english(text: str) -> bool:
    """Whether *text* is plainly English by its function words (False means: ask py3langid)."""
    words = re.findall(r"[a-z]+", text[:SAMPLE_CHARS].lower())
    return len(words) >= MIN_WORDS and sum(w in ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def name(code: str) -> str:
    return NAMES.get(code, code)


def model_language(model: str | None) -> str:
    """The language code of spaCy *model* (default: the model extraction would use), from its package meta."""
    import json
    from importlib import resources

    from .nlp import resolve_model

    package = resolve_model(model)
    try:
        meta = json.loads((resources.files(package) / "meta.json").read_text(encoding="utf-8"))
        return str(meta["lang"])
    except (OSError, ValueError, KeyError, TypeError, ModuleNotFoundError):
        return package.split("_", 1)[0]  # spaCy's naming convention: <lang>_<type>_<genre>_<size>


class LanguageFilter:
    """Passes the articles in the model's language; reports each other one once, and counts them by language."""

    def __init__(self, model: str | None = None, on_skip: Callable[[Skipped], None] | None = None):
        self._model = model
        self._report = on_skip or (lambda _skipped: None)
        self._wanted: str | None = None
        self.skipped: Counter[str] = Counter()

    @property
    def wanted(self) -> str:
        if self._wanted is None:  # resolved at the first article: nothing to read, no model looked up
            self._wanted = model_language(self._model)
        return self._wanted

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if self.wanted == "en" and reads_as_english(article.text):
                yield article
                continue
            found = detect(article.text)
            if found is None or found[0] == self.wanted or found[1] < MIN_PROBABILITY:
                yield article
                continue
            self.skipped[found[0]] += 1
            self._report(Skipped(article.source or article.doc_id,
                                 f"in {name(found[0])} ({found[0]}), not {name(self.wanted)}: the spaCy model "
                                 f"reads {self.wanted} only (--model with a {found[0]} model reads it)"))


def in_model_language(articles: Iterable[Article], model: str | None,
                      on_skip: Callable[[Skipped], None] | None = None, check: bool = True) -> Iterable[Article]:
    """*articles* less those in another language than *model*'s, each reported to *on_skip* (all of them
    when not *check*): the language check of :func:`graphkit.pipeline.extract` and
    :func:`graphkit.distributed.extract_to_shards`."""
    return LanguageFilter(model, on_skip)(articles) if check else articles
