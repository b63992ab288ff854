"""The documentation fits: a short README that links every page, and pictures no older than what they show."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def test_readme_is_short_and_links_every_doc_page():
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 10_240
    linked = set(re.findall(r"\]\((docs/[^)#]+\.md)\)", text))
    pages = {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")}
    assert pages <= linked, f"not linked from the README: {sorted(pages - linked)}"
    for target in re.findall(r"\]\(([^)#:]+)\)", text):
        assert (ROOT / target).exists(), f"README links to a missing file: {target}"


def _last_change(path: Path) -> int:
    out = subprocess.run(["git", "log", "-1", "--format=%ct", "--", str(path.relative_to(ROOT))], cwd=ROOT,
                         capture_output=True, text=True).stdout.strip()
    return int(out) if out else 0


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs the git history")
def test_the_screenshot_is_not_older_than_the_viz_template():
    # Refresh with `make docs` (or GRAPHKIT_UPDATE_SCREENSHOT=1 make test) and commit the picture.
    picture = ROOT / "docs" / "alliances.png"
    for name in ("viz.html", "viz.js", "viz_blocs.js"):  # the page's markup and its two scripts
        template = ROOT / "graphkit" / "data" / name
        assert _last_change(picture) >= _last_change(template), f"docs/alliances.png predates {name}"
