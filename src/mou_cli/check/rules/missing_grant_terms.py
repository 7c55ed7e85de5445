"""MOU-C046: a grant agreement without reporting, audit or disbursement terms."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "npo.funds",
        msg(
            "Dana hibah tanpa tahap atau syarat penyaluran.",
            "Grant funds without tranches or conditions for disbursement.",
        ),
        (rx(r"\btahap\b|termin|tranche|instal?ments?|disburse"),),
        msg(
            "Atur penyaluran bertahap dan syarat setiap tahap.",
            "Pay the grant in tranches, each with its conditions.",
        ),
    ),
    Element(
        "npo.reporting",
        msg("Tidak ada kewajiban laporan.", "No reporting duty."),
        (rx(r"laporan|melaporkan|report"),),
        msg(
            "Atur laporan naratif dan keuangan berkala serta laporan akhir.",
            "Require periodic narrative and financial reports and a final report.",
        ),
    ),
    Element(
        "npo.audit",
        msg("Tidak ada hak audit.", "No audit right."),
        (rx(r"\baudit|memeriksa pembukuan|pemeriksaan (?:keuangan|pembukuan)"),),
        msg(
            "Berikan hak audit atas penggunaan dana (UU 16/2001 Ps.52 untuk yayasan).",
            "Give an audit right over the use of funds (Law 16/2001 Art. 52 for a yayasan).",
        ),
    ),
)


@rule(
    id="MOU-C046",
    name="missing-grant-terms",
    severity="warning",
    summary="A grant agreement leaves out disbursement, reporting or audit terms.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a grant agreement (its title says "Perjanjian Hibah" or "Grant Agreement", or a draft
    made by `mou new` says `type: community`), reports each of these that the text leaves
    out: disbursement in tranches; reports; and an audit right. Nothing is expected of a
    memorandum of understanding.

    ## Why is this bad?
    A grant paid in one sum without reports or audit leaves the grantor no way to see how the
    money was spent, and a yayasan receiving Rp500 million or more in a year must have its
    accounts audited anyway (Law 16/2001 Art. 52).

    ## Example
    Indonesian:
    ```text
    PERJANJIAN HIBAH
    Pasal 1 PIHAK PERTAMA memberikan dana Rp600.000.000,00 kepada PIHAK KEDUA.
    ```
    English:
    ```text
    GRANT AGREEMENT
    Article 1 The Donor gives the Foundation IDR 600,000,000.
    ```

    ## Use instead
    Indonesian:
    ```text
    Dana disalurkan dalam tiga tahap; PIHAK KEDUA menyampaikan laporan setiap triwulan, dan
    PIHAK PERTAMA dapat melakukan audit.
    ```
    English:
    ```text
    The grant is paid in three tranches; the Foundation reports every quarter, and the Donor
    may audit the use of funds.
    ```
    """
    yield from gaps(draft, "community", ELEMENTS)
