"""PDF drafts: the text layer through PDFium, scanned pages through tesseract.

A page whose text layer is (nearly) empty is a scan: it is rendered at 300 dpi and read by
OCR when tesseract is installed (``readers.ocr``). The page texts are then cleaned of what
the page layout adds (running headers and footers, page numbers, initials boxes, stamp and
logo debris at the page edges, words hyphenated at a line end) and read like plain text.
Locations name the page, never a line of the extraction.

The text is held to the limits of the other readers (``readers.MAX_TEXT`` characters and
``readers.MAX_LINES`` lines, the text layer and OCR together): a page's characters are counted
before its text is taken, so a small PDF whose compressed pages hold millions of characters
stops with one message. A page is rendered for OCR at no more than ``MAX_PIXELS`` pixels
(a page declared 5 m wide is rendered below 300 dpi, not as gigabytes of bitmap).

PDFium builds every object a page draws before any text can be counted, and a few KB of
compressed content can draw millions (a 62 KB file took 2.7 GB, then PDFium aborted). So the
pages are read in a child process with ``READ_LIMITS`` (``library.isolate``): past them the
file is one DraftError naming it, whatever PDFium does.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mou_cli.draft.rx import lazy
from mou_cli.errors import DraftError

if TYPE_CHECKING:
    from mou_cli.draft import Draft, Loc

MAX_PAGES = 1_000
# pages of a scan read through OCR (a few seconds each): a longer scan is refused rather than
# read for hours; a 62 KB file can repeat one picture on every page
MAX_OCR_PAGES = 200
MAX_PIXELS = 40_000_000  # of one page rendered for OCR: A3 at 300 dpi is 17.4 million
READ_SECONDS = 600  # processor time of the reading child (OCR runs in tesseract's own time)
READ_MEMORY = 1 << 30  # address space the reading child may add
MIN_TEXT = 40  # characters on a page below which the page is taken for a scan
OCR_DPI = 300

_PAGE_NUMBER = lazy(
    r"^\s*(?:[-–]\s*\d{1,4}\s*[-–]|\d{1,4}|(?:page|halaman|hal\.?)\s*\d{1,4}"
    r"(?:\s*(?:of|dari|/)\s*\d{1,4})?|\d{1,4}\s*(?:/|of|dari)\s*\d{1,4}"
    r"|\d{1,4}\s*\|\s*(?:page)?|page\s*\|\s*\d{1,4})\s*$",
    re.I,
)
_DIGITS = lazy(r"\d+")
# An article heading at the top of many pages is not a running header, though only its
# number differs from page to page.
_HEADING_WORD = lazy(r"^\s*(?:pasal|article|section|clause|bab|chapter|bagian|part)\b", re.I)
_HYPHENATED = lazy(r"[A-Za-z]{2}-$")
_LONGEST_WORD = 40  # letters of a word looked at when joining a hyphenated line end
_WORD_START = lazy(r"^([a-z]+)")
# What a page edge may hold besides running headers: "Halaman 4 dari 5" inside a longer
# header, the file name of a Word export, the initials boxes ("Paraf 1 ... Paraf 2",
# "Initials: ____", OCR'd as "Puaf", "Parafl").
_PAGE_OF = lazy(
    r"\b(?:p[a4]g[e3]|h[a4][l1i|][a4]m[a4]n|hal\.?)\s*\d{1,4}\s*(?:of|dari|/)\s*\d{1,4}\b", re.I
)
_FILE_NAME = lazy(r"\.(?:docx?|pdf|odt|rtf)\s*$", re.I)
_INITIALS = lazy(r"^\W*(?:p(?:ara|ua)fl?|initials?)(?![a-z])", re.I)
_LONG_RUN = lazy(r"[^\W\d_]{4,}|\d{4,}")
_KEPT_SHORT = lazy(r"\(\s*\w{1,3}\s*\)|\w\s*\)$|^\w{1,4}\.$")
EDGE = 4  # lines looked at on each edge of a page


def read_pdf(path: Path, name: str) -> Draft:
    """A draft from a PDF file."""
    from mou_cli.library import isolate

    limits = isolate.Limits(
        READ_SECONDS, READ_MEMORY, "reading the PDF", "a PDF", name, error=DraftError
    )
    from mou_cli.readers import ocr

    # looked up here, not in the child that reads the pages: what this process knows of the
    # machine (its PATH, a test's stand-in) is what counts
    pages = isolate.within(limits, page_texts, path, name, ocr.tesseract() or "", MAX_OCR_PAGES)
    lines, page_of = layout_free_lines(pages)
    if not any(line.strip() for line in lines):
        raise DraftError(f"{name}: no text found in the PDF")
    from mou_cli.readers.structure import assemble
    from mou_cli.readers.text import blocks_from_lines

    disabled: dict[str, set[int | None]] = {}
    blocks = blocks_from_lines(lines, 1, disabled, ocr=True)
    draft = assemble(name, "pdf", blocks, disabled=disabled)
    return _located_by_page(draft, page_of)


def page_texts(
    path: Path, name: str, tesseract: str | None = None, ocr_pages: int = MAX_OCR_PAGES
) -> list[str]:
    """The text of each page: the text layer, or OCR for pages that have none (``tesseract``:
    the command, ``""`` when it is not installed, None to look it up; at most ``ocr_pages``
    pages through OCR)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        why = str(exc)
        if "password" in why.lower():
            raise DraftError(f"{name}: the PDF is password-protected; save an open copy") from None
        raise DraftError(f"{name}: not a readable PDF ({why})") from None
    try:
        count = len(doc)
        if count == 0:
            raise DraftError(f"{name}: the PDF has no pages")
        if count > MAX_PAGES:
            raise DraftError(f"{name}: too many pages for a draft ({count})")
        budget = _Budget(name)
        texts = [budget.take(_text_layer(doc, i, budget)) for i in range(count)]
        scans = [i for i, t in enumerate(texts) if len(t.strip()) < MIN_TEXT]
        if scans and len(scans) * 2 >= count:  # a scan, perhaps with a typed cover or stamp
            from mou_cli.readers import ocr

            if len(scans) > ocr_pages:
                raise DraftError(
                    f"{name}: a scan of {len(scans)} pages without text; text recognition reads "
                    f"at most {ocr_pages} pages of one file: split it, or check a PDF with a "
                    "text layer"
                )

            read = ocr.read_pages(
                name, _renders(doc, scans), len(scans), ocr.terminal_progress(name), tesseract
            )
            for i, text in zip(scans, read, strict=True):
                budget.give_back(texts[i])
                texts[i] = budget.take(text)
        return texts
    finally:
        doc.close()


