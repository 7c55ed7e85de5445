"""The two drafts cut into the same parts and compared part by part.

The text before the first article (title block, opening with the parties, recitals), every
article, and the text after the last (signatures, annexes) are each compared as their own
part; articles are paired by :mod:`~mou_cli.compare.align`, one language column at a time in a
bilingual draft, and the two columns of one article make one section. Inside a part the
paragraphs are paired by ``textdiff.align`` and a paired paragraph is compared word by word.
"""

from __future__ import annotations

from collections.abc import Sequence

from mou_cli.compare import align
from mou_cli.compare.classify import Context, classify, reason, whole
from mou_cli.compare.columns import one_language
from mou_cli.compare.shape import Change, Heading, Reason, Section
from mou_cli.draft import Article, Chunk, Draft
from mou_cli.messages import msg
from mou_cli.textdiff import align as align_paragraphs

PARTS_BEFORE = ("title", "front", "recitals")
PARTS_AFTER = ("body", "closing", "annex")


def _part(draft: Draft, part: str, langs: tuple[str, ...]) -> list[Chunk]:
    """The paragraphs of ``part`` in the languages compared (or in none known)."""
    if part == "annex":
        found = list(draft.annex)
    elif part == "body":  # text among the articles that belongs to none (chapter headings)
        found = [c for c in draft.chunks if c.part == "article" and c.loc.article is None]
    else:
        found = [c for c in draft.chunks if c.part == part]
    return [c for c in found if c.lang is None or not langs or c.lang in langs]


def paragraphs(old: Sequence[Chunk], new: Sequence[Chunk], ctx: Context) -> list[Change]:
    """The changes between two runs of paragraphs of one part."""
    out: list[Change] = []
    for i, j in align_paragraphs([c.text for c in old], [c.text for c in new]):
        a = old[i] if i is not None else None
        b = new[j] if j is not None else None
        if a is not None and b is not None:
            if a.text == b.text:
                continue
            cls, reasons, pieces = classify(a.text, b.text, ctx)
            out.append(
                Change(
                    cls, "changed", reasons, b.lang or a.lang, a.text, b.text, a.loc, b.loc, pieces
                )
            )
        elif a is not None:
            out.append(
                Change("substantive", "removed", whole(a.text, False), a.lang, a.text, None, a.loc)
            )
        elif b is not None:
            out.append(
                Change(
                    "substantive", "added", whole(b.text, True), b.lang, None, b.text, new_loc=b.loc
                )
            )
    return out


def _streams(draft: Draft, langs: tuple[str, ...]) -> dict[str | None, list[Article]]:
    """The articles per language column compared: one stream when either draft is not
    side by side (its articles are all in its one language)."""
    if not draft.bilingual or len(langs) < 2:
        only = langs[0] if len(langs) == 1 else None
        if draft.bilingual and only is not None:
            return {only: [a for a in draft.articles if a.lang == only]}
        return {only: list(draft.articles)}
    return {lang: [a for a in draft.articles if a.lang == lang] for lang in langs}


def _heading(arts: list[Article]) -> Heading | None:
    if not arts:
        return None
    labels = list(dict.fromkeys(a.label for a in arts))
    titles = list(dict.fromkeys(a.title for a in arts if a.title))
    return Heading(" / ".join(labels), arts[0].number, " / ".join(titles))


def article_sections(old: Draft, new: Draft, langs: tuple[str, ...], ctx: Context) -> tuple[
    list[Section], dict[int, int]
]:  # fmt: skip
    """One section per article (both columns of a bilingual one), in NEW's order, and where
    OLD's article numbers went (old -> new, for references)."""
    old_streams, new_streams = _streams(old, langs), _streams(new, langs)
    matched: dict[str | None, list[align.Match]] = {
        lang: align.match(old_streams[lang], new_streams.get(lang, []))
        for lang in old_streams
        if lang in new_streams
    }
    refs: dict[int, int] = {}
    for ms in matched.values():
        for m in ms:
            if m.old and m.new and m.old.number is not None and m.new.number is not None:
                refs.setdefault(m.old.number, m.new.number)
    ctx = Context(refs, ctx.parties, ctx.terms)
    sections: dict[str, Section] = {}
    members: dict[str, list[align.Match]] = {}
    for ms in matched.values():
        for n, m in enumerate(ms):
            key = _key(m, n)
            members.setdefault(key, []).append(m)
            sections.setdefault(key, Section(key, "article"))
    for key, ms in members.items():
        s = sections[key]
        s.old = _heading([m.old for m in ms if m.old])
        s.new = _heading([m.new for m in ms if m.new])
        s.moved = any(m.moved for m in ms)
        for m in ms:
            s.changes += _article(m, ctx)
        if len(matched) > 1:  # side by side: a change in one column only
            columns = {m.new.lang: m.new for m in ms if m.old and m.new and m.new.lang}
            s.changes += one_language(s.changes, columns)
    return list(sections.values()), refs


