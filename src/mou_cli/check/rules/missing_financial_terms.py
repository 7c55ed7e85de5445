"""MOU-C006: no financial terms."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C006",
    name="missing-financial-terms",
    severity="warning",
    summary="The draft says nothing about costs, funding or profit sharing.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for financial terms: profit or revenue sharing, cost sharing or funding ("Pembiayaan",
    "Costs", "bagi hasil"), a price, fee or payment ("Nilai Kontrak Rp 500.000.000", "Licensee
    shall pay a fee of USD 100"), or an explicit statement that each party bears its own costs
    or that there are no financial obligations. Costs named in an indemnity do not count.

    ## Why is this bad?
    Money is the most common source of partnership disputes. Even a non-binding MoU should say
    who pays for what; "each party bears its own costs" is a valid answer, silence is not.

    ## Example
    Indonesian:
    ```text
    (tidak ada pasal tentang biaya atau pembagian keuntungan)
    ```
    English:
    ```text
    (no article on costs or profit sharing)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 6 Pembiayaan
    (1) Biaya pelaksanaan kegiatan ditanggung oleh masing-masing PIHAK.
    ```
    English:
    ```text
    Article 6 Costs
    6.1 Each Party bears its own costs of carrying out this Memorandum.
    ```
    """
    yield from missing(
        draft,
        "costs",
        msg(
            "Tidak ada ketentuan keuangan: biaya, pendanaan dan pembagian keuntungan tidak diatur.",
            "No financial terms: costs, funding and profit sharing are not addressed.",
        ),
        msg(
            "Atur siapa menanggung biaya dan pembagian keuntungan, atau nyatakan tidak ada.",
            "State who bears which costs and how any profit is shared, or that there is none.",
        ),
        also=("profit_sharing",),
        row="profit_sharing",
    )
