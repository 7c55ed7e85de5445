"""Readers for `mou check`: headings as real drafts write them, recitals, signature blocks,
languages, DOCX numbering/tables/tracked changes/comments, embedded answers, bad files."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from check_docx_helpers import (
    add_numbered_list,
    bilingual_docx,
    new_doc,
    number,
    numbered_docx,
    review_docx,
)

from mou_cli.document.embedded import dump_answers, front_matter
from mou_cli.errors import DraftError
from mou_cli.readers import read
from mou_cli.readers.headings import classify, number_value
from mou_cli.readers.markdown import read_text as read_md
from mou_cli.readers.text import read_text as read_txt

BODY = "Para pihak sepakat untuk bekerja sama dengan baik dalam kegiatan ini."
BODY_EN = "The parties agree to work together in good faith on this programme."


def articles(draft):
    return [(a.label, a.number, a.title) for a in draft.articles]


# --- headings ---------------------------------------------------------------------------------

HEADINGS = [
    ("Pasal 1", ("Pasal 1", 1, "")),
    ("PASAL 1", ("PASAL 1", 1, "")),
    ("Pasal 1 — Ruang Lingkup", ("Pasal 1", 1, "Ruang Lingkup")),
    ("Pasal 12: Keadaan Kahar", ("Pasal 12", 12, "Keadaan Kahar")),
    ("Article I", ("Article I", 1, "")),
    ("ARTICLE IV", ("ARTICLE IV", 4, "")),
    ("ARTICLE 4: Term", ("ARTICLE 4", 4, "Term")),
    ("SECTION 7.", ("SECTION 7.", 7, "")),
    ("Section 7 Confidentiality", ("Section 7", 7, "Confidentiality")),
    ("Article Twenty-One", ("Article Twenty-One", 21, "")),
    ("PASAL KEDUA", ("PASAL KEDUA", 2, "")),
    ("Pasal Kesebelas", ("Pasal Kesebelas", 11, "")),
    ("Clause 3 - Payment", ("Clause 3", 3, "Payment")),
    ("1. DEFINITIONS", ("1.", 1, "DEFINITIONS")),
    ("12. FORCE MAJEURE", ("12.", 12, "FORCE MAJEURE")),
    ("Article 3 : To carry out the exchanges in Article 2, staff travel.", ("Article 3", 3, "")),
    ("I. GENERAL", ("I.", 1, "GENERAL")),
    ("IV. TERM AND TERMINATION", ("IV.", 4, "TERM AND TERMINATION")),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_heading_styles(line, expected):
    h = classify(line)
    assert h is not None and h.kind == "article"
    assert (h.label, h.number, h.title) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Pasal 7 ayat (2) mengatur hal tersebut.",
        "Section 7 of this Agreement applies.",
        "1. The Parties will meet every month to review progress.",
        "1. menyediakan data;",
        "Article 4 and Article 5 survive termination.",
        "Pasal-pasal berikut berlaku.",
        "Article 1 Definitions ......... 3",  # a table of contents line
        "PASAL 2 MAKSUD DAN TUJUAN ... 2",
        "I. Ketentuan umum ... iv",
        "Section 9.3",  # a sub-section, not an article
    ],
)
def test_not_headings(line):
    h = classify(line)
    assert h is None or h.kind != "article"


def test_chapter_is_not_an_article():
    h = classify("BAB I")
    assert h is not None and (h.kind, h.number) == ("chapter", 1)
    text = f"BAB I\nKETENTUAN UMUM\n\nPasal 1\n{BODY}\n\nBAB II\nPENUTUP\n\nPasal 2\n{BODY}\n"
    d = read_txt(text)
    assert articles(d) == [("Pasal 1", 1, ""), ("Pasal 2", 2, "")]
    chapter = [c.text for c in d.chunks if c.text.startswith("BAB")]
    assert chapter == ["BAB I", "BAB II"]
    # the chapter title is not an article body
    assert [c.text for c in d.articles[0].body] == [BODY]


@pytest.mark.parametrize(
    ("value", "n"),
    [("IV", 4), ("xiv", 14), ("XL", 40), ("7", 7), ("twenty-one", 21), ("Kedua", 2),
     ("dua belas", 12), ("Pertama", 1), ("kedua puluh satu", 21), ("ninth", 9)],
)  # fmt: skip
def test_number_values(value, n):
    assert number_value(value) == n


def test_title_on_the_next_line_indonesian_convention():
    d = read_txt(f"Pasal 3\nKerahasiaan\n{BODY}\n\nPasal 4\nJangka Waktu\n{BODY}\n")
    assert articles(d) == [("Pasal 3", 3, "Kerahasiaan"), ("Pasal 4", 4, "Jangka Waktu")]
    assert [c.text for c in d.articles[0].body] == [BODY]


def test_lettered_sub_headings_in_text():
    d = read_txt(
        "I. GENERAL\nA. Parties to the Agreement\nThis agreement is between A and B.\n"
        "B. Purpose of the Agreement\nTo work together.\nII. TERM\nFive years.\n"
    )
    assert articles(d) == [("I.", 1, "GENERAL"), ("II.", 2, "TERM")]
    kinds = [(c.kind, c.text) for c in d.articles[0].body]
    assert kinds == [
        ("heading", "A. Parties to the Agreement"),
        ("para", "This agreement is between A and B."),
        ("heading", "B. Purpose of the Agreement"),
        ("para", "To work together."),
    ]


def test_sentence_after_heading_is_not_a_title():
    text = "Pasal 6\nBiaya pelaksanaan kegiatan ini dibebankan pada anggaran masing-masing dan\n"
    d = read_txt(text + "sesuai ketentuan.\n")
    assert articles(d) == [("Pasal 6", 6, "")]


def test_indented_and_capital_headings():
    text = f"      PASAL 1\n      RUANG LINGKUP\n{BODY}\n\n   ARTICLE II\n   TERM\n{BODY_EN}\n"
    d = read_txt(text)
    assert articles(d) == [("PASAL 1", 1, "RUANG LINGKUP"), ("ARTICLE II", 2, "TERM")]


def test_indented_heading_in_markdown_is_read_as_text():
    # four spaces make a Markdown code block; hand-written drafts indent headings anyway
    d = read_md(f"# MOU\n\n    Pasal 1\n    Ruang Lingkup\n\n{BODY}\n")
    assert articles(d) == [("Pasal 1", 1, "Ruang Lingkup")]
    assert d.articles[0].loc.line == 3


def test_run_in_headings():
    d = read_txt(
        "Article 5. Term. The term is five (5) years from signature.\n\n"
        "6. TERMINATION. Either party may end this MoU with notice.\n"
    )
    assert articles(d) == [("Article 5", 5, "Term")]
    body = [c.text for c in d.articles[0].body]
    assert body[0] == "The term is five (5) years from signature."
    # with keyword headings present, "6." is an item, not an article
    d2 = read_txt("6. TERMINATION. Either party may end this MoU with notice.\n")
    assert articles(d2) == [("6.", 6, "TERMINATION")]
    assert d2.articles[0].body[0].text == "Either party may end this MoU with notice."
    heading = next(c for c in d2.chunks if c.kind == "heading")
    assert heading.text == "6. TERMINATION."  # the run-in text is not repeated


def test_numbered_lists_inside_articles_are_not_articles():
    md = (
        "# MOU\n\n## Article 1 — Cooperation\n\nThe Parties will:\n\n"
        "1. EXCHANGE STAFF\n2. share data;\n3. meet monthly.\n\n## Article 2 — Term\n\n"
        f"{BODY_EN}\n"
    )
    d = read_md(md)
    assert articles(d) == [("Article 1", 1, "Cooperation"), ("Article 2", 2, "Term")]
    items = [c.text for c in d.articles[0].body if c.kind == "item"]
    assert items == ["1. EXCHANGE STAFF", "2. share data;", "3. meet monthly."]


def test_numbered_headings_when_no_keyword_headings():
    md = f"MOU\n\n1. PURPOSE\n\n{BODY_EN}\n\n2. TERM\n\n{BODY_EN}\n\n- 1. not a heading\n"
    d = read_md(md)
    assert [(a.label, a.number, a.title) for a in d.articles] == [
        ("1.", 1, "PURPOSE"),
        ("2.", 2, "TERM"),
    ]
    assert d.articles[0].lang == "en"


def test_markdown_lines_and_article_locations():
    md = f"# NOTA KESEPAHAMAN\n\n## Pasal 1 — Maksud\n\n{BODY}\n\n## Pasal 2 — Biaya\n\n{BODY}\n"
    d = read_md(md, "x.md")
    assert [a.loc.line for a in d.articles] == [3, 7]
    body = d.articles[1].body[0]
    assert (body.loc.line, body.loc.article) == (9, "Pasal 2")
    assert d.chunks[0].kind == "title"


# --- recitals, signature, languages ----------------------------------------------------------


def test_recitals_bahwa_and_whereas():
    d = read_txt(
        "NOTA KESEPAHAMAN\n\nPara pihak menerangkan terlebih dahulu:\n"
        "a. bahwa PIHAK PERTAMA adalah badan usaha;\nb. bahwa PIHAK KEDUA adalah yayasan;\n\n"
        f"Berdasarkan hal-hal tersebut, PARA PIHAK sepakat:\n\nPasal 1\nMaksud\n{BODY}\n"
    )
    parts = {c.text[:10]: c.part for c in d.chunks}
    assert parts["a. bahwa P"] == parts["b. bahwa P"] == "recitals"
    assert parts["Berdasarka"] == "front"
    e = read_md(
        "# MOU\n\nWHEREAS A is a university;\n\nWHEREAS B is a company;\n\n"
        f"NOW, THEREFORE, the Parties agree:\n\n## ARTICLE I\n\n**PURPOSE**\n\n{BODY_EN}\n"
    )
    assert [c.part for c in e.chunks if c.text.startswith("WHEREAS")] == ["recitals"] * 2
    assert articles(e) == [("ARTICLE I", 1, "PURPOSE")]


@pytest.mark.parametrize(
    "closing",
    [
        "IN WITNESS WHEREOF the Parties have signed this MoU.",
        "Demikian Nota Kesepahaman ini dibuat dalam rangkap 2 (dua).",
        "Untuk dan atas nama PT Maju",
        "For and on behalf of Globex Ltd",
    ],
)
def test_signature_block_detected(closing):
    d = read_txt(f"Pasal 1\nMaksud\n{BODY}\n\n{closing}\n\nNama: ______\nJabatan: Direktur\n")
    sig = [c.text for c in d.chunks if c.in_signature]
    assert sig[0] == closing and sig[-1].startswith("Nama")
    assert not any(c.in_signature for c in d.articles[0].body if c.text == BODY)


def test_treaty_style_recitals_in_capitals():
    d = read_txt(
        "MEMORANDUM OF UNDERSTANDING\n\nThe Ministry of X and the Ministry of Y (the Parties);\n"
        "DESIRING to strengthen the relations between the Parties;\nCONSIDERING the need "
        "to train diplomats;\nHAVE REACHED an understanding as follows:\nARTICLE 1 OBJECTIVES\n"
        f"{BODY_EN}\n"
    )
    assert [c.text.split()[0] for c in d.chunks if c.part == "recitals"] == [
        "DESIRING",
        "CONSIDERING",
    ]
    assert articles(d) == [("ARTICLE 1", 1, "OBJECTIVES")]


def test_demikian_pula_is_not_a_signature_block():
    d = read_txt(f"Pasal 1\nMaksud\nDemikian pula para pihak sepakat.\n\nPasal 2\nBiaya\n{BODY}\n")
    assert not any(c.in_signature for c in d.chunks)


def test_annex_after_signature_is_not_signature():
    d = read_txt(
        f"Pasal 1\nMaksud\n{BODY}\n\nDemikian Nota Kesepahaman ini dibuat.\n\nNama: ____\n\n"
        "LAMPIRAN\nRencana kerja tahun pertama.\n"
    )
    assert [c.text for c in d.annex] == ["LAMPIRAN", "Rencana kerja tahun pertama."]
    assert all(c.part == "annex" and not c.in_signature for c in d.annex)
    assert not any(c.part == "annex" for c in d.chunks)  # rules never see the annex


def test_languages_monolingual_and_bilingual_markdown():
    assert read_md(f"# A\n\n{BODY}\n\n{BODY}\n").langs == ("id",)
    d = read_md(f"# A\n\n## Pasal 1 — Maksud / Article 1 — Purpose\n\n{BODY}\n\n> {BODY_EN}\n")
    assert d.langs == ("id", "en") and d.bilingual
    assert articles(d) == [("Pasal 1", 1, "Maksud"), ("Article 1", 1, "Purpose")]
    assert [c.text for c in d.articles[0].body] == [BODY]
    assert [c.text for c in d.articles[1].body] == [BODY_EN]
    assert d.articles[1].lang == "en"


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_bilingual_table(tmp_path):
    d = read(bilingual_docx(tmp_path / "b.docx"))
    assert d.source_format == "docx" and d.langs == ("id", "en") and d.bilingual
    assert articles(d) == [
        ("Pasal 1", 1, "Ruang Lingkup"),
        ("Article 1", 1, "Scope"),
        ("Pasal 2", 2, "Jangka Waktu"),
        ("Article 2", 2, "Term"),
    ]
    pasal2, article2 = d.articles[2], d.articles[3]
    assert [(c.column, c.lang) for c in pasal2.body] == [(0, "id")]
    assert [(c.column, c.lang) for c in article2.body] == [(1, "en")]
    assert "2 (dua) tahun" in pasal2.body[0].text and "two (2) years" in article2.body[0].text
    assert pasal2.loc.para == 8 and pasal2.body[0].loc.article == "Pasal 2"
    sig = [c for c in d.chunks if c.in_signature]
    assert sig[0].text.startswith("Demikian") and any("Meterai" in c.text for c in sig)
    assert all(c.column is None for c in sig)  # a signature table is not bilingual columns


def test_docx_word_numbering_as_word_shows_it(tmp_path):
    d = read(numbered_docx(tmp_path / "n.docx"))
    assert articles(d) == [
        ("Pasal 1", 1, "Maksud dan Tujuan"),
        ("Pasal 2", 2, "Kerahasiaan"),
        ("Pasal 3", 3, "Jangka Waktu"),
    ]
    texts = [c.text for c in d.chunks if c.kind == "item"]
    # one list for all ayat: Word continues the count (3), (4) ... across articles
    assert texts[:3] == [
        "(1) Para pihak sepakat untuk bekerja sama.",
        "(2) Tujuannya jelas.",
        "(3) Informasi rahasia dijaga para pihak.",
    ]
    assert texts[-1] == "a. rincian pertama;"


def test_docx_numbering_restart_and_roman(tmp_path):
    from docx.oxml import parse_xml

    doc = new_doc()
    art = add_numbered_list(doc, [("upperRoman", "ARTICLE %1")], num_id=93)
    sub = add_numbered_list(doc, [("decimal", "%1."), ("decimal", "%1.%2")], num_id=94)
    numbering = doc.part.numbering_part.element
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{ns}" w:numId="95"><w:abstractNumId w:val="94"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    for i, title in enumerate(("PURPOSE", "TERM")):
        number(doc.add_paragraph(title, style="Heading 1"), art)
        number(doc.add_paragraph("The first point applies."), sub if i == 0 else "95", 1)
        number(doc.add_paragraph("The second point applies."), sub if i == 0 else "95", 1)
    path = tmp_path / "r.docx"
    doc.save(path)
    d = read(path)
    assert articles(d) == [("ARTICLE I", 1, "PURPOSE"), ("ARTICLE II", 2, "TERM")]
    items = [c.text.split()[0] for c in d.chunks if c.kind == "item"]
    assert items == ["1.1", "1.2", "1.1", "1.2"]


def test_docx_tracked_changes_comments_margins_and_suppression(tmp_path):
    d = read(review_docx(tmp_path / "r.docx"))
    assert [(loc.para, loc.article) for loc in d.tracked_changes] == [(3, "Pasal 1")]
    assert [(loc.para, loc.article) for loc in d.comments] == [(5, "Pasal 2")]  # not mou's own
    body = next(c.text for c in d.chunks if c.text.startswith("Para pihak"))
    assert body == "Para pihak sepakat untuk bekerja sama dengan itikad baik"  # changes accepted
    kinds = {c.kind: c.text for c in d.chunks if c.kind in ("header", "footer")}
    assert kinds == {"header": "RANCANGAN - TIDAK UNTUK DITANDATANGANI", "footer": "Halaman 1"}
    assert d.disabled == {"MOU-U001": {7}, "MOU-U002": {8}}
    assert not any("mou:" in c.text for c in d.chunks)


def test_docx_disable_file_in_hidden_paragraph(tmp_path):
    doc = new_doc()
    doc.add_paragraph().add_run("mou: disable-file=MOU-S001, MOU-S002").font.hidden = True
    doc.add_paragraph(BODY)
    doc.save(tmp_path / "h.docx")
    assert read(tmp_path / "h.docx").disabled == {"MOU-S001": {None}, "MOU-S002": {None}}


# --- suppression in Markdown and text -----------------------------------------------------------


def test_markdown_suppression_next_block_and_file():
    md = (
        "<!-- mou: disable-file=MOU-S003 -->\n\n# A\n\n<!-- mou: disable=MOU-C005,MOU-U001 -->\n"
        f"{BODY}\nsecond line\n\n{BODY}\n"
    )
    d = read_md(md)
    assert d.disabled["MOU-S003"] == {None}
    assert d.disabled["MOU-C005"] == {6, 7} == d.disabled["MOU-U001"]


def test_markdown_html_keeps_placeholders_and_drops_comments_and_formatting():
    md = (
        "# A\n\nNama: <<nama_pihak>>, alamat <Alamat Pihak>, a<br>b <!-- a note --> <u>garis</u>"
        " <<a>>\n\n<field>\n\n<div align=center>\nNOTA <<nomor>>\n</div>\n\n"
        "<!-- only a comment -->\n"
    )
    d = read_md(md)
    texts = [c.text for c in d.chunks]
    assert texts[1] == "Nama: <<nama_pihak>>, alamat <Alamat Pihak>, a b  garis <<a>>"
    assert texts[2:] == ["<field>", "NOTA <<nomor>>"]
    assert [c.loc.line for c in d.chunks[2:]] == [5, 8]
    assert not any("note" in t or "comment" in t for t in texts)


def test_markdown_placeholder_in_html_is_reported_and_can_be_suppressed():
    from mou_cli.check.registry import all_rules

    placeholder = all_rules()["MOU-U001"]
    d = read_md(f"# A\n\n{BODY} Wakil: <<nama_wakil>>.\n")
    assert [h.quote for h in placeholder.check(d)] and "<<nama_wakil>>" in d.full_text
    d = read_md(f"# A\n\n<!-- mou: disable=MOU-U001 -->\n{BODY} Wakil: <<nama_wakil>>.\n")
    assert d.disabled["MOU-U001"] == {4}
    d = read_md(f"# A\n\n{BODY} Wakil: <<nama_wakil>>. <!-- mou: disable=MOU-U001 -->\n")
    assert d.disabled["MOU-U001"] == {3}


def test_markdown_bilingual_layout_decides_the_language():
    """`mou`'s layout: plain paragraph = Indonesian, block quote = English, whatever words a
    paragraph holds (user text typed once appears in both columns)."""
    same = "Deliver 500 pumps to the warehouse of the distributor every quarter."
    md = (
        f"# A\n\n{BODY}\n\n> {BODY_EN}\n\n## Pasal 1 — Peran / Article 1 — Roles\n\n"
        f"(1) {same}\n\n> 1.1 {same}\n\n(2) {BODY}\n\n> 1.2 {BODY_EN}\n"
    )
    d = read_md(md)
    assert d.langs == ("id", "en") and d.bilingual
    ida, ena = d.articles
    assert (ida.lang, ena.lang) == ("id", "en")
    assert [c.text for c in ida.body] == [f"(1) {same}", f"(2) {BODY}"]
    assert [c.text for c in ena.body] == [f"1.1 {same}", f"1.2 {BODY_EN}"]
    # quotes in the same language as the text around them are just quotes
    d = read_md(f"# A\n\n{BODY}\n\n> {BODY}\n\n{BODY}\n\n> {BODY}\n")
    assert d.langs == ("id",) and not d.bilingual


def test_text_suppression():
    d = read_txt(f"mou: disable=all\n{BODY}\n\n{BODY}\n")
    assert d.disabled == {"*": {2}}


# --- embedded answers ------------------------------------------------------------------------

ANSWERS = {"schema": 1, "language": "id", "title": "Kerja Sama", "parties": [{"name": "PT A"}]}


def test_front_matter_round_trip_keeps_line_numbers():
    md = front_matter(ANSWERS) + f"\n# NOTA\n\n## Pasal 1 — Maksud\n\n{BODY}\n"
    d = read_md(md)
    assert d.answers == ANSWERS
    heading_line = md.split("\n").index("## Pasal 1 — Maksud") + 1
    assert d.articles[0].loc.line == heading_line
    assert not any("schema" in c.text for c in d.chunks)


def _with_answers(data: bytes, answers: dict) -> bytes:
    """``data`` (a DOCX) with ``answers`` embedded the way the DOCX writer embeds them."""
    import docx

    from mou_cli.writers.docx import add_answers, package_bytes

    d = docx.Document(io.BytesIO(data))
    add_answers(d, dump_answers(answers))
    return package_bytes(d)


def test_docx_embedded_answers_round_trip_and_deterministic(tmp_path):
    src = bilingual_docx(tmp_path / "b.docx").read_bytes()
    once = _with_answers(src, ANSWERS)
    assert once == _with_answers(src, ANSWERS)
    again = _with_answers(once, {**ANSWERS, "title": "Baru"})
    names = zipfile.ZipFile(io.BytesIO(again)).namelist()
    ours = [n for n in names if n.startswith("customXml/item") and "Props" not in n]
    assert len(ours) == len(
        [n for n in zipfile.ZipFile(io.BytesIO(once)).namelist() if n in ours]
    )  # replaced, not added
    (tmp_path / "e.docx").write_bytes(again)
    d = read(tmp_path / "e.docx")
    assert d.answers["title"] == "Baru"
    import docx

    assert docx.Document(str(tmp_path / "e.docx")).paragraphs  # still a valid document
    assert read(tmp_path / "b.docx").answers is None


# --- files that cannot be read ------------------------------------------------------------------


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "empty.md").write_bytes(b"")
    (tmp / "folder.md").mkdir()
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp / "pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp / "notzip.docx").write_text("just text, not a zip")
    _zip(tmp / "xlsx.docx", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500
    (tmp / "locked.docx").write_bytes(ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64)
    (tmp / "old.docx").write_bytes(ole + b"\0" * 512)
    _zip(
        tmp / "bomb.docx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * 5_000_000},
    )
    _zip(tmp / "badxml.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:"})
    (tmp / "draft.doc").write_bytes(ole)
    (tmp / "draft.pdf").write_bytes(b"%PDF-1.4")
    return {
        "empty": (tmp / "empty.md", "empty"),
        "folder": (tmp / "folder.md", "folder"),
        "binary": (tmp / "binary.txt", "binary"),
        "pdf as text": (tmp / "pdf.txt", "PDF"),
        "not a zip": (tmp / "notzip.docx", "not a Word document"),
        "zip not docx": (tmp / "xlsx.docx", "not a Word document"),
        "encrypted": (tmp / "locked.docx", "password-protected"),
        "old doc": (tmp / "old.docx", "old Word"),
        "zip bomb": (tmp / "bomb.docx", "zip bomb"),
        "bad xml": (tmp / "badxml.docx", "damaged"),
        "doc suffix": (tmp / "draft.doc", ".doc"),
        "pdf suffix": (tmp / "draft.pdf", "not a readable PDF"),
        "missing": (tmp / "nope.md", "no such file"),
    }


def test_bad_files_give_a_clear_error(tmp_path):
    for case, (path, words) in _bad_files(tmp_path).items():
        start = time.perf_counter()
        with pytest.raises(DraftError) as err:
            read(path)
        assert str(path) in err.value.message, case
        assert words in err.value.message, (case, err.value.message)
        assert time.perf_counter() - start < 2, case


def test_unpacked_size_limit(tmp_path, monkeypatch):
    import mou_cli.readers as readers

    path = bilingual_docx(tmp_path / "b.docx")
    monkeypatch.setattr(readers, "MAX_UNPACKED", 10_000)
    with pytest.raises(DraftError, match="limit for a draft"):
        read(path)


def test_text_encodings(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffPasal 1\nMaksud\n".encode() + BODY.encode())
    (tmp_path / "b.txt").write_bytes(("Pasal 1\nMaksud\n" + BODY).encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(("Pasal 1\nMaksud\n" + BODY + " café").encode("cp1252"))
    for name in ("a.txt", "b.txt", "c.txt"):
        assert articles(read(tmp_path / name)) == [("Pasal 1", 1, "Maksud")], name
