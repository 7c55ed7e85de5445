"""A DOCX package opened for reading: its parts found as Word finds them, each read within one
byte budget.

Everything is vetted before anything is inflated. The zip directory may be at most
``MAX_DIRECTORY`` bytes (``zipfile`` reads it whole before anyone can count its entries) and hold
at most ``MAX_ENTRIES`` entries, no two with the same name (in any case: which one would a
reader get?), none encrypted, each stored or deflated (the only methods Word writes; bzip2 and
LZMA inflate without a bound in one call). The main document part is the one
``_rels/.rels`` names; part names are matched case-insensitively, as OPC part names are. The
parts the reader reads (the package relationships, the main part, styles, numbering, comments,
headers and footers) are planned up front: their declared sizes must add up to at most the
budget, none may be over ``MAX_XML_PART``, and one over 1 MB may not compress better than
``MAX_RATIO`` to 1. Each part is then inflated with a hard limit whatever the zip directory
claims, and parsed without DTDs (Word never writes one), entities or network access.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from typing import IO

from mou_cli.errors import DraftError
from mou_cli.readers.docx_text import Element, parse

MAX_ENTRIES = 5_000
MAX_DIRECTORY = 4_000_000  # bytes of zip directory: 5,000 entries with long names fit easily
MAX_XML_PART = 20_000_000  # bytes of one part: its tree may take ~35 bytes a byte
MAX_RATIO = 200  # compression ratio above which a part over 1 MB is a zip bomb
MAIN = "word/document.xml"
SHARED = ("word/numbering.xml", "word/styles.xml", "word/comments.xml")
_MARGIN = re.compile(r"word/(header|footer)\d*\.xml")
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_OFFICE_DOCUMENT = "/officeDocument"  # the end of the main part's relationship type
_DTD = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_EOCD, _EOCD64, _LOCATOR64 = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"


def directory_size(fh: IO[bytes], size: int) -> int:
    """The size of the zip directory as its end record (zip64 included) declares it: what
    ``zipfile.ZipFile`` reads and turns into objects when it opens the file. 0 if none found."""
    tail_len = min(size, 22 + 0xFFFF + 20 + 56)  # end record, comment, zip64 locator and record
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        return 0
    declared: int = struct.unpack_from("<I", tail, at + 12)[0]
    locator = at - 20
    if locator >= 56 and tail[locator : locator + 4] == _LOCATOR64:  # zipfile reads it as so
        record = locator - 56
        if tail[record : record + 4] == _EOCD64:
            declared = max(declared, struct.unpack_from("<Q", tail, record + 40)[0])
    return declared


class Package:
    """The parts of an open DOCX zip that the reader reads, vetted and within ``budget`` bytes.

    ``main`` is the main document part's name as it is in the zip; ``margins`` the headers and
    footers. Raise ``DraftError`` naming the file for anything refused."""

    def __init__(self, z: zipfile.ZipFile, name: str, budget: int) -> None:
        self.z = z
        self.name = name
        self.budget = budget
        self.left = budget
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DraftError(f"{name}: too many parts in the archive ({len(infos):,})")
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.flag_bits & 0x1:
                raise DraftError(f"{name}: the archive is encrypted")
            if info.compress_type not in _METHODS:
                raise DraftError(
                    f"{name}: {info.filename} is compressed in a way Word never uses "
                    f"(method {info.compress_type}): refused"
                )
            key = info.filename.lower()
            if key in self._infos:  # which one would a reader get? OPC names are unique
                raise DraftError(f"{name}: a damaged Word document (two parts named {key})")
            self._infos[key] = info
        self.main = self._main_part()
        if self.info("[Content_Types].xml") is None:
            raise DraftError(f"{name}: a zip archive but not a Word document (no content types)")
        self.margins = sorted(
            i.filename for key, i in self._infos.items() if _MARGIN.fullmatch(key)
        )
        self._vet([self.main, *SHARED, *self.margins])

    def info(self, part: str) -> zipfile.ZipInfo | None:
        """The zip entry of ``part`` (a part name, any case, with or without a leading "/")."""
        return self._infos.get(part.lstrip("/").lower())

    def read(self, part: str) -> bytes | None:
        """The bytes of ``part`` (None if there is none), inflated no further than the budget
        left: a zip directory that understates a size is caught while inflating."""
        info = self.info(part)
        if info is None:
            return None
        chunks: list[bytes] = []
        got = 0
        with self.z.open(info) as fh:
            while block := fh.read(min(1 << 20, self.left - got + 1)):
                got += len(block)
                if got > self.left:
                    raise self._over(f"{info.filename} unpacks to more than it says: ")
                chunks.append(block)
        self.left -= got
        return b"".join(chunks)

    def xml(self, part: str) -> Element | None:
        """``part`` read and parsed; None if there is no such part."""
        data = self.read(part)
        return None if data is None else self.parsed(part, data)

    def parsed(self, part: str, data: bytes) -> Element:
        """The bytes ``data`` of ``part`` as a tree; a DTD is refused before parsing."""
        if any(dtd in data for dtd in _DTD):
            raise DraftError(
                f"{self.name}: {part} declares a DTD, which Word never writes: refused"
            )
        return parse(data)

    def _over(self, what: str) -> DraftError:
        return DraftError(
            f"{self.name}: {what}the parts read unpack to more than {_mb(self.budget)}, the "
            "limit for a draft"
        )

    def _vet(self, parts: list[str]) -> None:
        """Refuse before inflating: planned parts over the budget, too large, or bombs."""
        infos = [i for i in map(self.info, parts) if i is not None]  # a part read twice: twice
        total = 0
        for i in infos:
            total += i.file_size
            if i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise DraftError(
                    f"{self.name}: {i.filename} would unpack from {i.compress_size:,} to "
                    f"{i.file_size:,} bytes: refused as a possible zip bomb"
                )
            if i.file_size > MAX_XML_PART:
                raise DraftError(
                    f"{self.name}: {i.filename} unpacks to {_mb(i.file_size)}, over the "
                    f"{_mb(MAX_XML_PART)} limit for one part of a draft"
                )
        if total > self.left:
            raise DraftError(
                f"{self.name}: unpacks to {_mb(total)}, over the {_mb(self.budget)} limit for "
                "a draft"
            )

    def _main_part(self) -> str:
        """The main document part: the target of ``_rels/.rels``'s officeDocument relationship
        (``word/document.xml`` when there is no such relationship), as named in the zip."""
        target = MAIN
        if self.info("_rels/.rels") is not None:
            self._vet(["_rels/.rels"])
            try:
                rels = self.xml("_rels/.rels")
            except DraftError:
                raise
            except Exception:  # not XML (lxml's errors): read the usual part, as before
                rels = None
            for r in rels if rels is not None else ():
                kind, mode = str(r.get("Type", "")), str(r.get("TargetMode", ""))
                named = posixpath.normpath("/" + str(r.get("Target", ""))).lstrip("/")
                if kind.endswith(_OFFICE_DOCUMENT) and mode.lower() != "external" and named:
                    target = named
                    break
        info = self.info(target)
        if info is None:
            raise DraftError(
                f"{self.name}: a zip archive but not a Word document (no main part {target})"
            )
        return info.filename


def _mb(n: int) -> str:
    """``n`` bytes for a message: "50 MB", "2.5 MB", "10,000 bytes"."""
    if n < 1_000_000:
        return f"{n:,} bytes"
    return f"{n / 1_000_000:,.{0 if n >= 10_000_000 else 1}f} MB"
