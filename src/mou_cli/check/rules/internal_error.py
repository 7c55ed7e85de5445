"""MOU-X001: a rule failed on this draft (reported by the runner, not found in the text)."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft


@rule(
    id="MOU-X001",
    name="internal-error",
    severity="error",
    summary="A rule failed on this draft (a bug in mou, not in the draft).",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports a rule that crashed while checking this draft, so that one broken rule does not
    stop the whole run. The message names the rule and the error.

    ## Why is this bad?
    The draft was not fully checked: the named rule's problems may be missing from the report.

    ## Example
    `internal error in MOU-K003 (reference-missing): IndexError: list index out of range`

    ## Use instead
    Report it to the mou maintainers with the draft if you can share it; meanwhile disable the
    rule (`disable = ["MOU-K003"]`) to get a clean run.
    """
    return iter(())  # the runner reports it when another rule raises (check.runner)
