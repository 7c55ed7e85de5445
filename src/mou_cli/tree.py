"""The document tree: what ``mou_cli.document`` builds from the answers and the clause library,
and what the writers turn into Markdown and DOCX. (Readers do not produce it: a draft read for
`mou check` becomes a ``mou_cli.draft.Draft``.)

A document has a title block, then sections in order. A section is one clause, rendered in each
of the document's languages; sections in the ``article`` part are numbered articles. Text in
the tree is plain: writers escape it for their format, so user text never becomes markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Para:
    """A paragraph (an ayat or sub-clause when numbered) with an optional list of items."""

    text: str
    items: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One section's heading and paragraphs in one language."""

    title: str
    paras: list[Para] = field(default_factory=list)


@dataclass
class Section:
    """A clause as it appears in the document, in every language."""

    clause_id: str
    section: str
    part: str  # front | recitals | article | closing
    number: int | None  # article number; None outside the article part
    texts: dict[str, Block]


@dataclass
class Signatory:
    """One party's signature column."""

    label: dict[str, str]  # language -> PIHAK PERTAMA / short name
    name: str
    representative: str
    title: dict[str, str]  # language -> the representative's title in that language


@dataclass
class Witness:
    """A witness who signs beneath the parties."""

    name: str
    title: dict[str, str]  # language -> title


@dataclass
class SignatureBlock:
    """The parties' signature columns, the witnesses, and the stamp-duty labels."""

    signatories: list[Signatory]
    witnesses: list[Witness]
    stamp_duty: bool
    e_meterai: bool
    labels: dict[str, dict[str, str]]  # language -> label key -> text


@dataclass
class Document:
    """A whole agreement: the same tree for the Markdown and DOCX writers."""

    langs: tuple[str, ...]
    title_lines: dict[str, list[str]]
    article_label: dict[str, str]  # language -> "Pasal {n}" / "Article {n}"
    sections: list[Section]
    signatures: SignatureBlock | None
    meta: dict[str, str] = field(default_factory=dict)  # title, subject, author, keywords, ...
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> skeleton labels
    # the answers it was built from, embedded by the writers when set
    answers: dict[str, Any] | None = None

    def articles(self) -> list[Section]:
        return [s for s in self.sections if s.part == "article"]

    def part(self, name: str) -> list[Section]:
        return [s for s in self.sections if s.part == name]

    def heading(self, section: Section, lang: str) -> str:
        """``Pasal 3`` / ``Article 3`` for an article, else empty."""
        if section.number is None:
            return ""
        return self.article_label[lang].format(n=section.number)
