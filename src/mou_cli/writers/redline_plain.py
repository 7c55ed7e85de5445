"""A plain Word body for a new version that has no DOCX (Markdown, text, PDF): one paragraph
per paragraph of the draft, titles and headings in bold, side-by-side bilingual paragraphs as
a two-column table (a row starts where the first column starts again), in the empty document
every DOCX draft starts from (``templates/base.docx``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lxml import etree

from mou_cli.writers import docx_base, redline_package, redline_xml
from mou_cli.writers.redline_xml import W_NS, W

if TYPE_CHECKING:
    from mou_cli.draft import Chunk, Draft
    from mou_cli.writers.redline_pairs import Para

Element = Any
_TABLE_WIDTH = 9000  # twentieths of a point: the text width of an A4 page with usual margins


def _paragraph(chunk: Chunk) -> Element:
    p = etree.Element(f"{W}p", nsmap={"w": W_NS})
    if chunk.kind in ("title", "heading"):
        ppr = etree.SubElement(p, f"{W}pPr")
        etree.SubElement(ppr, f"{W}keepNext")
        if chunk.kind == "title":
            etree.SubElement(ppr, f"{W}jc").set(f"{W}val", "center")
    r = etree.SubElement(p, f"{W}r")
    if chunk.kind in ("title", "heading"):
        etree.SubElement(etree.SubElement(r, f"{W}rPr"), f"{W}b")
    r.extend(redline_xml.text_elements(chunk.text))
    return p


def _table(body: Element, columns: int) -> Element:
    tbl = etree.SubElement(body, f"{W}tbl")
    pr = etree.SubElement(tbl, f"{W}tblPr")
    etree.SubElement(pr, f"{W}tblW").attrib.update({f"{W}w": str(_TABLE_WIDTH), f"{W}type": "dxa"})
    etree.SubElement(pr, f"{W}tblLayout").set(f"{W}type", "fixed")
    grid = etree.SubElement(tbl, f"{W}tblGrid")
    for _ in range(columns):
        etree.SubElement(grid, f"{W}gridCol").set(f"{W}w", str(_TABLE_WIDTH // columns))
    return tbl


def _row(tbl: Element, columns: int) -> list[Element]:
    tr = etree.SubElement(tbl, f"{W}tr")
    cells = []
    for _ in range(columns):
        tc = etree.SubElement(tr, f"{W}tc")
        pr = etree.SubElement(tc, f"{W}tcPr")
        w = str(_TABLE_WIDTH // columns)
        etree.SubElement(pr, f"{W}tcW").attrib.update({f"{W}w": w, f"{W}type": "dxa"})
        cells.append(tc)
    return cells


def plain_document(new: Draft) -> tuple[bytes, Element, list[Para]]:
    """``(package, main part, paragraphs)``: the empty document's package, a body holding
    ``new``'s paragraphs, and those paragraphs as the redline compares them."""
    from mou_cli.writers.redline_pairs import body_chunks, para

    package = docx_base.path().read_bytes()
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(package)) as z:
        from mou_cli.document.embedded import main_part

        base = redline_package.parse(z.read(main_part(z)))
    base_body = base.find(f"{W}body")
    sect = base_body.find(f"{W}sectPr") if base_body is not None else None
    root = etree.Element(f"{W}document", nsmap={"w": W_NS})
    body = etree.SubElement(root, f"{W}body")
    chunks = body_chunks(new)
    columns = 1 + max((c.column or 0 for c in chunks), default=0)
    bilingual = new.bilingual and columns > 1
    paras: list[Para] = []
    tbl: Element | None = None
    cells: list[Element] = []
    last_col = -1
    for c in chunks:
        if not c.text.strip():
            continue
        p = _paragraph(c)
        row = None
        if bilingual and c.column is not None:
            if tbl is None:
                tbl = _table(body, columns)
            if not cells or c.column < last_col:  # the first column again: a new row
                cells = _row(tbl, columns)
            cells[c.column].append(p)
            last_col = c.column
            row = cells[0].getparent()
        else:
            tbl, cells, last_col = None, [], -1
            body.append(p)
        runs = redline_xml.text_runs(p)
        paras.append(para(p, runs, redline_xml.paragraph_text(runs), None, row, False))
        paras[-1].key = c.column if bilingual else None
    for tr in body.iter(f"{W}tr"):  # a cell must end in a paragraph
        for tc in tr.findall(f"{W}tc"):
            if tc.find(f"{W}p") is None:
                tc.append(etree.Element(f"{W}p", nsmap={"w": W_NS}))
    if sect is not None:
        body.append(sect)
    return package, root, paras
