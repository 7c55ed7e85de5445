"""PDF output: the DOCX converted by LibreOffice, when it is installed.

LibreOffice runs headless with a throwaway user profile (so it neither touches nor waits for
the user's own LibreOffice), inside a temporary folder, with a time limit.
"""

from __future__ import annotations

import os
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
