"""MOU-K014: a stated duration disagrees with the stated start and end dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from mou_cli.check.dates import add, chunk_dates, durations, ranges
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg

_UNITS = {"years": ("years", "tahun"), "months": ("months", "bulan"), "days": ("days", "hari")}


@rule(
    id="MOU-K014",
    name="duration-mismatch",
    severity="error",
    summary="A stated duration does not match the stated start and end dates.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Where one paragraph gives both a duration and a period ("2 (dua) tahun, terhitung sejak
    tanggal 1 April 2027 sampai dengan tanggal 31 Maret 2028"), adds the duration to the start
    and compares with the end. Both ways of counting are accepted: the end may be the day
    before the anniversary (31 March 2029 for two years from 1 April 2027) or the anniversary
    itself.

    ## Why is this bad?
    Two years from 1 April 2027 end on 31 March 2029, not 2028. When the duration and the dates
    disagree, the term has two ends, and a party can claim the agreement ran out a year early.

    ## Example
    Indonesian:
    ```text
    berlaku selama 2 (dua) tahun, sejak tanggal 1 April 2027 sampai dengan
    tanggal 31 Maret 2028
    ```
    English:
    ```text
    remains in force for two (2) years, from 1 April 2027 until 31 March 2028
    ```

    ## Use instead
    Indonesian:
    ```text
    berlaku selama 2 (dua) tahun, sejak tanggal 1 April 2027 sampai dengan
    tanggal 31 Maret 2029
    ```
    English:
    ```text
    remains in force for two (2) years, from 1 April 2027 until 31 March 2029
    ```
    """
    for chunk in draft.chunks:
        spans = list(ranges(chunk.text, chunk_dates(draft, chunk)))
        if not spans:
            continue
        lengths = [d for d in durations(chunk.text) if d.amount > 0]
        if not lengths:
            continue
        a, b = spans[0]
        d = min(lengths, key=lambda x: abs(x.start - a.start))
        if not (a.date and b.date):
            continue
        expected = add(a.date, d)
        if b.date in (expected, expected - dt.timedelta(days=1)):
            continue
        en, id = _UNITS[d.unit]
        last, got, since = expected - dt.timedelta(days=1), b.date, a.date
        yield Hit(
            msg(
                f"{d.amount} {id} sejak {since:%d-%m-%Y} berakhir pada {last:%d-%m-%Y}, "
                f"tetapi tanggal berakhirnya {got:%d-%m-%Y}.",
                f"{d.amount} {en} from {since:%d-%m-%Y} ends on {last:%d-%m-%Y}, "
                f"but the end date is {got:%d-%m-%Y}.",
            ),
            chunk.loc,
            quote(chunk.text, min(d.start, a.start), max(d.end, b.end), width=120),
            msg("Samakan lamanya dengan tanggalnya.", "Make the duration and the dates agree."),
        )
