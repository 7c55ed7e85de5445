"""Blocks split into pieces: an article heading line, the title line under it, the body.

A bilingual heading line (``Pasal 1 — X / Article 1 — Y``) gives one heading piece per
language; the title of a bare heading ("Pasal 3", then "Kerahasiaan") may be the next line of
its block or the next block, or, in some scanned agreements, the line above it. Numbers in a
table's "No." column, numbered lists inside unnumbered Markdown sections and "4.0" under "4."
are not articles; "SECTION n" over runs of "ARTICLE n" is a chapter; a heading number OCR
misread takes the number its neighbours leave.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
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
    Clause N" heading exists, numbered lines ("1. DEFINITIONS") are list items, not articles;
    so are numbered Markdown headings nested in unnumbered sections."""
    pieces = [p for b in blocks for p in explode(b, numbered_ok=True)]
    numbered = {id(p.block) for p in pieces if p.is_article_heading and not _keyword(p)}
    if numbered and any(p.is_article_heading and _keyword(p) for p in pieces):
        pieces = _reread(pieces, numbered)
    elif nested := _nested_numbered(pieces):
        pieces = _reread(pieces, nested)
    _outer_keyword_is_chapter(pieces)
    return _sub_zero_kept_in(pieces)


def _keyword(p: Piece) -> bool:
    return p.heading is not None and p.heading.keyword


def _reread(pieces: list[Piece], blocks: set[int]) -> list[Piece]:
    """``pieces`` with the blocks whose ids are in ``blocks`` read again without numbered
    article headings (only blocks that had one change)."""
    out: list[Piece] = []
    for n, p in enumerate(pieces):
        if id(p.block) not in blocks:
            out.append(p)
        elif not n or pieces[n - 1].block is not p.block:
            out.extend(explode(p.block, numbered_ok=False))
    return out


def _nested_numbered(pieces: list[Piece]) -> set[int]:
    """Markdown headings "#### 1. Joint Projects" .. "#### 4. Training" inside one section of
    a draft whose sections are unnumbered "## ..." headings: a numbered list, not the articles.
    They are when more shallower headings follow the last of them than there are of them.
    The ids of their blocks (empty when the numbered headings are the articles)."""
    heads = [n for n, p in enumerate(pieces) if p.is_article_heading]
    levels = [pieces[n].block.level for n in heads]
    if not heads or None in levels:
        return set()
    top = min(lv for lv in levels if lv is not None)
    after = [
        p
        for p in pieces[heads[-1] + 1 :]
        if p.heading is None and p.block.level is not None and p.block.level < top
    ]
    return {id(pieces[n].block) for n in heads} if len(after) >= len(heads) else set()


def _sub_zero_kept_in(pieces: list[Piece]) -> list[Piece]:
    """ "4. Partner Commitments" then "4.0 Qualifications": the "4.0" under article 4 is its
    first sub-clause, not article 4 again (where there is no "4." before it, "4.0" is)."""
    out: list[Piece] = []
    last: Heading | None = None
    reread: Block | None = None  # a block read again without numbered headings
    for p in pieces:
        if p.block is reread:
            continue
        h = p.heading
        if h is not None and h.kind == "article":
            if last is not None and last.label == f"{last.number}." == h.label[:-1]:
                reread = p.block
                out.extend(explode(p.block, numbered_ok=False))
                continue
            last = h
        out.append(p)
    return out


def _outer_keyword_is_chapter(pieces: list[Piece]) -> None:
    """ "SECTION 1: GENERAL TERMS" followed by "ARTICLE 1" .. "ARTICLE 7", "SECTION 2" by
    "ARTICLE 8" ..: a keyword whose headings each open a run of another keyword's headings,
    numbered on across them and at least twice as many, is a chapter keyword."""
    keyed = [(p, h) for p in pieces if (h := p.heading) and h.kind == "article" and h.keyword]
    words = [h.label.split()[0].lower() for _, h in keyed]
    counts = Counter(words)
    for outer, n in counts.items():
        at = [i for i, w in enumerate(words) if w == outer]
        inner = {words[i + 1] for i in at if i + 1 < len(words)}
        if len(inner) != 1 or outer in inner:
            continue
        (word,) = inner
        starts = [keyed[i + 1][1].number for i in at if i + 1 < len(keyed)]
        if counts[word] >= 2 * n and starts.count(1) <= 1 and at[0] < words.index(word):
            for i in at:
                p, h = keyed[i]
                p.heading = dataclasses.replace(h, kind="chapter")


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
    out = _heading_pieces(b, lines[i], i, numbered_ok, _opens_sub_numbers(lines, i))
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


