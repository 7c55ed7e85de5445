"""The languages of a draft, of each piece and of each article.

A bilingual table column (or `mou`'s Markdown layout) forces a piece's language; otherwise it
is detected from the words. The draft's languages are those with a fifth of its words, in
column order for a side-by-side draft, else in order of first appearance.
"""

from __future__ import annotations

from mou_cli.draft import Article
from mou_cli.draft.lang import detect
from mou_cli.readers.pieces import Piece


def give_languages(pieces: list[Piece], annex: int) -> tuple[tuple[str, ...], bool]:
    """Give every piece a language; the draft's languages and whether it is bilingual.

    The annex (the checklist page of `mou new --with-checklist`, a Lampiran) and the running
    headers and footers say nothing about the agreement's languages. A title line under a
    heading then takes the heading's language."""
    for p in pieces:
        if p.lang is None:
            p.lang = p.block.lang or detect(p.text)
    _headings_speak_as_their_text(pieces)
    langs, bilingual = draft_langs([p for p in pieces[:annex] if not p.is_margin])
    for p in pieces:
        if p.is_title and p.title_for is not None and p.title_for.lang and not p.block.lang:
            p.lang = p.title_for.lang
    return langs, bilingual


def _headings_speak_as_their_text(pieces: list[Piece]) -> None:
    """A heading whose words name no language ("4. METODE PEMBAYARAN", "2. NON-DISCLOSURE")
    is in the language of the text under it (a bilingual draft alternates blocks)."""
    for n, p in enumerate(pieces):
        if p.lang is not None or not p.is_article_heading:
            continue
        for q in pieces[n + 1 : n + 8]:
            if q.is_article_heading:
                break
            if q.lang is not None and not q.is_margin:
                p.lang = q.lang
                break


def draft_langs(pieces: list[Piece]) -> tuple[tuple[str, ...], bool]:
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


def article_langs(articles: list[Article], pieces: list[Piece], default: str | None) -> None:
    """Give each article without a language the one most of its pieces are in.

    A piece counts for an article when ``article in piece.articles``: by equality, and until
    their body and place are filled in, two articles with the same label, number and title (and
    no language yet) are equal. The pieces' languages are gathered once per article, so this
    takes one pass over the pieces, not one per article."""
    per_article: dict[int, list[str]] = {}
    for p in pieces:
        if p.lang:
            for art_id in dict.fromkeys(map(id, p.articles)):
                per_article.setdefault(art_id, []).append(p.lang)
    alike: dict[tuple[str, int | None, str], list[Article]] = {}
    for a in articles:
        alike.setdefault((a.label, a.number, a.title), []).append(a)
    for art in articles:
        if art.lang is not None:
            continue
        same = [a for a in alike[(art.label, art.number, art.title)] if a == art]
        if len(same) == 1:
            found = per_article.get(id(art), [])
        else:  # equal twins: a piece of either counts once
            ids = {id(a) for a in same}
            found = [p.lang for p in pieces if p.lang and any(id(a) in ids for a in p.articles)]
        art.lang = max(set(found), key=found.count) if found else default
