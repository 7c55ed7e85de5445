"""Output formats shared by `mou check` and `mou clauses lint`: text, json, sarif, github.

Each format is one module with ``render(report) -> str``; ``FORMATS`` maps the names
``--format`` takes to them, importing a format's module only when it is used (a command pays
for the one format it prints). ``rules`` prints rules for ``--explain`` and `mou rules`.
"""

from __future__ import annotations

from collections.abc import Callable

from mou_cli.report.shape import ClauseReport, Report


def _text(report: Report) -> str:
    from mou_cli.report import text

    return text.render(report)


def _json(report: Report) -> str:
    from mou_cli.report import json

    return json.render(report)


def _sarif(report: Report) -> str:
    from mou_cli.report import sarif

    return sarif.render(report)


def _github(report: Report) -> str:
    from mou_cli.report import github

    return github.render(report)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": _text,
    "json": _json,
    "sarif": _sarif,
    "github": _github,
}

__all__ = ["FORMATS", "ClauseReport", "Report"]
