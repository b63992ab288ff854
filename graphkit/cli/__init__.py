"""Command-line interface: thin typer commands over the library."""
from __future__ import annotations

import os
import sys

import typer
from rich.text import Text

from .app import app, err

# Each module registers its commands on the apps defined in .app.
from . import extract_cmd  # noqa: E402,F401
from . import evaluate_cmd  # noqa: E402,F401
from . import graph_cmd  # noqa: E402,F401
from . import query_cmd  # noqa: E402,F401
from . import analysis_cmd  # noqa: E402,F401
from . import diff_cmd  # noqa: E402,F401
from . import neo4j_cmd  # noqa: E402,F401
from . import train_cmd  # noqa: E402,F401


# A reader that stops early (`graphkit … | head`) is not an error: stop quietly with the status of a
# process ended by SIGPIPE, as Unix tools do. Not SIG_DFL itself: that would also kill the process when
# a Neo4j socket breaks, which must end in a clear error instead.
CLOSED_PIPE_STATUS = 128 + 13


class ClosedPipe(Exception):
    """Standard output's reader went away (not an OSError, so no command mistakes it for a write error)."""


class _GuardedStream:
    """``sys.stdout`` whose broken-pipe errors become :class:`ClosedPipe`."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, data):
        try:
            return self._stream.write(data)
        except BrokenPipeError as exc:
            raise ClosedPipe from exc

    def flush(self):
        try:
            return self._stream.flush()
        except BrokenPipeError as exc:
            raise ClosedPipe from exc

    @property
    def buffer(self):
        return _GuardedStream(self._stream.buffer) if hasattr(self._stream, "buffer") else None

    def __getattr__(self, name):
        return getattr(self._stream, name)


def main() -> None:
    """The ``graphkit`` command: every error is one line on stderr, with exit 1 (failure) or 2 (usage)."""
    sys.stdout = _GuardedStream(sys.stdout)
    try:
        code = app(standalone_mode=False)
    except ClosedPipe:
        # Later flushes (at exit too) must not complain about the pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())
        code = CLOSED_PIPE_STATUS
    except typer.TyperException as exc:  # usage errors (exit 2) and click's other one-line errors
        context = getattr(exc, "ctx", None)
        where = f" (see '{context.command_path} --help')" if context is not None and exc.exit_code == 2 else ""
        message = exc.format_message().replace("Value error, ", "").rstrip(".")  # pydantic's prefix says nothing
        err.print(Text.assemble(("error: ", "red"), message, where))
        code = exc.exit_code
    except typer.Abort:
        code = 130
    sys.exit(code or 0)
