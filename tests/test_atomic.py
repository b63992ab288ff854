"""graphkit.atomic.atomic_write: permissions from the umask, nothing half-written, nothing left behind."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from graphkit.atomic import atomic_write


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_mode_follows_the_umask(tmp_path, umask, expected):
    # The umask is read once when graphkit.atomic is imported, so each umask needs its own process.
    target = tmp_path / "out.txt"
    code = ("import os, sys; os.umask(int(sys.argv[2], 8)); from graphkit.atomic import atomic_write\n"
            "with atomic_write(sys.argv[1]) as f: f.write('hello')")
    subprocess.run([sys.executable, "-c", code, str(target), oct(umask)[2:]], check=True)
    assert target.read_text(encoding="utf-8") == "hello"
    assert stat.S_IMODE(target.stat().st_mode) == expected


def test_binary_and_text_content(tmp_path):
    with atomic_write(tmp_path / "a.bin", mode="wb") as f:
        f.write(b"\x00\x01")
    with atomic_write(tmp_path / "sub" / "b.txt") as f:  # the parent is created
        f.write("Kyiv – Київ")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "sub" / "b.txt").read_text(encoding="utf-8") == "Kyiv – Київ"
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "sub") == []


def test_failure_leaves_target_untouched(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="boom"):
        with atomic_write(target) as f:
            f.write("half of the new content")
            raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_failure_before_first_write_creates_nothing(tmp_path):
    target = tmp_path / "new.json"
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(target):
            raise KeyboardInterrupt
    assert not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to count open descriptors")
def test_bad_encoding_leaks_no_descriptor(tmp_path):
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(5):
        with pytest.raises(LookupError):
            with atomic_write(tmp_path / "x.txt", encoding="no-such-codec"):
                pass
    assert len(os.listdir("/proc/self/fd")) == before
    assert not (tmp_path / "x.txt").exists()
    assert leftovers(tmp_path) == []


def _special_files(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    nodes = [fifo]
    try:  # a null-like character device of our own, in the test's folder (needs root)
        os.mknod(tmp_path / "dev", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        nodes.append(tmp_path / "dev")
    except PermissionError:
        pass
    return nodes


def test_special_files_are_never_replaced(tmp_path):
    for node in _special_files(tmp_path):
        kind = stat.S_IFMT(node.lstat().st_mode)
        with pytest.raises(OSError, match="not a regular file"):
            with atomic_write(node) as handle:
                handle.write("x")
        assert stat.S_IFMT(node.lstat().st_mode) == kind
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("old")
    target.chmod(0o600)
    with atomic_write(target) as handle:
        handle.write("new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_leftovers_of_a_killed_run_are_removed(tmp_path):
    target = tmp_path / "graph.json"
    proc = subprocess.Popen(["true"])  # a process that has ended: no one writes its temporary file
    proc.wait()
    orphan = tmp_path / f".graph.json.{proc.pid}.abcd.tmp"
    orphan.write_text("half")
    live = tmp_path / f".graph.json.{os.getpid()}.efgh.tmp"  # this process: still writing, must stay
    live.write_text("busy")
    with atomic_write(target) as handle:
        handle.write("done")
    assert not orphan.exists() and live.exists() and target.read_text() == "done"
