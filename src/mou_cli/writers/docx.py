"""The DOCX writer: the document tree as a Word document (the one module that builds DOCX)."""

from __future__ import annotations

import io
import re
from itertools import zip_longest

from mou_cli.document.tree import Document, Para, Section
from mou_cli.writers.markdown import letter, para_number

# XML 1.0 cannot hold these; they are dropped (tab and newline are kept as tab and line break).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text as a DOCX can hold it: XML-illegal control characters removed."""
    return _ILLEGAL_XML.sub("", text)


def render(doc: Document) -> bytes:
    """The whole document as DOCX bytes."""
    from docx import Document as new_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = new_docx()
    core = d.core_properties
    core.title = clean(doc.meta.get("title", ""))
    core.subject = clean(doc.meta.get("subject", ""))
    core.author = clean(doc.meta.get("author", ""))
    core.keywords = clean(doc.meta.get("keywords", ""))

    for lang in doc.langs:
        for i, line in enumerate(doc.title_lines[lang]):
            p = d.add_paragraph(style="Title" if i == 0 else None)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(clean(line))
            run.bold = True

    for section in doc.sections:
        if len(doc.langs) == 1:
            _section(d, doc, section, doc.langs[0])
        else:
            _bilingual(d, doc, section)

    if doc.signatures:
        sig = doc.signatures
        lang = doc.langs[0]
        table = d.add_table(rows=4, cols=len(sig.signatories))
        table.style = "Table Grid"
        for j, s in enumerate(sig.signatories):
            labels = sig.labels[lang]
            table.cell(0, j).text = clean(f"{s.label[lang]}\n{labels['for_party']} {s.name}")
            table.cell(1, j).text = (
                clean(labels["e_stamp" if sig.e_meterai else "stamp"]) if sig.stamp_duty else ""
            )
            table.cell(2, j).text = clean(s.representative)
            table.cell(3, j).text = clean(s.title)
        if sig.witnesses:
            d.add_paragraph(clean(sig.labels[lang]["witnesses"]))
            for name, title in sig.witnesses:
                d.add_paragraph(clean(f"{name}, {title}"))

    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _section(d, doc: Document, section: Section, lang: str) -> None:
    block = section.texts[lang]
    if section.part == "article":
        d.add_heading(clean(f"{doc.heading(section, lang)}\n{block.title}"), level=1)
    numbered = section.part == "article" and len(block.paras) > 1
    for i, para in enumerate(block.paras, 1):
        _para(d, para, lang, section, i if numbered else None)


def _para(container, para: Para, lang: str, section: Section, number: int | None) -> None:
    text = para.text
    if number is not None:
        text = f"{para_number(lang, section.number or 0, number)} {text}"
    if text:
        container.add_paragraph(clean(text))
    for j, item in enumerate(para.items):
        marker = f"({letter(j)})" if section.part == "article" else f"{letter(j)}."
        container.add_paragraph(clean(f"{marker} {item}"))


def _bilingual(d, doc: Document, section: Section) -> None:
    blocks = [section.texts[lang] for lang in doc.langs]
    table = d.add_table(rows=0, cols=len(doc.langs))
    if section.part == "article":
        row = table.add_row().cells
        for cell, lang, block in zip(row, doc.langs, blocks, strict=True):
            cell.text = clean(f"{doc.heading(section, lang)}\n{block.title}")
    numbered = section.part == "article" and len(blocks[0].paras) > 1
    for i, paras in enumerate(zip_longest(*(b.paras for b in blocks)), 1):
        row = table.add_row().cells
        for cell, lang, para in zip(row, doc.langs, paras, strict=True):
            if para is None:
                continue
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            _para(cell, para, lang, section, i if numbered else None)
