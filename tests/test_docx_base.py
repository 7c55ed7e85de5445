"""templates/base.docx, the document every draft starts from, and the package drafts get."""

from __future__ import annotations

import io
import posixpath
import zipfile

import pytest
from docx_helpers import W, document
from lxml import etree

from mou_cli.document.checklist import checklist
from mou_cli.examples import all_examples
from mou_cli.writers import docx as writer
from mou_cli.writers import docx_base

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _parts(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def _style_ids(parts: dict[str, bytes]) -> set[str]:
    root = etree.fromstring(parts["word/styles.xml"])
    return {s.get(f"{W}styleId") for s in root.iter(f"{W}style")}


def test_base_holds_only_what_a_draft_needs():
    parts = _parts(docx_base.path().read_bytes())
    assert "docProps/thumbnail.jpeg" not in parts  # a picture of an empty page
    assert "word/stylesWithEffects.xml" not in parts
    assert not any(n.startswith("customXml/") for n in parts)
    assert _style_ids(parts) == {
        "Normal",
        "DefaultParagraphFont",
        "TableNormal",
        "NoList",
        "Header",
        "HeaderChar",
        "Footer",
        "FooterChar",
    }
    numbering = etree.fromstring(parts["word/numbering.xml"])
    assert len(numbering) == 0


def test_shipped_base_is_what_make_builds():
    """Same parts and styles as a fresh build (bytes may differ with the python-docx version)."""
    shipped, fresh = _parts(docx_base.path().read_bytes()), _parts(docx_base.make())
    assert set(shipped) == set(fresh)
    assert _style_ids(shipped) == _style_ids(fresh)


def _refs(xml: bytes, attr: str) -> set[str]:
    root = etree.fromstring(xml)
    return {el.get(f"{W}val") for el in root.iter(f"{W}{attr}")}


@pytest.mark.parametrize("name", sorted(all_examples()))
def test_every_reference_in_a_draft_resolves(name):
    doc = document(name)
    from docx_helpers import answers_for

    rows = checklist(answers_for(name))
    parts = _parts(writer.render(doc, paraf=True, checklist=rows))
    styles = _style_ids(parts)
    root = etree.fromstring(parts["word/styles.xml"])
    for style in root.iter(f"{W}style"):
        for tag in ("basedOn", "next", "link"):
            ref = style.find(f"{W}{tag}")
            assert ref is None or ref.get(f"{W}val") in styles, (style.get(f"{W}styleId"), tag)
    numbering = etree.fromstring(parts["word/numbering.xml"])
    nums = {n.get(f"{W}numId") for n in numbering.iter(f"{W}num")}
    abstracts = {a.get(f"{W}abstractNumId") for a in numbering.iter(f"{W}abstractNum")}
    assert _refs(parts["word/numbering.xml"], "abstractNumId") <= abstracts
    for n, xml in parts.items():
        if not (n.startswith("word/") and n.endswith(".xml")):
            continue
        for attr in ("pStyle", "rStyle", "tblStyle"):
            assert _refs(xml, attr) <= styles, (n, attr, _refs(xml, attr) - styles)
        if n != "word/numbering.xml":
            assert _refs(xml, "numId") <= nums | {"0"}, n
    # every relationship points at a part in the package, and every part has a content type
    types = etree.fromstring(parts["[Content_Types].xml"])
    defaults = {d.get("Extension").lower() for d in types.iter(f"{_CT}Default")}
    overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{_CT}Override")}
    for n in parts:
        if n != "[Content_Types].xml":
            assert n in overrides or n.rsplit(".", 1)[-1].lower() in defaults, n
    for n, xml in parts.items():
        if not n.endswith(".rels"):
            continue
        base = posixpath.dirname(posixpath.dirname(n))
        for rel in etree.fromstring(xml).iter(f"{_RELS}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(base, rel.get("Target"))).lstrip("/")
            assert target in parts, (n, rel.get("Target"))


def test_answers_part_is_written_once_with_fixed_times():
    data = writer.render(document("technology-id"))
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    assert len(names) == len(set(names))
    assert [n for n in names if n.startswith("customXml/")] == [
        "customXml/item1.xml",
        "customXml/_rels/item1.xml.rels",
        "customXml/itemProps1.xml",
    ]
    assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
