"""Paragraph formatting in a DOCX: what a paragraph sets itself, else what its style and the
styles that style is based on set (``word/styles.xml``, parsed once per template).

A style's inherited formatting is worked out once per style (each link of a ``basedOn`` chain
once), so a paragraph costs the same whatever the length of its style's chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from mou_cli.readers.docx_text import VAL, Element, W, first, number

if TYPE_CHECKING:
    from mou_cli.readers.docx_package import Package

_PPR = f"{W}pPr"


@dataclass
class Style:
    """A paragraph style, or a paragraph's formatting."""

    name: str = ""
    based_on: str | None = None
    num: tuple[str, int] | None = None  # list (numId) and level
    outline: int | None = None  # outline level: 0-8 for headings, 9 for body text
    center: bool = False
    heading: bool = False  # resolved: this style or one it is based on is a heading style


@dataclass
class Styles:
    """The styles of a document by id, and each one resolved through its ``basedOn`` chain."""

    by_id: dict[str, Style] = field(default_factory=dict)
    _resolved: dict[str, Style] = field(default_factory=dict)

    def resolved(self, sid: str) -> Style:
        """Style ``sid`` with what it inherits filled in; an empty style for an unknown id.
        A chain that loops is cut where it comes back."""
        done = self._resolved.get(sid)
        if done is not None:
            return done
        chain: list[str] = []
        seen: set[str] = set()
        here: str | None = sid
        while here in self.by_id and here not in seen and here not in self._resolved:
            seen.add(here)
            chain.append(here)
            here = self.by_id[here].based_on
        base = self._resolved.get(here, Style()) if here is not None else Style()
        for link in reversed(chain):
            st = self.by_id[link]
            base = replace(
                st,
                num=st.num or base.num,
                outline=st.outline if st.outline is not None else base.outline,
                center=st.center or base.center,
                heading=st.name.startswith("heading") or base.heading,
            )
            self._resolved[link] = base
        return self._resolved.get(sid, Style())


def paragraph_format(styles: Styles, p: Element) -> Style:
    """Paragraph ``p``'s formatting: its own, else its style's; ``name`` is its style's name.
    The result is shared between paragraphs: do not change it."""
    ppr = next((child for child in p if child.tag == _PPR), None)  # p.find(pPr)
    if ppr is None:
        return styles.resolved("Normal")
    sid, own = _ppr(ppr)
    st = styles.resolved(sid or "Normal")
    return Style(
        name=st.name,
        num=own.num or st.num,
        outline=own.outline if own.outline is not None else st.outline,
        center=own.center or st.center,
        heading=st.heading,
    )


def _ppr(ppr: Element) -> tuple[str | None, Style]:
    """The style a ``w:pPr`` names, and the formatting it sets itself."""
    ps, np_, ol, jc = first(ppr, f"{W}pStyle", f"{W}numPr", f"{W}outlineLvl", f"{W}jc")
    own = Style(
        num=_num_pr(np_),
        outline=number(ol.get(VAL), 9, 0, 9) if ol is not None else None,
        center=jc is not None and jc.get(VAL) == "center",
    )
    return (ps.get(VAL) if ps is not None else None), own


def _num_pr(np_: Element | None) -> tuple[str, int] | None:
    if np_ is None:
        return None
    nid, lvl = first(np_, f"{W}numId", f"{W}ilvl")
    if nid is None:
        return None
    return nid.get(VAL, "0"), number(lvl.get(VAL), -1, -1, 9) if lvl is not None else 0


def _styles(root: Element) -> Styles:
    out: dict[str, Style] = {}
    for s in root.iter(f"{W}style"):
        sid = s.get(f"{W}styleId", "")
        name, based, ppr = first(s, f"{W}name", f"{W}basedOn", _PPR)
        st = _ppr(ppr)[1] if ppr is not None else Style()
        st.name = (name.get(VAL, "") if name is not None else sid).lower()
        st.based_on = based.get(VAL) if based is not None else None
        out[sid] = st
    return Styles(out)


_STYLE_CACHE: dict[bytes, Styles] = {}
_STYLE_CACHE_MAX = 2_000_000  # bytes of a styles part worth keeping


def styles_of(pkg: Package) -> Styles:
    """The styles of ``word/styles.xml``. Drafts made from one template have the same part, so
    its styles are kept by its bytes: a folder of such drafts parses them once."""
    data = pkg.read("word/styles.xml")
    if data is None:
        return Styles()
    styles = _STYLE_CACHE.get(data)
    if styles is None:
        styles = _styles(pkg.parsed("word/styles.xml", data))
        if len(data) <= _STYLE_CACHE_MAX:  # a template's styles, not a hostile giant
            if len(_STYLE_CACHE) >= 8:
                _STYLE_CACHE.clear()
            _STYLE_CACHE[data] = styles
    return styles
