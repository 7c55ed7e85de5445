"""`mou new` without prompts: answers -> document -> files, all rendered before any write."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mou_cli.document.checklist import Row, checklist, to_markdown
from mou_cli.errors import MouError
from mou_cli.fsutil import check_writable, write_all_atomic
from mou_cli.model import Answers, text_in
from mou_cli.tree import Document

FORMATS = ("md", "docx")


@dataclass(frozen=True)
class Layout:
    """Page options for DOCX and PDF: paper, paraf boxes, the checklist annex (None: off)."""

    paper: str = "A4"
    paraf: bool = False
    checklist: list[Row] | None = None


def _markdown(doc: Document, layout: Layout) -> bytes:
    from mou_cli.writers import markdown

    return markdown.render(doc).encode("utf-8")


def _docx(doc: Document, layout: Layout) -> bytes:
    from mou_cli.writers import docx

    return docx.render(doc, paper=layout.paper, paraf=layout.paraf, checklist=layout.checklist)


def _pdf(doc: Document, layout: Layout) -> bytes:
    from mou_cli.writers.pdf import docx_to_pdf

    return docx_to_pdf(_docx(doc, layout))


WRITERS: dict[str, Callable[[Document, Layout], bytes]] = {
    "md": _markdown,
    "docx": _docx,
    "pdf": _pdf,
}


@dataclass
class Draft:
    document: Document
    checklist: list[Row]
    files: dict[Path, bytes]


def parse_formats(value: str) -> list[str]:
    """``md,docx`` -> ["md", "docx"], refusing unknown formats."""
    out = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in out if f not in WRITERS]
    if unknown or not out:
        raise MouError(f"unknown format {', '.join(unknown) or '(none)'}; use {', '.join(WRITERS)}")
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


def draft(
    a: Answers,
    *,
    stem: Path,
    formats: Sequence[str] = FORMATS,
    clause_dirs: Sequence[Path] = (),
    extra_files: dict[str, bytes] | None = None,
    paper: str = "A4",
    paraf: bool = False,
    with_checklist: bool = False,
) -> Draft:
    """Render every output in memory; nothing is written here."""
    from mou_cli.document.build import build
    from mou_cli.library.loader import load_library

    doc = build(a, load_library(clause_dirs))
    rows = checklist(a)
    files: dict[Path, bytes] = {}
    layout = Layout(paper, paraf, rows if with_checklist else None)
    for fmt in formats:
        files[stem.with_name(f"{stem.name}.{fmt}")] = WRITERS[fmt](doc, layout)
    title = {"id": "Daftar periksa kelengkapan", "en": "Completeness checklist"}[a.langs[0]]
    files[stem.with_name(f"{stem.name}.checklist.md")] = to_markdown(
        rows, a.langs[0], title
    ).encode()
    for suffix, data in (extra_files or {}).items():
        files[stem.with_name(f"{stem.name}{suffix}")] = data
    return Draft(doc, rows, files)


def write(d: Draft, *, force: bool) -> list[Path]:
    """Write every file of the draft, refusing to replace files unless ``force``."""
    paths = list(d.files)
    check_writable(paths, force=force)
    write_all_atomic(d.files)
    return paths
