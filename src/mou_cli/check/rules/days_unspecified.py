"""MOU-S004: a period in days that does not say calendar or business days."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import hit, may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_ID = lazy(
    r"\b\d+(?:\s*\([a-z\s-]+\))?\s+hari\b(?!\s+(?:kalender|kerja|bursa|libur))", re.IGNORECASE
)
_EN = lazy(
    r"\b(?:\d+(?:\s*\([a-z\s-]+\))?|[a-z]+(?:-[a-z]+)?\s*\(\d+\))\s+days?\b",
    re.IGNORECASE,
)
_DAY_OF = lazy(r"\s+of\s+[A-Z][a-z]+\b")
_GLOBAL = lazy(
    r"[\"“]?(hari|days?)[\"”]?\s+(adalah|berarti|means|shall mean|refers to)\s+(a |an |any )?"
    r"(hari|calendar|business|working)"
    r"|(all|any) (periods|references to days)[^.]{0,60}(calendar|business)"
    r"|(semua|setiap) (jangka waktu|hari)[^.]{0,60}(kalender|kerja)",
    re.IGNORECASE,
)


@rule(
    id="MOU-S004",
    name="days-unspecified",
    severity="warning",
    summary="A period in days does not say calendar or business days.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports periods such as "30 (tiga puluh) hari" or "thirty (30) days" that do not say
    "hari kalender" / "hari kerja" or "calendar days" / "business days". A draft that defines
    the word once ('"hari" adalah hari kalender', '"day" means a calendar day') is not checked,
    and a date written "the 15 day of March 2022" is not a period.

    ## Why is this bad?
    Thirty business days is about six weeks; thirty calendar days is one month. Notice,
    payment and cure periods depend on the difference, and Indonesian public holidays (and
    cuti bersama) make business days hard to count.

    ## Example
    Indonesian:
    ```text
    dengan pemberitahuan tertulis 30 (tiga puluh) hari sebelumnya
    ```
    English:
    ```text
    by giving thirty (30) days' written notice
    ```

    ## Use instead
    Indonesian:
    ```text
    dengan pemberitahuan tertulis 30 (tiga puluh) hari kalender sebelumnya
    ```
    English:
    ```text
    by giving thirty (30) calendar days' written notice
    ```
    """
    if any(
        _GLOBAL.search(c.text)
        for c in draft.chunks
        if may_hold(draft, c, ("hari", "day", "periods", "jangka"))
    ):
        return
    for chunk in draft.chunks:
        if not may_hold(draft, chunk, ("hari", "day")):
            continue  # every match of _ID holds "hari", of _EN "day"
        for rx in (_ID, _EN):
            for m in rx.finditer(chunk.text):
                if _DAY_OF.match(chunk.text, m.end()):
                    continue  # "the 15th day of March 2022" is a date
                yield hit(
                    chunk,
                    m,
                    msg(
                        f'"{m.group()}": hari kalender atau hari kerja?',
                        f'"{m.group()}": calendar or business days?',
                    ),
                    msg(
                        'Tulis "hari kalender" atau "hari kerja".',
                        'Write "calendar days" or "business days".',
                    ),
                )
