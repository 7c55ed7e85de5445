"""MOU-C010: no termination clause."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C010",
    name="missing-termination",
    severity="warning",
    summary="The draft does not say how it can be ended early.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a termination clause: a heading ("Pengakhiran", "Pembatalan", "Termination") or
    a sentence on ending the agreement, in any article ("dapat mengakhiri", "diakhiri",
    "pembatalan Perjanjian ini", "may terminate", "unless terminated earlier", "cancel the
    Agreement"). "Determinations" or the end of a service does not count.

    ## Why is this bad?
    Partnerships end early: a partner fails to perform, plans change. Without a clause saying
    how (notice, cure period, what survives), a party can only end it by agreement or by going to
    court.

    ## Example
    Indonesian:
    ```text
    (tidak ada ketentuan pengakhiran)
    ```
    English:
    ```text
    (no termination clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 13 Pengakhiran
    (1) Masing-masing PIHAK dapat mengakhiri Nota Kesepahaman ini dengan
        pemberitahuan tertulis 30 (tiga puluh) hari kalender sebelumnya.
    ```
    English:
    ```text
    Article 13 Termination
    13.1 Either Party may terminate this Memorandum by giving thirty (30)
         calendar days' written notice.
    ```
    """
    yield from missing(
        draft,
        "termination",
        msg(
            "Tidak ada ketentuan pengakhiran: tidak diatur cara mengakhiri lebih awal.",
            "No termination clause: the draft does not say how it can be ended early.",
        ),
        msg(
            "Tambahkan pasal Pengakhiran (pemberitahuan, masa perbaikan, ketentuan yang bertahan).",
            "Add a Termination article (notice period, cure period, what survives).",
        ),
        row="termination",
    )
