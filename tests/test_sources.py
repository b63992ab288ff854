"""graphkit.sources: every input format and every kind of bad input, on texts written here."""
from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from graphkit import jsonio, sources
from graphkit.sources import normalise_date, read_articles
from graphkit.types import Article, Skipped

STORY = "Freedonia sent grain to Sylvania on Monday.\nSylvania thanked Freedonia for the help.\n"


def read(paths, **kwargs) -> tuple[list[Article], list[Skipped]]:
    skipped: list[Skipped] = []
    articles = list(read_articles([str(p) for p in paths], on_skip=skipped.append, **kwargs))
    return articles, skipped


def reasons(skipped: list[Skipped]) -> list[str]:
    return [str(s) for s in skipped]


# --- plain text --------------------------------------------------------------


def test_txt_title_and_whole_text(tmp_path: Path) -> None:
    f = tmp_path / "grain-deal.txt"
    f.write_text("Grain deal signed\n\n" + STORY, encoding="utf-8")
    (article,), skipped = read([f])
    assert skipped == []
    assert article.doc_id == "grain-deal"
    assert article.title == "Grain deal signed"
    assert article.text == "Grain deal signed\n\n" + STORY  # title kept in the text
    assert article.source == str(f)
    assert article.date is None


def test_title_needs_short_line_followed_by_blank(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Freedonia sent grain.\nSylvania thanked it.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x" * 250 + "\n\nSecond paragraph.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("\n\n# Harbour talks\n\nThe delegates met.\n", encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert skipped == []
    assert [(a.doc_id, a.title) for a in articles] == [("a", None), ("b", None), ("c", "Harbour talks")]


def test_bom_and_crlf_normalised_offsets_index_text(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes("\ufeffTalks\r\n\r\nSylvania met Freedonia.\rThen it rained.\r\n".encode("utf-8"))
    (article,), _ = read([f])
    assert article.text == "Talks\n\nSylvania met Freedonia.\nThen it rained.\n"
    start = article.text.index("Sylvania")
    assert article.text[start:start + 8] == "Sylvania"
    assert article.title == "Talks"


def test_directory_recursive_sorted_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    articles, skipped = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a", "b", "c"]
    assert len(skipped) == 1 and "notes.pdf" in skipped[0].source
    assert "unsupported file type '.pdf'" in skipped[0].reason
    again, _ = read([tmp_path])
    assert [a.doc_id for a in again] == ["a", "b", "c"]


# --- JSONL / JSON --------------------------------------------------------------


def test_jsonl_fields_meta_and_default_ids(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": STORY, "title": "Grain", "date": "2024-06-18T10:00:00Z",
                    "url": "https://example.org/n1", "outlet": "Example Daily", "tags": ["aid"]}),
        "",
        json.dumps({"text": "Sylvania met Freedonia.", "date": "18 June 2024"}),
        json.dumps({"id": 7, "text": "Freedonia warned Sylvania.", "date": "sometime soon"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, skipped = read([f])
    assert skipped == [Skipped(f"{f}:4", "date 'sometime soon' is not a readable date; ignored", part="date")]
    first, second, third = articles
    assert (first.doc_id, first.title, first.date, first.url) == ("n1", "Grain", "2024-06-18", "https://example.org/n1")
    assert first.meta == {"outlet": "Example Daily", "tags": ["aid"]}
    assert first.source == f"{f}:1"
    assert (second.doc_id, second.date, second.source) == ("feed-3", "2024-06-18", f"{f}:3")
    assert (third.doc_id, third.date) == ("7", None)


def test_jsonl_bad_lines_are_skipped_and_stream_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"id": "ok1", "text": "Freedonia praised Sylvania."}\n'
        '{"id": "broken", "text": \n'
        '{"id": "no-text", "title": "Empty"}\n'
        '{"id": "blank", "text": "   "}\n'
        '[1, 2]\n'
        '{"id": "bad-text", "text": 42}\n'
        '{"id": "ok2", "text": "Sylvania thanked Freedonia."}\n',
        encoding="utf-8",
    )
    articles, skipped = read([f])
    assert [a.doc_id for a in articles] == ["ok1", "ok2"]
    got = reasons(skipped)
    assert got[0].startswith(f"{f}:2: invalid JSON: ")
    assert got[1:] == [f"{f}:3: no text", f"{f}:4: no text", f"{f}:5: not a JSON object (list)",
                       f"{f}:6: text is not a string (int)"]
    assert all("\n" not in r for r in got)


def test_json_list_and_single_record(tmp_path: Path) -> None:
    listing = tmp_path / "export.json"
    listing.write_text(json.dumps([
        {"id": "e1", "text": "Freedonia met Sylvania.", "date": "June 18, 2024"},
        {"title": "no body here"},
        {"text": "Sylvania sanctioned Ruritania."},
    ], indent=2), encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "solo", "text": "Ruritania attacked Sylvania.", "lang": "en"}), encoding="utf-8")
    articles, skipped = read([listing, single])
    assert [(a.doc_id, a.date) for a in articles] == [("e1", "2024-06-18"), ("export-3", None), ("solo", None)]
    assert articles[2].meta == {"lang": "en"}
    assert reasons(skipped) == [f"{listing}:7: no text"]  # the record starts on line 7 of the indented file


