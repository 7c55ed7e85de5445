"""Printing for people: plain lines, warnings on stderr, rich tables only when asked for."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import io

    from rich.console import Console

    from mou_cli.document.checklist import Row


def out(text: str, end: str = "\n") -> None:
    """``text`` on standard output."""
    sys.stdout.write(text + end)


def warn(text: str) -> None:
    """``text`` on standard error, as a warning."""
    sys.stderr.write(f"warning: {text}\n")


def report_console(color: bool) -> tuple[Console, io.StringIO]:
    """A rich console writing a report into a string, 100 columns wide, in colour or not:
    the text output of `mou check` and `mou compare`."""
    import io

    from rich.console import Console

    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        soft_wrap=True,
        width=100,
    )
    return console, buf


def checklist_table(rows: Sequence[Row], lang: str) -> None:
    """The completeness checklist as a rich table, then how many rows are ok, weak, missing."""
    from rich.console import Console
    from rich.table import Table

    from mou_cli.document.checklist import COLUMNS, TITLE, summary

    colours = {"ok": "green", "weak": "yellow", "missing": "red", "n/a": "dim"}
    table = Table(title=TITLE[lang], title_justify="left")
    for h in COLUMNS[lang]:
        table.add_column(h)
    for r in rows:
        c = colours[r.status]
        table.add_row(r.element[lang], f"[{c}]{r.status}[/{c}]", r.reason[lang], r.field)
    console = Console()
    console.print(table)
    s = summary(rows)
    console.print(f"{s['ok']} ok, {s['weak']} weak, {s['missing']} missing")
