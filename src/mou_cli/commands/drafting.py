"""`mou new` without prompts: answers -> document -> files, all rendered before any write.

The answers come validated; the checklist and the facts `mou check` reads are computed here,
once, and handed to the writers, which only serialise them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mou_cli.document.checklist import TITLE, Row, checklist
from mou_cli.document.facts import Facts, facts_of_model
from mou_cli.errors import MouError
from mou_cli.fsutil import check_writable, write_all_atomic
from mou_cli.model import Answers, text_in
from mou_cli.tree import Document

FORMATS = ("md", "docx", "pdf")


@dataclass(frozen=True)
class Layout:
    """Page options for DOCX and PDF: paper, paraf boxes, the checklist annex (None: off)."""

    paper: str = "A4"
    paraf: bool = False
    checklist: Sequence[Row] | None = None


@dataclass
class Draft:
    """A draft rendered in memory: its checklist, and each file's path and bytes."""

    checklist: list[Row]
    files: dict[Path, bytes]


def parse_formats(value: str) -> list[str]:
    """``md,docx`` -> ["md", "docx"], refusing unknown formats."""
    out = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in out if f not in FORMATS]
    if unknown or not out:
        raise MouError(f"unknown format {', '.join(unknown) or '(none)'}; use {', '.join(FORMATS)}")
    return list(dict.fromkeys(out))


def slug(text: str) -> str:
    """A file name from a title: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_text).strip("-").lower()
    return s[:60].rstrip("-") or "agreement"


def output_stem(a: Answers, out_dir: Path | None, output: Path | None) -> Path:
    """Where the draft goes, without extension: ``-o PATH`` or ``--out DIR``/<title slug>."""
    if output is not None:
        return (
            output.with_suffix("") if output.suffix.lower() in (".md", ".docx", ".pdf") else output
        )
    return (out_dir or Path(".")) / slug(text_in(a.title, a.langs[0]) or "agreement")


def render(doc: Document, formats: Sequence[str], layout: Layout, facts: Facts) -> dict[str, bytes]:
    """Each format's bytes, in the order given. A PDF is LibreOffice's conversion of the DOCX
    bytes, so ``docx,pdf`` renders the DOCX once."""
    out: dict[str, bytes] = {}
    docx_bytes: bytes | None = None
    for fmt in formats:
        if fmt == "md":
            from mou_cli.writers import markdown

            out[fmt] = markdown.render(doc).encode("utf-8")
            continue
        if docx_bytes is None:  # python-docx and lxml load only when a DOCX is wanted
            from mou_cli.writers import docx

            docx_bytes = docx.render(
                doc, paper=layout.paper, paraf=layout.paraf, checklist=layout.checklist, facts=facts
            )
        if fmt == "pdf":
            from mou_cli.writers import pdf

            out[fmt] = pdf.docx_to_pdf(docx_bytes)
        else:
            out[fmt] = docx_bytes
    return out


def draft(
    a: Answers,
    *,
    stem: Path,
    formats: Sequence[str] = ("md", "docx"),
    clause_dirs: Sequence[Path] = (),
    extra_files: dict[str, bytes] | None = None,
    paper: str = "A4",
    paraf: bool = False,
    with_checklist: bool = False,
) -> Draft:
    """Render every output of the validated answers ``a`` in memory; nothing is written here."""
    from mou_cli.document.build import build
    from mou_cli.library import isolate
    from mou_cli.library.loader import load_library
    from mou_cli.writers.checklist_md import to_markdown

    library = load_library(clause_dirs)
    doc = isolate.guard(library, build, a, library)  # a clause folder renders walled off
    rows = checklist(a)
    layout = Layout(paper, paraf, rows if with_checklist else None)
    rendered = render(doc, formats, layout, facts_of_model(a, rows))
    files = {stem.with_name(f"{stem.name}.{fmt}"): data for fmt, data in rendered.items()}
    lang = a.langs[0]
    files[stem.with_name(f"{stem.name}.checklist.md")] = to_markdown(
        rows, lang, TITLE[lang]
    ).encode()
    for suffix, data in (extra_files or {}).items():
        files[stem.with_name(f"{stem.name}{suffix}")] = data
    return Draft(rows, files)


def write(d: Draft, *, force: bool) -> list[Path]:
    """Write every file of the draft, refusing to replace files unless ``force``."""
    paths = list(d.files)
    check_writable(paths, force=force)  # early, before any work; again under the lock
    write_all_atomic(d.files, force=force)
    return paths
