"""Atomic file output: a reader never sees a half-written file."""
from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
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
    left as it was. A new file gets the usual permissions (``0666`` less the umask
    the process had when graphkit was imported), not ``mkstemp``'s ``0600``; a file
    that is replaced keeps its own. Only regular files are written: a device, FIFO
    or socket at *path* raises :class:`OSError` and is left alone (renaming over
    ``/dev/null`` would replace the system's node). Temporary files that a killed
    run left beside *path* are removed.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write mode must be 'w' or 'wb', not {mode!r}")
    if str(path) == "-":
        stream = sys.stdout.buffer if mode == "wb" else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    permissions = _permissions_for(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_orphans(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    try:
        # The binary file owns the descriptor from here on, so it is closed whatever fails next.
        with open(fd, "wb") as raw:
            os.fchmod(raw.fileno(), permissions)
            handle: IO = raw if mode == "wb" else io.TextIOWrapper(raw, encoding=encoding)
            yield handle
            handle.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def check_writable_target(path: str | os.PathLike) -> None:
    """Raise :class:`OSError` unless *path* is ``-``, missing, or a regular file (symlinks followed)."""
    if str(path) != "-":
        _permissions_for(Path(path))


def _permissions_for(target: Path) -> int:
    """The mode the written file gets; raises for a target that is not a regular file."""
    try:
        info = target.stat()
    except (FileNotFoundError, NotADirectoryError):  # a new file (a parent that is a file fails later, clearly)
        return 0o666 & ~_UMASK
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file (graphkit writes regular files, or - for stdout)", str(target))
    return stat.S_IMODE(info.st_mode)


def _remove_orphans(target: Path) -> None:
    """Remove ``.NAME.PID.xxxx.tmp`` files beside *target* whose process is gone (a killed run's leftovers)."""
    prefix = f".{target.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(".tmp")):
                continue
            pid = name[len(prefix):].split(".", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


@contextlib.contextmanager
def exclusive(path: str | os.PathLike) -> Iterator[None]:
    """Hold an exclusive lock on *path* (through ``.NAME.lock`` beside it) for a read-modify-write.

    Two runs that update the same graph in place then take turns: the second reads what the first
    wrote, so neither loses the other's articles. The lock is released when the process ends, however
    it ends; the empty lock file stays (removing it would let a third run lock a different file).
    """
    import fcntl  # POSIX only, and only needed by in-place updates

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{target.name}.lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
