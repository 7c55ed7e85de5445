"""The `mou` command line: parse, call one function, print. Heavy imports live inside commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from mou_cli import __version__
from mou_cli.errors import EXIT_USAGE, MouError

app = typer.Typer(
    name="mou",
    help=(
        "Draft and check partnership agreements: Memoranda of Understanding (Nota Kesepahaman) "
        "and partnership agreements (Perjanjian Kerja Sama), in Indonesian, English or both."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


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


@app.command()
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
        str, typer.Option("--format", "-f", help="Comma-separated output formats: md, docx.")
    ] = "md,docx",
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
            "--clauses", help="A folder of your own clauses, layered over the built-in ones."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Draft an agreement from an answers file or a bundled example; print the checklist."""
    from mou_cli.commands.new import run_new

    _run(
        run_new,
        answers=answers,
        example=example,
        list_examples=list_examples,
        out=out,
        output=output,
        formats=formats,
        force=force,
        checklist_json=checklist_json,
        clause_dirs=clauses or [],
        quiet=quiet,
    )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the answers file (for editors and validators)."""
    from mou_cli.answers import json_schema

    typer.echo(json_schema())


def _run(fn, **kwargs) -> None:
    """Call a command; a MouError becomes one clear message and its exit code."""
    try:
        code = fn(**kwargs)
    except MouError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        typer.echo("interrupted; nothing was written", err=True)
        raise typer.Exit(130) from None
    raise typer.Exit(code or 0)


def _fail(exc: MouError) -> None:
    typer.echo(f"error: {exc.message}", err=True)
    for line in exc.details:
        typer.echo(f"  {line}", err=True)
    raise typer.Exit(exc.exit_code)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except MouError as exc:  # raised outside a command body
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(exc.exit_code or EXIT_USAGE)
