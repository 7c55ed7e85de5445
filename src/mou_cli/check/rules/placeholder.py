"""MOU-U001: placeholders left in the text ("[●]", "___", "TBD", "[Nama]", "{{ x }}")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from mou_cli.check.blanks import signing_blanks
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import lang_of, may_hold, quote
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_TAG = lazy(
    r"\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}|<<[^<>\n]{1,60}>>|«[^«»\n]{1,60}»|\$\{[^}\n]{1,60}\}"
)
_WORD = lazy(r"\bTB[DA]\b|(?<!\w)(?:\d{0,2}[Xx]{3,}|\d{2}XX)(?!\w)")
# "Pasal XXX": searched only in the 20 characters before the numeral, so the spaces are bounded
_ROMAN_BEFORE = lazy(r"(pasal|article|bab|chapter|part|bagian|section)\s{0,3}$", re.IGNORECASE)
_BLANK = lazy(r"_{3,}|\.{5,}|…{2,}|(?:\. ){4,}")
_TOC = lazy(r"(?<![\s\d])\s*\d+\s*")  # after a dot leader: a page number, then the end
_BRACKET = lazy(r"\[([^\[\]\n]{0,60})\](?!\()")
# <SCOPE OF WORK>, <ADDENDUM>, <JANGKA WAKTU PERJANJIAN>: a label in capitals between < and >
_ANGLE = lazy(r"<([A-Z][A-Z0-9 _/&.,'()-]{1,60})>")
# _NAMA_PERUSAHAAN_: a template field in a plain-text export
_FIELD = lazy(r"(?<![\w])_[A-Z][A-Z0-9_]{1,40}_(?!\w)")
_HTML = frozenset(
    """A B I U P S Q BR HR EM DIV SPAN TABLE TR TD TH TBODY THEAD TFOOT UL OL LI DL DT DD FONT
    CENTER IMG PRE CODE BODY HTML HEAD TITLE SUP SUB SMALL BIG STRONG H1 H2 H3 H4 H5 H6 META
    LINK STYLE SCRIPT FORM INPUT NOBR WBR""".split()  # noqa: SIM905
)
_NOT_PLACEHOLDER = lazy(
    r"^(\*+|x|X|✓|✔|v|V|\d+(\.\d+)*|sic|redacted|dihapus|disamarkan|dirahasiakan|confidential"
    r"|omitted|dihilangkan"
    # a citation of a statute or gazette: "[Act 173]", "[UU No. 12 Tahun 2012]", "[2019] SGHC 5"
    r"|(act|law|uu|undang-undang|pp|perpres|no\.?|nomor|lembaran negara|ln|tln|stb\.?|cap\.?)"
    r"[\w\s.,/-]{0,40}\d[\w\s.,/-]{0,20}|(19|20)\d\d"
    # a page mark: "[End of Agreement]", "[Remainder of page intentionally left blank]"
    r"|(end of|remainder of|signature page|this page|halaman ini|sisa halaman|akhir)\b.*"
    r"|.*\b(intentionally left blank|sengaja dikosongkan)\b.*)$",
    re.IGNORECASE,
)
# what a signatory writes in by hand when signing, as a bracketed field in the signature block
_SIGNING_FIELDS = frozenset(
    {"tanggal", "tgl", "date", "tanda tangan", "ttd", "signature", "paraf", "initials"}
)
# LaTeX: \documentclass[12pt], \begin{enumerate}[label=...], \\[6ex]
_LATEX_BEFORE = lazy(r"\\[A-Za-z]{1,30}\*?(?:\{[^{}\n]{0,40}\})?\Z|\\\\\Z")


def _blank_marks(text: str) -> bool:
    """``text`` holds what every match of _BLANK holds (a scan for those is much faster)."""
    return "___" in text or "....." in text or "……" in text or ". . . ." in text


def _placeholders(draft: Draft, index: int, lang: str | None) -> Iterator[re.Match[str]]:
    chunk = draft.chunks[index]
    text = chunk.text
    if "{" in text or "<<" in text or "«" in text:
        yield from _TAG.finditer(text)
    if "<" in text:
        for m in _ANGLE.finditer(text):
            label = m[1].strip()
            if label.upper() not in _HTML and sum(ch.isalpha() for ch in label) >= 2:
                yield m
    if "_" in text:
        yield from _FIELD.finditer(text)
    if lang == "en" and "TBC" in text:  # in Indonesian, TBC is tuberculosis
        yield from re.finditer(r"\bTBC\b", text)
    if may_hold(draft, chunk, ("tb", "xx")):  # every match of _WORD holds one, case aside
        for m in _WORD.finditer(text):
            if not _ROMAN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                yield m
    for m in _BRACKET.finditer(text) if "[" in text else ():
        inner = m[1].strip()
        if _NOT_PLACEHOLDER.match(inner):
            continue  # redaction, ticked box, footnote, citation or page mark
        if not inner and m.start() < 12 and not text[: m.start()].strip(" -*"):
            continue  # an unticked box starting a list item
        if _LATEX_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # an option of a LaTeX command
        if chunk.in_signature and inner.lower() in _SIGNING_FIELDS:
            continue  # "Tanggal: [Tanggal]" under a signature: written in when signing
        yield m
    blanks = (
        [m for m in _BLANK.finditer(text) if not _TOC.fullmatch(text, m.end())]
        if (_blank_marks(text))
        else []
    )
    signing = signing_blanks(draft, index, [m.span() for m in blanks]) if blanks else set()
    for i, m in enumerate(blanks):
        if i not in signing:  # lines to sign and date on are the point of a signature block
            yield m


def _overlaps(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """``span`` overlaps one of ``taken`` (sorted spans that do not overlap); when it does not,
    it joins them. A binary search: thousands of placeholders in a paragraph stay fast."""
    i = bisect.bisect_left(taken, span)
    if (i and taken[i - 1][1] > span[0]) or (i < len(taken) and taken[i][0] < span[1]):
        return True
    taken.insert(i, span)
    return False


@rule(
    id="MOU-U001",
    name="placeholder",
    severity="error",
    summary="A placeholder is left in the text.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Finds placeholders that templates and earlier drafts leave behind: "[●]", "[•]", "[...]",
    bracketed labels ("[Nama]", "[Party Name]", "[insert date]", "[Catatan: ...]"), labels in
    capitals between angle brackets ("<SCOPE OF WORK>", "<ADDENDUM>", "<JANGKA WAKTU>"),
    blanks ("___", "........"), "TBD"/"TBA" (and "TBC" in English: in Indonesian it is
    tuberculosis), "XXX" or "20XX", and template fields left unfilled ("{{ name }}",
    "{% if %}", "<<field>>", "«field»", "${field}", "_NAMA_PERUSAHAAN_" in a plain-text export).

    Not placeholders, and how they are told apart:
    - redactions: brackets holding only asterisks or a word such as "redacted" / "dihapus"
      ("[***]", "[REDACTED]");
    - ticked boxes: "[x]", "[X]", "[✓]", "☒", and unticked "[ ]" or "☐" at the start of a
      list item (a checklist, not a blank);
    - lines to sign on and to write the signatory's particulars on: every blank inside the
      signature block, and, where the reader did not find the block (a PDF page read as one
      paragraph, a form laid out with spaces), a blank labelled "Signature:", "Signed", "By:",
      "ttd" or "Paraf", and a "Name:", "Title:", "Date:", "Nama", "Jabatan" or "Tanggal" blank,
      a bare line or a "(..........)" close to such a line, to "IN WITNESS" or to a line
      holding only "PIHAK PERTAMA  PIHAK KEDUA"; in the signature block, a bracketed field
      filled in by hand when signing ("Tanggal: [Tanggal]", "[Signature]"). The opening's
      "Nama: ______" after "yang bertanda tangan di bawah ini" is still reported: it names a
      party;
    - dot leaders ending in a page number (a table of contents), footnote marks "[1]",
      "[sic]", citations of statutes and gazettes ("[Act 173]", "[LN 2012 No. 158]",
      "[2019]"), page marks ("[End of Agreement]", "[Remainder of page intentionally left
      blank]"), Markdown links, options of LaTeX commands ("\\usepackage[utf8]"), HTML tags
      ("<BR>"), and roman numerals in headings ("Pasal XXX").

    ## Why is this bad?
    A signed agreement with a blank is an agreement with a missing term: the party that fills
    it in later decides what it says.

    ## Example
    Indonesian:
    ```text
    PIHAK PERTAMA menyediakan dana sebesar Rp[●] paling lambat tanggal ________.
    ```
    English:
    ```text
    The Licensee will pay [AMOUNT] within TBD days to {{ partner.name }} for the services
    in <SCOPE OF WORK>.
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK PERTAMA menyediakan dana sebesar Rp50.000.000,00 (lima puluh juta rupiah) paling
    lambat tanggal 31 Januari 2027.
    ```
    English:
    ```text
    The Licensee will pay IDR 50,000,000.00 (fifty million rupiah) within thirty (30)
    calendar days to Globex Corporation for the services in Annex 1.
    ```
    """
    for index, chunk in enumerate(draft.chunks):
        taken: list[tuple[int, int]] = []
        for m in _placeholders(draft, index, lang_of(chunk, draft)):
            if _overlaps(taken, m.span()):
                continue  # "<<FIELD>>" is one placeholder, not two
            yield Hit(
                msg(
                    f"Masih ada isian kosong: “{m.group()}”.",
                    f"Placeholder left in the text: “{m.group()}”.",
                ),
                chunk.loc,
                quote(chunk.text, m.start(), m.end()),
                msg("Lengkapi atau hapus bagian tersebut.", "Fill it in, or delete the passage."),
            )
