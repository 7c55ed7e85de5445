"""Word drafts (``.docx``), read with lxml straight from the zip parts (fast, and it sees what
python-docx hides: list numbers, tracked changes, comments, content controls).

Locations are paragraph numbers: every ``w:p`` of the body in order, table cells included,
empty paragraphs too. Text is the text as if every tracked change were accepted; the changes
and comments themselves are listed in ``Draft.tracked_changes`` / ``Draft.comments``. A table
whose columns are in different languages is a side-by-side bilingual text: its cells carry the
column and language. Suppression: a paragraph (hidden text is fine) or a Word comment reading
``mou: disable=MOU-C005`` (``disable-file=`` for the whole file).

A draft is at most ``MAX_PARAGRAPHS`` paragraphs (body, tables, headers and footers) and
``readers.MAX_TEXT`` characters of text, content nested at most ``MAX_NESTING`` levels deep
(tables in tables, content controls), and its Word comments may turn rules off over at most
``MAX_COMMENT_SPANS`` paragraphs (a rule id over one paragraph counting one): past any of them
the file is refused, so time and memory stay bounded. The package itself is vetted and read
within its byte budget by :mod:`~mou_cli.readers.docx_package`.
"""

from __future__ import annotations

import zipfile
import zlib
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import IO

from mou_cli.document.embedded import read_embedded_facts
from mou_cli.draft import Draft, Loc, Revision
from mou_cli.draft.lang import scores
from mou_cli.errors import DraftError
from mou_cli.readers import MAX_TEXT, directives, docx_revisions
from mou_cli.readers.blocks import Block
from mou_cli.readers.docx_numbering import Numbering
from mou_cli.readers.docx_package import Package
from mou_cli.readers.docx_styles import Style, Styles, paragraph_format, styles_of
from mou_cli.readers.docx_text import (
    VAL,
    Element,
    W,
    comment_texts,
    is_bold,
    number,
    paragraphs,
    run_text,
    scan,
)
from mou_cli.readers.structure import assemble

MAX_PARAGRAPHS = 200_000
MAX_NESTING = 100
_P = f"{W}p"
_TEXT_BOX = f".//{W}txbxContent"
MAX_COMMENT_SPANS = 2_000_000
_CONTAINERS = frozenset(f"{W}{t}" for t in ("sdt", "customXml", "sdtContent", "ins", "moveTo"))


@dataclass
class _Ctx:
    """What the walk over the body knows and has found so far."""

    name: str
    numbering: Numbering
    styles: Styles
    comment_text: dict[str, str]
    para: int = 0  # the body paragraph being read (locations count these)
    paragraphs: int = 0  # every paragraph read so far, headers and footers included
    text: int = 0  # characters of text read so far
    blocks: list[Block] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)  # the tracked changes themselves
    disabled: dict[str, set[int | None]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)  # rule ids disabled for the next paragraph
    open_comments: set[str] = field(default_factory=set)
    comment_spans: dict[str, list[int]] = field(default_factory=dict)  # id -> [first, last]
    table: int = -1

    def count(self, text: str) -> None:
        """One more paragraph read, holding ``text``; refuse the file past the limits."""
        self.paragraphs += 1
        self.text += len(text)
        if self.paragraphs > MAX_PARAGRAPHS:
            raise DraftError(
                f"{self.name}: more than {MAX_PARAGRAPHS:,} paragraphs: too long for a draft"
            )
        if self.text > MAX_TEXT:
            raise DraftError(
                f"{self.name}: more than {MAX_TEXT:,} characters of text: too long for a draft"
            )

    def note_comments(self, marks: list[Element], n: int) -> None:
        """Paragraph ``n`` holds these comment marks: a comment covers its paragraphs from its
        range start to its range end (or reference, when there is no range)."""
        for el in marks:
            cid = el.get(f"{W}id", "")
            span = self.comment_spans.setdefault(cid, [n, n])
            span[1] = max(span[1], n)
            if el.tag == f"{W}commentRangeStart":
                self.open_comments.add(cid)
            elif el.tag == f"{W}commentRangeEnd":
                self.open_comments.discard(cid)

    def close_comments(self) -> None:
        """A comment range never ended runs to the last paragraph."""
        for cid in self.open_comments:
            self.comment_spans[cid][1] = self.para
        self.open_comments.clear()

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


