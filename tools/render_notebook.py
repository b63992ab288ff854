"""Execute a notebook and save a copy with its outputs, for readers on a code host (``make docs``).

    python tools/render_notebook.py notebooks/alliances.ipynb docs/notebooks/alliances.ipynb

The notebook in notebooks/ stays without outputs (tests check it); the rendered copy shows the tables and
pictures. Neo4j cells run only when NEO4J_URI is set.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def main(source: str, target: str) -> int:
    nb = nbformat.read(source, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=600,
                   resources={"metadata": {"path": str(Path(source).parent)}}).execute()
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
