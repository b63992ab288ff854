"""The typer applications and the helpers every command shares.

Command modules register themselves on these apps; this is the only package
that prints.
"""
from __future__ import annotations

import json
import os
import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from .. import __version__
from ..atomic import check_writable_target
from ..errors import GraphkitError
from ..query import LEVELS

if TYPE_CHECKING:
    from ..relmodel.settings import RelationSettings

app = typer.Typer(
    name="graphkit",
    help="Offline knowledge graphs from news: who supports, supplies, opposes or attacks whom.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
query_app = typer.Typer(help="Ask the graph: supporters, opposers, relations, paths, actors, blocs.", no_args_is_help=True)
neo4j_app = typer.Typer(help="Push the graph to Neo4j and run the cypher/ queries.", no_args_is_help=True)
app.add_typer(query_app, name="query")
app.add_typer(neo4j_app, name="neo4j")



def _print_version(value: bool) -> None:
    if value:
        out.print(f"graphkit {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print graphkit's version and exit."),
) -> None:
    """Offline knowledge graphs from news: who supports, supplies, opposes or attacks whom."""


out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


# Built from the library's list so a new level reaches every command at once.
Level = Enum("Level", {name: name for name in LEVELS}, type=str)  # type: ignore[misc]

class ExtractorChoice(str, Enum):
    rules = "rules"
    model = "model"
    hybrid = "hybrid"


ExtractorOpt = Annotated[Optional[ExtractorChoice], typer.Option(
    "--extractor", help="hybrid (default): rules first, the relation model adds where they are silent and "
                        "vetoes; rules: the rules alone (faster); model: the model alone.")]
RelationModelOpt = Annotated[Optional[Path], typer.Option(
    "--relation-model", help="A relation model folder from 'graphkit train' (default: the shipped model).")]
ModelPrecisionOpt = Annotated[Optional[float], typer.Option(
    "--model-precision", min=0.0, max=1.0,
    help="How precise the model's additions must have been on held-out articles: lower finds more "
         "relations, less surely (0.50 … 0.90 by 0.05; default: the model's own; the shipped model's is "
         "0.65). See docs/model.md.")]

ActorsOpt = Annotated[Optional[Path], typer.Option(
    "--actors", help="Your own actors (CSV or JSON: name, type, aliases, country, role), added to the "
                     "gazetteer for this run; later entries win. See docs/actors.md.", metavar="FILE")]

QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, summary line or per-item notices "
                                        "(actors:, renamed:, skipped:); errors, and how many items were skipped, "
                                        "still show.")]

TABLE_ROWS = 20  # default rows in a table; JSON gets everything unless --limit is given


# Characters that can move the cursor, retitle or clear a terminal, or hide or reorder text: C0/C1 controls
# (tab and newline kept), zero-width characters and bidirectional overrides. Articles are untrusted.
# Also lone surrogates (a file name or argument that is not UTF-8): stdout could not encode them.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                     "\ud800-\udfff]")


def neutralised(text: object) -> str:
    """*text* with every unsafe character written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


def shown(text: object) -> str:
    """Text from articles or graph files, safe to print in rich markup: neutralised and markup escaped."""
    return escape(neutralised(text))


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clean error line and exit non-zero."""
    err.print(Text.assemble(("error: ", "red"), neutralised(message)))
    raise typer.Exit(code)


def warn(message: str, label: str = "skipped") -> None:
    """Print one "label: message" line on stderr (an input skipped, an article renamed, an actor taken over)."""
    err.print(Text.assemble((f"{label}: ", "yellow"), neutralised(message)))


def print_json(data: Any) -> None:
    """Print *data* as indented JSON on stdout (values JSON cannot hold, like Neo4j dates, as text)."""
    out.print(json.dumps(data, indent=1, ensure_ascii=False, default=str), markup=False, highlight=False, emoji=False)


def relation_choice(extractor: ExtractorChoice | None, relation_model: Path | None,
                    model_precision: float | None = None) -> "RelationSettings":
    """The run's extractor settings; a missing or damaged model fails here, before any parsing, and so
    does a precision bar the run cannot use (a usage error: exit 2)."""
    from ..relmodel.model import PrecisionBarError
    from ..relmodel.settings import relation_settings

    try:
        return relation_settings(extractor.value if extractor else None,
                                 str(relation_model) if relation_model is not None else None, model_precision)
    except PrecisionBarError as exc:
        fail(str(exc), 2)
    except GraphkitError as exc:
        fail(str(exc))


def add_actors(path: Path | None, *, quiet: bool) -> None:
    """Put the actors of *path* in front of the gazetteer for this run, reporting what they take over."""
    if path is None:
        return
    from ..gazetteer import use_actors
    from ..user_actors import read_actors

    try:
        conflicts = use_actors(read_actors(path))
    except GraphkitError as exc:
        fail(str(exc))
    if not quiet:
        for conflict in conflicts:
            warn(conflict, "actors")


def check_output_path(path: str | Path, *, directory: bool = False) -> None:
    """Fail before any work when *path* cannot be written: a directory where a file is expected (or the
    reverse), or a missing parent that cannot be created. ``-`` (stdout) passes."""
    if str(path) == "-":
        return
    target = Path(path)
    if target.exists() and target.is_dir() != directory:
        fail(f"cannot write {target}: {'not a directory' if directory else 'it is a directory'}")
    if not directory:
        try:
            check_writable_target(target)
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror}")
    parent = next(p for p in target.absolute().parents if p.exists())  # the root always exists
    if not parent.is_dir():
        fail(f"cannot write {target}: {parent} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        fail(f"cannot write {target}: {parent} is not writable")
