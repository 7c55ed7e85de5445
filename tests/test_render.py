"""Rendering: golden Markdown per language, determinism, and user text kept as data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import load_answers
from markdown_it import MarkdownIt

from mou_cli.document.build import build
from mou_cli.document.embedded import split_front_matter
from mou_cli.library.loader import load_library
from mou_cli.writers import markdown

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MOU_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("name", ["id-basic", "en-3party", "bilingual"])
def test_golden_markdown(name: str) -> None:
    """The whole Markdown draft, byte for byte (MOU_UPDATE_GOLDEN=1 rewrites after review)."""
    text = markdown.render(build(load_answers(name), load_library()))
    golden = GOLDEN / f"{name}.md"
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["id-basic", "en-3party", "bilingual", "weak"])
def test_rendering_twice_gives_the_same_text(name: str) -> None:
    a = load_answers(name)
    assert markdown.render(build(a, load_library())) == markdown.render(build(a, load_library()))


def test_articles_are_numbered_in_order_without_gaps() -> None:
    doc = build(load_answers("weak"), load_library())
    numbers = [s.number for s in doc.articles()]
    assert numbers == list(range(1, len(numbers) + 1))
    full = build(load_answers("id-basic"), load_library())
    assert len(full.articles()) > len(doc.articles())


def test_bilingual_sections_have_both_languages() -> None:
    doc = build(load_answers("bilingual"), load_library())
    assert doc.langs == ("id", "en")
    for s in doc.sections:
        assert set(s.texts) == {"id", "en"}
        assert s.texts["id"].title and s.texts["en"].title


def test_indonesian_conventions_in_the_text() -> None:
    text = markdown.render(build(load_answers("id-basic"), load_library()))
    assert (
        "Pada hari ini, Senin, tanggal delapan bulan Maret tahun dua ribu dua puluh tujuh" in text
    )
    assert "PIHAK PERTAMA" in text and "PIHAK KEDUA" in text and "PARA PIHAK" in text
    assert "## Pasal 1 — " in text
    assert "65% (enam puluh lima persen)" in text
    assert "Badan Arbitrase Nasional Indonesia" in text


def test_english_conventions_in_the_text() -> None:
    text = markdown.render(build(load_answers("en-3party"), load_library()))
    assert "## Article 1 — " in text
    assert "forty-five percent (45%)" in text
    assert "Pengadilan Negeri Ambon" in text
    assert "calendar days" in text


HOSTILE = [
    "{{ 7*7 }}",
    "{% if true %}x{% endif %}",
    "# heading",
    "*bold* _it_ `code`",
    "| table | row |",
    "1. item",
    "- item",
    "<w:p/> ]]> <script>",
    "[link](http://x)",
    "line one\nline two\n# not a heading",
    "Ωμέγα عربى 中文 🤝",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_user_text_is_data_in_markdown(value: str) -> None:
    a = load_answers("en-3party")
    a = a.model_copy(
        update={"parties": [a.parties[0].model_copy(update={"address": value}), *a.parties[1:]]}
    )
    text = _body(markdown.render(build(a, load_library())))
    assert "49" not in text.replace("2049", "")  # never evaluated
    tokens = MarkdownIt("commonmark").parse(text)
    inline = "\n".join(t.content for t in tokens if t.type == "inline")
    shown = MarkdownIt("commonmark").render(text)
    # Structure is unchanged: the same number of headings as without the hostile value.
    plain = _body(markdown.render(build(load_answers("en-3party"), load_library())))
    assert shown.count("<h") == MarkdownIt("commonmark").render(plain).count("<h")
    assert "<w:p/>" not in shown and "<script>" not in shown
    # Every line of the value is in the document text exactly as typed (after unescaping).
    rendered_text = _visible_text(shown)
    for line in value.split("\n"):
        assert line in rendered_text, (line, inline[:200])


def _body(text: str) -> str:
    """The Markdown after its YAML front matter, as front-matter-aware renderers show it."""
    front, answers_found = split_front_matter(text)[1:]
    assert front is not None and answers_found is not None
    return text.split("\n---\n", 1)[1]


def test_front_matter_carries_the_answers_exactly() -> None:
    a = load_answers("en-3party")
    hostile = "---\n<w:p/> {{ 7*7 }} ]]>\n..."
    a = a.model_copy(
        update={"parties": [a.parties[0].model_copy(update={"address": hostile}), *a.parties[1:]]}
    )
    text = markdown.render(build(a, load_library()))
    _, _, found = split_front_matter(text)
    assert found is not None
    assert found["parties"][0]["address"] == hostile


def _visible_text(html: str) -> str:
    import html as html_mod
    import re

    return html_mod.unescape(re.sub(r"<[^>]+>", "", html))


def test_escape_round_trips_through_commonmark() -> None:
    for value in HOSTILE:
        html = MarkdownIt("commonmark").render(markdown.escape(value))
        assert _visible_text(html).strip().replace("\n", " ") == " ".join(
            line.strip() for line in value.split("\n")
        )
