"""The answers a draft made by `mou new` carries, read back as the facts the rules need.

Rules use them to agree with the completeness checklist (a row the answers leave "missing" is
reported by the matching completeness rule) and to see where the text was edited away from the
answers. Embedded answers are data from anywhere, so they get what an answers file gets: the
same limits and the same validation. Anything that fails is ignored (the draft is checked as
one without answers) and :func:`ignored` says why, for ``MOU-X003``. Rules read the answers
only through :func:`usable_answers` and :func:`answers_facts`, never ``draft.answers`` itself.

The facts (parties, shares, date, binding, checklist rows) come from the validated answers
model. Validating needs pydantic and the model, which cost more to import than the whole rest
of `mou check`, so a DOCX made by `mou new` also stores the answers as JSON and their facts
(:mod:`mou_cli.document.facts`) under one checksum; they are used while that checksum and the
mou version hold, after checking the type and bounds of every value the rules read.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mou_cli.check.text import per_draft
from mou_cli.document.embedded import Unreadable
from mou_cli.document.facts import FACTS_FORMAT, MISSING, Facts, Row, facts_of_model
from mou_cli.draft import Draft

if TYPE_CHECKING:
    from mou_cli.model import Answers

MAX_PARTIES = 12  # as the answers model: parties: 2 to 12
MAX_ROWS = 100  # the checklist has about twenty rows
STATUSES = ("ok", "weak", "missing", "n/a")  # a tuple: `in` compares, a list cannot raise
LANGUAGES = ("id", "en", "id-en")


@dataclass(frozen=True)
class Embedded:
    """What `mou check` uses of a draft's embedded answers."""

    answers: dict[str, Any] | None = None  # valid answers (None: none, or ignored)
    facts: Facts | None = None  # their facts
    ignored: str | None = None  # why embedded answers or their stored facts were ignored


class Malformed(ValueError):
    """A value of the stored JSON does not have the type or bounds the rules expect."""


@per_draft
def embedded(draft: Draft) -> Embedded:
    """The draft's embedded answers, validated (or their stored copy, checked), or why not."""
    raw = draft.answers
    if raw is None:
        return _facts_alone(draft)
    if isinstance(raw, Unreadable):
        return Embedded(ignored=raw.reason)
    stored = _stored(draft, raw)
    if stored is not None:
        return stored
    model = answers_model(draft)
    if model is None:
        return Embedded(ignored=validation(draft)[1])
    answers = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return Embedded(answers, facts_of_model(model))


def _facts_alone(draft: Draft) -> Embedded:
    """The facts a DOCX made with `mou new --embed facts` carries without its answers (used
    only while the mou version that stored them holds: they cannot be computed again)."""
    from mou_cli import __version__

    data = draft.embedded_facts
    if not isinstance(data, dict) or data.get("mou") != __version__:
        return Embedded()
    try:
        return Embedded(facts=facts_from_json(data.get("facts")))
    except Malformed as exc:
        return Embedded(ignored=f"the check data stored in the draft is malformed ({exc})")


def _stored(draft: Draft, answers: dict[str, Any]) -> Embedded | None:
    """The stored JSON answers and facts, checked; None when there are none for this mou
    version (the answers are then validated). The JSON stands in for the YAML under one
    checksum, so when it is malformed the answers are ignored as a whole."""
    from mou_cli import __version__

    data = draft.embedded_facts
    if not isinstance(data, dict) or data.get("mou") != __version__:
        return None
    try:
        facts = facts_from_json(data.get("facts"))
        check_answers(answers)
    except Malformed as exc:
        return Embedded(ignored=f"the check data stored with the answers is malformed ({exc})")
    return Embedded(answers, facts)


@per_draft
def validation(draft: Draft) -> tuple[Answers | None, str]:
    """The embedded answers validated as an answers file is, or None and the first problem."""
    from mou_cli.answers import validate
    from mou_cli.errors import MouError

    try:
        return validate(dict(draft.answers or {}), name="the embedded answers").answers, ""
    except MouError as exc:
        # a value given wrong says more than a field left out
        problems = sorted(exc.details, key=lambda d: d.endswith(": required")) or [exc.message]
        more = len(problems) - 1
        return None, problems[0] + (f" (and {more} more)" if more > 0 else "")
    except (ValueError, TypeError, RecursionError) as exc:
        return None, f"{type(exc).__name__}: {exc}"[:200]


