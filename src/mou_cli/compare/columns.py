"""Bilingual drafts: a change made in one language column and not in the other.

Within one article, a column with substantive changes beside a column without any is reported;
so is an amount, percentage, date or number that one column now states and the other column's
new text does not (``Rp150.000.000,00`` and ``IDR 150,000,000.00`` are the same figure).
"""

from __future__ import annotations

from mou_cli.compare import signals
from mou_cli.compare.shape import Change, Reason
from mou_cli.draft import Article
from mou_cli.messages import msg

LANG_NAMES = {"id": ("bahasa Indonesia", "Indonesian"), "en": ("bahasa Inggris", "English")}


def _name(lang: str) -> tuple[str, str]:
    return LANG_NAMES.get(lang, (lang, lang))


def _new_figures(changes: list[Change]) -> dict[str, str]:
    """key -> figure as written, for each figure the changes bring in."""
    out: dict[str, str] = {}
    for c in changes:
        if c.new is None:
            continue
        before = {v.key for v in signals.values(c.old or "")}
        for v in signals.values(c.new):
            if v.key not in before:
                out.setdefault(v.key, v.text)
    return out


def one_language(changes: list[Change], new_articles: dict[str, Article]) -> list[Change]:
    """The one-column changes of an article present in both drafts and both columns
    (``new_articles``: NEW's article in each language)."""
    langs = list(new_articles)
    if len(langs) < 2:
        return []
    by_lang = {
        lang: [
            c
            for c in changes
            if c.lang == lang
            and c.cls == "substantive"
            and c.kind in ("changed", "added", "removed")
        ]
        for lang in langs
    }
    out: list[Change] = []
    for lang in langs:
        mine = by_lang[lang]
        if not mine:
            continue
        others = [o for o in langs if o != lang]
        quiet = [o for o in others if not by_lang[o]]
        a_id, a_en = _name(lang)
        where = mine[0].new_loc or mine[0].old_loc
        for o in quiet:
            b_id, b_en = _name(o)
            why = Reason(
                "language",
                msg(
                    f"diubah hanya dalam {a_id}: kolom {b_id} pasal ini tidak berubah",
                    f"changed in {a_en} only: the {b_en} column of this article is unchanged",
                ),
                lang,
                o,
            )
            out.append(Change("substantive", "one-language", (why,), lang, new_loc=where))
        for o in others:
            if o in quiet:
                continue
            there = {v.key for c in new_articles[o].body for v in signals.values(c.text)}
            missing = [text for key, text in _new_figures(mine).items() if key not in there]
            if missing:
                b_id, b_en = _name(o)
                shown = ", ".join(missing)
                why = Reason(
                    "language",
                    msg(
                        f"hanya dalam {a_id}: {shown} tidak ada di kolom {b_id}",
                        f"in {a_en} only: {shown} is not in the {b_en} column",
                    ),
                    None,
                    shown,
                )
                out.append(Change("substantive", "one-language", (why,), lang, new_loc=where))
    return out
