"""Rules are small registered units: an id, a name, a default severity, a summary, docs, a check.

A rule module looks like::

    @rule(id="MOU-K002", name="number-words-mismatch", severity="error",
          summary="A number's words disagree with its digits.")
    def check(draft: Draft) -> Iterator[Hit]:
        \"\"\"## What it does ... ## Why is this bad? ... ## Example ... ## Use instead ...\"\"\"
        yield Hit(msg("...", "..."), loc, quote="30 (dua puluh) hari")

The docstring is the rule's documentation (`mou check --explain ID`), in ruff's shape, with
Indonesian and English examples; messages are built with ``mou_cli.messages.msg(id, en)``,
Indonesian first. Severity here is only the default: configuration decides.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mou_cli.draft import Draft, Loc
from mou_cli.finding import SEVERITIES, Rule
from mou_cli.messages import Msg

CATEGORIES = {
    "C": "completeness",
    "K": "consistency",
    "U": "unfinished",
    "I": "indonesia",
    "S": "style",
    "X": "runner",
}


@dataclass(frozen=True)
class Hit:
    """What a rule found: the message says what is wrong, the hint what to do."""

    message: Msg
    loc: Loc | None = None
    quote: str = ""
    hint: Msg | None = None
    # at most this severity, whatever the rule's or the configuration's: for a finding the rule
    # cannot be sure of in this draft (a gap in article numbers read from a PDF text layer)
    at_most: str | None = None


Check = Callable[[Draft], Iterable[Hit]]


@dataclass(frozen=True)
class CheckRule(Rule):
    """A rule of `mou check`: its metadata and the function that checks a draft."""

    check: Check


_RULES: dict[str, CheckRule] = {}
_LOADED = False  # every rule module imported (importing one first must not hide the others)


def rule(*, id: str, name: str, severity: str, summary: str) -> Callable[[Check], Check]:
    """Register the decorated function as a rule; its docstring is the rule's documentation."""
    if severity not in SEVERITIES:
        raise ValueError(f"{id}: unknown severity {severity!r}")

    def register(fn: Check) -> Check:
        if id in _RULES:
            raise ValueError(f"rule id {id} registered twice")
        category = CATEGORIES.get(id.split("-")[1][0], "other")
        doc = inspect.cleandoc(fn.__doc__ or "")  # docstrings are indented; docs are not
        _RULES[id] = CheckRule(id, name, severity, summary, doc, category, fn)
        return fn

    return register


def all_rules() -> dict[str, CheckRule]:
    """Every rule, by id, importing the rule modules on first use."""
    global _LOADED
    if not _LOADED:
        from mou_cli.check import rules

        rules.load_all()
        _LOADED = True
    return dict(sorted(_RULES.items()))
