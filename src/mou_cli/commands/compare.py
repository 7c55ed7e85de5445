"""`mou compare OLD NEW`: what changed between two versions of an agreement, and a redline.

``with_options`` gives the command line its options (``cli.py`` registers the command with
them); ``run_compare`` does the work, importing the readers and the comparison only then.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from mou_cli.errors import MouError

HELP = """Compare two versions of an agreement: OLD (the earlier) and NEW (the later).

Each is a .docx, .md, .txt or .pdf (a scan is read with tesseract), drafted by mou or by
anyone, in Indonesian, English or both side by side. Articles are paired by number and title,
so a renumbered or moved article is reported as such, not as removed and added; then
paragraphs, then words.

Each difference is classed: substantive (an amount, date, number, percentage, party, obligation
word such as wajib, harus, dapat, shall, must or may, defined term, forum or governing law
changed, or text added or removed), cosmetic (punctuation, letter case, spacing or numbering
only) or moved, with the reason ("amount changed: Rp100.000.000 -> Rp150.000.000").

Also reported: in a bilingual draft, a change made in one language column only; the answers
fields that changed, when both drafts carry the answers `mou new` embeds; and for a DOCX that
came back, its tracked changes and comments (author, date, article) and the edits made with
tracking off, so you see everything the other side touched.

\b
Examples:
  mou compare v1.docx v2.docx
  mou compare sent.docx returned.docx --redline changes.docx --author "Legal PT Maju"
  mou compare v1.md v2.md --format json > changes.json
"""
EPILOG = (
    "Exit codes, as diff(1): 0 no difference in substance (cosmetic ones are listed; with "
    "--strict they exit 1); 1 the drafts differ (in substance, by a move, or in the embedded "
    "answers); 2 a problem with the input (a missing, unreadable, damaged or password-protected "
    "file, a scanned PDF and no tesseract, two drafts in different languages): one message and "
    "no redline written; 3 the redline could not be written."
)
COMMAND: dict[str, Any] = {
    "name": "compare",
    "short_help": "Compare two versions of an agreement; write a Word redline.",
    "help": HELP,
    "epilog": EPILOG,
}


def with_options(run: Callable[..., None]) -> Callable[..., None]:
    """The `mou compare` command function, with its arguments and options, calling ``run``
    with them (as keywords of :func:`run_compare`)."""

    def compare(
        old: Annotated[
            Path,
            typer.Argument(metavar="OLD", help="The earlier version (.docx, .md, .txt, .pdf)."),
        ],
        new: Annotated[Path, typer.Argument(metavar="NEW", help="The later version.")],
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="Output format: text, json or sarif.")
        ] = "text",
        strict: Annotated[
            bool, typer.Option("--strict", help="Exit 1 on cosmetic differences too.")
        ] = False,
        lang: Annotated[
            str | None,
            typer.Option("--lang", help="Language of the report: id or en (default: the drafts')."),
        ] = None,
        redline: Annotated[
            Path | None,
            typer.Option(
                "--redline",
                metavar="OUT.docx",
                help="Also write a Word document of NEW with every difference from OLD as a "
                "tracked change (accept all: NEW; reject all: OLD), and a comment on each "
                "substantive change.",
            ),
        ] = None,
        author: Annotated[
            str, typer.Option("--author", help="Author of the redline's tracked changes.")
        ] = "mou",
        force: Annotated[
            bool, typer.Option("--force", help="Replace an existing redline file.")
        ] = False,
    ) -> None:
        run(old=old, new=new, fmt=fmt, strict=strict, lang=lang, redline=redline,
            author=author, force=force)  # fmt: skip

    compare.__doc__ = HELP
    return compare


def run_compare(
    *,
    old: Path,
    new: Path,
    fmt: str,
    strict: bool,
    lang: str | None,
    redline: Path | None,
    author: str,
    force: bool,
) -> int:
    """Read both drafts, print their differences, write the redline if asked; the exit code:
    0 nothing in substance differs, 1 they differ, 2 a problem with the input."""
    from mou_cli.compare import FORMATS, Style, compare, notes
    from mou_cli.readers import read
    from mou_cli.report.safe import json_text, visible
    from mou_cli.report.sarif import artifact

    if fmt not in FORMATS:
        raise MouError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if lang is not None and lang not in ("id", "en"):
        raise MouError(f"--lang must be id or en, not {lang!r}")
    if redline is not None:
        _check_redline_target(redline, old, new, force)
    before = read(old)
    after = read(new)
    found = compare(before, after)
    chrome = lang or _message_lang(after.langs)
    if redline is not None:
        from mou_cli.writers.redline import write_redline

        new_docx = new if after.source_format == "docx" else None
        write_redline(before, after, new_docx, redline, author=author,
                      note=notes(found, chrome), force=force)  # fmt: skip
    color = fmt == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    style = Style(
        visible=visible,
        lang=chrome,
        color=color,
        strict=strict,
        json_text=json_text,
        artifact=artifact,
    )
    sys.stdout.write(FORMATS[fmt](found, style))
    return found.exit_code(strict=strict)


def _message_lang(langs: tuple[str, ...]) -> str:
    """The language of the words around the drafts' text: the drafts' first, else English."""
    return langs[0] if langs and langs[0] in ("id", "en") else "en"


def _check_redline_target(redline: Path, old: Path, new: Path, force: bool) -> None:
    """Refuse, before any work, a redline path that is not a .docx or is one of the inputs."""
    if redline.suffix.lower() != ".docx":
        raise MouError(f"--redline {redline}: the redline is a Word document; name it .docx")
    for given in (old, new):
        try:
            same = given.exists() and redline.exists() and given.samefile(redline)
        except OSError:
            same = False
        if same:
            raise MouError(
                f"--redline {redline} is one of the drafts compared; choose another name"
            )
    from mou_cli.fsutil import check_writable

    check_writable([redline], force=force)
