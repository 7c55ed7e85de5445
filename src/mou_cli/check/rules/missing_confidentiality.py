"""MOU-C008: no confidentiality clause."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C008",
    name="missing-confidentiality",
    severity="warning",
    summary="The draft has no confidentiality clause.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a confidentiality clause: a heading ("Kerahasiaan", "Confidentiality") or, in
    any article, a duty of secrecy ("menjaga kerahasiaan", "informasi ... bersifat rahasia",
    "hold in confidence", "Confidential Information"). Naming confidential data, or a law on
    trade secrets, does not count.

    ## Why is this bad?
    Partners share plans, prices, data and research. Without a confidentiality duty the
    receiving party may use or disclose them freely; this is one of the clauses that binds even in
    a non-binding MoU.

    ## Example
    Indonesian:
    ```text
    (tidak ada ketentuan kerahasiaan)
    ```
    English:
    ```text
    (no confidentiality clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 9 Kerahasiaan
    (1) Masing-masing PIHAK wajib menjaga kerahasiaan informasi yang
        diterimanya dari PIHAK lain.
    ```
    English:
    ```text
    Article 9 Confidentiality
    9.1 Each Party must keep confidential the information it receives
        from the other Party.
    ```
    """
    yield from missing(
        draft,
        "confidentiality",
        msg("Tidak ada ketentuan kerahasiaan.", "No confidentiality clause."),
        msg(
            "Tambahkan pasal Kerahasiaan beserta masa berlakunya setelah perjanjian berakhir.",
            "Add a Confidentiality article with a duration after the agreement ends.",
        ),
        row="confidentiality",
    )
