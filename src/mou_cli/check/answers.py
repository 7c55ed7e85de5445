"""The answers a draft made by `mou new` carries, read back as the model and its checklist.

Rules use them to agree with the completeness checklist (a row the answers leave "missing" is
reported by the matching completeness rule) and to see where the text was edited away from the
answers. Answers that no longer validate (edited by hand inside the file) are ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mou_cli.check.draft import Draft
from mou_cli.check.text import per_draft

if TYPE_CHECKING:
    from mou_cli.document.checklist import Row
    from mou_cli.model import Answers


@per_draft
def answers_model(draft: Draft) -> Answers | None:
    """The embedded answers as the validated model, or None (none embedded, or invalid)."""
    if not draft.answers:
        return None
    from mou_cli.answers import validate
    from mou_cli.errors import MouError

    try:
        return validate(dict(draft.answers), name=draft.path).answers
    except (MouError, ValueError, TypeError):
        return None


@per_draft
def checklist_rows(draft: Draft) -> dict[str, Row]:
    """The completeness checklist of the embedded answers, by row key (empty without them)."""
    model = answers_model(draft)
    if model is None:
        return {}
    from mou_cli.document.checklist import checklist

    return {r.key: r for r in checklist(model)}


def missing_row(draft: Draft, key: str) -> Row | None:
    """The checklist row ``key`` when the embedded answers leave it missing, else None."""
    from mou_cli.document.checklist import MISSING

    row = checklist_rows(draft).get(key)
    return row if row is not None and row.status == MISSING else None
