"""Progress and summary for commands that read articles."""
from __future__ import annotations

import contextlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..types import Article, Skipped
from .app import err, neutralised, warn


@dataclass
class RunStats:
    """Counts shown in the summary line; the callbacks feed the progress bar.

    Under --quiet the per-item notices and the summary are not printed, but the count of what was
    left out is (:meth:`print_summary`): a quiet run never loses articles silently.
    """

    quiet: bool = False
    articles: int = 0
    skipped: int = 0
    triples: int = 0
    actors: set[str] = field(default_factory=set)
    ignored: Counter[str] = field(default_factory=Counter)  # parts of kept articles left out ("date")
    _progress: Progress | None = None
    _task: int | None = None

    def on_skip(self, skipped: Skipped) -> None:
        if skipped.part is None:
            self.skipped += 1
        else:
            self.ignored[skipped.part] += 1
        if not self.quiet:
            warn(str(skipped))

    def ignored_note(self) -> str:
        """The summary's note on parts of kept articles left out (", dates ignored 3"), else nothing."""
        return "".join(f", {part}s ignored {n}" for part, n in sorted(self.ignored.items()))

    def on_article(self, article: Article, n_triples: int) -> None:
        self.articles += 1
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, description=f"{article.doc_id[:40]}")

    def on_articles(self, n: int, label: str) -> None:
        """Count *n* articles finished together (a distributed partition)."""
        self.articles += n
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=n, description=label)

    def summary(self) -> str:
        parts = [f"articles read {self.articles}", f"skipped {self.skipped}"]
        return ", ".join(parts) + self.ignored_note() + f"; triples {self.triples}; actors {len(self.actors)}"

    def print_summary(self, line: str, breakdown: str = "") -> None:
        """The run's summary *line* on stderr; under --quiet, only what was left out (skipped articles,
        with their *breakdown*, and ignored parts), when anything was."""
        if self.quiet:
            if not self.skipped and not self.ignored:
                return
            line = f"skipped {self.skipped}{breakdown}{self.ignored_note()}; run without -q for the reasons"
        err.print(neutralised(line), markup=False, highlight=False)


@contextlib.contextmanager
def tracked(quiet: bool) -> Iterator[RunStats]:
    """A :class:`RunStats` whose progress bar shows on a terminal unless *quiet* (which also hides notices)."""
    stats = RunStats(quiet=quiet)
    if quiet or not sys.stderr.isatty():
        yield stats
        return
    with Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), BarColumn(),
                  TextColumn("{task.description}"), TimeElapsedColumn(), console=err, transient=True) as progress:
        stats._progress = progress
        stats._task = progress.add_task("", total=None)
        yield stats
