"""How a clause lint code is declared: a ``Rule`` of severity error, its category by group."""

from __future__ import annotations

import inspect

from mou_cli.finding import Rule

GROUPS = {"1": "metadata", "2": "template", "3": "rendering"}


def lint_code(id: str, name: str, summary: str, doc: str) -> Rule:
    """The rule for code ``id`` (CL1xx metadata, CL2xx templates, CL3xx rendering)."""
    return Rule(id, name, "error", summary, inspect.cleandoc(doc), GROUPS[id[2]])