def _kind(fmt: Style, table: int | None, label: str) -> str:
    style = fmt.name
    if style.startswith("toc"):
        return "para"
    if style in ("title", "subtitle"):
        return "title"
    if fmt.heading or (fmt.outline is not None and fmt.outline < 9):
        return "heading"
    if table is not None:
        return "cell"
    return "item" if label else "para"


def _paragraph(ctx: _Ctx, p: Element, *, table: int | None = None, row: int | None = None,
               col: int | None = None, boxed: bool = False) -> Block | None:  # fmt: skip
    """Paragraph ``p`` as a block; None for an empty one or a directive. A paragraph of a text
    box (``boxed``) takes the number of the paragraph it is anchored in, so the numbering of
    the body's paragraphs does not depend on text boxes."""
    marks, changed, runs = scan(p)
    if p.find(_TEXT_BOX) is not None:  # the boxes' paragraphs are blocks of their own
        runs = [r for r in runs if next(r.iterancestors(_P), None) is p]
    text, everything = run_text(p, runs)
    ctx.count(text)
    if not boxed:
        ctx.para += 1
    n = ctx.para + 1 if boxed else ctx.para
    ctx.note_comments(marks, n)
    if changed:
        ctx.changes.append(n)
        ctx.revisions += docx_revisions.in_paragraph(p, n)
    if ctx.directive(everything) or not text.strip():
        return None
    ctx.apply_pending(n)
    fmt = paragraph_format(ctx.styles, p)
    label = ctx.numbering.label(*fmt.num) if fmt.num and fmt.num[0] != "0" else ""
    if label:
        text = f"{label} {text.lstrip()}"
    kind = _kind(fmt, table, label)
    cues = kind in ("heading", "title") or fmt.center or is_bold(runs)
    return Block(text, para=n, kind=kind, cues=cues, soft=False, table=table, row=row,
                 column=col)  # fmt: skip


def _table(ctx: _Ctx, tbl: Element, depth: int) -> None:
    ctx.table += 1
    t = ctx.table
    cells: list[Block] = []
    for r, tr in enumerate(tbl.findall(f"{W}tr")):
        c = 0
        for tc in tr.findall(f"{W}tc"):
            span_el = tc.find(f"{W}tcPr/{W}gridSpan")
            span = number(span_el.get(VAL), 1, 1, 63) if span_el is not None else 1
            for child in tc:
                if child.tag == f"{W}tbl":
                    _table(ctx, child, _deeper(ctx, depth))
                    continue
                for p in _cell_paragraphs(child):
                    b = _paragraph(ctx, p, table=t, row=r, col=c)
                    if b is not None:
                        cells.append(b)
            c += span
    _bilingual_columns(cells)
    ctx.blocks.extend(cells)


def _deeper(ctx: _Ctx, depth: int) -> int:
    """One level deeper than ``depth``; refuse content nested past ``MAX_NESTING``."""
    if depth >= MAX_NESTING:
        raise DraftError(
            f"{ctx.name}: tables or content controls nested more than {MAX_NESTING} levels deep"
        )
    return depth + 1


def _cell_paragraphs(child: Element) -> list[Element]:
    """The paragraphs of a table cell's child: itself, those in a content control, or none."""
    if child.tag in (f"{W}p", f"{W}sdt", f"{W}customXml"):
        return paragraphs(child)
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


def _boxed(p: Element) -> list[Element]:
    """The paragraphs of the text boxes anchored in paragraph ``p`` ("1. Description" set in a
    box beside the text), boxes in boxes too, in order: read before ``p``, each on its own
    (each keeps only its own runs)."""
    if p.find(_TEXT_BOX) is None:
        return []
    return [q for q in p.iter(_P) if q is not p]


def _body(ctx: _Ctx, parent: Element, depth: int = 0) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            for boxed in _boxed(child):
                b = _paragraph(ctx, boxed, boxed=True)
                if b is not None:
                    ctx.blocks.append(b)
            b = _paragraph(ctx, child)
            if b is not None:
                ctx.blocks.append(b)
        elif tag == f"{W}tbl":
            _table(ctx, child, _deeper(ctx, depth))
        elif tag in _CONTAINERS:
            _body(ctx, child, _deeper(ctx, depth))


