"""MOU-S008: PIHAK KESATU and PIHAK PERTAMA in the same text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import hit
from mou_cli.draft import Chunk, Draft
from mou_cli.messages import msg

# pairs of labelling styles that must not be mixed: Indonesian, then English; each pattern is
# case-sensitive, with a word that every match of it holds as written
_STYLES = (
    (
        (re.compile(r"\bPIHAK\s+KESATU\b"), "KESATU"),
        (re.compile(r"\bPIHAK\s+PERTAMA\b"), "PERTAMA"),
    ),
    (
        (re.compile(r"\bParty [A-D]\b"), "Party"),
        (re.compile(r"\b(First|Second|Third|Fourth) Party\b"), "Party"),
    ),
)


def _found(draft: Draft, style: tuple[re.Pattern[str], str]) -> list[tuple[Chunk, re.Match[str]]]:
    rx, word = style
    return [(c, m) for c in draft.chunks if word in c.text for m in rx.finditer(c.text)]


@rule(
    id="MOU-S008",
    name="mixed-party-labels",
    severity="warning",
    summary="Two labelling styles for the parties are mixed (PIHAK KESATU and PIHAK PERTAMA).",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports the less frequent of "PIHAK KESATU" and "PIHAK PERTAMA" when a draft uses both,
    and likewise English "Party A" / "Party B" mixed with "First Party" / "Second Party".

    ## Why is this bad?
    Both mean "the first party", but a defined label must be used exactly as defined. Two
    labels suggest two parties, and usually come from pasting clauses from another template.

    ## Example
    Indonesian:
    ```text
    ... selanjutnya disebut PIHAK PERTAMA. ... PIHAK KESATU menyediakan dana ...
    ```
    English:
    ```text
    ... (the "First Party") ... Party A provides the funds ...
    ```

    ## Use instead
    Indonesian:
    ```text
    ... selanjutnya disebut PIHAK PERTAMA. ... PIHAK PERTAMA menyediakan dana ...
    ```
    English:
    ```text
    ... (the "First Party") ... the First Party provides the funds ...
    ```
    """
    for one, other in _STYLES:
        a = _found(draft, one)
        b = _found(draft, other)
        if not a or not b:
            continue
        rare, common = (a, b[0][1].group()) if len(a) <= len(b) else (b, a[0][1].group())
        for chunk, m in rare:
            yield hit(
                chunk,
                m,
                msg(
                    f'"{m.group()}" dipakai bersama "{common}".',
                    f'"{m.group()}" is used beside "{common}".',
                ),
                msg(
                    "Gunakan satu gaya sebutan para pihak secara konsisten.",
                    "Use one labelling style throughout.",
                ),
            )
