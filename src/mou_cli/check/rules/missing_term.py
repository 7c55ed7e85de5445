"""MOU-C009: no term or duration."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C009",
    name="missing-term",
    severity="warning",
    summary="The draft does not say how long it lasts.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for the term: a heading ("Jangka Waktu", "Masa Berlaku", "Term", "Duration") or a
    sentence that gives it, in any article ("berlaku selama", "bekerja sama selama periode",
    "remains in full force and effect until", "for a period of"). A funding period, a survival
    clause ("tetap berlaku sampai ...") or a notice's effective date does not count.

    ## Why is this bad?
    Without a term nobody knows when obligations start and end, whether the agreement is still
    in force, or when to renew it. Indonesian practice states the term in years with words.

    ## Example
    Indonesian:
    ```text
    (tidak ada pasal jangka waktu)
    ```
    English:
    ```text
    (no term clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 12 Jangka Waktu
    (1) Nota Kesepahaman ini berlaku selama 2 (dua) tahun sejak tanggal
        ditandatangani.
    ```
    English:
    ```text
    Article 12 Term
    12.1 This Memorandum remains in force for two (2) years from the date it
         is signed.
    ```
    """
    yield from missing(
        draft,
        "term",
        msg(
            "Tidak ada jangka waktu: tidak jelas kapan mulai berlaku dan berapa lama.",
            "No term: the draft does not say when it starts and how long it lasts.",
        ),
        msg(
            "Tambahkan pasal Jangka Waktu dengan tanggal mulai dan lamanya atau tanggal berakhir.",
            "Add a Term article with a start date and a duration or end date.",
        ),
        row="term",
    )