class _Budget:
    """What is left of the characters and lines a draft may hold (the other readers' limits)."""

    def __init__(self, name: str) -> None:
        from mou_cli.readers import MAX_LINES, MAX_TEXT

        self.name = name
        self.chars = MAX_TEXT
        self.lines = MAX_LINES

    def check_chars(self, more: int) -> None:
        """Refuse before ``more`` characters are taken when they would break the limit."""
        if more > self.chars:
            from mou_cli.readers import MAX_TEXT

            raise DraftError(
                f"{self.name}: more than {MAX_TEXT:,} characters of text: too long for a draft"
            )

    def take(self, text: str) -> str:
        """``text``, counted against the limits (a DraftError past either)."""
        from mou_cli.readers import MAX_LINES

        self.check_chars(len(text))
        self.chars -= len(text)
        self.lines -= text.count("\n") + 1
        if self.lines < 0:
            raise DraftError(
                f"{self.name}: too long for a draft (over {MAX_LINES:,} lines of text)"
            )
        return text

    def give_back(self, text: str) -> None:
        """``text`` (a page's text layer that OCR replaces) no longer counts."""
        self.chars += len(text)
        self.lines += text.count("\n") + 1


def _text_layer(doc: Any, index: int, budget: _Budget) -> str:
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            budget.check_chars(textpage.count_chars())  # before the text is built
            return str(textpage.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
    finally:
        page.close()


def _renders(doc: Any, indexes: list[int]) -> Iterator[tuple[int, int, bytes]]:
    """Each page in ``indexes`` as 8-bit grayscale pixels, rows without padding."""
    for i in indexes:
        page = doc[i]
        try:
            bitmap = page.render(scale=_scale(*page.get_size()), grayscale=True)
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            raw = bytes(bitmap.buffer)
            if stride != width:
                raw = b"".join(raw[r * stride : r * stride + width] for r in range(height))
            yield width, height, raw
        finally:
            page.close()


def _scale(width: float, height: float) -> float:
    """Pixels per point for OCR: 300 dpi, less for a page too large for MAX_PIXELS."""
    scale = OCR_DPI / 72
    area = max(width, 1.0) * max(height, 1.0)
    if area * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / area) ** 0.5
    return scale


