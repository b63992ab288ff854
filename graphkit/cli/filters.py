"""`--since/--until/--min-confidence`: one set of graph filters for the commands that ask, draw or export a graph.

A command decorated with :func:`graph_filters` gets the three options (same names, help and checks
everywhere) and receives them as one :class:`GraphFilters` argument named ``filters``; it loads its graph
with ``filters.load(path)``. Adding the filters to a new command is one line, and they cannot drift apart.
The library equivalent is :func:`graphkit.timeline.filter_graph`.
"""
from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Callable, Optional, TypeVar

import networkx as nx
import typer

from ..graph import load_graph
from ..timeline import PERIOD_FORMS, between, filter_graph, parse_period
from .app import fail

Command = TypeVar("Command", bound=Callable[..., Any])


def _check_period(value: Optional[str]) -> Optional[str]:
    """A period the option can use, or a usage error (exit 2) saying why not."""
    if value is not None:
        try:
            parse_period(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", metavar="PERIOD", callback=_check_period,
    help=f"Only evidence dated from the start of PERIOD on ({PERIOD_FORMS}).")]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", metavar="PERIOD", callback=_check_period,
    help=f"Only evidence dated up to the end of PERIOD ({PERIOD_FORMS}).")]
MinConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0, metavar="P",
    help="Only relations at least this confident (0-1; a relation's confidence combines its sentences').")]


@dataclass(frozen=True)
class GraphFilters:
    """The filters one command run was given (all ``None``: the whole graph)."""

    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None

    @property
    def active(self) -> bool:
        return self.since is not None or self.until is not None or bool(self.min_confidence)

    def apply(self, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
        return filter_graph(G, since=self.since, until=self.until, min_confidence=self.min_confidence)

    def load(self, path: str | Path) -> nx.MultiDiGraph:
        """The graph file at *path*, filtered (library errors propagate for the command to report)."""
        return self.apply(load_graph(path))

    def describe(self) -> str:
        """A short label of the active filters for titles ("" when none)."""
        parts = []
        if self.since is not None or self.until is not None:
            parts.append(between(self.since, self.until).label())
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        return ", ".join(parts)

    def titled(self, title: str) -> str:
        """*title* of a table, with the active filters in brackets: what the table is an answer about."""
        return f"{title} ({self.describe()})" if self.active else title


def graph_filters(command: Command) -> Command:
    """Give *command* the filter options; it must take a ``filters: GraphFilters`` parameter.

    typer reads a command's options from its signature, so the wrapper shows typer the command's own
    parameters with ``filters`` replaced by the three options, and folds them back into one value.
    """
    own = inspect.signature(command, eval_str=True)
    if "filters" not in own.parameters:
        raise TypeError(f"{command.__name__} must take a 'filters' parameter")
    options = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
               for name, kind in (("since", SinceOpt), ("until", UntilOpt), ("min_confidence", MinConfidenceOpt))]
    parameters = [p for p in own.parameters.values() if p.name != "filters"] + options

    @functools.wraps(command)
    def with_filters(*args: Any, since: str | None = None, until: str | None = None,
                     min_confidence: float | None = None, **kwargs: Any) -> Any:
        period = between(since, until)
        if period.start and period.end and period.start > period.end:
            fail(f"--since {since} starts after --until {until} ends", 2)
        return command(*args, filters=GraphFilters(since, until, min_confidence), **kwargs)

    with_filters.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]
    with_filters.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_filters  # type: ignore[return-value]
