"""Small text helpers the rules share: language of a chunk, parts of a draft, matches, quotes."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from mou_cli.check.registry import Hit
from mou_cli.draft import Article, Chunk, Draft
from mou_cli.messages import Msg

T = TypeVar("T")

# a party label, ordinals past ten included: PIHAK KEDUA BELAS is not PIHAK KEDUA
PIHAK_LABEL = r"PIHAK(?: (?:KE-?\d{1,2}|[A-Z]+(?: (?:BELAS|PULUH(?: [A-Z]+)?))?))?(?![\w-])"


def per_draft(fn: Callable[[Draft], T]) -> Callable[[Draft], T]:
    """Compute ``fn(draft)`` once per draft: the result is kept in ``draft.memo``."""
    key = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(draft: Draft) -> T:
        return draft.remember(key, lambda: fn(draft))

    return wrapper


# Characters that re.IGNORECASE matches with an ASCII letter although str.lower() does not make
# them that letter: dotted and dotless I, long s, the Kelvin sign.
FOLD_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def _lower(text: str) -> str | None:
    return None if any(ch in text for ch in FOLD_ODD) else text.lower()


def lowered(draft: Draft, chunk: Chunk) -> str | None:
    """``chunk.text.lower()``, kept once per draft; None if the text holds a character that
    ``re.IGNORECASE`` treats as an ASCII letter that ``lower()`` does not give."""
    cache: dict[int, str | None] | None = draft.memo.get("lowered")
    if cache is None:
        cache = draft.memo["lowered"] = {id(c): _lower(c.text) for c in draft.chunks}
    key = id(chunk)
    if key not in cache:
        cache[key] = _lower(chunk.text)
    return cache[key]


def may_hold(draft: Draft, chunk: Chunk, needles: tuple[str, ...]) -> bool:
    """False only when ``chunk`` holds none of ``needles`` (ASCII, lower case), case ignored.

    A rule whose pattern cannot match without one of them (every alternative contains one)
    skips the chunk: a cheap substring test instead of a case-insensitive regex scan."""
    low = lowered(draft, chunk)
    return low is None or any(map(low.__contains__, needles))


def guess_lang(text: str) -> str | None:
    """``id`` or ``en`` by common words, None when too short to tell."""
    from mou_cli.draft.lang import detect

    return detect(text)


def lang_of(chunk: Chunk, draft: Draft) -> str | None:
    """The chunk's language: as the reader marked it, the draft's only language, or a guess."""
    if chunk.lang:
        return chunk.lang
    if len(draft.langs) == 1:
        return draft.langs[0]
    guessed: dict[int, str | None] = draft.remember("guessed-lang", dict)
    key = id(chunk)
    if key not in guessed:
        guessed[key] = guess_lang(chunk.text)
    return guessed[key]


def chunks_in(draft: Draft, lang: str) -> list[Chunk]:
    """Chunks in ``lang`` (by :func:`lang_of`)."""
    return [c for c in draft.chunks if lang_of(c, draft) == lang]


def has_lang(draft: Draft, lang: str) -> bool:
    """The draft has text in ``lang`` (as the reader summed up its languages)."""
    return lang in draft.langs


def _first_article_index(draft: Draft) -> int:
    if not draft.articles:
        return next((i for i, c in enumerate(draft.chunks) if c.in_signature), len(draft.chunks))
    first = draft.articles[0].loc
    for i, c in enumerate(draft.chunks):
        if (
            c.loc == first
            or (first.line and c.loc.line == first.line)
            or (first.para and c.loc.para == first.para)
        ):
            return i
    return len(draft.chunks)


def front(draft: Draft) -> list[Chunk]:
    """The title, opening (the parties) and recitals: everything before the first article."""
    if any(c.part for c in draft.chunks):
        return [c for c in draft.chunks if c.part in ("title", "front", "recitals")]
    return draft.chunks[: _first_article_index(draft)]


def signature(draft: Draft) -> list[Chunk]:
    return [c for c in draft.chunks if c.in_signature]


def columns(draft: Draft) -> dict[str | None, list[Article]]:
    """The articles of each language column (one group when the draft is in one language).

    An annex numbers its own sections; the readers keep it out of ``draft.articles``.
    """
    out: dict[str | None, list[Article]] = {}
    for a in draft.articles:
        key = a.lang if draft.bilingual else None
        out.setdefault(key, []).append(a)
    return out


def article_count(draft: Draft) -> int:
    """How many articles the agreement has: a bilingual draft's two columns count once."""
    return max((len(arts) for arts in columns(draft).values()), default=0)


def body_text(article: Article) -> str:
    return "\n".join(c.text for c in article.body)


def matches(
    chunks: Iterable[Chunk], pattern: re.Pattern[str]
) -> Iterator[tuple[Chunk, re.Match[str]]]:
    """Every match of ``pattern`` in each chunk, with its chunk."""
    for chunk in chunks:
        for m in pattern.finditer(chunk.text):
            yield chunk, m


ADDRESS_REACH = 200  # characters an address is looked for on each side of a match


def in_address(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is part of an e-mail address, URL or file name (its run of text
    without spaces, up to ``ADDRESS_REACH`` characters each way: a long run is not walked
    again for each of its matches)."""
    a, low = start, max(0, start - ADDRESS_REACH)
    while a > low and not text[a - 1].isspace():
        a -= 1
    b, high = end, min(len(text), end + ADDRESS_REACH)
    while b < high and not text[b].isspace():
        b += 1
    token = text[a:b]
    return "@" in token or "://" in token or token.lower().startswith("www.") or "/" in token


def quote(text: str, start: int = 0, end: int | None = None, width: int = 80) -> str:
    """A short quote around ``text[start:end]``, one line."""
    end = len(text) if end is None else end
    pad = max(0, (width - (end - start)) // 2)
    a, b = max(0, start - pad), min(len(text), end + pad)
    q = " ".join(text[a:b].split())
    return ("…" if a else "") + q + ("…" if b < len(text) else "")


def hit(chunk: Chunk, m: re.Match[str] | None, message: Msg, hint: Msg | None = None) -> Hit:
    """A Hit at ``chunk`` quoting the match (or the chunk's start)."""
    q = quote(chunk.text, m.start(), m.end()) if m else quote(chunk.text, 0, 0)
    return Hit(message, chunk.loc, q, hint)
