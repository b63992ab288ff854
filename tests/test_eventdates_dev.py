"""Every item of the development set of dated sentences (tests/data/dates/dev.jsonl) through the real model.

The set was written to the conventions of docs/time.md by writers who never saw the resolver; the held-out
set (bench/dates/heldout.jsonl) is scored only by bench/date_accuracy.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.eventdates import event_date

DEV = Path(__file__).parent / "data" / "dates" / "dev.jsonl"
ITEMS = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_covers_every_kind():
    kinds = {item["kind"] for item in ITEMS}
    assert len(ITEMS) >= 100 and kinds == {"weekday", "relative", "absolute", "range", "none"}


@pytest.mark.parametrize("item", ITEMS, ids=[item["id"] for item in ITEMS])
def test_dev_item(nlp, item):
    doc = nlp(item["sentence"])
    assert event_date(doc[:], item["article_date"]) == (item["event_date"], item["precision"]), item["sentence"]
