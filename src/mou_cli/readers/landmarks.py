"""Where the parts of a draft begin: the first article, the recitals ("bahwa", "WHEREAS",
"Background") up to the lead-in ("NOW, THEREFORE"), the signature block ("IN WITNESS",
"Demikian", a table of signature columns, "PIHAK PERTAMA PIHAK KEDUA" on one line, a place
and date of signing) and an annex after it (Lampiran, Annex, Exhibit, the checklist page of
`mou new --with-checklist`), or where an annex that numbers its own sections begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_cli.draft.rx import lazy
from mou_cli.readers.headings import title_like
from mou_cli.readers.pieces import Piece

# recitals: "bahwa", "WHEREAS", and the participles of treaty-style MoUs ("DESIRING to ...")
_RECITAL = lazy(
    r"^\s*(?:\(?[a-zA-Z0-9]{1,3}[.)]\s*)?(?:bahwa|whereas|menimbang|mengingat|desiring"
    r"|recogni[sz]ing|considering|acknowledging|noting|believing|bearing in mind|mindful"
    r"|berhasrat|berkeinginan|menyadari|mengakui|mempertimbangkan)\b",
    re.I,
)
_BACKGROUND = lazy(
    r"^\s*(recitals?|background|latar belakang|premises|preamble|mukadimah|pendahuluan)"
    r"\s*(?::\s*)?$",  # not \s*:?\s*$: two runs over the same spaces take quadratic time
    re.I,
)
_LEAD_IN = lazy(
    r"^\s*(now,?\s+therefore|now this \w+ witness|berdasarkan hal-hal|dengan demikian"
    r"|oleh karena itu|"
    r"(?:the parties |para pihak )?(?:have|has|telah) (?:reached|agreed|mencapai|menyepakati|"
    r"sepakat)|"
    r"the parties (?:therefore |hereby )?agree|para pihak (?:dengan ini )?(?:telah )?sepakat|"
    r"it is (?:hereby )?agreed)",
    re.I,
)
_SIGN_TRIGGER = lazy(
    r"^\s*(in witness|demikian\b(?!\s+(?:pula|juga|halnya|pun)\b)|untuk dan atas nama|"
    r"for and on behalf|signed (?:for|by|on behalf)|ditandatangani oleh|"
    r"as witness|sebagai bukti|by signing below|by the signatures? of|dibuat di\s*:)",
    re.I,
)
# Lines that open a signature block when they stand alone: "Signatures", "Untuk,", a form line
# "By: ____", the place and date of signing ("Medan, 7 Februari 2010", "Jakarta, [Tanggal]").
_SIGN_HEADING = lazy(
    r"^\W*(?:signatures?(?: page)?|tanda tangan|penandatanganan|untuk)\W*$"
    r"|^\W*(?:by|signature|tanda tangan|signed)\s*:\s*(?:_{3}|\.{3}|…)",
    re.I,
)
_PLACE_DATE = lazy(
    r"^\(?[A-Z][\w .-]{1,30}\)?,\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|\(?tanggal|\[|\.{3}|…|_{3})"
)
# Signature columns laid out on one line ("PIHAK PERTAMA PIHAK KEDUA", OCR'd "IHAK PERTAMA,
# PIHAK Ime"), or one party label alone on its line ("PIHAK PERTAMA,").
_PARTY_LABEL = (
    r"(?:P?IHAK\s+(?:PERTAMA|KESATU|KEDUA)|(?:THE\s+)?(?:FIRST|SECOND)\s+PARTY)"
    r"(?:\s*\([^()]{0,40}\))?"
)
SIGN_COLUMNS = lazy(rf"^\W{{0,3}}{_PARTY_LABEL}[\s,.:/]*(?:(?:{_PARTY_LABEL}|P?IHAK\b).*)?$", re.I)
# a label at a line start after spaces, not after blank lines: ^\s* would scan every line
# after each line start (the same matches, found in linear time)
_SIGN_CELL = lazy(
    r"(meterai|materai|\bttd\b|tanda tangan|signature|\bsigned\b|^[^\S\n]*nama\s*:|"
    r"^[^\S\n]*name\s*:|^[^\S\n]*jabatan\s*:|^[^\S\n]*title\s*:|_{4,}|\.{6,}|"
    r"pihak (?:pertama|kedua|ketiga|kesatu)\b|(?:first|second|third) party|untuk dan atas nama"
    r"|for and on behalf|^[^\S\n]*by\s*:)",
    re.I | re.M,
)
_ANNEX = lazy(
    r"^\s*(lampiran|annex|appendix|schedule|attachment|exhibit|daftar periksa kelengkapan"
    r"|completeness checklist)\b",
    re.I,
)


@dataclass(frozen=True)
class Landmarks:
    """Indexes into a draft's pieces."""

    first_article: int | None  # the first article heading
    signature: int | None  # the start of the signature block
    annex: int  # the start of the annex; the number of pieces when there is none
    recitals: tuple[int, int] | None  # [start, end)


