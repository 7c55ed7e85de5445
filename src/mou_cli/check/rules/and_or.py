"""MOU-S001: English "and/or"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import chunks_in, hit
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_AND_OR = lazy(r"\band\s?/\s?or\b", re.IGNORECASE)


@rule(
    id="MOU-S001",
    name="and-or",
    severity="warning",
    summary='English text uses "and/or".',
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports "and/or" in English text. Indonesian "dan/atau" is left alone: Indonesian
    statutes use it with a settled meaning, so the rule checks English only.

    ## Why is this bad?
    "A and/or B" can be read as A, B, or both, or as an ambiguous mix, and courts in
    common-law countries have criticised it. Saying what is meant costs a few words.

    ## Example
    Indonesian:
    ```text
    (aturan ini hanya untuk teks bahasa Inggris; "dan/atau" dalam teks Indonesia dibiarkan)
    PIHAK PERTAMA dan/atau PIHAK KEDUA ...
    ```
    English:
    ```text
    The University and/or the Company may publish the results.
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK PERTAMA dan/atau PIHAK KEDUA ...   (tidak dilaporkan)
    ```
    English:
    ```text
    The University or the Company, or both, may publish the results.
    ```
    """
    for chunk in chunks_in(draft, "en"):
        if "/" not in chunk.text:
            continue
        for m in _AND_OR.finditer(chunk.text):
            yield hit(
                chunk,
                m,
                msg(
                    'Frasa bahasa Inggris "and/or" bermakna ganda.',
                    'English "and/or" is ambiguous.',
                ),
                msg(
                    'Tulis "A or B, or both" atau "A and B" sesuai maksudnya.',
                    'Write "A or B, or both", or "A and B", as meant.',
                ),
            )
