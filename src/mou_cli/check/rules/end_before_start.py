"""MOU-K011: a period that ends before it starts."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.dates import chunk_dates, ranges
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K011",
    name="end-before-start",
    severity="error",
    summary="A period ends before it starts.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Finds periods written as two dates ("sejak 1 April 2027 sampai dengan 31 Maret 2026",
    "from 1 April 2027 until 31 March 2026", "1 April 2027 - 31 March 2026") and reports those
    whose end comes before the start.

    ## Why is this bad?
    Usually a typo in the year. As written the agreement was never in force, or expired
    before it was signed, which a party wanting out can use.

    ## Example
    Indonesian:
    ```text
    berlaku sejak tanggal 1 April 2027 sampai dengan tanggal 31 Maret 2026
    ```
    English:
    ```text
    in force from 1 April 2027 until 31 March 2026
    ```

    ## Use instead
    Indonesian:
    ```text
    berlaku sejak tanggal 1 April 2027 sampai dengan tanggal 31 Maret 2029
    ```
    English:
    ```text
    in force from 1 April 2027 until 31 March 2029
    ```
    """
    for chunk in draft.chunks:
        for a, b in ranges(chunk.text, chunk_dates(draft, chunk)):
            if a.date and b.date and b.date < a.date:
                yield Hit(
                    msg(
                        f"Periode berakhir ({b.text}) sebelum dimulai ({a.text}).",
                        f"The period ends ({b.text}) before it starts ({a.text}).",
                    ),
                    chunk.loc,
                    quote(chunk.text, a.start, b.end),
                    msg(
                        "Perbaiki tanggal mulai atau tanggal berakhir.",
                        "Correct the start or the end date.",
                    ),
                )
