"""MOU-U003: tracked changes still in a DOCX."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-U003",
    name="tracked-changes",
    severity="error",
    summary="The DOCX still contains tracked changes.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports every insertion, deletion or move still tracked in a Word document (revision
    marks that nobody accepted or rejected). The reader lists them; Markdown and text drafts
    have none.

    ## Why is this bad?
    What a tracked document says depends on how it is displayed: with markup, without, or
    printed. The parties may sign different texts, and deleted wording remains readable to
    the other side.

    ## Example
    Indonesian:
    ```text
    Jangka waktu ~~3 (tiga)~~ 2 (dua) tahun   (perubahan terlacak di Word)
    ```
    English:
    ```text
    A term of ~~three (3)~~ two (2) years   (a tracked change in Word)
    ```

    ## Use instead
    Indonesian:
    ```text
    Jangka waktu 2 (dua) tahun   (Review > Accept All Changes, lalu simpan)
    ```
    English:
    ```text
    A term of two (2) years   (Review > Accept All Changes, then save)
    ```
    """
    for loc in draft.tracked_changes:
        yield Hit(
            msg(
                "Ada perubahan terlacak yang belum diterima atau ditolak.",
                "A tracked change has not been accepted or rejected.",
            ),
            loc,
            "",
            msg(
                "Di Word: Review > Accept/Reject setiap perubahan, lalu simpan.",
                "In Word: Review > Accept or Reject each change, then save.",
            ),
        )
