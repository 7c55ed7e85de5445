"""MOU-C005: no roles or responsibilities."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C005",
    name="missing-roles",
    severity="warning",
    summary="The draft gives the parties no roles or responsibilities.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for an article on what each party does ("Hak dan Kewajiban", "Tugas dan Tanggung
    Jawab", "Roles and Responsibilities", "Contributions") or sentences that give one party a
    task, under any heading ("PIHAK KEDUA wajib menyediakan ...", "bertanggung jawab atas",
    "The Supplier shall supply ..."). An article that leaves the implementation to later
    agreements, or "hak dan kewajiban" named in passing, does not count.

    ## Why is this bad?
    A partnership where nobody is responsible for anything produces nothing, and when it fails
    each side can say the task was the other's.

    ## Example
    Indonesian:
    ```text
    Pasal 2 Ruang Lingkup
    (1) PARA PIHAK bekerja sama dalam pelatihan petani.
    ```
    English:
    ```text
    Article 2 Scope
    2.1 The Parties will work together on farmer training.
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 3 Peran dan Tanggung Jawab
    (1) PIHAK PERTAMA bertanggung jawab atas penyediaan aplikasi.
    (2) PIHAK KEDUA bertanggung jawab atas materi pelatihan.
    ```
    English:
    ```text
    Article 3 Roles and Responsibilities
    3.1 Globex is responsible for providing the app.
    3.2 The University is responsible for the training material.
    ```
    """
    yield from missing(
        draft,
        "roles",
        msg(
            "Tidak ada peran atau tanggung jawab: tidak jelas apa yang dilakukan setiap pihak.",
            "No roles or responsibilities: nothing says what each party does.",
        ),
        msg(
            "Tambahkan pasal Hak dan Kewajiban atau Peran dan Tanggung Jawab setiap pihak.",
            "Add an article that lists each party's responsibilities.",
        ),
        also=("contributions",),
        row="roles",
    )
