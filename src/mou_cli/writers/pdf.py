"""PDF output: the DOCX converted by LibreOffice, when it is installed.

LibreOffice runs headless with a throwaway user profile (so it neither touches nor waits for
the user's own LibreOffice), inside a temporary folder, with a time limit.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from mou_cli.errors import MouError

TIMEOUT = 180  # seconds; a first start of LibreOffice can be slow
_CANDIDATES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
INSTALL_HINT = (
    "PDF output needs LibreOffice, which was not found. Install it "
    "(Debian/Ubuntu: sudo apt-get install libreoffice-writer; Fedora: sudo dnf install "
    "libreoffice-writer; macOS: brew install --cask libreoffice; Windows: "
    "https://www.libreoffice.org/download/), or write --format docx and save it as PDF "
    "from Word."
)


def find_soffice() -> str | None:
    """The LibreOffice program (``soffice``), or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in _CANDIDATES if os.path.isfile(c)), None)


def docx_to_pdf(docx: bytes, *, timeout: float = TIMEOUT) -> bytes:
    """The PDF of a DOCX document, converted by LibreOffice."""
    soffice = find_soffice()
    if soffice is None:
        raise MouError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="mou-pdf-") as tmp:
        work = Path(tmp)
        src = work / "draft.docx"
        src.write_bytes(docx)
        profile = (work / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work / "out"),
            str(src),
        ]
        try:
            returncode, said = _run(command, timeout)
        except subprocess.TimeoutExpired:
            raise MouError(
                f"LibreOffice did not finish the PDF within {timeout:.0f} seconds; "
                "try again, or write --format docx and save it as PDF from Word"
            ) from None
        except OSError as exc:
            raise MouError(f"cannot run LibreOffice ({soffice}): {exc.strerror}") from None
        pdf = work / "out" / "draft.pdf"
        if returncode != 0 or not pdf.is_file():
            lines = said.strip().splitlines()
            detail = f": {lines[-1]}" if lines else ""
            raise MouError(f"LibreOffice could not convert the draft to PDF{detail}")
        return pdf.read_bytes()


def paged(docx: bytes, *, timeout: float = TIMEOUT) -> tuple[bytes, bytes]:
    """The DOCX with its "Halaman X dari Y" total made exact, and its PDF.

    LibreOffice cannot count the pages of one section (Word's ``SECTIONPAGES``): it prints
    the value the DOCX holds. So the draft is converted, its numbered pages counted, and, when
    the DOCX guessed another total, converted again with the counted one.
    """
    from mou_cli.writers.docx_package import page_total, with_page_total

    pdf = docx_to_pdf(docx, timeout=timeout)
    shown = page_total(docx)
    counted = None if shown is None else numbered_pages(pdf, shown)
    if counted is None or counted == shown:
        return docx, pdf
    docx = with_page_total(docx, counted)
    return docx, docx_to_pdf(docx, timeout=timeout)


def numbered_pages(pdf: bytes, shown: int) -> int | None:
    """The highest X of the "Halaman X dari ``shown``" / "Page X of ``shown``" footers."""
    import pypdfium2 as pdfium

    footer = re.compile(rf"(?<!\d)(\d+) (?:dari|of) {shown}(?!\d)")
    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return None  # not a PDF PDFium reads: the guessed total stays
    try:
        found = []
        for i in range(len(doc)):
            page = doc[i]
            text = page.get_textpage().get_text_range()
            found += [int(m.group(1)) for m in footer.finditer(text)]
        found = [n for n in found if 0 < n <= len(doc)]
        return max(found) if found else None
    finally:
        doc.close()


def _run(command: list[str], timeout: float) -> tuple[int, str]:
    """Run LibreOffice in its own process group, so a timeout stops all of it."""
    posix = os.name == "posix"
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=posix,
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.communicate()
        raise
    return proc.returncode, out or ""
