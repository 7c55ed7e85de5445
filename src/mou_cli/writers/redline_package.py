"""The DOCX package of a redline: the new version's parts with its main part replaced and, when
there are notes, Word comments added (``comments.xml``, its content type and relationship).

Every part of the new version is copied as it is (styles, numbering, headers and footers,
custom XML), entries in their order, each stamped with one fixed time.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import Any

from lxml import etree

from mou_cli.writers.redline_xml import W_NS, Stamp, W, text_elements

Element = Any

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def parse(data: bytes) -> Element:
    """An XML part as a tree: no entities, no DTD, no network; long texts allowed."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    return etree.fromstring(data, parser)


def to_bytes(root: Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _comments_xml(old: bytes | None, notes: list[tuple[str, str]], stamp: Stamp) -> bytes:
    """The comments part: the comments already there, then ours (``notes``: id, text)."""
    root = parse(old) if old else etree.Element(f"{W}comments", nsmap={"w": W_NS})
    initials = "".join(w[0] for w in stamp.author.split()[:3]).upper() or "M"
    for cid, text in notes:
        c = etree.SubElement(root, f"{W}comment")
        c.set(f"{W}id", cid)
        c.set(f"{W}author", stamp.author)
        c.set(f"{W}date", stamp.date)
        c.set(f"{W}initials", initials)
        for i, line in enumerate(text.split("\n") or [""]):
            p = etree.SubElement(c, f"{W}p")
            if i == 0:
                etree.SubElement(etree.SubElement(p, f"{W}r"), f"{W}annotationRef")
            r = etree.SubElement(p, f"{W}r")
            r.extend(text_elements(line))
    return to_bytes(root)


def _with_comments(
    parts: dict[str, bytes], main: str, notes: list[tuple[str, str]], stamp: Stamp
) -> None:
    """Add the comments ``notes`` to ``parts`` (name -> bytes), relating a new comments part
    to the main part, or adding to the one it has."""
    rels_name = _rels_name(main)
    rels = (
        parse(parts[rels_name])
        if rels_name in parts
        else etree.Element(f"{{{_REL_NS}}}Relationships", nsmap={None: _REL_NS})
    )
    folder = posixpath.dirname(main)
    target = None
    for rel in rels:
        if rel.get("Type") == _COMMENTS_TYPE and rel.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
    if target is None:
        name = "comments.xml"
        k = 1
        while posixpath.join(folder, name) in parts:
            k += 1
            name = f"comments{k}.xml"
        target = posixpath.join(folder, name)
        ids = {rel.get("Id") for rel in rels}
        rid = "rIdMouComments"
        while rid in ids:
            rid += "1"
        rel = etree.SubElement(rels, f"{{{_REL_NS}}}Relationship")
        rel.set("Id", rid)
        rel.set("Type", _COMMENTS_TYPE)
        rel.set("Target", name)
        parts[rels_name] = to_bytes(rels)
    parts[target] = _comments_xml(parts.get(target), notes, stamp)
    types = parse(parts["[Content_Types].xml"])
    partname = "/" + target
    if not any(o.get("PartName", "").lower() == partname.lower() for o in types):
        o = etree.SubElement(types, f"{{{_CT_NS}}}Override")
        o.set("PartName", partname)
        o.set("ContentType", _COMMENTS_CT)
        parts["[Content_Types].xml"] = to_bytes(types)


def build(
    z: zipfile.ZipFile,
    main: str,
    document: Element,
    notes: list[tuple[str, str]],
    stamp: Stamp,
) -> bytes:
    """The redline's bytes: the parts of ``z`` with ``document`` as the main part ``main``,
    and the comments ``notes`` (id, text) when there are any."""
    parts = {info.filename: z.read(info.filename) for info in z.infolist() if not info.is_dir()}
    parts[main] = to_bytes(document)
    if notes:
        _with_comments(parts, main, notes, stamp)
    order = ["[Content_Types].xml"] + [n for n in parts if n != "[Content_Types].xml"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name in order:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, parts[name])
    return buf.getvalue()
