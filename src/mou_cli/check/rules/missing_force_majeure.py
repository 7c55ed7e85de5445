"""MOU-C013: no force majeure clause."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C013",
    name="missing-force-majeure",
    severity="warning",
    summary="The draft has no force majeure clause.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a force majeure clause: a heading, or "keadaan kahar", "keadaan memaksa", "force
    majeure", "overmacht", "beyond its reasonable control" in a sentence that defines it or
    excuses a party. Force majeure listed only as a ground for termination does not count.

    ## Why is this bad?
    Indonesian Civil Code Arts. 1244-1245 excuse a party from damages for an unforeseeable cause
    beyond its control, but say nothing on notice, suspension or termination. A clause defines the
    events, the notice (with a number of days) and what happens next.

    ## Example
    Indonesian:
    ```text
    (tidak ada ketentuan keadaan kahar)
    ```
    English:
    ```text
    (no force majeure clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 16 Keadaan Kahar
    (1) PIHAK yang mengalami keadaan kahar memberitahukannya secara tertulis
        dalam 7 (tujuh) hari kalender.
    ```
    English:
    ```text
    Article 16 Force Majeure
    16.1 A Party affected by force majeure must give written notice within
         seven (7) calendar days.
    ```
    """
    yield from missing(
        draft,
        "force_majeure",
        msg("Tidak ada ketentuan keadaan kahar.", "No force majeure clause."),
        msg(
            "Tambahkan pasal Keadaan Kahar: peristiwa, pemberitahuan dalam N hari, akibatnya.",
            "Add a Force Majeure article: events, notice within N days, effects.",
        ),
        row="force_majeure",
    )
