"""MOU-S006: "materai" instead of "meterai"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import ADDRESS_REACH, hit, may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

# "materai" with any affix: bermaterai, dimaterai, pemateraian, materainya, e-materai
_WRONG = lazy(r"\b\w*materai\w*", re.IGNORECASE)
_ADDRESS = lazy(r"@|://|^www\.", re.IGNORECASE)


def _in_address(text: str, start: int, end: int) -> bool:
    """Part of an e-mail address or a URL (a file name or "materai/meterai" is still text),
    looked for up to ``ADDRESS_REACH`` characters each way."""
    low, high = max(0, start - ADDRESS_REACH), min(len(text), end + ADDRESS_REACH)
    a = text.rfind(" ", low, start)
    b = text.find(" ", end, high)
    return bool(_ADDRESS.search(text[low if a < 0 else a + 1 : high if b < 0 else b]))


@rule(
    id="MOU-S006",
    name="materai-spelling",
    severity="warning",
    summary='"materai" is written for "meterai".',
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports "materai" in any form: "bermaterai", "dimaterai", "pemateraian", "materainya",
    "e-materai" (not inside an e-mail address or a web address). The word in KBBI and in
    Law 10 of 2020 on Stamp Duty is "meterai".

    ## Why is this bad?
    It is the most common misspelling in Indonesian agreements, and it sits in the closing
    and the signature block, the part every signatory reads.

    ## Example
    Indonesian:
    ```text
    dibuat dalam 2 (dua) rangkap, masing-masing bermaterai cukup ... Materai Rp10.000
    ```
    English:
    ```text
    Stamp duty (materai Rp10,000)
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
        if not may_hold(draft, chunk, ("materai",)):
            continue
        for m in _WRONG.finditer(chunk.text):
            if _in_address(chunk.text, m.start(), m.end()):
                continue
            right = re.sub(
                "(?i)materai",
                lambda x: x.group()[0] + ("E" if x.group()[1].isupper() else "e") + x.group()[2:],
                m.group(),
            )
            yield hit(
                chunk,
                m,
                msg(f'"{m.group()}" seharusnya "{right}".', f'"{m.group()}" should be "{right}".'),
                msg(f'Tulis "{right}".', f'Write "{right}".'),
            )
