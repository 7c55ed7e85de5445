"""MOU-S002: English legal archaisms (herein, hereto, thereof, witnesseth)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import chunks_in, hit, may_hold
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_ARCHAIC = lazy(
    r"\b(here(in|to|of|by|under|inafter|inbefore|tofore|with|after)|there(in|to|of|under|by"
    r"|with|after|upon)|where(of|by|in|upon)|witnesseth|aforesaid|aforementioned|said (?=Party"
    r"|Parties|Agreement))\b",
    re.IGNORECASE,
)


@rule(
    id="MOU-S002",
    name="archaic-words",
    severity="warning",
    summary="English text uses archaisms such as herein, hereto, thereof or witnesseth.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports English legal archaisms: here- and there- words (herein, hereto, hereof,
    hereinafter, thereof, therein, thereto), whereof/whereby, witnesseth, aforesaid, and
    "said Party", once per word with the number of uses. "WHEREAS" before recitals is not
    reported: it is a heading convention, not a pronoun with an unclear reference.
    Indonesian text is not checked.

    ## Why is this bad?
    "Herein" may mean this clause, this article or the whole agreement; "thereof" points to
    whatever noun the reader picks. Plain words say which, and partners who read English as a
    second language understand them.

    ## Example
    Indonesian:
    ```text
    (aturan ini hanya untuk teks bahasa Inggris)
    ```
    English:
    ```text
    The Parties hereto agree that the terms set out herein and the annexes thereto ...
    ```

    ## Use instead
    Indonesian:
    ```text
    (teks bahasa Indonesia tidak diperiksa oleh aturan ini)
    ```
    English:
    ```text
    The Parties agree that the terms of this Agreement and its annexes ...
    ```
    """
    seen: dict[str, int] = {}
    first: dict[str, tuple[Chunk, re.Match[str]]] = {}
    for chunk in chunks_in(draft, "en"):
        if not may_hold(draft, chunk, ("here", "witnesseth", "afore", "said")):
            continue  # every match holds one (there-, where- words hold "here")
        for m in _ARCHAIC.finditer(chunk.text):
            word = m.group().strip().lower()
            seen[word] = seen.get(word, 0) + 1
            first.setdefault(word, (chunk, m))
    for word, (chunk, m) in first.items():
        times = f" ({seen[word]} times)" if seen[word] > 1 else ""
        kali = f" ({seen[word]} kali)" if seen[word] > 1 else ""
        yield hit(
            chunk,
            m,
            msg(f'Kata kuno: "{m.group()}"{kali}.', f'Archaic wording: "{m.group()}"{times}.'),
            msg(
                "Sebut rujukannya secara langsung (this Agreement, this Article, its).",
                "Say what it refers to: this Agreement, this Article, its, of it.",
            ),
        )
