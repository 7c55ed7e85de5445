"""The signature page, read back from the DOCX and the Markdown: a table row per element so the
columns line up, and each signatory's title in the document's languages."""

from __future__ import annotations

import pytest
from docx_helpers import Read, W, answers_for, document, rendered, signature_rows

from mou_cli.writers import docx as writer
from mou_cli.writers import markdown

ID, EN, BI = "technology-id", "joint_venture-en", "distribution-id-en"
SIGNING = ["SignatureParty", "SignatureText", "SignaturePartyName"]
SIGNED = ["SignatureName", "SignatureTitle"]
STAMPED = [*SIGNING, "SignatureText+StampTable+SectionStart", *SIGNED]
UNSTAMPED = [*SIGNING, "SignatureSpace", *SIGNED]


def _cell(tc) -> str:
    """What a cell holds, in order: paragraph styles, and StampTable for a table in it."""
    out = []
    for child in tc:
        if child.tag == f"{W}p":
            out.append(Read.style(child) or "")
        elif child.tag == f"{W}tbl":
            out.append("StampTable")
    return "+".join(out)


def _rows(r: Read) -> list[list]:
    (table,) = r.tables("SignatureTable")
    return [tr.findall(f"{W}tc") for tr in table.findall(f"{W}tr")]


def _with_party(example: str, i: int, **changes) -> dict:
    """The example's answers data with party ``i`` changed."""
    a = answers_for(example)
    parties = [p.model_dump(by_alias=True, exclude_unset=True) for p in a.parties]
    parties[i] = {**parties[i], **changes}
    return {"parties": parties}


# -- layout -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "layout"), [(ID, STAMPED), (EN, UNSTAMPED)])
def test_a_row_per_element_two_parties_side_by_side(name, layout):
    a = answers_for(name)
    rows = _rows(rendered(name))
    assert len(rows) == len(layout) * signature_rows(len(a.parties))
    for n, cells in enumerate(rows):
        # each row holds the same element in every column: label beside label, box beside box
        assert {_cell(tc) for tc in cells} == {layout[n % len(layout)]}
        odd_last = len(a.parties) % 2 and n >= len(rows) - len(layout)
        assert len(cells) == (1 if odd_last else 2)
        if odd_last:  # a last odd party is centred across the table
            assert cells[0].find(f"{W}tcPr/{W}gridSpan").get(f"{W}val") == "2"


@pytest.mark.parametrize("name", [ID, EN, BI])
def test_rows_never_split_and_every_cell_ends_with_a_paragraph(name):
    """A cell ending in a table is invalid OOXML (LibreOffice scrambles the whole table)."""
    (table,) = rendered(name).tables("SignatureTable")
    for tr in table.findall(f"{W}tr"):
        assert tr.find(f"{W}trPr/{W}cantSplit") is not None
        for tc in tr.findall(f"{W}tc"):
            assert tc[-1].tag == f"{W}p"


def test_a_name_that_wraps_keeps_the_stamps_and_names_level():
    """However long one party's name is, both columns' boxes and names share a row."""
    long = "Institut Teknologi dan Bisnis Kesejahteraan Masyarakat Pesisir Sabang sampai Merauke"
    r = Read(writer.render(document(ID, **_with_party(ID, 1, name=long))))
    rows = _rows(r)
    names = [Read.text(p) for tc in rows[2] for p in tc.iter(f"{W}p")]
    assert names == ["PT Lintas Cuaca Digital", long]
    assert [len(tc.findall(f"{W}tbl")) for tc in rows[3]] == [1, 1]
    signers = [Read.text(p) for tc in rows[4] for p in tc.iter(f"{W}p")]
    assert signers == [p.representative.name for p in answers_for(ID).parties]


def test_without_stamp_duty_a_signing_space_and_no_box():
    a = answers_for(ID)
    off = {**a.signatures.model_dump(), "stamp_duty": False}
    r = Read(writer.render(document(ID, signatures=off)))
    assert not r.styled("StampBox") and not r.tables("StampTable")
    assert [{_cell(tc) for tc in cells} for cells in _rows(r)] == [{s} for s in UNSTAMPED]


