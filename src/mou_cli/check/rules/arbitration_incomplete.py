"""MOU-K015: arbitration is chosen without naming the institution or the seat."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import section_text
from mou_cli.check.text import may_hold, quote
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

ARBITRATION = lazy(r"(?<!\btidak melalui )(?<!\bwithout )\barbitra(se|si|tion)\b", re.I)
_INSTITUTION = lazy(
    r"\b(BANI|BASYARNAS|BAPMI|SIAC|ICC|HKIAC|LCIA|KCAB|JCAA|AIAC|KLRCA|SCC|ACICA|CIETAC|PCA"
    r"|UNCITRAL)\b|Badan Arbitrase|Arbitration (Centre|Center|Court|Institute|Association)"
    r"|Chamber of Commerce|Court of Arbitration|Pusat Arbitrase",
    re.IGNORECASE,
)
_SEAT = lazy(
    r"tempat (kedudukan )?(arbitrase|persidangan)|kedudukan arbitrase|\bseat\b|place of arbitration"
    r"|venue|(diselenggarakan|dilaksanakan|berlangsung|bertempat|held|conducted|seated|sits?)"
    r" (di|in) [A-Z]|arbitra(se|tion) (di|in) [A-Z]",
    re.IGNORECASE,
)


@rule(
    id="MOU-K015",
    name="arbitration-incomplete",
    severity="warning",
    summary="Arbitration is chosen without naming the institution or the seat.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When the dispute clause sends disputes to arbitration, checks that it names an arbitral
    institution or rules (BANI, SIAC, ICC, UNCITRAL, ...) and a seat ("tempat kedudukan
    arbitrase adalah Jakarta", "the seat of arbitration is Singapore").

    ## Why is this bad?
    An arbitration clause without an institution leaves nobody to appoint arbitrators when a
    party refuses; without a seat, nobody knows which courts supervise the arbitration and
    where the award is "made", which decides how it is enforced (Law 30 of 1999 treats awards
    made abroad as international awards, enforced through the Central Jakarta District Court).

    ## Example
    Indonesian:
    ```text
    Perselisihan diselesaikan melalui arbitrase.
    ```
    English:
    ```text
    Any dispute will be finally settled by arbitration.
    ```

    ## Use instead
    Indonesian:
    ```text
    Perselisihan diselesaikan melalui arbitrase oleh Badan Arbitrase Nasional Indonesia
    (BANI) menurut peraturannya; tempat kedudukan arbitrase adalah Jakarta.
    ```
    English:
    ```text
    Any dispute will be finally settled by arbitration administered by the Singapore
    International Arbitration Centre (SIAC) under its rules; the seat is Singapore.
    ```
    """
    chunks = [
        c
        for c in draft.chunks
        if may_hold(draft, c, ("arbitra",)) and ARBITRATION.search(c.text) and not c.in_signature
    ]
    if not chunks:
        return
    chunks += section_text(draft, "dispute")
    text = "\n".join(c.text for c in chunks)
    lacking_en = [
        w for w, rx in (("an institution", _INSTITUTION), ("a seat", _SEAT)) if not rx.search(text)
    ]
    if not lacking_en:
        return
    lacking_id = ["lembaga" if w == "an institution" else "tempat kedudukan" for w in lacking_en]
    m = ARBITRATION.search(chunks[0].text)
    yield Hit(
        msg(
            f"Arbitrase dipilih tanpa menyebut {' dan '.join(lacking_id)} arbitrase.",
            f"Arbitration is chosen without {' or '.join(lacking_en)}.",
        ),
        chunks[0].loc,
        quote(chunks[0].text, m.start(), m.end()) if m else "",
        msg(
            "Sebutkan lembaga dan peraturannya, tempat kedudukan, jumlah arbiter dan bahasanya.",
            "Name the institution and its rules, the seat, the number of arbitrators and the "
            "language.",
        ),
    )
