"""MOU-I004: an old meterai value, or a claim that the agreement is void without one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import may_hold, quote
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_OLD = lazy(
    r"m[ae]terai[^.\n]{0,20}?(Rp\.?\s?)?(6|3)[.,]?000\b|(Rp\.?\s?)?(6|3)[.,]000,?-?\s*m[ae]terai",
    re.IGNORECASE,
)
_VOID = lazy(
    r"tidak sah (apabila |jika |bila )?tanpa m[ae]terai|batal (demi hukum )?(apabila |jika )?"
    r"tanpa m[ae]terai|(invalid|void|not valid) without (a )?(stamp|meterai)",
    re.IGNORECASE,
)


@rule(
    id="MOU-I004",
    name="outdated-meterai",
    severity="warning",
    summary="A meterai of Rp6.000 or Rp3.000, or a claim that a meterai makes it valid.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports a meterai of Rp6.000 or Rp3.000 (the values before 2021), and sentences that say
    the agreement is invalid without a meterai.

    ## Why is this bad?
    Since 1 January 2021 Law 10 of 2020 sets one duty of Rp10.000; the old stamps no longer
    pay it. A meterai is a tax, not a condition of validity: an unstamped agreement is valid
    and can be stamped later, so a clause saying otherwise misstates the law.

    ## Example
    Indonesian:
    ```text
    Meterai Rp6.000
    Perjanjian ini tidak sah tanpa meterai.
    ```
    English:
    ```text
    Stamp duty (meterai Rp6,000)
    This Agreement is invalid without a stamp.
    ```

    ## Use instead
    Indonesian:
    ```text
    Meterai Rp10.000
    ```
    English:
    ```text
    Stamp duty (meterai Rp10,000)
    ```
    """
    for chunk in draft.chunks:
        if not may_hold(draft, chunk, ("terai", "without")):
            continue  # every match of _OLD and _VOID holds one of them
        for m in _OLD.finditer(chunk.text):
            yield Hit(
                msg(
                    "Meterai Rp6.000 atau Rp3.000: sejak 2021 bea meterai Rp10.000.",
                    "A meterai of Rp6.000 or Rp3.000: since 2021 the duty is Rp10.000.",
                ),
                chunk.loc,
                quote(chunk.text, m.start(), m.end()),
                msg(
                    "Gunakan meterai Rp10.000 atau e-meterai.",
                    "Use a Rp10.000 meterai or an e-meterai.",
                ),
            )
        for m in _VOID.finditer(chunk.text):
            yield Hit(
                msg(
                    "Meterai adalah pajak, bukan syarat sah perjanjian (UU 10/2020).",
                    "A meterai is a tax, not a condition of validity (Law 10 of 2020).",
                ),
                chunk.loc,
                quote(chunk.text, m.start(), m.end()),
                msg("Hapus kalimat tersebut.", "Delete the sentence."),
            )
