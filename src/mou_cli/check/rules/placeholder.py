"""MOU-U001: placeholders left in the text ("[●]", "___", "TBD", "[Nama]", "{{ x }}")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import lang_of, may_hold, quote
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_TAG = lazy(r"\{\{.*?\}\}|\{%.*?%\}|<<[^<>\n]{1,60}>>|«[^«»\n]{1,60}»|\$\{[^}\n]{1,60}\}")
_WORD = lazy(r"\bTB[DA]\b|(?<!\w)(?:\d{0,2}[Xx]{3,}|\d{2}XX)(?!\w)")
_ROMAN_BEFORE = lazy(r"(pasal|article|bab|chapter|part|bagian|section)\s*$", re.IGNORECASE)
_BLANK = lazy(r"_{3,}|\.{5,}|…{2,}|(?:\. ){4,}")
_TOC = lazy(r"\s*\d+\s*$")
_BRACKET = lazy(r"\[([^\[\]\n]{0,60})\](?!\()")
_NOT_PLACEHOLDER = lazy(
    r"^(\*+|x|X|✓|✔|v|V|\d+(\.\d+)*|sic|redacted|dihapus|disamarkan|dirahasiakan|confidential"
    r"|omitted|dihilangkan"
    # a citation of a statute or gazette: "[Act 173]", "[UU No. 12 Tahun 2012]", "[2019] SGHC 5"
    r"|(act|law|uu|undang-undang|pp|perpres|no\.?|nomor|lembaran negara|ln|tln|stb\.?|cap\.?)"
    r"[\w\s.,/-]{0,40}\d[\w\s.,/-]{0,20}|(19|20)\d\d)$",
    re.IGNORECASE,
)


def _blank_marks(text: str) -> bool:
    """``text`` holds what every match of _BLANK holds (a scan for those is much faster)."""
    return "___" in text or "....." in text or "……" in text or ". . . ." in text


def _placeholders(draft: Draft, chunk: Chunk, lang: str | None) -> Iterator[re.Match[str]]:
    text = chunk.text
    yield from _TAG.finditer(text)
    if lang == "en" and "TBC" in text:  # in Indonesian, TBC is tuberculosis
        yield from re.finditer(r"\bTBC\b", text)
    if may_hold(draft, chunk, ("tb", "xx")):  # every match of _WORD holds one, case aside
        for m in _WORD.finditer(text):
            if not _ROMAN_BEFORE.search(text[: m.start()]):
                yield m
    for m in _BRACKET.finditer(text):
        inner = m[1].strip()
        if _NOT_PLACEHOLDER.match(inner):
            continue  # redaction, ticked box, footnote or citation
        if not inner and not text[: m.start()].strip(" -*"):
            continue  # an unticked box starting a list item
        yield m
    if not chunk.in_signature:  # blank lines to sign and date on are the point of a block
        for m in _BLANK.finditer(text) if _blank_marks(text) else ():
            if not _TOC.fullmatch(text[m.end() :]):
                yield m


@rule(
    id="MOU-U001",
    name="placeholder",
    severity="error",
    summary="A placeholder is left in the text.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Finds placeholders that templates and earlier drafts leave behind: "[●]", "[...]",
    bracketed labels ("[Nama]", "[alamat]", "[insert date]", "[Catatan: ...]"), blanks
    ("___", "........"), "TBD"/"TBA" (and "TBC" in English: in Indonesian it is tuberculosis),
    "XXX" or "20XX", and template fields left unfilled
    ("{{ name }}", "{% if %}", "<<field>>", "«field»").

    Not placeholders, and how they are told apart:
    - redactions: brackets holding only asterisks or a word such as "redacted" / "dihapus"
      ("[***]", "[REDACTED]");
    - ticked boxes: "[x]", "[X]", "[✓]", "☒", and unticked "[ ]" or "☐" at the start of a
      list item (a checklist, not a blank);
    - blank signature, name and date lines ("______", "Tanggal: ........") inside the
      signature block, which are there to be filled in by hand;
    - dot leaders ending in a page number (a table of contents), footnote marks "[1]",
      "[sic]", citations of statutes and gazettes ("[Act 173]", "[LN 2012 No. 158]",
      "[2019]"), Markdown links, and roman numerals in headings ("Pasal XXX").

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
    The Licensee will pay [AMOUNT] within TBD days to {{ partner.name }}.
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
    calendar days to Globex Corporation.
    ```
    """
    for chunk in draft.chunks:
        for m in _placeholders(draft, chunk, lang_of(chunk, draft)):
            yield Hit(
                msg(
                    f"Masih ada isian kosong: “{m.group()}”.",
                    f"Placeholder left in the text: “{m.group()}”.",
                ),
                chunk.loc,
                quote(chunk.text, m.start(), m.end()),
                msg("Lengkapi atau hapus bagian tersebut.", "Fill it in, or delete the passage."),
            )
