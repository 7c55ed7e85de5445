"""The `mou` command line: parse, call one function, print. Heavy imports live inside commands."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from mou_cli import __version__
from mou_cli.commands import compare as compare_command  # options; work is lazy
from mou_cli.commands import new as new_command
from mou_cli.errors import EXIT_USAGE, MouError
from mou_cli.stdout import StdoutFailed, guard_stdout, stdout_failed

EXIT_CODES = (
    "Exit codes: 0 done; 1 findings at or above --fail-on (check, clauses lint); 2 bad input "
    "(a file, an option or the configuration); 3 an output file could not be written; 74 "
    "standard output could not be written (a full disk); 130 interrupted, 143 terminated; 141 "
    "standard output was closed early (`mou rules | head -1`), nothing said."
)

app = typer.Typer(
    name="mou",
    help=(
        "Draft and check partnership agreements: Memoranda of Understanding (Nota Kesepahaman) "
        "and partnership agreements (Perjanjian Kerja Sama), in Indonesian, English or both."
    ),
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class Paper(str, Enum):
    A4 = "A4"
    Letter = "Letter"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mou {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Draft and check partnership agreements."""


@app.command(short_help="Draft an agreement (interview, answers file or example).")
def new(
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            "-a",
            help="Answers file (YAML, schema 1) to draft from, with no questions.",
        ),
    ] = None,
    example: Annotated[
        str | None,
        typer.Option("--example", "-e", help="Draft a bundled example (see --list-examples)."),
    ] = None,
    list_examples: Annotated[
        bool, typer.Option("--list-examples", help="List the bundled examples and exit.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for the draft (default: here).")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Draft path without extension, e.g. drafts/acme-mou."),
    ] = None,
    formats: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Comma-separated output formats: md, docx, pdf (pdf needs LibreOffice).",
        ),
    ] = "md,docx",
    paper: Annotated[
        Paper, typer.Option("--paper", help="Paper size of the DOCX and PDF.")
    ] = Paper.A4,
    paraf: Annotated[
        bool, typer.Option("--paraf", help="An initials (paraf) box per party on every page.")
    ] = False,
    with_checklist: Annotated[
        bool,
        typer.Option(
            "--with-checklist",
            help="Append the completeness checklist to the DOCX/PDF as a last page "
            "(not part of the agreement).",
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace existing output files.")] = False,
    checklist_json: Annotated[
        Path | None,
        typer.Option(
            "--checklist-json",
            help="Also write the checklist as JSON to this file ('-' for stdout).",
        ),
    ] = None,
    clauses: Annotated[
        list[Path] | None,
        typer.Option(
            "--clauses",
            metavar="DIR",
            help="A folder of your own clauses, layered over the built-in ones (repeatable).",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    resume: Annotated[
        Path | None,
        typer.Option("--resume", help="Continue an interrupted interview from its saved file."),
    ] = None,
    edit: Annotated[
        bool,
        typer.Option("--edit", help="With --answers: open the interview pre-filled to change it."),
    ] = False,
    ui_lang: Annotated[
        str | None,
        typer.Option(
            "--ui-lang", help="Language of the questions: id or en (default: the document's)."
        ),
    ] = None,
    redline_against: Annotated[Path | None, new_command.REDLINE_OPTION] = None,
    embed: Annotated[str, new_command.EMBED_OPTION] = "answers",
) -> None:
    """Draft an agreement: ask questions (the interview), or read --answers / --example.

    With no --answers or --example, `mou new` interviews you in the terminal, then writes the
    draft, its checklist and the answers file (NAME.answers.yaml) to reproduce it.
    """
    _run(
        new_command.run_new,
        answers=answers,
        example=example,
        list_examples=list_examples,
        out=out,
        output=output,
        formats=formats,
        paper=paper.value,
        paraf=paraf,
        with_checklist=with_checklist,
        force=force,
        checklist_json=checklist_json,
        clause_dirs=clauses or [],
        quiet=quiet,
        resume=resume,
        edit=edit,
        ui_lang=ui_lang,
        redline_against=redline_against,
        embed=embed,
    )


@app.command(short_help="Print the JSON Schema of the answers file.")
def schema() -> None:
    """Print the JSON Schema of the answers file (for editors and validators)."""
    from mou_cli.answers import json_schema

    typer.echo(json_schema())


@app.command(short_help="Lint drafts (.md, .txt, .docx) for gaps and mistakes.", epilog=EXIT_CODES)
def check(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Drafts (.md, .txt, .docx) or folders of drafts.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: text, json, sarif or github.")
    ] = "text",
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on", help="Exit 1 on findings at or above: error (default), warning, info."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Message language: id or en (default: the draft's)."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="Settings file (default: mou.toml or pyproject.toml)."),
    ] = None,
    explain: Annotated[
        str | None,
        typer.Option("--explain", help="Explain a rule (MOU-K002, K002, CL204, a name) and exit."),
    ] = None,
    no_progress: Annotated[
        bool, typer.Option("--no-progress", help="No progress bar, even on a terminal.")
    ] = False,
    follow_symlinks: Annotated[
        bool,
        typer.Option(
            "--follow-symlinks",
            help="In folders, also check what symbolic links lead to outside the folder "
            "(by default they are skipped, with a note on stderr).",
        ),
    ] = False,
) -> None:
    """Check drafts for missing, inconsistent or unfinished parts; exit 1 on findings."""
    from mou_cli.commands.check import run_check

    _run(
        run_check,
        paths=paths or [],
        fmt=fmt,
        fail_on=fail_on,
        lang=lang,
        config=config,
        explain_id=explain,
        progress=not no_progress,
        follow_symlinks=follow_symlinks,
    )


