"""Atomic file output: a reader never sees a half-written file."""
from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator


def _read_umask() -> int:
    # The only way to read the umask is to set it: done once at import, so no later thread sees it changed.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, *, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Write to a temporary file beside *path* and rename it over *path* on success.

    *mode* is ``"w"`` (text in *encoding*) or ``"wb"``. ``"-"`` writes to standard
    output instead. On any exception the temporary file is removed and *path* is
    left as it was. The file gets the usual permissions (``0666`` less the umask
    the process had when graphkit was imported), not ``mkstemp``'s ``0600``.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write mode must be 'w' or 'wb', not {mode!r}")
    if str(path) == "-":
        stream = sys.stdout.buffer if mode == "wb" else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # The binary file owns the descriptor from here on, so it is closed whatever fails next.
        with open(fd, "wb") as raw:
            os.fchmod(raw.fileno(), 0o666 & ~_UMASK)
            handle: IO = raw if mode == "wb" else io.TextIOWrapper(raw, encoding=encoding)
            yield handle
            handle.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
