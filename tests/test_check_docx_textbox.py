"""A text box saved with mc:AlternateContent is read once (its mc:Choice), not twice."""

from __future__ import annotations

from pathlib import Path

from check_docx_helpers import W_NS, new_doc

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"


def _box(text: str) -> str:
    """A run holding a text box, as Word saves it: DrawingML in Choice, VML in Fallback."""
    inner = f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    return (
        f'<w:r xmlns:w="{W_NS}" xmlns:mc="{MC}" xmlns:wps="{WPS}" xmlns:v="{V}">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}"
        f"</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r>"
    )


def test_text_box_read_once(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    from mou_cli.readers import read

    doc = new_doc()
    doc.add_paragraph("MEMORANDUM OF UNDERSTANDING")
    p = doc.add_paragraph()
    p._p.append(parse_xml(_box("2. Purpose")))
    doc.add_paragraph("The Parties will run a hackathon together.")
    path = tmp_path / "box.docx"
    doc.save(str(path))
    texts = [c.text for c in read(path).chunks]
    assert any(t.strip() == "2. Purpose" for t in texts), texts
    assert not any("Purpose2. Purpose" in t or t.count("Purpose") > 1 for t in texts), texts


def test_text_box_heading_is_its_own_paragraph_before_the_text_beside_it(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    from mou_cli.readers import read

    doc = new_doc()
    doc.add_paragraph("MEMORANDUM OF UNDERSTANDING")
    host = doc.add_paragraph()
    host._p.append(parse_xml(_box("1. Description")))
    host.add_run("This is an agreement between the two teams.")
    doc.add_paragraph("2. Purpose")
    doc.add_paragraph("The Parties will run a hackathon together.")
    path = tmp_path / "box.docx"
    doc.save(str(path))
    draft = read(path)
    texts = [c.text.strip() for c in draft.chunks]
    assert "1. Description" in texts, texts
    assert "This is an agreement between the two teams." in texts, texts
    assert texts.index("1. Description") < texts.index(
        "This is an agreement between the two teams."
    )