def test_meterai_box_per_party_and_its_label():
    doc = document(ID)
    r = rendered(ID)
    (table,) = r.tables("SignatureTable")
    boxes = [Read.text(p) for p in r.styled("StampBox", table)]
    label = doc.labels["id"]["e_stamp" if doc.signatures.e_meterai else "stamp"]
    assert boxes == [label] * len(doc.signatures.signatories)
    paper = {**answers_for(ID).signatures.model_dump(), "stamp_duty": True, "e_meterai": False}
    on = Read(writer.render(document(ID, signatures=paper)))
    assert {Read.text(p) for p in on.styled("StampBox")} == {"Meterai Rp10.000"}


def test_signature_styles_keep_the_block_together():
    r = rendered(ID)
    for style in ("SignatureParty", "SignaturePartyName", "SignatureName", "SignatureTitle"):
        assert r.styles[style].paragraph_format.keep_with_next


def test_witnesses_beneath_the_signatures_a_row_per_element():
    a = answers_for(ID)
    sig = {**a.signatures.model_dump(), "witnesses": [
        {"name": "Andi Wijaya", "title": "Manajer Hukum"},
        {"name": "Sri Lestari", "title": "Kepala Kantor Kerja Sama"},
        {"name": "Yusuf Hamdani", "title": "Notaris"},
    ]}  # fmt: skip
    r = Read(writer.render(document(ID, signatures=sig)))
    rows = _rows(r)
    parties = len(STAMPED) * signature_rows(len(a.parties))
    assert len(rows) == parties + 1 + 3 * 2
    assert [Read.text(p) for p in r.styled("WitnessHeading")] == ["Saksi-saksi"]
    witness = [[_cell(tc) for tc in cells] for cells in rows[parties + 1 :]]
    layout = ["SignatureSpace", "SignatureName", "SignatureTitle"]
    assert witness == [[s, s] for s in layout] + [[s] for s in layout]  # two, then one centred
    names = [Read.text(p) for p in r.styled("SignatureName")]
    assert names[-3:] == ["Andi Wijaya", "Sri Lestari", "Yusuf Hamdani"]
    titles = [Read.text(p) for p in r.styled("SignatureTitle")]
    assert titles[-3:] == ["Manajer Hukum", "Kepala Kantor Kerja Sama", "Notaris"]


# -- titles by language -------------------------------------------------------------------------


def test_bilingual_docx_gives_each_title_once_in_both_languages():
    r = rendered(BI)
    (table,) = r.tables("SignatureTable")
    titles = [Read.text(p) for p in r.styled("SignatureTitle", table)]
    # "Direktur Utama" is given; its English is the usual title; a CEO stays a CEO (once);
    # the witness's title is given per language
    assert titles == [
        "Chief Executive Officer",
        "Direktur Utama / President Director",
        "Manajer Penjualan Regional / Regional Sales Manager",
    ]


def test_bilingual_markdown_gives_each_table_its_own_language():
    text = markdown.render(document(BI))
    id_part, en_part = text.split("| Hanbit | Mitra Alsintan |")
    id_table = id_part[id_part.index("| PIHAK PERTAMA | PIHAK KEDUA |") :]
    assert "| Chief Executive Officer | Direktur Utama |" in id_table
    assert "President Director" not in id_table and "Regional Sales Manager" not in id_table
    assert "Lee Min-jae, Manajer Penjualan Regional" in id_table
    assert "| Chief Executive Officer | President Director |" in en_part
    assert "Direktur" not in en_part and "Manajer" not in en_part
    assert "Lee Min-jae, Regional Sales Manager" in en_part


def test_one_language_draft_shows_only_that_languages_title():
    per_language = {"id": "Direktur Utama", "en": "President Director"}
    rep = {"name": "Rudi Hartono Wibisono", "title": per_language}
    doc = document(ID, **_with_party(ID, 0, representative=rep))
    assert doc.signatures.signatories[0].title == {"id": "Direktur Utama"}
    r = Read(writer.render(doc))
    assert Read.text(r.styled("SignatureTitle")[0]) == "Direktur Utama"
    doc.answers = None  # the Markdown's front matter holds the answers as given
    assert "President Director" not in markdown.render(doc)
    english = document(EN, **_with_party(EN, 0, representative={**rep, "title": "Direktur"}))
    assert english.signatures.signatories[0].title == {"en": "Director"}
    shown = [Read.text(p) for p in Read(writer.render(english)).styled("SignatureTitle")]
    assert shown[0] == "Director"
