"""``--format text``: the human report, grouped by file and then by severity.

Each finding shows where (line or paragraph, and the article), the rule, the message, a short
quote and the hint. Colour only on a terminal; plain text in a pipe or a CI log.
"""

from __future__ import annotations

import io

from mou_cli.check.formats import Report
from mou_cli.check.registry import SEVERITIES
from mou_cli.check.runner import summary

WORDS = {
    "en": {
        "error": "error", "warning": "warning", "info": "info", "line": "line",
        "para": "paragraph", "file": "whole draft", "hint": "hint", "articles": "articles",
        "files": "files checked", "file1": "file checked", "unreadable": "could not be read",
        "clean": "no problems found", "errors": "errors", "warnings": "warnings",
    },
    "id": {
        "error": "galat", "warning": "peringatan", "info": "info", "line": "baris",
        "para": "paragraf", "file": "seluruh draf", "hint": "saran", "articles": "pasal",
        "files": "berkas diperiksa", "file1": "berkas diperiksa", "unreadable": "tidak terbaca",
        "clean": "tidak ada masalah", "errors": "galat", "warnings": "peringatan",
    },
}  # fmt: skip
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report) -> str:
    from rich.console import Console
    from rich.text import Text

    w = WORDS.get(report.lang, WORDS["en"])
    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=report.color,
        no_color=not report.color,
        highlight=False,
        soft_wrap=True,
        width=100,
    )
    for r in report.results:
        head = Text(r.path, style="bold")
        if r.error:
            head.append(f"  {w['error']}: ", style=STYLE["error"])
            head.append(r.error)
            console.print(head)
            continue
        langs = "+".join(r.langs)
        head.append(f"  {r.format} · {langs} · {r.articles} {w['articles']}", style="dim")
        console.print(head)
        if not r.findings:
            console.print(Text(f"  ✓ {w['clean']}", style="green"))
        for sev in SEVERITIES:
            group = [f for f in r.findings if f.severity == sev]
            if not group:
                continue
            console.print(Text(f"  {w[sev]} ({len(group)})", style=STYLE[sev]))
            for f in group:
                if f.line:
                    where = f"{w['line']} {f.line}"
                elif f.para:
                    where = f"{w['para']} {f.para}"
                else:
                    where = w["file"]
                if f.article:
                    where += f", {f.article}"
                line = Text("    ")
                line.append(where, style="bold")
                line.append(f"  {f.rule} ", style=STYLE[sev])
                line.append(f.name, style="dim")
                console.print(line)
                console.print(Text(f"      {f.message}"))
                if f.quote:
                    console.print(Text(f"      “{f.quote}”", style="italic"))
                if f.hint:
                    console.print(Text(f"      {w['hint']}: {f.hint}", style="dim"))
    s = summary(report.results, report.fail_on)
    files = s["files"]

    def count(n: int, key: str) -> str:
        return f"{n} {w[key] if n == 1 or report.lang == 'id' else w[key + 's']}"

    tail = (
        f"{files} {w['file1'] if files == 1 else w['files']}: {count(s['error'], 'error')}, "
        f"{count(s['warning'], 'warning')}, {s['info']} info"
    )
    if s["unreadable"]:
        tail += f"; {s['unreadable']} {w['unreadable']}"
    console.print()
    console.print(Text(tail, style="bold"))
    return buf.getvalue()
