"""What every output format renders: the results of a run and the rules that could fire."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mou_cli.finding import FileResult, Rule


@dataclass
class Report:
    """A `mou check` run: one result per file, in the order the files were given."""

    results: list[FileResult]
    rules: Mapping[str, Rule]  # every rule that could have fired (SARIF metadata)
    fail_on: str = "error"
    lang: str = "en"  # language of the report's own words (headings, summary)
    color: bool = False  # text format only: colour for a terminal


@dataclass
class ClauseReport(Report):
    """A `mou clauses lint` run: ``results`` are the files with findings; the summary also
    says how many clause files were checked and how many sets of answers were rendered."""

    files_checked: int = 0
    answers_rendered: int = 0
