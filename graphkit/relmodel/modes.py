"""Who finds the relations: a name shared by the settings, the hybrid extractor and the CLI."""
from __future__ import annotations

import enum


class Extractor(str, enum.Enum):
    """The rules, the relation model, or the rules with the model beside them."""

    rules = "rules"
    model = "model"
    hybrid = "hybrid"