def _key(m: align.Match, n: int) -> str:
    a = m.old.number if m.old and m.old.number is not None else None
    b = m.new.number if m.new and m.new.number is not None else None
    if a is None and b is None:
        return f"article #{n}"
    return f"article {'' if a is None else a}:{'' if b is None else b}"


def _article(m: align.Match, ctx: Context) -> list[Change]:
    """The changes of one article in one language column: its heading, then its paragraphs."""
    a, b = m.old, m.new
    if b is None and a is not None:
        text = "\n".join([f"{a.label} {a.title}".strip(), *(c.text for c in a.body)])
        why = (reason("text", f"{a.label} {a.title}".strip(), None),)
        return [Change("substantive", "removed", why, a.lang, text, None, a.loc)]
    if a is None and b is not None:
        text = "\n".join([f"{b.label} {b.title}".strip(), *(c.text for c in b.body)])
        why = (reason("text", None, f"{b.label} {b.title}".strip()),)
        return [Change("substantive", "added", why, b.lang, None, text, new_loc=b.loc)]
    assert a is not None and b is not None
    out: list[Change] = []
    if m.moved:
        why = (
            Reason(
                "moved",
                msg(f"dipindahkan: {a.label} -> {b.label}", f"moved: {a.label} -> {b.label}"),
                a.label,
                b.label,
            ),
        )
        out.append(Change("moved", "moved", why, b.lang, a.label, b.label, a.loc, b.loc))
    elif a.number != b.number:
        why = (
            Reason(
                "numbering",
                msg(f"penomoran: {a.label} -> {b.label}", f"renumbered: {a.label} -> {b.label}"),
                a.label,
                b.label,
            ),
        )
        out.append(Change("cosmetic", "renumbered", why, b.lang, a.label, b.label, a.loc, b.loc))
    if a.title != b.title:
        cls, reasons, pieces = classify(a.title, b.title, ctx)
        if cls == "substantive":
            reasons = (reason("title", a.title, b.title),)
        out.append(Change(cls, "retitled", reasons, b.lang, a.title, b.title, a.loc, b.loc, pieces))
    return out + paragraphs(a.body, b.body, ctx)


def sections(
    old: Draft, new: Draft, langs: tuple[str, ...], ctx: Context
) -> tuple[list[Section], Context]:
    """Every part of the two drafts compared, in reading order, and the context with where
    OLD's article numbers went."""
    articles, refs = article_sections(old, new, langs, ctx)
    ctx = Context(refs, ctx.parties, ctx.terms)
    before = [_plain(old, new, part, langs, ctx) for part in PARTS_BEFORE]
    after = [_plain(old, new, part, langs, ctx) for part in PARTS_AFTER]
    return [*before, *articles, *after], ctx


def _plain(old: Draft, new: Draft, part: str, langs: tuple[str, ...], ctx: Context) -> Section:
    a, b = _part(old, part, langs), _part(new, part, langs)
    if part == "title":  # one block, whether typed on one line or many
        a, b = _joined(a), _joined(b)
    return Section(part, part, changes=paragraphs(a, b, ctx))


def _joined(chunks: list[Chunk]) -> list[Chunk]:
    if len(chunks) < 2:
        return chunks
    text = " ".join(" ".join(c.text.split()) for c in chunks)
    langs = {c.lang for c in chunks if c.lang}
    return [Chunk(text, chunks[0].loc, "title", langs.pop() if len(langs) == 1 else None)]
