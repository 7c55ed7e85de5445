"""Output formats for `mou check`: a table of small renderers, one module each.

Each renderer takes a ``Report`` and returns the whole output as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mou_cli.check.registry import Rule
from mou_cli.check.runner import FileResult


@dataclass
class Report:
    results: list[FileResult]
    rules: dict[str, Rule]  # every rule that could have run (for SARIF metadata)
    fail_on: str = "error"
    lang: str = "en"  # language of the report's own words (headings, summary)
    color: bool = False  # text format only: colour for a terminal


def _text(report: Report) -> str:
    from mou_cli.check.formats import text

    return text.render(report)


def _json(report: Report) -> str:
    from mou_cli.check.formats import json

    return json.render(report)


def _sarif(report: Report) -> str:
    from mou_cli.check.formats import sarif

    return sarif.render(report)


FORMATS: dict[str, Callable[[Report], str]] = {"text": _text, "json": _json, "sarif": _sarif}
