"""Clause lint codes: CL1xx metadata, CL2xx templates read without rendering, CL3xx rendering.

Each code is a ``Rule`` (``mou_cli.finding``) with its documentation in ruff's shape, shown by
``--explain CL204``; docs/clause-authoring.md has the table of them. Every lint finding is an
error, its message in English.
"""

from __future__ import annotations

from mou_cli.clauselint.codes.metadata import METADATA
from mou_cli.clauselint.codes.rendering import RENDERING
from mou_cli.clauselint.codes.templates import TEMPLATES
from mou_cli.finding import Finding, Rule
from mou_cli.messages import msg

CODES: dict[str, Rule] = {r.id: r for r in (*METADATA, *TEMPLATES, *RENDERING)}


def finding(path: str, line: int, col: int, code: str, message: str) -> Finding:
    """A finding of ``code`` in a clause file; the English ``message`` serves both languages."""
    r = CODES[code]
    return Finding(
        file=path,
        rule=code,
        name=r.name,
        severity=r.severity,
        msg=msg(message, message),
        line=line,
        col=col,
        category=r.category,
    )
