"""A checklist row and its statuses: the data the completeness checklist is made of.

Kept apart from the rules that compute rows (:mod:`mou_cli.document.checklist` for the general
elements; :mod:`mou_cli.document.checklist_trade` and :mod:`mou_cli.document.checklist_ventures`
for each partnership type's terms), so all build rows the same way without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

OK, WEAK, MISSING, NA = "ok", "weak", "missing", "n/a"


@dataclass(frozen=True)
class Row:
    """One element of the checklist and how the answers state it."""

    key: str
    element: dict[str, str]  # language -> name of the element
    status: str
    reason: dict[str, str]  # language -> why
    field: str  # the answers field that fixes it


def make_row(key: str, el: tuple[str, str], status: str, why: tuple[str, str], field: str) -> Row:
    """A row from (Indonesian, English) pairs."""
    return Row(key, {"id": el[0], "en": el[1]}, status, {"id": why[0], "en": why[1]}, field)


Pair = tuple[str, str]  # (Indonesian, English)
Verdict = tuple[str, Pair, str]  # status, why, field ("" = the type's block)
PKS_ONLY: Pair = (
    "Diatur dalam perjanjian yang mengikat (PKS), bukan dalam Nota Kesepahaman.",
    "Belongs in the binding agreement, not in the MoU.",
)
STATED: Pair = ("Diatur.", "Stated.")


class TypeRows:
    """Collects the rows of one partnership type for answers ``a``; ``block`` is the type's
    terms (``a.distribution``, ...), None when the answers leave them out."""

    def __init__(self, a: Any, key: str) -> None:
        self.a, self.key, self.block = a, key, getattr(a, key)
        self.rows: list[Row] = []

    def add(self, key: str, el: Pair, status: str, why: Pair, field: str = "") -> None:
        self.rows.append(make_row(key, el, status, why, field or self.key))

    def judge(
        self, key: str, el: Pair, verdict: Callable[[Any], Verdict], *, pks: bool = True
    ) -> None:
        """Add row ``key``: n/a in an MoU when the term belongs only in a binding agreement
        (``pks``), missing when the block is absent, else what ``verdict(block)`` says."""
        if pks and not self.a.binding:
            self.add(key, el, NA, PKS_ONLY)
        elif self.block is None:
            self.add(
                key,
                el,
                MISSING,
                (f"Belum diatur; isi '{self.key}'.", f"Not stated; fill in '{self.key}'."),
            )
        else:
            status, why, field = verdict(self.block)
            self.add(key, el, status, why, field)
