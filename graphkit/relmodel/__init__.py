"""A learned relation model beside the rules.

``candidates`` (every ordered actor pair of a sentence) → ``features`` (what the parse says of a pair)
→ ``model`` (a calibrated linear scorer per relation, numpy only) → ``hybrid`` (rules first, the model
adds and vetoes). ``gold`` turns annotated articles into labelled candidates and ``train`` fits a model
from them (scikit-learn, the ``train`` extra).
"""
from __future__ import annotations

from .model import (PACKAGED, PrecisionBarError, RelationModel, RelationModelError, cached_model, load_model,
                    packaged_model_available)
from .settings import Extractor, RelationSettings, relation_settings

__all__ = ["Extractor", "PACKAGED", "PrecisionBarError", "RelationModel", "RelationModelError", "RelationSettings",
           "cached_model", "load_model", "packaged_model_available", "relation_settings"]
