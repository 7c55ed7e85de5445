"""Printing for people: plain lines, warnings on stderr, rich tables only when asked for."""

from __future__ import annotations

import sys


def out(text: str, end: str = "\n") -> None:
    sys.stdout.write(text + end)


def warn(text: str) -> None:
    sys.stderr.write(f"warning: {text}\n")


def checklist_table(rows, lang: str) -> None:
    """The completeness checklist as a rich table."""
    from rich.console import Console
    from rich.table import Table

    from mou_cli.document.checklist import summary

    colours = {"ok": "green", "weak": "yellow", "missing": "red", "n/a": "dim"}
    heads = {
        "id": ("Unsur", "Status", "Alasan", "Isian"),
        "en": ("Element", "Status", "Reason", "Field"),
    }
    title = {"id": "Daftar periksa kelengkapan", "en": "Completeness checklist"}[lang]
    table = Table(title=title, title_justify="left")
    for h in heads[lang]:
        table.add_column(h)
    for r in rows:
        c = colours[r.status]
        table.add_row(r.element[lang], f"[{c}]{r.status}[/{c}]", r.reason[lang], r.field)
    console = Console()
    console.print(table)
    s = summary(rows)
    console.print(f"{s['ok']} ok, {s['weak']} weak, {s['missing']} missing")
