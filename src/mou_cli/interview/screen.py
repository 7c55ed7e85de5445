"""What the interview prints with rich, in the interview's language: the review screen (the
answers by topic, then the completeness checklist or what blocks drafting) and the report
after drafting (the checklist and the files written)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mou_cli.interview.state import text_of
from mou_cli.messages import msg

if TYPE_CHECKING:
    from mou_cli.document.checklist import Row as ChecklistRow
    from mou_cli.interview.walk import Row

WORDS = {
    "review": msg("Periksa jawaban", "Review your answers"),
    "problems": msg("Perlu diperbaiki sebelum menyusun draf:", "To fix before drafting:"),
    "ok": msg("lengkap", "ok"),
    "weak": msg("lemah", "weak"),
    "missing": msg("belum ada", "missing"),
    "n/a": msg("tidak berlaku", "n/a"),
    "summary": msg(
        "{ok} lengkap, {weak} lemah, {missing} belum ada",
        "{ok} ok, {weak} weak, {missing} missing",
    ),
    "wrote": msg("ditulis: {path}", "wrote {path}"),
    "required": msg("wajib diisi", "required"),
}
COLOURS = {"ok": "green", "weak": "yellow", "missing": "red", "n/a": "dim"}


def review(
    sections: list[tuple[str, list[Row]]],
    rows: Sequence[ChecklistRow] | None,
    problems: list[str],
    lang: str,
) -> None:
    """The answers grouped by topic (a group's item on one line), then the checklist."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=text_of(WORDS["review"], lang), title_justify="left", show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    names: dict[str, str] = {}
    for title, items in sections:
        table.add_row(f"[cyan]{title}[/cyan]", "")
        for label, value in _lines(items):
            table.add_row(f"  {label}", value)
        for r in items:
            names.setdefault(r.key, f"{r.item} · {r.label}" if r.item else r.label)
    out = Console()
    out.print(table, markup=True)
    if rows is not None:
        checklist(rows, lang, names)
    if problems:
        out.print(f"[red]{text_of(WORDS['problems'], lang)}[/red]")
        for line in problems:
            out.print(f"  [red]•[/red] {_problem(line, names, lang)}", markup=False)


def _problem(line: str, names: dict[str, str], lang: str) -> str:
    """``line 4: parties[1].address: required`` -> ``Pihak 2 · Alamat: wajib diisi``."""
    parts = line.split(": ")
    if parts[0].startswith("line ") and len(parts) > 2:
        parts = parts[1:]
    if len(parts) < 2:
        return line
    field, reason = parts[0], ": ".join(parts[1:])
    if reason == "required":
        reason = text_of(WORDS["required"], lang)
    return f"{names.get(field) or _topic_name(field, lang)}: {reason}"


def _lines(items: list[Row]) -> list[tuple[str, str]]:
    """Review rows with an answer; the rows of one group item joined on one line."""
    out: list[tuple[str, str]] = []
    last = ""
    for r in items:
        if r.action or r.empty:
            continue
        if r.item and r.item == last:
            label, value = out[-1]
            out[-1] = (label, f"{value} · {r.value}")
        else:
            out.append((r.item or r.label, r.value))
        last = r.item
    return out


def checklist(rows: Sequence[ChecklistRow], lang: str, names: dict[str, str]) -> None:
    """The completeness checklist; the field column names the question that fills it."""
    from rich.console import Console
    from rich.table import Table

    from mou_cli.document.checklist import COLUMNS, TITLE, summary

    table = Table(title=TITLE[lang], title_justify="left")
    for heading in COLUMNS[lang]:
        table.add_column(heading)
    for r in rows:
        colour = COLOURS[r.status]
        word = text_of(WORDS[r.status], lang)
        where = names.get(r.field) or _topic_name(r.field, lang)
        table.add_row(r.element[lang], f"[{colour}]{word}[/{colour}]", r.reason[lang], where)
    console = Console()
    console.print(table)
    console.print(text_of(WORDS["summary"], lang).format(**summary(rows)))


def _topic_name(field: str, lang: str) -> str:
    from mou_cli.interview.questions import topic_of

    found = topic_of(field) if field else None
    return text_of(found.title, lang) if found else field


def report(rows: Sequence[ChecklistRow], paths: list[Path], lang: str) -> None:
    """After drafting: the checklist and the files written, in the interview's language."""
    from mou_cli import console

    checklist(rows, lang, {})
    for path in paths:
        console.out(text_of(WORDS["wrote"], lang).format(path=path))
