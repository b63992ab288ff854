"""Write docs/rules.md from the rule registry: ``python tools/rules_doc.py`` (``--check`` exits 1 if stale)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.rules.docs import rules_markdown  # noqa: E402

PAGE = ROOT / "docs" / "rules.md"


def main(argv: list[str]) -> int:
    text = rules_markdown()
    if "--check" in argv:
        return 0 if PAGE.exists() and PAGE.read_text(encoding="utf-8") == text else 1
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
