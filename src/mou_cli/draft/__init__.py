"""A draft as the rules see it: every piece of its text in reading order, located, with its
articles, languages and signature block.

The readers (``mou_cli.readers``) build a ``Draft`` from Markdown, plain text or DOCX, whether
`mou` generated it or a person wrote it; the rules of `mou check` (``mou_cli.check``) read it.
Pure data: nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

T = TypeVar("T")


@dataclass(frozen=True)
class Loc:
    """Where something is: a line (Markdown, text), a paragraph (DOCX) or a page (PDF), and
    the article."""

    line: int | None = None  # 1-based line in a Markdown or text file
    para: int | None = None  # 1-based paragraph number in a DOCX body (tables counted too)
    article: str | None = None  # nearest article heading as written, e.g. "Pasal 3", "Article IV"
    page: int | None = None  # 1-based page of a PDF

    def __str__(self) -> str:
        where = (
            f"line {self.line}"
            if self.line
            else f"paragraph {self.para}"
            if self.para
            else f"page {self.page}"
            if self.page
            else ""
        )
        if self.article:
            where = f"{where} ({self.article})" if where else self.article
        return where


@dataclass
class Chunk:
    """One piece of text in reading order: a heading, paragraph, list item or table cell."""

    text: str
    loc: Loc
    kind: str = "para"  # title | heading | para | item | cell | header | footer
    lang: str | None = None  # "id" / "en" when known (bilingual columns), else None
    column: int | None = None  # table column for side-by-side bilingual cells
    in_signature: bool = False  # inside the signature block (blank lines there are fine)
    part: str = ""  # title | front | recitals | article | closing | annex | margin (header/footer)


@dataclass
class Article:
    """An article (Pasal / Article / Section / numbered heading) as found in the draft."""

    label: str  # the heading as written: "Pasal 3", "ARTICLE IV", "7."
    number: int | None  # its number as an integer (roman and words converted), None if unknown
    title: str  # the heading title ("Kerahasiaan"), may be empty
    loc: Loc
    body: list[Chunk] = field(default_factory=list)
    lang: str | None = None


@dataclass(frozen=True)
class Revision:
    """A tracked change or a Word comment in a DOCX: what, who, when and where."""

    kind: str  # insert | delete | move-from | move-to | format | comment
    author: str  # as Word recorded it ("" when it did not)
    date: str  # as Word recorded it, usually ISO 8601 ("" when it did not)
    text: str  # the inserted, deleted or moved text, or the comment's text
    loc: Loc  # the paragraph (a comment: the first paragraph it is anchored to)
    # tracked changes: the paragraph's text with every tracked change rejected
    original: str | None = None


@dataclass
class Draft:
    """Everything a rule may look at."""

    path: str
    source_format: str  # md | txt | docx
    chunks: list[Chunk]  # every text piece in reading order
    articles: list[Article]  # in order of appearance; a bilingual draft has one list per column
    langs: tuple[str, ...]  # languages found, in column order: ("id",), ("en",), ("id", "en")
    bilingual: bool = False  # side by side (DOCX table columns or alternating Markdown)
    answers: dict[str, Any] | None = None  # answers embedded by `mou new`, if any
    # the checklist facts `mou new` stored with the answers in a DOCX, for the rules
    embedded_facts: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    tracked_changes: list[Loc] = field(default_factory=list)  # DOCX: where changes are tracked
    comments: list[Loc] = field(default_factory=list)  # DOCX: where Word comments are anchored
    # DOCX: the tracked changes and comments themselves, in order (`mou compare` lists them)
    revisions: list[Revision] = field(default_factory=list)
    # rule id -> suppressed lines or DOCX paragraph numbers (None = the whole file)
    disabled: dict[str, set[int | None]] = field(default_factory=dict)
    expected_langs: tuple[str, ...] = ()  # languages the configuration requires (`lang`)
    # text after the signature block under an annex heading (Lampiran, Annex, the checklist
    # page of `mou new --with-checklist`): kept apart, so it affects no rule and no language
    annex: list[Chunk] = field(default_factory=list)
    # what helpers compute once per draft (dates, the checklist of the embedded answers, ...)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def remember(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` the first time ``key`` is asked for on this draft, then its result."""
        if key not in self.memo:
            self.memo[key] = compute()
        return cast(T, self.memo[key])

    def text_in(self, lang: str | None) -> list[Chunk]:
        """Chunks in ``lang`` (chunks of unknown language are included)."""
        return [c for c in self.chunks if lang is None or c.lang in (None, lang)]

    @property
    def full_text(self) -> str:
        return "\n".join(c.text for c in self.chunks)
