"""MOU-K005: two articles with the same heading."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import columns
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K005",
    name="duplicate-heading",
    severity="warning",
    summary="Two articles have the same heading.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Compares article titles within each language column, ignoring case, punctuation and
    spacing, and reports a title used by more than one article.

    ## Why is this bad?
    Two articles called "Kerahasiaan" usually mean a clause was pasted in twice, often in two
    versions that disagree (3 years in one, 5 in the other). A reader cannot tell which one
    governs.

    ## Example
    Indonesian:
    ```text
    Pasal 6 Kerahasiaan
    Pasal 11 KERAHASIAAN
    ```
    English:
    ```text
    Article 6 Confidentiality
    Article 11 Confidentiality
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 6 Kerahasiaan   (satu pasal, isi kedua versi digabung)
    ```
    English:
    ```text
    Article 6 Confidentiality   (one article, the two versions merged)
    ```
    """
    for arts in columns(draft).values():
        seen: dict[str, str] = {}
        for a in arts:
            key = " ".join(re.sub(r"[^\w\s]", " ", a.title).lower().split())
            if not key:
                continue
            if key in seen:
                yield Hit(
                    msg(
                        f"“{a.title}” juga menjadi judul {seen[key]}.",
                        f"“{a.title}” is also the heading of {seen[key]}.",
                    ),
                    a.loc,
                    f"{a.label} {a.title}".strip(),
                    msg(
                        "Gabungkan kedua pasal atau beri judul yang berbeda.",
                        "Merge the two articles or give each a distinct heading.",
                    ),
                )
            else:
                seen[key] = a.label
