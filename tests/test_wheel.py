"""The wheel as a pip user gets it: built from the repository, installed into a fresh virtual environment,
run from a folder outside the checkout (cypher statements, gazetteer and viz template found as package data).

The fresh environment borrows the already installed dependencies (spaCy, the model, neo4j…) through a
path entry, so the test does not download them again; graphkit itself comes only from the wheel.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.neo4j_factory import server

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("North Korea supplied artillery shells to Russia, officials in Seoul said. "
           "Iran also sent drones to Russia. Ukraine condemned Iran for the deliveries.")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("graphkit_news-*.whl"))
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                              "--quiet", "--no-deps", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    site = Path(subprocess.check_output([str(venv / "bin" / "python"), "-c",
                                         "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    # The dependencies, not graphkit: .pth files of a plain path entry (the editable install's) are not run.
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    work = base / "elsewhere"
    work.mkdir()
    (work / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return {"wheel": wheel, "bin": venv / "bin", "work": work}


def run(installed, *args: str, env: dict[str, str] | None = None, shell: str | None = None):
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GRAPHKIT_CYPHER_DIR")}
    environment.update(env or {})
    command = shell or [str(installed["bin"] / "graphkit"), *args]
    return subprocess.run(command, cwd=installed["work"], capture_output=True, text=True, timeout=300,
                          env=environment, shell=shell is not None)


def test_wheel_carries_its_data(installed):
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    assert "graphkit/cypher/supporters.cypher" in names
    assert "graphkit/data/gazetteer.json" in names and "graphkit/data/viz.html" in names
    assert "graphkit/data/viz.js" in names and "graphkit/data/viz_blocs.js" in names  # inlined in the page
    assert "graphkit/py.typed" in names and "graphkit/data/relmodel/weights.npz" in names
    assert any(n.startswith("graphkit/data/lexicon/") for n in names)
    assert any(n.endswith("licenses/LICENSE") for n in names)


def test_installed_commands_run_outside_the_checkout(installed):
    python = str(installed["bin"] / "python")
    where = subprocess.run([python, "-c", "import graphkit; print(graphkit.__file__, graphkit.__version__)"],
                           cwd=installed["work"], capture_output=True, text=True, timeout=60)
    assert str(ROOT) not in where.stdout and "site-packages" in where.stdout
    version = run(installed, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"graphkit {where.stdout.split()[1]}"
    module_help = subprocess.run([python, "-m", "graphkit", "--help"], cwd=installed["work"], capture_output=True,
                                 text=True, timeout=60)
    assert module_help.returncode == 0 and "extract" in module_help.stdout

    built = run(installed, "build", "article.txt", "--out", "graph.json", "--quiet")
    assert built.returncode == 0, built.stderr
    supporters = run(installed, "query", "supporters", "Russia", "--graph", "graph.json", "--format", "json")
    assert supporters.returncode == 0 and "North Korea" in supporters.stdout
    drawn = run(installed, "viz", "graph.json", "--out", "view.html")
    view = (installed["work"] / "view.html").read_text(encoding="utf-8")
    assert drawn.returncode == 0 and "<svg" in view and "function graphkitBlocsModule" in view
    neo_help = run(installed, "neo4j", "query", "--help")
    assert neo_help.returncode == 0 and "supporters" in neo_help.stdout

    piped = run(installed, shell=f"'{installed['bin'] / 'graphkit'}' query relations Russia Iran --graph graph.json"
                                  " --format json | head -1")
    assert piped.returncode == 0 and piped.stderr == "" and piped.stdout.strip()


@pytest.mark.neo4j
def test_installed_neo4j_push_and_query(installed):
    settings = server()
    built = run(installed, "build", "article.txt", "--out", "graph.json", "--quiet")
    assert built.returncode == 0, built.stderr
    pushed = run(installed, "neo4j", "push", "graph.json", "--replace", env=settings.env())
    assert pushed.returncode == 0, pushed.stderr
    asked = run(installed, "neo4j", "query", "supporters", "--param", "actor=Russia", "--format", "json",
                env=settings.env())
    assert asked.returncode == 0, asked.stderr
    assert "North Korea" in asked.stdout
