"""Plain text (``.txt``: text extracted from a PDF or a scan), read like Markdown without markup.

A blank line ends a paragraph. So does a line that starts something new: an article or
chapter heading ("Pasal 3", "ARTICLE IV", "BAB I"), the title line under a heading, a list
marker ("1.", "(a)", "-"), a recital ("bahwa", "WHEREAS"), a short line in capitals, the
closing ("Demikian", "IN WITNESS"), a line of the signature block ("PIHAK PERTAMA PIHAK
KEDUA", "Medan, 7 Februari 2010"), or a short title after a full stop. Page numbers left by
PDF extraction ("- 3 -", "Page 3 of 10", "Halaman 3") are skipped. Text from a scan may hold
OCR misreadings: headings ("Pasa! 12", "PASAL5") and paragraph numbers ("()" for "(1)") are
read as meant.
"""

from __future__ import annotations

import re

from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.readers import directives
from mou_cli.readers.blocks import Block
from mou_cli.readers.headings import classify, short_title, title_like
from mou_cli.readers.landmarks import signature_line
from mou_cli.readers.structure import assemble

_PAGE = lazy(
    r"^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|(?:page|halaman|hal\.)\s*\d{1,4}(?:\s*(?:of|dari|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4})\s*$",
    re.I,
)
_STARTER = lazy(
    r"^\s*(?:\(?\d{1,2}[.)]\s|\(?[a-zA-Z][.)]\s|\([ivx]{1,4}\)\s|[-•*·▪–]\s|"
    r"(?:bahwa|whereas|menimbang|mengingat)\b|(?-i:(?:DESIRING|RECOGNI[SZ]ING|CONSIDERING"
    r"|ACKNOWLEDGING|NOTING|BELIEVING|BEARING IN MIND|MINDFUL|PURSUANT|AFFIRMING|REAFFIRMING"
    r"|HAVE (?:REACHED|AGREED))\b))",
    re.I,
)
# A line after a sentence end that opens the closing ("Demikian ...", "IN WITNESS WHEREOF").
_CLOSING = lazy(r"^(?:demikian\b|in witness|untuk dan atas nama|for and on behalf)", re.I)
# A paragraph number OCR lost or misread at a line start: "() Implementasi", "(l) Program".
_OCR_MARKER = lazy(r"^\((?:|[l|!I])\)(?=\s)")
_MARKER = lazy(r"^\((\d{1,2})\)")
_ITEM = lazy(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\([ivx]{1,4}\)|[-•*·▪–])\s")


# Words after which a line break lands inside a cross-reference ("... dalam\nPasal 3.").
_LEADS_TO_REFERENCE = frozenset(
    """
    dalam pada dengan sesuai menurut berdasarkan di lihat oleh ke dari tentang mengenai
    dimaksud sebagaimana terhadap atas ketentuan in under to of with see by pursuant per
    hereof herein than this such said that any each
    """.split()  # noqa: SIM905
)
_LIST_END = lazy(r"[;,]\s*(?:dan|atau|and|or)$", re.I)


def _sub_heading(line: str) -> bool:
    """ "A. Parties to the Agreement": a lettered or numbered line that is a short Title."""
    rest = _ITEM.sub("", line, count=1).strip()
    return 0 < len(rest.split()) <= 8 and rest[-1] not in ".;:," and title_like(rest)


def blocks_from_lines(
    lines: list[str],
    first_line: int = 1,
    disabled: dict[str, set[int | None]] | None = None,
    *,
    ocr: bool = False,
) -> list[Block]:
    """Paragraph blocks from raw lines (``first_line`` is the number of ``lines[0]``);
    directives found are added to ``disabled`` when given. ``ocr``: the text may hold OCR
    misreadings of headings (plain text, PDF)."""
    paras = _Paragraphs(disabled, ocr)
    for n, raw in enumerate(lines):
        paras.add(first_line + n, raw.replace("\f", "").replace("\t", " ").rstrip())
    paras.flush(first_line + len(lines) - 1)
    return paras.blocks


