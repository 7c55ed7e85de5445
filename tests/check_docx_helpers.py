"""Build small DOCX drafts for the `mou check` reader tests (python-docx plus raw WordML)."""

from __future__ import annotations

from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_doc():
    import docx

    return docx.Document()


def add_numbered_list(doc, lvl_texts: list[tuple[str, str]], num_id: int = 90) -> str:
    """Add a list definition (levels: (numFmt, lvlText)) to the numbering part; its numId."""
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(lvl_texts)
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{num_id}">{levels}</w:abstractNum>'
    )
    num = parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
    )
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return str(num_id)


def number(paragraph, num_id: str, ilvl: int = 0) -> None:
    """Attach Word numbering to a paragraph."""
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def insert_tracked(paragraph, text: str, deleted: str = "") -> None:
    """Append a tracked insertion (and optionally a tracked deletion) to a paragraph."""
    from docx.oxml import parse_xml

    ins = parse_xml(
        f'<w:ins xmlns:w="{W_NS}" w:id="101" w:author="Reviewer" w:date="2026-01-05T10:00:00Z">'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
    )
    paragraph._p.append(ins)
    if deleted:
        d = parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="102" w:author="Reviewer" '
            f'w:date="2026-01-05T10:00:00Z"><w:r><w:delText xml:space="preserve">{deleted}'
            "</w:delText></w:r></w:del>"
        )
        paragraph._p.append(d)


def bilingual_docx(path: Path) -> Path:
    """A side-by-side Indonesian | English draft in a table, with a signature table."""
    doc = new_doc()
    doc.add_paragraph("NOTA KESEPAHAMAN / MEMORANDUM OF UNDERSTANDING", style="Title")
    t = doc.add_table(rows=0, cols=2)
    rows = [
        (
            "PT Maju Bersama dan Yayasan Cerdas Desa, yang selanjutnya disebut PARA PIHAK, "
            "sepakat untuk bekerja sama dengan ketentuan sebagai berikut:",
            "PT Maju Bersama and Yayasan Cerdas Desa, together the Parties, agree to work "
            "together on the following terms:",
        ),
        ("Pasal 1\nRuang Lingkup", "Article 1\nScope"),
        (
            "Ruang lingkup kerja sama ini adalah pelatihan literasi digital bagi 500 (lima "
            "ratus) guru di desa.",
            "The scope of this cooperation is digital literacy training for five hundred (500) "
            "teachers in villages.",
        ),
        ("Pasal 2\nJangka Waktu", "Article 2\nTerm"),
        (
            "Nota Kesepahaman ini berlaku selama 2 (dua) tahun sejak tanggal ditandatangani.",
            "This Memorandum of Understanding is valid for two (2) years from the date it is "
            "signed.",
        ),
    ]
    for left, right in rows:
        cells = t.add_row().cells
        cells[0].text = left
        cells[1].text = right
    doc.add_paragraph(
        "Demikian Nota Kesepahaman ini dibuat dalam rangkap dua. / This Memorandum is made in "
        "two originals."
    )
    sig = doc.add_table(rows=0, cols=2)
    for a, b in (
        ("PIHAK PERTAMA", "PIHAK KEDUA"),
        ("Untuk dan atas nama PT Maju Bersama", "Untuk dan atas nama Yayasan Cerdas Desa"),
        ("Meterai Rp10.000", ""),
        ("Nama: ____________", "Nama: ____________"),
        ("Jabatan: Direktur", "Jabatan: Ketua"),
    ):
        cells = sig.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.save(path)
    return path


def numbered_docx(path: Path) -> Path:
    """Articles numbered by Word ("Pasal %1" on Heading 1), paragraphs "(%1)", items "%1."."""
    doc = new_doc()
    doc.add_paragraph("PERJANJIAN KERJA SAMA", style="Title")
    pasal = add_numbered_list(doc, [("decimal", "Pasal %1")], num_id=91)
    ayat = add_numbered_list(doc, [("decimal", "(%1)"), ("lowerLetter", "%2.")], num_id=92)
    for title, paras in (
        ("Maksud dan Tujuan", ["Para pihak sepakat untuk bekerja sama.", "Tujuannya jelas."]),
        ("Kerahasiaan", ["Informasi rahasia dijaga para pihak.", "Kewajiban ini berlaku."]),
        ("Jangka Waktu", ["Berlaku selama 1 (satu) tahun."]),
    ):
        h = doc.add_paragraph(title, style="Heading 1")
        number(h, pasal)
        for text in paras:
            p = doc.add_paragraph(text)
            number(p, ayat, 0)
    item = doc.add_paragraph("rincian pertama;")
    number(item, ayat, 1)
    doc.save(path)
    return path


def review_docx(path: Path) -> Path:
    """Tracked changes, comments, a header and footer, and suppressions (hidden and comment)."""
    doc = new_doc()
    doc.sections[0].header.paragraphs[0].text = "RANCANGAN - TIDAK UNTUK DITANDATANGANI"
    doc.sections[0].footer.paragraphs[0].text = "Halaman 1"
    doc.add_paragraph("Pasal 1", style="Heading 1")
    doc.add_paragraph("Ketentuan Umum", style="Heading 2")
    p = doc.add_paragraph("Para pihak sepakat untuk bekerja sama ")
    insert_tracked(p, "dengan itikad baik", deleted="secepatnya")
    doc.add_paragraph("Pasal 2", style="Heading 1")
    c = doc.add_paragraph("Jangka waktu kerja sama ini adalah TBD tahun.")
    doc.add_comment(c.runs, text="Mohon isi jangka waktunya.", author="Legal")
    hidden = doc.add_paragraph()
    run = hidden.add_run("mou: disable=MOU-U001")
    run.font.hidden = True
    doc.add_paragraph("Biaya ditanggung XXX.")
    s = doc.add_paragraph("Nilai kontrak [●] rupiah.")
    doc.add_comment(s.runs, text="mou: disable=MOU-U002", author="Legal")
    doc.save(path)
    return path
