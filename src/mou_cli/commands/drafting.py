"""`mou new` without prompts: answers -> document -> files, all rendered before any write.

The answers come validated; the checklist and the facts `mou check` reads are computed here,
once, and handed to the writers, which only serialise them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mou_cli.document.checklist import TITLE, Row, checklist
from mou_cli.document.embedded import facts_only
from mou_cli.document.facts import Facts, facts_of_model
from mou_cli.errors import MouError
from mou_cli.fsutil import check_writable, write_all_atomic
from mou_cli.model import Answers, text_in
from mou_cli.tree import Document

if TYPE_CHECKING:
    from mou_cli.draft import Draft as OldDraft

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


SLUG_MAX = 60


def slug(text: str) -> str:
    """A file name from a title: ASCII, lower case, hyphens, at most 60 characters, cut at a
    word boundary (where that would leave less than half, at the limit)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_text).strip("-").lower()
    if len(s) > SLUG_MAX:
        cut = s[: SLUG_MAX + 1].rfind("-")  # the hyphen may sit just after the limit
        s = s[:cut] if cut > SLUG_MAX // 2 else s[:SLUG_MAX]
    return s or "agreement"


def output_stem(a: Answers, out_dir: Path | None, output: Path | None) -> Path:
    """Where the draft goes, without extension: ``-o PATH`` or ``--out DIR``/<title slug>."""
    if output is not None:
        return (
            output.with_suffix("") if output.suffix.lower() in (".md", ".docx", ".pdf") else output
        )
    return (out_dir or Path(".")) / slug(text_in(a.title, a.langs[0]) or "agreement")


def render(
    doc: Document, formats: Sequence[str], layout: Layout, facts: Facts, embed: str = "answers"
) -> dict[str, bytes]:
    """Each format's bytes, in the order given. A PDF is LibreOffice's conversion of the DOCX
    bytes, so ``docx,pdf`` renders the DOCX once. ``embed`` (:data:`EMBED_LEVELS`): what the
    DOCX carries inside; the Markdown carries its answers only with ``answers``."""
    out: dict[str, bytes] = {}
    docx_bytes: bytes | None = None
    for fmt in formats:
        if fmt == "md":
            from mou_cli.writers import markdown

            md_doc = doc if embed == "answers" else replace(doc, answers=None)
            out[fmt] = markdown.render(md_doc).encode("utf-8")
            continue
        if docx_bytes is None:  # python-docx and lxml load only when a DOCX is wanted
            from mou_cli.writers import docx

            docx_bytes = docx.render(
                doc if embed != "none" else replace(doc, answers=None),
                paper=layout.paper,
                paraf=layout.paraf,
                checklist=layout.checklist,
                facts=facts,
            )
            if embed == "facts":
                docx_bytes = facts_only(docx_bytes)
        if fmt == "pdf":
            from mou_cli.writers import pdf

            docx_bytes, out[fmt] = pdf.paged(docx_bytes)  # the page total counted
            if "docx" in out:
                out["docx"] = docx_bytes
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
    embed: str = "answers",
    redline_against: OldDraft | None = None,
) -> Draft:
    """Render every output of the validated answers ``a`` in memory; nothing is written here.
    ``redline_against``: an earlier version, read; the draft's redline against it is one more
    file, ``<stem>.redline.docx``."""
    from mou_cli.document.build import build
    from mou_cli.library import isolate
    from mou_cli.library.loader import load_library
    from mou_cli.writers.checklist_md import to_markdown

    library = load_library(clause_dirs)
    doc = isolate.guard(library, build, a, library)  # a clause folder renders walled off
    rows = checklist(a)
    layout = Layout(paper, paraf, rows if with_checklist else None)
    wanted = [*formats, "docx"] if redline_against is not None else formats
    rendered = render(doc, list(dict.fromkeys(wanted)), layout, facts_of_model(a, rows), embed)
    files = {stem.with_name(f"{stem.name}.{fmt}"): data for fmt, data in rendered.items()}
    if redline_against is not None:
        red = stem.with_name(f"{stem.name}.redline.docx")
        files[red] = redline(redline_against, rendered["docx"], f"{stem.name}.docx")
        if "docx" not in formats:
            del files[stem.with_name(f"{stem.name}.docx")]
    lang = a.langs[0]
    files[stem.with_name(f"{stem.name}.checklist.md")] = to_markdown(
        rows, lang, TITLE[lang]
    ).encode()
    for suffix, data in (extra_files or {}).items():
        files[stem.with_name(f"{stem.name}{suffix}")] = data
    return Draft(rows, files)


def redline(old: OldDraft, docx_bytes: bytes, name: str) -> bytes:
    """The redline of the new DOCX ``docx_bytes`` against the earlier version ``old``."""
    import io

    from mou_cli.compare import compare, notes
    from mou_cli.readers import MAX_UNPACKED
    from mou_cli.readers.docx import read_docx
    from mou_cli.writers.redline import redline_bytes

    new = read_docx(io.BytesIO(docx_bytes), name, MAX_UNPACKED)
    # each substantive change carries a comment saying what changed, as `mou compare --redline`
    lang = "id" if "id" in new.langs else "en"
    note = notes(compare(old, new), lang)
    return redline_bytes(old, new, docx_bytes, note=note)


def write(d: Draft, *, force: bool) -> list[Path]:
    """Write every file of the draft, refusing to replace files unless ``force``."""
    paths = list(d.files)
    check_writable(paths, force=force)  # early, before any work; again under the lock
    write_all_atomic(d.files, force=force)
    return paths
