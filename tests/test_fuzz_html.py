"""Fuzz HTML *inputs* through `extract` and `build` (see tests/test_fuzz.py for the promises).

Generated pages mix scripts, huge attributes, broken markup, odd entities, deeply nested tables, meta
tags with odd dates and charsets, random bytes and links of every kind (``file://`` to a local file,
``http://``, ``data:``, an external XML entity). Beside them sit a good text article and a good page,
which must be kept. No page may make graphkit open a connection (sockets are patched to fail the
test) or read a file it links to (the linked file's content must appear nowhere).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from fuzz_inputs import FUZZ, GOOD, HOSTILE_TEXT, no_network, run  # noqa: F401 - no_network is a fixture
from graphkit.graph import load_graph
from graphkit.sources import read_articles

pytestmark = pytest.mark.slow

SECRET = "graphkit-fuzz-linked-file-content"
GOOD_PAGE = f"<!doctype html><html><head><title>Talks</title></head><body><article><p>{GOOD}</p></article></body></html>"
PARAGRAPH = f"<p>{GOOD} The ministers spoke for an hour and left without a statement.</p>"
ENTITIES = ["&#xD800;", "&#0;", "&#x110000;", "&#99999999999;", "&bogus;", "&amp;amp;", "&nbsp;", "&#x202e;",
            "&#x1b;", "&#", "&#x;", "&", "&lt;script&gt;"]
BROKEN = ["<div <p <<<>>>", "</td></tr></table>", "<!-- unclosed", "<![CDATA[ x", "<?xml version='1.0' encoding='ebcdic'?>",
          "<p", "</html>", "<html><html>", "<body><body>", "<title>", "<textarea>", "<plaintext>", "<svg><p>", "\x00", "\r"]
CHARSETS = ["utf-7", "utf-16", "utf-32", "x-no-such", "", "shift_jis", "iso-2022-jp", "../../etc/passwd", "utf-8\x07"]
META_NAMES = ["date", "pubdate", "article:published_time", "og:title", "og:url", "description", "author", "dc.date"]
DATES = ["2024-13-45", "0000-00-00", "99999-99-99T99:99", "-1", "2024-02-30", "\u202e2024-01-01", "1e309", "NaN",
         "Mon, 32 Foo 2024"]
NESTING = [("<table><tr><td>", "</td></tr></table>"), ("<div>", "</div>"), ("<ul><li>", "</li></ul>"),
           ("<b><i>", "</i></b>")]
ENCODINGS = ["utf-8", "utf-16", "latin-1", "cp1252", "utf-32"]


def links(target: str) -> list[str]:
    """Every way a page can point at *target*; none may be followed."""
    return [f'<script src="{target}"></script>', f'<link rel="stylesheet" href="{target}">',
            f'<img src="{target}" srcset="{target} 2x">', f'<iframe src="{target}"></iframe>',
            f'<object data="{target}"></object>', f'<base href="{target}">',
            f'<meta http-equiv="refresh" content="0;url={target}">', f'<style>@import url("{target}");</style>',
            f'<link rel="canonical" href="{target}">', f'<a href="{target}">more</a>', f'<embed src="{target}">',
            f'<video src="{target}" poster="{target}"></video>', f'<svg><image href="{target}"/></svg>',
            f'<!DOCTYPE html [<!ENTITY ext SYSTEM "{target}">]><p>&ext;</p>', f'<link rel="preload" href="{target}">']


def fragments(targets: list[str]) -> st.SearchStrategy[str]:
    hostile = HOSTILE_TEXT  # lone surrogates in it become "?" when the page is encoded
    nested = st.tuples(st.sampled_from(NESTING), st.integers(min_value=1, max_value=600), st.booleans())
    return st.one_of(
        st.just(PARAGRAPH),
        hostile.map(lambda t: f"<script>{t}</script>"), hostile.map(lambda t: f"<p>{t}</p>"), hostile,
        st.sampled_from([link for target in targets for link in links(target)]),
        st.tuples(st.integers(min_value=1, max_value=300_000), hostile).map(
            lambda a: f'<div class="{"x" * a[0]}" data-x="{a[1]}">{PARAGRAPH}</div>'),
        st.sampled_from(BROKEN), st.sampled_from(ENTITIES),
        nested.map(lambda n: n[0][0] * n[1] + PARAGRAPH + n[0][1] * n[1] * n[2]),  # closed, or never
        st.tuples(st.sampled_from(META_NAMES), st.sampled_from(DATES) | hostile).map(
            lambda m: f'<meta name="{m[0]}" property="{m[0]}" content="{m[1]}">'),
        st.sampled_from(CHARSETS).map(lambda c: f'<meta charset="{c}"><meta http-equiv="Content-Type" '
                                                f'content="text/html; charset={c}">'),
        hostile.map(lambda t: f"<title>{t}</title>"),
    )


@st.composite
def hostile_pages(draw, targets: list[str]) -> bytes:
    text = "".join(draw(st.lists(fragments(targets), min_size=1, max_size=8)))
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    cut = draw(st.integers(min_value=0, max_value=len(data)))
    return data[:cut] + draw(st.binary(max_size=16)) + data[cut:]


@pytest.fixture(scope="module")
def linked_file(tmp_path_factory) -> Path:
    """A local file the pages link to, outside the input folder."""
    path = tmp_path_factory.mktemp("linked") / "style.css"
    path.write_text(f"/* {SECRET} */", encoding="utf-8")
    return path


def _targets(linked: Path) -> list[str]:
    return [linked.as_uri(), str(linked), "../linked/style.css", "http://127.0.0.1:9/x.js", "https://example.invalid/a",
            "//example.invalid/x", "ftp://example.invalid/", "data:text/html,<script>1</script>", "javascript:alert(1)"]


@FUZZ
@given(data=st.data())
def test_hostile_pages_extract_and_build_offline_and_keep_good_articles(tmp_path_factory, linked_file,
                                                                       no_network, data):
    pages = data.draw(st.lists(hostile_pages(_targets(linked_file)), min_size=1, max_size=3))
    folder = tmp_path_factory.mktemp("fuzz-html")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good-page.html").write_text(GOOD_PAGE, encoding="utf-8")
    for i, page in enumerate(pages):
        (folder / f"hostile-{i}.html").write_bytes(page)
    out = folder / "out.jsonl"
    result = run("extract", folder, "--out", out)
    assert result.exit_code == 0
    problems = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(problems) == len(set(problems)) <= len(pages)  # at most one line for each bad page
    event(f"{len(pages) - len(problems)} of {len(pages)} hostile pages read")  # --hypothesis-show-statistics
    triples = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"good", "good-page"} <= {t["doc_id"] for t in triples}
    graph = folder / "g.json"
    # the hostile pages repeat the good paragraph: duplicate detection is not what this test is about
    assert run("build", folder, "--out", graph, "-q", "--keep-duplicates").exit_code == 0
    assert {"good", "good-page"} <= set(load_graph(graph).graph["articles"])
    articles = list(read_articles([str(folder)]))
    for text in [out.read_text(encoding="utf-8"), graph.read_text(encoding="utf-8")] + \
            [f"{a.text} {a.title} {a.url} {a.meta}" for a in articles]:
        assert SECRET not in text
    assert no_network == []
