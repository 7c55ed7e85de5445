"""The signature page and the checklist annex of a drafted DOCX.

Signatures: one table in the ``Signature Table`` style, two parties to a row (a last odd party
centred across the row), each column holding the party label, "for and on behalf of", the
party's name, a signing space or a meterai box, the representative's name and title; then the
witnesses. Rows never split and every paragraph keeps with the next, so the block stays whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from mou_cli.document.checklist import MISSING, NA, OK, WEAK, Row
from mou_cli.tree import Signatory, SignatureBlock
from mou_cli.writers.docx_layout import Cell, Container, Table, para
from mou_cli.writers.docx_styles import text_width

STAMP_WIDTH = 2268  # twips: a 4 cm box, the size of a Rp10.000 meterai with room to sign
STAMP_HEIGHT = 1134
_STATUS = {OK: "status_ok", WEAK: "status_weak", MISSING: "status_missing", NA: "status_na"}
_COLUMNS = ("checklist_element", "checklist_status", "checklist_reason", "checklist_field")


T = TypeVar("T")


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
    for group in _pairs(sig.signatories):
        for cell, s in zip(t.row(merge=len(group) == 1), group, strict=True):
            _party(cell, s, sig, langs)
    if sig.witnesses:
        (head,) = t.row(merge=True)
        para(head, "Witness Heading", _both([sig.labels[lang]["witnesses"] for lang in langs]))
        for pair in _pairs(sig.witnesses):
            for cell, (name, title) in zip(t.row(merge=len(pair) == 1), pair, strict=True):
                para(cell, "Signature Space")
                para(cell, "Signature Name", name)
                para(cell, "Signature Title", title)


def _party(cell: Cell, s: Signatory, sig: SignatureBlock, langs: tuple[str, ...]) -> None:
    para(cell, "Signature Party", _both([s.label[lang] for lang in langs]))
    para(cell, "Signature Text", _both([sig.labels[lang]["for_party"] for lang in langs]))
    para(cell, "Signature Party Name", s.name)
    if sig.stamp_duty:
        para(cell, "Signature Text")  # the signing space above the stamp
        (inner,) = Table(cell, [STAMP_WIDTH], "Stamp Table").row(height=STAMP_HEIGHT)
        inner.vertical_center()
        para(inner, "Stamp Box", sig.labels[langs[0]]["e_stamp" if sig.e_meterai else "stamp"])
    else:
        para(cell, "Signature Space")
    para(cell, "Signature Name", s.representative)
    para(cell, "Signature Title", s.title)


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
