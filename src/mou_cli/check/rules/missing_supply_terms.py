"""MOU-C043: a supply agreement without inspection, specifications or a capped penalty."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "sup.acceptance",
        msg(
            "Tidak diatur pemeriksaan dan penerimaan barang.",
            "No inspection and acceptance of the goods.",
        ),
        (
            rx(
                r"pemeriksaan|memeriksa|berita acara serah terima|\bBAST\b|inspect"
                r"|acceptance of (?:the )?goods|accepted"
            ),
        ),
        msg(
            "Atur tenggat pemeriksaan, BAST, dan barang yang dianggap diterima.",
            "Set an inspection period, a handover record (BAST) and deemed acceptance.",
        ),
    ),
    Element(
        "sup.spec",
        msg(
            "Barang tidak dikaitkan dengan spesifikasi.",
            "The goods are not tied to specifications.",
        ),
        (rx(r"spesifikasi|specification"),),
        msg("Lampirkan spesifikasi barang.", "Attach the specifications of the goods."),
    ),
    Element(
        "sup.penalty",
        msg("Denda keterlambatan tanpa batas maksimum.", "A late-delivery penalty without a cap."),
        (
            rx(
                r"paling (?:banyak|tinggi)|maksimum|maksimal|setinggi-tingginya|\bcap(?:ped)?\b"
                r"|not (?:to )?exceed|up to a (?:total|maximum)|at most"
            ),
        ),
        msg(
            "Batasi jumlah denda, misalnya 5% dari nilai pesanan.",
            "Cap the penalty, for example at 5% of the order value.",
        ),
        only_if=rx(r"\bdenda\b|\bpenalt(?:y|ies)\b|liquidated damages"),
    ),
)


@rule(
    id="MOU-C043",
    name="missing-supply-terms",
    severity="warning",
    summary="A supply agreement leaves out inspection, specifications or a penalty cap.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a supply agreement (its title says "Perjanjian Pasokan", "Perjanjian Pengadaan Barang"
    or "Supply Agreement", or a draft made by `mou new` says `type: supply_chain`), reports
    each of these that the text leaves out: inspection and acceptance of the goods;
    specifications; and, when it sets a late-delivery penalty, a cap on it. Nothing is expected
    of a memorandum of understanding.

    ## Why is this bad?
    Without an inspection period the buyer may reject goods months later, and without
    specifications there is nothing to reject them against. An uncapped daily penalty keeps
    growing while the goods are late and invites a fight over whether it is a penalty at all.

    ## Example
    Indonesian:
    ```text
    PERJANJIAN PASOKAN
    Pasal 1 PIHAK KEDUA memasok kopi kepada PIHAK PERTAMA dan membayar denda 1‰ per hari
    keterlambatan.
    ```
    English:
    ```text
    SUPPLY AGREEMENT
    Article 1 The Supplier supplies coffee to the Buyer and pays a penalty of 0.1% per day
    of delay.
    ```

    ## Use instead
    Indonesian:
    ```text
    Kopi memenuhi spesifikasi dalam Lampiran 1. PIHAK PERTAMA memeriksa kopi dalam 3 hari kerja
    dan menandatangani BAST. Denda 0,1% per hari, paling banyak 5% dari nilai pesanan.
    ```
    English:
    ```text
    The coffee meets the specifications in Annex 1. The Buyer inspects it within 3 working days
    and signs the BAST. The penalty is 0.1% a day, capped at 5% of the order value.
    ```
    """
    yield from gaps(draft, "supply_chain", ELEMENTS)
