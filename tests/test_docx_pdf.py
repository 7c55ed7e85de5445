"""PDF through LibreOffice, and the `mou new` page options (--paper, --paraf, --with-checklist)."""

from __future__ import annotations

import io
import re

import pytest
from docx_helpers import Read, W, document
from typer.testing import CliRunner

from mou_cli.cli import app
from mou_cli.commands.drafting import parse_formats
from mou_cli.errors import MouError
from mou_cli.writers import docx as writer
from mou_cli.writers import pdf

needs_soffice = pytest.mark.skipif(
    pdf.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed; CI installs libreoffice-writer to run this",
)


@needs_soffice
@pytest.mark.parametrize("name", ["technology-id", "distribution-id-en"])
def test_a_generated_docx_converts_with_libreoffice(name):
    data = pdf.docx_to_pdf(writer.render(document(name), paraf=True))
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 3  # cover, articles, signatures


def test_missing_libreoffice_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(MouError, match="apt-get install libreoffice-writer"):
        pdf.docx_to_pdf(b"PK")


def test_a_failing_conversion_is_a_clear_error(monkeypatch, tmp_path):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(fake))
    with pytest.raises(MouError, match=r"could not convert.*source file could not be loaded"):
        pdf.docx_to_pdf(b"not a docx")


def test_a_hanging_libreoffice_times_out(monkeypatch, tmp_path):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 5\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(fake))
    with pytest.raises(MouError, match="did not finish"):
        pdf.docx_to_pdf(b"PK", timeout=0.5)


def test_pdf_is_a_format():
    assert parse_formats("md,docx,pdf") == ["md", "docx", "pdf"]


def test_new_with_page_options(tmp_path):
    import docx

    result = CliRunner().invoke(
        app,
        [
            "new",
            "--example",
            "technology-id",
            "--out",
            str(tmp_path),
            "--format",
            "docx",
            "--paper",
            "Letter",
            "--paraf",
            "--with-checklist",
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*.docx")
    r = Read(path.read_bytes())
    assert r.docx.sections[0].page_width.twips == 12240
    assert len(r.docx.sections) == 3  # the cover, the agreement, then the checklist annex
    assert r.styled("AnnexHeading")
    footers = [f for f in r.parts("word/footer") if f.find(f".//{W}tbl") is not None]
    assert footers, "paraf boxes in the footer"
    assert docx.Document(io.BytesIO(path.read_bytes())).core_properties.title


def test_new_refuses_an_unknown_paper(tmp_path):
    result = CliRunner().invoke(
        app, ["new", "--example", "technology-id", "--out", str(tmp_path), "--paper", "A3"]
    )
    assert result.exit_code != 0
    assert not list(tmp_path.iterdir())


def test_docx_and_pdf_render_the_docx_once(monkeypatch, tmp_path):
    """``--format docx,pdf``: the PDF is converted from the very DOCX bytes that are written."""
    renders = []
    real_render = writer.render

    def counting_render(*args, **kwargs):
        renders.append(1)
        return real_render(*args, **kwargs)

    converted = []

    def fake_pdf(docx: bytes, **_: object) -> bytes:  # LibreOffice may be missing: faked
        converted.append(docx)
        return b"%PDF-1.7 fake"

    monkeypatch.setattr(writer, "render", counting_render)
    monkeypatch.setattr(pdf, "docx_to_pdf", fake_pdf)
    for formats, files in (("docx,pdf", ["docx", "pdf"]), ("pdf", ["pdf"])):
        out = tmp_path / formats.replace(",", "-")
        renders.clear()
        converted.clear()
        args = ["new", "--example", "technology-id", "--out", str(out), "--format", formats, "-q"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        written = {
            p.suffix[1:]: p.read_bytes() for p in out.iterdir() if ".checklist" not in p.name
        }
        assert sorted(written) == files
        assert len(renders) == 1
        assert written["pdf"] == b"%PDF-1.7 fake"
        (docx,) = converted
        assert docx[:2] == b"PK"
        if "docx" in written:
            assert docx == written["docx"]
