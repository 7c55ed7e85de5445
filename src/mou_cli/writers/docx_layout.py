"""Containers, tables and page furniture: paper and margins, header, footer, paraf boxes.

A container (:class:`Body`, :class:`Cell`, :class:`Part`) takes finished elements with
``add``; :func:`para` makes a paragraph with a style and nothing else. Tables are built in
lxml with fixed column widths and a table style.
"""

from __future__ import annotations

from typing import Any, Protocol

from mou_cli.writers.docx_styles import MARGIN, PAPER, style_id, text_width
from mou_cli.writers.docx_xml import Element, el, field, paragraph, put, run, w


class Container(Protocol):
    """Where finished elements go: the body, a header or footer, a table cell."""

    def add(self, node: Element) -> Element: ...


class Body:
    """The document body: elements go before the closing section properties."""

    def __init__(self, docx: Any) -> None:
        self._end = docx.element.body.get_or_add_sectPr()

    def add(self, node: Element) -> Element:
        self._end.addprevious(node)
        return node


class Part:
    """A header or footer: elements go at its end."""

    def __init__(self, element: Element) -> None:
        self._root = element
        for child in list(element):
            element.remove(child)

    def add(self, node: Element) -> Element:
        self._root.append(node)
        return node


class Cell:
    """A table cell: its placeholder paragraph is replaced by the first element added."""

    def __init__(self, tc: Element) -> None:
        self.tc = tc
        self._placeholder = tc[-1]

    def add(self, node: Element) -> Element:
        if self._placeholder is not None:
            self.tc.remove(self._placeholder)
            self._placeholder = None
        self.tc.append(node)
        return node

    def vertical_center(self) -> None:
        el("vAlign", self.tc.find(w("tcPr")), val="center")


def para(container: Container, style: str, text: str = "") -> Element:
    """A new paragraph at the end of ``container`` in the style called ``style``."""
    return container.add(paragraph(style_id(style), text))


class Table:
    """A table with fixed column widths (twips) in a table style."""

    def __init__(
        self, container: Container, widths: list[int], style: str, *, align: str = "center"
    ) -> None:
        self.widths = widths
        self.tbl = tbl = el("tbl")
        pr = el("tblPr", tbl)
        el("tblStyle", pr, val=style_id(style))
        el("tblW", pr, w=sum(widths), type="dxa")
        el("jc", pr, val=align)
        el("tblLayout", pr, type="fixed")
        el("tblLook", pr, val="0000", firstRow=0, lastRow=0, firstColumn=0, lastColumn=0)
        grid = el("tblGrid", tbl)
        for width in widths:
            el("gridCol", grid, w=width)
        container.add(tbl)

    def row(
        self,
        *,
        keep: bool = True,
        height: int | None = None,
        header: bool = False,
        merge: bool = False,
    ) -> list[Cell]:
        """A new row; ``keep`` stops it splitting across pages, ``merge`` makes it one cell."""
        tr = el("tr", self.tbl)
        if keep or height or header:
            pr = el("trPr", tr)
            if keep:
                el("cantSplit", pr)
            if height:
                el("trHeight", pr, val=height, hRule="exact")
            if header:
                el("tblHeader", pr)
        cells = []
        for width in [sum(self.widths)] if merge else self.widths:
            tc = el("tc", tr)
            pr = el("tcPr", tc)
            el("tcW", pr, w=width, type="dxa")
            if merge and len(self.widths) > 1:
                el("gridSpan", pr, val=len(self.widths))
            el("p", tc)
            cells.append(Cell(tc))
        return cells


def page(section: Any, paper: str) -> None:
    """Paper size and margins for ``section``."""
    sectPr = section._sectPr
    width, height = PAPER[paper]
    put(sectPr, el("pgSz", w=width, h=height))
    margins = {k: MARGIN[k] for k in ("top", "right", "bottom", "left", "header", "footer")}
    put(sectPr, el("pgMar", gutter=0, **margins))


# characters of the header's small type that fit on one line with room for the tab between
# the title and the number (A4 or Letter, the margins of MARGIN)
HEADER_CHARS = 90


def header(section: Any, left: str, right: str) -> None:
    """The running header: the short title, and the document number at the right margin, on
    one line: a title too long for both is cut at a word, with an ellipsis."""
    section.header.is_linked_to_previous = False
    room = HEADER_CHARS - len(right) - 4
    if right and len(left) > room:
        cut = left[: max(room - 1, 12)].rsplit(" ", 1)[0].rstrip(" ,;:-")
        left = f"{cut}\u2026"
    para(Part(section.header._element), "Header", f"{left}\t{right}" if right else left)


def footer(
    section: Any, pages: list[tuple[str, str]], paraf: list[str], paper: str, total: int = 1
) -> None:
    """Page X of Y in each language (``pages`` = (page, of) labels); an initials box per party.

    Y is the pages of this section (``SECTIONPAGES``): the cover and the checklist annex are
    sections of their own, so neither is counted. Word computes both fields as it lays the
    pages out; ``total`` is what Y shows until then (LibreOffice shows it as it is)."""
    section.footer.is_linked_to_previous = False
    part = Part(section.footer._element)
    if paraf:
        box = min(1985, text_width(paper) // len(paraf))
        t = Table(part, [box] * len(paraf), "Paraf Table", align="right")
        for cell, label in zip(t.row(), paraf, strict=True):
            para(cell, "Paraf Label", label)
        t.row(height=624)
    p = para(part, "Footer")
    for i, (word, of) in enumerate(pages):
        run(p, f"{' / ' if i else ''}{word} ")
        field(p, "PAGE", "1")
        run(p, f" {of} ")
        field(p, "SECTIONPAGES", str(total))
