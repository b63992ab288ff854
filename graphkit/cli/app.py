"""The typer applications and the helpers every command shares.

Command modules register themselves on these apps; this is the only package
that prints.
"""
from __future__ import annotations

from enum import Enum
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text

app = typer.Typer(
    name="graphkit",
    help="Offline knowledge graphs from news: who supports, supplies, opposes or attacks whom.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
query_app = typer.Typer(help="Ask the graph: supporters, opposers, relations, paths, actors, blocs.", no_args_is_help=True)
neo4j_app = typer.Typer(help="Push the graph to Neo4j and run the cypher/ queries.", no_args_is_help=True)
app.add_typer(query_app, name="query")
app.add_typer(neo4j_app, name="neo4j")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


class Level(str, Enum):
    actor = "actor"
    country = "country"


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clean error line and exit non-zero."""
    err.print(Text.assemble(("error: ", "red"), message))
    raise typer.Exit(code)


def warn(message: str) -> None:
    err.print(Text.assemble(("skipped: ", "yellow"), message))
