"""Word redlines: the new version of a draft with every difference from the old version as a
native tracked change, so that accepting all changes (Word, LibreOffice) gives the new text
and rejecting all gives the old, paragraph for paragraph.

The changes are built here from the two drafts as the readers give them
(:class:`mou_cli.draft.Draft`), with the shared differ (:mod:`mou_cli.textdiff`):

- Paragraphs are paired in order (``textdiff.align``); a bilingual pair of drafts (both
  side by side) is paired column by column, so an Indonesian paragraph never pairs with an
  English one. Inside a pair, words (``textdiff.diff_words``) become ``w:ins`` / ``w:del``
  runs; inserted and kept text keeps the run properties (bold, ...) of the new version's run
  it comes from, deleted text takes those of the run beside it.
- A paragraph only in the new version is inserted (its runs and its paragraph mark); one only
  in the old version is written back where it was, after the new paragraph it followed, as a
  deleted paragraph (deleted runs and a deleted paragraph mark, so rejecting restores the old
  paragraph count). A table row whose paragraphs are all new is an inserted row.
- Paragraphs that moved together unchanged (an article moved elsewhere, at least
  ``MOVE_MIN`` characters) are ``w:moveFrom`` / ``w:moveTo`` ranges when they stand outside
  tables; in tables a move is a deletion and an insertion.
- Numbers that Word computes (Pasal 3, (a)) are not text: where the new paragraph is numbered
  by Word, a matching number at the start of the old text is left out of the comparison.

With the new version's DOCX at hand, the redline is that package with its main part edited:
styles, numbering, headers, footers, tables and embedded answers are kept, and changes it
already tracked are accepted first (the new version is its accepted text). Without one, a plain
DOCX is built from the new draft's paragraphs (bilingual columns as a two-column table).
Text XML cannot hold (control characters) is dropped, as the DOCX writer does.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mou_cli.document.embedded import main_part
from mou_cli.draft import Chunk, Draft
from mou_cli.errors import DraftError
from mou_cli.textdiff import diff_words
from mou_cli.writers import redline_package, redline_xml
from mou_cli.writers.docx_xml import clean
from mou_cli.writers.redline_pairs import (
    GENERIC_LABEL,
    Para,
    Plan,
    body_chunks,
    label_pattern,
    new_paras,
    shape,
)
from mou_cli.writers.redline_pairs import plan as pair
from mou_cli.writers.redline_xml import Stamp, W

Element = Any
Note = Callable[[str, str], "str | None"]


def _stamp_date(when: dt.datetime | None) -> str:
    if when is None:
        when = dt.datetime.now(dt.timezone.utc)
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- writing -------------------------------------------------------------------------------


class _Redline:
    """Edits the new version's body into the redline."""

    def __init__(
        self, body: Element, paras: list[Para], olds: list[Chunk], stamp: Stamp,
        note: Note | None,
    ) -> None:  # fmt: skip
        self.body = body
        self.paras = paras
        self.olds = olds
        self.stamp = stamp
        self.note = note
        self.notes: list[tuple[str, str]] = []
        self.removed: dict[int, Element] = {}  # old index -> the paragraph written for it
        self.rows_kept: set[int] = set()  # id() of rows that hold old paragraphs
        # number shape -> a new paragraph numbered that way, for old numbered paragraphs
        self.shapes: dict[str, Para] = {}
        for p in paras:
            if p.label:
                self.shapes.setdefault(shape(p.label), p)

    def old_text(self, i: int, partner: Para | None) -> str:
        """The old text as it goes into the new paragraph ``partner``: without the number
        Word puts there itself."""
        text = clean(self.olds[i].text)
        if partner is not None and partner.label:
            m = label_pattern(partner.label).match(text)
            if m:
                return partner.lead + text[m.end() :].lstrip()
        return text

    def comment(self, p: Element, old: str, new: str) -> None:
        if self.note is None:
            return
        text = self.note(old, new)
        if text:
            cid = self.stamp.new_id()
            redline_xml.anchor_comment(p, cid)
            self.notes.append((cid, clean(text)))

    def edit(self, i: int, j: int) -> None:
        para = self.paras[j]
        old = self.old_text(i, para)
        if old == para.text:
            return
        pieces = diff_words(old, para.text)
        redline_xml.rewrite(para.p, para.runs, pieces, self.stamp)
        self.comment(para.p, self.olds[i].text, para.full)

    def insert(self, j: int, tag: str = "ins") -> None:
        para = self.paras[j]
        redline_xml.insert_all(para.p, para.runs, self.stamp, tag)
        if tag == "ins":
            self.comment(para.p, "", para.full)

    def removed_paragraph(self, i: int, tag: str, anchor: Para | None) -> Element:
        """The paragraph that brings old paragraph ``i`` back: numbered like a new paragraph
        of the same number shape, else formatted like the paragraph it follows."""
        text = clean(self.olds[i].text)
        source = anchor if anchor is not None and not anchor.label else None
        m = GENERIC_LABEL.match(text)
        if m and shape(m.group(0)) in self.shapes:
            source = self.shapes[shape(m.group(0))]
            text = source.lead + text[m.end() :]
        ppr = source.p.find(f"{W}pPr") if source is not None else None
        rpr = source.runs[0].find(f"{W}rPr") if source is not None and source.runs else None
        p = redline_xml.removed_paragraph(text, ppr, rpr, self.stamp, tag)
        self.removed[i] = p
        if tag == "del":
            self.comment(p, self.olds[i].text, "")
        return p

    def place(self, plan: Plan) -> None:
        for j, items in plan.after.items():
            anchor = self.paras[j]
            el = anchor.p
            for i, tag in items:
                p = self.removed_paragraph(i, tag, anchor)
                el.addnext(p)
                el = p
            if anchor.row is not None:
                self.rows_kept.add(id(anchor.row))
        for key, items in plan.before.items():
            first = next((p for p in self.paras if p.key == key), None)
            for i, tag in items:
                p = self.removed_paragraph(i, tag, None)
                if first is not None:
                    first.p.addprevious(p)
                    if first.row is not None:
                        self.rows_kept.add(id(first.row))
                else:
                    self._append(p)

    def _append(self, p: Element) -> None:
        sect = self.body.find(f"{W}sectPr")
        if sect is not None:
            sect.addprevious(p)
        else:
            self.body.append(p)

    def moves(self, plan: Plan) -> None:
        for k, block in enumerate(plan.moved, start=1):
            name = f"mou-move-{k}"
            for _, j in block:
                self.insert(j, "moveTo")
            to = [self.paras[j].p for _, j in block]
            frm = [self.removed[i] for i, _ in block]
            redline_xml.move_range(frm[0], frm[-1], self.stamp, "moveFrom", name)
            redline_xml.move_range(to[0], to[-1], self.stamp, "moveTo", name)
            self.comment(to[0], self.olds[block[0][0]].text, self.paras[block[0][1]].full)

    def rows(self, inserted: set[int]) -> None:
        """Mark the rows whose paragraphs are all new (and hold no old one) as inserted."""
        rows: dict[int, tuple[Element, bool]] = {}
        for j, para in enumerate(self.paras):
            if para.row is None:
                continue
            tr, all_new = rows.get(id(para.row), (para.row, True))
            rows[id(para.row)] = (tr, all_new and j in inserted)
        for rid, (tr, all_new) in rows.items():
            if all_new and rid not in self.rows_kept:
                redline_xml.insert_row(tr, self.stamp)


