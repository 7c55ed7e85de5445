"""MOU-C011: no dispute resolution clause."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C011",
    name="missing-dispute-resolution",
    severity="warning",
    summary="The draft does not say how disputes are resolved.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a dispute clause: a heading ("Penyelesaian Perselisihan", "Dispute Resolution",
    "Domisili", "Jurisdiction") or, in any article (a "Lain-lain" article too), a sentence
    that says how disputes or differences of interpretation are settled (musyawarah, a court,
    arbitration, "submits to the jurisdiction of"). "Not in dispute" does not count.

    ## Why is this bad?
    Without steps (negotiation, mediation) and one forum (arbitration or a named court), a dispute
    starts with a fight about where to fight, and a foreign party may sue at home.

    ## Example
    Indonesian:
    ```text
    (tidak ada pasal penyelesaian perselisihan)
    ```
    English:
    ```text
    (no dispute resolution clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 15 Penyelesaian Perselisihan
    (1) Perselisihan diselesaikan secara musyawarah untuk mufakat dalam
        30 (tiga puluh) hari kalender, lalu melalui Pengadilan Negeri
        Jakarta Selatan.
    ```
    English:
    ```text
    Article 15 Dispute Resolution
    15.1 The Parties will first negotiate for thirty (30) calendar days;
         then the dispute goes to arbitration under the BANI Rules, seated
         in Jakarta.
    ```
    """
    yield from missing(
        draft,
        "dispute",
        msg("Tidak ada ketentuan penyelesaian perselisihan.", "No dispute resolution clause."),
        msg(
            "Tambahkan pasal Penyelesaian Perselisihan: musyawarah, mediasi, lalu satu forum.",
            "Add a Dispute Resolution article: negotiation, optional mediation, then one forum.",
        ),
        row="dispute",
    )
