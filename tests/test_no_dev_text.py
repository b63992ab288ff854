"""No text of the development set in the project.

The development set (``../shared/eval/dev/texts`` beside the repository, or ``$GRAPHKIT_DEV_TEXTS``) is
copyrighted news kept for scoring only: the project must never copy or paraphrase it, in code, tests,
comments or docs. This guard compares 7-word runs (lowercased ``\\w+`` words) of every dev text with the
project's text files and fails on any shared run, naming the file and the repo's phrase. A run that is
also in the seed article (the dev text shipped in ``seeds/``) is the project's own input and allowed.

The training corpus (``training/``) and the held-out sets (``bench/heldout*``) are written by independent
writers, and news has stock phrases any writer uses (an official's full title, "said in a statement"),
so there only 10-word runs fail and shorter shared runs are reported as a warning. The test is skipped where
the dev folder is absent; it never writes or prints dev text (a reported phrase is the repo file's own).
"""
from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRICT_WORDS, LOOSE_WORDS = 7, 10
WORD = re.compile(r"\w+")

# What is checked, relative to the repository root: the top-level files, these folders, and the
# writers' folders (training/, and under bench/ any folder or file named heldout*) by the looser rule.
STRICT_DIRS = ("graphkit", "tests", "docs", "tools", "notebooks", "examples", "cypher", "seeds", "bench", ".ci",
               "neo4j-server/src")
LOOSE_DIRS = ("training",)
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ipynb_checkpoints", "target", "build", "out"}

def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


def shingles(words: list[str], n: int) -> set[str]:
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def _strings(value, notebook: bool) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    elif notebook and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ["".join(value)]  # a notebook cell's source, one line a string
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, notebook)]
    return []


def file_texts(path: Path) -> list[list[str]]:
    """The words of a text file, as one list, or one list per string of a JSON file (so that escapes do not
    split words and a run does not join two strings); nothing for a binary file."""
    data = path.read_bytes()
    if b"\0" in data[:4096]:
        return []
    text = data.decode("utf-8", errors="replace")
    if path.suffix in {".json", ".ipynb"}:
        try:
            return [words_of(s) for s in _strings(json.loads(text), path.suffix == ".ipynb")]
        except ValueError:
            pass
    return [words_of(text)]


def project_files(root: Path) -> tuple[list[Path], list[Path]]:
    """(files checked strictly, files checked with the writers' looser rule)."""
    strict = [p for p in root.iterdir() if p.is_file()]
    loose: list[Path] = []
    for top in (*STRICT_DIRS, *LOOSE_DIRS):
        for folder, dirs, files in os.walk(root / top):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info"))
            for name in files:
                path = Path(folder) / name
                rel = path.relative_to(root).parts
                writers = top in LOOSE_DIRS or rel[0] == "bench" and any(p.startswith("heldout") for p in rel[1:])
                (loose if writers else strict).append(path)
    return strict, loose


