"""Word's own multi-level numbering for articles, sub-clauses and lists (``numbering.xml``).

One article list per language (an ``abstractNum`` with four levels, linked to the styles):

- level 0, style ``Article Heading``: ``Pasal 1`` / ``Article 1`` (from the skeleton's label),
  nothing after the number, the heading's text starting on the next line;
- level 1, style ``Clause``: ``(1)`` in Indonesian (ayat), ``1.1`` in English;
- level 2, style ``Clause Item``: ``(a)``, restarting under each sub-clause;
- level 3, style ``Clause Continuation``: no number, indented as a sub-clause's text (a list
  of one item under a sub-clause is a paragraph of it, not an item ``(a)`` alone).

Word counts the paragraphs, so the numbers follow the document as built (conditional clauses
left out leave no gap) and stay right when a user inserts, deletes or moves an article.
Lists in the opening and recitals (``1.``, ``2.``: the parties of the komparisi, the recitals,
in both languages) share one single-level definition; each list is its own ``num``
restarting at 1.
"""

from __future__ import annotations

import zlib
from typing import Any

from mou_cli.writers.docx_styles import style_id, variant
from mou_cli.writers.docx_xml import DECL, text_xml, w, xml

_SUB = {"id": "(%2)", "en": "%1.%2"}
_SUB_INDENT = {"id": 567, "en": 709}  # twips: room for "(12)" / "12.10"
_ITEM_INDENT = 567
_COMPACT = 0.8  # narrower indents for the columns of a bilingual document


def _lvl(ilvl: int, fmt: str, text: str, style: str | None, left: int, hanging: int) -> str:
    suffix = '<w:suff w:val="nothing"/>' if hanging == 0 else ""
    tabs = f'<w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>' if hanging else ""
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}{suffix}'
        f'<w:lvlText w:val="{text_xml(text)}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr>{tabs}<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
    )


def _abstract(ident: int, name: str, levels: str) -> str:
    nsid = f"{zlib.crc32(name.encode()):08X}"
    return (
        f'<w:abstractNum {DECL} w:abstractNumId="{ident}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="multilevel"/><w:name w:val="{text_xml(name)}"/>'
        f"{levels}</w:abstractNum>"
    )


class Numbering:
    """The numbering part of one document: adds definitions and list instances."""

    def __init__(self, docx: Any, *, compact: bool = False) -> None:
        self._scale = _COMPACT if compact else 1.0
        self._root = docx.part.numbering_part.element
        ids = [int(a.get(w("abstractNumId"))) for a in self._root.findall(w("abstractNum"))]
        self._next_abstract = max(ids, default=-1) + 1
        self._front: int | None = None

    def _add_abstract(self, name: str, levels: str) -> int:
        ident = self._next_abstract
        self._next_abstract += 1
        node = xml(_abstract(ident, name, levels))
        first_num = self._root.find(w("num"))
        if first_num is not None:
            first_num.addprevious(node)
        else:
            self._root.append(node)
        return ident

    def articles(self, lang: str, label: str, first: bool) -> int:
        """The article list for ``lang`` (``label`` like ``Pasal {n}``); returns its numId."""

        def sid(name: str) -> str:
            return style_id(name if first else variant(name, lang))

        sub = round(_SUB_INDENT.get(lang, 709) * self._scale)
        item = round(_ITEM_INDENT * self._scale)
        levels = (
            _lvl(0, "decimal", label.replace("{n}", "%1"), sid("Article Heading"), 0, 0)
            + _lvl(1, "decimal", _SUB.get(lang, "%1.%2"), sid("Clause"), sub, sub)
            + _lvl(2, "lowerLetter", "(%3)", sid("Clause Item"), sub + item, item)
            + _lvl(3, "none", "", sid("Clause Continuation"), sub, 0)
        )
        ident = self._add_abstract(f"Articles ({lang})", levels)
        return int(self._root.add_num(ident).numId)

    def new_list(self) -> int:
        """A fresh ``1.``/``2.`` list for the opening or recitals; returns its numId."""
        if self._front is None:
            item = round(_ITEM_INDENT * self._scale)
            self._front = self._add_abstract(
                "Numbered list", _lvl(0, "decimal", "%1.", None, item, item)
            )
        num = self._root.add_num(self._front)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)
