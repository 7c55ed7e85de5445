"""`mou clauses list | show | lint`: the clause library as files a team maintains.

A clause folder may come from anyone, so what it holds is printed through
:mod:`mou_cli.report.safe`: a control character or bidi override in a file name, a clause file
or its rendered text shows as a visible escape and never acts on the terminal.
"""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mou_cli.errors import MouError
from mou_cli.report.safe import json_text, visible, visible_lines

if TYPE_CHECKING:
    from mou_cli.clauselint.runner import LintResult
    from mou_cli.library.clause import Clause
    from mou_cli.library.loader import Library
    from mou_cli.report import ClauseReport

FORMATS = ("text", "json")


def display_path(path: str | os.PathLike[str]) -> str:
    """A path relative to the current folder when it is below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else Path(rel).as_posix()


def _library(clause_dirs: list[Path]) -> Library:
    from mou_cli.config import clause_dirs as layered_dirs
    from mou_cli.library.loader import load_library

    return load_library(layered_dirs(clause_dirs))


def _source(clause: Clause, lib: Library) -> str:
    if clause.builtin:
        return "built-in"
    replaced = lib.replaced.get(clause.id, [])
    what = ""
    if replaced:
        last = replaced[-1]
        what = " (replaces built-in)" if last.builtin else f" (replaces {display_path(last.path)})"
    return f"custom {display_path(str(clause.path))}{what}"


def run_list(*, clause_dirs: list[Path], fmt: str) -> int:
    """Print every clause in effect, in document order, and where it comes from."""
    from mou_cli import console

    _check_format(fmt)
    lib = _library(clause_dirs)
    clauses = lib.ordered()
    if fmt == "json":
        rows = [
            {
                "id": c.id,
                "section": c.meta.section,
                "part": c.meta.part,
                "order": c.meta.order,
                "when": c.meta.when,
                "languages": ["id", "en"],
                "title": {"id": c.meta.title.id, "en": c.meta.title.en},
                "description": c.meta.description,
                "source": "built-in" if c.builtin else "custom",
                "path": display_path(str(c.path)),
                "replaces": [
                    {"path": display_path(str(r.path)), "builtin": r.builtin}
                    for r in lib.replaced.get(c.id, [])
                ],
            }
            for c in clauses
        ]
        console.out(json_text(json.dumps(rows, ensure_ascii=False, indent=2)))
        return 0
    head = ("ID", "PART", "ORDER", "SECTION", "WHEN", "LANGS", "SOURCE")
    table = [head] + [
        (
            c.id,
            c.meta.part,
            str(c.meta.order),
            c.meta.section,
            visible(_short(c.meta.when or "-", 34)),
            "id en",
            visible(_source(c, lib)),
        )
        for c in clauses
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(head) - 1)]
    for row in table:
        cells = [v.ljust(w) for v, w in zip(row, widths, strict=False)]
        console.out("  ".join([*cells, row[-1]]))
    custom = sum(not c.builtin for c in clauses)
    console.out(f"\n{len(clauses)} clauses: {len(clauses) - custom} built-in, {custom} custom")
    return 0


def run_show(
    *,
    clause_id: str,
    clause_dirs: list[Path],
    answers: Path | None,
    example: str | None,
) -> int:
    """Print a clause's file and, given answers, its text in each of their languages."""
    from mou_cli import console

    if answers and example:
        raise MouError("give --answers or --example, not both")
    lib = _library(clause_dirs)
    clause = lib.clauses.get(clause_id)
    if clause is None:
        close = difflib.get_close_matches(clause_id, list(lib.clauses), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see `mou clauses list`"
        raise MouError(f"no clause with id '{clause_id}'; {hint}")
    console.out(visible(f"# {clause.path} ({_source(clause, lib)})"))
    console.out(visible_lines(_clause_text(clause.path)))
    if answers is None and example is None:
        return 0
    for lang, lines in _rendered(lib, clause, answers, example).items():
        console.out(f"\n--- {lang} ---")
        for line in lines:
            console.out(visible(line))
    return 0


def _clause_text(path: Path) -> str:
    """The text of a clause file as loaded (read again within the clause file limits)."""
    from mou_cli.library.clause import ClauseFileError, read_text

    try:
        return read_text(path).rstrip("\n")
    except ClauseFileError as exc:  # changed since the library was loaded
        raise MouError(exc.message) from None


def _rendered(
    lib: Library, clause: Clause, answers: Path | None, example: str | None
) -> dict[str, list[str]]:
    from mou_cli import answers as answers_mod
    from mou_cli import console
    from mou_cli.document.build import render_clause, renderer_for, select
    from mou_cli.writers.markdown import letter, para_number

    if example is not None:
        from mou_cli.examples import find

        answers = find(example)
    assert answers is not None
    loaded = answers_mod.load(answers)
    for w in loaded.warnings:
        console.warn(visible(w))
    a = loaded.answers
    renderer, numbering = renderer_for(a)
    chosen = select(lib, renderer, a.langs[0])
    numbering.assign(chosen)
    if clause not in chosen:
        return {a.langs[0]: [f"(not in this document: its condition is false: {clause.meta.when})"]}
    out: dict[str, list[str]] = {}
    number = numbering.numbers.get(clause.id)
    for lang in a.langs:
        block = render_clause(renderer, clause, lang)
        heading = numbering.labels[lang]["article"].format(n=number) if number else ""
        lines = [f"{heading} — {block.title}" if heading else block.title]
        numbered = number is not None and len(block.paras) > 1
        for i, para in enumerate(block.paras, 1):
            lead = f"{para_number(lang, number or 0, i)} " if numbered else ""
            lines.append("")
            lines.append(f"{lead}{para.text}" if para.text else lead.rstrip())
            for j, item in enumerate(para.items):
                lines.append(f"    ({letter(j)}) {item}")
        out[lang] = lines
    return out


def run_lint(*, paths: list[Path], fmt: str, explain_id: str | None = None) -> int:
    """Lint clause files; exit 1 when there are findings."""
    from mou_cli import console
    from mou_cli.clauselint.runner import lint
    from mou_cli.finding import exit_code
    from mou_cli.report import FORMATS as REPORTS

    if explain_id:
        from mou_cli.commands.rulebook import print_explanation

        return print_explanation(explain_id)
    if fmt not in REPORTS:
        raise MouError(f"unknown format '{fmt}'; use {', '.join(REPORTS)}")
    if not paths:
        from mou_cli.config import clause_dirs

        paths = clause_dirs()
    try:
        result = lint(paths)
    except MouError:
        raise
    except Exception as exc:  # a linter bug must not look like findings (exit 1)
        raise MouError(f"internal error in the clause linter: {type(exc).__name__}: {exc}") from exc
    report = lint_report(result)
    console.out(REPORTS[fmt](report), end="")
    return exit_code(report.results, report.fail_on)


def lint_report(result: LintResult) -> ClauseReport:
    """The lint result as a report: findings grouped by file, paths shown relative to here."""
    from mou_cli.clauselint.codes import CODES
    from mou_cli.finding import FileResult
    from mou_cli.report import ClauseReport

    by_file: dict[str, FileResult] = {}
    for f in result.findings:
        path = display_path(f.file)
        by_file.setdefault(path, FileResult(path)).findings.append(replace(f, file=path))
    return ClauseReport(
        list(by_file.values()),
        CODES,
        files_checked=result.files,
        answers_rendered=result.samples,
    )


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise MouError(f"unknown format '{fmt}'; use {' or '.join(FORMATS)}")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
