"""MOU-C007: no intellectual property terms."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C007",
    name="missing-ip",
    severity="warning",
    summary="The draft does not say who owns intellectual property.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for intellectual-property terms: a heading ("Hak Kekayaan Intelektual", "Intellectual
    Property", "Lisensi", "License") or, in any article, a sentence on who owns or may use
    them (hak cipta, paten, merek, copyright, a licence granted). A passing mention ("claims
    arising from intellectual property disputes" in an indemnity) does not count.

    ## Why is this bad?
    Partnerships create and share know-how, content, software and brands. Without terms, the
    law of each country decides who owns joint results, often as co-ownership that neither party
    can use or license alone.

    ## Example
    Indonesian:
    ```text
    (tidak ada ketentuan tentang kekayaan intelektual)
    ```
    English:
    ```text
    (no intellectual property clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 8 Hak Kekayaan Intelektual
    (1) Kekayaan intelektual yang dimiliki masing-masing PIHAK sebelum
        Nota Kesepahaman ini tetap menjadi milik PIHAK tersebut.
    ```
    English:
    ```text
    Article 8 Intellectual Property
    8.1 Each Party keeps the intellectual property it owned before this
        Memorandum.
    ```
    """
    yield from missing(
        draft,
        "ip",
        msg(
            "Tidak ada ketentuan kekayaan intelektual: kepemilikan hasil kerja sama tidak diatur.",
            "No intellectual property terms: ownership of existing and new work is not addressed.",
        ),
        msg(
            "Tambahkan pasal Hak Kekayaan Intelektual (HKI yang ada, hasil baru, lisensi, merek).",
            "Add an Intellectual Property article (background IP, new results, licences, "
            "branding).",
        ),
        row="ip",
    )
