"""Exceptions the library raises; the CLI turns each into one clean line."""
from __future__ import annotations


# The name on the package index ("graphkit" there is an unrelated project); install hints must use it.
DISTRIBUTION = "graphkit-news"


def install_hint(extra: str) -> str:
    """The command that installs an optional extra, ready to paste into a shell."""
    return f"pip install '{DISTRIBUTION}[{extra}]'"


class GraphkitError(Exception):
    """Base class: a user-facing problem with a one-line message."""


class ModelError(GraphkitError):
    """No usable spaCy model."""


class GraphFileError(GraphkitError):
    """A graph file is missing, unreadable or not a graphkit graph."""


class PeriodError(GraphkitError, ValueError):
    """A date, period or range of periods that cannot be read (a ValueError too, as bad values are)."""


class UnknownActorError(GraphkitError):
    """A query named an actor the graph does not hold."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown actor {name!r}.{hint}")


class Neo4jError(GraphkitError):
    """Neo4j unreachable, authentication failed, or a query failed."""
