"""WordprocessingML as the DOCX reader needs it: parts parsed safely with lxml, and the text of
a paragraph as Word shows it, every tracked change accepted (hidden text apart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mou_cli.readers.docx_package import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = f"{W}val"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
Element = Any  # an lxml element (lxml ships no type hints)

_SKIP_PARENTS = {f"{W}moveFrom", f"{W}del"}
_CHANGE_TAGS = frozenset(
    f"{W}{t}"
    for t in (
        "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange",
        "trPrChange", "tcPrChange", "sectPrChange", "numberingChange",
    )
)  # fmt: skip
_COMMENT_TAGS = frozenset(
    f"{W}{t}" for t in ("commentRangeStart", "commentReference", "commentRangeEnd")
)
_P, _R, _T, _RPR = (f"{W}{t}" for t in ("p", "r", "t", "rPr"))
_BOLD = f"{W}rPr/{W}b"
_TABS = (f"{W}tab", f"{W}ptab")
_BREAKS = (f"{W}br", f"{W}cr")


def parse(data: bytes) -> Element:
    """An XML part as a tree: no entities resolved, no DTD or network. ``huge_tree`` lifts
    libxml2's 10 MB limit on one text (a long paragraph is a draft, not an attack): the size of
    what is parsed is bounded before, by :mod:`~mou_cli.readers.docx_package`."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    root = etree.fromstring(data, parser)
    # mc:AlternateContent holds one thing twice: the mc:Choice Word shows (a DrawingML text
    # box) and an mc:Fallback for older readers (the same text as VML). Keep the Choice only,
    # or the text of every such box is read twice.
    etree.strip_elements(root, MC_FALLBACK, with_tail=False)
    return root


def number(text: object, default: int, lo: int, hi: int) -> int:
    """An integer attribute as Word reads it: ``default`` when it is not a (plain ASCII)
    integer, else clamped to Word's range ``lo``..``hi``. A number of thousands of digits costs
    no more than a short one (it is not converted)."""
    s = str(text).strip() if text is not None else ""
    digits = s[1:] if s[:1] in ("-", "+") else s
    if not (digits.isascii() and digits.isdigit()):
        return default
    if len(digits.lstrip("0")) > 18:
        return lo if s[0] == "-" else hi
    return min(max(int(s), lo), hi)


def paragraphs(root: Element) -> list[Element]:
    """The paragraphs in ``root`` (itself, if it is one) that are not inside another paragraph.
    Word never nests them; reading each nested one with all it holds would cost the square of
    the nesting. (A nested one finds its paragraph one step up; an outer one walks up to the
    document, in C.)"""
    if root.tag == _P:
        return [root]
    return [p for p in root.iter(_P) if next(p.iterancestors(_P), None) is None]


def first(parent: Element, *tags: str) -> list[Element | None]:
    """The first child of ``parent`` with each tag (None if none): ``find`` for several tags in
    one pass over the children."""
    found: list[Element | None] = [None] * len(tags)
    for child in parent:
        tag = child.tag
        for i, t in enumerate(tags):
            if tag == t and found[i] is None:
                found[i] = child
    return found


def scan(p: Element) -> tuple[list[Element], bool, list[Element]]:
    """One walk over a paragraph: its comment marks, whether it holds a tracked change, and its
    runs, each in document order (as ``p.iter(tags)`` gives them, in a third of the time)."""
    marks: list[Element] = []
    runs: list[Element] = []
    changed = False
    for el in p.iter():
        tag = el.tag
        if tag == _R:
            runs.append(el)
        elif tag in _COMMENT_TAGS:
            marks.append(el)
        elif tag in _CHANGE_TAGS:
            changed = True
    return marks, changed, runs


def run_text(p: Element, runs: list[Element] | None = None) -> tuple[str, str]:
    """(visible text, all text including hidden runs) of a paragraph, changes accepted.
    ``runs``: the paragraph's runs when already known (:func:`scan`)."""
    visible: list[str] = []
    everything: list[str] = []
    for r in p.iter(_R) if runs is None else runs:
        parent = r.getparent()
        if parent is not None and parent.tag in _SKIP_PARENTS:
            continue
        pieces, rpr = _run_pieces(r)
        everything.extend(pieces)
        if rpr is None or rpr.find(f"{W}vanish") is None:
            visible.extend(pieces)
    return "".join(visible), "".join(everything)


def _run_pieces(r: Element) -> tuple[list[str], Element | None]:
    """The text pieces of one run (tabs as spaces, line breaks as "\\n"), and its properties."""
    rpr = None
    pieces: list[str] = []
    for el in r:
        tag = el.tag
        if tag == _T:
            piece = el.text or ""
        elif tag == _RPR:
            if rpr is None:
                rpr = el
            continue
        elif tag in _TABS:
            piece = " "
        elif tag in _BREAKS:
            piece = "" if el.get(f"{W}type") == "page" else "\n"
        elif tag == f"{W}noBreakHyphen":
            piece = "-"
        else:
            continue
        pieces.append(piece)
    return pieces, rpr


def is_bold(runs: list[Element]) -> bool:
    """Every run with text is bold, and one has text (``runs``: all the runs of a paragraph).
    A run's text is looked at only when needed: the first plain run with text decides."""
    some = False
    for r in runs:
        b = r.find(_BOLD)
        bold = b is not None and b.get(VAL) not in ("0", "false")
        if (bold and some) or not "".join(t.text or "" for t in r if t.tag == _T).strip():
            continue
        if not bold:
            return False
        some = True
    return some


def comment_texts(pkg: Package) -> dict[str, str]:
    """Comment id -> the comment's text (``word/comments.xml``)."""
    root = pkg.xml("word/comments.xml")
    if root is None:
        return {}
    out: dict[str, str] = {}
    for c in root.findall(f"{W}comment"):
        paras = ("".join(t.text or "" for t in p.iter(_T)) for p in paragraphs(c))
        out[c.get(f"{W}id", "")] = " ".join(paras).strip()
    return out
