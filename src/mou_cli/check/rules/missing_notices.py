"""MOU-C014: no notices clause."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import missing
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C014",
    name="missing-notices",
    severity="warning",
    summary="The draft does not say where and how notices are sent.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Looks for a notices clause: a heading, a run-in heading ("8.5 Notices:") or a sentence
    about it, in any article ("setiap pemberitahuan ... dikirim ke alamat", "melalui surat
    tercatat", "all notices"). A "notice period" for termination does not count.

    ## Why is this bad?
    Termination, force majeure and disputes all start with a notice. Without agreed addresses
    and means, a party can deny ever receiving one.

    ## Example
    Indonesian:
    ```text
    (tidak ada pasal pemberitahuan)
    ```
    English:
    ```text
    (no notices clause)
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 17 Pemberitahuan
    Setiap pemberitahuan dibuat secara tertulis dan dikirim ke alamat berikut: ...
    ```
    English:
    ```text
    Article 17 Notices
    All notices must be in writing and sent to the addresses below: ...
    ```
    """
    yield from missing(
        draft,
        "notices",
        msg(
            "Tidak ada pasal pemberitahuan: alamat dan cara pengiriman pemberitahuan tidak diatur.",
            "No notices clause: no agreed addresses or means for formal notices.",
        ),
        msg(
            "Tambahkan pasal Pemberitahuan dengan alamat, e-mail dan kontak setiap pihak.",
            "Add a Notices article with each party's address, e-mail and contact person.",
        ),
        row="notices",
    )
