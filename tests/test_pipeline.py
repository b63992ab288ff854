"""The streaming extraction stage: worker processes, chunking of long articles, memory zones."""
from __future__ import annotations

import pytest

from graphkit import pipeline
from graphkit.pipeline import chunks, extract
from graphkit.types import Article
from sample_articles import TEXTS, sample_articles

pytestmark = pytest.mark.slow



def _articles() -> list[Article]:
    return sample_articles("p")


def test_two_workers_give_the_same_triples_in_the_same_order() -> None:
    calls: dict[int, list[tuple[str, int]]] = {1: [], 2: []}
    runs = {w: [t.to_dict() for t in extract(_articles(), workers=w, batch_size=2,
                                             on_article=lambda a, n, w=w: calls[w].append((a.doc_id, n)))]
            for w in (1, 2)}
    assert len(runs[1]) >= len(TEXTS)  # every article states at least one relation
    assert runs[2] == runs[1]
    assert [d for d, _ in calls[2]] == [a.doc_id for a in _articles()]
    assert calls[2] == calls[1]
    assert sum(n for _, n in calls[1]) == len(runs[1])


def test_chunks_cover_the_text_at_their_offsets() -> None:
    text = "\n\n".join(f"Paragraph {i} says something about Poland and Germany." for i in range(40))
    pieces = list(chunks(text, 300))
    assert len(pieces) > 5
    assert "".join(piece for piece, _ in pieces) == text
    for piece, offset in pieces:
        assert len(piece) <= 300
        assert text[offset:offset + len(piece)] == piece


def test_long_article_in_chunks_keeps_offsets_into_the_whole_article(monkeypatch) -> None:
    paragraphs = [f"{TEXTS[i % len(TEXTS)]} Officials met in Room {i}." for i in range(12)]
    article = Article(doc_id="long", text="\n\n".join(paragraphs))
    monkeypatch.setattr(pipeline, "MAX_CHUNK_CHARS", 400)  # a few paragraphs per chunk
    assert len(list(chunks(article.text, 400))) >= 4
    triples = list(extract([article]))
    assert triples
    assert max(t.start for t in triples) > 2 * 400  # evidence from late chunks, shifted by their offsets
    for t in triples:
        assert t.sentence.strip() in article.text[t.start:t.end]


def test_interleaved_extractions_share_one_memory_zone() -> None:
    alone = [t.to_dict() for t in extract(_articles(), batch_size=1)]
    first, second = extract(_articles(), batch_size=1), extract(_articles()[::-1], batch_size=1)
    a = [next(first).to_dict()]
    b = [t.to_dict() for t in second]  # runs entirely while `first` is inside its zone
    a += [t.to_dict() for t in first]
    assert a == alone
    assert sorted(map(repr, b)) == sorted(map(repr, alone))


def test_chunks_prefer_paragraph_breaks_and_cover_the_text():
    paragraph = "Russia attacked Ukraine. " * 30
    text = "\n\n".join([paragraph] * 8)
    pieces = list(chunks(text, 1000))
    assert "".join(p for p, _ in pieces) == text
    assert all(text[off:off + len(p)] == p for p, off in pieces)
    # every cut but the last falls on a paragraph break, never inside a sentence
    assert all(p.endswith("\n") for p, _ in pieces[:-1])


def test_an_empty_article_is_reported_in_order(nlp):
    seen = []
    articles = [Article("e1", ""), *sample_articles("x")[:2]]
    list(extract(articles, batch_size=2, on_article=lambda a, n: seen.append((a.doc_id, n))))
    assert [d for d, _ in seen] == ["e1", "x0", "x1"] and seen[0][1] == 0
