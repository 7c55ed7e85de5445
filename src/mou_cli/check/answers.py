"""The answers a draft made by `mou new` carries, read back as the facts the rules need.

Rules use them to agree with the completeness checklist (a row the answers leave "missing" is
reported by the matching completeness rule) and to see where the text was edited away from the
answers. Answers that no longer validate (edited by hand inside the file) are ignored.

The facts (parties, shares, date, binding, checklist rows) come from the validated answers
model. Validating needs pydantic and the model, which cost more to import than the whole rest
of `mou check`, so a DOCX made by `mou new` also stores the facts (:mod:`mou_cli.document.facts`)
computed when it was written; :func:`answers_facts` uses them when they belong to the answers
as they are now (same text, same mou version) and validates otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mou_cli.check.text import per_draft
from mou_cli.document.facts import (
    FACTS_FORMAT,
    MISSING,
    Facts,
    Row,
    facts_of_model,
    validate_quietly,
)
from mou_cli.draft import Draft

if TYPE_CHECKING:
    from mou_cli.model import Answers


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
    return validate_quietly(draft.answers, draft.path)


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
