"""MOU-K001: the shares in a sharing clause do not add up to 100%."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from mou_cli.check.numbers import parse_digits
from mou_cli.check.parties import find_parties, mentioned
from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import articles_for
from mou_cli.check.text import lang_of, quote
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_PCT = lazy(r"(\d{1,3}(?:[.,]\d+)?)\s?%")
_PARTY = lazy(r"\bPIHAK\b|\bpihak\b|\bPart(y|ies)\b")
# where an item or a sentence starts: a party named before it is not the next share's
_ITEM_START = lazy(r"[.;]\s|\(\w{1,3}\)\s|\n")
# a split written as a ratio: 60:40, 60/40, 70%:30%, 40:30:30, 70 berbanding 30
_SHARE = r"(\d{1,2}(?:[.,]\d{1,2})?)\s?(%?)"
_RATIO = lazy(
    rf"(?<![\w.,:/]){_SHARE}\s?(?P<sep>:|/|\sberbanding\s|\sbanding\s)\s?{_SHARE}"
    rf"(?:\s?(?P=sep)\s?{_SHARE})?(?![\w:/]|[.,]\d)",
    re.IGNORECASE,
)
# what a sentence about a split says
_SPLIT_CUE = lazy(
    r"bagi hasil|pembagian|dibagi|membagi|berbagi|\bbagian|\bporsi|proporsi|p[er]{2}sentase|rasio"
    r"|nisbah|perbandingan|komposisi|kepemilikan|keuntungan|pendapatan|\blaba\b|revenue|profit"
    r"|\bsplit|\bshar(?:e|es|ed|ing)\b|ratio|proportion|ownership|\bcosts?\b|biaya|royalt"
    r"|commission|komisi",
    re.IGNORECASE,
)
# a time of day, not a split: "pukul 09:30", "23:59 WIB"
_CLOCK_BEFORE = lazy(r"(?:pukul|jam|at|time|waktu)\s*$", re.IGNORECASE)
_CLOCK_AFTER = lazy(r"\s?(?:WIB|WITA|WIT|[ap]\.?m\b|UTC|GMT|hrs|jam)", re.IGNORECASE)


def ratio_shares(text: str) -> list[tuple[re.Match[str], list[Decimal]]]:
    """The splits written as ratios in ``text`` that read as percentages: a percent sign, or
    shares (not all equal) adding up to between 80 and 120. "2:1" is a ratio; "70:40" is a
    split of 110%."""
    out = []
    for m in _RATIO.finditer(text):
        parts = [m[i] for i in (1, 4, 6) if m[i]]
        values = [parse_digits(p) or Decimal(0) for p in parts]
        pct = any(m[i] for i in (2, 5, 7))
        total = sum(values, Decimal(0))
        if not pct and (len(set(values)) == 1 or not 80 <= total <= 120):
            continue
        if _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m[3] == ":" and _CLOCK_AFTER.match(text, m.end()):
            continue
        out.append((m, values))
    return out


def _runs(chunks: list[Chunk], is_share: Callable[[Chunk], bool]) -> Iterator[list[Chunk]]:
    run: list[Chunk] = []
    for c in chunks:
        if is_share(c):
            run.append(c)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _ratios(draft: Draft, sharing_articles: set[str]) -> Iterator[Hit]:
    """Splits written as ratios ("70:40") in a sentence about a split, or in a sharing article,
    that do not add up to 100."""
    for chunk in draft.chunks:
        text = chunk.text
        if chunk.in_signature or chunk.kind in ("title", "heading") or not _ratio_marks(text):
            continue
        found = ratio_shares(text)
        if not found:
            continue
        if chunk.loc.article not in sharing_articles and not _SPLIT_CUE.search(text):
            continue
        for m, values in found:
            total = sum(values, Decimal(0))
            if total == 100:
                continue
            shown = " : ".join(f"{v.normalize():f}" for v in values)
            yield Hit(
                msg(
                    f"Pembagian {shown} berjumlah {total.normalize():f}%, bukan 100%.",
                    f"The split {shown} adds up to {total.normalize():f}%, not 100%.",
                ),
                chunk.loc,
                quote(text, m.start(), m.end()),
                msg(
                    "Sesuaikan bagian agar berjumlah tepat 100% (misalnya 60:40).",
                    "Make the shares add up to exactly 100% (for example 60:40).",
                ),
            )


def _ratio_marks(text: str) -> bool:
    """``text`` holds what every match of _RATIO holds (a quick test before the scan)."""
    return ":" in text or "/" in text or "banding" in text


@rule(
    id="MOU-K001",
    name="shares-not-100",
    severity="error",
    summary="The shares in a profit- or cost-sharing clause do not add up to 100%.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    In each profit-sharing, revenue-sharing or cost-sharing article, finds the run of
    consecutive paragraphs or items that give a party a percentage, adds the percentages up
    (each language column on its own) and reports a total other than 100%.

    It also reads splits written as ratios in a sentence about a split or in a sharing
    article ("dibagi dengan perbandingan 60:40", "a 70/30 revenue split", "70%:30%",
    "40:30:30", "60 berbanding 40") and reports those that do not add up to 100. A ratio with
    no percent sign is read as percentages only when its shares add up to between 80 and 120
    and are not all equal ("2:1" and "1:1" are ratios), and a time of day ("pukul 09:30",
    "23:59 WIB") is not a split.

    ## Why is this bad?
    Shares of 60% and 30% leave 10% nobody owns; 60% and 50% promise more than there is. Either
    way the clause cannot be performed as written, and each party will read it in its favour.

    ## Example
    Indonesian:
    ```text
    Keuntungan bersih dibagi sebagai berikut:
    a. PIHAK PERTAMA sebesar 60% (enam puluh persen);
    b. PIHAK KEDUA sebesar 30% (tiga puluh persen).
    Pendapatan iklan dibagi dengan perbandingan 70:40.
    ```
    English:
    ```text
    Net profit is shared as follows:
    (a) Globex: sixty percent (60%);
    (b) the University: fifty percent (50%).
    Advertising revenue is split 70:40.
    ```

    ## Use instead
    Indonesian:
    ```text
    a. PIHAK PERTAMA sebesar 60% (enam puluh persen);
    b. PIHAK KEDUA sebesar 40% (empat puluh persen).
    Pendapatan iklan dibagi dengan perbandingan 60:40.
    ```
    English:
    ```text
    (a) Globex: sixty percent (60%);
    (b) the University: forty percent (40%).
    Advertising revenue is split 60:40.
    ```
    """
    parties = find_parties(draft)

    def party_at(text: str) -> bool:
        return bool(_PARTY.search(text)) or any(mentioned(p, text) for p in parties)

    def shares(c: Chunk) -> list[Decimal]:
        """Percentages given to a party: the party just before, or "untuk/for" it just after."""
        out = []
        for m in _PCT.finditer(c.text):
            before = _ITEM_START.split(c.text[max(0, m.start() - 45) : m.start()])[-1]
            after = c.text[m.end() : m.end() + 60]
            after = re.sub(r"^\s*\([^)]*\)", "", after)
            if party_at(before) or (
                re.match(r"\s*(untuk|bagi|kepada|to|for)\b", after, re.I) and party_at(after[:40])
            ):
                out.append(parse_digits(m[1]) or Decimal(0))
        return out

    def is_share(c: Chunk) -> bool:
        return bool(shares(c))

    arts = articles_for(draft, "profit_sharing") + articles_for(draft, "costs")
    yield from _ratios(draft, {a.label for a in arts})
    seen: set[int] = set()
    for art in arts:
        if id(art) in seen:
            continue
        seen.add(id(art))
        for lang in {lang_of(c, draft) for c in art.body}:
            body = [c for c in art.body if lang_of(c, draft) == lang]
            for run in _runs(body, is_share):
                values = [v for c in run for v in shares(c)]
                total = sum(values, Decimal(0))
                if len(values) < 2 or total == 100:
                    continue
                shown = " + ".join(f"{v.normalize():f}%" for v in values)
                yield Hit(
                    msg(
                        f"Jumlah bagian {total.normalize():f}%, bukan 100% ({shown}).",
                        f"The shares add up to {total.normalize():f}%, not 100% ({shown}).",
                    ),
                    run[0].loc,
                    quote(" ".join(c.text for c in run)),
                    msg(
                        "Sesuaikan bagian agar berjumlah tepat 100%.",
                        "Make the shares add up to exactly 100%.",
                    ),
                )