def dev_shingles(dev: Path, seeds: Path) -> dict[int, set[str]]:
    """The dev texts' runs of 7 and of 10 words, less those of the seed article (the dev text in seeds/)."""
    texts = [words_of(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(dev.glob("*.txt"))]
    shipped = [words_of(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(seeds.glob("*.txt"))]
    seed = [w for w in texts if w in shipped]
    found = {}
    for n in (STRICT_WORDS, LOOSE_WORDS):
        allowed = set().union(*(shingles(w, n) for w in seed))
        found[n] = set().union(*(shingles(w, n) for w in texts if w not in seed)) - allowed
    return found


def shared_runs(texts: list[list[str]], dev: set[str], n: int) -> list[str]:
    """A file's maximal runs of words made of n-word shingles found in *dev* (overlapping hits merged), once each."""
    found: dict[str, None] = {}
    for words in texts:
        runs: list[list[int]] = []
        for i in (i for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) in dev):
            if runs and i <= runs[-1][1]:
                runs[-1][1] = i + n
            else:
                runs.append([i, i + n])
        found.update((" ".join(words[a:b]), None) for a, b in runs)
    return list(found)


def scan(root: Path, dev: Path) -> dict[str, list[tuple[str, str]]]:
    """Shared runs by kind: 'strict' (project text), 'loose' (10-word runs in the writers' text), 'reported'
    (shorter runs in the writers' text)."""
    dev_sets = dev_shingles(dev, root / "seeds")
    strict_files, loose_files = project_files(root)
    found: dict[str, list[tuple[str, str]]] = {"strict": [], "loose": [], "reported": []}
    for path in strict_files:
        rel = path.relative_to(root).as_posix()
        found["strict"] += [(rel, run) for run in shared_runs(file_texts(path), dev_sets[STRICT_WORDS], STRICT_WORDS)]
    for path in loose_files:
        texts, rel = file_texts(path), path.relative_to(root).as_posix()
        found["loose"] += [(rel, run) for run in shared_runs(texts, dev_sets[LOOSE_WORDS], LOOSE_WORDS)]
        found["reported"] += [(rel, run) for run in shared_runs(texts, dev_sets[STRICT_WORDS], STRICT_WORDS)]
    return found


def dev_folder() -> Path | None:
    folder = Path(os.environ.get("GRAPHKIT_DEV_TEXTS") or ROOT.parent / "shared" / "eval" / "dev" / "texts")
    return folder if folder.is_dir() and any(folder.glob("*.txt")) else None


@pytest.fixture(scope="module")
def overlaps():
    folder = dev_folder()
    if folder is None:
        pytest.skip("no development set beside the repository (set GRAPHKIT_DEV_TEXTS to check one)")
    return scan(ROOT, folder)


def _listing(found: list[tuple[str, str]], limit: int = 40) -> str:
    lines = [f"  {path}: {run!r}" for path, run in found[:limit]]
    return "\n".join(lines + ([f"  ... and {len(found) - limit} more"] if len(found) > limit else []))


def test_project_text_shares_no_run_with_the_dev_set(overlaps):
    assert not overlaps["strict"], (
        f"{STRICT_WORDS}-word runs of the copyrighted dev texts in the project; replace each sentence with a "
        f"short, clearly invented one:\n{_listing(overlaps['strict'])}")


def test_writers_text_shares_no_long_run_with_the_dev_set(overlaps):
    if overlaps["reported"]:
        warnings.warn(f"{len(overlaps['reported'])} shorter runs shared by the writers' text and the dev texts "
                      f"(stock phrases; allowed):\n{_listing(overlaps['reported'], 15)}", stacklevel=1)
    assert not overlaps["loose"], (
        f"{LOOSE_WORDS}-word runs of the copyrighted dev texts in the writers' text:\n{_listing(overlaps['loose'])}")


def test_scan_finds_copied_runs_and_allows_the_seed(tmp_path):
    """The guard itself, on invented texts: a 7-word copy fails, the seed's phrases and 6-word runs do not."""
    dev, repo = tmp_path / "dev", tmp_path / "repo"
    for folder in (dev, repo / "seeds", repo / "docs", repo / "training", repo / "bench" / "heldout9"):
        folder.mkdir(parents=True)
    seed = "The lighthouse keeper of Vardo counted eleven grey ships before the storm came in."
    (dev / "s00.txt").write_text(seed, encoding="utf-8")
    (dev / "z01.txt").write_text("Ruritania and Freedonia signed a pact on river tolls at dawn on Friday in the "
                                 "old customs house. The lighthouse keeper of Vardo counted eleven grey ships.",
                                 encoding="utf-8")
    (repo / "seeds" / "seed.txt").write_text(seed, encoding="utf-8")
    (repo / "docs" / "copied.md").write_text("Intro. Freedonia signed a pact on river tolls at dawn, said X.")
    (repo / "docs" / "short.md").write_text("Ruritania and Freedonia signed a pact today.")
    (repo / "docs" / "seedlike.md").write_text("the lighthouse keeper of Vardo counted eleven grey ships")
    (repo / "docs" / "blob.bin").write_bytes(b"\0freedonia signed a pact on river tolls at dawn")
    (repo / "training" / "t.json").write_text(json.dumps({"text": "Freedonia signed a pact on river tolls."}))
    (repo / "bench" / "heldout9" / "h.json").write_text(json.dumps(
        {"text": "Ruritania and Freedonia signed a pact on river tolls at dawn on Friday."}))
    found = scan(repo, dev)
    assert found["strict"] == [("docs/copied.md", "freedonia signed a pact on river tolls at dawn")]
    assert found["loose"] == [("bench/heldout9/h.json",
                               "ruritania and freedonia signed a pact on river tolls at dawn on friday")]
    assert ("training/t.json", "freedonia signed a pact on river tolls") in found["reported"]
    assert ("training/t.json", "freedonia signed a pact on river tolls") not in found["loose"]
