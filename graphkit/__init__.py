"""graphkit: offline knowledge graphs from news — who supports, supplies, opposes or attacks whom.

The library API (the CLI is a thin layer over it)::

    import graphkit
    articles = graphkit.read_articles(["seeds/"])
    G = graphkit.build_graph(graphkit.extract(articles))
    for link in graphkit.supporters(G, "Russia", level="country"):
        print(link.subject, link.relation, link.count)
"""
from __future__ import annotations

# The one source of the version: pyproject.toml reads it from here (setuptools dynamic version).
__version__ = "0.2.0"

from typing import TYPE_CHECKING, Any

from .build import update_graph
from .changes import GraphDiff, diff, diff_periods
from .graph import build_graph, load_graph, merge, save_graph
from .ontology import RELATIONS, Relation
from .query import actor_profile, opposers, path, relations_between, resolve_actor, supporters
from .sources import read_articles
from .timeline import filter_graph, slice_graph
from .types import Actor, Article, Triple

if TYPE_CHECKING:
    from .pipeline import extract

__all__ = [
    "__version__", "Actor", "Article", "GraphDiff", "RELATIONS", "Relation", "Triple", "actor_profile", "build_graph",
    "diff", "diff_periods", "extract", "filter_graph", "load_graph", "merge", "opposers", "path", "read_articles",
    "relations_between", "resolve_actor",
    "save_graph", "slice_graph", "supporters", "update_graph",
]


def __getattr__(name: str) -> Any:
    """``graphkit.extract`` on first use (PEP 562): it imports spaCy, which query and viz never need."""
    if name == "extract":
        from .pipeline import extract
        globals()["extract"] = extract  # later lookups skip this hook
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
