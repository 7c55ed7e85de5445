"""The details a lawyer fixes by hand (issue 15, item 6): short names defined where first used,
recitals without a doubled "bahwa", goal deadlines after signing, targets in digits and words
with their unit, page numbers that skip the cover and the annex, bilingual columns set
ragged, dates that do not break, and file names cut at a word boundary."""

from __future__ import annotations

import copy
import io
import re
import zipfile

import pytest
from conftest import load_answers
from docx_helpers import Read, W, document

from mou_cli import answers, words
from mou_cli.commands.drafting import SLUG_MAX, slug
from mou_cli.document.build import build
from mou_cli.errors import AnswersError
from mou_cli.library.loader import load_library
from mou_cli.library.recitals import cleaned, recital
from mou_cli.writers import docx as writer
from mou_cli.writers import pdf
from mou_cli.writers.docx_package import page_total, with_page_total
from mou_cli.writers.markdown import render as markdown

PARTIES = [("Universitas Sumatera Utara", "USU"), ("PT Tani Maju Sejahtera", "Tani Maju")]


# -- recitals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("bahwa USU memiliki kebun;", "id", "USU memiliki kebun"),
        ("Bahwa, USU memiliki kebun.", "id", "USU memiliki kebun"),
        ("Whereas the university runs farms.", "en", "The university runs farms"),
        ("that the university runs farms", "en", "The university runs farms"),
        ("bahwasanya tidak diubah", "id", "bahwasanya tidak diubah"),  # a whole word only
        ("the university runs farms", "en", "the university runs farms"),  # as typed
    ],
)
def test_a_typed_lead_word_is_taken_off(typed: str, lang: str, expected: str) -> None:
    assert cleaned(typed, lang) == expected


def test_short_names_are_defined_at_their_first_use_only() -> None:
    items = ["USU memiliki kebun.", "Tani Maju dan USU bekerja sama."]
    first, second = (recital(items, i, PARTIES, "id") for i in range(2))
    assert first == 'Universitas Sumatera Utara ("USU") memiliki kebun'
    # used once only: written out in full, not defined (mou check: an unused definition)
    assert second == "PT Tani Maju Sejahtera dan USU bekerja sama"


def test_a_short_name_used_again_elsewhere_is_defined() -> None:
    items = ["Tani Maju membuat aplikasi."]
    assert recital(items, 0, PARTIES, "id", elsewhere="Uji coba oleh Tani Maju") == (
        'PT Tani Maju Sejahtera ("Tani Maju") membuat aplikasi'
    )


def test_a_full_name_typed_first_gets_the_definition_after_it() -> None:
    items = [
        "Universitas Sumatera Utara (USU) dan PT Tani Maju Sejahtera bekerja sama.",
        "USU dan Tani Maju berbagi data.",
    ]
    assert recital(items, 0, PARTIES, "id") == (
        'Universitas Sumatera Utara ("USU") dan PT Tani Maju Sejahtera ("Tani Maju") bekerja sama'
    )
    assert recital(items, 1, PARTIES, "id") == "USU dan Tani Maju berbagi data"


def test_a_short_name_inside_a_word_is_left_alone_and_english_defines_nothing() -> None:
    assert recital(["USULAN ini"], 0, PARTIES, "id") == "USULAN ini"
    # the English komparisi defines ("USU") already
    assert recital(["USU runs farms."], 0, PARTIES, "en") == "USU runs farms"


def test_a_sentence_capital_is_dropped_after_bahwa_but_not_a_name() -> None:
    names = frozenset({"Jakarta"})
    assert recital(["Banjir di Medan berulang."], 0, PARTIES, "id", names) == (
        "banjir di Medan berulang"
    )
    assert recital(["Jakarta adalah ibu kota."], 0, PARTIES, "id", names) == (
        "Jakarta adalah ibu kota"
    )
    assert recital(["Koperasi Lut Tawar berdiri."], 0, PARTIES, "id", names).startswith("Kop")
    assert recital(["ITSM memiliki lab."], 0, PARTIES, "id", names).startswith("ITSM")


def test_recitals_in_a_draft_say_bahwa_once_and_define_the_short_names() -> None:
    a = load_answers("id-basic")
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    short = a.parties[0].short_name
    data["background"] = [
        f"Bahwa {short} mengembangkan perangkat lunak.",
        f"{short} berpengalaman.",
    ]
    text = markdown(build(answers.validate(data).answers, load_library()))
    assert "bahwa bahwa" not in text.lower()
    assert text.count(f'{a.parties[0].name} ("{short}")') == 1
    assert f"bahwa {a.parties[0].name} (" in text


# -- goals ---------------------------------------------------------------------------------------


def test_a_deadline_before_signing_is_an_error_naming_the_field_and_both_dates() -> None:
    a = load_answers("id-basic")
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data["goals"][0]["deadline"] = "2020-01-31"
    with pytest.raises(AnswersError) as err:
        answers.validate(data)
    (detail,) = err.value.details
    assert detail.startswith("goals[0].deadline:")
    assert "2020-01-31" in detail and a.date.isoformat() in detail
    assert "tanggal penandatanganan" in detail  # said in Indonesian too


