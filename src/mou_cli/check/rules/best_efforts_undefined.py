"""MOU-S003: "best efforts" (or "upaya terbaik") without a definition."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import hit, may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_PHRASE = lazy(
    r"\b(best|reasonable best) (efforts?|endeavou?rs?)\b|\b(upaya|usaha) (yang )?terbaik\b",
    re.IGNORECASE,
)
_DEFINED = lazy(
    r"(best (efforts?|endeavou?rs?)|(upaya|usaha) (yang )?terbaik)[\"”]?\s*(means|shall mean"
    r"|refers to|includes|adalah|berarti|yaitu|meliputi)",
    re.IGNORECASE,
)
_NEEDLES = ("best", "terbaik")  # every match of _PHRASE and _DEFINED holds one


@rule(
    id="MOU-S003",
    name="best-efforts-undefined",
    severity="warning",
    summary='"Best efforts" or "upaya terbaik" is used without saying what it requires.',
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports "best efforts", "best endeavours" and Indonesian "upaya terbaik" / "usaha
    terbaik" unless the draft defines them ("best efforts" means ..., "upaya terbaik"
    adalah ...).

    ## Why is this bad?
    What "best efforts" demands differs between legal systems, from doing what is reasonable
    to spending money against one's own interest. Undefined, it invites a dispute about how
    hard a party had to try; listing the concrete steps avoids it.

    ## Example
    Indonesian:
    ```text
    PIHAK KEDUA akan melakukan upaya terbaik untuk merekrut 100 (seratus) petani.
    ```
    English:
    ```text
    The Company will use its best efforts to obtain the permits.
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK KEDUA akan mengumumkan program di 10 (sepuluh) desa dan mengadakan
    2 (dua) sesi pendaftaran untuk merekrut 100 (seratus) petani.
    ```
    English:
    ```text
    The Company will file complete permit applications within thirty (30) calendar days
    and answer each request from the authority within ten (10) business days.
    ```
    """
    chunks = [c for c in draft.chunks if may_hold(draft, c, _NEEDLES)]
    if any(_DEFINED.search(c.text) for c in chunks):
        return
    for chunk in chunks:
        for m in _PHRASE.finditer(chunk.text):
            yield hit(
                chunk,
                m,
                msg(f'"{m.group()}" tidak didefinisikan.', f'"{m.group()}" is not defined.'),
                msg(
                    "Definisikan, atau sebutkan langkah konkret yang harus dilakukan.",
                    "Define it, or list the concrete steps the party must take.",
                ),
            )