def _shape(line: str) -> str:
    """A line with its numbers blanked: running headers differ only by the page number."""
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def _margins(pages: list[list[str]], edge: int = 3) -> set[str]:
    """Shapes of lines that recur at the top or bottom of most pages: running headers, footers."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        filled = [x for x in lines if x.strip()]
        seen.update(
            {_shape(x) for x in filled[:edge] + filled[-edge:] if not _HEADING_WORD.match(x)}
        )
    need = max(3, (len(pages) + 1) // 2)
    return {shape for shape, n in seen.items() if n >= need and shape.strip("# ")}


def layout_free_lines(pages: list[str]) -> tuple[list[str], list[int]]:
    """The lines of all pages without what the page layout adds, and the page of each line.

    Running headers and footers, page numbers, initials boxes and scanner debris at the page
    edges go; a word hyphenated at a line end is joined with its second half (a hyphen that
    belongs to the word, as in "masing-masing", stays); a page break in the middle of a
    paragraph does not split it. PDFium marks a hyphen it removed at a line end with U+FFFE.
    """
    split = [p.replace("\ufffe", "-\n").split("\n") for p in pages]
    margins = _margins(split)
    lines: list[str] = []
    page_of: list[int] = []
    for number, page in enumerate(split, start=1):
        for line in _page_body(page, margins):
            nxt = line.strip()
            split_word = lines and nxt[:1].islower() and _HYPHENATED.search(lines[-1])
            if split_word and not lines[-1].endswith(" -"):
                lines[-1] = _join_hyphenated(lines[-1], nxt)
                continue
            lines.append(line)
            page_of.append(number)
        # a paragraph that runs on over the page break stays one paragraph: no blank line here
    return lines, page_of


def _page_body(page: list[str], margins: set[str]) -> list[str]:
    """One page's lines without page numbers, running headers and footers, and what sits on
    its top and bottom edges without being text (see ``_edge_only``)."""
    lines = [raw.replace("\f", "").replace("\x00", "").rstrip() for raw in page]
    lines = [
        line
        for line in lines
        if not line.strip() or not (_PAGE_NUMBER.match(line) or _shape(line) in margins)
    ]
    filled = [n for n, line in enumerate(lines) if line.strip()]
    drop: set[int] = set()
    for edge in (filled[:EDGE], filled[::-1][:EDGE]):
        for n in edge:
            if not _edge_only(lines[n]):
                break
            drop.add(n)
    return [line for n, line in enumerate(lines) if n not in drop]


def _edge_only(line: str) -> bool:
    """What a page edge holds that is not the agreement's text: a header or footer with
    "Page 2 of 5", a Word file name, initials boxes, or a short run of scanner debris (stamp
    and logo fragments: no word of four letters nor number of four digits, few letters, no
    sentence end; a paragraph number set apart, "(3)", is kept)."""
    text = line.strip()
    words = len(text.split())
    if words <= 15 and (_PAGE_OF.search(text) or _FILE_NAME.search(text)):
        return True
    if words <= 12 and _INITIALS.match(text):
        return True
    if len(text) > 40 or _HEADING_WORD.match(text) or _LONG_RUN.search(text):
        return False
    if _KEPT_SHORT.search(text):  # a detached list marker: "(1)", "2.", "1 )"
        return False
    letters = sum(c.isalpha() for c in text)
    sentence_end = len(text) > 1 and text[-1] in ".,;:" and text[-2].isalpha()
    return letters <= 8 and not sentence_end


def _join_hyphenated(first: str, second: str) -> str:
    """``first`` ends in a hyphen, ``second`` continues the word: drop the hyphen of a word
    split by the layout ("ber-" "laku"), keep it in a repeated word ("masing-" "masing",
    "perundang-" "undangan", "sebaik-" "baiknya")."""
    start = len(first) - 1
    while start and len(first) - start <= _LONGEST_WORD and _letter(first[start - 1]):
        start -= 1  # (a loop, not a search for "[A-Za-z]+-$": that takes quadratic time)
    left = first[start:-1].lower()
    tail = _WORD_START.match(second[:_LONGEST_WORD])
    if left and tail:
        right = tail.group(1)
        if any(left.endswith(right[:k]) for k in range(3, min(len(left), len(right)) + 1)):
            return first + second
    return first[:-1] + second


def _letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _located_by_page(draft: Draft, page_of: list[int]) -> Draft:
    """Replace extraction line numbers by page numbers in every location of ``draft``."""

    def fix(loc: Loc) -> Loc:
        if loc.line is None:
            return loc
        page = page_of[min(max(loc.line, 1), len(page_of)) - 1]
        return dataclasses.replace(loc, line=None, page=page)

    for chunk in (*draft.chunks, *draft.annex):
        chunk.loc = fix(chunk.loc)
    for article in draft.articles:
        article.loc = fix(article.loc)
    draft.tracked_changes = [fix(loc) for loc in draft.tracked_changes]
    draft.disabled = {
        rule: {None if ln is None else ln for ln in lines} for rule, lines in draft.disabled.items()
    }
    return draft
