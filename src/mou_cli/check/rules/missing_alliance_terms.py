"""MOU-C047: a strategic alliance that does not say it creates no partnership."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "ally.no_partnership",
        msg(
            "Tidak dinyatakan bahwa aliansi bukan persekutuan, keagenan atau usaha patungan.",
            "Nothing says the alliance is no partnership, agency or joint venture.",
        ),
        (
            rx(
                r"(?:tidak|bukan)\b.{0,100}\b(?:persekutuan|keagenan|usaha patungan)"
                r"|\b(?:not|no)\b.{0,100}\b(?:partnership|agency|joint venture)"
            ),
        ),
        msg(
            "Nyatakan bahwa tidak ada persekutuan perdata (KUHPer 1618), keagenan atau usaha "
            "patungan.",
            "State that there is no civil partnership (Civil Code Art. 1618), agency or joint "
            "venture.",
        ),
        in_mou=True,
    ),
)


@rule(
    id="MOU-C047",
    name="missing-alliance-terms",
    severity="warning",
    summary="A strategic alliance does not say that it creates no partnership.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a strategic alliance (its title says "Aliansi Strategis", "Kerja Sama Strategis" or
    "Strategic Alliance", or a draft made by `mou new` says `type: strategic`), reports a text
    that never says the alliance is not a partnership, an agency or a joint venture.

    ## Why is this bad?
    Parties that pool contributions to share the profit form a civil partnership (persekutuan,
    Civil Code Art. 1618) whatever they call it, and partners answer for each other. An
    alliance should say it is none of these.

    ## Example
    Indonesian:
    ```text
    PERJANJIAN KERJA SAMA STRATEGIS
    Pasal 1 PARA PIHAK bekerja sama dalam riset dan pelatihan.
    ```
    English:
    ```text
    STRATEGIC ALLIANCE AGREEMENT
    Article 1 The Parties cooperate in research and training.
    ```

    ## Use instead
    Indonesian:
    ```text
    Perjanjian ini tidak menimbulkan persekutuan perdata, keagenan atau usaha patungan.
    ```
    English:
    ```text
    This Agreement does not create a partnership, an agency or a joint venture.
    ```
    """
    yield from gaps(draft, "strategic", ELEMENTS)