def test_json_list_streams_across_chunks_and_reports_truncation(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonio, "JSON_CHUNK", 64)  # force many chunk boundaries
    records = [{"id": f"r{i}", "text": f"Freedonia sent {i} tonnes of grain to Sylvania. " * 5, "n": 10 ** i}
               for i in range(12)]
    good = tmp_path / "big.json"
    good.write_text(json.dumps(records), encoding="utf-8")
    articles, skipped = read([good])
    assert skipped == []
    assert [a.meta["n"] for a in articles] == [10 ** i for i in range(12)]  # numbers not cut at a boundary
    truncated = tmp_path / "cut.json"
    truncated.write_text(json.dumps(records[:3], indent=1)[:-40], encoding="utf-8")
    articles, skipped = read([truncated])
    assert [a.doc_id for a in articles] == ["r0", "r1"]
    assert len(skipped) == 1 and "invalid JSON" in skipped[0].reason
    assert skipped[0].source.startswith(f"{truncated}:")


def test_json_garbage_after_list_item(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('[{"id": "x", "text": "Freedonia met Sylvania."} {"id": "y"}]', encoding="utf-8")
    articles, skipped = read([f])
    assert [a.doc_id for a in articles] == ["x"]
    assert reasons(skipped) == [f"{f}:1: invalid JSON: expected ',' or ']' in the list"]


# --- CSV ---------------------------------------------------------------------


def test_csv_columns_multiline_and_row_numbers(tmp_path: Path) -> None:
    f = tmp_path / "wire.csv"
    f.write_text(
        'ID,Headline,Body,Date,Outlet\r\n'
        'w1,Grain,"Freedonia sent grain.\r\nSylvania thanked it.",2024-06-18,Example Daily\r\n'
        ',,"Ruritania attacked Sylvania.","June 18, 2024",Example Daily\r\n'
        'w3,Nothing,,2024-01-01,Example Daily\r\n'
        'w4,Short row\r\n',
        encoding="utf-8",
    )
    articles, skipped = read([f])
    assert [(a.doc_id, a.date) for a in articles] == [("w1", "2024-06-18"), ("wire-2", "2024-06-18")]
    assert articles[0].text == "Freedonia sent grain.\nSylvania thanked it."
    assert articles[0].meta == {"headline": "Grain", "outlet": "Example Daily"}
    assert reasons(skipped) == [f"{f}:5: no text", f"{f}:6: malformed CSV: 2 fields, header has 5"]


def test_csv_title_column_and_missing_text_column(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("id,title,content,url\nc1,Talks,Sylvania met Freedonia.,https://example.org/c1\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,headline\nc2,Talks\n", encoding="utf-8")
    articles, skipped = read([good, bad])
    assert [(a.doc_id, a.title, a.url) for a in articles] == [("c1", "Talks", "https://example.org/c1")]
    assert reasons(skipped) == [f"{bad}: no text/body/content column in the CSV header"]


def test_malformed_csv_quoting(tmp_path: Path) -> None:
    f = tmp_path / "quotes.csv"
    f.write_text('id,text\nq1,"Freedonia met Sylvania."\nq2,"unterminated quote\n', encoding="utf-8")
    articles, skipped = read([f])
    assert [a.doc_id for a in articles] == ["q1"]
    assert len(skipped) == 1 and "malformed CSV" in skipped[0].reason


def test_unterminated_quote_does_not_swallow_the_rows_after_it(tmp_path: Path) -> None:
    f = tmp_path / "quotes.csv"
    f.write_text('id,text\n'
                 'q1,Freedonia met Sylvania.\n'
                 'q2,"an unterminated quote\n'
                 'q3,Sylvania met Ruritania.\n'
                 'q4,"Ruritania thanked\nFreedonia."\n'
                 'q5,Freedonia praised Sylvania.\n', encoding="utf-8")
    articles, skipped = read([f])
    assert [(a.doc_id, a.text, a.source) for a in articles] == [
        ("q1", "Freedonia met Sylvania.", f"{f}:2"), ("q3", "Sylvania met Ruritania.", f"{f}:4"),
        ("q4", "Ruritania thanked\nFreedonia.", f"{f}:6"), ("q5", "Freedonia praised Sylvania.", f"{f}:7")]
    assert [(s.source, s.reason.startswith("malformed CSV row"), "unterminated quote" in s.reason)
            for s in skipped] == [(f"{f}:3", True, True)]


def test_unterminated_quote_on_the_last_row(tmp_path: Path) -> None:
    f = tmp_path / "quotes.csv"
    f.write_text('id,text\nq1,Freedonia met Sylvania.\nq2,"never closed\n\n', encoding="utf-8")
    articles, skipped = read([f])
    assert [a.doc_id for a in articles] == ["q1"]
    assert [s.source for s in skipped] == [f"{f}:3"]


def test_source_column_is_the_publication(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "p1", "text": STORY, "source": " Example  Daily ", "desk": "world"}) + "\n",
                    encoding="utf-8")
    table = tmp_path / "wire.csv"
    table.write_text("id,text,Source\np2,Sylvania met Freedonia.,Example Wire\np3,Freedonia met Ruritania.,\n",
                     encoding="utf-8")
    articles, skipped = read([feed, table])
    assert skipped == []
    assert [(a.doc_id, a.publication, a.source) for a in articles] == [
        ("p1", "Example Daily", f"{feed}:1"), ("p2", "Example Wire", f"{table}:2"), ("p3", None, f"{table}:3")]
    assert articles[0].meta == {"desk": "world"}


