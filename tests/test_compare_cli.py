"""`mou compare` on the command line: exit codes, the JSON and SARIF formats, bilingual
columns, embedded answers, what came back in a DOCX, bad input, and the redline it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
from test_compare_classes import EN, ID
from typer.testing import CliRunner

from mou_cli.cli import app

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SCHEMA = json.loads(
    (Path(__file__).parents[1] / "src/mou_cli/compare/schema.json").read_text(encoding="utf-8")
)
SARIF = json.loads(
    (Path(__file__).parent / "data/sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8")
)
EXAMPLES = Path(__file__).parents[1] / "examples"


def mou(*args: str | Path) -> tuple[int, str, str]:
    """`mou` run in this process: exit code, standard output, standard error."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def mou_process(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mou_cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def docx_draft(path: Path, paragraphs: list[str]) -> Path:
    """A hand-written Word draft: a title, then headings and paragraphs as given."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("PERJANJIAN KERJA SAMA", style="Title")
    for text in paragraphs:
        if text.startswith("Pasal "):
            doc.add_paragraph(text, style="Heading 1")
        else:
            doc.add_paragraph(text)
    doc.save(str(path))
    return path


BODY = [
    "Pada hari ini, tanggal 3 Maret 2025, PT Alfa Nusantara (PIHAK PERTAMA) dan PT Beta "
    "Mandiri (PIHAK KEDUA) sepakat sebagai berikut.",
    "Pasal 1 Harga",
    "PIHAK KEDUA wajib membayar Rp100.000.000,00 dalam 30 (tiga puluh) hari kalender.",
    "Pasal 2 Jangka Waktu",
    "Perjanjian ini berlaku selama 2 (dua) tahun sejak ditandatangani.",
    "Pasal 3 Penyelesaian Sengketa",
    "Sengketa diselesaikan melalui Pengadilan Negeri Jakarta Selatan.",
]


def returned_copy(path: Path) -> Path:
    """The other side's copy of BODY: the amount changed with tracking on (and a comment),
    the court changed with tracking off."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    doc.add_paragraph("PERJANJIAN KERJA SAMA", style="Title")
    for text in BODY:
        if text.startswith("Pasal "):
            doc.add_paragraph(text, style="Heading 1")
            continue
        if "Rp100" in text:
            p = doc.add_paragraph("PIHAK KEDUA wajib membayar ")
            p._p.append(parse_xml(
                f'<w:del xmlns:w="{W_NS}" w:id="11" w:author="Siti Rahma" '
                'w:date="2025-03-10T09:00:00Z"><w:r><w:delText>Rp100.000.000,00</w:delText>'
                "</w:r></w:del>"
            ))  # fmt: skip
            p._p.append(parse_xml(
                f'<w:ins xmlns:w="{W_NS}" w:id="12" w:author="Siti Rahma" '
                'w:date="2025-03-10T09:00:00Z"><w:r><w:t>Rp90.000.000,00</w:t></w:r></w:ins>'
            ))  # fmt: skip
            tail = p.add_run(" dalam 30 (tiga puluh) hari kalender.")
            doc.add_comment(tail, text="Anggaran kami hanya 90 juta.", author="Siti Rahma",
                            initials="SR")  # fmt: skip
            continue
        doc.add_paragraph(text.replace("Jakarta Selatan", "Surabaya"))
    doc.save(str(path))
    return path


def test_exit_codes_like_diff(tmp_path: Path) -> None:
    old = write(tmp_path / "a.md", ID)
    same = write(tmp_path / "b.md", ID)
    cosmetic = write(
        tmp_path / "c.md", ID.replace("hari kalender setelah", "hari kalender, setelah")
    )
    changed = write(tmp_path / "d.md", ID.replace("wajib membayar", "dapat membayar"))
    assert mou("compare", old, same)[0] == 0
    code, out, _ = mou("compare", old, cosmetic)
    assert code == 0 and "kosmetik" in out and "tanda baca" in out
    assert mou("compare", old, cosmetic, "--strict")[0] == 1
    code, out, _ = mou("compare", old, changed, "--lang", "en")
    assert code == 1
    assert "obligation word changed: wajib -> dapat" in out
    assert "[-wajib-]{+dapat+}" in out
    assert "Pasal 2  Harga" in out  # grouped under its article


