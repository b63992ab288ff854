"""Extraction throughput of the working tree against an earlier revision, measured in one run.

The quality issue allows extraction to slow down by at most 15% against the
pipeline issue's version. This script checks out that version (``--baseline``,
by default the commit that added ``graphkit/pipeline.py``) into a temporary
``git worktree``, then times both versions on the same articles, alternating
between them round by round so that machine load drifts affect both alike.

Each timing runs in a fresh subprocess of this same Python, with the version's
root first on ``sys.path``; it calls only the public
``graphkit.sources.read_articles`` and ``graphkit.pipeline.extract`` of that
version (the baseline still had ``graphkit/extract.py`` where the working tree
has ``rules.py``). Reading the corpus and loading the model happen before the
clock starts: a warm-up ``extract()`` on a few articles loads the (cached)
model; then one ``extract()`` over the whole corpus is timed.

    .venv/bin/python bench/compare_versions.py                  # ~200 articles from seeds/, 3 rounds
    .venv/bin/python bench/compare_versions.py --quick          # 40 articles, 2 rounds
    .venv/bin/python bench/compare_versions.py --corpus news/ --rounds 5 --json

The exit status is 1 when the working tree is more than 15% slower (median
articles/second), 2 when the comparison could not be run.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MAX_SLOWDOWN = 0.15
WARMUP_ARTICLES = 3


class CompareError(Exception):
    """The comparison cannot run (bad revision, corpus or a failing version); one-line message."""


# --- worker: runs inside the subprocess, with one version's root on sys.path ---------------


def worker(root: str, corpus: str, model: str | None) -> dict:
    """Time ``extract()`` of the graphkit found in *root* over the articles of *corpus*."""
    sys.path.insert(0, root)
    from graphkit.pipeline import extract, model_name  # noqa: PLC0415 - must follow the sys.path change
    from graphkit.sources import read_articles  # noqa: PLC0415

    articles = list(read_articles([corpus]))
    if not articles:
        raise CompareError(f"no readable article in {corpus}")
    options = _rules_only()
    started = time.perf_counter()
    for _ in extract(articles[:WARMUP_ARTICLES], model=model, **options):
        pass
    warmup = time.perf_counter() - started
    started = time.perf_counter()
    triples = sum(1 for _ in extract(articles, model=model, **options))
    seconds = time.perf_counter() - started
    _check_origin(Path(root).resolve())
    return {"articles": len(articles), "words": sum(len(a.text.split()) for a in articles),
            "triples": triples, "seconds": seconds, "articles_per_second": len(articles) / seconds,
            "warmup_seconds": warmup, "model": model_name(model)}


def _rules_only() -> dict:
    """``extract`` options for the rules alone: every version is timed with the same extractor, and the
    versions before the relation model (graphkit/relmodel) have only the rules, which were their default."""
    try:
        from graphkit.relmodel.settings import relation_settings  # noqa: PLC0415
    except ImportError:
        return {}
    return {"relations": relation_settings("rules")}


def _check_origin(root: Path) -> None:
    """Every graphkit module that ran came from *root*.

    Early revisions have no ``graphkit/__init__.py``: the namespace package then also lists the
    editable install of the working tree as a fallback portion, which would fill in any module the
    revision lacks. Only modules with code are checked; a namespace package runs none.
    """
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if (name == "graphkit" or name.startswith("graphkit.")) and path and root not in Path(path).resolve().parents:
            raise CompareError(f"module {name} was imported from {path}, not from {root}")


# --- parent: worktree, corpus, alternating rounds --------------------------------------------


def git(*args: str) -> str:
    """Run git in the repository; a failure becomes a :class:`CompareError`."""
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise CompareError(f"git {' '.join(args)}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else 'failed'}")
    return done.stdout.strip()


def default_baseline() -> str:
    """The first commit of the history that contains ``graphkit/pipeline.py``."""
    added = git("log", "--diff-filter=A", "--format=%H", "--", "graphkit/pipeline.py").splitlines()
    if not added:
        raise CompareError("no commit adds graphkit/pipeline.py; pass --baseline REV")
    return added[-1]


def seed_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """*n* articles of shuffled seed paragraphs, one ``.txt`` each, so both versions read them alike."""
    pool: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            para = " ".join(para.split())
            # Editorial notes and headlines carry no relations worth timing.
            if para and not para.startswith("[") and para.endswith((".", "”", '"')) and len(para.split()) >= 12:
                pool.append(para)
    if not pool:
        raise CompareError(f"no usable paragraph in {SEEDS}")
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for i in range(n):
        paragraphs = rng.sample(pool, min(len(pool), rng.randint(4, 8)))
        title = " ".join(paragraphs[0].split()[:8]).rstrip(".,;:")
        (folder / f"bench-{i:04d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def run_version(root: Path, corpus: Path, model: str | None) -> dict:
    """One timed run of the version in *root*, in a fresh process."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(root), str(corpus)]
    if model:
        command += ["--model", model]
    # The worker's cwd is the version's root, so nothing resolves against the working tree by accident.
    done = subprocess.run(command, capture_output=True, text=True, cwd=root)
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-1]
        raise CompareError(f"timing run of {root} failed: {last.removeprefix('error: ')}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(baseline: str, corpus: Path | None, n: int, rounds: int, model: str | None) -> dict:
    """Time both versions *rounds* times each, interleaved, and summarise."""
    commit = git("rev-parse", "--verify", f"{baseline}^{{commit}}")
    tmp = Path(tempfile.mkdtemp(prefix="graphkit-compare-"))
    tree = tmp / "baseline"
    try:
        git("worktree", "add", "--detach", str(tree), commit)
        if not (tree / "graphkit" / "pipeline.py").is_file():
            raise CompareError(f"revision {commit[:12]} has no graphkit/pipeline.py")
        texts = corpus if corpus is not None else seed_corpus(tmp / "corpus", n)
        versions = {"baseline": tree, "current": ROOT}
        runs: dict[str, list[dict]] = {"baseline": [], "current": []}
        for r in range(rounds):
            # Alternate which version goes first, so a warming or cooling machine favours neither.
            order = ("baseline", "current") if r % 2 == 0 else ("current", "baseline")
            for name in order:
                runs[name].append(run_version(versions[name], texts, model))
                print(f"round {r + 1}/{rounds} {name:8s} {runs[name][-1]['articles_per_second']:8.2f} articles/s",
                      file=sys.stderr)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    summary = {name: {"articles": rs[0]["articles"], "words": rs[0]["words"], "triples": rs[0]["triples"],
                      "model": rs[0]["model"],
                      "articles_per_second": [round(x["articles_per_second"], 2) for x in rs],
                      "median_articles_per_second": round(statistics.median(x["articles_per_second"] for x in rs), 2)}
               for name, rs in runs.items()}
    ratio = summary["current"]["median_articles_per_second"] / summary["baseline"]["median_articles_per_second"]
    return {"baseline_commit": commit, "corpus": str(corpus) if corpus else f"{n} articles from seeds/",
            "rounds": rounds, **summary, "ratio": round(ratio, 3), "within_limit": ratio >= 1 - MAX_SLOWDOWN}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", help="revision to compare against (default: the commit that added graphkit/pipeline.py)")
    parser.add_argument("--corpus", help="folder (or file) of articles to time; default: seeds/ shuffled into --articles articles")
    parser.add_argument("--articles", type=int, default=200, help="size of the generated corpus (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per version, interleaved (default 3)")
    parser.add_argument("--quick", action="store_true", help="a small run: 40 articles, 2 rounds")
    parser.add_argument("--model", help="spaCy model package for both versions (default: each version's choice)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--worker", nargs=2, metavar=("ROOT", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.worker:
            print(json.dumps(worker(*args.worker, args.model)))
            return 0
        if args.quick:
            args.articles, args.rounds = 40, 2
        if args.articles < 1 or args.rounds < 1:
            raise CompareError("--articles and --rounds must be at least 1")
        corpus = Path(args.corpus).resolve() if args.corpus else None
        if corpus is not None and not corpus.exists():
            raise CompareError(f"corpus not found: {args.corpus}")
        result = compare(args.baseline or default_baseline(), corpus, args.articles, args.rounds, args.model)
    except CompareError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"baseline {result['baseline_commit'][:12]} vs working tree; corpus: {result['corpus']}; "
              f"{result['rounds']} interleaved rounds each; model {result['current']['model']}")
        for name in ("baseline", "current"):
            s = result[name]
            print(f"  {name:8s} {s['median_articles_per_second']:8.2f} articles/s (median of "
                  f"{', '.join(f'{x:.2f}' for x in s['articles_per_second'])}); {s['articles']} articles, "
                  f"{s['words']} words, {s['triples']} triples")
        verdict = "within" if result["within_limit"] else "OUTSIDE"
        print(f"  ratio current/baseline {result['ratio']:.3f} ({verdict} the {MAX_SLOWDOWN:.0%} slowdown limit)")
    return 0 if result["within_limit"] else 1


if __name__ == "__main__":
    sys.exit(main())