def test_publication_leaves_the_content_hash_of_articles_without_one_unchanged() -> None:
    import hashlib

    plain = Article(doc_id="a1", text=STORY, title="Grain", date="2024-06-18")
    h = hashlib.sha256()
    for part in ("a1", "Grain", "2024-06-18", STORY):  # the recipe every earlier graph was built with
        h.update(part.encode("utf-8") + b"\x00")
    assert plain.content_hash == h.hexdigest()[:16]
    assert Article(doc_id="a1", text=STORY, title="Grain", date="2024-06-18",
                   publication="Example Daily").content_hash != plain.content_hash


def test_csv_field_larger_than_default_csv_limit(tmp_path: Path) -> None:
    body = "Freedonia shipped grain to Sylvania. " * 5000  # ~185 KB, over csv's 128 KB default
    f = tmp_path / "long.csv"
    f.write_text(f'id,text\nlong1,"{body}"\n', encoding="utf-8")
    articles, skipped = read([f])
    assert skipped == [] and articles[0].text == body


@pytest.fixture
def csv_default_limit():
    """csv's field size limit at its default (as in a fresh process), whatever earlier tests did; put back after."""
    import csv

    before = csv.field_size_limit(131072)
    yield 131072
    csv.field_size_limit(before)


def test_reading_a_long_csv_field_leaves_csv_field_size_limit_as_it_was(tmp_path: Path, csv_default_limit) -> None:
    import csv

    body = "Freedonia shipped grain to Sylvania. " * 5000  # over the default limit
    f = tmp_path / "long.csv"
    f.write_text(f'id,text\nlong1,"{body}"\nlong2,"{body}"\n', encoding="utf-8")
    stream = read_articles([str(f)])
    first = next(stream)
    # between two articles the caller's own csv reading runs with its own limit, too
    assert csv.field_size_limit() == csv_default_limit
    rest = list(stream)
    assert csv.field_size_limit() == csv_default_limit
    assert [a.text for a in [first, *rest]] == [body, body]


# --- HTML --------------------------------------------------------------------