def test_a_deadline_on_the_signing_date_is_accepted() -> None:
    a = load_answers("id-basic")
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data["goals"][0]["deadline"] = a.date.isoformat()
    assert answers.validate(data).answers.goals[0].deadline == a.date


@pytest.mark.parametrize(
    ("target", "unit", "id_text", "en_text"),
    [
        ("200", "orang", "200 (dua ratus) orang", "two hundred (200) orang"),
        ("5.000", "", "5.000 (lima ribu)", "five thousand (5,000)"),
        ("1,200", "", "1.200 (seribu dua ratus)", "one thousand two hundred (1,200)"),
        ("80%", "", "80% (delapan puluh persen)", "eighty percent (80%)"),
        ("12,5", "ton", "12,5 (dua belas koma lima) ton", "twelve point five (12.5) ton"),
        ("Tier 3", "", "Tier 3", "Tier 3"),  # not a number: as typed
    ],
)
def test_targets_are_written_in_digits_and_words_with_their_unit(
    target: str, unit: str, id_text: str, en_text: str
) -> None:
    assert words.quantity(target, unit, "id") == id_text
    assert words.quantity(target, unit, "en") == en_text


def test_goal_targets_in_the_draft_have_words_and_unit() -> None:
    a = load_answers("bilingual")
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data["goals"][0]["unit"] = {"id": "unit pompa", "en": "pumps"}
    doc = build(answers.validate(data).answers, load_library())
    text = markdown(doc)
    target = int(a.goals[0].target or "0")
    assert f"target {words.num(target, 'id')} unit pompa" in text
    assert f"a target of {words.num(target, 'en')} pumps" in text


# -- the DOCX ------------------------------------------------------------------------------------


def test_dates_in_the_docx_do_not_break() -> None:
    r = Read(writer.render(document("technology-id")))
    texts = [t.text or "" for t in r.body.iter(f"{W}t")]
    runs = [
        "".join(t.text or "-" for t in run.iter(f"{W}t", f"{W}noBreakHyphen"))
        for run in r.body.iter(f"{W}r")
    ]
    assert any(re.search(r"\d{1,2}\u00a0Maret\u00a0\d{4}", t) for t in texts)
    assert not any(re.search(r"\d{1,2} (?:Maret|April|Juni) \d{4}", t) for t in texts)
    # "(15-03-2027)" holds Word's non-breaking hyphens, not "-"
    assert any(re.search(r"\(\d\d-\d\d-\d{4}\)", t) for t in runs)
    assert not any(re.search(r"\(\d\d-\d\d-\d{4}\)", t) for t in texts)


@pytest.mark.parametrize(
    ("name", "align"), [("technology-id", "both"), ("marketing-id-en", "left")]
)
def test_bilingual_columns_are_set_ragged(name: str, align: str) -> None:
    r = Read(writer.render(document(name)))
    normal = r.zip.read("word/styles.xml").decode()
    style = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', normal, re.S)
    assert style is not None and f'<w:jc w:val="{align}"/>' in style.group(0)


def test_the_page_total_can_be_set_once_counted() -> None:
    data = writer.render(document("technology-id"))
    shown = page_total(data)
    assert shown == writer.estimated_pages(document("technology-id"))
    patched = with_page_total(data, 42)
    assert page_total(patched) == 42
    with zipfile.ZipFile(io.BytesIO(data)) as a, zipfile.ZipFile(io.BytesIO(patched)) as b:
        assert a.namelist() == b.namelist()
        same = [n for n in a.namelist() if not n.startswith("word/footer")]
        assert all(a.read(n) == b.read(n) for n in same)


@pytest.mark.skipif(pdf.find_soffice() is None, reason="needs LibreOffice (CI installs it)")
def test_pdf_pages_are_numbered_from_the_first_text_page_without_cover_or_annex() -> None:
    import pypdfium2 as pdfium

    from mou_cli.document.checklist import checklist

    doc = copy.deepcopy(document("technology-id"))
    data = writer.render(doc, checklist=checklist(load_answers("id-basic")))
    data = with_page_total(data, 1)  # a wrong guess, to be counted
    fixed, out = pdf.paged(data)
    pages = pdfium.PdfDocument(out)
    texts = [pages[i].get_textpage().get_text_range() for i in range(len(pages))]
    numbered = [t for t in texts if re.search(r"Halaman \d+ dari \d+", t)]
    total = len(numbered)
    assert "Halaman" not in texts[0]  # the cover
    assert "Halaman 1 dari" in texts[1]
    assert all(f"dari {total}" in t for t in numbered)
    assert len(texts) > total + 1  # the annex pages are not counted
    assert page_total(fixed) == total


# -- file names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Program Penguatan Literasi Keuangan Desa di Wilayah Sumatera Utara dan Sekitarnya",
        "Kerja Sama Pengelolaan Kawasan Hutan Lindung Berbasis Masyarakat di Sumatera Barat",
    ],
)
def test_file_names_are_cut_at_a_word_boundary(title: str) -> None:
    name = slug(title)
    assert len(name) <= SLUG_MAX
    words_in_title = {w.lower() for w in re.findall(r"\w+", title)}
    assert all(part in words_in_title for part in name.split("-"))


def test_a_single_long_word_is_still_cut_to_the_limit() -> None:
    assert slug("x" * 100) == "x" * SLUG_MAX
    assert slug("Short title") == "short-title"