@app.command(short_help="List the rules of `mou check` and the clause lint codes.")
def rules(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """List every rule: `mou check`'s, then `mou clauses lint`'s codes (id, default severity,
    name, summary)."""
    from mou_cli.commands.check import run_rules

    _run(run_rules, fmt=fmt)


def _compare(**options: Any) -> None:
    from mou_cli.commands.compare import run_compare

    _run(run_compare, **options)


app.command(**compare_command.COMMAND)(compare_command.with_options(_compare))

clauses_app = typer.Typer(
    help="The clause library: list it, show a clause, lint your own clause files.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(clauses_app, name="clauses", short_help="List, show and lint clause libraries.")
ClauseDirs = Annotated[
    list[Path] | None,
    typer.Option("--clauses", help="A folder of your own clauses, layered over the built-in ones."),
]


@clauses_app.command("list")
def clauses_list(
    clauses: ClauseDirs = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: text or json.")] = (
        "text"
    ),
) -> None:
    """List the clauses in effect: sections, conditions, and built-in or custom."""
    from mou_cli.commands.clauses import run_list

    _run(run_list, clause_dirs=clauses or [], fmt=fmt)


@clauses_app.command("show")
def clauses_show(
    clause_id: Annotated[str, typer.Argument(metavar="ID", help="The clause id.")],
    clauses: ClauseDirs = None,
    answers: Annotated[
        Path | None,
        typer.Option("--answers", "-a", help="Also render the clause with this answers file."),
    ] = None,
    example: Annotated[
        str | None,
        typer.Option("--example", "-e", help="Also render the clause with a bundled example."),
    ] = None,
) -> None:
    """Print a clause's file and, with --answers, its text in each language."""
    from mou_cli.commands.clauses import run_show

    _run(run_show, clause_id=clause_id, clause_dirs=clauses or [], answers=answers, example=example)


@clauses_app.command("lint")
def clauses_lint(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[DIR|FILE]...",
            help="Clause folders or files, layered over the built-in library "
            "(default: the folders in mou.toml / [tool.mou], else the built-in library).",
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: text, json, sarif or github.")
    ] = "text",
    explain: Annotated[
        str | None,
        typer.Option("--explain", help="Explain a lint code (CL204 or its name) and exit."),
    ] = None,
) -> None:
    """Check clause files: metadata, templates, names, and rendering. Exit 1 on findings."""
    from mou_cli.commands.clauses import run_lint

    _run(run_lint, paths=paths or [], fmt=fmt, explain_id=explain)


def _run(fn: Callable[..., int | None], **kwargs: Any) -> None:
    """Call a command; a MouError becomes one clear message and its exit code."""
    try:
        code = fn(**kwargs)
    except MouError as exc:  # fsutil.Interrupted too: its message says what was written
        _fail(exc)
    except KeyboardInterrupt:
        _say("interrupted")
        raise typer.Exit(130) from None
    raise typer.Exit(code or 0)


def _fail(exc: MouError) -> None:
    from mou_cli.report.safe import visible

    _say(f"error: {visible(exc.message)}")
    for line in exc.details:
        _say(f"  {visible(line)}")
    raise typer.Exit(exc.exit_code)


def _fail_quietly(exc: MouError) -> None:
    """:func:`_fail`'s message, without its exit."""
    with contextlib.suppress(typer.Exit):
        _fail(exc)


def _say(line: str) -> None:
    """``line`` on stderr; a stderr that cannot be written to is not an error of its own."""
    with contextlib.suppress(OSError, ValueError):
        typer.echo(line, err=True)


def main() -> None:
    """Console entry point.

    Every command has closed and synced its files by the time it returns, so the process ends
    with ``os._exit``: tearing down the interpreter (python-docx, lxml, pydantic objects) would
    add ~150 ms to every run for nothing. ``MOU_SLOW_EXIT=1`` restores the normal exit.
    """
    guard_stdout()
    code: int = 0
    try:
        try:
            app()  # standalone: click prints its own usage errors and raises SystemExit
        except MouError as exc:  # raised outside a command body
            _fail_quietly(exc)
            code = exc.exit_code or EXIT_USAGE
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except KeyboardInterrupt:
            code = 130
        sys.stdout.flush()
    except StdoutFailed as exc:
        code = stdout_failed(exc)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    if os.environ.get("MOU_SLOW_EXIT"):
        sys.exit(code)
    os._exit(code)
