"""Word drafts (``.docx``), read with lxml straight from the zip parts (fast, and it sees what
python-docx hides: list numbers, tracked changes, comments, content controls).

Locations are paragraph numbers: every ``w:p`` of the body in order, table cells included,
empty paragraphs too. Text is the text as if every tracked change were accepted; the changes
and comments themselves are listed in ``Draft.tracked_changes`` / ``Draft.comments``. A table
whose columns are in different languages is a side-by-side bilingual text: its cells carry the
column and language. Suppression: a paragraph (hidden text is fine) or a Word comment reading
``mou: disable=MOU-C005`` (``disable-file=`` for the whole file).
"""

from __future__ import annotations

import re
import zipfile
from bisect import bisect_right
from dataclasses import dataclass, field

from mou_cli.document.embedded import main_part, read_embedded_facts
from mou_cli.draft import Draft, Loc
from mou_cli.draft.lang import scores
from mou_cli.readers import directives
from mou_cli.readers.docx_numbering import Numbering, W
from mou_cli.readers.structure import Block, assemble

_VAL = f"{W}val"
_CHANGES = tuple(
    f"{W}{t}"
    for t in (
        "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange",
        "trPrChange", "tcPrChange", "sectPrChange", "numberingChange",
    )
)  # fmt: skip
_SKIP_PARENTS = {f"{W}moveFrom", f"{W}del"}
_CHANGE_TAGS = frozenset(_CHANGES)
_COMMENT_TAGS = frozenset(
    f"{W}{t}" for t in ("commentRangeStart", "commentReference", "commentRangeEnd")
)
_R, _T, _PPR, _RPR = (f"{W}{t}" for t in ("r", "t", "pPr", "rPr"))
_TABS = (f"{W}tab", f"{W}ptab")
_BREAKS = (f"{W}br", f"{W}cr")


def _parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _xml(z: zipfile.ZipFile, name: str):
    from lxml import etree

    try:
        data = z.read(name)
    except KeyError:
        return None
    return etree.fromstring(data, _parser())


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num: tuple[str, int] | None = None
    outline: int | None = None
    center: bool = False


