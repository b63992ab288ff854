"""Article dates, found where they are: metadata, else the text's date line or dateline, else the file name."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.sources import normalise_date, read_articles
from graphkit.sources.dates import name_date, text_date
from graphkit.types import Article, Skipped

BODY = "Freedonia sent grain to Sylvania.\nSylvania thanked Freedonia for the help.\n"


def read(*paths: Path) -> tuple[list[Article], list[Skipped]]:
    skipped: list[Skipped] = []
    return list(read_articles([str(p) for p in paths], on_skip=skipped.append)), skipped


@pytest.mark.parametrize("raw, iso", [
    ("2024-03-12", "2024-03-12"),                        # ISO
    ("2024-03-12T08:30:00+01:00", "2024-03-12"),
    ("Tue, 12 Mar 2024 08:30:00 +0000", "2024-03-12"),   # RFC 2822, as in RSS
    ("12 March 2024", "2024-03-12"),
    ("March 12, 2024", "2024-03-12"),
    ("Tuesday, 12 March 2024", "2024-03-12"),
    ("12 Mar. 2024 08:30 GMT", "2024-03-12"),
    ("12.03.2024", "2024-03-12"),                        # dots: day first
    ("20240312", "2024-03-12"),
    ("2024/03/12", "2024-03-12"),
    ("13/03/2024", "2024-03-13"),                        # slashes only when one order is impossible
    ("03/13/2024", "2024-03-13"),
    ("03/12/2024", None),                                # 3 December or 12 March: not guessed
    ("March 2024", None),                                # no day: dateutil would invent one
    ("March 12", None),                                  # no year
    ("1 2 3", None),
    ("sometime soon", None),
    ("2024-02-30", None),
    ("31.04.2024", None),
    ("12345678", None),
])
def test_normalise_date_formats(raw, iso) -> None:
    assert normalise_date(raw) == iso


@pytest.mark.parametrize("text, year, iso", [
    ("KYIV, June 3 (Reuters) - Ukraine said on Monday...", 2024, "2024-06-03"),
    ("KYIV, June 3 (Reuters) - Ukraine said on Monday...", None, None),  # no year anywhere: left empty
    ("GOMA, Congo, Feb. 24, 2024 (AP) — Rebels advanced.", None, "2024-02-24"),
    ("LONDON, 5 May - Talks resumed.", 2023, "2023-05-05"),
    ("Harbour talks\n\nPublished: 12 March 2024\n\nThe delegates met.", None, "2024-03-12"),
    ("Harbour talks\n\nMarch 12, 2024\n\nThe delegates met.", None, "2024-03-12"),
    ("Updated 12 March 2024 at 10:45 GMT\nThe delegates met.", None, "2024-03-12"),
    ("WASHINGTON (Reuters) - The talks of March 3, 2024 failed.", 2024, None),  # a date in a sentence is an event
    ("The delegates met on 12 March 2024 at the harbour.", None, None),
])
def test_text_date(text, year, iso) -> None:
    assert text_date(text, year) == iso


@pytest.mark.parametrize("name, iso", [
    ("2024-03-12-report", "2024-03-12"), ("20240312_x", "2024-03-12"), ("talks_2024.03.12", "2024-03-12"),
    ("report", None), ("id-12345678", None), ("2024-13-45-x", None),
])
def test_name_date(name, iso) -> None:
    assert name_date(name) == iso


def test_plain_text_dates_from_text_then_name(tmp_path: Path) -> None:
    folder = tmp_path / "2024"
    folder.mkdir()
    (folder / "kyiv.txt").write_text("KYIV, June 3 (Reuters) - " + BODY, encoding="utf-8")
    (tmp_path / "odesa.txt").write_text("KYIV, June 3 (Reuters) - " + BODY, encoding="utf-8")
    (tmp_path / "2023-11-02-report.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "20231103_brief.md").write_text("Harbour talks\n\nPublished: 1 November 2023\n\n" + BODY,
                                                 encoding="utf-8")
    (tmp_path / "wire-2022.txt").write_text("BAKU, 7 April - " + BODY, encoding="utf-8")
    dated = {a.source: a.date for a in read(folder, tmp_path / "odesa.txt", tmp_path / "2023-11-02-report.txt",
                                             tmp_path / "20231103_brief.md", tmp_path / "wire-2022.txt")[0]}
    assert dated == {
        str(folder / "kyiv.txt"): "2024-06-03",             # the year from the folder's name
        str(tmp_path / "odesa.txt"): None,                  # no year anywhere: not guessed
        str(tmp_path / "2023-11-02-report.txt"): "2023-11-02",
        str(tmp_path / "20231103_brief.md"): "2023-11-01",  # the text's date line before the name
        str(tmp_path / "wire-2022.txt"): "2022-04-07",
    }


def test_record_dates_metadata_first_then_text_and_one_report_per_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": "PARIS, May 2 - " + BODY, "date": "Tue, 12 Mar 2024 08:30:00 +0000"},
        {"id": "b", "text": "PARIS, May 2, 2023 - " + BODY},
        {"id": "c", "text": BODY, "date": "last Tuesday"},
        {"id": "d", "text": "PARIS, May 2 - " + BODY, "date": "May 2024"},
        {"id": "e", "text": BODY, "date": 42},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    articles, skipped = read(feed)
    assert [(a.doc_id, a.date) for a in articles] == [
        ("a", "2024-03-12"), ("b", "2023-05-02"), ("c", None), ("d", "2024-05-02"), ("e", None)]
    assert skipped == [Skipped(f"{feed}:3", "date 'last Tuesday' is not a readable date; ignored", part="date")]


def test_csv_and_json_dates(tmp_path: Path) -> None:
    table = tmp_path / "wire.csv"
    table.write_text('id,text,date\nc1,Freedonia met Sylvania.,12.03.2024\nc2,Sylvania met Ruritania.,20240313\n'
                     'c3,Ruritania met Freedonia.,"March 14, 2024"\n', encoding="utf-8")
    listing = tmp_path / "export.json"
    listing.write_text(json.dumps([{"id": "j1", "text": "Freedonia met Sylvania.", "date": "15 March 2024"}]),
                       encoding="utf-8")
    articles, skipped = read(table, listing)
    assert skipped == []
    assert [(a.doc_id, a.date) for a in articles] == [
        ("c1", "2024-03-12"), ("c2", "2024-03-13"), ("c3", "2024-03-14"), ("j1", "2024-03-15")]


PAGE = """<html><head><title>Harbour talks resume</title>{meta}</head>
<body><article><h1>Harbour talks resume</h1>
<p>{dateline}Delegates from Freedonia and Sylvania met at the harbour to discuss fishing quotas for the coming year.</p>
<p>The talks ended without agreement, but both sides promised to meet again next month in the capital.</p>
</article></body></html>"""


def test_html_dates_from_meta_tags_else_text(tmp_path: Path) -> None:
    tagged = tmp_path / "tagged.html"
    tagged.write_text(PAGE.format(meta='<meta property="article:published_time" content="2023-03-04T08:00:00Z">'
                                       '<meta property="og:site_name" content="Example Daily">',
                                  dateline="PORTO, May 9, 2022 - "), encoding="utf-8")
    untagged = tmp_path / "untagged.html"
    untagged.write_text(PAGE.format(meta="", dateline="PORTO, May 9, 2022 - "), encoding="utf-8")
    (first, second), skipped = read(tagged, untagged)
    assert skipped == []
    assert (first.date, first.publication) == ("2023-03-04", "Example Daily")
    assert (second.date, second.publication) == ("2022-05-09", None)


def test_stdin_dates_from_text_and_records() -> None:
    import io

    from graphkit.sources import peek_stdin

    text = peek_stdin(io.BytesIO(b"Harbour talks\n\nPublished: 12 March 2024\n\n" + BODY.encode()))
    lines = peek_stdin(io.BytesIO(json.dumps({"id": "s1", "text": "ROME, 4 July - " + BODY, "date": "2024"})
                                  .encode() + b"\n"))
    skipped: list[Skipped] = []
    dated = [(a.doc_id, a.date) for stdin in (text, lines)
             for a in read_articles(["-"], on_skip=skipped.append, stdin=stdin)]
    assert dated == [("stdin", "2024-03-12"), ("s1", "2024-07-04")]  # the record's bare year completes the dateline
    assert [(s.source, s.part) for s in skipped] == [("stdin:1", "date")]
