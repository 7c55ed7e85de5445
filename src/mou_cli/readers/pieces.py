"""Blocks split into pieces: an article heading line, the title line under it, the body.

A bilingual heading line (``Pasal 1 — X / Article 1 — Y``) gives one heading piece per
language; the title of a bare heading ("Pasal 3", then "Kerahasiaan") may be the next line of
its block or the next block.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mou_cli.draft import Article
from mou_cli.readers.blocks import Block
from mou_cli.readers.headings import Heading, classify, short_title, title_like


@dataclass
class Piece:
    """A piece of a block, and what ``assemble`` finds out about it."""

    text: str
    block: Block
    offset: int = 0  # line offset inside the block
    kind: str = "para"
    heading: Heading | None = None
    lang: str | None = None
    is_title: bool = False  # the title line of the heading before it
    title_for: Piece | None = None
    part: str = ""
    in_signature: bool = False
    articles: list[Article] = field(default_factory=list)

    @property
    def is_margin(self) -> bool:
        """A running header or footer."""
        return self.kind in ("header", "footer")

    @property
    def is_article_heading(self) -> bool:
        return self.heading is not None and self.heading.kind == "article"


def split(blocks: list[Block]) -> list[Piece]:
    """Every block's pieces, in the draft's article style: when any "Pasal/Article/Section/
    Clause N" heading exists, numbered lines ("1. DEFINITIONS") are list items, not articles."""
    pieces = [p for b in blocks for p in explode(b, numbered_ok=True)]
    if any(p.heading and p.heading.keyword and p.is_article_heading for p in pieces):
        pieces = [p for b in blocks for p in explode(b, numbered_ok=False)]
    return pieces


def split_bilingual_heading(text: str) -> list[str]:
    """``Pasal 1 — X / Article 1 — Y`` -> both halves; anything else -> [text]."""
    if " / " in text:
        left, right = text.split(" / ", 1)
        if classify(left) and classify(right):
            return [left, right]
    return [text]


def explode(b: Block, numbered_ok: bool) -> list[Piece]:
    """One block's pieces: its heading (if its first line is one), the title or run-in text
    after the heading, and the rest of its text as one piece."""
    lines = [ln.strip() for ln in b.text.split("\n")]
    if b.kind in ("header", "footer"):
        text = " ".join(ln for ln in lines if ln)
        return [Piece(text, b, 0, b.kind)] if text else []
    i = _skip_blank(lines, 0)
    if i == len(lines):
        return []
    out = _heading_pieces(b, lines[i], i, numbered_ok)
    if out:
        i = _after_heading(b, lines, i + 1, out)
    rest = [(k, ln) for k, ln in enumerate(lines[i:], i) if ln]
    if rest:
        joiner = " " if b.soft else "\n"
        kind = b.kind if b.kind in ("title", "item", "cell") else "para"
        if b.kind == "heading" and not out:
            kind = "heading"
        out.append(Piece(joiner.join(ln for _, ln in rest), b, rest[0][0], kind))
    return out


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i]:
        i += 1
    return i


def _heading_pieces(b: Block, line: str, i: int, numbered_ok: bool) -> list[Piece]:
    """The heading on line ``i`` (one piece per language of a bilingual one), or []."""
    out: list[Piece] = []
    for part in split_bilingual_heading(line):
        h = classify(part, cues=b.cues, numbered_ok=numbered_ok)
        if h is None:
            return []
        if h.rest and part.endswith(h.rest):
            part = part[: len(part) - len(h.rest)].rstrip()
        out.append(Piece(part, b, i, "heading", heading=h, lang=h.lang))
    return out


def _after_heading(b: Block, lines: list[str], i: int, out: list[Piece]) -> int:
    """Add the run-in text or the title line after the heading pieces ``out``; the index of
    the first line left for the body."""
    h = out[-1].heading
    if h and h.rest:
        out.append(Piece(h.rest, b, i - 1, "para"))
    elif h and not h.title:
        i = _skip_blank(lines, i)
        if i < len(lines) and title_like(lines[i], relaxed=b.cues) and not classify(lines[i]):
            out.append(Piece(lines[i], b, i, "heading", is_title=True, title_for=out[-1]))
            i += 1
    return i


def titles_on_next_block(pieces: list[Piece]) -> None:
    """ "Pasal 3" on one line and "Kerahasiaan" on the next (Indonesian convention)."""
    for n, p in enumerate(pieces):
        h = p.heading
        if h is None or h.title or h.rest or (n + 1 < len(pieces) and pieces[n + 1].is_title):
            continue
        ctx = (p.block.table, p.block.column)
        for q in pieces[n + 1 : n + 4]:
            if (q.block.table, q.block.column) != ctx:
                continue
            if (
                q.heading is None
                and not q.is_title
                and q.block is not p.block
                and q.kind in ("para", "heading", "cell")
                and short_title(q.text)
            ):
                q.is_title, q.title_for, q.kind = True, p, "heading"
            break
