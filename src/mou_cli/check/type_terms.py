"""What kind of agreement a draft is, and which of that type's own terms it leaves out.

A distribution agreement needs an appointment, prices, delivery terms and an STP registration;
a joint venture needs capital, deadlock and transfer terms (``../shared/spec/
partnership-types.md``). The type rules (``missing_*_terms``) list each term as an
:class:`Element`: phrases that show it is there. The type comes from the embedded answers of a
draft made by `mou new`, else from the title, and only when exactly one type's name is in it
("PERJANJIAN DISTRIBUSI", "Joint Venture Agreement"); a title that names no type, or two, is
left alone. A draft with answers is reported where its checklist row is missing and the text
still lacks the term, so `mou check` agrees with the checklist; a hand-written draft wherever
the text lacks it. In a memorandum of understanding only the terms an MoU states are expected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mou_cli.check.answers import checklist_rows, usable_answers
from mou_cli.check.registry import Hit
from mou_cli.check.text import per_draft
from mou_cli.document.facts import MISSING
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import Msg, msg

# the title names the agreement's type: Indonesian and English names seen in real drafts
TITLES: dict[str, re.Pattern[str]] = {
    "distribution": re.compile(
        r"perjanjian (?:penunjukan )?(?:distribusi|distributor|keagenan|agen)\b"
        r"|\b(?:distribution|distributorship|distributor|agency) agreement",
        re.IGNORECASE,
    ),
    "joint_venture": re.compile(
        r"usaha patungan|joint venture|perjanjian pemegang saham|shareholders'? agreement",
        re.IGNORECASE,
    ),
    "supply_chain": re.compile(
        r"perjanjian (?:pasokan|pemasokan|pengadaan barang|penyediaan barang)"
        r"|\bsupply (?:and purchase )?agreement",
        re.IGNORECASE,
    ),
    "marketing": re.compile(
        r"pemasaran bersama|co-?marketing|co-?branding|joint marketing", re.IGNORECASE
    ),
    "technology": re.compile(r"perjanjian lisensi|\blicen[cs]e agreement", re.IGNORECASE),
    "community": re.compile(r"perjanjian hibah|\bgrant agreement", re.IGNORECASE),
    "strategic": re.compile(
        r"aliansi strategis|strategic alliance|kerja ?sama strategis", re.IGNORECASE
    ),
}
_MOU = lazy(
    r"nota kesepahaman|memorandum of understanding|memorandum saling pengertian"
    r"|(?<![\w/.-])MoU(?![\w/.-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Element:
    """One term of a type: the checklist row that judges it, what it is called, and the
    phrases that show a text states it (each of ``present`` must match somewhere)."""

    row: str
    name: Msg
    present: tuple[re.Pattern[str], ...]
    hint: Msg
    in_mou: bool = False  # an MoU states it too (else it belongs only in a binding agreement)
    only_if: re.Pattern[str] | None = None  # expected only when the text matches this


@dataclass(frozen=True)
class Kind:
    """The draft's partnership type and whether it is a memorandum of understanding."""

    type: str
    mou: bool
    from_answers: bool


def _title(draft: Draft) -> str:
    title = [c.text for c in draft.chunks if c.part == "title"]
    return " ".join(title or [c.text for c in draft.chunks[:3]])


@per_draft
def kind(draft: Draft) -> Kind | None:
    """The draft's type: from its embedded answers, else from a title that names one type."""
    answers = usable_answers(draft)
    if answers is not None and isinstance(answers.get("type"), str):
        return Kind(answers["type"], not answers.get("binding", False), True)
    title = _title(draft)
    found = [t for t, rx in TITLES.items() if rx.search(title)]
    if len(found) != 1:
        return None
    return Kind(found[0], _MOU.search(title) is not None, False)


@per_draft
def _body(draft: Draft) -> str:
    """The text outside the signature block, lines joined (a phrase may wrap)."""
    return " ".join(" ".join(c.text.split()) for c in draft.chunks if not c.in_signature)


def stated(draft: Draft, element: Element) -> bool:
    """The text holds every phrase that shows ``element``."""
    body = _body(draft)
    return all(rx.search(body) for rx in element.present)


def gaps(draft: Draft, type_: str, elements: tuple[Element, ...]) -> Iterator[Hit]:
    """A hit for each of ``elements`` that a draft of ``type_`` leaves out."""
    k = kind(draft)
    if k is None or k.type != type_:
        return
    rows = checklist_rows(draft) if k.from_answers else {}
    for el in elements:
        if k.mou and not el.in_mou:
            continue
        if k.from_answers:
            row = rows.get(el.row)
            if row is None or row.status != MISSING or stated(draft, el):
                continue
            yield Hit(
                msg(
                    f"Daftar periksa: “{row.element['id']}” belum ada dalam jawaban maupun "
                    "dalam teks.",
                    f"Checklist: “{row.element['en']}” is missing from the answers and the text.",
                ),
                None,
                "",
                msg(
                    f"Isi `{row.field}` pada jawaban lalu jalankan `mou new` lagi, atau: "
                    f"{el.hint['id']}",
                    f"Fill in `{row.field}` in the answers and run `mou new` again, or: "
                    f"{el.hint['en']}",
                ),
            )
            continue
        if el.only_if is not None and not el.only_if.search(_body(draft)):
            continue
        if not stated(draft, el):
            yield Hit(el.name, None, "", el.hint)


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern for an element's phrases."""
    return re.compile(pattern, re.IGNORECASE)
