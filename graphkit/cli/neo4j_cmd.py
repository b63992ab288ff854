"""`graphkit neo4j push GRAPH` and `graphkit neo4j query NAME`: thin wrappers over graphkit.neo4j.

Connection options also come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.
"""
from __future__ import annotations

import contextlib
import json
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Any, Iterator, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import GraphkitError, install_hint
from ..graph import load_graph
from ..neo4j_values import OUT_OF_RANGE, parameter_problem
from .app import OutputFormat, QuietOpt, err, fail, neo4j_app, out, print_json, shown

if TYPE_CHECKING:
    from ..neo4j import OnProgress

# graphkit.neo4j's defaults, repeated because that module needs the optional driver (a test keeps them equal).
DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"

UriOpt = Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help="Bolt URI of the server.")]
UserOpt = Annotated[str, typer.Option("--user", envvar="NEO4J_USERNAME", help="Neo4j user.")]
PasswordOpt = Annotated[Optional[str], typer.Option(
    "--password", envvar="NEO4J_PASSWORD", show_default=False,
    help="Neo4j password (prefer the environment variable; the dev server's is graphkit-dev-password).")]
DatabaseOpt = Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help="Database name.")]

# The driver logs connection failures itself; the commands report them as one line instead.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


@neo4j_app.command("push")
def push_command(
    graph: Annotated[Path, typer.Argument(help="Graph file from 'graphkit build'.", metavar="GRAPH")],
    uri: UriOpt = DEFAULT_URI,
    user: UserOpt = DEFAULT_USER,
    password: PasswordOpt = None,
    database: DatabaseOpt = DEFAULT_DATABASE,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per transaction.")] = 1000,
    replace: Annotated[bool, typer.Option("--replace", help="First delete everything graphkit wrote before "
                                                            "(other data is left alone).")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Write the graph to Neo4j (idempotent: pushing again changes nothing, a bigger graph adds what is new)."""
    api = _neo4j_api()
    secret = _password(password)
    try:
        G = load_graph(graph)
        with _progress(quiet) as on_progress:
            summary = api.push(G, uri=uri, user=user, password=secret, database=database,
                               batch_size=batch_size, replace=replace, on_progress=on_progress)
    except GraphkitError as exc:
        fail(str(exc))
    if not quiet:
        deleted = f"deleted {summary.deleted} old nodes; " if replace else ""
        err.print(f"{deleted}pushed {summary.actors} actors, {summary.relationships} relations, {summary.articles} "
                  f"articles ({summary.mentions} mentions) in {summary.batches} batches to {summary.uri} "
                  f"database {summary.database} in {summary.seconds:.1f}s; new: {summary.nodes_created} nodes, "
                  f"{summary.relationships_created} relationships", markup=False, highlight=False)


@neo4j_app.command("query")
def query_command(
    name: Annotated[str, typer.Argument(help="A statement in cypher/ (file name without .cypher), e.g. "
                                             "supporters, opposers, relations_between, path, actor, "
                                             "alliance_edges, stats.", metavar="NAME")],
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", help="key=value, repeatable; the value is read as JSON when it parses "
                              "(10, true, [\"a\"]), else as text.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table for people, json for machines.")]
    = OutputFormat.table,
    uri: UriOpt = DEFAULT_URI,
    user: UserOpt = DEFAULT_USER,
    password: PasswordOpt = None,
    database: DatabaseOpt = DEFAULT_DATABASE,
) -> None:
    """Run one of the cypher/ statements (read-only) and print its rows."""
    parameters = _parameters(param or [])
    api = _neo4j_api()
    secret = _password(password)
    try:
        rows = api.run_statement(name, parameters, uri=uri, user=user, password=secret, database=database)
    except GraphkitError as exc:
        fail(str(exc))
    if fmt is OutputFormat.json:
        print_json(rows)
        return
    if not rows:
        out.print(shown(f"{name}: no rows"))
        return
    table = Table(title=shown(name), title_justify="left")
    for column in rows[0]:
        table.add_column(shown(column), overflow="fold")
    for row in rows:
        table.add_row(*(shown(_cell(value)) for value in row.values()))
    out.print(table)


def _neo4j_api() -> ModuleType:
    """graphkit.neo4j, imported on use: the rest of the CLI works without the optional driver."""
    try:
        from .. import neo4j as graphkit_neo4j
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] != "neo4j":
            raise
        fail(f"the neo4j driver is not installed: {install_hint('neo4j')}")
    return graphkit_neo4j


def _password(password: str | None) -> str:
    if not password:
        fail("no Neo4j password: set NEO4J_PASSWORD or pass --password")
    return password


def _parameters(pairs: list[str]) -> dict[str, Any]:
    """``key=value`` options as a dict; values are JSON when they parse, text otherwise."""
    parameters: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            fail(f"--param expects key=value, got {pair!r}", 2)
        if key in parameters:
            fail(f"--param {key} given twice", 2)
        try:
            parameters[key] = json.loads(value)
        except (ValueError, RecursionError):  # not JSON, an integer too long to read, or nested too deeply
            parameters[key] = value
        problem = parameter_problem(key) or parameter_problem(parameters[key])
        if problem:
            hint = " (quote it to pass text)" if problem == OUT_OF_RANGE else ""
            fail(f"--param {key} is {problem}{hint}", 2)
    return parameters


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value)


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[OnProgress | None]:
    """A row-count progress bar on a terminal, unless *quiet*."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    with Progress(TextColumn("pushing"), BarColumn(), MofNCompleteColumn(), TextColumn("rows"),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("push", total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)

