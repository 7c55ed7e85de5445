"""The answers a draft made by `mou new` carries, read back as the facts the rules need.

Rules use them to agree with the completeness checklist (a row the answers leave "missing" is
reported by the matching completeness rule) and to see where the text was edited away from the
answers. Answers that no longer validate (edited by hand inside the file) are ignored.

The facts (parties, shares, date, binding, checklist rows) come from the validated answers
model. Validating needs pydantic and the model, which cost more to import than the whole rest
of `mou check`, so a DOCX made by `mou new` also stores the facts, computed by
:func:`facts_of_answers` when it was written; :func:`answers_facts` uses them when they belong
to the answers as they are now (same text, same mou version) and validates otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mou_cli.check.draft import Draft
from mou_cli.check.text import per_draft

if TYPE_CHECKING:
    from mou_cli.model import Answers

FACTS_FORMAT = 1  # bump when the stored facts change shape or meaning
MISSING = "missing"  # mou_cli.document.checklist.MISSING (tests keep them equal)


@dataclass(frozen=True)
class Row:
    """A checklist row, as ``mou_cli.document.checklist.Row``."""

    key: str
    element: dict[str, str]
    status: str
    reason: dict[str, str]
    field: str


@dataclass(frozen=True)
class Facts:
    """What the rules read from valid embedded answers."""

    parties: tuple[tuple[str, str], ...]  # (name, short name), in order
    profit_shares: tuple[tuple[str, float], ...] | None  # (party, percent); None: no sharing
    cost_shares: tuple[tuple[str, float], ...]
    date: dt.date
    binding: bool
    rows: dict[str, Row]  # the completeness checklist, by row key

    def to_json(self) -> dict[str, Any]:
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
        ps = data["profit_shares"]
        return cls(
            parties=tuple((str(n), str(s)) for n, s in data["parties"]),
            profit_shares=None if ps is None else tuple((str(p), float(x)) for p, x in ps),
            cost_shares=tuple((str(p), float(x)) for p, x in data["cost_shares"]),
            date=dt.date.fromisoformat(data["date"]),
            binding=bool(data["binding"]),
            rows={r[0]: Row(*r) for r in data["rows"]},
        )


def facts_of_model(model: Answers) -> Facts:
    """The facts of a validated answers model."""
    from mou_cli.document.checklist import checklist

    fin = model.financial
    return Facts(
        parties=tuple((p.name, p.short_name) for p in model.parties),
        profit_shares=None
        if fin.profit_sharing is None
        else tuple((s.party, s.percent) for s in fin.profit_sharing.shares),
        cost_shares=tuple((s.party, s.percent) for s in fin.cost_shares),
        date=model.date,
        binding=model.binding,
        rows={
            r.key: Row(r.key, dict(r.element), r.status, dict(r.reason), r.field)
            for r in checklist(model)
        },
    )


def _validate(answers: dict[str, Any], name: str) -> Answers | None:
    from mou_cli.answers import validate
    from mou_cli.errors import MouError

    try:
        return validate(dict(answers), name=name).answers
    except (MouError, ValueError, TypeError):
        return None


def facts_of_answers(answers: dict[str, Any]) -> dict[str, Any] | None:
    """The facts of answers data, as stored in a draft: ``{"mou": version, "facts": ...}``,
    ``facts`` None when the answers do not validate. For the writers (pydantic is loaded)."""
    from mou_cli import __version__

    model = _validate(answers, "answers")
    return {"mou": __version__, "facts": None if model is None else facts_of_model(model).to_json()}


def _stored(draft: Draft) -> tuple[bool, Facts | None]:
    """``(usable, facts)`` from the facts stored with the embedded answers."""
    from mou_cli import __version__

    data = draft.embedded_facts
    if not isinstance(data, dict) or data.get("mou") != __version__:
        return False, None
    facts = data.get("facts")
    if facts is None:
        return True, None
    if not isinstance(facts, dict) or facts.get("format") != FACTS_FORMAT:
        return False, None
    try:
        return True, Facts.from_json(facts)
    except (KeyError, TypeError, ValueError):
        return False, None


@per_draft
def answers_model(draft: Draft) -> Answers | None:
    """The embedded answers as the validated model, or None (none embedded, or invalid)."""
    if not draft.answers:
        return None
    return _validate(draft.answers, draft.path)


@per_draft
def answers_facts(draft: Draft) -> Facts | None:
    """The facts of the embedded answers, or None (none embedded, or invalid)."""
    if not draft.answers:
        return None
    usable, facts = _stored(draft)
    if usable:
        return facts
    model = answers_model(draft)
    return None if model is None else facts_of_model(model)


def checklist_rows(draft: Draft) -> dict[str, Row]:
    """The completeness checklist of the embedded answers, by row key (empty without them)."""
    facts = answers_facts(draft)
    return {} if facts is None else facts.rows


def missing_row(draft: Draft, key: str) -> Row | None:
    """The checklist row ``key`` when the embedded answers leave it missing, else None."""
    row = checklist_rows(draft).get(key)
    return row if row is not None and row.status == MISSING else None
