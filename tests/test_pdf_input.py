"""`mou check` on PDF: the text layer, scans through tesseract, and the page layout removed.

The PDFs are made here: a generated draft converted by LibreOffice (the text layer), and the
same pages rendered to pictures and put back into an image-only PDF (a scan). CI installs
LibreOffice and tesseract (``.ci/run``); on a machine without them the end-to-end tests skip,
but never in CI, where a missing tool is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx_helpers import document

from mou_cli.errors import DraftError
from mou_cli.readers import ocr, read
from mou_cli.readers.pdf import layout_free_lines
from mou_cli.writers import docx as writer
from mou_cli.writers import pdf as pdf_writer


def _need(tool: str | None, what: str) -> None:
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing in CI (.ci/run installs it)")
        pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def text_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _need(pdf_writer.find_soffice(), "LibreOffice")
    out = tmp_path_factory.mktemp("pdf") / "technology-id.pdf"
    out.write_bytes(pdf_writer.docx_to_pdf(writer.render(document("technology-id"))))
    return out


def _scan_of(source: Path, target: Path, pages: range) -> Path:
    """An image-only PDF of some pages of ``source``: what a scanner makes."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    for i in pages:
        page = src[i]
        width, height = page.get_size()
        image = pdfium.PdfImage.new(out)
        image.set_bitmap(page.render(scale=200 / 72, grayscale=True))
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        new = out.new_page(width, height)
        new.insert_obj(image)
        new.gen_content()
    out.save(str(target))
    return target


def _check_json(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, dict]:
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", "check", "--format", "json", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert done.returncode in (0, 1, 2), done.stderr
    return done.returncode, json.loads(done.stdout)


def test_a_text_pdf_is_read_with_its_articles_and_pages(text_pdf: Path) -> None:
    draft = read(text_pdf)
    assert draft.source_format == "pdf"
    assert draft.langs == ("id",)
    numbers = [a.number for a in draft.articles]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 20
    assert all(c.loc.line is None and c.loc.page for c in draft.chunks)
    texts = "\n".join(c.text for c in draft.chunks)
    assert "Halaman" not in texts  # the running footer is gone
    # mou's own draft, printed to PDF, has nothing to report at error level
    code, data = _check_json(text_pdf)
    assert data["files"][0]["format"] == "pdf"
    assert [f for f in data["findings"] if f["severity"] == "error"] == []
    assert code == 0


def test_findings_in_a_pdf_name_the_page_never_a_line(text_pdf: Path, tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    # a draft with a gap: keep only the first four pages (no signature block, no disputes...)
    src = pdfium.PdfDocument(str(text_pdf))
    short = pdfium.PdfDocument.new()
    short.import_pages(src, list(range(4)))
    target = tmp_path / "short.pdf"
    short.save(str(target))
    code, data = _check_json(target)
    assert code == 1 and data["findings"]
    located = [f for f in data["findings"] if f["page"] is not None]
    assert all(f["line"] is None and f["para"] is None for f in data["findings"])
    assert all(1 <= f["page"] <= 4 for f in located)


def test_a_scanned_pdf_is_read_through_ocr(text_pdf: Path, tmp_path: Path) -> None:
    _need(ocr.tesseract(), "tesseract")
    scan = _scan_of(text_pdf, tmp_path / "scan.pdf", range(1, 5))  # the opening to Pasal 3
    draft = read(scan)
    assert draft.source_format == "pdf"
    assert [a.number for a in draft.articles][:3] == [1, 2, 3]
    text = " ".join(c.text for c in draft.chunks)
    assert "PIHAK PERTAMA" in text and "Nota Kesepahaman" in text


def test_a_scan_without_tesseract_says_what_to_install(
    text_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = _scan_of(text_pdf, tmp_path / "scan.pdf", range(1, 2))
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    with pytest.raises(DraftError, match=r"apt-get install tesseract-ocr tesseract-ocr-ind"):
        read(scan)
    # and through the CLI, with tesseract out of reach: one message, exit 2
    bare = tmp_path / "bin"
    bare.mkdir()
    env = {**os.environ, "PATH": str(bare)}
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", "check", str(scan)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 2
    assert "tesseract-ocr" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n", "not a readable PDF"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF", "PDF"),
    ],
)
def test_a_broken_pdf_is_one_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data)
    with pytest.raises(DraftError, match=message):
        read(bad)


def test_page_layout_is_removed_from_the_text() -> None:
    pages = [
        "Nota Kesepahaman Nomor 12/2026\nPasal 1\nKetentuan umum yang ber-\nlaku bagi\nHalaman 1 dari 3",
        "Nota Kesepahaman Nomor 12/2026\nPARA PIHAK dalam kerja sama.\nPasal 2\nHalaman 2 dari 3",
        "Nota Kesepahaman Nomor 12/2026\nPasal 3\nPenutup.\n- 3 -",
    ]
    lines, page_of = layout_free_lines(pages)
    assert lines == [
        "Pasal 1",
        "Ketentuan umum yang berlaku bagi",
        "PARA PIHAK dalam kerja sama.",
        "Pasal 2",
        "Pasal 3",
        "Penutup.",
    ]
    assert page_of == [1, 1, 2, 2, 3, 3]


def test_a_line_wrapped_reference_is_not_a_heading() -> None:
    from mou_cli.readers.text import read_text

    text = (
        "Pasal 1\nRuang Lingkup\n(1) Kegiatan dilaksanakan sebagaimana dimaksud dalam\n"
        "Pasal 3.\nPasal 2\nJangka Waktu\n(1) Dua tahun.\nPasal 3\nBiaya\n(1) Ditanggung bersama.\n"
    )
    draft = read_text(text)
    assert [a.number for a in draft.articles] == [1, 2, 3]


def test_ocr_languages_prefer_indonesian_and_english() -> None:
    if shutil.which("tesseract") is None:
        assert ocr.languages() == "eng"
    else:
        assert ocr.languages() in ("ind+eng", "eng", "ind")


def test_a_scan_longer_than_ocr_reads_is_refused_before_any_page_is_read(
    text_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mou_cli.readers import pdf as pdf_reader

    scan = _scan_of(text_pdf, tmp_path / "scan.pdf", range(1, 4))
    monkeypatch.setattr(pdf_reader, "MAX_OCR_PAGES", 2)  # handed to the reading child
    monkeypatch.setattr(ocr, "read_pages", lambda *a, **k: pytest.fail("OCR was started"))
    with pytest.raises(DraftError, match=r"a scan of 3 pages without text.*at most 2 pages"):
        read(scan)