def test_json_follows_its_schema(tmp_path: Path) -> None:
    old = write(tmp_path / "a.md", ID)
    new = write(tmp_path / "b.md", ID.replace("Rp100.000.000,00", "Rp125.000.000,00")
                .replace("hari kalender setelah", "hari kalender, setelah"))  # fmt: skip
    code, out, _ = mou("compare", old, new, "--format", "json", "--lang", "en")
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    assert code == doc["summary"]["exit_code"] == 1
    assert doc["summary"]["substantive"] == 1
    [section] = doc["sections"]
    assert section["new"]["label"] == "Pasal 2" and section["status"] == "changed"
    [change] = section["changes"]
    assert change["class"] == "substantive" and change["new"]["line"] == 14
    amount = next(r for r in change["reasons"] if r["code"] == "amount")
    assert (amount["old"], amount["new"]) == ("Rp100.000.000,00", "Rp125.000.000,00")
    # the word diff rebuilds both texts
    assert (
        "".join(p["text"] for p in change["diff"] if p["op"] != "insert") == change["old"]["text"]
    )
    assert (
        "".join(p["text"] for p in change["diff"] if p["op"] != "delete") == change["new"]["text"]
    )


def test_sarif_has_logical_locations_for_word_and_lines_for_markdown(tmp_path: Path) -> None:
    old = docx_draft(tmp_path / "a.docx", BODY)
    new = docx_draft(
        tmp_path / "b.docx", [t.replace("30 (tiga puluh)", "45 (empat puluh lima)") for t in BODY]
    )
    code, out, _ = mou("compare", old, new, "--format", "sarif")
    doc = json.loads(out)
    jsonschema.validate(doc, SARIF)
    [result] = doc["runs"][0]["results"]
    assert code == 1 and result["ruleId"] == "MOU-D001" and result["level"] == "warning"
    location = result["locations"][0]
    assert "region" not in location["physicalLocation"]  # never a paragraph posing as a line
    assert [x["kind"] for x in location["logicalLocations"]] == ["section", "paragraph"]
    assert location["logicalLocations"][0]["name"] == "Pasal 1"
    md_old, md_new = write(tmp_path / "a.md", ID), write(tmp_path / "b.md", ID.replace("2%", "3%"))
    doc = json.loads(mou("compare", md_old, md_new, "-f", "sarif")[1])
    jsonschema.validate(doc, SARIF)
    [result] = doc["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 16}


def test_a_change_in_one_language_column_is_reported(tmp_path: Path) -> None:
    from check_docx_helpers import bilingual_docx

    old = bilingual_docx(tmp_path / "a.docx")
    import docx

    d = docx.Document(str(old))
    cell = next(c for t in d.tables for r in t.rows for c in r.cells if "2 (dua) tahun" in c.text)
    cell.paragraphs[0].runs[0].text = cell.text.replace("2 (dua) tahun", "3 (tiga) tahun")
    new = tmp_path / "b.docx"
    d.save(str(new))
    _, out, _ = mou("compare", old, new, "-f", "json", "--lang", "en")
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    changes = [c for s in doc["sections"] for c in s["changes"]]
    one = [c for c in changes if c["kind"] == "one-language"]
    assert len(one) == 1 and one[0]["lang"] == "id"
    assert "changed in Indonesian only" in one[0]["reasons"][0]["message"]
    # the same change made in both columns is not reported as one-sided
    d = docx.Document(str(new))
    cell = next(c for t in d.tables for r in t.rows for c in r.cells if "two (2) years" in c.text)
    cell.paragraphs[0].runs[0].text = cell.text.replace("two (2) years", "three (3) years")
    both = tmp_path / "c.docx"
    d.save(str(both))
    doc = json.loads(mou("compare", old, both, "-f", "json")[1])
    kinds = [c["kind"] for s in doc["sections"] for c in s["changes"]]
    assert kinds.count("changed") == 2 and "one-language" not in kinds


def test_changed_answers_fields_are_listed(tmp_path: Path) -> None:
    v1 = (EXAMPLES / "technology-id.yaml").read_text(encoding="utf-8")
    assert "notice_days: 60" in v1
    a = write(tmp_path / "v1.yaml", v1)
    b = write(tmp_path / "v2.yaml", v1.replace("notice_days: 60", "notice_days: 90"))
    for name, answers in (("v1", a), ("v2", b)):
        done = mou_process(
            "new", "--answers", answers, "-o", tmp_path / name, "-q", "--format", "docx"
        )
        assert done.returncode == 0, done.stderr
    code, out, _ = mou("compare", tmp_path / "v1.docx", tmp_path / "v2.docx", "-f", "json")
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 1
    assert doc["answers"] == [
        {"path": "termination.notice_days", "change": "changed", "old": 60, "new": 90}
    ]
    number = [r for s in doc["sections"] for c in s["changes"] for r in c["reasons"]
              if r["code"] == "number"]  # fmt: skip
    assert [(r["old"], r["new"]) for r in number] == [("60 hari", "90 hari")]


def test_what_came_back_lists_tracked_changes_comments_and_untracked_edits(tmp_path: Path) -> None:
    sent = docx_draft(tmp_path / "sent.docx", BODY)
    back = returned_copy(tmp_path / "back.docx")
    code, out, _ = mou("compare", sent, back, "-f", "json", "--lang", "en")
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 1
    revisions = doc["revisions"]["new"]
    assert [(r["kind"], r["author"], r["text"]) for r in revisions] == [
        ("delete", "Siti Rahma", "Rp100.000.000,00"),
        ("insert", "Siti Rahma", "Rp90.000.000,00"),
        ("comment", "Siti Rahma", "Anggaran kami hanya 90 juta."),
    ]
    assert all(r["article"] == "Pasal 1" and r["date"].startswith("2025-03-10")
               for r in revisions[:2])  # fmt: skip
    changes = {c["new"]["text"]: c for s in doc["sections"] for c in s["changes"]}
    amount = next(c for t, c in changes.items() if "Rp90" in t)
    court = next(c for t, c in changes.items() if "Surabaya" in t)
    assert amount["tracked"] is True
    assert court["tracked"] is False and court["class"] == "substantive"
    assert doc["summary"]["untracked_edits"] == 1
    code, text, _ = mou("compare", sent, back, "--lang", "en")
    assert "What came back (NEW: 2 tracked changes, 1 comments)" in text
    assert "✱ untracked" in text and "1 untracked edits" in text


@pytest.mark.parametrize("kind", ["corrupt", "encrypted", "missing", "languages", "pdf-scan"])
def test_bad_input_is_one_message_exit_2_and_no_redline(tmp_path: Path, kind: str) -> None:
    good = write(tmp_path / "good.md", ID)
    env = None
    if kind == "corrupt":
        bad = tmp_path / "bad.docx"
        bad.write_bytes(b"PK\x03\x04" + os.urandom(300))
        said = "bad.docx"
    elif kind == "encrypted":  # what Word writes: an OLE compound file holding the package
        bad = tmp_path / "locked.docx"
        bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500
                        + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500)  # fmt: skip
        said = "password-protected"
    elif kind == "missing":
        bad, said = tmp_path / "nowhere.docx", "no such file"
    elif kind == "languages":
        bad, said = write(tmp_path / "english.txt", EN), "is in Indonesian but"
    else:
        bad = tmp_path / "scan.pdf"
        _blank_scan(bad)
        bare = tmp_path / "bin"
        bare.mkdir()
        env = {**os.environ, "PATH": str(bare)}
        said = "tesseract"
    out = tmp_path / "red.docx"
    done = mou_process("compare", good, bad, "--redline", out, env=env)
    assert done.returncode == 2, done.stdout + done.stderr
    assert said in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("error:") == 1 and done.stdout == ""
    assert not [p for p in tmp_path.iterdir() if "red" in p.name or "mou-lock" in p.name]


