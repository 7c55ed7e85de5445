"""The completeness checklist as a Markdown table (the ``.checklist.md`` beside a draft)."""

from __future__ import annotations

from collections.abc import Sequence

from mou_cli.document.checklist import COLUMNS, Row
from mou_cli.writers.markdown import cell, escape


def to_markdown(rows: Sequence[Row], lang: str, title: str) -> str:
    """The rows in ``lang`` under the heading ``title``; every text is escaped."""
    lines = [f"# {escape(title)}", "", "| " + " | ".join(COLUMNS[lang]) + " |", "|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {cell(r.element[lang])} | {r.status} | {cell(r.reason[lang])} | `{r.field}` |"
        )
    return "\n".join(lines) + "\n"
