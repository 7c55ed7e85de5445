"""The DOCX package around the body: the embedded answers part, and the bytes of the whole.

Both :mod:`mou_cli.writers.docx` (every draft) and :mod:`mou_cli.writers.docx_base` (rebuilding
``base.docx``) write packages with :func:`package_bytes`; the same input gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from mou_cli.document.embedded import answers_part_xml, is_answers_part


def add_answers(d: Any, answers_yaml: str, check: str | None = None) -> None:
    """Relate the custom XML part holding the answers (and its properties) to the body of the
    python-docx document ``d``, replacing answers embedded earlier. ``check``: the text of its
    ``<check>`` element (:func:`mou_cli.document.embedded.check_json`), None for none."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    rels = d.part.rels
    for rid, rel in list(rels.items()):
        ours = rel.reltype == RT.CUSTOM_XML and not rel.is_external
        if ours and is_answers_part(rel.target_part.blob):
            del rels[rid]  # unreachable now, so not written
    item_xml, props_xml = answers_part_xml(answers_yaml, check)
    package = d.part.package
    taken = {str(p.partname) for p in package.iter_parts()}
    k = 1
    while f"/customXml/item{k}.xml" in taken or f"/customXml/itemProps{k}.xml" in taken:
        k += 1
    item = Part(PackURI(f"/customXml/item{k}.xml"), CT.XML, item_xml, package)
    props = Part(
        PackURI(f"/customXml/itemProps{k}.xml"), CT.OFC_CUSTOM_XML_PROPERTIES, props_xml, package
    )
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    d.part.relate_to(item, RT.CUSTOM_XML)


class _FixedTimeZip:
    """python-docx's zip writer interface, with one fixed time on every entry.

    python-docx's own ``save`` stamps entries with the clock, so two runs would differ; its
    package writer's steps are reused with this in its place, writing the package once.
    """

    def __init__(self, z: zipfile.ZipFile) -> None:
        self.z = z

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self.z.writestr(info, blob)


def package_bytes(d: Any) -> bytes:
    """The python-docx document ``d`` as DOCX bytes."""
    from docx.opc.pkgwriter import PackageWriter

    writer: Any = PackageWriter  # its steps, with the zip writer below in place of its own
    package = d.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        out = _FixedTimeZip(z)
        writer._write_content_types_stream(out, parts)
        writer._write_pkg_rels(out, package.rels)
        writer._write_parts(out, parts)
    return buf.getvalue()


# The shown value of the footer's SECTIONPAGES field, as docx_xml.field writes it.
_TOTAL = re.compile(
    rb"(SECTIONPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    rb"<w:r><w:t>)(\d+)(</w:t>)"
)


def page_total(docx: bytes) -> int | None:
    """The page total the footers of a drafted DOCX show until Word lays it out."""
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        for name in z.namelist():
            if name.startswith("word/footer"):
                m = _TOTAL.search(z.read(name))
                if m:
                    return int(m.group(2))
    return None


def with_page_total(docx: bytes, total: int) -> bytes:
    """``docx`` with its footers showing ``total`` as the page total; every other byte of
    every part kept, and the entries in their order and with their times."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename.startswith("word/footer"):
                blob = _TOTAL.sub(lambda m: m.group(1) + str(total).encode() + m.group(3), blob)
            out.writestr(info, blob)
    return buf.getvalue()