@per_draft
def answers_model(draft: Draft) -> Answers | None:
    """The embedded answers as the validated model, or None (none embedded, or invalid)."""
    if not draft.answers:
        return None
    return validation(draft)[0]


def answers_facts(draft: Draft) -> Facts | None:
    """The facts of the embedded answers, or None (none embedded, or ignored)."""
    return embedded(draft).facts


def usable_answers(draft: Draft) -> dict[str, Any] | None:
    """The embedded answers, valid, as plain data; None when there are none or they are
    ignored."""
    return embedded(draft).answers


def ignored(draft: Draft) -> str | None:
    """Why embedded answers (or the facts stored with them) were ignored, if they were."""
    return embedded(draft).ignored


def checklist_rows(draft: Draft) -> dict[str, Row]:
    """The completeness checklist of the embedded answers, by row key (empty without them)."""
    facts = answers_facts(draft)
    return {} if facts is None else facts.rows


def missing_row(draft: Draft, key: str) -> Row | None:
    """The checklist row ``key`` when the embedded answers leave it missing, else None."""
    row = checklist_rows(draft).get(key)
    return row if row is not None and row.status == MISSING else None


# --- the stored JSON, checked value by value ---------------------------------------------------


def _need(ok: bool, what: str) -> None:
    if not ok:
        raise Malformed(what)


def _text(value: Any, most: int = 10_000) -> bool:
    return isinstance(value, str) and len(value) <= most


def _list(value: Any, most: int, item: Callable[[Any], bool]) -> bool:
    return isinstance(value, list) and len(value) <= most and all(map(item, value))


def _pair(first: Callable[[Any], bool], second: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, list) and len(v) == 2 and first(v[0]) and second(v[1])


def _percent(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= 100
    )


def _by_language(value: Any) -> bool:
    return (
        isinstance(value, dict) and set(value) == {"id", "en"} and all(map(_text, value.values()))
    )


def _row(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 5
        and _text(value[0], 100)
        and _by_language(value[1])
        and value[2] in STATUSES
        and _by_language(value[3])
        and _text(value[4], 200)
    )


def _date(value: Any) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def facts_from_json(data: Any) -> Facts:
    """The stored facts, every value checked for the type and bounds the rules rely on."""
    _need(isinstance(data, dict) and data.get("format") == FACTS_FORMAT, "facts format")
    share = _pair(_text, _percent)
    _need(_list(data.get("parties"), MAX_PARTIES, _pair(_text, _text)), "facts.parties")
    profit = data.get("profit_shares")
    _need(profit is None or _list(profit, MAX_PARTIES, share), "facts.profit_shares")
    _need(_list(data.get("cost_shares"), MAX_PARTIES, share), "facts.cost_shares")
    _need(_date(data.get("date")), "facts.date")
    _need(isinstance(data.get("binding"), bool), "facts.binding")
    _need(_list(data.get("rows"), MAX_ROWS, _row), "facts.rows")
    return Facts.from_json(data)


def check_answers(answers: dict[str, Any]) -> None:
    """The stored JSON answers hold what rules read from them, with the model's bounds."""
    _need(answers.get("schema") == 1, "answers.schema")
    _need(answers.get("language") in LANGUAGES, "answers.language")
    parties = answers.get("parties")
    if not isinstance(parties, list) or not 2 <= len(parties) <= MAX_PARTIES:
        raise Malformed("answers.parties")
    for i, p in enumerate(parties):
        ok = isinstance(p, dict) and _text(p.get("name"), 300) and _text(p.get("short_name"), 80)
        _need(ok and bool(p["name"]) and bool(p["short_name"]), f"answers.parties[{i}]")
        jur = p.get("jurisdiction")  # a text, or {id, en} texts
        per_lang = isinstance(jur, dict) and all(_text(v, 1000) for v in jur.values())
        _need(_text(jur, 1000) or per_lang, f"answers.parties[{i}].jurisdiction")
