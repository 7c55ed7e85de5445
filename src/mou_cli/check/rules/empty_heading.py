"""MOU-U002: an article heading with no text under it."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.messages import msg


def _kind(label: str) -> str:
    """The word a heading's label starts with: "Pasal", "ARTICLE", "" for "7."."""
    word = label.split(" ", 1)[0].lower()
    return word if word.isalpha() else ""


def _nothing_after(draft: Draft, at: int | None) -> bool:
    """The heading at chunk ``at`` is followed by another heading, a title or the end: no text
    of any article comes between. False when the heading is not a chunk of its own (a PDF page
    read as one paragraph): then nothing is known."""
    if at is None:
        return False
    for c in draft.chunks[at + 1 :]:
        if c.kind in ("heading", "title") or c.in_signature or c.part == "annex":
            return True
        if c.text.strip():
            return False
    return True


@rule(
    id="MOU-U002",
    name="empty-heading",
    severity="warning",
    summary="An article has a heading but no text.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports an article whose heading is followed directly by the next article, or by the end
    of the document, with no paragraph of its own. A heading over a group of articles ("BAB
    II" then "Pasal 3", "SECTION 1" then "ARTICLE 1") is not an empty article, and neither is
    a heading the reader could not separate from its text (a PDF page read as one paragraph).

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
    headings = {c.loc: i for i, c in enumerate(draft.chunks) if c.kind == "heading"}
    for i, a in enumerate(draft.articles):
        if any(c.text.strip() for c in a.body):
            continue
        if not _nothing_after(draft, headings.get(a.loc)):
            continue  # text follows the heading: the reader did not place it, it is not missing
        after = draft.articles[i + 1] if i + 1 < len(draft.articles) else None
        if after is not None and _kind(after.label) != _kind(a.label):
            continue  # "SECTION 1" then "ARTICLE 1": a heading over a group of articles
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
