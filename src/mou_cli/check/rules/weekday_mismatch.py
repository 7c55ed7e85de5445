"""MOU-K013: the weekday written before a date is not that date's weekday."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.dates import chunk_dates
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K013",
    name="weekday-mismatch",
    severity="error",
    summary="The weekday written with a date is wrong (Senin, 10 Maret 2027).",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Where a weekday is written before a date, checks that the date falls on that day. It reads
    the usual forms of both languages: "Senin, 10 Maret 2027", "Senin tanggal 10 bulan Maret
    tahun 2027", the formal "Pada hari ini, Rabu, tanggal sepuluh bulan Maret tahun dua ribu
    dua puluh tujuh (10-03-2027)", "Monday, 1 March 2027", "Monday, March 1, 2027", "Monday
    the 1st of March 2027" and "Senin, 10-03-2027". A date in digits that reads both ways
    (03/04/2027) is wrong only if neither reading falls on the weekday.

    ## Why is this bad?
    Indonesian openings state the day, the date in words and the date in digits. When they
    disagree, the signing date is uncertain, and with it the start of the term and every
    deadline counted from signing.

    ## Example
    Indonesian:
    ```text
    Pada hari ini, Senin, tanggal 10 Maret 2027 ...
    ```
    English:
    ```text
    This Memorandum is made on Friday, 1 March 2027.
    ```

    ## Use instead
    Indonesian:
    ```text
    Pada hari ini, Rabu, tanggal 10 Maret 2027 ...
    ```
    English:
    ```text
    This Memorandum is made on Monday, 1 March 2027.
    ```
    """
    for chunk in draft.chunks:
        for d in chunk_dates(draft, chunk):
            real = d.date
            if d.weekday is None or real is None or real.weekday() == d.weekday:
                continue
            if d.other is not None and d.other.weekday() == d.weekday:
                continue  # 03/04/2027 read month first falls on the weekday written
            written = d.text.split(",")[0].split()[0]
            from mou_cli.words import weekday  # num2words and Babel: only for a finding

            yield Hit(
                msg(
                    f"{real:%d-%m-%Y} adalah hari {weekday(real, 'id')}, bukan {written}.",
                    f"{real:%d-%m-%Y} is a {weekday(real, 'en')}, not {written}.",
                ),
                chunk.loc,
                quote(chunk.text, d.start, d.end),
                msg(
                    f"Tulis hari {weekday(real, 'id')}, atau perbaiki tanggalnya.",
                    f"Write {weekday(real, 'en')}, or correct the date.",
                ),
            )
