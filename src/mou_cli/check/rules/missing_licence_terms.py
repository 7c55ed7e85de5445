"""MOU-C045: a licence agreement without its scope or its recording."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "tech.licence_grant",
        msg(
            "Lisensi tanpa sifat eksklusif atau wilayah.",
            "A licence with no exclusivity or territory stated.",
        ),
        (rx(r"eksklusif|exclusive|\bsole\b|tunggal"), rx(r"wilayah|territor")),
        msg(
            "Sebut apakah lisensi eksklusif, tunggal atau noneksklusif, dan wilayahnya.",
            "Say whether the licence is exclusive, sole or non-exclusive, and where it applies.",
        ),
    ),
    Element(
        "tech.recording",
        msg("Pencatatan lisensi tidak diatur.", "Recording of the licence is not provided for."),
        (rx(r"dicatatkan|pencatatan|dicatat|record(?:ed|ing)?\b"),),
        msg(
            "Atur siapa mencatatkan lisensi di DJKI (UU 13/2016 Ps.79; PP 36/2018).",
            "Say who records the licence with DJKI (Law 13/2016 Art. 79; GR 36/2018).",
        ),
    ),
)


@rule(
    id="MOU-C045",
    name="missing-licence-terms",
    severity="warning",
    summary="A licence agreement leaves out its scope or its recording.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a licence agreement (its title says "Perjanjian Lisensi" or "Licence Agreement", or a
    draft made by `mou new` says `type: technology`), reports each of these that the text
    leaves out: whether the licence is exclusive and where it applies; and its recording with
    the Directorate General of Intellectual Property. Nothing is expected of a memorandum.

    ## Why is this bad?
    A licence that does not say whether it is exclusive, or where, is read against the
    licensee. A patent or copyright licence that is not recorded has no effect on third
    parties (Law 13/2016 Art. 79, Law 28/2014 Art. 83, GR 36/2018).

    ## Example
    Indonesian:
    ```text
    PERJANJIAN LISENSI
    Pasal 1 PIHAK PERTAMA memberikan lisensi paten kepada PIHAK KEDUA.
    ```
    English:
    ```text
    LICENCE AGREEMENT
    Article 1 The Licensor grants the Licensee a licence under the patent.
    ```

    ## Use instead
    Indonesian:
    ```text
    Lisensi noneksklusif di wilayah Indonesia. PIHAK KEDUA mencatatkan lisensi ini pada
    Direktorat Jenderal Kekayaan Intelektual.
    ```
    English:
    ```text
    A non-exclusive licence for the territory of Indonesia. The Licensee will record this
    licence with the Directorate General of Intellectual Property.
    ```
    """
    yield from gaps(draft, "technology", ELEMENTS)
