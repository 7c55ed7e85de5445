"""The named styles and page geometry of a drafted DOCX, created in the document itself.

Every paragraph the writer makes carries one of these styles and no direct formatting, so a
user restyles the whole agreement from Word's style gallery. Styles are data (``PARAGRAPH``,
``TABLE``); :func:`install` turns them into ``styles.xml`` entries once per document.

Numbered styles (``Article Heading``, ``Clause``, ``Clause Item``, ``Clause Continuation``) are
linked to the article list in ``numbering.xml``: a paragraph given the style is numbered by
Word (``Clause Continuation`` takes the indent of a sub-clause's text, with no number). A
bilingual document gets a second set for its second language, named with the language in
brackets (``Clause (English)``), linked to that language's list and tagged with its spelling
language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from mou_cli.writers.docx_xml import DECL, Element, text_xml, w, xml

FONT = "Times New Roman"
SIZE = 12  # points
COMPACT_SIZE = 11  # the two columns of a bilingual document
LANG_TAG = {"id": "id-ID", "en": "en-GB"}
LANG_NAME = {"id": "Indonesian", "en": "English"}

# Page geometry in twentieths of a point (twips): width, height.
PAPER = {"A4": (11906, 16838), "LETTER": (12240, 15840)}
MARGIN = {"top": 1418, "bottom": 1418, "left": 1701, "right": 1418, "header": 709, "footer": 567}


def text_width(paper: str) -> int:
    """Width between the margins, in twips."""
    return PAPER[paper][0] - MARGIN["left"] - MARGIN["right"]


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style. Sizes in points, indents in twips; None means inherit."""

    name: str
    base: str = "Normal"
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    align: str | None = None  # left | center | right | both
    before: float | None = None
    after: float | None = None
    line: float | None = None  # line spacing as a multiple
    keep_next: bool | None = None
    keep_lines: bool | None = None
    left: int | None = None
    right: int | None = None
    hanging: int | None = None
    outline: int | None = None  # outline level (0 = shows in the navigation pane)
    border: bool = False  # a box around the paragraph
    level: int | None = None  # level in the article list (numbered styles only)
    per_language: bool = False  # a bilingual document gets one per language
    next: str | None = None  # the style Word gives the paragraph after this one


PARAGRAPH: tuple[ParaStyle, ...] = (
    # The cover page.
    ParaStyle(
        "Cover Title", size=20, bold=True, align="center", before=150, after=12, keep_next=True
    ),
    ParaStyle("Cover Line", size=13, bold=True, align="center", after=6, keep_next=True),
    ParaStyle("Cover Connector", size=11, align="center", after=6, keep_next=True),
    ParaStyle("Cover Translation", size=11, italic=True, align="center", after=6, keep_next=True),
    ParaStyle("Cover Date", align="center", before=36, after=0),
    # An empty paragraph opening a section that would start with a table (see docx.py).
    ParaStyle("Section Start", size=1, before=0, after=0, line=1.0),
    # The title block at the top of the agreement: one paragraph, a line break between lines.
    ParaStyle(
        "Agreement Title", bold=True, align="center", after=18, keep_next=True, per_language=True
    ),
    # Opening, recitals, closing.
    ParaStyle("Opening", per_language=True),
    ParaStyle("Recital", per_language=True),
    ParaStyle("List Item", per_language=True),  # indented by its numbering
    ParaStyle("Closing", keep_next=True, per_language=True),
    # Articles: "Pasal 1" centred, the title beneath it on the next line of the same paragraph.
    ParaStyle(
        "Article Heading",
        bold=True,
        align="center",
        before=12,
        after=6,
        keep_next=True,
        keep_lines=True,
        outline=0,
        level=0,
        per_language=True,
        next="Clause",
    ),
    ParaStyle("Clause", level=1, per_language=True),
    ParaStyle("Clause Text", per_language=True),
    ParaStyle("Clause Item", level=2, per_language=True, after=3),
    ParaStyle("Clause Continuation", level=3, per_language=True),  # unnumbered, indented
    # The signature block.
    ParaStyle("Signature Party", bold=True, align="center", before=12, after=0, keep_next=True),
    ParaStyle("Signature Text", align="center", after=0, keep_next=True, line=1.0),
    ParaStyle("Signature Party Name", bold=True, align="center", after=0, keep_next=True),
    ParaStyle("Signature Space", align="center", before=60, after=0, keep_next=True, size=8),
    ParaStyle("Stamp Box", size=8, align="center", after=0, line=1.0, keep_next=True),
    ParaStyle(
        "Signature Name",
        bold=True,
        underline=True,
        align="center",
        before=6,
        after=0,
        keep_next=True,
    ),
    ParaStyle("Signature Title", align="center", after=12, keep_next=True, line=1.0),
    ParaStyle("Witness Heading", bold=True, align="center", before=6, after=0, keep_next=True),
    # Page furniture.
    ParaStyle("Paraf Label", size=7, align="center", after=0, line=1.0),
    # The checklist annex.
    ParaStyle("Annex Heading", size=14, bold=True, align="center", after=6, keep_next=True),
    ParaStyle("Annex Note", italic=True, align="center", after=12, border=True),
    ParaStyle("Table Text", size=9, align="left", after=0, line=1.0),
    ParaStyle("Table Heading", base="Table Text", bold=True, keep_next=True),
)

