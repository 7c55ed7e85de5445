"""A small, fast WordprocessingML builder for the DOCX writer.

python-docx supplies the package, the parts and their XML parser; the body is built here
straight in lxml (one element per call, no per-paragraph lookups), with elements made by
python-docx's parser so its classes still work on them. Fields (PAGE, NUMPAGES, REF),
bookmarks and schema-ordered property insertion live here too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lxml import etree  # this module is only imported while writing a DOCX

Element = Any  # an lxml element (lxml ships no type information)

NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECL = f'xmlns:w="{NS}"'
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NO_BREAK_HYPHEN = "\u2011"

# Child order of the property elements we touch (ECMA-376 sequences).
_SEQUENCE = {
    "pPr": (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
        "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
        "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    "rPr": (
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
        "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
        "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
    ),
    "sectPr": (
        "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
        "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection "
        "bidi rtlGutter docGrid printerSettings sectPrChange"
    ),
}
_ORDER = {parent: seq.split() for parent, seq in _SEQUENCE.items()}
# Characters XML 1.0 cannot hold (and DEL, as the Markdown writer drops it): dropped. Lone
# surrogates (not Unicode at all) become U+FFFD. Tab and newline stay, as a tab and a line break.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def _substitute(m: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else ""


def clean(text: str) -> str:
    """``text`` as a DOCX can hold it: CR and CRLF become newlines, control characters (other
    than tab and newline) are dropped, a lone surrogate becomes U+FFFD."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_XML.sub(_substitute, text)


@cache
def w(tag: str) -> str:
    """The Clark name of a ``w:`` tag (``w("p")`` -> ``{ns}p``); ``w("")`` is the namespace."""
    return f"{{{NS}}}{tag}" if tag else NS


@cache
def _parser() -> Any:
    from docx.oxml.parser import oxml_parser

    return oxml_parser


def xml(text: str) -> Element:
    """Parse a fragment that declares ``xmlns:w`` (see :data:`DECL`)."""
    return etree.fromstring(text, _parser())


def el(tag: str, parent: Element | None = None, **attrs: str | int) -> Element:
    """A new ``w:`` element with ``w:`` attributes, appended to ``parent`` when given."""
    attrib = {w(k): str(v) for k, v in attrs.items()}
    if parent is not None:
        return etree.SubElement(parent, w(tag), attrib)
    return _parser().makeelement(w(tag), attrib, nsmap={"w": NS})


def put(parent: Element, child: Element) -> None:
    """Insert ``child`` into a property element in schema order, replacing one with its tag."""
    local = child.tag.rsplit("}", 1)[1]
    order = _ORDER[parent.tag.rsplit("}", 1)[1]]
    for old in parent.findall(child.tag):
        parent.remove(old)
    later = set(order[order.index(local) + 1 :])
    for i, existing in enumerate(parent):
        if existing.tag.rsplit("}", 1)[-1] in later:
            parent.insert(i, child)
            return
    parent.append(child)


def paragraph(style_id: str, text: str = "") -> Element:
    """A new ``w:p`` in the style ``style_id`` holding ``text`` (newlines become breaks)."""
    p = el("p")
    el("pStyle", el("pPr", p), val=style_id)
    if text:
        run(p, text)
    return p


def run(p: Element, text: str) -> Element:
    """Append ``text`` to ``p`` as one run; ``\\n`` is a line break, ``\\t`` a tab and U+2011
    Word's own non-breaking hyphen (fonts without that character still show it).

    The text is passed through :func:`clean` first, so no value can make the XML invalid.
    """
    r = el("r", p)
    text = clean(text)
    for i, line in enumerate(text.split("\n")):
        if i:
            el("br", r)
        for j, piece in enumerate(line.split("\t")):
            if j:
                el("tab", r)
            for k, part in enumerate(piece.split(NO_BREAK_HYPHEN)):
                if k:
                    el("noBreakHyphen", r)
                if part:
                    t = el("t", r)
                    t.text = part
                    if part[0] == " " or part[-1] == " ":
                        t.set(_SPACE, "preserve")
    return r


def field(p: Element, instr: str, shown: str) -> None:
    """Append a complex field (``PAGE``, ``REF x \\h``...) showing ``shown`` until updated."""
    el("fldChar", el("r", p), fldCharType="begin")
    code = el("instrText", el("r", p))
    code.set(_SPACE, "preserve")
    code.text = f" {instr} "
    el("fldChar", el("r", p), fldCharType="separate")
    run(p, shown)
    el("fldChar", el("r", p), fldCharType="end")


def bookmark(p: Element, name: str, ident: int) -> None:
    """Wrap the content of paragraph ``p`` in a bookmark called ``name``."""
    start = _parser().makeelement(w("bookmarkStart"), {w("id"): str(ident), w("name"): name})
    ppr = p.find(w("pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    el("bookmarkEnd", p, id=ident)


def text_xml(text: str) -> str:
    """``text`` escaped for an XML attribute or element."""
    # Not xml.sax.saxutils.escape: importing xml.sax costs ~30 ms on every draft.
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
