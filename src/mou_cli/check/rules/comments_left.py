"""MOU-U004: reviewer comments still in a DOCX."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-U004",
    name="comments-left",
    severity="warning",
    summary="The DOCX still contains reviewer comments.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports every comment (a Word balloon) still attached to the document. The reader lists
    them; Markdown and text drafts have none (an HTML comment in Markdown is not reported).

    ## Why is this bad?
    Comments carry open questions and internal negotiating positions ("our floor is 30%").
    Sent to the other side or kept in the signed file, they reveal what should stay inside,
    and an unanswered comment is an unsettled point.

    ## Example
    Indonesian:
    ```text
    Pasal 7 Pembagian Keuntungan   [Komentar: "Cek lagi ke direksi, bisa turun ke 55%?"]
    ```
    English:
    ```text
    Article 7 Profit Sharing   [Comment: "Legal to confirm: can we go down to 55%?"]
    ```

    ## Use instead
    Indonesian:
    ```text
    Selesaikan komentar, lalu hapus semuanya (Review > Delete All Comments).
    ```
    English:
    ```text
    Resolve the comments, then remove them (Review > Delete All Comments).
    ```
    """
    for loc in draft.comments:
        yield Hit(
            msg(
                "Masih ada komentar peninjau dalam dokumen.",
                "A reviewer comment is still in the document.",
            ),
            loc,
            "",
            msg("Selesaikan komentar, lalu hapus.", "Resolve the comment, then delete it."),
        )
