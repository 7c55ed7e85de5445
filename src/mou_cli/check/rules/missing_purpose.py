"""MOU-C003: the draft states no purpose or goals."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C003",
    name="missing-purpose",
    severity="warning",
    summary="The draft states no purpose or goals.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a purpose article ("Maksud dan Tujuan", "Purpose", "Objectives"), a sentence
    that states the aim ("bertujuan untuk", "the purpose of this Memorandum"), or an opening
    or recital that says what the parties mean to do ("PARA PIHAK sepakat untuk mengadakan
    kerja sama ...", "bermaksud untuk", "WHEREAS the Parties wish to ..."). A wish to end or
    extend the agreement is no purpose.

    ## Why is this bad?
    The purpose is what the partnership is for. It frames every other clause, tells a reader
    (or a judge) how to read an unclear obligation, and is what the parties later measure the
    partnership against.

    ## Example
    Indonesian:
    ```text
    Pasal 1 Ruang Lingkup
    (1) PARA PIHAK akan bekerja sama di bidang pertanian.
    ```
    English:
    ```text
    Article 1 Scope
    1.1 The Parties will cooperate in agriculture.
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 1 Maksud dan Tujuan
    (1) Nota Kesepahaman ini bertujuan untuk meningkatkan hasil panen
        petani mitra sebesar 20% (dua puluh persen) pada akhir tahun 2027.
    ```
    English:
    ```text
    Article 1 Purpose
    1.1 The purpose of this Memorandum is to raise partner farmers' yields
        by twenty percent (20%) by the end of 2027.
    ```
    """
    yield from missing(
        draft,
        "purpose",
        msg(
            "Tidak ada maksud dan tujuan: tidak jelas untuk apa kerja sama ini.",
            "No purpose or goals: nothing says what the partnership is for.",
        ),
        msg(
            "Tambahkan pasal Maksud dan Tujuan yang menyebutkan tujuan kerja sama.",
            "Add a Purpose article that states the goals.",
        ),
        row="goals",
    )
