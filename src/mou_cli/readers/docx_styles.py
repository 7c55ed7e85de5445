"""Paragraph formatting in a DOCX: what a paragraph sets itself, else what its style and the
styles that style is based on set (``word/styles.xml``, parsed once per template).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from mou_cli.readers.docx_text import VAL, Element, W, first, parse

_PPR = f"{W}pPr"


@dataclass
class Style:
    """A paragraph style, or a paragraph's formatting."""

    name: str = ""
    based_on: str | None = None
    num: tuple[str, int] | None = None  # list (numId) and level
    outline: int | None = None  # outline level: 0-8 for headings, 9 for body text
    center: bool = False


def paragraph_format(styles: dict[str, Style], p: Element) -> tuple[list[str], Style]:
    """Paragraph ``p``'s style names (its own style first) and its formatting."""
    ppr = next((child for child in p if child.tag == _PPR), None)  # p.find(pPr)
    sid, own = _ppr(ppr) if ppr is not None else (None, Style())
    names = []
    for st in _chain(styles, sid or "Normal"):
        names.append(st.name)
        own.num = own.num or st.num
        own.outline = own.outline if own.outline is not None else st.outline
        own.center = own.center or st.center
    return names, own


def _chain(styles: dict[str, Style], sid: str | None) -> Iterator[Style]:
    """Style ``sid``, then the styles it is based on."""
    seen = set()
    while sid and sid in styles and sid not in seen:
        seen.add(sid)
        yield styles[sid]
        sid = styles[sid].based_on


def _ppr(ppr: Element) -> tuple[str | None, Style]:
    """The style a ``w:pPr`` names, and the formatting it sets itself."""
    ps, np_, ol, jc = first(ppr, f"{W}pStyle", f"{W}numPr", f"{W}outlineLvl", f"{W}jc")
    own = Style(
        num=_num_pr(np_),
        outline=int(ol.get(VAL, "9")) if ol is not None else None,
        center=jc is not None and jc.get(VAL) == "center",
    )
    return (ps.get(VAL) if ps is not None else None), own


def _num_pr(np_: Element | None) -> tuple[str, int] | None:
    if np_ is None:
        return None
    nid, lvl = first(np_, f"{W}numId", f"{W}ilvl")
    if nid is None:
        return None
    return nid.get(VAL, "0"), int(lvl.get(VAL, "0")) if lvl is not None else 0


def _styles(root: Element) -> dict[str, Style]:
    out: dict[str, Style] = {}
    for s in root.iter(f"{W}style"):
        sid = s.get(f"{W}styleId", "")
        name, based, ppr = first(s, f"{W}name", f"{W}basedOn", _PPR)
        st = _ppr(ppr)[1] if ppr is not None else Style()
        st.name = (name.get(VAL, "") if name is not None else sid).lower()
        st.based_on = based.get(VAL) if based is not None else None
        out[sid] = st
    return out


_STYLE_CACHE: dict[bytes, dict[str, Style]] = {}
_STYLE_CACHE_MAX = 2_000_000  # bytes of a styles part worth keeping


def styles_of(z: zipfile.ZipFile) -> dict[str, Style]:
    """The styles of ``word/styles.xml`` by id. Drafts made from one template have the same
    part, so its styles are kept by its bytes: a folder of such drafts parses them once."""
    try:
        data = z.read("word/styles.xml")
    except KeyError:
        return {}
    styles = _STYLE_CACHE.get(data)
    if styles is None:
        styles = _styles(parse(data))
        if len(data) <= _STYLE_CACHE_MAX:  # a template's styles, not a hostile giant
            if len(_STYLE_CACHE) >= 8:
                _STYLE_CACHE.clear()
            _STYLE_CACHE[data] = styles
    return styles
