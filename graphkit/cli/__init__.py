"""Command-line interface: thin typer commands over the library."""
from __future__ import annotations

from .app import app

# Each module registers its commands on the apps defined in .app.
from . import extract_cmd  # noqa: E402,F401
from . import evaluate_cmd  # noqa: E402,F401
from . import graph_cmd  # noqa: E402,F401
from . import query_cmd  # noqa: E402,F401
from . import analysis_cmd  # noqa: E402,F401
from . import neo4j_cmd  # noqa: E402,F401


def main() -> None:
    app()
