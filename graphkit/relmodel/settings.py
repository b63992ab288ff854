"""Which extractor a run uses, chosen once and passed to every process that parses."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from ..errors import GraphkitError
from ..types import Article, Triple
from .model import PACKAGED, PrecisionBarError, cached_model, packaged_model_available
from .modes import Extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc

TriplesOf = Callable[["Doc", Article], Iterable[Triple]]


# The extractor when none is asked for: the hybrid, since it beat the rules' typed and stance F1 on every
# held-out set and on the development set, at the rules' precision on news nobody tuned on (docs/model.md).
DEFAULT = Extractor.hybrid


@dataclass(frozen=True)
class RelationSettings:
    """Rules, model or both, the model's folder and its precision bar (picklable: worker processes get a
    copy). Without a folder the model shipped in the package is used; without one of those either, the
    rules alone. Without a bar, the thresholds the model was trained to use."""

    mode: Extractor = DEFAULT
    model_dir: str | None = None
    bar: float | None = None

    def triples_of(self) -> TriplesOf:
        """The function that turns one parsed article into its triples (loads the model once per process)."""
        from .hybrid import article_triples  # spaCy: only in processes that parse

        folder = model_folder(self.model_dir)
        model = cached_model(folder) if folder and self.mode is not Extractor.rules else None
        if model is not None and self.bar is not None:
            model = model.at_bar(self.bar)
        return lambda doc, article: article_triples(doc, article, model, self.mode)


def model_folder(model_dir: str | None) -> str | None:
    """*model_dir*, else the model shipped in the package, else None."""
    return model_dir or (str(PACKAGED) if packaged_model_available() else None)


def relation_settings(extractor: str | Extractor | None = None, model_dir: str | None = None,
                      bar: float | None = None) -> RelationSettings:
    """The settings for a run: *extractor* (default :data:`DEFAULT`) with the model in *model_dir*
    (default: the one shipped in the package) at precision bar *bar* (default: the model's own). A model
    or hybrid run without any model is an error, and so is a bar for the rules alone or one the model
    was not trained for; a damaged model raises :class:`~graphkit.relmodel.RelationModelError`."""
    mode = Extractor(extractor) if extractor is not None else DEFAULT
    folder = model_folder(model_dir)
    if mode is Extractor.rules:
        if bar is not None:
            raise PrecisionBarError("--model-precision sets the relation model's thresholds: "
                                    "it needs --extractor hybrid or model")
        return RelationSettings(mode)
    if folder is None:
        raise GraphkitError(f"--extractor {mode.value} needs a relation model: none is shipped with this "
                            "graphkit; train one with 'graphkit train' and pass --relation-model DIR")
    model = cached_model(folder)  # a missing or damaged model fails here, before any parsing
    if bar is not None:
        model.at_bar(bar)  # and so does a bar it was not trained for
    return RelationSettings(mode, folder, bar)
