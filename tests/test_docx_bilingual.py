"""The bilingual DOCX: each section a two-column table, Indonesian left and English right."""

from __future__ import annotations

from itertools import zip_longest

from docx_helpers import Read, W, document, rendered

BI = "distribution-id-en"


def _cells(row) -> list:
    return row.findall(f"{W}tc")


def test_each_article_is_a_two_column_table_with_headings_level():
    doc = document(BI)
    assert doc.langs == ("id", "en")
    r = rendered(BI)
    tables = [
        t
        for t in r.tables("BilingualTable")
        if any(Read.style(p) == "ArticleHeading" for p in t.iter(f"{W}p"))
    ]
    assert len(tables) == len(doc.articles())
    for table, section in zip(tables, doc.articles(), strict=True):
        assert len(table.findall(f"{W}tblGrid/{W}gridCol")) == 2
        rows = table.findall(f"{W}tr")
        id_paras, en_paras = section.texts["id"].paras, section.texts["en"].paras
        assert len(rows) == 1 + max(len(id_paras), len(en_paras))  # headings, then a row each
        left, right = _cells(rows[0])
        assert [Read.style(p) for p in left.iter(f"{W}p")] == ["ArticleHeading"]
        assert [Read.style(p) for p in right.iter(f"{W}p")] == ["ArticleHeadingEnglish"]
        assert Read.text(left.find(f"{W}p")) == "\n" + section.texts["id"].title
        assert Read.text(right.find(f"{W}p")) == "\n" + section.texts["en"].title
        for row, (a, b) in zip(rows[1:], zip_longest(id_paras, en_paras), strict=True):
            left, right = _cells(row)
            if a is not None and a.text:
                assert Read.text(left.find(f"{W}p")) == a.text
            if b is not None and b.text:
                assert Read.text(right.find(f"{W}p")) == b.text


def test_english_column_has_its_own_numbering_and_language():
    r = rendered(BI)
    numbering = r.part("word/numbering.xml")
    texts = {
        a.find(f"{W}name").get(f"{W}val"): a.find(f"{W}lvl/{W}lvlText").get(f"{W}val")
        for a in numbering.findall(f"{W}abstractNum")
        if a.find(f"{W}name") is not None
    }
    assert texts["Articles (id)"] == "Pasal %1" and texts["Articles (en)"] == "Article %1"
    english = r.styles["ClauseEnglish"].element
    assert english.find(f"{W}rPr/{W}lang").get(f"{W}val") == "en-GB"
    id_num = r.styles["Clause"].element.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    en_num = english.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    assert id_num != en_num


def test_cross_references_point_at_the_heading_in_their_own_language():
    r = rendered(BI)
    marks = {b.get(f"{W}name"): b.getparent() for b in r.body.iter(f"{W}bookmarkStart")}
    for instr in r.body.iter(f"{W}instrText"):
        if "REF" not in instr.text:
            continue
        target = instr.text.split()[1]
        lang = target.split("_")[2]
        para = instr.getparent().getparent()
        expected = "ArticleHeading" if lang == "id" else "ArticleHeadingEnglish"
        assert Read.style(marks[target]) == expected
        assert Read.style(para).endswith("English") == (lang == "en")


def test_title_page_and_title_block_are_bilingual():
    doc = document(BI)
    r = rendered(BI)
    body = list(r.body)
    brk = next(i for i, p in enumerate(body) if p.find(f"{W}pPr/{W}sectPr") is not None)
    cover = "\n".join(Read.text(p) for p in body[:brk])
    for lang in ("id", "en"):
        for line in doc.title_lines[lang]:
            assert line in cover
    # an empty paragraph opens the body: LibreOffice loses the footer of a section that
    # starts with a table
    assert Read.style(body[brk + 1]) == "SectionStart" and not Read.text(body[brk + 1])
    block = body[brk + 2]
    assert block.tag == f"{W}tbl"
    left, right = _cells(block.find(f"{W}tr"))
    assert Read.text(left.find(f"{W}p")).split("\n") == doc.title_lines["id"]
    assert Read.text(right.find(f"{W}p")).split("\n") == doc.title_lines["en"]


def test_signatures_and_footer_in_both_languages():
    r = rendered(BI)
    (table,) = r.tables("SignatureTable")
    texts = [Read.text(p) for p in table.iter(f"{W}p")]
    assert "Untuk dan atas nama / For and on behalf of" in texts
    footer = " ".join(Read.text(p) for f in r.parts("word/footer") for p in f.iter(f"{W}p"))
    assert "Halaman" in footer and "Page" in footer