# Table styles: which edges get a line, and cell margins (twips).
_LINE = 'w:sz="4" w:space="0" w:color="auto"'
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


@dataclass(frozen=True)
class TableStyle:
    name: str
    lines: tuple[str, ...]  # which edges get a single line
    pad: int = 0
    side: int = 108
    after: int = 0


TABLE: tuple[TableStyle, ...] = (
    TableStyle("Bilingual Table", ("insideV",), side=170),
    TableStyle("Signature Table", (), side=113),  # a row per line: no padding between
    TableStyle("Paraf Table", _EDGES, side=57),
    TableStyle("Stamp Table", ("top", "left", "bottom", "right"), side=57),
    TableStyle("Checklist Table", _EDGES, pad=28, side=85),
)


def style_id(name: str) -> str:
    """The style id Word would give ``name``: the name without spaces or brackets."""
    return "".join(ch for ch in name if ch.isalnum())


def variant(name: str, lang: str) -> str:
    """The style name for text in a bilingual document's second language."""
    return f"{name} ({LANG_NAME.get(lang, lang)})"


def install(docx: Any, langs: tuple[str, ...], article_nums: dict[str, int], paper: str) -> None:
    """Create every style in ``docx``: Normal restyled, then ours, then the table styles.

    ``article_nums`` maps each language to the numId of its article list; numbered styles
    link to it. The first language's styles carry the plain names.
    """
    root = docx.styles.element
    size = SIZE if len(langs) == 1 else COMPACT_SIZE
    # Justified text leaves wide gaps in the narrow columns of a bilingual document.
    align = "both" if len(langs) == 1 else "left"
    _restyle(root, "Normal", _NORMAL_PPR.format(align=align), _normal_rpr(langs[0], size))
    tab = f'<w:tabs><w:tab w:val="right" w:pos="{text_width(paper)}"/></w:tabs>'
    rule = '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'
    small = '<w:sz w:val="18"/><w:szCs w:val="18"/>'
    tight = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    _restyle(root, "Header", f'{rule}{tab}{tight}<w:jc w:val="left"/>', small)
    _restyle(root, "Footer", f'{tab}{tight}<w:jc w:val="center"/>', small)
    parts = [_paragraph_xml(spec, langs[0], article_nums.get(langs[0])) for spec in PARAGRAPH]
    for lang in langs[1:]:
        parts += [
            _paragraph_xml(
                replace(
                    spec,
                    name=variant(spec.name, lang),
                    base=spec.name,
                    next=spec.next and variant(spec.next, lang),
                ),
                lang,
                article_nums[lang],
            )
            for spec in PARAGRAPH
            if spec.per_language
        ]
    parts += [_table_xml(t) for t in TABLE]
    for node in xml(f"<w:styles {DECL}>{''.join(parts)}</w:styles>"):
        root.append(node)


