"""Read a draft (Markdown, plain text, DOCX) into a ``Draft`` for `mou check`.

``read(path)`` picks the reader by suffix and refuses, with one clear ``DraftError`` naming the
file, anything it cannot read: a folder, an empty or binary file, a text over ``MAX_TEXT`` bytes
or ``MAX_LINES`` lines, a DOCX that is not a zip or not a Word document, a password-protected
(encrypted) DOCX, a zip whose parts would unpack to more than ``MAX_UNPACKED`` bytes. Sizes are
checked before anything is decompressed, and parts are read with a byte limit, so a hostile
file costs bounded time and memory (:mod:`~mou_cli.readers.docx_package` vets a DOCX).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from mou_cli.errors import DraftError

if TYPE_CHECKING:
    from mou_cli.draft import Draft

SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
}
MAX_PDF = 200_000_000  # bytes of a .pdf file (scans are large)
MAX_TEXT = 20_000_000  # bytes of Markdown or text; characters of text in a DOCX
MAX_LINES = 250_000  # lines of Markdown or text: each may be a paragraph, which costs time
MAX_DOCX = 200_000_000  # bytes of the .docx file (pictures included; they are not read)
MAX_UNPACKED = 50_000_000  # total uncompressed bytes of the XML parts we read
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER = {
    ".doc": "this is the old Word format (.doc); open it in Word and save it as .docx",
    ".odt": "OpenDocument is not read; save it as .docx",
    ".rtf": "RTF is not read; save it as .docx",
}


def kind_of(path: Path) -> str | None:
    """``md`` / ``txt`` / ``docx`` for a readable suffix, else None."""
    return SUFFIXES.get(path.suffix.lower())


def read(path: str | Path) -> Draft:
    """Read one draft; a ``DraftError`` naming the file for anything unreadable."""
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise DraftError(f"{name}: is a folder, not a draft")
    if not p.exists():
        raise DraftError(f"{name}: no such file")
    fmt = kind_of(p)
    if fmt is None:
        hint = _OTHER.get(p.suffix.lower(), "use .md, .txt, .docx or .pdf")
        raise DraftError(f"{name}: cannot read this kind of file: {hint}")
    try:
        size = p.stat().st_size
        if size == 0:
            raise DraftError(f"{name}: the file is empty")
        if fmt == "docx":
            return _read_docx(p, name, size)
        if fmt == "pdf":
            if size > MAX_PDF:
                raise DraftError(f"{name}: too large for a draft ({size // 1_000_000} MB)")
            from mou_cli.readers.pdf import read_pdf

            return read_pdf(p, name)
        if size > MAX_TEXT:
            raise DraftError(f"{name}: too large for a draft ({size // 1_000_000} MB)")
        data = p.read_bytes()
    except OSError as exc:
        raise DraftError(f"{name}: cannot read: {exc.strerror or exc}") from None
    text = decode(data, name)
    lines = text.count("\n") + text.count("\r") - text.count("\r\n")
    if lines > MAX_LINES:
        raise DraftError(f"{name}: too long for a draft ({lines:,} lines, over {MAX_LINES:,})")
    if fmt == "md":
        from mou_cli.readers.markdown import read_text as read_md

        return read_md(text, name)
    from mou_cli.readers.text import read_text as read_txt

    return read_txt(text, name)


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; binary refused."""
    if data.startswith(b"%PDF"):
        raise DraftError(f"{name}: this is a PDF, not text; name it .pdf to read it as a PDF")
    if data[:4] == b"PK\x03\x04" or data[:8] == _OLE:
        raise DraftError(f"{name}: this is a Word or zip file, not text; name it .docx")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DraftError(f"{name}: not readable as UTF-16 text") from None
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) // 20:
        raise DraftError(f"{name}: a binary file, not a text draft")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_docx(p: Path, name: str, size: int) -> Draft:
    if size > MAX_DOCX:
        raise DraftError(f"{name}: too large for a draft ({size // 1_000_000} MB)")
    with p.open("rb") as fh:
        head = fh.read(8)
        if head == _OLE:
            fh.seek(0)
            blob = fh.read(min(size, 4_000_000))
            if "EncryptedPackage".encode("utf-16-le") in blob:
                raise DraftError(
                    f"{name}: the document is password-protected; save an unprotected copy"
                )
            raise DraftError(
                f"{name}: this is an old Word (.doc) file named .docx; save it as .docx in Word"
            )
        if not zipfile.is_zipfile(fh):
            raise DraftError(f"{name}: not a Word document (.docx files are zip archives)")
        from mou_cli.readers.docx import read_docx
        from mou_cli.readers.docx_package import MAX_DIRECTORY, directory_size

        if directory_size(fh, size) > MAX_DIRECTORY:  # zipfile would read it all to open it
            raise DraftError(f"{name}: the zip directory is too large for a Word document")
        return read_docx(fh, name, MAX_UNPACKED)
