"""The empty document every DOCX draft starts from: ``templates/base.docx``.

python-docx's own starting document carries 196 styles (800 KB of XML with its Word 2010
copy), a thumbnail of an empty page, a sample bibliography part and list definitions for
styles we never use. Reading and compressing all that was a tenth of a draft's time, and
the thumbnail showed a blank page in file browsers. ``base.docx`` is that document with only
what a draft uses: the default styles (Normal, Default Paragraph Font, Table Normal, No
List), Header and Footer with their character styles, the theme and font table, and empty
numbering. Every other style is created by :mod:`docx_styles`.

To rebuild it (after a python-docx upgrade, say)::

    python -m mou_cli.writers.docx_base templates/base.docx

tests/test_docx_base.py checks that every style, list and relationship a draft refers to
exists, whatever this file holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mou_cli.writers.docx_package import package_bytes
from mou_cli.writers.docx_xml import Element, w

NAME = "base.docx"
# Built-in styles the writer uses by id; their basedOn/next/link styles are kept too.
KEEP_STYLES = ("Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Header", "Footer")
# Parts of python-docx's template a draft does not need (relationship types, last segment).
DROP_RELS = ("thumbnail", "stylesWithEffects", "webSettings", "customXml")


def path() -> Path:
    """Where the bundled ``base.docx`` is."""
    from mou_cli.resources import data_dir

    return data_dir("templates") / NAME


def make() -> bytes:
    """``base.docx`` built from python-docx's starting document."""
    from docx import Document

    d = Document()
    package = d.part.package
    for rels in (package.rels, d.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in DROP_RELS:
                del rels[rid]
    _slim_styles(d.styles.element)
    numbering = d.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    return package_bytes(d)


def _slim_styles(root: Element) -> None:
    styles = {s.get(w("styleId")): s for s in root.findall(w("style"))}
    keep = {k for k, s in styles.items() if s.get(w("default")) == "1"} | set(KEEP_STYLES)
    todo = list(keep)
    while todo:
        style = styles.get(todo.pop())
        if style is None:
            continue
        for tag in ("basedOn", "next", "link"):
            ref = style.find(w(tag))
            if ref is not None and ref.get(w("val")) not in keep:
                keep.add(ref.get(w("val")))
                todo.append(ref.get(w("val")))
    for ident, style in styles.items():
        if ident not in keep:
            root.remove(style)
    for latent in root.findall(w("latentStyles")):  # Word's defaults apply without it
        root.remove(latent)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("templates") / NAME
    target.write_bytes(make())
    print(f"wrote {target}")
