"""``--format text``: the human report.

Drafts (`mou check`): grouped by file and then by severity; each finding shows where (line or
paragraph, and the article), the rule, the message, a short quote and the hint. Colour only on
a terminal; plain text in a pipe or a CI log. Clause files (`mou clauses lint`): one
``path:line:col: CODE message`` line per finding, as compilers print them. Both end with a
summary line. What comes from a file (its name, quotes, headings, messages quoting it) is
printed through :func:`~mou_cli.report.safe.visible`: a control character shows as ``\x1b``,
never reaches the terminal as one.
"""

from __future__ import annotations

from mou_cli.console import report_console
from mou_cli.finding import SEVERITIES, Finding, counts
from mou_cli.report.safe import visible
from mou_cli.report.shape import ClauseReport, Report

WORDS = {
    "en": {
        "error": "error", "warning": "warning", "info": "info", "line": "line",
        "para": "paragraph", "page": "page", "file": "whole draft", "hint": "hint",
        "articles": "articles",
        "files": "files checked", "file1": "file checked", "unreadable": "could not be read",
        "clean": "no problems found", "errors": "errors", "warnings": "warnings",
    },
    "id": {
        "error": "galat", "warning": "peringatan", "info": "info", "line": "baris",
        "para": "paragraf", "page": "halaman", "file": "seluruh draf", "hint": "saran",
        "articles": "pasal",
        "files": "berkas diperiksa", "file1": "berkas diperiksa", "unreadable": "tidak terbaca",
        "clean": "tidak ada masalah", "errors": "galat", "warnings": "peringatan",
    },
}  # fmt: skip
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report) -> str:
    if isinstance(report, ClauseReport):
        return _lines(report)
    return _grouped(report)


def summary_line(report: Report) -> str:
    """The last line: files checked and findings by severity (clause files: problems)."""
    if isinstance(report, ClauseReport):
        return _clause_summary(report)
    w = WORDS.get(report.lang, WORDS["en"])
    s = counts(report.results)
    files = len(report.results)
    unreadable = sum(1 for r in report.results if r.error)

    def count(n: int, key: str) -> str:
        return f"{n} {w[key] if n == 1 or report.lang == 'id' else w[key + 's']}"

    tail = (
        f"{files} {w['file1'] if files == 1 else w['files']}: {count(s['error'], 'error')}, "
        f"{count(s['warning'], 'warning')}, {s['info']} info"
    )
    if unreadable:
        tail += f"; {unreadable} {w['unreadable']}"
    return tail


def _clause_summary(report: ClauseReport) -> str:
    checked = (
        f"{report.files_checked} clause file{'s' * (report.files_checked != 1)} checked, "
        f"rendered with {report.answers_rendered} sets of answers"
    )
    findings = [f for r in report.results for f in r.findings]
    if not findings:
        return f"no problems ({checked})"
    files = len({f.file for f in findings})
    n = len(findings)
    return f"{n} problem{'s' * (n != 1)} in {files} file{'s' * (files != 1)} ({checked})"


def _lines(report: ClauseReport) -> str:
    lines = [
        f"{visible(f.file)}:{f.line}:{f.col}: {f.rule} {visible(f.message)}"
        for r in report.results
        for f in r.findings
    ]
    return "\n".join([*lines, summary_line(report)]) + "\n"


def _where(f: Finding, w: dict[str, str]) -> str:
    """Line or paragraph, and the article: ``line 5, Pasal 1``."""
    if f.line:
        place = f"{w['line']} {f.line}"
    elif f.para:
        place = f"{w['para']} {f.para}"
    elif f.page:
        place = f"{w['page']} {f.page}"
    else:
        place = w["file"]
    return f"{place}, {visible(f.article)}" if f.article else place


def _grouped(report: Report) -> str:
    from rich.text import Text

    w = WORDS.get(report.lang, WORDS["en"])
    console, buf = report_console(report.color)
    for r in report.results:
        head = Text(visible(r.path), style="bold")
        if r.error:
            head.append(f"  {w['error']}: ", style=STYLE["error"])
            head.append(visible(r.error))
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
                line = Text("    ")
                line.append(_where(f, w), style="bold")
                line.append(f"  {f.rule} ", style=STYLE[sev])
                line.append(f.name, style="dim")
                console.print(line)
                console.print(Text(f"      {visible(f.message)}"))
                if f.quote:
                    console.print(Text(f"      “{visible(f.quote)}”", style="italic"))
                if f.hint:
                    console.print(Text(f"      {w['hint']}: {visible(f.hint)}", style="dim"))
    console.print()
    console.print(Text(summary_line(report), style="bold"))
    return buf.getvalue()
