"""WordprocessingML for tracked changes, built with lxml: a paragraph's runs cut at character
offsets, inserted and deleted runs (``w:ins`` / ``w:del``), moves (``w:moveFrom`` /
``w:moveTo``), changed paragraph marks (``w:pPr/w:rPr/w:ins|del|moveFrom|moveTo``), inserted
table rows and comment anchors.

The text of a paragraph is read as the DOCX reader reads it (:mod:`mou_cli.readers.docx_text`):
``w:t`` as written, a tab as a space, a line break as a newline, a page break as nothing, hidden
runs left out. Offsets below are offsets into that text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from lxml import etree

from mou_cli.textdiff import Piece
from mou_cli.writers.docx_xml import clean

Element = Any  # an lxml element (lxml ships no type information)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_P, _R, _T, _RPR, _PPR = (f"{W}{t}" for t in ("p", "r", "t", "rPr", "pPr"))
_TABS = (f"{W}tab", f"{W}ptab")
_BREAKS = (f"{W}br", f"{W}cr")
# elements after w:rPr in a w:pPr (ECMA-376 order): a new w:rPr goes before them
_AFTER_RPR = (f"{W}sectPr", f"{W}pPrChange")
CHANGE_TAGS = ("ins", "del", "moveFrom", "moveTo")


@dataclass
class Stamp:
    """Author, date and the next free ``w:id`` of the changes being written."""

    author: str
    date: str
    next_id: int = 1

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id - 1)

    def mark(self, tag: str, **extra: str) -> Element:
        """A ``w:<tag>`` change element with a fresh id, the author and the date."""
        el = etree.Element(f"{W}{tag}", nsmap={"w": W_NS})
        el.set(f"{W}id", self.new_id())
        el.set(f"{W}author", self.author)
        el.set(f"{W}date", self.date)
        for k, v in extra.items():
            el.set(f"{W}{k}", v)
        return el


def child_text(el: Element) -> str | None:
    """The text one child of a run adds (None for a child that adds none: properties,
    field characters, drawings)."""
    tag = el.tag
    if tag == _T:
        return str(el.text or "")
    if tag in _TABS:
        return " "
    if tag in _BREAKS:
        return "" if el.get(f"{W}type") == "page" else "\n"
    if tag == f"{W}noBreakHyphen":
        return "-"
    return None


def _hidden(r: Element) -> bool:
    rpr = r.find(_RPR)
    return rpr is not None and rpr.find(f"{W}vanish") is not None


def text_runs(p: Element) -> list[Element]:
    """The runs of paragraph ``p`` whose text the reader sees: not hidden, not in another
    paragraph (a text box) or another run."""
    out = []
    for r in p.iter(_R):
        anc = r.getparent()
        while anc is not None and anc is not p and anc.tag not in (_P, _R):
            anc = anc.getparent()
        if anc is p and not _hidden(r):
            out.append(r)
    return out


def run_text(r: Element) -> str:
    return "".join(t for t in map(child_text, r) if t)


def paragraph_text(runs: Iterable[Element]) -> str:
    return "".join(run_text(r) for r in runs)


def _split_run(r: Element, cuts: list[int]) -> list[Element]:
    """Run ``r`` cut at the offsets ``cuts`` (inside its text, increasing): the runs that
    replace it, in order, each with a copy of its properties. A child that adds no text goes
    with the text after it."""
    rpr = r.find(_RPR)
    parts: list[list[Element]] = [[] for _ in range(len(cuts) + 1)]
    pos = 0
    for child in list(r):
        if child is rpr:
            continue
        text = child_text(child)
        if child.tag != _T or not text:
            parts[bisect_right(cuts, pos)].append(child)
            pos += len(text or "")
            continue
        start = pos
        end = pos + len(text)
        bounds = [start, *(c for c in cuts if start < c < end), end]
        for a, b in pairwise(bounds):
            t = etree.Element(_T, nsmap={"w": W_NS})
            t.text = text[a - start : b - start]
            t.set(_SPACE, "preserve")
            parts[bisect_right(cuts, a)].append(t)
        pos = end
    out = []
    for children in parts:
        if not children:
            continue
        new = etree.Element(_R, attrib=dict(r.attrib), nsmap=r.nsmap)
        if rpr is not None:
            new.append(deepcopy(rpr))
        new.extend(children)
        out.append(new)
    parent = r.getparent()
    for new in out:
        r.addprevious(new)
    parent.remove(r)
    return out


def text_elements(text: str, tag: str = "t") -> list[Element]:
    """Run content for ``text``: ``w:t`` (or ``w:delText``) pieces and ``w:br`` for newlines."""
    out = []
    for i, line in enumerate(clean(text).split("\n")):
        if i:
            out.append(etree.Element(f"{W}br", nsmap={"w": W_NS}))
        if line:
            t = etree.Element(f"{W}{tag}", nsmap={"w": W_NS})
            t.text = line
            t.set(_SPACE, "preserve")
            out.append(t)
    return out


def new_run(text: str, rpr: Element | None, *, deleted: bool) -> Element:
    """A run holding ``text`` with a copy of ``rpr``; ``w:delText`` when ``deleted``."""
    r = etree.Element(_R, nsmap={"w": W_NS})
    if rpr is not None:
        r.append(deepcopy(rpr))
    r.extend(text_elements(text, "delText" if deleted else "t"))
    return r


def wrap(el: Element, wrapper: Element) -> Element:
    """Put ``wrapper`` where ``el`` is and ``el`` inside it."""
    el.addprevious(wrapper)
    wrapper.append(el)
    return wrapper


def mark_paragraph(p: Element, change: Element) -> None:
    """Mark the paragraph mark of ``p`` as changed (``change``: a Stamp mark)."""
    ppr = p.find(_PPR)
    if ppr is None:
        ppr = etree.Element(_PPR, nsmap={"w": W_NS})
        p.insert(0, ppr)
    rpr = ppr.find(_RPR)
    if rpr is None:
        rpr = etree.Element(_RPR, nsmap={"w": W_NS})
        after = next((c for c in ppr if c.tag in _AFTER_RPR), None)
        if after is not None:
            after.addprevious(rpr)
        else:
            ppr.append(rpr)
    rpr.insert(0, change)


def plain_ppr(ppr: Element | None) -> Element | None:
    """A copy of paragraph properties to give a new paragraph: no section break, no change
    marks, no record of earlier formatting."""
    if ppr is None:
        return None
    ppr = deepcopy(ppr)
    for c in list(ppr):
        if c.tag in _AFTER_RPR:
            ppr.remove(c)
    rpr = ppr.find(_RPR)
    if rpr is not None:
        for c in list(rpr):
            if c.tag in {f"{W}{t}" for t in CHANGE_TAGS}:
                rpr.remove(c)
    return ppr


def run_rpr(r: Element | None) -> Element | None:
    return None if r is None else r.find(_RPR)


def rewrite(p: Element, runs: list[Element], pieces: list[Piece], stamp: Stamp) -> None:
    """Track the changes ``pieces`` in paragraph ``p``, whose text runs ``runs`` hold the new
    text (the ``equal`` and ``insert`` pieces). Inserted text keeps the properties of the run
    it sits in; deleted text takes those of the run before it (or after, at the start)."""
    segments: list[tuple[int, int, str]] = []
    deletions: list[tuple[int, str]] = []
    pos = 0
    for pc in pieces:
        if pc.kind == "delete":
            deletions.append((pos, pc.text))
        else:
            segments.append((pos, pos + len(pc.text), pc.kind))
            pos += len(pc.text)
    cuts = sorted(
        {a for a, _, _ in segments} | {b for _, b, _ in segments} | {d for d, _ in deletions}
    )
    starts = [a for a, _, _ in segments]
    placed: list[tuple[int, int, Element, Element]] = []  # (start, end, outermost, run)
    pos = 0
    for r in runs:
        length = len(run_text(r))
        inner = [c - pos for c in cuts if pos < c < pos + length]
        pieces_of_r = _split_run(r, inner) if inner else [r]
        for sub in pieces_of_r:
            n = len(run_text(sub))
            outer = sub
            if n:
                kind = segments[bisect_right(starts, pos) - 1][2] if segments else "equal"
                if kind == "insert":
                    outer = wrap(sub, stamp.mark("ins"))
            placed.append((pos, pos + n, outer, sub))
            pos += n
    tail: dict[int, Element] = {}  # the last deletion written at an offset
    for at, text in deletions:
        before = [x for x in placed if x[1] == at and x[0] < x[1]]
        after = [x for x in placed if x[0] == at and x[0] < x[1]]
        neighbour = before[-1] if before else after[0] if after else None
        d = stamp.mark("del")
        d.append(new_run(text, run_rpr(neighbour[3] if neighbour else None), deleted=True))
        if at in tail:
            tail[at].addnext(d)
        elif before:
            before[-1][2].addnext(d)
        elif after:
            after[0][2].addprevious(d)
        else:
            p.append(d)
        tail[at] = d


def insert_all(p: Element, runs: list[Element], stamp: Stamp, tag: str = "ins") -> None:
    """The whole paragraph ``p`` is new: its runs and its mark are ``tag`` (ins, moveTo)."""
    for r in runs:
        wrap(r, stamp.mark(tag))
    mark_paragraph(p, stamp.mark(tag))


def removed_paragraph(
    text: str, ppr: Element | None, rpr: Element | None, stamp: Stamp, tag: str = "del"
) -> Element:
    """A paragraph of the old version only: its text and its mark ``tag`` (del, moveFrom).
    Deleted text is ``w:delText``; moved-away text stays ``w:t``, as Word writes it."""
    p = etree.Element(_P, nsmap={"w": W_NS})
    ppr = plain_ppr(ppr)
    if ppr is not None:
        p.append(ppr)
    mark_paragraph(p, stamp.mark(tag))
    wrapper = stamp.mark(tag)
    wrapper.append(new_run(text, rpr, deleted=tag == "del"))
    p.append(wrapper)
    return p


def move_range(first: Element, last: Element, stamp: Stamp, kind: str, name: str) -> None:
    """Bracket the paragraphs ``first``..``last`` with a ``w:moveFromRange*`` or
    ``w:moveToRange*`` pair named ``name`` (``kind``: moveFrom or moveTo)."""
    start = stamp.mark(f"{kind}RangeStart", name=name)
    end = etree.Element(f"{W}{kind}RangeEnd", nsmap={"w": W_NS})
    end.set(f"{W}id", start.get(f"{W}id"))
    ppr = first.find(_PPR)
    if ppr is not None:
        ppr.addnext(start)
    else:
        first.insert(0, start)
    last.append(end)


def insert_row(tr: Element, stamp: Stamp) -> None:
    """Mark table row ``tr`` as inserted, so rejecting removes it."""
    trpr = tr.find(f"{W}trPr")
    if trpr is None:
        trpr = etree.Element(f"{W}trPr", nsmap={"w": W_NS})
        tcs = tr.find(f"{W}tc")
        after = [c for c in tr if c.tag in (f"{W}tblPrEx",)]
        if after:
            after[-1].addnext(trpr)
        elif tcs is not None:
            tcs.addprevious(trpr)
        else:
            tr.insert(0, trpr)
    change = trpr.find(f"{W}trPrChange")
    mark = stamp.mark("ins")
    if change is not None:
        change.addprevious(mark)
    else:
        trpr.append(mark)


def anchor_comment(p: Element, cid: str) -> None:
    """Anchor comment ``cid`` on the whole of paragraph ``p``: range start and end and the
    reference run."""
    start = etree.Element(f"{W}commentRangeStart", nsmap={"w": W_NS})
    start.set(f"{W}id", cid)
    ppr = p.find(_PPR)
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    end = etree.Element(f"{W}commentRangeEnd", nsmap={"w": W_NS})
    end.set(f"{W}id", cid)
    p.append(end)
    ref_run = etree.SubElement(p, _R)
    etree.SubElement(ref_run, f"{W}commentReference").set(f"{W}id", cid)


def accept_existing(root: Element) -> None:
    """Accept the changes a document already tracks (the new version is its text as if they
    were accepted, as :mod:`mou_cli.readers` reads it), so the redline shows only ours."""
    tags = {f"{W}{t}" for t in CHANGE_TAGS}
    drop = {f"{W}{t}" for t in ("del", "moveFrom")}
    changes = {f"{W}{t}" for t in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
                                    "trPrChange", "tcPrChange", "numberingChange",
                                    "tblGridChange")}  # fmt: skip
    ranges = {f"{W}{t}" for t in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                                   "moveToRangeEnd")}  # fmt: skip
    for el in list(root.iter(*tags, *changes, *ranges)):
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag in changes or el.tag in ranges:
            parent.remove(el)
        elif parent.tag == _RPR or parent.tag in (f"{W}trPr", f"{W}tcPr"):
            # a changed paragraph mark or row: the reader keeps each paragraph, and so do we
            parent.remove(el)
        elif el.tag in drop:
            parent.remove(el)
        else:  # ins, moveTo: keep what they hold
            for child in list(el):
                el.addprevious(child)
            parent.remove(el)


def max_id(root: Element) -> int:
    """The largest numeric ``w:id`` in ``root`` (0 when none)."""
    best = 0
    key = f"{W}id"
    for el in root.iter():
        v = el.get(key) if isinstance(el.tag, str) else None
        if v is not None and v.isdigit() and len(v) < 10:
            best = max(best, int(v))
    return best
