"""The facts `mou check` reads from a draft's answers: parties, shares, date, binding, checklist.

Drafting computes them once from the validated answers (:func:`facts_of_model`), the DOCX writer
stores them beside the embedded answers (:mod:`mou_cli.document.embedded`), and
:mod:`mou_cli.check.answers` reads them back, or computes them again when the answers were
edited by hand. Nothing here loads the answers model until :func:`validate_quietly` is called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mou_cli.document.checklist import MISSING as MISSING
from mou_cli.document.checklist import Row as Row
from mou_cli.document.checklist import checklist

if TYPE_CHECKING:
    from mou_cli.model import Answers

FACTS_FORMAT = 1  # bump when the stored facts change shape or meaning


@dataclass(frozen=True)
class Facts:
    """What the rules read from valid answers."""

    parties: tuple[tuple[str, str], ...]  # (name, short name), in order
    profit_shares: tuple[tuple[str, float], ...] | None  # (party, percent); None: no sharing
    cost_shares: tuple[tuple[str, float], ...]
    date: dt.date
    binding: bool
    rows: dict[str, Row]  # the completeness checklist, by row key

    def to_json(self) -> dict[str, Any]:
        """The facts as JSON data, as a draft stores them."""
        return {
            "format": FACTS_FORMAT,
            "parties": [list(p) for p in self.parties],
            "profit_shares": None
            if self.profit_shares is None
            else [list(s) for s in self.profit_shares],
            "cost_shares": [list(s) for s in self.cost_shares],
            "date": self.date.isoformat(),
            "binding": self.binding,
            "rows": [[r.key, r.element, r.status, r.reason, r.field] for r in self.rows.values()],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Facts:
        """The facts of :meth:`to_json` data (KeyError, TypeError or ValueError if malformed)."""
        ps = data["profit_shares"]
        return cls(
            parties=tuple((str(n), str(s)) for n, s in data["parties"]),
            profit_shares=None if ps is None else tuple((str(p), float(x)) for p, x in ps),
            cost_shares=tuple((str(p), float(x)) for p, x in data["cost_shares"]),
            date=dt.date.fromisoformat(data["date"]),
            binding=bool(data["binding"]),
            rows={r[0]: Row(*r) for r in data["rows"]},
        )


def facts_of_model(model: Answers, rows: Sequence[Row] | None = None) -> Facts:
    """The facts of a validated answers model; ``rows``: its checklist, when already made."""
    fin = model.financial
    return Facts(
        parties=tuple((p.name, p.short_name) for p in model.parties),
        profit_shares=None
        if fin.profit_sharing is None
        else tuple((s.party, s.percent) for s in fin.profit_sharing.shares),
        cost_shares=tuple((s.party, s.percent) for s in fin.cost_shares),
        date=model.date,
        binding=model.binding,
        rows={r.key: r for r in (checklist(model) if rows is None else rows)},
    )


def validate_quietly(answers: dict[str, Any], name: str) -> Answers | None:
    """The validated model of ``answers``, or None when they do not validate."""
    from mou_cli.answers import validate
    from mou_cli.errors import MouError

    try:
        return validate(dict(answers), name=name).answers
    except (MouError, ValueError, TypeError):
        return None
