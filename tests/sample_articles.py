"""Short articles written for the pipeline tests (not real news): each states at least one relation."""
from __future__ import annotations

from graphkit.types import Article

TEXTS = [
    "Germany sent air-defence systems to Ukraine on Monday. Russia condemned the delivery.",
    "Japan and Australia signed a defence pact in Tokyo. China criticised the agreement.",
    "The United States imposed sanctions on Iran. Tehran threatened Washington with retaliation.",
    "Poland thanked Britain for its support. Belarus accused Poland of provoking the crisis.",
    "India praised France for the new fighter jets. Pakistan warned India against any strike.",
]


def sample_articles(prefix: str) -> list[Article]:
    """The texts as articles with ids ``<prefix>0`` … and distinct dates."""
    return [Article(doc_id=f"{prefix}{i}", text=text, date=f"2024-05-0{i + 1}") for i, text in enumerate(TEXTS)]