class _Paragraphs:
    """Lines gathered into paragraph blocks."""

    def __init__(self, disabled: dict[str, set[int | None]] | None, ocr: bool = False) -> None:
        self.disabled = disabled
        self.ocr = ocr
        self.blocks: list[Block] = []
        self.cur: list[str] = []  # the lines of the paragraph being read
        self.start = 0  # its first line number
        self.pending: list[str] = []  # rule ids disabled for the next paragraph
        self.after_heading = False  # the last line was a heading without its title
        self.prev = ""  # the line before, "" after a blank line or at the start
        self.marker = 0  # the last paragraph number "(n)" since the last heading

    def flush(self, end: int, kind: str | None = None) -> None:
        """End the paragraph being read at line ``end``."""
        if not self.cur:
            return
        kind = kind or ("item" if _ITEM.match(self.cur[0]) else "para")
        start = self.start
        self.blocks.append(
            Block("\n".join(self.cur), line=start, kind=kind, cues=kind == "heading", ocr=self.ocr)
        )
        if self.pending and self.disabled is not None:
            directives.add(self.disabled, self.pending, range(start, end + 1))
            self.pending = []
        self.cur = []

    def add(self, no: int, line: str) -> None:
        """Line number ``no``: a blank line, a page number, a directive, or text."""
        if not line.strip():
            self.flush(no - 1)
            self.prev = ""
        elif _PAGE.match(line) and not re.match(r"^\s*\d{1,2}\.\s*$", line):
            return
        elif (d := directives.parse(line)) is not None:
            self.flush(no - 1)
            if self.disabled is not None and d[0]:
                directives.add(self.disabled, d[1], {None})
            elif self.disabled is not None:
                self.pending = d[1]
        else:
            self._text(no, line.strip())

    def _paragraph_number(self, line: str) -> str:
        """``line`` with the paragraph number OCR lost written back: "()" or "(l)" after
        "(2)" is "(3)"; "(I)" only where "(1)" is due (else it is a roman numeral)."""
        m = _OCR_MARKER.match(line)
        if m and (m.group() != "(I)" or self.marker == 0):
            line = f"({self.marker + 1})" + line[m.end() :]
        if found := _MARKER.match(line):
            self.marker = int(found.group(1))
        return line

    def _mid_sentence(self) -> bool:
        """The paragraph being read stops on a word that a reference follows ("sebagaimana
        dimaksud dalam" / "pursuant to"): the next line, even "Pasal 3.", continues it."""
        if not self.cur or self.after_heading:
            return False
        last = self.cur[-1].rstrip()
        if last.endswith((".", ":", ";", "!", "?")) or _LIST_END.search(last):
            return False
        words = last.rsplit(None, 1)
        return bool(words) and words[-1].lower() in _LEADS_TO_REFERENCE

    def _text(self, no: int, stripped: str) -> None:
        heading = classify(stripped, ocr=self.ocr)
        if heading and self._mid_sentence():
            heading = None  # a line-wrapped cross-reference, not a heading
        if heading:
            self.marker = 0
        elif self.ocr:
            stripped = self._paragraph_number(stripped)
        ended = not self.cur or self.cur[-1].endswith((".", ":", ";")) or self.after_heading
        caps = ended and stripped.isupper() and len(stripped.split()) <= 12
        title = self.after_heading and short_title(stripped) and not _STARTER.match(stripped)
        sub_heading = bool(_ITEM.match(stripped)) and _sub_heading(stripped)
        after_sentence = self.prev.endswith((".", ":", ";"))  # (after a blank line, a title
        # starts its paragraph anyway, and a form label "Nama" stays with its value)
        alone = signature_line(stripped) or (
            after_sentence and len(stripped.split()) <= 6 and short_title(stripped)
        )  # "PIHAK PERTAMA PIHAK KEDUA", "Medan, 7 Februari 2010"; "Scope of Work" after a "."
        opens = alone or (ended and _CLOSING.match(stripped)) or _STARTER.match(stripped)
        if heading or caps or title or (opens and self.cur):
            self.flush(no - 1)
        if not self.cur:
            self.start = no
        self.cur.append(stripped)
        self.after_heading = bool(heading and not heading.title and not heading.rest)
        self.prev = stripped
        if heading or caps or title or sub_heading or alone:
            self.flush(no, "heading" if sub_heading and not heading else None)


def read_text(text: str, path: str = "<text>") -> Draft:
    """A draft from plain text."""
    disabled: dict[str, set[int | None]] = {}
    blocks = blocks_from_lines(text.split("\n"), 1, disabled, ocr=True)
    return assemble(path, "txt", blocks, disabled=disabled)