def _blank_scan(path: Path) -> None:
    """An image-only PDF page with no text layer: what a scanner makes of a blank page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    bitmap = page.render(scale=0.5, grayscale=True)  # the blank page as an image
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
    page.insert_obj(image)
    page.gen_content()
    pdf.save(str(path))


def test_redline_is_written_with_the_author_and_never_over_a_file(tmp_path: Path) -> None:
    old = docx_draft(tmp_path / "a.docx", BODY)
    new = docx_draft(
        tmp_path / "b.docx", [t.replace("Rp100.000.000,00", "Rp110.000.000,00") for t in BODY]
    )
    out = tmp_path / "red.docx"
    code, _, _ = mou("compare", old, new, "--redline", out, "--author", "Tim Legal")
    assert code == 1
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
        comments = (
            z.read("word/comments.xml").decode() if "word/comments.xml" in z.namelist() else ""
        )
    assert 'w:author="Tim Legal"' in body
    assert "<w:del " in body and "<w:ins " in body
    assert "Rp100.000.000,00" in body and "Rp110.000.000,00" in body
    assert "amount changed" in comments or "jumlah uang berubah" in comments
    before = out.read_bytes()
    code, _, err = mou("compare", old, new, "--redline", out)
    assert code == 3 and "already exist" in err and out.read_bytes() == before
    assert mou("compare", old, new, "--redline", out, "--force")[0] == 1
    code, _, err = mou("compare", old, new, "--redline", tmp_path / "red.txt")
    assert code == 2 and ".docx" in err


def test_help_explains_the_classes_the_exit_codes_and_gives_an_example() -> None:
    code, out, _ = mou("compare", "--help")
    flat = " ".join(out.split())
    assert code == 0
    for words in ("substantive", "cosmetic", "moved", "--redline", "--strict", "Exit codes",
                  "mou compare v1.docx v2.docx", "tracked changes and comments"):  # fmt: skip
        assert words in flat, words
