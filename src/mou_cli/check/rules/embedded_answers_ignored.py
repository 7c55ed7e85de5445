"""MOU-X003: the answers embedded in the draft could not be used, so they were ignored."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.answers import ignored
from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-X003",
    name="embedded-answers-ignored",
    severity="info",
    summary="The answers embedded in the draft are invalid, so they were ignored.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports a draft whose embedded answers (Markdown front matter `mou: {answers: ...}`, or the
    answers part of a DOCX made by `mou new`) cannot be used: not readable, over the size of
    an answers file, not valid answers (`parties: 5`), or a stored check copy that is
    malformed. They are treated as an answers file would be, and the draft is checked as one
    without answers. One finding per draft, naming the first problem.

    ## Why is this bad?
    Without valid answers, `mou check` cannot compare the text with them: edits away from the
    answers (`MOU-K019`) and rows the checklist leaves missing go unreported. Embedded answers
    that were edited by hand, or by someone else, may also no longer say what the draft says.

    ## Example
    `the embedded answers were ignored: parties: must be a valid list (and 4 more)`

    ## Use instead
    Draft again from the answers file with `mou new --answers`, or delete the front matter
    (or the DOCX's `customXml` answers part) to check the draft as one without answers.
    """
    reason = ignored(draft)
    if reason is None:
        return
    yield Hit(
        msg(
            f"jawaban yang tertanam di draf diabaikan: {reason}",
            f"the embedded answers were ignored: {reason}",
        ),
        hint=msg(
            "Buat ulang draf dengan `mou new --answers`, atau hapus jawaban yang tertanam; "
            "draf diperiksa sebagai draf tanpa jawaban.",
            "Draft again with `mou new --answers`, or delete the embedded answers; the draft "
            "was checked as one without answers.",
        ),
    )