def _bilingual(old: Draft, new: Draft) -> bool:
    """Both side by side in the same columns: then paragraphs pair column by column."""
    cols_old = {c.column for c in old.chunks if c.column is not None}
    cols_new = {c.column for c in new.chunks if c.column is not None}
    return old.bilingual and new.bilingual and bool(cols_old) and cols_old == cols_new


def redline_document(
    root: Element,
    old: Draft,
    new: Draft,
    paras: list[Para] | None,
    stamp: Stamp,
    note: Note | None,
) -> list[tuple[str, str]]:
    """Edit the new version's main part ``root`` into the redline; the comments to add."""
    body = root.find(f"{W}body")
    if body is None:
        raise DraftError(f"{new.path}: a Word document without a body")
    bilingual = _bilingual(old, new)
    if paras is None:
        paras = new_paras(body, new, bilingual)
    elif not bilingual:
        for para in paras:
            para.key = None
    olds = body_chunks(old)
    old_key = [c.column if bilingual else None for c in olds]
    plan = pair([c.text for c in olds], paras, old_key, movable=True)
    work = _Redline(body, paras, olds, stamp, note)
    for i, j in plan.pairs:
        work.edit(i, j)
    for j in plan.inserted:
        work.insert(j)
    work.place(plan)
    work.moves(plan)
    work.rows(set(plan.inserted))
    return work.notes


def redline_bytes(
    old: Draft,
    new: Draft,
    new_docx: bytes | None,
    *,
    author: str = "mou",
    when: dt.datetime | None = None,
    note: Note | None = None,
    name: str | None = None,
) -> bytes:
    """The redline of ``old`` -> ``new`` as DOCX bytes (see the module docstring);
    ``new_docx``: the new version's DOCX, whose formatting the redline keeps (``name``: its
    file name, for messages)."""
    stamp = Stamp(clean(author).replace("\n", " ").strip() or "mou", _stamp_date(when))
    if new_docx is None:
        from mou_cli.writers.redline_plain import plain_document

        new_docx, root, paras = plain_document(new)
    else:
        root, paras = None, None
    try:
        with zipfile.ZipFile(io.BytesIO(new_docx)) as z:
            main = main_part(z)
            if root is None:
                root = redline_package.parse(z.read(main))
                redline_xml.accept_existing(root)
            stamp.next_id = redline_xml.max_id(root) + 1
            notes = redline_document(root, old, new, paras, stamp, note)
            return redline_package.build(z, main, root, notes, stamp)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DraftError(
            f"{name or new.path}: cannot make a redline of this Word document ({exc})"
        ) from None


def write_redline(
    old: Draft,
    new: Draft,
    new_docx: Path | None,
    out: Path,
    *,
    author: str = "mou",
    when: dt.datetime | None = None,
    note: Note | None = None,
    force: bool = False,
) -> None:
    """Write the redline of ``old`` -> ``new`` to ``out``, all or nothing; an existing
    ``out`` is replaced only with ``force``. ``new_docx``: the new version's DOCX file (its
    formatting is kept), None to build a plain one from ``new``'s paragraphs. ``note(old
    text, new text)`` may give a comment for each changed paragraph ("" for the side that has
    none)."""
    from mou_cli.fsutil import check_writable, write_all_atomic

    out = Path(out)
    check_writable([out], force=force)
    data = None
    if new_docx is not None:
        try:
            data = Path(new_docx).read_bytes()
        except OSError as exc:
            raise DraftError(f"{new_docx}: cannot read: {exc.strerror or exc}") from None
    blob = redline_bytes(
        old, new, data, author=author, when=when, note=note, name=str(new_docx or new.path)
    )
    write_all_atomic({out: blob}, force=force)
