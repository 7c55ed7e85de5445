"""MOU-U002: an article heading with no text under it."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-U002",
    name="empty-heading",
    severity="warning",
    summary="An article has a heading but no text.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports an article whose heading is followed directly by the next article, or by the end
    of the document, with no paragraph of its own.

    ## Why is this bad?
    An empty article is a section someone meant to write ("Pasal 9 Hak Kekayaan Intelektual",
    then nothing). The parties may believe the subject is settled when the text says nothing.

    ## Example
    Indonesian:
    ```text
    Pasal 9 Hak Kekayaan Intelektual
    Pasal 10 Kerahasiaan
    (1) Masing-masing PIHAK wajib menjaga kerahasiaan ...
    ```
    English:
    ```text
    Article 9 Intellectual Property
    Article 10 Confidentiality
    10.1 Each Party must keep confidential ...
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 9 Hak Kekayaan Intelektual
    (1) Hak kekayaan intelektual yang dimiliki masing-masing PIHAK sebelum ...
    ```
    English:
    ```text
    Article 9 Intellectual Property
    9.1 Each Party keeps the intellectual property it owned before ...
    ```
    """
    for a in draft.articles:
        if any(c.text.strip() for c in a.body):
            continue
        yield Hit(
            msg(
                f"{a.label} {a.title}".strip() + " tidak berisi teks.",
                f"{a.label} {a.title}".strip() + " has no text.",
            ),
            a.loc,
            f"{a.label} {a.title}".strip(),
            msg(
                "Isi pasal tersebut, atau hapus judulnya dan nomori ulang.",
                "Write the article, or delete the heading and renumber.",
            ),
        )
