"""Inputs to graph in one call: what `graphkit build` does, for library users too.

Article inputs are parsed only when the graph does not already hold them with the
same content hash, so rebuilding after adding a few articles parses only those;
triples JSONL files (and directories of ``part-NNNNN.jsonl`` shards from a
distributed extraction) are merged as they are, and so is standard input (``-``) when its
first line is a triple (``graphkit extract f.txt | graphkit build -``).

Before parsing, articles in another language than the spaCy model's are skipped
(:mod:`graphkit.language`), and so are duplicates and near duplicates of an article read
earlier, in this run or a previous one (:mod:`graphkit.duplicates`): the first is kept and
lists the others in ``G.graph["articles"][kept]["duplicates"]``.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import networkx as nx

from .duplicates import DuplicateIndex, is_signature, signature
from .graph import article_meta, merge, needs_update
from .language import LanguageFilter
from .sources import Stdin, peek_stdin, read_articles
from .triples_io import is_triple_line, is_triples_file, read_triple_lines, read_triples, shard_files
from .types import Article, Skipped, Triple

if TYPE_CHECKING:
    from .relmodel.settings import RelationSettings


@dataclass
class BuildReport:
    """What one update read: articles (including unchanged ones), unchanged articles, merged triples, the
    duplicates left out (duplicate id -> the kept article's id) and the articles skipped by language."""

    articles: int = 0
    unchanged: int = 0
    triples: int = 0
    duplicates: dict[str, str] = field(default_factory=dict)
    languages: Counter[str] = field(default_factory=Counter)
    # Articles whose id the graph already gives an article from another file: stored under a new id.
    renamed: list[Renamed] = field(default_factory=list)


@dataclass(frozen=True)
class Renamed:
    """An article stored under a new id, because its id names another file's article in the graph."""

    source: str
    old_id: str
    new_id: str
    owner: str  # the file the graph's article with old_id came from

    def __str__(self) -> str:
        return (f"{self.source}: id {self.old_id!r} already names an article from {self.owner}; "
                f"stored as {self.new_id!r}")


def update_graph(
    G: nx.MultiDiGraph,
    paths: Iterable[str],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    min_confidence: float = 0.0,
    on_skip: Callable[[Skipped], None] | None = None,
    on_article: Callable[[Article, int], None] | None = None,
    relations: RelationSettings | None = None,
    keep_duplicates: bool = False,
) -> BuildReport:
    """Merge the articles and triples files in *paths* into *G* (in place) and report what was read.

    *on_skip* hears about every unreadable input (and every article left out as a duplicate or for its
    language), *on_article* about every parsed article (for progress bars). Triples below *min_confidence*
    are left out of newly merged articles. *keep_duplicates* turns duplicate detection off.
    """
    report = BuildReport()
    known = {doc: meta.get("hash") for doc, meta in G.graph["articles"].items()}
    triple_files, article_paths = split_inputs(paths)
    file_triples = [t for p in triple_files for t in read_triples(p, on_skip=on_skip)]
    stdin = peek_stdin() if "-" in article_paths else None
    if stdin is not None and is_triple_line(stdin.first):
        article_paths = [p for p in article_paths if p != "-"]
        file_triples += read_triple_lines(stdin.lines, "stdin", on_skip=on_skip)
    new_triples, articles = _extract_new(G, article_paths, report, model=model, workers=workers,
                                         batch_size=batch_size, on_skip=on_skip, on_article=on_article,
                                         relations=relations, stdin=stdin, keep_duplicates=keep_duplicates)
    merge(G, [t for t in file_triples + new_triples if t.confidence >= min_confidence], articles=articles)
    _record_duplicates(G, report.duplicates)

    # A triples-file article is unchanged when its hash was in the graph before this merge.
    file_docs = {t.doc_id for t in file_triples}
    same = {d for d in file_docs if d in known and known[d] == G.graph["articles"].get(d, {}).get("hash")}
    report.articles += len(file_docs)
    report.unchanged += len(same)
    report.triples = len(new_triples) + sum(1 for t in file_triples if t.doc_id not in same)
    return report


def split_inputs(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(triples files, article inputs): a directory of part-NNNNN.jsonl shards stands for its shards."""
    triple_files: list[str] = []
    article_paths: list[str] = []
    for p in paths:
        shards = shard_files(p) if p != "-" else []
        if shards:
            triple_files.extend(map(str, shards))
            # Anything else in a shard folder is read too (as articles or triples), never silently dropped.
            for other in sorted(str(f) for f in Path(p).iterdir() if f not in shards and not f.name.startswith(".")):
                (triple_files if is_triples_file(other) else article_paths).append(other)
        elif p != "-" and is_triples_file(p):
            triple_files.append(p)
        else:
            article_paths.append(p)
    return triple_files, article_paths


def _record_duplicates(G: nx.MultiDiGraph, duplicates: dict[str, str]) -> None:
    table = G.graph["articles"]
    for duplicate, kept in duplicates.items():
        if kept in table:
            table[kept]["duplicates"] = sorted(set(table[kept].get("duplicates", [])) | {duplicate})


def _extract_new(G: nx.MultiDiGraph, paths: list[str], report: BuildReport, *, model: str | None, workers: int,
                 batch_size: int, on_skip: Callable[[Skipped], None] | None,
                 on_article: Callable[[Article, int], None] | None, relations: RelationSettings | None,
                 stdin: Stdin | None, keep_duplicates: bool) -> tuple[list[Triple], list[dict]]:
    """Triples of the articles in *paths* that *G* does not hold yet, and those articles' table entries."""
    articles: list[dict] = []
    language = LanguageFilter(model, on_skip)
    index = None if keep_duplicates else DuplicateIndex()
    if index is not None:
        index.extend((d, m["signature"]) for d, m in G.graph["articles"].items() if is_signature(m.get("signature")))

    def fresh(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            report.articles += 1
            article = _unique_id(G, article, report)
            if not needs_update(G, article):
                report.unchanged += 1
                continue
            yield article

    def distinct(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            sig = signature(article.text)
            kept = index.add(article.doc_id, sig) if index is not None else None
            if kept is not None:
                report.duplicates[article.doc_id] = kept
                if on_skip is not None:
                    on_skip(Skipped(article.source or article.doc_id, f"duplicate of article {kept!r}; counted once"))
                continue
            articles.append({**article_meta(article), "signature": sig,
                             **({"origin": origin} if (origin := origin_of(article)) else {})})
            yield article

    todo = distinct(language(fresh(read_articles(paths, on_skip=on_skip, stdin=stdin)))) if paths else iter(())
    first = next(todo, None)
    report.languages = language.skipped
    if first is None:
        return [], articles  # nothing new: the spaCy model is never loaded
    from .pipeline import extract, model_name  # imports spaCy: only needed when there is something to parse
    from .relmodel.settings import RelationSettings

    G.graph["model"] = model_name(model)
    triples = list(extract(itertools.chain([first], todo), model=model, workers=workers, batch_size=batch_size,
                           on_article=on_article, relations=relations or RelationSettings(),
                           check_language=False))  # checked above, before duplicates: no second pass
    return triples, articles


def origin_of(article: Article) -> str | None:
    """The absolute path of the file *article* was read from (without its line or row), else ``None``."""
    path = re.sub(r":\d+$", "", article.source or "")
    return os.path.abspath(path) if path and os.path.isfile(path) else None


def _unique_id(G: nx.MultiDiGraph, article: Article, report: BuildReport) -> Article:
    """*article*, under a new id when the graph holds another file's article with its id (``feed.csv``
    of Monday and of Tuesday, ``a/report.txt`` and ``b/report.txt``): an update of one article keeps its
    id, a collision of two never replaces one with the other."""
    owner = G.graph["articles"].get(article.doc_id, {}).get("origin")
    origin = origin_of(article)
    if owner is None or origin is None or owner == origin or not needs_update(G, article):
        return article
    new_id = f"{article.doc_id}~{hashlib.sha256(origin.encode()).hexdigest()[:8]}"
    if new_id not in G.graph["articles"]:  # said once, when the article first arrives
        report.renamed.append(Renamed(article.source or origin, article.doc_id, new_id, owner))
    return replace(article, doc_id=new_id)
