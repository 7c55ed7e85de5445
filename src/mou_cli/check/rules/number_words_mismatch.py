"""MOU-K002: a number's words disagree with its digits."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from mou_cli.check.dates import chunk_dates
from mou_cli.check.numbers import pairs
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg


def _n(v: Decimal) -> str:
    return f"{v.normalize():f}"


@rule(
    id="MOU-K002",
    name="number-words-mismatch",
    severity="error",
    summary="A number written in digits and in words says two different things.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reads every number written twice, in digits and in words, in either order and in either
    language: "30 (tiga puluh) hari", "sixty (60) days", "40% (empat puluh persen)",
    "Rp1.000.000,00 (satu juta rupiah)", "one hundred and twenty (120)". It also reads the
    formal Indonesian date "tanggal dua puluh tiga bulan November tahun dua ribu dua puluh
    enam (23-11-2026)". It reports each pair whose words and digits differ.

    ## Why is this bad?
    Numbers are written twice so that a typo in one is caught by the other. When they differ
    the clause has two meanings; which one a court follows is not settled (a common view is
    that the words prevail), so the party that loses will contest it.

    ## Example
    Indonesian:
    ```text
    dalam waktu 30 (dua puluh) hari kalender
    sebesar Rp1.000.000,00 (sepuluh juta rupiah)
    ```
    English:
    ```text
    within sixty (90) calendar days
    thirty (45) units
    ```

    ## Use instead
    Indonesian:
    ```text
    dalam waktu 30 (tiga puluh) hari kalender
    sebesar Rp1.000.000,00 (satu juta rupiah)
    ```
    English:
    ```text
    within sixty (60) calendar days
    forty-five (45) units
    ```
    """
    for chunk in draft.chunks:
        for p in pairs(chunk.text):
            if p.agrees:
                continue
            yield Hit(
                msg(
                    f"“{p.text}”: angka menyebut {_n(p.digits)}, huruf menyebut {_n(p.words)}.",
                    f"“{p.text}”: the digits say {_n(p.digits)}, the words say {_n(p.words)}.",
                ),
                chunk.loc,
                quote(chunk.text, p.start, p.end),
                msg(
                    "Samakan angka dan hurufnya.",
                    "Make the words and the digits say the same number.",
                ),
            )
        for d in chunk_dates(draft, chunk):
            if d.bracket and d.bracket != (d.day, d.month, d.year):
                dd, mm, yy = d.bracket
                yield Hit(
                    msg(
                        f"Tanggal dalam huruf ({d.day}-{d.month:02}-{d.year}) berbeda dengan "
                        f"tanggal dalam angka ({dd:02}-{mm:02}-{yy}).",
                        f"The date in words ({d.day}-{d.month:02}-{d.year}) differs from the "
                        f"date in digits ({dd:02}-{mm:02}-{yy}).",
                    ),
                    chunk.loc,
                    quote(chunk.text, d.start, d.end),
                    msg("Samakan kedua penulisan tanggal.", "Make both forms of the date agree."),
                )
