"""MOU-K012: a date that does not exist (30 February, 31 April)."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.dates import chunk_dates
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K012",
    name="impossible-date",
    severity="error",
    summary="A date does not exist, such as 30 February or 31 April.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reads dates in Indonesian and English ("30 Februari 2027", "tanggal 30 (tiga puluh) bulan
    Februari tahun 2027", the formal "tanggal tiga puluh bulan Februari tahun dua ribu dua
    puluh tujuh", "31 April 2027", "February 30, 2027", "the 30th day of February, 2027",
    "31-04-2027", "31/04/2027", "31.04.2027") and reports those with no such day, including 29
    February outside leap years. A date in digits is read day first, and month first when only
    that order gives a date ("08/25/2023" is 25 August); numbers that only look like dates
    ("HK.07.00/2020", "PL.02.00/2021" in a letter number) are not read.

    ## Why is this bad?
    A start, end or deadline on a day that does not exist has no clear meaning: is "30
    February" the 28th, 1 March or 2 March? Deadlines built on it cannot be computed.

    ## Example
    Indonesian:
    ```text
    berlaku sampai dengan tanggal 30 Februari 2028
    ```
    English:
    ```text
    remains in force until 31 April 2028
    ```

    ## Use instead
    Indonesian:
    ```text
    berlaku sampai dengan tanggal 29 Februari 2028
    ```
    English:
    ```text
    remains in force until 30 April 2028
    ```
    """
    for chunk in draft.chunks:
        for d in chunk_dates(draft, chunk):
            if d.date is not None:
                continue
            yield Hit(
                msg(f"“{d.text}” bukan tanggal yang ada.", f"“{d.text}” is not a real date."),
                chunk.loc,
                quote(chunk.text, d.start, d.end),
                msg("Perbaiki tanggal atau bulannya.", "Correct the day or the month."),
            )