def _margins(ctx: _Ctx, pkg: Package) -> list[Block]:
    """The running headers and footers, each text once."""
    seen: set[tuple[str, str]] = set()
    out: list[Block] = []
    for name in pkg.margins:
        root = pkg.xml(name)
        if root is None:
            continue
        kind = "header" if "header" in name.lower() else "footer"
        for p in paragraphs(root):
            text, _ = run_text(p)
            text = text.strip()
            ctx.count(text)
            if text and (kind, text) not in seen:
                seen.add((kind, text))
                out.append(Block(text, kind=kind, soft=False))
    return out


def _comment_directives(ctx: _Ctx) -> list[int]:
    """Take the comments that are directives; the first paragraph of every other comment."""
    out: list[int] = []
    left = MAX_COMMENT_SPANS
    for cid, (start, end) in ctx.comment_spans.items():
        d = directives.parse(ctx.comment_text.get(cid, ""))
        if d is None:
            out.append(start)
        elif d[0]:
            directives.add(ctx.disabled, d[1], {None})
        else:
            left -= len(d[1]) * (end - start + 1)
            if left < 0:
                raise DraftError(
                    f"{ctx.name}: Word comments turn rules off over more than "
                    f"{MAX_COMMENT_SPANS:,} paragraphs in all: too many for a draft"
                )
            directives.add(ctx.disabled, d[1], range(start, end + 1))
    return sorted(out)


def read_docx(fh: IO[bytes], name: str, budget: int) -> Draft:
    """A draft from an open DOCX file (a zip: ``readers.read`` has checked that); anything
    damaged, hostile or over a limit is a ``DraftError`` naming the file."""
    try:
        with zipfile.ZipFile(fh) as z:
            return read_package(Package(z, name, budget), name)
    except zipfile.BadZipFile as exc:
        raise DraftError(f"{name}: a damaged zip archive ({exc})") from None
    except DraftError:
        raise
    except MemoryError:
        raise DraftError(f"{name}: too large to read in the memory available") from None
    except (
        KeyError,
        ValueError,
        EOFError,
        OSError,
        RuntimeError,
        NotImplementedError,
        zlib.error,
    ) as e:  # zlib.error: damaged compressed data
        raise DraftError(f"{name}: a damaged Word document ({type(e).__name__})") from None
    except Exception as exc:  # lxml XMLSyntaxError and the like
        if type(exc).__module__.startswith("lxml"):
            raise DraftError(f"{name}: a damaged Word document (bad XML: {exc})") from None
        raise


def read_package(pkg: Package, path: str) -> Draft:
    """A draft from a vetted DOCX package."""
    ctx = _Ctx(
        name=path,
        numbering=Numbering.parse(pkg.xml("word/numbering.xml")),
        styles=styles_of(pkg),
        comment_text=comment_texts(pkg),
    )
    doc = pkg.xml(pkg.main)
    body = doc.find(f"{W}body") if doc is not None else None
    if body is not None:
        _body(ctx, body)
    del doc, body  # the largest tree: free it before the headers and footers are parsed
    ctx.close_comments()
    ctx.blocks.extend(_margins(ctx, pkg))
    comment_paras = _comment_directives(ctx)
    answers, facts = read_embedded_facts(pkg.z)
    draft = assemble(path, "docx", ctx.blocks, disabled=ctx.disabled, answers=answers)
    draft.embedded_facts = facts
    located = sorted((c.loc.para, c.loc.article) for c in draft.chunks if c.loc.para is not None)
    keys = [p for p, _ in located]

    def loc(n: int) -> Loc:
        i = bisect_right(keys, n) - 1
        return Loc(para=n, article=located[i][1] if i >= 0 else None)

    draft.tracked_changes = [loc(n) for n in ctx.changes]
    draft.comments = [loc(n) for n in comment_paras]
    notes = docx_revisions.comments(pkg) if ctx.comment_spans else {}
    kept = docx_revisions.anchored_comments(
        notes, ctx.comment_spans, lambda text: directives.parse(text) is None
    )
    draft.revisions = docx_revisions.located([*ctx.revisions, *kept], loc)
    return draft
