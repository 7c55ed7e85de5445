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
from mou_cli.readers.blocks import Block
from mou_cli.readers.docx_numbering import Numbering
from mou_cli.readers.docx_styles import Style, paragraph_format, styles_of
from mou_cli.readers.docx_text import (
    VAL,
    Element,
    W,
    comment_texts,
    is_bold,
    part,
    run_text,
    scan,
)
from mou_cli.readers.structure import assemble


@dataclass
class _Ctx:
    """What the walk over the body knows and has found so far."""

    numbering: Numbering
    styles: dict[str, Style]
    comment_text: dict[str, str]
    para: int = 0
    blocks: list[Block] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)
    disabled: dict[str, set[int | None]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)  # rule ids disabled for the next paragraph
    open_comments: set[str] = field(default_factory=set)
    comment_paras: dict[str, set[int]] = field(default_factory=dict)
    table: int = -1

    def note_comments(self, marks: list[Element], n: int) -> None:
        """Paragraph ``n`` is in every comment range open in it or before it."""
        for el in marks:
            cid = el.get(f"{W}id", "")
            self.comment_paras.setdefault(cid, set()).add(n)
            if el.tag == f"{W}commentRangeEnd":
                self.open_comments.discard(cid)
            else:
                self.open_comments.add(cid)
        for cid in self.open_comments:
            self.comment_paras.setdefault(cid, set()).add(n)

    def directive(self, text: str) -> bool:
        """Take a ``mou: disable=...`` paragraph; False for any other text."""
        d = directives.parse(text)
        if d is None:
            return False
        if d[0]:
            directives.add(self.disabled, d[1], {None})
        else:
            self.pending = d[1]
        return True

    def apply_pending(self, n: int) -> None:
        """A directive before paragraph ``n`` disables its rules there."""
        if self.pending:
            directives.add(self.disabled, self.pending, {n})
            self.pending = []


def _kind(names: list[str], fmt: Style, table: int | None, label: str) -> str:
    style = names[0] if names else ""
    if style.startswith("toc"):
        return "para"
    if style in ("title", "subtitle"):
        return "title"
    if any(s.startswith("heading") for s in names) or (fmt.outline is not None and fmt.outline < 9):
        return "heading"
    if table is not None:
        return "cell"
    return "item" if label else "para"


def _paragraph(ctx: _Ctx, p: Element, *, table: int | None = None, row: int | None = None,
               col: int | None = None) -> Block | None:  # fmt: skip
    """Paragraph ``p`` as a block; None for an empty one or a directive."""
    ctx.para += 1
    n = ctx.para
    marks, changed, runs = scan(p)
    ctx.note_comments(marks, n)
    if changed:
        ctx.changes.append(n)
    text, everything = run_text(p, runs)
    if ctx.directive(everything) or not text.strip():
        return None
    ctx.apply_pending(n)
    names, fmt = paragraph_format(ctx.styles, p)
    label = ctx.numbering.label(*fmt.num) if fmt.num and fmt.num[0] != "0" else ""
    if label:
        text = f"{label} {text.lstrip()}"
    kind = _kind(names, fmt, table, label)
    cues = kind in ("heading", "title") or fmt.center or is_bold(runs)
    return Block(text, para=n, kind=kind, cues=cues, soft=False, table=table, row=row,
                 column=col)  # fmt: skip


def _table(ctx: _Ctx, tbl: Element) -> None:
    ctx.table += 1
    t = ctx.table
    cells: list[Block] = []
    for r, tr in enumerate(tbl.findall(f"{W}tr")):
        c = 0
        for tc in tr.findall(f"{W}tc"):
            span_el = tc.find(f"{W}tcPr/{W}gridSpan")
            span = int(span_el.get(VAL, "1")) if span_el is not None else 1
            for child in tc:
                if child.tag == f"{W}tbl":
                    _table(ctx, child)
                    continue
                for p in _cell_paragraphs(child):
                    b = _paragraph(ctx, p, table=t, row=r, col=c)
                    if b is not None:
                        cells.append(b)
            c += span
    _bilingual_columns(cells)
    ctx.blocks.extend(cells)


def _cell_paragraphs(child: Element) -> list[Element]:
    """The paragraphs of a table cell's child: itself, those in a content control, or none."""
    if child.tag == f"{W}p":
        return [child]
    if child.tag in (f"{W}sdt", f"{W}customXml"):
        return list(child.iter(f"{W}p"))
    return []


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


def _body(ctx: _Ctx, parent: Element) -> None:
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


def _margins(z: zipfile.ZipFile) -> list[Block]:
    """The running headers and footers, each text once."""
    seen: set[tuple[str, str]] = set()
    out: list[Block] = []
    names = sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n))
    for name in names:
        root = part(z, name)
        if root is None:
            continue
        kind = "header" if "header" in name else "footer"
        for p in root.iter(f"{W}p"):
            text, _ = run_text(p)
            text = text.strip()
            if text and (kind, text) not in seen:
                seen.add((kind, text))
                out.append(Block(text, kind=kind, soft=False))
    return out


def _comment_directives(ctx: _Ctx) -> list[int]:
    """Take the comments that are directives; the first paragraph of every other comment."""
    out: list[int] = []
    for cid, paras in ctx.comment_paras.items():
        d = directives.parse(ctx.comment_text.get(cid, ""))
        if d is not None:
            directives.add(ctx.disabled, d[1], {None} if d[0] else paras)
        elif paras:
            out.append(min(paras))
    return sorted(out)


def read_zip(z: zipfile.ZipFile, path: str) -> Draft:
    """A draft from an open, already vetted DOCX zip (see ``readers.read`` for the checks)."""
    doc = part(z, main_part(z))
    body = doc.find(f"{W}body") if doc is not None else None
    ctx = _Ctx(
        numbering=Numbering.parse(part(z, "word/numbering.xml")),
        styles=styles_of(z),
        comment_text=comment_texts(z),
    )
    if body is not None:
        _body(ctx, body)
    ctx.blocks.extend(_margins(z))
    comment_paras = _comment_directives(ctx)
    answers, facts = read_embedded_facts(z)
    draft = assemble(path, "docx", ctx.blocks, disabled=ctx.disabled, answers=answers)
    draft.embedded_facts = facts
    located = sorted((c.loc.para, c.loc.article) for c in draft.chunks if c.loc.para is not None)
    keys = [p for p, _ in located]

    def loc(n: int) -> Loc:
        i = bisect_right(keys, n) - 1
        return Loc(para=n, article=located[i][1] if i >= 0 else None)

    draft.tracked_changes = [loc(n) for n in ctx.changes]
    draft.comments = [loc(n) for n in comment_paras]
    return draft
