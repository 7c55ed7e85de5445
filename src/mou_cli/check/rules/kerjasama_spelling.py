"""MOU-S005: "kerjasama" / "bekerjasama" instead of "kerja sama" / "bekerja sama"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import hit, in_address, may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_WRONG = lazy(r"\b(be)?kerja-?sama(nya)?\b", re.IGNORECASE)
# the official name of an office ("Sub Bagian Kerjasama", "Badan Kerjasama dan Kehumasan",
# "Wakil Rektor Perencanaan, Kerjasama, ..."): its owner spells it, the drafter cannot
_OFFICE_BEFORE = lazy(
    r"\b(?:Sub ?[Bb]agian|Bagian|Kasubag|Kabag|Biro|Badan|Kantor|Divisi|Direktorat|Pusat|Unit"
    r"|Bidang|Seksi|Urusan|Wakil Rektor|Wakil Dekan|Kepala)\b[^.;:\n]{0,50}\Z"
)


@rule(
    id="MOU-S005",
    name="kerjasama-spelling",
    severity="warning",
    summary='"kerjasama" is written for "kerja sama" (KBBI).',
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports "kerjasama", "kerja-sama", "bekerjasama" and "kerjasamanya". The standard
    spelling (KBBI, PUEBI) is two words: "kerja sama", "bekerja sama"; only a word with both
    a prefix and a suffix is joined ("dikerjasamakan"), and that is not reported. Nor is the
    official name of an office ("Sub Bagian Kerjasama", "Badan Kerjasama dan Kehumasan"): its
    owner decides how it is spelt.

    ## Why is this bad?
    Official and legal Indonesian follows KBBI. A title "PERJANJIAN KERJASAMA" on a document
    for a ministry, a regional government or a university reads as careless drafting.

    ## Example
    Indonesian:
    ```text
    PERJANJIAN KERJASAMA ... PARA PIHAK sepakat untuk bekerjasama ...
    ```
    English:
    ```text
    (an English draft quoting the Indonesian title) the "Perjanjian Kerjasama" of 2026
    ```

    ## Use instead
    Indonesian:
    ```text
    PERJANJIAN KERJA SAMA ... PARA PIHAK sepakat untuk bekerja sama ...
    ```
    English:
    ```text
    the "Perjanjian Kerja Sama" of 2026
    ```
    """
    for chunk in draft.chunks:
        if not may_hold(draft, chunk, ("kerjasama", "kerja-sama")):
            continue  # every match holds one
        for m in _WRONG.finditer(chunk.text):
            if in_address(chunk.text, m.start(), m.end()):
                continue
            word = m.group()
            titled = word[0].isupper() and not word.isupper()
            if titled and _OFFICE_BEFORE.search(chunk.text, max(0, m.start() - 70), m.start()):
                continue  # part of an office's official name
            right = re.sub(
                r"(?i)kerja-?sama", lambda x: x.group()[:5] + " " + x.group()[-4:], m.group()
            )
            yield hit(
                chunk,
                m,
                msg(
                    f'"{m.group()}" seharusnya ditulis "{right}" (KBBI).',
                    f'"{m.group()}" should be written "{right}" (KBBI).',
                ),
                msg(f'Tulis "{right}".', f'Write "{right}".'),
            )
