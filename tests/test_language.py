"""Articles the spaCy model cannot read (another language) are skipped with a reason; short texts never are."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit import language
from graphkit.cli import app
from graphkit.language import LanguageFilter, detect, model_language
from graphkit.types import Article, Skipped

# Invented paragraphs, each over language.MIN_CHARS characters.
PARAGRAPHS = {
    "fr": "Le ministre des affaires étrangères de la Sylvanie a rencontré hier son homologue de Freedonie à la "
          "frontière. Les deux pays ont signé un accord sur le commerce du blé et ont promis de se revoir au "
          "printemps pour parler de la pêche.",
    "de": "Der Außenminister von Sylvanien hat sich gestern mit seinem Amtskollegen aus Freedonien an der Grenze "
          "getroffen. Beide Länder unterzeichneten ein Abkommen über den Getreidehandel und wollen sich im "
          "Frühjahr wieder treffen, um über die Fischerei zu sprechen.",
    "es": "El ministro de asuntos exteriores de Silvania se reunió ayer con su homólogo de Freedonia en la "
          "frontera. Los dos países firmaron un acuerdo sobre el comercio de trigo y prometieron volver a "
          "verse en primavera para hablar de la pesca.",
    "ru": "Министр иностранных дел Сильвании вчера встретился со своим коллегой из Фридонии на границе. Две "
          "страны подписали соглашение о торговле зерном и пообещали снова встретиться весной, чтобы обсудить "
          "рыболовство.",
}
ENGLISH = ("The foreign minister of Sylvania met his counterpart from Freedonia at the border yesterday. The two "
           "countries signed an agreement on the grain trade and promised to meet again in the spring to talk "
           "about fishing.")
SHORT = ["Le président a rencontré le chancelier.", "Emmanuel Macron met Olaf Scholz in Berlin.",
         "Der Kanzler traf Wladimir Putin.", "Путин встретился с Си Цзиньпином."]


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_paragraphs_are_recognised(code: str) -> None:
    assert len(PARAGRAPHS[code]) >= language.MIN_CHARS
    found = detect(PARAGRAPHS[code])
    assert found is not None and found[0] == code and found[1] >= language.MIN_PROBABILITY


def test_the_default_model_reads_english() -> None:
    assert model_language(None) == "en"


def articles(texts: dict[str, str]) -> list[Article]:
    return [Article(doc_id=doc, text=text, source=f"{doc}.txt") for doc, text in texts.items()]


def test_filter_skips_other_languages_once_each_and_keeps_short_texts() -> None:
    skipped: list[Skipped] = []
    keep = LanguageFilter(None, skipped.append)
    texts = {"en": ENGLISH, **{f"short{i}": t for i, t in enumerate(SHORT)}, **PARAGRAPHS}
    kept = [a.doc_id for a in keep(articles(texts))]
    assert kept == ["en", "short0", "short1", "short2", "short3"]
    assert sorted(s.source for s in skipped) == sorted(f"{code}.txt" for code in PARAGRAPHS)
    assert all("\n" not in s.reason and "not English" in s.reason for s in skipped)
    assert keep.skipped == {code: 1 for code in PARAGRAPHS}


def test_a_model_for_another_language_reads_that_language(monkeypatch) -> None:
    monkeypatch.setattr(language, "model_language", lambda model: "de")
    skipped: list[Skipped] = []
    kept = [a.doc_id for a in LanguageFilter("de_core_news_sm", skipped.append)(
        articles({"de": PARAGRAPHS["de"], "en": ENGLISH}))]
    assert kept == ["de"] and [s.source for s in skipped] == ["en.txt"]


@pytest.mark.slow
def test_build_summary_counts_the_articles_skipped_by_language(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("Iran sent drones to Russia. " + ENGLISH, encoding="utf-8")
    for code in ("fr", "ru"):
        (tmp_path / f"{code}.txt").write_text(PARAGRAPHS[code], encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert "skipped 2 (1 in fr, 1 in ru)" in result.stderr
    assert "fr.txt: in French (fr), not English" in result.stderr


@pytest.mark.slow
def test_library_extract_skips_other_languages_and_reports_them() -> None:
    import graphkit

    texts = {"en": "Iran sent drones to Russia. " + ENGLISH, "fr": PARAGRAPHS["fr"], "ru": PARAGRAPHS["ru"]}
    skipped: list[Skipped] = []
    parsed: list[str] = []
    triples = list(graphkit.extract(articles(texts), on_skip=skipped.append,
                                    on_article=lambda article, _n: parsed.append(article.doc_id)))
    assert parsed == ["en"]  # the others never reach the parser
    assert triples and {t.doc_id for t in triples} == {"en"}
    assert [s.source for s in skipped] == ["fr.txt", "ru.txt"]
    assert "not English" in skipped[0].reason and "fr" in skipped[0].reason


@pytest.mark.slow
def test_library_extract_can_leave_the_language_unchecked() -> None:
    import graphkit

    skipped: list[Skipped] = []
    parsed: list[str] = []
    list(graphkit.extract(articles({"fr": PARAGRAPHS["fr"], "en": ENGLISH}), check_language=False,
                          on_skip=skipped.append, on_article=lambda article, _n: parsed.append(article.doc_id)))
    assert parsed == ["fr", "en"] and skipped == []


@pytest.mark.slow
def test_cli_extract_reports_and_counts_the_articles_skipped_by_language(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("Iran sent drones to Russia. " + ENGLISH, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(PARAGRAPHS["fr"], encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("fr.txt: in French (fr), not English") == 1  # reported once, not once per check
    assert "articles read 1, skipped 1" in result.stderr


def test_plain_english_passes_without_loading_the_identifier(monkeypatch) -> None:
    # py3langid's model costs ~90 MB: English news, the common case, must not need it.
    def refuse():
        raise AssertionError("the identifier was loaded for plain English")

    monkeypatch.setattr(language, "_identifier", refuse)
    text = " ".join([ENGLISH] * 2)
    assert language.reads_as_english(text)
    assert [a.doc_id for a in LanguageFilter(None)(articles({"en": text}))] == ["en"]


@pytest.mark.parametrize("code", ["fr", "de", "es"])
def test_other_languages_never_read_as_english(code: str) -> None:
    assert not language.reads_as_english(" ".join([PARAGRAPHS[code]] * 2))
