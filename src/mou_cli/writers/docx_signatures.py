"""The signature page and the checklist annex of a drafted DOCX.

Signatures: one table in the ``Signature Table`` style, two parties side by side (a last odd
party centred across the table). Each element of a party's column has a row of its own: the
party label, "for and on behalf of", the party's name, a signing space or a meterai box, the
representative's name, the title. A name that wraps to two lines makes its row taller in both
columns, so the stamp boxes and the names below stay level across the page. Witnesses follow
the same way (signing space, name, title). Rows never split and every paragraph keeps with the
next, so the block stays whole. In a bilingual document each text reads in both languages,
each only once ("Direktur Utama / President Director", "Direktur" when the same).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from mou_cli.document.checklist import MISSING, NA, OK, WEAK, Row
from mou_cli.tree import Signatory, SignatureBlock, Witness
from mou_cli.writers.docx_layout import Cell, Container, Table, para
from mou_cli.writers.docx_styles import text_width

STAMP_WIDTH = 2268  # twips: a 4 cm box, the size of a Rp10.000 meterai with room to sign
STAMP_HEIGHT = 1134
_STATUS = {OK: "status_ok", WEAK: "status_weak", MISSING: "status_missing", NA: "status_na"}
_COLUMNS = ("checklist_element", "checklist_status", "checklist_reason", "checklist_field")


T = TypeVar("T")
# One row of the signature table: what goes into one column's cell of that row.
Fill = Callable[[Cell, T], None]


def _pairs(items: Sequence[T], size: int = 2) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _both(values: list[str]) -> str:
    """The texts of each language joined by a slash, each only once."""
    return " / ".join(dict.fromkeys(v for v in values if v))


def signature_block(
    body: Container, sig: SignatureBlock, langs: tuple[str, ...], paper: str
) -> None:
    """The signature table at the end of the agreement."""
    half = text_width(paper) // 2
    t = Table(body, [half, half], "Signature Table")
    _rows(t, sig.signatories, _party_rows(sig, langs))
    if sig.witnesses:
        (head,) = t.row(merge=True)
        key = "witnesses" if len(sig.witnesses) > 1 else "witness"
        para(head, "Witness Heading", _both([sig.labels[lang][key] for lang in langs]))
        _rows(t, sig.witnesses, _witness_rows(langs))


def _rows(t: Table, columns: Sequence[T], fills: list[Fill[T]]) -> None:
    """Two columns at a time, a table row per element (one merged cell for a last odd one)."""
    for group in _pairs(columns):
        for fill in fills:
            for cell, item in zip(t.row(merge=len(group) == 1), group, strict=True):
                fill(cell, item)


def _party_rows(sig: SignatureBlock, langs: tuple[str, ...]) -> list[Fill[Signatory]]:
    """A party's column, top to bottom: one fill per table row."""
    for_party = _both([sig.labels[lang]["for_party"] for lang in langs])
    stamp = sig.labels[langs[0]]["e_stamp" if sig.e_meterai else "stamp"]

    def signing(cell: Cell, _: Signatory) -> None:
        if not sig.stamp_duty:
            para(cell, "Signature Space")
            return
        para(cell, "Signature Text")  # the signing space above the stamp
        (inner,) = Table(cell, [STAMP_WIDTH], "Stamp Table").row(height=STAMP_HEIGHT)
        inner.vertical_center()
        para(inner, "Stamp Box", stamp)
        para(cell, "Section Start")  # a cell ends with a paragraph: this one takes a point

    return [
        lambda cell, s: para(cell, "Signature Party", _both([s.label[x] for x in langs])),
        lambda cell, s: para(cell, "Signature Text", for_party),
        lambda cell, s: para(cell, "Signature Party Name", s.name),
        signing,
        lambda cell, s: para(cell, "Signature Name", s.representative),
        lambda cell, s: para(cell, "Signature Title", _both([s.title[x] for x in langs])),
    ]


def _witness_rows(langs: tuple[str, ...]) -> list[Fill[Witness]]:
    """A witness's column, top to bottom: one fill per table row."""
    return [
        lambda cell, _: para(cell, "Signature Space", ""),
        lambda cell, w: para(cell, "Signature Name", w.name),
        lambda cell, w: para(cell, "Signature Title", _both([w.title[x] for x in langs])),
    ]


def checklist_annex(
    body: Container, rows: Sequence[Row], lang: str, labels: dict[str, str], paper: str
) -> None:
    """The completeness checklist as a last page marked as not part of the agreement."""
    para(body, "Annex Heading", labels["checklist"])
    para(body, "Annex Note", labels["checklist_note"])
    full = text_width(paper)
    widths = [full * 27 // 100, full * 12 // 100, full * 33 // 100]
    widths.append(full - sum(widths))
    t = Table(body, widths, "Checklist Table")
    for cell, key in zip(t.row(header=True), _COLUMNS, strict=True):
        para(cell, "Table Heading", labels[key])
    for r in rows:
        texts = (r.element[lang], labels[_STATUS[r.status]], r.reason[lang], r.field)
        for cell, text in zip(t.row(), texts, strict=True):
            para(cell, "Table Text", text)
