"""From the blocks a reader found to a ``Draft``: headings, articles, recitals, signature block.

Every reader (Markdown, plain text, DOCX) turns its file into a flat list of ``Block`` in
reading order, with the cues it saw (a heading style, bold, a table column). ``assemble`` does
the rest the same way for all formats:

1. split blocks into pieces: an article heading line, its title line, the body;
2. give each piece a language (a bilingual table column forces it);
3. pick the draft's article style: when any "Pasal/Article/Section/Clause N" heading exists,
   numbered lines ("1. DEFINITIONS") are list items, not articles;
4. walk the pieces: title block, recitals ("bahwa", "WHEREAS", "Background"), articles (one
   list per language in a bilingual draft), the signature block, annexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from mou_cli.draft import Article, Chunk, Draft, Loc
from mou_cli.draft.lang import detect
from mou_cli.draft.rx import lazy
from mou_cli.readers.headings import Heading, classify, title_like


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


@dataclass
class _Piece:
    text: str
    block: Block
    offset: int = 0  # line offset inside the block
    kind: str = "para"
    heading: Heading | None = None
    lang: str | None = None
    is_title: bool = False  # the title line of the heading before it
    title_for: _Piece | None = None
    part: str = ""
    in_signature: bool = False
    articles: list[Article] = field(default_factory=list)


# recitals: "bahwa", "WHEREAS", and the participles of treaty-style MoUs ("DESIRING to ...")
_RECITAL = lazy(
    r"^\s*(?:\(?[a-zA-Z0-9]{1,3}[.)]\s*)?(?:bahwa|whereas|menimbang|mengingat|desiring"
    r"|recogni[sz]ing|considering|acknowledging|noting|believing|bearing in mind|mindful"
    r"|berhasrat|berkeinginan|menyadari|mengakui|mempertimbangkan)\b",
    re.I,
)
_BACKGROUND = lazy(
    r"^\s*(recitals?|background|latar belakang|premises|preamble|mukadimah|pendahuluan)\s*:?\s*$",
    re.I,
)
_LEAD_IN = lazy(
    r"^\s*(now,?\s+therefore|now this \w+ witness|berdasarkan hal-hal|dengan demikian"
    r"|oleh karena itu|"
    r"(?:the parties |para pihak )?(?:have|has|telah) (?:reached|agreed|mencapai|menyepakati|"
    r"sepakat)|"
    r"the parties (?:therefore |hereby )?agree|para pihak (?:dengan ini )?(?:telah )?sepakat|"
    r"it is (?:hereby )?agreed)",
    re.I,
)
_SIGN_TRIGGER = lazy(
    r"^\s*(in witness|demikian\b(?!\s+(?:pula|juga|halnya|pun)\b)|untuk dan atas nama|"
    r"for and on behalf|signed (?:for|by|on behalf)|ditandatangani oleh|"
    r"as witness|sebagai bukti)",
    re.I,
)
_SIGN_CELL = lazy(
    r"(meterai|materai|\bttd\b|tanda tangan|signature|\bsigned\b|^\s*nama\s*:|^\s*name\s*:|"
    r"^\s*jabatan\s*:|^\s*title\s*:|_{4,}|\.{6,}|pihak (?:pertama|kedua|ketiga|kesatu)\b|"
    r"(?:first|second|third) party|untuk dan atas nama|for and on behalf|^\s*by\s*:)",
    re.I | re.M,
)
_ANNEX = lazy(
    r"^\s*(lampiran|annex|appendix|schedule|attachment|exhibit|daftar periksa kelengkapan"
    r"|completeness checklist)\b",
    re.I,
)


def split_bilingual_heading(text: str) -> list[str]:
    """``Pasal 1 — X / Article 1 — Y`` -> both halves; anything else -> [text]."""
    if " / " in text:
        left, right = text.split(" / ", 1)
        if classify(left) and classify(right):
            return [left, right]
    return [text]


def _explode(b: Block, numbered_ok: bool) -> list[_Piece]:
    lines = [ln.strip() for ln in b.text.split("\n")]
    if b.kind in ("header", "footer"):
        text = " ".join(ln for ln in lines if ln)
        return [_Piece(text, b, 0, b.kind)] if text else []
    out: list[_Piece] = []
    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    if i == len(lines):
        return out
    for part in split_bilingual_heading(lines[i]):
        h = classify(part, cues=b.cues, numbered_ok=numbered_ok)
        if h is None:
            out = []
            break
        if h.rest and part.endswith(h.rest):
            part = part[: len(part) - len(h.rest)].rstrip()
        out.append(_Piece(part, b, i, "heading", heading=h, lang=h.lang))
    if out:
        h = out[-1].heading
        i += 1
        if h and h.rest:
            out.append(_Piece(h.rest, b, i - 1, "para"))
        elif h and not h.title:
            while i < len(lines) and not lines[i]:
                i += 1
            if i < len(lines) and title_like(lines[i], relaxed=b.cues) and not classify(lines[i]):
                out.append(_Piece(lines[i], b, i, "heading", is_title=True, title_for=out[-1]))
                i += 1
    rest = [(k, ln) for k, ln in enumerate(lines[i:], i) if ln]
    if rest:
        joiner = " " if b.soft else "\n"
        kind = b.kind if b.kind in ("title", "item", "cell") else "para"
        if b.kind == "heading" and not out:
            kind = "heading"
        out.append(_Piece(joiner.join(ln for _, ln in rest), b, rest[0][0], kind))
    return out


def _langs(pieces: list[_Piece]) -> tuple[tuple[str, ...], bool]:
    """The draft's languages in column order, and whether it is bilingual. Columns of a
    bilingual table (or `mou`'s Markdown layout) decide the order: by column, then by first
    appearance."""
    forced: dict[str, tuple[int, int]] = {}
    words: dict[str, int] = {}
    first: dict[str, int] = {}
    for n, p in enumerate(pieces):
        if p.block.lang:
            forced.setdefault(p.block.lang, (p.block.column or 0, n))
        if p.lang:
            size = len(p.text.split())
            words[p.lang] = words.get(p.lang, 0) + size
            if size >= 5:
                first.setdefault(p.lang, n)
    total = sum(words.values())
    if not total:
        return ("en",), False
    found = [lang for lang, w in words.items() if w >= 0.2 * total]
    if len(forced) >= 2:
        order = sorted(forced, key=lambda lang: forced[lang])
        found = list(dict.fromkeys(order + found))
    else:
        found.sort(key=lambda lang: first.get(lang, 10**9))
    return tuple(found), len(found) > 1


_TRAILING_SMALL = frozenset(
    """dan atau yang di ke dari untuk dengan pada dalam oleh serta and or of the to for in on by
    with a an""".split()  # noqa: SIM905
)


def short_title(text: str) -> bool:
    """A line that can be the title under an article heading ("Kerahasiaan", "Term and
    Termination"): capitalised, no sentence punctuation, not ending in a small word, and
    Title Case unless very short."""
    text = text.strip().strip("*_ ")
    if not text or not (text[0].isupper() or text[0] in "\"'“") or text[-1] in ".;:,":
        return False
    words = text.split()
    if len(words) > 10 or words[-1].lower() in _TRAILING_SMALL or classify(text) is not None:
        return False
    return title_like(text) or (len(words) <= 6 and title_like(text, relaxed=True))


def _titles_on_next_block(pieces: list[_Piece]) -> None:
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


def _mark_signature_tables(pieces: list[_Piece]) -> None:
    """A table (not a bilingual one) whose cells look like signature columns."""
    tables: dict[int, list[_Piece]] = {}
    for p in pieces:
        if p.block.table is not None and p.block.column is None:
            tables.setdefault(p.block.table, []).append(p)
    for cells in tables.values():
        hits = sum(1 for p in cells if _SIGN_CELL.search(p.text))
        if hits >= 2 and hits >= 0.3 * len(cells):
            for p in cells:
                p.block.signature_table = True


def _signature_start(pieces: list[_Piece], after: int) -> int | None:
    for n in range(after, len(pieces)):
        p = pieces[n]
        if p.kind in ("header", "footer"):
            continue
        if p.block.signature_table or _SIGN_TRIGGER.match(p.text):
            return n
    return None


def _annex_start(pieces: list[_Piece], sig: int | None) -> int:
    """Where the annex begins: an annex heading after the signature block (len when none)."""
    if sig is None:
        return len(pieces)
    for n in range(sig + 1, len(pieces)):
        p = pieces[n]
        if p.kind in ("header", "footer"):
            continue
        if _ANNEX.match(p.text) and (p.block.cues or title_like(p.text)):
            return n
    return len(pieces)


def _recital_range(pieces: list[_Piece], end: int) -> tuple[int, int] | None:
    start = None
    for n in range(end):
        p = pieces[n]
        if p.kind in ("title", "header", "footer"):
            continue
        if start is None and (_RECITAL.match(p.text) or _BACKGROUND.match(p.text)):
            start = n
        elif start is not None and _LEAD_IN.match(p.text):
            return start, n
    return (start, end) if start is not None else None


def assemble(
    path: str,
    source_format: str,
    blocks: list[Block],
    *,
    disabled: dict[str, set[int | None]] | None = None,
    answers: dict | None = None,
    tracked_changes: list[Loc] | None = None,
    comments: list[Loc] | None = None,
) -> Draft:
    """Build the ``Draft`` from a reader's blocks (see the module docstring)."""
    pieces = [p for b in blocks for p in _explode(b, numbered_ok=True)]
    if any(p.heading and p.heading.keyword and p.heading.kind == "article" for p in pieces):
        pieces = [p for b in blocks for p in _explode(b, numbered_ok=False)]
    _titles_on_next_block(pieces)
    _mark_signature_tables(pieces)

    heads = [
        n for n, p in enumerate(pieces) if p.heading is not None and p.heading.kind == "article"
    ]
    first_art = heads[0] if heads else None
    last_art = heads[-1] if heads else None
    body_start = next((n for n, p in enumerate(pieces) if p.kind not in ("title",)), 0)
    sig = _signature_start(pieces, last_art if last_art is not None else body_start)
    if sig is not None and first_art is None and sig < len(pieces) // 3:
        sig = _signature_start(pieces, len(pieces) // 3)
    annex = _annex_start(pieces, sig)
    recitals = _recital_range(pieces, first_art if first_art is not None else (sig or len(pieces)))

    for p in pieces:
        if p.lang is None:
            p.lang = p.block.lang or detect(p.text)
    # the annex (the checklist page of `mou new --with-checklist`, a Lampiran) and the running
    # headers and footers say nothing about the agreement's languages
    langs, bilingual = _langs([p for p in pieces[:annex] if p.kind not in ("header", "footer")])
    for p in pieces:
        if p.is_title and p.title_for is not None and p.title_for.lang and not p.block.lang:
            p.lang = p.title_for.lang

    # the title block: Markdown "# ..." / Word Title style, or leading lines in capitals
    limit = min(
        x for x in (first_art, recitals[0] if recitals else None, len(pieces)) if x is not None
    )
    for n, p in enumerate(pieces[:limit]):
        if p.kind == "title" or p.kind in ("header", "footer"):
            continue
        short = p.heading is None and p.kind in ("para", "heading") and len(p.text.split()) <= 40
        if short and (p.text.isupper() or (p.block.cues and n and pieces[n - 1].kind == "title")):
            p.kind = "title"
            continue
        break

    articles: list[Article] = []
    current: dict[str | None, Article] = {}
    last: Article | None = None
    fed: set[int] = set()  # articles that have body text so far
    for n, p in enumerate(pieces):
        if p.kind in ("header", "footer"):
            p.part = "margin"
            continue
        if n >= annex:
            p.part = "annex"
            continue
        if sig is not None and n >= sig:
            p.in_signature = True
            p.part = "closing"
            if n == sig and last is not None and id(last) not in fed:
                p.articles = [last]
            continue
        h = p.heading
        if h is not None and h.kind == "article":
            art = Article(h.label, h.number, h.title, Loc(), lang=h.lang)
            key = (h.lang or p.lang) if bilingual else None
            if bilingual and p.block.column is not None and p.block.lang:
                key = p.block.lang
            art.lang = art.lang or p.lang
            current[key] = art
            last = art
            articles.append(art)
            p.articles = [art]
            p.part = "article"
            continue
        if h is not None and h.kind == "chapter":
            current.clear()
            last = None
            p.part = "article" if first_art is not None and n > first_art else "front"
            p.kind = "heading"
            continue
        if p.is_title and p.title_for is not None:
            prev = p.title_for
            p.part = prev.part
            for art in prev.articles:
                if not art.title:
                    art.title = p.text.strip().rstrip(".:")
            p.articles = list(prev.articles)
            continue
        if first_art is None or n < first_art:
            if p.kind == "title":
                p.part = "title"
            elif recitals and recitals[0] <= n < recitals[1]:
                p.part = "recitals"
            elif first_art is None and (recitals is None or n >= recitals[1]):
                p.part = "article"  # a draft without article headings: the body is all there is
            else:
                p.part = "front"
            continue
        p.part = "article"
        target = None
        if bilingual:
            key = p.block.lang or p.lang
            target = current.get(key)
        if target is None:
            target = last
        if target is not None:
            p.articles = [target]
            fed.add(id(target))

    _article_langs(articles, pieces, None if bilingual else langs[0])
    chunks: list[Chunk] = []
    annexed: list[Chunk] = []
    for p in pieces:
        label = p.articles[0].label if p.articles else None
        b = p.block
        line = b.line + p.offset if b.line is not None else None
        loc = Loc(line=line, para=b.para, article=label)
        chunk = Chunk(
            text=p.text,
            loc=loc,
            kind=p.kind,
            lang=p.lang,
            column=b.column,
            in_signature=p.in_signature,
            part=p.part,
        )
        (annexed if p.part == "annex" else chunks).append(chunk)
        if p.part == "annex":
            continue
        if p.heading is not None and p.heading.kind == "article" and p.articles:
            p.articles[0].loc = loc
        elif not p.is_title or not p.articles:
            for art in p.articles:
                art.body.append(chunk)
    return Draft(
        path=path,
        source_format=source_format,
        chunks=chunks,
        articles=articles,
        langs=langs,
        bilingual=bilingual,
        answers=answers,
        tracked_changes=tracked_changes or [],
        comments=comments or [],
        disabled=disabled or {},
        annex=annexed,
    )


def _article_langs(articles: list[Article], pieces: list[_Piece], default: str | None) -> None:
    """Give each article without a language the one most of its pieces are in.

    A piece counts for an article when ``article in piece.articles``: by equality, and until
    their body and place are filled in, two articles with the same label, number and title (and
    no language yet) are equal. The pieces' languages are gathered once per article, so this
    takes one pass over the pieces, not one per article."""
    per_article: dict[int, list[tuple[int, str]]] = {}
    for n, p in enumerate(pieces):
        if p.lang:
            for a in dict.fromkeys(map(id, p.articles)):
                per_article.setdefault(a, []).append((n, p.lang))
    alike: dict[tuple, list[Article]] = {}
    for a in articles:
        alike.setdefault((a.label, a.number, a.title), []).append(a)
    for art in articles:
        if art.lang is not None:
            continue
        same = [a for a in alike[(art.label, art.number, art.title)] if a == art]
        if len(same) == 1:
            found = [lang for _, lang in per_article.get(id(art), [])]
        else:  # equal twins: a piece of either counts once
            ids = {id(a) for a in same}
            found = [p.lang for p in pieces if p.lang and any(id(a) in ids for a in p.articles)]
        art.lang = max(set(found), key=found.count) if found else default


def with_article(loc: Loc, article: str | None) -> Loc:
    return replace(loc, article=article)
