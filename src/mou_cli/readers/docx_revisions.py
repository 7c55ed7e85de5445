"""Tracked changes and Word comments of a DOCX, with who made them and when.

The DOCX reader reads a paragraph's text with every tracked change accepted; this module lists
the changes themselves (``w:ins``, ``w:del``, ``w:moveFrom``, ``w:moveTo`` and formatting
changes, each with ``w:author`` and ``w:date``), the paragraph's text with every change
rejected (what it said before the tracked edits), and the comments of ``word/comments.xml``
with their author, date and the paragraph they are anchored to. `mou compare` shows them so a
user sees everything the other side touched.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mou_cli.draft import Loc, Revision
from mou_cli.readers.docx_text import Element, W, paragraphs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from mou_cli.readers.docx_package import Package

_KINDS = {
    f"{W}ins": "insert",
    f"{W}del": "delete",
    f"{W}moveFrom": "move-from",
    f"{W}moveTo": "move-to",
    f"{W}rPrChange": "format",
    f"{W}pPrChange": "format",
}
_ADDED = frozenset({f"{W}ins", f"{W}moveTo"})
_R, _T, _DEL_T, _P = f"{W}r", f"{W}t", f"{W}delText", f"{W}p"
_TEXT = frozenset({_T, _DEL_T})
_TABS = frozenset({f"{W}tab", f"{W}ptab"})
_BREAKS = frozenset({f"{W}br", f"{W}cr"})
MAX_TEXT = 2_000  # characters kept of one change's or comment's text


def _text_of(el: Element) -> str:
    """The text inside ``el``: inserted (``w:t``) and deleted (``w:delText``) alike."""
    out: list[str] = []
    for node in el.iter(_T, _DEL_T, *_TABS, *_BREAKS):
        tag = node.tag
        if tag in _TEXT:
            out.append(node.text or "")
        elif tag in _TABS:
            out.append(" ")
        elif node.get(f"{W}type") != "page":
            out.append("\n")
    return "".join(out)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def in_paragraph(p: Element, n: int) -> list[Revision]:
    """The tracked changes of paragraph ``p`` (body paragraph number ``n``) in order, each
    change that runs on in the next element of the same kind, author and date joined as one;
    the paragraph's text with every change rejected goes with each of them."""
    found: list[tuple[Element, str, str, str, str]] = []  # element, kind, author, date, text
    for el in p.iter(*_KINDS):
        kind = _KINDS[el.tag]
        if kind == "format":
            owner = el.getparent()  # rPr or pPr
            run = owner.getparent() if owner is not None else None
            text = _text_of(run) if run is not None and run.tag == _R else ""
        else:
            text = _text_of(el)
            if not text:  # a paragraph mark inserted or deleted: no text of its own
                continue
        author, date = el.get(f"{W}author", ""), el.get(f"{W}date", "")
        if found:
            last_el, last_kind, last_author, last_date, last_text = found[-1]
            if (kind, author, date) == (last_kind, last_author, last_date) and (
                el.getprevious() is last_el
            ):
                found[-1] = (el, kind, author, date, last_text + text)
                continue
        found.append((el, kind, author, date, text))
    if not found:
        return []
    before = rejected_text(p)
    where = Loc(para=n)
    return [
        Revision(kind, author, date, _clip(text), where, before)
        for _, kind, author, date, text in found
    ]


def rejected_text(p: Element) -> str:
    """Paragraph ``p``'s visible text with every tracked change rejected: deleted and moved-away
    text kept, inserted and moved-in text left out (tabs as spaces, line breaks as newlines)."""
    out: list[str] = []
    for r in p.iter(_R):
        if _inside_added(r, p):
            continue
        rpr = r.find(f"{W}rPr")
        if rpr is not None and rpr.find(f"{W}vanish") is not None:
            continue
        for el in r:
            tag = el.tag
            if tag in _TEXT:
                out.append(el.text or "")
            elif tag in _TABS:
                out.append(" ")
            elif tag in _BREAKS and el.get(f"{W}type") != "page":
                out.append("\n")
    return "".join(out)


def _inside_added(r: Element, p: Element) -> bool:
    """Whether run ``r`` of paragraph ``p`` is inside an insertion or a move's new place."""
    for anc in r.iterancestors():
        if anc is p or anc.tag == _P:
            return False
        if anc.tag in _ADDED:
            return True
    return False


def comments(pkg: Package) -> dict[str, tuple[str, str, str]]:
    """Comment id -> (author, date, text) from ``word/comments.xml``."""
    root = pkg.xml("word/comments.xml")
    if root is None:
        return {}
    out: dict[str, tuple[str, str, str]] = {}
    for c in root.findall(f"{W}comment"):
        text = " ".join(_text_of(p).strip() for p in paragraphs(c)).strip()
        out[c.get(f"{W}id", "")] = (c.get(f"{W}author", ""), c.get(f"{W}date", ""), _clip(text))
    return out


def anchored_comments(
    found: dict[str, tuple[str, str, str]], spans: dict[str, list[int]], keep: Callable[[str], bool]
) -> list[Revision]:
    """The comments anchored in the body (``spans``: id -> [first, last] paragraph) whose text
    ``keep`` accepts, in the order of their first paragraph."""
    out: list[Revision] = []
    for cid, (start, _end) in spans.items():
        if cid not in found:
            continue
        author, date, text = found[cid]
        if keep(text):
            out.append(Revision("comment", author, date, text, Loc(para=start)))
    out.sort(key=lambda r: r.loc.para or 0)
    return out


def located(revisions: Iterable[Revision], loc: Callable[[int], Loc]) -> list[Revision]:
    """``revisions`` with their paragraph's article filled in by ``loc``."""
    return [replace(r, loc=loc(r.loc.para)) if r.loc.para is not None else r for r in revisions]
