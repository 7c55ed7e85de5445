"""Rules are small registered units: an id, a name, a default severity, a summary, docs, a check.

A rule module looks like::

    @rule(id="MOU-K002", name="number-words-mismatch", severity="error",
          summary="A number's words disagree with its digits.")
    def check(draft: Draft) -> Iterator[Hit]:
        \"\"\"## What it does ... ## Why is this bad? ... ## Example ... ## Use instead ...\"\"\"
        yield Hit(msg("...", "..."), loc, quote="30 (dua puluh) hari")

The docstring is the rule's documentation (`mou check --explain ID`), in ruff's shape, with
Indonesian and English examples. Severity here is only the default: configuration decides.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mou_cli.draft import Draft, Loc

SEVERITIES = ("error", "warning", "info")
DOC_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")


def msg(en: str, id: str) -> dict[str, str]:
    """A message in English and Indonesian."""
    return {"en": en, "id": id}


@dataclass(frozen=True)
class Hit:
    """What a rule found: the message says what is wrong, the hint what to do."""

    message: dict[str, str]  # {"en": ..., "id": ...}
    loc: Loc | None = None
    quote: str = ""
    hint: dict[str, str] | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    summary: str
    doc: str
    check: Callable[[Draft], Iterable[Hit]]
    category: str  # completeness | consistency | unfinished | indonesia | style


_RULES: dict[str, Rule] = {}
_CATEGORIES = {
    "C": "completeness",
    "K": "consistency",
    "U": "unfinished",
    "I": "indonesia",
    "S": "style",
}


def rule(*, id: str, name: str, severity: str, summary: str):
    """Register the decorated function as a rule."""
    if severity not in SEVERITIES:
        raise ValueError(f"{id}: unknown severity {severity!r}")

    def register(fn: Callable[[Draft], Iterable[Hit]]) -> Callable[[Draft], Iterable[Hit]]:
        if id in _RULES:
            raise ValueError(f"rule id {id} registered twice")
        category = _CATEGORIES.get(id.split("-")[1][0], "other")
        doc = inspect.cleandoc(fn.__doc__ or "")  # docstrings are indented; docs are not
        _RULES[id] = Rule(id, name, severity, summary, doc, fn, category)
        return fn

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, by id, importing the rule modules on first use."""
    if not _RULES:
        from mou_cli.check import rules

        rules.load_all()
    return dict(sorted(_RULES.items()))


def find(key: str) -> Rule | None:
    """A rule by id (case-insensitive) or name."""
    rules = all_rules()
    key_up = key.upper()
    if key_up in rules:
        return rules[key_up]
    return next((r for r in rules.values() if r.name == key.lower()), None)
