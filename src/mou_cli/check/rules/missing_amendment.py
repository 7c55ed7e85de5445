"""MOU-C015: no amendment procedure."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C015",
    name="missing-amendment",
    severity="warning",
    summary="The draft does not say how it can be amended.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for an amendment procedure: a heading ("Perubahan", "Addendum", "Amendments") or a
    sentence about changing the agreement, in any article ("perubahan atas Nota Kesepahaman
    ini", "addendum", "may not be modified except in writing"). A statute "as amended" does
    not count.

    ## Why is this bad?
    Partnerships change. Without a rule that changes must be in writing and signed by all
    parties (usually as an addendum), e-mails and meeting notes may later be argued to have
    changed the deal.

    ## Example
    Indonesian:
    ```text
    (tidak ada ketentuan perubahan)
    ```
    English:
    ```text
    (no amendment clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 18 Perubahan
    Setiap perubahan atas Nota Kesepahaman ini dibuat secara tertulis dalam
    bentuk addendum yang ditandatangani PARA PIHAK.
    ```
    English:
    ```text
    Article 18 Amendments
    This Memorandum may be amended only in writing signed by all Parties.
    ```
    """
    yield from missing(
        draft,
        "amendment",
        msg("Tidak ada ketentuan tentang perubahan (addendum).", "No amendment procedure."),
        msg(
            "Tambahkan pasal Perubahan: perubahan hanya dengan addendum tertulis PARA PIHAK.",
            "Add an Amendments article: changes only in writing, signed by all parties.",
        ),
    )
