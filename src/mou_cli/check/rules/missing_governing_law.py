"""MOU-C012: no governing law."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C012",
    name="missing-governing-law",
    severity="warning",
    summary="The draft does not name its governing law.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a governing-law statement: a heading ("Hukum yang Berlaku", "Governing Law") or
    a sentence in any article ("Perjanjian ini tunduk pada ... Hukum Republik Indonesia",
    "governed by and construed in accordance with the laws of the State of New York"). A
    party's place of incorporation, or a chosen court ("domisili hukum"), is no choice of law.

    ## Why is this bad?
    The governing law decides how every clause is read and what the law adds where the text is
    silent. Between parties of different countries, leaving it open invites a costly dispute about
    which law applies.

    ## Example
    Indonesian:
    ```text
    (tidak ada pasal hukum yang berlaku)
    ```
    English:
    ```text
    (no governing law clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 14 Hukum yang Berlaku
    Nota Kesepahaman ini tunduk pada hukum Negara Republik Indonesia.
    ```
    English:
    ```text
    Article 14 Governing Law
    This Memorandum is governed by the laws of the Republic of Indonesia.
    ```
    """
    yield from missing(
        draft,
        "governing_law",
        msg("Hukum yang berlaku tidak disebutkan.", "No governing law is named."),
        msg(
            "Tambahkan pasal Hukum yang Berlaku yang menyebutkan satu sistem hukum.",
            "Add a Governing Law article naming one legal system.",
        ),
        row="governing_law",
    )
