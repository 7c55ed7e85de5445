"""MOU-I001: an Indonesian party, but no Indonesian text."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.parties import find_parties
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import has_lang
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-I001",
    name="missing-indonesian-text",
    severity="warning",
    summary="An Indonesian party signs, but the draft has no Indonesian text.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When a party is Indonesian (a PT, CV, Yayasan, Koperasi, Universitas, Pemerintah or other
    Indonesian legal form, or an Indonesian address in the opening) and no part of the draft
    is in Indonesian, reports it.

    ## Why is this bad?
    Law 24 of 2009, Art. 31(1), and Presidential Regulation 63 of 2019, Art. 26, require
    Indonesian in an agreement involving an Indonesian institution, company or citizen; a
    foreign party's language or English may be added. In the Nine AM case (PN Jakarta Barat
    451/Pdt.G/2012, upheld on appeal and cassation) an English-only agreement was held void.
    Supreme Court Circular 3 of 2023 now asks judges not to annul on that ground alone
    without bad faith, but the requirement stands and the risk is easily avoided.

    ## Example
    Indonesian:
    ```text
    (hanya teks bahasa Inggris)
    This Agreement is made between PT Tani Maju and Globex Corporation ...
    ```
    English:
    ```text
    This Memorandum is made between Koperasi Nelayan Sejahtera, of Makassar, Indonesia,
    and Nordlys Renewables AS ...
    ```

    ## Use instead
    Indonesian:
    ```text
    Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris, berdampingan;
    apabila terdapat perbedaan, yang berlaku adalah teks bahasa Indonesia.
    ```
    English:
    ```text
    A bilingual text, Indonesian beside English, with a clause naming the version that
    prevails (`language: id-en` in the answers file).
    ```
    """
    if has_lang(draft, "id"):
        return
    local = [p for p in find_parties(draft) if p.indonesian]
    if not local:
        return
    names = ", ".join(p.name for p in local)
    yield Hit(
        msg(
            f"Ada pihak Indonesia ({names}) tetapi tidak ada teks bahasa Indonesia "
            f"(UU 24/2009 Pasal 31).",
            f"Indonesian party ({names}) but no Indonesian text (Law 24 of 2009, Art. 31).",
        ),
        local[0].loc,
        local[0].name,
        msg(
            "Tambahkan teks bahasa Indonesia berdampingan dengan teks bahasa Inggris.",
            "Add an Indonesian text, side by side with the English.",
        ),
    )