@dataclass
class _Ctx:
    numbering: Numbering
    styles: dict[str, _Style]
    comment_text: dict[str, str]
    para: int = 0
    blocks: list[Block] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)
    comments: list[int] = field(default_factory=list)
    disabled: dict[str, set[int | None]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    open_comments: set[str] = field(default_factory=set)
    comment_paras: dict[str, set[int]] = field(default_factory=dict)
    table: int = -1


def _styles(root) -> dict[str, _Style]:
    out: dict[str, _Style] = {}
    if root is None:
        return out
    for s in root.iter(f"{W}style"):
        sid = s.get(f"{W}styleId", "")
        st = _Style()
        name, based, ppr = _first(s, f"{W}name", f"{W}basedOn", _PPR)
        st.name = (name.get(_VAL, "") if name is not None else sid).lower()
        st.based_on = based.get(_VAL) if based is not None else None
        if ppr is not None:
            np_, ol, jc = _first(ppr, f"{W}numPr", f"{W}outlineLvl", f"{W}jc")
            st.num = _num_pr(ppr, np_)
            st.outline = int(ol.get(_VAL, "9")) if ol is not None else None
            st.center = jc is not None and jc.get(_VAL) == "center"
        out[sid] = st
    return out


def _first(parent, *tags: str) -> list:
    """The first child of ``parent`` with each tag (None if none): ``find`` for several tags in
    one pass over the children."""
    found: list = [None] * len(tags)
    for child in parent:
        tag = child.tag
        for i, t in enumerate(tags):
            if tag == t and found[i] is None:
                found[i] = child
    return found


_STYLE_CACHE: dict[bytes, dict[str, _Style]] = {}
_STYLE_CACHE_MAX = 2_000_000  # bytes of a styles part worth keeping


def _styles_of(z: zipfile.ZipFile) -> dict[str, _Style]:
    """The styles of ``word/styles.xml``. Drafts made from one template have the same part, so
    its styles are kept by its bytes: a folder of such drafts parses them once."""
    try:
        data = z.read("word/styles.xml")
    except KeyError:
        return {}
    styles = _STYLE_CACHE.get(data)
    if styles is None:
        from lxml import etree

        styles = _styles(etree.fromstring(data, _parser()))
        if len(data) <= _STYLE_CACHE_MAX:  # a template's styles, not a hostile giant
            if len(_STYLE_CACHE) >= 8:
                _STYLE_CACHE.clear()
            _STYLE_CACHE[data] = styles
    return styles


def _num_pr(ppr, np_=False) -> tuple[str, int] | None:
    if np_ is False:
        np_ = ppr.find(f"{W}numPr")
    if np_ is None:
        return None
    nid, lvl = _first(np_, f"{W}numId", f"{W}ilvl")
    if nid is None:
        return None
    return nid.get(_VAL, "0"), int(lvl.get(_VAL, "0")) if lvl is not None else 0


def _style_chain(ctx: _Ctx, sid: str | None):
    seen = set()
    while sid and sid in ctx.styles and sid not in seen:
        seen.add(sid)
        yield ctx.styles[sid]
        sid = ctx.styles[sid].based_on


def _scan(p) -> tuple[list, bool, list]:
    """One walk over a paragraph: its comment marks, whether it holds a tracked change, and its
    runs, each in document order (as ``p.iter(tags)`` gives them, in a third of the time)."""
    marks: list = []
    runs: list = []
    changed = False
    for el in p.iter():
        tag = el.tag
        if tag == _R:
            runs.append(el)
        elif tag in _COMMENT_TAGS:
            marks.append(el)
        elif tag in _CHANGE_TAGS:
            changed = True
    return marks, changed, runs


def _run_text(p, runs: list | None = None) -> tuple[str, str]:
    """(visible text, all text including hidden runs) of a paragraph, changes accepted.
    ``runs``: the paragraph's runs when already known (:func:`_scan`)."""
    visible: list[str] = []
    everything: list[str] = []
    for r in p.iter(_R) if runs is None else runs:
        parent = r.getparent()
        if parent is not None and parent.tag in _SKIP_PARENTS:
            continue
        rpr = None
        pieces: list[str] = []
        for el in r:
            tag = el.tag
            if tag == _T:
                piece = el.text or ""
            elif tag == _RPR:
                if rpr is None:
                    rpr = el
                continue
            elif tag in _TABS:
                piece = " "
            elif tag in _BREAKS:
                piece = "" if el.get(f"{W}type") == "page" else "\n"
            elif tag == f"{W}noBreakHyphen":
                piece = "-"
            else:
                continue
            pieces.append(piece)
        everything.extend(pieces)
        if rpr is None or rpr.find(f"{W}vanish") is None:
            visible.extend(pieces)
    return "".join(visible), "".join(everything)


def _is_bold(runs: list) -> bool:
    """Every run with text is bold (``runs``: all the runs of a paragraph)."""
    runs = [r for r in runs if "".join(t.text or "" for t in r.iter(_T)).strip()]
    if not runs:
        return False
    for r in runs:
        b = r.find(f"{W}rPr/{W}b")
        if b is None or b.get(_VAL) in ("0", "false"):
            return False
    return True


def _paragraph(ctx: _Ctx, p, *, table: int | None = None, row: int | None = None,
               col: int | None = None) -> Block | None:  # fmt: skip
    ctx.para += 1
    n = ctx.para
    marks, changed, runs = _scan(p)
    for el in marks:
        cid = el.get(f"{W}id", "")
        if el.tag == f"{W}commentRangeEnd":
            ctx.comment_paras.setdefault(cid, set()).add(n)
            ctx.open_comments.discard(cid)
        else:
            ctx.open_comments.add(cid)
            ctx.comment_paras.setdefault(cid, set()).add(n)
    for cid in ctx.open_comments:
        ctx.comment_paras.setdefault(cid, set()).add(n)
    if changed:
        ctx.changes.append(n)
    text, everything = _run_text(p, runs)
    d = directives.parse(everything)
    if d is not None:
        if d[0]:
            directives.add(ctx.disabled, d[1], {None})
        else:
            ctx.pending = d[1]
        return None
    if not text.strip():
        return None
    if ctx.pending:
        directives.add(ctx.disabled, ctx.pending, {n})
        ctx.pending = []

    ppr = next((child for child in p if child.tag == _PPR), None)  # p.find(pPr)
    sid = None
    num = None
    center = False
    outline = None
    if ppr is not None:
        ps, np_, jc, ol = _first(ppr, f"{W}pStyle", f"{W}numPr", f"{W}jc", f"{W}outlineLvl")
        sid = ps.get(_VAL) if ps is not None else None
        num = _num_pr(ppr, np_)
        center = jc is not None and jc.get(_VAL) == "center"
        outline = int(ol.get(_VAL, "9")) if ol is not None else None
    names = []
    for st in _style_chain(ctx, sid or "Normal"):
        names.append(st.name)
        num = num or st.num
        outline = outline if outline is not None else st.outline
        center = center or st.center
    style = names[0] if names else ""
    label = ""
    if num and num[0] != "0":
        label = ctx.numbering.label(num[0], num[1])
    if label:
        text = f"{label} {text.lstrip()}"
    if style.startswith("toc"):
        kind = "para"
    elif style in ("title", "subtitle"):
        kind = "title"
    elif any(s.startswith("heading") for s in names) or (outline is not None and outline < 9):
        kind = "heading"
    elif table is not None:
        kind = "cell"
    elif label:
        kind = "item"
    else:
        kind = "para"
    cues = kind in ("heading", "title") or center or _is_bold(runs)
    return Block(text, para=n, kind=kind, cues=cues, soft=False, table=table, row=row,
                 column=col)  # fmt: skip


def _table(ctx: _Ctx, tbl) -> None:
    ctx.table += 1
    t = ctx.table
    cells: list[Block] = []
    for r, tr in enumerate(tbl.findall(f"{W}tr")):
        c = 0
        for tc in tr.findall(f"{W}tc"):
            span_el = tc.find(f"{W}tcPr/{W}gridSpan")
            span = int(span_el.get(_VAL, "1")) if span_el is not None else 1
            for child in tc:
                if child.tag == f"{W}p":
                    b = _paragraph(ctx, child, table=t, row=r, col=c)
                    if b is not None:
                        cells.append(b)
                elif child.tag == f"{W}tbl":
                    _table(ctx, child)
                elif child.tag in (f"{W}sdt", f"{W}customXml"):
                    for p in child.iter(f"{W}p"):
                        b = _paragraph(ctx, p, table=t, row=r, col=c)
                        if b is not None:
                            cells.append(b)
            c += span
    _bilingual_columns(cells)
    ctx.blocks.extend(cells)


def _bilingual_columns(cells: list[Block]) -> None:
    """Columns in different languages: tag each cell with its column and language."""
    per_col: dict[int, list[int]] = {}
    for b in cells:
        s = per_col.setdefault(b.column or 0, [0, 0])
        i, e = scores(b.text)
        s[0] += i
        s[1] += e
    langs: dict[int, str] = {}
    for col, (i, e) in per_col.items():
        if i >= 3 and i >= 2 * e:
            langs[col] = "id"
        elif e >= 3 and e >= 2 * i:
            langs[col] = "en"
    if len(set(langs.values())) < 2:
        for b in cells:
            b.column = None
        return
    for b in cells:
        b.lang = langs.get(b.column or 0)
        if b.lang is None:
            b.column = None


def _body(ctx: _Ctx, parent) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            b = _paragraph(ctx, child)
            if b is not None:
                ctx.blocks.append(b)
        elif tag == f"{W}tbl":
            _table(ctx, child)
        elif tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins", f"{W}moveTo"):
            _body(ctx, child)


def _comments(z: zipfile.ZipFile) -> dict[str, str]:
    root = _xml(z, "word/comments.xml")
    if root is None:
        return {}
    out = {}
    for c in root.iter(f"{W}comment"):
        out[c.get(f"{W}id", "")] = " ".join("".join(t.text or "" for t in p.iter(f"{W}t"))
                                            for p in c.iter(f"{W}p")).strip()  # fmt: skip
    return out


def _margins(ctx: _Ctx, z: zipfile.ZipFile) -> list[Block]:
    seen: set[str] = set()
    out: list[Block] = []
    names = sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n))
    for name in names:
        root = _xml(z, name)
        if root is None:
            continue
        kind = "header" if "header" in name else "footer"
        for p in root.iter(f"{W}p"):
            text, _ = _run_text(p)
            text = text.strip()
            if text and (kind, text) not in seen:
                seen.add((kind, text))
                out.append(Block(text, kind=kind, soft=False))
    return out


