"""From the blocks a reader found to a ``Draft``: headings, articles, recitals, signature block.

Every reader (Markdown, plain text, DOCX) turns its file into a flat list of ``Block`` in
reading order, with the cues it saw (a heading style, bold, a table column). ``assemble`` does
the rest the same way for all formats:

1. split blocks into pieces: an article heading line, its title line, the body
   (``pieces.split``);
2. pick the draft's article style: when any "Pasal/Article/Section/Clause N" heading exists,
   numbered lines ("1. DEFINITIONS") are list items, not articles (``pieces.split`` too);
3. find where the recitals, the signature block and an annex begin (``landmarks``);
4. give each piece a language (a bilingual table column forces it) (``languages``);
5. walk the pieces: title block, recitals ("bahwa", "WHEREAS", "Background"), articles (one
   list per language in a bilingual draft), the signature block, annexes (``_Walk``);
6. turn the pieces into the draft's chunks and fill in each article's place and body.
"""

from __future__ import annotations

from typing import Any

from mou_cli.draft import Article, Chunk, Draft, Loc
from mou_cli.readers import landmarks, pieces
from mou_cli.readers.blocks import Block
from mou_cli.readers.headings import Heading
from mou_cli.readers.landmarks import Landmarks
from mou_cli.readers.languages import article_langs, give_languages
from mou_cli.readers.pieces import Piece


def assemble(
    path: str,
    source_format: str,
    blocks: list[Block],
    *,
    disabled: dict[str, set[int | None]] | None = None,
    answers: dict[str, Any] | None = None,
) -> Draft:
    """Build the ``Draft`` from a reader's blocks (see the module docstring)."""
    found = pieces.split(blocks)
    pieces.renumber_garbled(found)
    pieces.titles_on_next_block(found)
    pieces.titles_above(found)
    landmarks.mark_signature_tables(found)
    marks = landmarks.find(found)
    langs, bilingual = give_languages(found, marks.annex)
    _title_block(found, marks)
    articles = _Walk(marks, bilingual).run(found)
    article_langs(articles, found, None if bilingual else langs[0])
    chunks, annexed = _chunks(found)
    return Draft(
        path=path,
        source_format=source_format,
        chunks=chunks,
        articles=articles,
        langs=langs,
        bilingual=bilingual,
        answers=answers,
        disabled=disabled or {},
        annex=annexed,
    )


def _title_block(found: list[Piece], marks: Landmarks) -> None:
    """The title block: Markdown "# ..." / Word Title style, or leading lines in capitals
    (or with heading cues right after a title) before the recitals and the first article."""
    ends = (marks.first_article, marks.recitals[0] if marks.recitals else None, len(found))
    limit = min(x for x in ends if x is not None)
    for n, p in enumerate(found[:limit]):
        if p.kind == "title" or p.is_margin:
            continue
        short = p.heading is None and p.kind in ("para", "heading") and len(p.text.split()) <= 40
        if short and (p.text.isupper() or (p.block.cues and n and found[n - 1].kind == "title")):
            p.kind = "title"
            continue
        break


class _Walk:
    """Give each piece its part of the draft and its article, and collect the articles."""

    def __init__(self, marks: Landmarks, bilingual: bool) -> None:
        self.marks = marks
        self.bilingual = bilingual
        self.articles: list[Article] = []
        self.current: dict[str | None, Article] = {}  # by language in a bilingual draft
        self.last: Article | None = None
        self.fed: set[int] = set()  # ids of the articles that have body text so far
        self.above: dict[int, Piece] = {}  # title pieces met before their heading, by its id

    def run(self, found: list[Piece]) -> list[Article]:
        for n, p in enumerate(found):
            self._place(n, p)
        return self.articles

    def _place(self, n: int, p: Piece) -> None:
        marks = self.marks
        if p.is_margin:
            p.part = "margin"
        elif n >= marks.annex:
            p.part = "annex"
        elif marks.signature is not None and n >= marks.signature:
            self._closing(n, p)
        elif p.heading is not None and p.heading.kind == "article":
            self._article(p, p.heading)
        elif p.heading is not None and p.heading.kind == "chapter":
            self._chapter(n, p)
        elif p.is_title and p.title_for is not None:
            self._title(p, p.title_for)
        elif marks.first_article is None or n < marks.first_article:
            p.part = self._before_articles(n, p)
        else:
            self._body(p)

    def _closing(self, n: int, p: Piece) -> None:
        """The signature block; its first piece belongs to a last article left without body."""
        p.in_signature = True
        p.part = "closing"
        if n == self.marks.signature and self.last is not None and id(self.last) not in self.fed:
            p.articles = [self.last]

    def _article(self, p: Piece, h: Heading) -> None:
        art = Article(h.label, h.number, h.title, Loc(), lang=h.lang or p.lang)
        key = (h.lang or p.lang) if self.bilingual else None
        if self.bilingual and p.block.column is not None and p.block.lang:
            key = p.block.lang
        self.current[key] = art
        self.last = art
        self.articles.append(art)
        p.articles = [art]
        p.part = "article"
        title = self.above.pop(id(p), None)
        if title is not None:
            self._title(title, p)

    def _chapter(self, n: int, p: Piece) -> None:
        """A chapter heading ("BAB I") ends the article before it."""
        self.current.clear()
        self.last = None
        first = self.marks.first_article
        p.part = "article" if first is not None and n > first else "front"
        p.kind = "heading"

    def _title(self, p: Piece, heading: Piece) -> None:
        """The title line under (or above) a heading: the title of its articles, when they
        have none."""
        if not heading.part:  # a title above its heading waits for it
            self.above[id(heading)] = p
            return
        p.part = heading.part
        for art in heading.articles:
            if not art.title:
                art.title = p.text.strip().rstrip(".:")
        p.articles = list(heading.articles)

    def _before_articles(self, n: int, p: Piece) -> str:
        recitals = self.marks.recitals
        if p.kind == "title":
            return "title"
        if recitals and recitals[0] <= n < recitals[1]:
            return "recitals"
        if self.marks.first_article is None and (recitals is None or n >= recitals[1]):
            return "article"  # a draft without article headings: the body is all there is
        return "front"

    def _body(self, p: Piece) -> None:
        """Body text: it belongs to the article of its language (bilingual), else the last."""
        p.part = "article"
        target = self.current.get(p.block.lang or p.lang) if self.bilingual else None
        if target is None:
            target = self.last
        if target is not None:
            p.articles = [target]
            self.fed.add(id(target))


def _chunks(found: list[Piece]) -> tuple[list[Chunk], list[Chunk]]:
    """The draft's chunks and, apart, the annex's; each article gets its place and body."""
    chunks: list[Chunk] = []
    annexed: list[Chunk] = []
    for p in found:
        chunk = _chunk(p)
        if p.part == "annex":
            annexed.append(chunk)
            continue
        chunks.append(chunk)
        if p.is_article_heading and p.articles:
            p.articles[0].loc = chunk.loc
        elif not p.is_title or not p.articles:
            for art in p.articles:
                art.body.append(chunk)
    return chunks, annexed


def _chunk(p: Piece) -> Chunk:
    b = p.block
    line = b.line + p.offset if b.line is not None else None
    loc = Loc(line=line, para=b.para, article=p.articles[0].label if p.articles else None)
    return Chunk(
        text=p.text,
        loc=loc,
        kind=p.kind,
        lang=p.lang,
        column=b.column,
        in_signature=p.in_signature,
        part=p.part,
    )