PAGE = """<html><head><title>Harbour talks resume | Example Daily</title>
<meta property="article:published_time" content="2023-03-04T08:00:00Z">
<link rel="canonical" href="https://example.org/harbour"></head>
<body><nav>Home | World | Sport</nav><article><h1>Harbour talks resume</h1>
<p>Delegates from Freedonia and Sylvania met at the harbour on Tuesday to discuss fishing quotas.</p>
<p>The talks ended without agreement, but both sides promised to meet again next month.</p>
</article><footer>Copyright Example Daily</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "harbour.html"
    f.write_text(PAGE, encoding="utf-8")
    (article,), skipped = read([f])
    assert skipped == []
    assert article.doc_id == "harbour"
    assert "Delegates from Freedonia and Sylvania met" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.title == "Harbour talks resume"
    assert article.date == "2023-03-04"
    assert article.url == "https://example.org/harbour"


def test_html_without_text(tmp_path: Path) -> None:
    f = tmp_path / "empty.htm"
    f.write_text("<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8")
    articles, skipped = read([f])
    assert articles == []
    assert reasons(skipped) == [f"{f}: no extractable text in HTML"]


# --- bad input ---------------------------------------------------------------


def test_bad_files_are_skipped_with_one_line_reasons(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"Freedonia\x00\x01\x02 met")
    (tmp_path / "binary.jsonl").write_bytes(b'{"id": 1}\x00\x00')
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks in Sylvania".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    articles, skipped = read([tmp_path, tmp_path / "missing.txt"])
    assert [a.doc_id for a in articles] == ["good"]
    assert reasons(skipped) == [
        f"{tmp_path / 'binary.jsonl'}: binary file (NUL bytes)",
        f"{tmp_path / 'binary.txt'}: binary file (NUL bytes)",
        f"{tmp_path / 'empty.jsonl'}: empty file",
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'latin.txt'}: not UTF-8 text",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_invalid_utf8_jsonl_line_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"id": "u1", "text": "Freedonia met Sylvania."}\n' + b"x" * 9000
                  + b'\n{"id": "u2", "text": "Caf\xe9"}\n{"id": "u3", "text": "Sylvania met Ruritania."}\n')
    articles, skipped = read([f])
    assert [a.doc_id for a in articles] == ["u1", "u3"]
    assert reasons(skipped) == [f"{f}:2: invalid JSON: Expecting value (column 1)", f"{f}:3: not UTF-8"]


def test_invalid_utf8_in_json_reports_its_line_and_keeps_earlier_items(tmp_path: Path) -> None:
    f = tmp_path / "export.json"
    good = json.dumps([{"id": f"j{i}", "text": "Freedonia met Sylvania."} for i in range(3)], indent=1)
    # Padding makes the bad byte land in a later read chunk than the first items.
    f.write_bytes(b"\xef\xbb\xbf" + good[:-2].encode() + b',\n{"id": "j3", "pad": "' + b"p" * 70000
                  + b'",\n "text": "Caf\xe9"}\n]\n')
    articles, skipped = read([f])
    assert [a.doc_id for a in articles] == ["j0", "j1", "j2"]
    bad_line = good.count("\n") + 2  # the items' lines, then j3's first line, then its "text" line
    assert reasons(skipped) == [f"{f}:{bad_line}: not UTF-8"]


def test_invalid_utf8_csv_row_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "wire.csv"
    f.write_bytes(b'\xef\xbb\xbfid,text\r\n'
                  b'c1,Freedonia met Sylvania.\r\n'
                  b'c2,"Caf\xe9 talks\r\nwent on."\r\n'
                  b'c3,"Sylvania met\r\nRuritania."\r\n'
                  b'c4,Ruritania thanked Freedonia.\r\n')
    articles, skipped = read([f])
    assert [(a.doc_id, a.text) for a in articles] == [
        ("c1", "Freedonia met Sylvania."), ("c3", "Sylvania met\nRuritania."), ("c4", "Ruritania thanked Freedonia.")]
    assert reasons(skipped) == [f"{f}:3: not UTF-8"]
    assert [a.source for a in articles] == [f"{f}:2", f"{f}:6", f"{f}:7"]


def test_csv_with_lone_carriage_returns(tmp_path: Path) -> None:
    f = tmp_path / "mac.csv"
    f.write_bytes(b'id,text\rm1,Freedonia met Sylvania.\rm2,"Sylvania\rthanked it."\r')
    articles, skipped = read([f])
    assert skipped == []
    assert [(a.doc_id, a.text, a.source) for a in articles] == [
        ("m1", "Freedonia met Sylvania.", f"{f}:2"), ("m2", "Sylvania\nthanked it.", f"{f}:4")]


def test_malformed_csv_row_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "quotes.csv"
    f.write_text('id,text\nq1,"Freedonia met Sylvania."\nq2,"bad" quote\nq3,Sylvania met Ruritania.\n',
                 encoding="utf-8")
    articles, skipped = read([f])
    assert [(a.doc_id, a.source) for a in articles] == [("q1", f"{f}:2"), ("q3", f"{f}:4")]
    assert reasons(skipped) == [f"{f}:3: malformed CSV row: ',' expected after '\"'"]


def test_bad_csv_header_skips_the_file_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"id,t\xe9xt\nc1,Freedonia met Sylvania.\n")
    (tmp_path / "b.csv").write_text('id,"te"xt\nc1,Freedonia met Sylvania.\n', encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert articles == []
    assert reasons(skipped) == [f"{tmp_path / 'a.csv'}:1: not UTF-8",
                                f"{tmp_path / 'b.csv'}:1: malformed CSV row: ',' expected after '\"'"]


def test_deeply_nested_json_is_invalid_json_not_a_crash(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    lines = tmp_path / "deep.jsonl"
    lines.write_text(json.dumps({"id": "d1", "text": "Freedonia met Sylvania."}) + "\n"
                     + '{"id": "d2", "text": "x", "extra": ' + deep + "}\n"
                     + json.dumps({"id": "d3", "text": "Sylvania met Ruritania."}) + "\n", encoding="utf-8")
    listed = tmp_path / "deep.json"
    listed.write_text('[{"id": "e1", "text": "Freedonia met Sylvania."},\n' + deep + "\n]", encoding="utf-8")
    single = tmp_path / "single.json"
    single.write_text("\n" + deep, encoding="utf-8")
    articles, skipped = read([lines, listed, single])
    assert [a.doc_id for a in articles] == ["d1", "d3", "e1"]
    assert reasons(skipped) == [f"{lines}:2: invalid JSON: nested too deeply",
                                f"{listed}:2: invalid JSON: nested too deeply",
                                f"{single}:2: invalid JSON: nested too deeply"]


def test_huge_texts_are_skipped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sources.validate, "MAX_TEXT_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("Freedonia met Sylvania. " * 100, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "big", "text": "é" * 600}) + "\n" + json.dumps({"id": "small", "text": "é" * 10}) + "\n",
        encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert [a.doc_id for a in articles] == ["small"]
    assert sorted(s.reason for s in skipped) == ["article text larger than 0 MB"] * 2
    assert {s.source for s in skipped} == {f"{tmp_path / 'feed.jsonl'}:1", str(tmp_path / "huge.txt")}


def test_duplicate_ids_second_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "talks.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / "talks.md").write_text("Another story about Ruritania.", encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert [a.source for a in articles] == [str(tmp_path / "a" / "talks.txt")]
    assert reasons(skipped) == [
        f"{tmp_path / 'b' / 'talks.md'}: duplicate id 'talks' (first in {tmp_path / 'a' / 'talks.txt'})"]


def test_no_callback_means_silent_skips(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    assert [a.doc_id for a in read_articles([str(tmp_path)])] == ["ok"]


# --- stdin -------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_plain_text(monkeypatch) -> None:
    fake_stdin(monkeypatch, ("\n\nTalks at the harbour\n\n" + STORY).encode("utf-8"))
    (article,), skipped = read(["-"])
    assert skipped == []
    assert (article.doc_id, article.title, article.source) == ("stdin", "Talks at the harbour", "stdin")
    assert article.text == "\n\nTalks at the harbour\n\n" + STORY


def test_stdin_jsonl_sniffed(monkeypatch) -> None:
    data = "\n" + json.dumps({"id": "s1", "text": "Freedonia met Sylvania."}) + "\nnot json\n" \
        + json.dumps({"text": "Sylvania thanked Freedonia."}) + "\n"
    fake_stdin(monkeypatch, data.encode("utf-8"))
    articles, skipped = read(["-"])
    assert [a.doc_id for a in articles] == ["s1", "stdin-4"]
    assert len(skipped) == 1 and skipped[0].source == "stdin:3" and skipped[0].reason.startswith("invalid JSON")


def test_stdin_jsonl_is_decoded_line_by_line(monkeypatch) -> None:
    data = (b'\xef\xbb\xbf{"id": "s1", "text": "Freedonia met Sylvania."}\n'
            b'{"id": "s2", "text": "Caf\xe9 talks."}\n'
            b'{"id": "s3", "text": "Sylvania thanked Freedonia."}\n')
    fake_stdin(monkeypatch, data)
    articles, skipped = read(["-"])
    assert [a.doc_id for a in articles] == ["s1", "s3"]
    assert skipped == [Skipped("stdin:2", "not UTF-8")]


def test_stdin_peeked_by_the_caller_is_read_from_its_first_line() -> None:
    stdin = sources.peek_stdin(io.BytesIO(b"\n  \n" + json.dumps({"id": "p1", "text": STORY}).encode() + b"\n"))
    assert stdin.is_jsonl and stdin.first.startswith(b"{")
    skipped: list[Skipped] = []
    articles = list(read_articles(["-"], on_skip=skipped.append, stdin=stdin))
    assert [(a.doc_id, a.source) for a in articles] == [("p1", "stdin:3")] and skipped == []


def test_stdin_bad_input(monkeypatch) -> None:
    fake_stdin(monkeypatch, b"Caf\xe9 in Sylvania\n")
    assert read(["-"]) == ([], [Skipped("stdin", "not UTF-8 text")])
    fake_stdin(monkeypatch, b"  \n\n")
    assert read(["-"]) == ([], [Skipped("stdin", "empty input")])
    fake_stdin(monkeypatch, b"Freedonia\x00met\n")
    assert read(["-"]) == ([], [Skipped("stdin", "binary input (NUL bytes)")])


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize("raw, iso", [
    ("2024-06-18", "2024-06-18"),
    ("2024-06-18T10:00:00Z", "2024-06-18"),
    ("2024-06-18 10:00", "2024-06-18"),
    ("18 June 2024", "2024-06-18"),
    ("18 Jun 2024", "2024-06-18"),
    ("June 18, 2024", "2024-06-18"),
    ("  June  18,  2024 ", "2024-06-18"),
    ("2024/06/18", "2024-06-18"),
    ("2024-13-45", None),
    ("yesterday", None),
    ("", None),
    (20240618, None),
    (None, None),
])
def test_normalise_date(raw, iso) -> None:
    assert normalise_date(raw) == iso


def test_single_path_string_is_not_split_into_characters(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(STORY, encoding="utf-8")
    assert [a.doc_id for a in read_articles(str(tmp_path))] == ["only"]


# --- text that is not Unicode -----------------------------------------------------


def test_lone_surrogate_escapes_skip_the_record_and_reading_goes_on(tmp_path: Path) -> None:
    # JSON may escape half of a surrogate pair ("\ud800"); Python decodes it into a string that no
    # output can encode, so the record is skipped. A whole pair and an escaped backslash are fine.
    good = {"id": "ok", "text": STORY + " \U0001f600 \\ud800"}
    lines = ['{"id": "lone", "text": "Freedonia sent grain. \\ud800"}',
             '{"id": "low\\udc00", "text": "Freedonia sent grain."}',
             json.dumps(good)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text("[" + json.dumps({"id": "first", "text": STORY}) + ",\n"
                                     + lines[0] + "]", encoding="utf-8")
    articles, skipped = read([tmp_path / "a.jsonl", tmp_path / "b.json"])
    assert [(a.doc_id, a.text) for a in articles] == [("ok", good["text"]), ("first", STORY)]
    assert [s.source for s in skipped] == [f"{tmp_path / 'a.jsonl'}:1", f"{tmp_path / 'a.jsonl'}:2",
                                           f"{tmp_path / 'b.json'}:2"]
    assert all("lone surrogate" in s.reason for s in skipped)
    with pytest.raises(jsonio.InvalidJSON, match="lone surrogate"):
        jsonio.decode_json('{"key\\udfff": 1}')


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_gives_a_writable_id(tmp_path: Path) -> None:
    name = os.fsdecode(b"grain-\xff")
    (tmp_path / f"{name}.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / f"{name}.jsonl").write_text(json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert skipped == []
    assert sorted(a.doc_id for a in articles) == ["grain-\ufffd", "grain-\ufffd-1"]
    for article in articles:
        article.doc_id.encode("utf-8")  # would raise for the lone surrogate Python reads \xff as