def read_zip(z: zipfile.ZipFile, path: str) -> Draft:
    """A draft from an open, already vetted DOCX zip (see ``readers.read`` for the checks)."""
    main = main_part(z)
    doc = _xml(z, main)
    body = doc.find(f"{W}body") if doc is not None else None
    ctx = _Ctx(
        numbering=Numbering.parse(_xml(z, "word/numbering.xml")),
        styles=_styles_of(z),
        comment_text=_comments(z),
    )
    if body is not None:
        _body(ctx, body)
    ctx.blocks.extend(_margins(ctx, z))
    comment_paras: list[int] = []
    for cid, paras in ctx.comment_paras.items():
        d = directives.parse(ctx.comment_text.get(cid, ""))
        if d is not None:
            directives.add(ctx.disabled, d[1], {None} if d[0] else set(paras))
        elif paras:
            comment_paras.append(min(paras))
    answers, facts = read_embedded_facts(z)
    draft = assemble(path, "docx", ctx.blocks, disabled=ctx.disabled, answers=answers)
    draft.embedded_facts = facts
    located = sorted((c.loc.para, c.loc.article) for c in draft.chunks if c.loc.para is not None)
    keys = [p for p, _ in located]

    def loc(n: int) -> Loc:
        i = bisect_right(keys, n) - 1
        return Loc(para=n, article=located[i][1] if i >= 0 else None)

    draft.tracked_changes = [loc(n) for n in ctx.changes]
    draft.comments = [loc(n) for n in sorted(comment_paras)]
    return draft
