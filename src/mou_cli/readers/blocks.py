"""What every reader hands to ``structure.assemble``: the file as a flat list of ``Block`` in
reading order, each with the cues the reader saw (a heading style, bold, a table column)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Block:
    """One paragraph, heading, list item or table-cell paragraph as a reader found it."""

    text: str  # lines separated by "\n"
    line: int | None = None  # first source line (Markdown, text)
    para: int | None = None  # DOCX paragraph number
    kind: str = "para"  # title | heading | para | item | cell | header | footer
    cues: bool = False  # heading formatting: Markdown heading, Word heading style, bold, centred
    soft: bool = True  # "\n" are soft line wraps (Markdown, text): body lines join with spaces
    column: int | None = None  # column of a side-by-side bilingual table
    table: int | None = None  # table number, for cells
    row: int | None = None
    lang: str | None = None  # forced language (bilingual table column)
    signature_table: bool = False  # a table that looks like signatures
    quote: bool = False  # a Markdown block quote
    ocr: bool = False  # plain text or PDF text that may hold OCR misreadings ("Pasa! 12")
    level: int | None = None  # Markdown heading level ("## X" is 2)