_NORMAL_PPR = (
    '<w:widowControl/><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>'
    '<w:jc w:val="{align}"/>'
)


def _normal_rpr(lang: str, size: int) -> str:
    fonts = f'w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"'
    return (
        f'<w:rFonts {fonts}/><w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
        f'<w:lang w:val="{LANG_TAG.get(lang, lang)}"/>'
    )


def _restyle(root: Element, ident: str, ppr: str, rpr: str) -> None:
    """Replace the paragraph and run properties of the built-in style ``ident``."""
    style = root.find(f"{w('style')}[@{w('styleId')}='{ident}']")
    for child in style.findall(w("pPr")) + style.findall(w("rPr")):
        style.remove(child)
    props = xml(f"<w:x {DECL}><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:x>")
    style.extend(list(props))


def _paragraph_xml(spec: ParaStyle, lang: str, num_id: int | None) -> str:
    ppr = []
    if spec.keep_next:
        ppr.append("<w:keepNext/>")
    if spec.keep_lines:
        ppr.append("<w:keepLines/>")
    if spec.level is not None and num_id is not None:
        ppr.append(f'<w:numPr><w:ilvl w:val="{spec.level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    if spec.border:
        edge = 'w:val="single" w:sz="6" w:space="4" w:color="auto"'
        ppr.append(
            f"<w:pBdr><w:top {edge}/><w:left {edge}/><w:bottom {edge}/><w:right {edge}/></w:pBdr>"
        )
    spacing = {
        "before": None if spec.before is None else round(spec.before * 20),
        "after": None if spec.after is None else round(spec.after * 20),
        "line": None if spec.line is None else round(spec.line * 240),
        "lineRule": None if spec.line is None else "auto",
    }
    if any(v is not None for v in spacing.values()):
        ppr.append(_empty("spacing", spacing))
    ind = {"left": spec.left, "right": spec.right, "hanging": spec.hanging}
    if any(v is not None for v in ind.values()):
        ppr.append(_empty("ind", ind))
    if spec.align is not None:
        ppr.append(f'<w:jc w:val="{spec.align}"/>')
    if spec.outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{spec.outline}"/>')
    rpr = []
    for tag, on in (("b", spec.bold), ("i", spec.italic), ("caps", spec.caps)):
        if on is not None:
            rpr.append(f"<w:{tag}/>" if on else f'<w:{tag} w:val="0"/>')
    if spec.size is not None:
        half = round(spec.size * 2)
        rpr.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if spec.underline is not None:
        rpr.append(f'<w:u w:val="{"single" if spec.underline else "none"}"/>')
    if spec.per_language:
        rpr.append(f'<w:lang w:val="{LANG_TAG.get(lang, lang)}"/>')
    following = f'<w:next w:val="{style_id(spec.next)}"/>' if spec.next else ""
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id(spec.name)}">'
        f'<w:name w:val="{text_xml(spec.name)}"/><w:basedOn w:val="{style_id(spec.base)}"/>'
        f'{following}<w:uiPriority w:val="10"/><w:qFormat/>'
        f"<w:pPr>{''.join(ppr)}</w:pPr><w:rPr>{''.join(rpr)}</w:rPr></w:style>"
    )


def _empty(tag: str, attrs: dict[str, Any]) -> str:
    values = " ".join(f'w:{k}="{v}"' for k, v in attrs.items() if v is not None)
    return f"<w:{tag} {values}/>"


def _table_xml(t: TableStyle) -> str:
    borders = "".join(
        f'<w:{e} w:val="{"single" if e in t.lines else "nil"}" {_LINE}/>' for e in _EDGES
    )
    margins = "".join(
        f'<w:{side} w:w="{t.pad if side in ("top", "bottom") else t.side}" w:type="dxa"/>'
        for side in ("top", "left", "bottom", "right")
    )
    return (
        f'<w:style w:type="table" w:customStyle="1" w:styleId="{style_id(t.name)}">'
        f'<w:name w:val="{t.name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        f'<w:pPr><w:spacing w:after="{t.after}" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>{margins}</w:tblCellMar>"
        "</w:tblPr></w:style>"
    )
