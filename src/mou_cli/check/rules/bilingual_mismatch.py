"""MOU-K017: the two language columns differ in article numbers or figures."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.dates import chunk_dates
from mou_cli.check.numbers import parse_digits
from mou_cli.check.parties import find_parties
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import lang_of, lowered
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

# each optional word takes the spaces after it: three optional runs of spaces in a row
# (\s*X?\s*Y?\s*) would be split every way on a long run, in cubic time
_REFS = lazy(
    r"\b(pasal|ayat|huruf|angka|butir|article|section|clause|paragraph)s?\s*\(?[\dIVXL]+[\d.]*"
    r"\)?(?:\s*(?:(?:,|and|dan|or|atau|to|sampai dengan|ayat|huruf)\s*)?(?:(?:pasal|article)\s*)?"
    r"(?:\(\w{1,3}\)|\d+(?:\.\d+)*))*|^\s*\(?\w{1,3}[.)]\s|^\s*\d+(\.\d+)+\s",
    re.IGNORECASE,
)
_FIGURE = lazy(r"\d[\d.,]*\d|\d")


def _names(draft: Draft) -> re.Pattern[str] | None:
    """The parties' names and short names that hold a digit ("Mitra 2", "PT Sinar 88"): one
    column may call a party by its name where the other writes PIHAK KEDUA."""
    names = {n for p in find_parties(draft) for n in p.names if any(ch.isdigit() for ch in n)}
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _figures(draft: Draft, chunks: list[Chunk], names: re.Pattern[str] | None) -> set[str]:
    out: set[str] = set()
    for c in chunks:
        text = c.text
        found = chunk_dates(draft, c)
        for d in found:
            if d.date:
                out.add(d.date.isoformat())
        for d in sorted(found, key=lambda d: -d.start):
            text = text[: d.start] + " " + text[d.end :]
        if names is not None:
            text = names.sub(" ", text)
        for m in _FIGURE.finditer(_REFS.sub(" ", text)):
            v = parse_digits(m.group())
            if v is not None and v > 1:
                out.add(f"{v.normalize():f}")
    return out


def _in_words(draft: Draft, figure: str, chunks: list[Chunk], lang: str) -> bool:
    """``chunks`` write the whole number ``figure`` (up to 100) in words, as a word of its own."""
    if not figure.isdigit() or int(figure) > 100:
        return False
    from mou_cli.words import cardinal

    word = cardinal(int(figure), lang).lower()
    more = r"\s+(?:puluh|belas|ratus|ribu|juta|miliar|hundred|thousand|million|billion)\b"
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?!{more})")
    return any(pattern.search(lowered(draft, c) or c.text.lower()) for c in chunks)


@rule(
    id="MOU-K017",
    name="bilingual-mismatch",
    severity="error",
    summary="The language columns of a bilingual draft differ in articles or figures.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    In a bilingual draft, compares the Indonesian and the English text article by article:
    the article numbers each column has, and the figures each article states (amounts,
    percentages, periods, dates; "Rp750.000.000,00" equals "IDR 750,000,000.00" and
    "23-11-2026" equals "23 November 2026"). Cross-references and paragraph numbers are
    left out, and so are 0 and 1, which one language often writes as words ("sekali", "once"),
    and digits inside the parties' names ("Mitra 2"), which one column may replace with a
    label (PIHAK KEDUA). Which text is which language comes from the layout (the table column,
    or in `mou`'s Markdown the block quote that holds the second language), not from guessing,
    so a sentence typed once and shown in both columns is compared with itself.

    ## Why is this bad?
    Law 24 of 2009 makes the Indonesian text mandatory and the foreign text its equivalent.
    When the columns disagree, the prevailing-language clause decides, often against the
    party that only read the other column.

    ## Example
    Indonesian:
    ```text
    Pasal 7: ... paling lambat 30 (tiga puluh) hari kalender ...
    ```
    English:
    ```text
    Article 7: ... within forty-five (45) calendar days ...
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 7: ... paling lambat 30 (tiga puluh) hari kalender ...
    ```
    English:
    ```text
    Article 7: ... within thirty (30) calendar days ...
    ```
    """
    if not (draft.bilingual or len(draft.langs) > 1):
        return
    cols: dict[str, dict[int, list[Chunk]]] = {"id": {}, "en": {}}
    for a in draft.articles:
        if a.number is None:
            continue
        if a.lang in cols:
            cols[a.lang].setdefault(a.number, [])
        for c in a.body:
            lang = lang_of(c, draft) or a.lang
            if lang in cols:
                cols[lang].setdefault(a.number, []).append(c)
    ids, ens = cols["id"], cols["en"]
    if not ids or not ens:
        return
    for n in sorted(set(ids) ^ set(ens)):
        where_en, where_id = ("English", "Inggris") if n in ids else ("Indonesian", "Indonesia")
        body = ids.get(n) or ens.get(n)
        yield Hit(
            msg(
                f"Pasal {n} tidak ada padanannya dalam teks bahasa {where_id}.",
                f"Article {n} has no counterpart in the {where_en} text.",
            ),
            body[0].loc if body else None,
            "",
            msg("Samakan pasal di kedua kolom.", "Give both columns the same articles."),
        )
    names = _names(draft)
    for n in sorted(set(ids) & set(ens)):
        fi, fe = _figures(draft, ids[n], names), _figures(draft, ens[n], names)
        if fi == fe:
            continue
        # a small number one column writes in words only ("dua bahasa" / "two (2) languages")
        fi |= {f for f in fe - fi if _in_words(draft, f, ids[n], "id")}
        fe |= {f for f in fi - fe if _in_words(draft, f, ens[n], "en")}
        if fi == fe:
            continue
        only_id, only_en = ", ".join(sorted(fi - fe)) or "-", ", ".join(sorted(fe - fi)) or "-"
        yield Hit(
            msg(
                f"Pasal {n}: angka berbeda (hanya di teks Indonesia: {only_id}; "
                f"hanya di teks Inggris: {only_en}).",
                f"Article {n}: the figures differ (Indonesian only: {only_id}; "
                f"English only: {only_en}).",
            ),
            (ids[n] or ens[n])[0].loc if (ids[n] or ens[n]) else None,
            "",
            msg(
                "Samakan angka di kedua versi bahasa.",
                "Make both language versions state the same figures.",
            ),
        )
