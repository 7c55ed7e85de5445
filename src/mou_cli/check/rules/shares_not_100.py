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

    ## Why is this bad?
    Shares of 60% and 30% leave 10% nobody owns; 60% and 50% promise more than there is. Either
    way the clause cannot be performed as written, and each party will read it in its favour.

    ## Example
    Indonesian:
    ```text
    Keuntungan bersih dibagi sebagai berikut:
    a. PIHAK PERTAMA sebesar 60% (enam puluh persen);
    b. PIHAK KEDUA sebesar 30% (tiga puluh persen).
    ```
    English:
    ```text
    Net profit is shared as follows:
    (a) Globex: sixty percent (60%);
    (b) the University: fifty percent (50%).
    ```

    ## Use instead
    Indonesian:
    ```text
    a. PIHAK PERTAMA sebesar 60% (enam puluh persen);
    b. PIHAK KEDUA sebesar 40% (empat puluh persen).
    ```
    English:
    ```text
    (a) Globex: sixty percent (60%);
    (b) the University: forty percent (40%).
    ```
    """
    parties = find_parties(draft)

    def party_at(text: str) -> bool:
        return bool(_PARTY.search(text)) or any(mentioned(p, text) for p in parties)

    def shares(c: Chunk) -> list[Decimal]:
        """Percentages given to a party: the party just before, or "untuk/for" it just after."""
        out = []
        for m in _PCT.finditer(c.text):
            before = c.text[max(0, m.start() - 45) : m.start()]
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
    seen: set[int] = set()
    for art in arts:
        if id(art) in seen:
            continue
        seen.add(id(art))
        for lang in {lang_of(c, draft) for c in art.body}:
            body = [c for c in art.body if lang_of(c, draft) == lang]
            for run in _runs(body, is_share):
                values = [
                    parse_digits(m[1]) or Decimal(0) for c in run for m in _PCT.finditer(c.text)
                ]
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