def mark_signature_tables(pieces: list[Piece]) -> None:
    """A table (not a bilingual one) whose cells look like signature columns."""
    tables: dict[int, list[Piece]] = {}
    for p in pieces:
        if p.block.table is not None and p.block.column is None:
            tables.setdefault(p.block.table, []).append(p)
    for cells in tables.values():
        hits = sum(1 for p in cells if _SIGN_CELL.search(p.text))
        if hits >= 2 and hits >= 0.3 * len(cells):
            for p in cells:
                p.block.signature_table = True


def find(pieces: list[Piece]) -> Landmarks:
    """The landmarks of a draft (after ``mark_signature_tables``). The signature block starts
    after the last article (before an annex that numbers its own sections); in a draft without
    articles, not in its first third."""
    heads = [n for n, p in enumerate(pieces) if p.is_article_heading]
    annexed = _numbered_annex(pieces, heads)
    if annexed is not None:
        heads = [n for n in heads if n < annexed]
    first_art = heads[0] if heads else None
    last_art = heads[-1] if heads else None
    body_start = next((n for n, p in enumerate(pieces) if p.kind not in ("title",)), 0)
    sig = _signature_start(pieces, last_art if last_art is not None else body_start, annexed)
    if sig is not None and first_art is None and sig < len(pieces) // 3:
        sig = _signature_start(pieces, len(pieces) // 3, annexed)
    annex = annexed if annexed is not None else _annex_start(pieces, sig)
    recitals = _recital_range(pieces, first_art if first_art is not None else (sig or len(pieces)))
    return Landmarks(first_art, sig, annex, recitals)


def _numbered_annex(pieces: list[Piece], heads: list[int]) -> int | None:
    """An annex heading ("EXHIBIT A", "LAMPIRAN I") after which the article numbers start
    again: the annex numbers its own sections, which are not articles of the agreement."""
    top = 0
    for k, n in enumerate(heads):
        h = pieces[n].heading
        number = h.number if h and h.number is not None else None
        if number is not None and k and number <= top:
            for m in range(n - 1, heads[k - 1], -1):
                p = pieces[m]
                if p.heading is None and _ANNEX.match(p.text) and title_like(p.text):
                    return m
        top = max(top, number or 0)
    return None


def _signature_start(pieces: list[Piece], after: int, before: int | None = None) -> int | None:
    for n in range(after, len(pieces) if before is None else before):
        p = pieces[n]
        if p.is_margin:
            continue
        if p.block.signature_table or _SIGN_TRIGGER.match(p.text):
            return n
        head = p.block.text.split("\n")[p.offset : p.offset + 2]  # a paragraph of form lines
        if p.kind != "heading" and any(signature_line(line) for line in head):
            return n
    return None


def signature_line(text: str) -> bool:
    """A short line or piece that, standing alone, opens the signature block."""
    if len(text.split()) > 8:
        return False
    return bool(SIGN_COLUMNS.match(text) or _SIGN_HEADING.match(text) or _PLACE_DATE.match(text))


def _annex_start(pieces: list[Piece], sig: int | None) -> int:
    """Where the annex begins: an annex heading after the signature block (len when none)."""
    if sig is None:
        return len(pieces)
    for n in range(sig + 1, len(pieces)):
        p = pieces[n]
        if p.is_margin:
            continue
        if _ANNEX.match(p.text) and (p.block.cues or title_like(p.text)):
            return n
    return len(pieces)


def _recital_range(pieces: list[Piece], end: int) -> tuple[int, int] | None:
    start = None
    for n in range(end):
        p = pieces[n]
        if p.kind in ("title", "header", "footer"):
            continue
        if start is None and (_RECITAL.match(p.text) or _BACKGROUND.match(p.text)):
            start = n
        elif start is not None and _LEAD_IN.match(p.text):
            return start, n
    return (start, end) if start is not None else None
