"""MOU-S007: "Rp." or "Rp 10.000" instead of "Rp10.000" in Indonesian text."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import chunks_in, hit
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_WRONG = lazy(r"\bRp(\.\s?|\s+)(?=\d)")


@rule(
    id="MOU-S007",
    name="rupiah-format",
    severity="warning",
    summary='Indonesian text writes "Rp." or "Rp 10.000" instead of "Rp10.000".',
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    In Indonesian text, reports "Rp." and "Rp" followed by a space before an amount ("Rp.
    10.000", "Rp 10.000"). English text may write "Rp 10,000" or "IDR 10,000" and is not
    checked.

    ## Why is this bad?
    PUEBI writes the symbol without a dot and without a space: "Rp10.000,00". A dot after Rp
    also sits next to the thousands dots and makes amounts harder to read at a glance.

    ## Example
    Indonesian:
    ```text
    sebesar Rp. 50.000.000,- (lima puluh juta rupiah)
    ```
    English:
    ```text
    (English text is not checked) a fee of Rp 50,000,000
    ```

    ## Use instead
    Indonesian:
    ```text
    sebesar Rp50.000.000,00 (lima puluh juta rupiah)
    ```
    English:
    ```text
    a fee of IDR 50,000,000.00 (fifty million rupiah)
    ```
    """
    for chunk in chunks_in(draft, "id"):
        if "Rp" not in chunk.text:
            continue
        for m in _WRONG.finditer(chunk.text):
            yield hit(
                chunk,
                m,
                msg(
                    f'"{m.group().strip()}" sebelum angka: tulis "Rp10.000".',
                    f'"{m.group().strip()}" before an amount: write "Rp10.000".',
                ),
                msg(
                    'Tulis "Rp" langsung di depan angka, tanpa titik dan spasi.',
                    'Write "Rp" directly before the amount.',
                ),
            )
