"""Text of scanned pages through tesseract: Indonesian and English together when installed.

Pages arrive as grayscale bitmaps (rendered by ``readers.pdf``); each is written as a PGM file
to a private temporary folder and read by the ``tesseract`` command. Without tesseract the
reader stops with one message that says what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from mou_cli.errors import DraftError

INSTALL_HINT = (
    "install tesseract with Indonesian and English, e.g. "
    "`sudo apt-get install tesseract-ocr tesseract-ocr-ind` (Debian/Ubuntu) or "
    "`brew install tesseract tesseract-lang` (macOS)"
)
PAGE_TIMEOUT = 180  # seconds for one page


@cache
def tesseract() -> str | None:
    """The tesseract command, or None."""
    return shutil.which("tesseract")


@cache
def languages() -> str:
    """``ind+eng`` when both language packs are installed, else what there is."""
    exe = tesseract()
    if exe is None:
        return "eng"
    try:
        done = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "eng"
    have = {line.strip() for line in done.stdout.splitlines()[1:]}
    wanted = [lang for lang in ("ind", "eng") if lang in have]
    return "+".join(wanted) or "eng"


def require(name: str, exe: str | None = None) -> str:
    """The tesseract command (``exe`` when the caller looked for it: ``""`` if it found none;
    looked up here when None), or a ``DraftError`` saying how to install it."""
    if exe is None:
        exe = tesseract()
    if not exe:
        raise DraftError(
            f"{name}: this PDF is a scan with no text layer; to read it, {INSTALL_HINT}"
        )
    return exe


def pgm(width: int, height: int, pixels: bytes) -> bytes:
    """A binary PGM image (8-bit grayscale, rows without padding)."""
    return b"P5\n%d %d\n255\n" % (width, height) + pixels


def read_pages(
    name: str,
    images: Iterable[tuple[int, int, bytes]],
    count: int,
    progress: Callable[[int, int], None] | None = None,
    exe: str | None = None,
) -> list[str]:
    """The text of each page image ``(width, height, grayscale bytes)``, in order; ``exe``:
    as :func:`require` takes it."""
    exe = require(name, exe)
    langs = languages()
    texts: list[str] = []
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one page at a time; no thread storm
    with tempfile.TemporaryDirectory(prefix="mou-ocr-") as tmp:
        image = Path(tmp) / "page.pgm"
        for n, (width, height, pixels) in enumerate(images, start=1):
            image.write_bytes(pgm(width, height, pixels))
            try:
                done = subprocess.run(
                    [exe, str(image), "stdout", "-l", langs, "--psm", "3"],
                    capture_output=True,
                    timeout=PAGE_TIMEOUT,
                    check=False,
                    env=env,
                )
            except subprocess.TimeoutExpired:
                raise DraftError(f"{name}: page {n}: text recognition took too long") from None
            except OSError as exc:
                raise DraftError(f"{name}: cannot run tesseract: {exc}") from None
            if done.returncode != 0:
                why = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"]
                raise DraftError(f"{name}: page {n}: tesseract failed: {why[0]}")
            texts.append(done.stdout.decode("utf-8", "replace"))
            if progress is not None:
                progress(n, count)
    return texts


def terminal_progress(name: str) -> Callable[[int, int], None] | None:
    """A progress line on stderr when it is a terminal (never in CI), else None."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        sys.stderr.write(f"\rreading {Path(name).name}: page {done} of {total} (OCR){end}")
        sys.stderr.flush()

    return show
