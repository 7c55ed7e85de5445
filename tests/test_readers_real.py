"""Structure of real agreements written by others: OCR'd scans, PDF text, hand-made Markdown.

Each test writes a short text that shows one pattern found in the development corpus (issue
14): OCR misreadings of headings, titles above their heading, running headers and scanner
debris, signature blocks in columns, bilingual texts numbered twice, sections that group
articles, table row numbers, wrapped references, English numbering styles. No corpus text is
copied here.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mou_cli.check.registry import all_rules
from mou_cli.readers.blocks import Block
from mou_cli.readers.headings import _toc_line, classify, ocr_heading, short_title
from mou_cli.readers.markdown import read_text as read_md
from mou_cli.readers.pdf import layout_free_lines
from mou_cli.readers.structure import assemble
from mou_cli.readers.text import blocks_from_lines
from mou_cli.readers.text import read_text as read_txt

# through the registry: importing one rule module alone would leave the others unregistered
article_numbering = all_rules()["MOU-K004"].check
missing_reference = all_rules()["MOU-K003"].check
empty_heading = all_rules()["MOU-U002"].check


def numbers(draft):
    return [a.number for a in draft.articles]


def titles(draft):
    return [a.title for a in draft.articles]


def hits(rule, draft):
    return list(rule(draft))


def read_pages(pages: list[str]):
    """A draft from page texts, the way the PDF reader makes one."""
    lines, _ = layout_free_lines(pages)
    return assemble("scan.pdf", "pdf", blocks_from_lines(lines, 1, {}, ocr=True))


# --- OCR misreadings of headings ----------------------------------------------------------------

OCR_HEADINGS = [
    ("PASAL5", "PASAL 5", 5),
    ("PASAL S", "PASAL 5", 5),
    ("Pasa! 12", "Pasal 12", 12),
    ("Pasai IS", "Pasal 15", 15),
    ("Pasa) 13", "Pasal 13", 13),
    ("Pnsnl 16", "Pasal 16", 16),
    ("Pasal ı", "Pasal 1", 1),
    (".4rticle I5", "Article 15", 15),
    ("Article I0", "Article 10", 10),
    ("Article 2I", "Article 21", 21),
    ("Article I I", "Article 11", 11),
    ("Article 9 ,", "Article 9", 9),
]


@pytest.mark.parametrize(("line", "label", "number"), OCR_HEADINGS)
def test_ocr_misread_headings_are_read_in_plain_text_only(line, label, number):
    h = classify(line, ocr=True)
    assert h is not None and (h.label, h.number, h.garbled) == (label, number, True)
    plain = classify(line)  # Markdown and DOCX are typed, not OCR'd
    assert plain is None or plain.number != number


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("|. LATAR BELAKANG", "I. LATAR BELAKANG"),
        ("Il. TUJUAN", "II. TUJUAN"),
        ("Vi. PENUTUP", "VI. PENUTUP"),
    ],
)
def test_ocr_misread_roman_numerals(line, expected):
    assert ocr_heading(line) == expected
    h = classify(line, ocr=True)
    assert h is not None and h.number == roman_value(expected.split(".")[0])


def roman_value(text: str) -> int:
    return {"I": 1, "II": 2, "VI": 6}[text]


@pytest.mark.parametrize("line", ["Pasal 3", "Pasal 5.", "Pasal 5. Kerahasiaan", "ARTICLE IV"])
def test_well_read_headings_are_not_repaired(line):
    assert ocr_heading(line) is None
    h = classify(line, ocr=True)
    assert h is not None and not h.garbled


@pytest.mark.parametrize(
    "line", ["Article is deleted.", "Pasal 1; dan", "Pasalnya tidak", "Pasal 5, 6 dan 7 berlaku"]
)
def test_ordinary_lines_are_no_headings_even_as_ocr(line):
    assert classify(line, ocr=True) is None


def test_a_misread_number_takes_the_number_its_neighbours_leave():
    text = "\n".join(
        f"{head}\nJUDUL {n}\nIsi pasal {n} disepakati PARA PIHAK.\n"
        for n, head in enumerate(["Pasal 1", "Pasal 2", "Pasa) I", "Pasal 4", "Pnsnl 5"], start=1)
    )
    draft = read_txt(text)
    assert numbers(draft) == [1, 2, 3, 4, 5]
    assert [a.label for a in draft.articles][2] == "Pasal 3"
    assert hits(article_numbering, draft) == []


def test_a_lost_paragraph_number_is_written_back():
    text = (
        "Pasal 1\nPelaksanaan\n"
        "() Kerja sama dilaksanakan oleh PARA PIHAK.\n"
        "(2) Pelaksanaan sebagaimana dimaksud pada ayat (1) diatur lebih lanjut.\n"
        "() Hal lain sebagaimana dimaksud pada ayat (2) disepakati bersama.\n"
    )
    draft = read_txt(text)
    body = [c.text for c in draft.articles[0].body]
    assert [t[:3] for t in body] == ["(1)", "(2)", "(3)"]
    assert hits(missing_reference, draft) == []


# --- titles above their heading, chapters -----------------------------------------------------


def test_titles_written_above_bare_headings():
    text = (
        "NOTA KESEPAHAMAN\n\n"
        "PARA PIHAK sepakat sebagai berikut.\n\n"
        "MAKSUD DAN TUJUAN\nPASAL 1\n\n(1) Maksud kerja sama ini adalah pendidikan.\n\n"
        "RUANG LINGKUP\nPASAL 2\n\n(1) Ruang lingkup meliputi penelitian.\n\n"
        "JANGKA WAKTU\nPASAL 3\n\n(1) Berlaku lima tahun.\n"
    )
    draft = read_txt(text)
    assert titles(draft) == ["MAKSUD DAN TUJUAN", "RUANG LINGKUP", "JANGKA WAKTU"]
    assert all(a.body and a.body[0].text.startswith("(1)") for a in draft.articles)


def test_a_chapter_title_is_not_taken_for_the_article_title():
    text = (
        "BAB I\nKETENTUAN UMUM\n\nPasal 1\nDalam perjanjian ini yang dimaksud dengan Kegiatan.\n\n"
        "BAB II\nMAKSUD DAN TUJUAN\n\nPasal 2\nMaksud dari perjanjian ini, adalah\n"
        "kerja sama pendidikan.\n"
    )
    draft = read_txt(text)
    assert numbers(draft) == [1, 2]
    assert titles(draft) == ["", ""]


def test_a_sentence_with_a_comma_is_not_a_title():
    assert not short_title("Maksud dari Perjanjian ini, adalah")
    assert short_title("Hak dan Kewajiban")


def test_sections_that_group_articles_are_chapters():
    text = "\n".join(
        ["SECTION 1: GENERAL TERMS"]
        + [f"ARTICLE {n}\nThe centres cooperate on item {n}." for n in (1, 2, 3)]
        + ["SECTION 2: EXCHANGE OF STAFF"]
        + [f"ARTICLE {n}\nThe centres exchange staff under item {n}." for n in (4, 5, 6)]
    )
    draft = read_txt(text)
    assert [a.label for a in draft.articles] == [f"ARTICLE {n}" for n in range(1, 7)]
    assert hits(article_numbering, draft) == [] and hits(empty_heading, draft) == []


def test_bilingual_headings_keep_their_pairs():
    text = "Pasal 1 — Maksud / Article 1 — Purpose\nPara pihak bekerja sama.\n"
    draft = read_txt(text)
    assert [a.label for a in draft.articles] == ["Pasal 1", "Article 1"]


# --- page layout of PDFs and scans ------------------------------------------------------------


def test_running_headers_footers_and_debris_leave_the_text():
    pages = [
        "NOTA KESEPAHAMAN ANTARA A DAN B\nPasal 1\nMaksud\n(1) Kerja sama pendidikan dan\n"
        "penelitian bagi masing-\nmasing PIHAK yang ber-\nlaku.\nParaf 1 ...... Paraf 2 ......\n9|Page",
        "rw www ——.s————\nKesepakatan Kerja Sama A-B Halaman 2 dari 3\n(3)\nPasal 2\nJangka Waktu\n"
        "Berlaku lima tahun.\nParaf 1 sf. 6 Paraf 2 .....\n10| Page",
        "Kesepakatan Kerja Sama A-B Ha1aman 3 dari 3\nPasal 3\nPenutup\nDibuat rangkap dua.\n"
        "19850402 199003 1 002\nmou-draft-final.docx",
    ]
    lines, page_of = layout_free_lines(pages)
    text = "\n".join(lines)
    for gone in ("Paraf", "Page", "Halaman", "rw www", ".docx", "Ha1aman"):
        assert gone not in text, gone
    assert "masing-masing PIHAK yang berlaku." in text  # a repeated word keeps its hyphen
    assert "(3)" in lines  # a paragraph number set apart by OCR is text, not debris
    assert "19850402 199003 1 002" in lines  # an identity number under a signature stays
    assert page_of[lines.index("Pasal 3")] == 3


def test_pdfium_hyphen_mark_splits_a_line():
    lines, _ = layout_free_lines(["yang bersangkutan\ufffePasal 8\nKeuangan"])
    assert "Pasal 8" in lines


# --- signature blocks -------------------------------------------------------------------------

SIGNATURE_OPENERS = [
    "PIHAK PERTAMA PIHAK KEDUA",
    "PIHAK PERTAMA, PIHAK Ime",  # the second label OCR'd as noise
    "IHAK PERTAMA, PIHAK KEDUA,",
    "PIHAK PERTAMA (PENGEMBANG)         PIHAK KEDUA (SEKOLAH)",
    "Pihak Pertama / First Party",
    "Medan, 7 Februari 2010",
    "Jakarta, [Tanggal Penandatanganan]",
    "By: ______________________",
    "Signatures",
]


@pytest.mark.parametrize("opener", SIGNATURE_OPENERS)
def test_signature_blocks_in_columns_and_forms(opener):
    text = (
        "Pasal 1\nMaksud\nPARA PIHAK bekerja sama dalam pendidikan.\n"
        "Pasal 2\nPenutup\nPerjanjian ini dibuat rangkap dua.\n"
        f"{opener}\nRektor Direktur\n1S =e —-—-\nDr. Nama Satu Ir. Nama Dua\n"
    )
    draft = read_txt(text)
    signed = [c.text for c in draft.chunks if c.in_signature]
    assert signed and signed[0].startswith(opener.split()[0])
    assert "Dr. Nama Satu" in " ".join(signed)
    assert numbers(draft) == [1, 2]
    assert all("Rektor" not in c.text for c in draft.articles[-1].body)


def test_a_short_title_line_after_a_sentence_starts_a_block():
    lines = ["The parties agree as follows.", "Scope of Work", "DSSD will build a map."]
    blocks = blocks_from_lines(lines, ocr=True)
    assert [b.text for b in blocks] == lines


def test_names_in_a_signature_block_stay_together():
    lines = ["PIHAK KEDUA", "Untuk dan atas nama", "Institut Teknologi", "Sabang Merauke"]
    blocks = blocks_from_lines(lines, ocr=True)
    assert [b.text for b in blocks] == [
        "PIHAK KEDUA",
        "Untuk dan atas nama\nInstitut Teknologi\nSabang Merauke",
    ]


# --- bilingual texts numbered once per language -----------------------------------------------


def test_bilingual_blocks_numbered_per_language():
    text = (
        "1. PENGERTIAN\n\na. Pihak Yang Menerima adalah pihak yang menerima informasi dari pihak "
        "lainnya;\n\n"
        "1. DEFINITIONS\n\na. Receiving Party means the party that receives the information from "
        "the other party;\n\n"
        "2. KERAHASIAAN\n\nPihak Yang Menerima wajib menjaga kerahasiaan informasi tersebut dan "
        "tidak akan mengungkapkannya.\n\n"
        "2. NON-DISCLOSURE\n\na. The Receiving Party shall keep the information confidential and "
        "shall not disclose it.\n\n"
        "3. BAHASA\n\nPerjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris.\n\n"
        "3. LANGUAGE\n\nThis Agreement is made in the Indonesian and the English language.\n"
    )
    draft = read_txt(text)
    assert draft.bilingual
    assert [(a.number, a.lang) for a in draft.articles] == [
        (1, "id"), (1, "en"), (2, "id"), (2, "en"), (3, "id"), (3, "en"),
    ]  # fmt: skip
    assert hits(article_numbering, draft) == [] and hits(empty_heading, draft) == []


def test_a_numbered_party_with_an_abbreviation_is_not_an_article():
    text = (
        "1. PT. MAJU JAYA, suatu perseroan terbatas yang berkedudukan di Jakarta.\n\n"
        "2. Budi Santoso, pemegang KTP, selanjutnya disebut Klien.\n\n"
        "1. RUANG LINGKUP\n\nPARA PIHAK bekerja sama dalam pemasaran.\n\n"
        "2. BIAYA\n\nBiaya ditanggung Klien.\n"
    )
    draft = read_txt(text)
    assert [a.title for a in draft.articles] == ["RUANG LINGKUP", "BIAYA"]


# --- tables -----------------------------------------------------------------------------------


def test_row_numbers_of_a_price_table_are_not_articles():
    blocks = [
        Block("1. Produk", kind="heading", cues=True),
        Block("Pihak Pertama menyediakan kartu.", kind="para"),
        Block("2. Harga Layanan", kind="heading", cues=True),
        Block("a. Harga produk kartu", kind="item"),
    ]
    for row, label in enumerate(["Kartu Tercetak", "Lanyard"], start=1):
        blocks += [
            Block(str(row), kind="cell", cues=True, table=0, row=row),
            Block(label, kind="cell", cues=True, table=0, row=row),
            Block("Rp10.000", kind="cell", table=0, row=row),
        ]
    blocks += [Block("3. Pembayaran", kind="heading", cues=True), Block("Dibayar bulanan.")]
    draft = assemble("x.docx", "docx", blocks)
    assert [(a.number, a.title) for a in draft.articles] == [
        (1, "Produk"), (2, "Harga Layanan"), (3, "Pembayaran"),
    ]  # fmt: skip


# --- English numbering styles -----------------------------------------------------------------


def test_a_reference_wrapped_after_this_is_not_a_heading():
    text = (
        "1. Definitions. The following terms have the meanings below.\n\n"
        "2. Obligations of Covered Entity.\n\n   a. Covered Entity shares the data set.\n\n"
        "3. Term and Termination.\n\n"
        "   a. This Agreement continues until terminated under the provisions of this\n"
        "      Section 3. All duties survive termination.\n\n"
        "4. Miscellaneous Terms.\n\n   a. Amendment. The parties may amend this Agreement.\n"
    )
    draft = read_txt(text)
    assert numbers(draft) == [1, 2, 3, 4]
    assert titles(draft)[:2] == ["Definitions", "Obligations of Covered Entity"]
    assert hits(article_numbering, draft) == [] and hits(missing_reference, draft) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3. Supply Forecasts. On or before each quarter the Purchaser sends a forecast.", 3),
        ("7. TERM. The term is two years.", 7),
        ("1. Market Access: Partner opens its market.", None),  # a label, not a title
        ("2. The Supplier shall deliver the goods.", None),
        ("3. Pursuant to Section 2. The Buyer pays.", None),
    ],
)
def test_english_run_in_headings(line, expected):
    h = classify(line)
    assert (h.number if h else None) == expected


@pytest.mark.parametrize(
    "heading", ["Section 7.", "ARTICLE IV", "   ARTICLE 7   ", "7. CONFIDENTIALITY"]
)
def test_english_heading_styles(heading):
    text = f"{heading}\nEach party keeps the other's information confidential.\n"
    assert numbers(read_txt(text)) in ([4], [7])


def test_a_numbered_line_over_its_sub_clauses_is_a_heading():
    md = (
        "1. Supply. The Supplier supplies the goods.\n\n"
        "2. Orders\n2.1. Purchase Orders. The Purchaser orders in writing.\n\n"
        "3. Delivery. The Supplier delivers within a week.\n"
    )
    draft = read_md(md)
    assert [(a.number, a.title) for a in draft.articles] == [
        (1, "Supply"), (2, "Orders"), (3, "Delivery"),
    ]  # fmt: skip


def test_markdown_bold_first_line_and_point_zero_numbering():
    md = (
        "**1.0 Period of Agreement**\n\nThis Agreement runs two years.\n\n"
        "**2.0 Use of Data**\n\nData is used for research only.\n\n"
        "3. **Conflict of interest.**\n   Each party discloses any conflict.\n\n"
        "4. **Funding provisions.**\n   Each party bears its own costs.\n"
    )
    draft = read_md(md)
    assert [(a.number, a.title) for a in draft.articles] == [
        (1, "Period of Agreement"), (2, "Use of Data"), (3, "Conflict of interest"),
        (4, "Funding provisions"),
    ]  # fmt: skip
    assert draft.articles[2].body[0].text.startswith("Each party discloses")


def test_point_zero_under_a_numbered_article_is_its_first_clause():
    blocks = [
        Block("4. Partner Commitments", kind="heading", cues=True),
        Block("4.0 Partner Qualifications", kind="heading", cues=True),
        Block("The Partner provides its registration."),
        Block("4.1 Project Verification", kind="heading", cues=True),
        Block("5. Hromada Commitments", kind="heading", cues=True),
        Block("Hromada funds the projects."),
    ]
    draft = assemble("x.docx", "docx", blocks)
    assert numbers(draft) == [4, 5] or numbers(draft)[:2] == [4, 5]
    assert hits(article_numbering, draft)[0].message["en"].startswith("The first article")


def test_a_whole_draft_in_a_markdown_fence_is_markdown():
    md = "```markdown\n# AGREEMENT\n\n## ARTICLE I\n## DEFINITIONS\n\nTerms.\n\n## ARTICLE II\n## TERM\n\nTwo years.\n```\n"
    draft = read_md(md)
    assert [(a.number, a.title, a.loc.line) for a in draft.articles] == [
        (1, "DEFINITIONS", 4), (2, "TERM", 9),
    ]  # fmt: skip
    partial = "Intro.\n\n```markdown\n# Report\n## 1. Summary\n```\n\n## Pasal 1\nIsi.\n"
    assert [a.label for a in read_md(partial).articles] == ["Pasal 1"]


def test_numbered_lists_inside_unnumbered_sections_are_not_articles():
    sections = "\n\n".join(f"## Bagian {name}\n\nIsi bagian {name}." for name in "ABCDEF")
    md = (
        "# Perjanjian\n\n## Lingkup\n\n### Area Kerja Sama\n\n"
        "#### 1. Joint Projects\n\nProyek bersama.\n\n#### 2. Training\n\nPelatihan.\n\n"
        f"{sections}\n"
    )
    assert read_md(md).articles == []
    numbered = "\n\n".join(f"## {n}. BAGIAN {n}\n\nIsi {n}." for n in range(1, 6))
    assert numbers(read_md(f"# Perjanjian\n\n{numbered}\n\n## Lampiran\n\nDaftar.\n")) == [
        1, 2, 3, 4, 5,
    ]  # fmt: skip


def test_exhibits_after_the_signature_block_are_not_articles():
    text = (
        "1. SCOPE\n\nThe partner resells the products.\n\n2. TERM\n\nTwo years.\n\n"
        "IN WITNESS WHEREOF the parties sign below.\n\nBy: __________\n\n"
        "EXHIBIT A\n\n1. PRICE LIST\n\nUnit price USD 10.\n\n2. TERRITORY\n\nIndonesia.\n"
    )
    draft = read_txt(text)
    assert numbers(draft) == [1, 2]
    assert any("PRICE LIST" in c.text for c in draft.annex)


# --- hostile input ----------------------------------------------------------------------------

_OLD_TOC = re.compile(r"(\.{3,}|…+|_{4,}|\t)\s*[\divxlc]+\s*$", re.I)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["_", ".", "…", " ", "\t", "a", "1", ". ", "v", "\u00a0"])))
def test_table_of_contents_test_says_what_the_old_pattern_said(parts):
    """``_toc_line`` replaced a pattern whose search time grew with the square of a line of
    dots; it accepts exactly the lines that pattern matched."""
    line = "".join(parts)
    assert _toc_line(line) == bool(_OLD_TOC.search(line))


def test_new_patterns_stay_linear_on_hostile_lines():
    """Each reader pattern added for real documents, on lines built to make a backtracking
    pattern blow up, in a subprocess with a time limit."""
    code = r"""
import time
from mou_cli.readers import landmarks, pdf, text
from mou_cli.readers.headings import classify, ocr_heading
n = 40_000
lines = [
    "Pasal" + " " * n + "x", "PASAL " + "I" * n, "." * n + "4rticle 1", "Il" + "." * n,
    "PIHAK PERTAMA" + " ," * n + "x", "PIHAK PERTAMA (" + "(" * n, "Jakarta" + " " * n + ",",
    "Paraf" + " 1" * n, "(" + " " * n + "1", "a" * n + " )", "by:" + " " * n + "_",
    "1. " + "A " * n + ". x", "1.0" + " " * n + "x", "() " + "x" * n,
]
start = time.process_time()
for line in lines:
    classify(line, ocr=True); ocr_heading(line); landmarks.signature_line(line)
    pdf._edge_only(line); pdf._page_body([line, line], set())
    text.blocks_from_lines([line, line], ocr=True)
print(time.process_time() - start)
"""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 10 and time.monotonic() - start < 60
