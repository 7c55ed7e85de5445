"""MOU-C042: a joint venture agreement without capital, deadlock or transfer terms."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "jv.capital",
        msg(
            "Tidak ada ketentuan modal dan kepemilikan saham.", "No capital or shareholding terms."
        ),
        (
            rx(
                r"modal (?:dasar|disetor|ditempatkan)|kepemilikan saham|bagian partisipasi"
                r"|(?:authori[sz]ed|paid[- ]up|share) capital|shareholding|participating interest"
            ),
        ),
        msg(
            "Sebut modal dasar dan disetor, dan persentase saham setiap pihak.",
            "State the authorised and paid-up capital and each party's percentage.",
        ),
        in_mou=True,
    ),
    Element(
        "jv.deadlock",
        msg("Tidak diatur jalan keluar dari kebuntuan.", "No way out of a deadlock."),
        (rx(r"kebuntuan|jalan buntu|deadlock"),),
        msg(
            "Atur eskalasi, mediasi, lalu opsi jual/beli atau pembubaran.",
            "Provide escalation, mediation, then a put/call, buy-sell offer or winding up.",
        ),
    ),
    Element(
        "jv.transfer",
        msg(
            "Tidak ada pembatasan pengalihan saham atau hak membeli terlebih dahulu.",
            "No limits on share transfers and no right of first refusal.",
        ),
        (
            rx(
                r"(?:ditawarkan|menawarkan(?:nya)?) terlebih dahulu|membeli terlebih dahulu"
                r"|right of first (?:refusal|offer)|pre-?emption|first refusal"
            ),
        ),
        msg(
            "Atur masa larangan pengalihan dan hak membeli terlebih dahulu (UUPT Ps.57-58).",
            "Provide a lock-up and a right of first refusal (Company Law Arts. 57-58).",
        ),
    ),
)


@rule(
    id="MOU-C042",
    name="missing-joint-venture-terms",
    severity="warning",
    summary="A joint venture agreement leaves out capital, deadlock or transfer terms.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a joint venture or shareholders' agreement (its title says "Usaha Patungan", "Joint
    Venture" or "Shareholders' Agreement", or a draft made by `mou new` says
    `type: joint_venture`), reports each of these that the text leaves out: capital and each
    party's share; how a deadlock ends; and limits on transfers with a right of first refusal.
    In a memorandum of understanding only capital and shares are expected (a term sheet).

    ## Why is this bad?
    A joint venture outlives the mood of its signing. Without stated stakes and capital, each
    party's contribution is open to dispute; without a deadlock mechanism a 50/50 company can
    stop, leaving only court dissolution (Company Law Art. 146); without transfer limits a
    partner's shares can pass to a competitor.

    ## Example
    Indonesian:
    ```text
    PERJANJIAN USAHA PATUNGAN
    Pasal 1 PARA PIHAK mendirikan PT Sinar Laut dan mengelolanya bersama.
    ```
    English:
    ```text
    JOINT VENTURE AGREEMENT
    Article 1 The Parties will set up PT Sinar Laut and run it together.
    ```

    ## Use instead
    Indonesian:
    ```text
    Modal dasar Rp40.000.000.000,00; kepemilikan saham 60% dan 40%. Kebuntuan dirujuk
    ke pimpinan, lalu mediasi ... Saham wajib ditawarkan terlebih dahulu kepada PIHAK lainnya.
    ```
    English:
    ```text
    Authorised capital IDR 40,000,000,000; shareholding 60% and 40%. A deadlock goes to the
    chief executives, then mediation ... Shares must first be offered to the other Party.
    ```
    """
    yield from gaps(draft, "joint_venture", ELEMENTS)