def _opens_sub_numbers(lines: list[str], i: int) -> bool:
    """ "8. Term" with "8.1 Initial Term ..." on the next line: the sub-numbering makes the
    numbered line a heading even without heading formatting."""
    number = lines[i][:4].split(".", 1)[0].strip()
    if i + 1 == len(lines) or not number.isdigit():
        return False
    return lines[i + 1].lstrip().startswith(f"{number}.1")


def _heading_pieces(
    b: Block, line: str, i: int, numbered_ok: bool, cues: bool = False
) -> list[Piece]:
    """The heading on line ``i`` (one piece per language of a bilingual one), or []."""
    out: list[Piece] = []
    for part in split_bilingual_heading(line):
        h = classify(part, cues=b.cues or cues, numbered_ok=numbered_ok, ocr=b.ocr)
        if h is None or (not h.keyword and _row_number(b, h)):
            return []
        if h.rest and part.endswith(h.rest):
            part = part[: len(part) - len(h.rest)].rstrip()
        out.append(Piece(part, b, i, "heading", heading=h, lang=h.lang))
    return out


def _row_number(b: Block, h: Heading) -> bool:
    """The "No." column of a table ("1", "2" or "1." beside a price), not an article number:
    a numbered line in a table cell, unless the table is a bilingual one in columns."""
    return b.table is not None and (b.column is None or not h.title)


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


def titles_above(pieces: list[Piece]) -> None:
    """ "MAKSUD DAN TUJUAN" on the line above "PASAL 1": in a draft that puts its titles above
    bare headings (at least twice, and more often than below them), the line in capitals just
    above a heading without title is its title. Not the title of a chapter ("BAB I" / title)."""
    found: list[tuple[Piece, Piece]] = []
    below = 0
    for n, p in enumerate(pieces):
        h = p.heading
        if h is None or h.kind != "article":
            continue
        if h.title or h.rest or (n + 1 < len(pieces) and pieces[n + 1].title_for is p):
            below += 1
            continue
        q = pieces[n - 1] if n else None
        if q is None or q.heading is not None or q.is_title or q.kind not in ("para", "heading"):
            continue
        chapter = n >= 2 and pieces[n - 2].heading is not None
        same = (q.block.table, q.block.column) == (p.block.table, p.block.column)
        if same and not chapter and q.text.isupper() and short_title(q.text):
            found.append((q, p))
    if len(found) >= 2 and len(found) > below:
        for q, p in found:
            q.is_title, q.title_for, q.kind = True, p, "heading"


def renumber_garbled(pieces: list[Piece]) -> None:
    """An article heading whose number OCR misread ("Pasa) I" between Pasal 10 and Pasal 12)
    takes the number its neighbours leave for it."""
    heads = [p for p in pieces if p.is_article_heading]
    for n, p in enumerate(heads):
        h = p.heading
        if h is None or not h.garbled:
            continue
        before = heads[n - 1].heading if n else None
        after = heads[n + 1].heading if n + 1 < len(heads) else None
        prev = before.number if before else None
        nxt = after.number if after else None
        if prev is not None and (nxt is None or nxt == prev + 2):
            number = prev + 1
        elif prev is None and nxt is not None and nxt > 1:
            number = nxt - 1
        else:
            continue
        if number != h.number:
            label = f"{h.label.split()[0]} {number}" if h.keyword else f"{number}."
            p.heading = dataclasses.replace(h, number=number, label=label)
