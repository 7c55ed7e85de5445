"""MOU-K009: a party's name written in more than one way."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from mou_cli.check.parties import core, entities, find_parties, norm
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_NOT_A_NAME = lazy(r"\b(Act|Law|Code|Regulation|Rules|Statute|Decree|Ordinance)$")


@rule(
    id="MOU-K009",
    name="party-name-variants",
    severity="warning",
    summary="A party's name is spelled in more than one way.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Takes each party's name as the opening gives it and looks for other spellings of the same
    name with a legal form: a different legal form or abbreviation ("Globex Corp." beside
    "Globex Corporation", "CV Sumber Air" beside "PT Sumber Air") or a near-miss spelling
    ("PT Tani Maju Sejatera"). Capitals, dots and commas are ignored ("PT. TANI MAJU" equals
    "PT Tani Maju"), and mentions of the name without a legal form or by its defined short
    name are fine.

    ## Why is this bad?
    A variant may name a different legal entity (a parent, a subsidiary, a former name). When
    the text names two entities, it is unclear which one is bound.

    ## Example
    Indonesian:
    ```text
    ... untuk dan atas nama PT Tani Maju Sejahtera ...
    Untuk dan atas nama PT Tani Maju Sejahtra Tbk
    ```
    English:
    ```text
    Globex Corporation, represented by Jane Doe ...
    For and on behalf of Globex Corp.
    ```

    ## Use instead
    Indonesian:
    ```text
    Untuk dan atas nama PT Tani Maju Sejahtera
    ```
    English:
    ```text
    For and on behalf of Globex Corporation
    ```
    """
    parties = find_parties(draft)
    if not parties:
        return
    names = {norm(p.name) for p in parties}
    reported: set[str] = set()
    # the names in the text, found once for all parties
    names_in_text = []
    for chunk in draft.chunks:
        for m in entities(chunk.text):
            found = (
                m.group().rstrip(".")
                if not re.search(r"\b(Ltd|Inc|Corp|Co|Tbk)\.$", m.group())
                else m.group()
            )
            if _NOT_A_NAME.search(found):
                continue  # "the University of Melbourne Act 2009" is a statute
            names_in_text.append((chunk, m, found, norm(found), norm(core(found))))
    for p in parties:
        want, want_core = norm(p.name), norm(core(p.name))
        if len(want_core) < 4:
            continue
        for chunk, m, found, got, got_core in names_in_text:
            if got in names or got in reported or got == want:
                continue
            if got_core != want_core:
                near = difflib.SequenceMatcher(None, got_core, want_core)
                if near.real_quick_ratio() < 0.88 or near.quick_ratio() < 0.88:
                    continue  # upper bounds of ratio()
                if near.ratio() < 0.88:
                    continue
            reported.add(got)
            yield Hit(
                msg(
                    f"“{found}” tampaknya variasi dari nama pihak “{p.name}”.",
                    f"“{found}” looks like a variant of the party name “{p.name}”.",
                ),
                chunk.loc,
                quote(chunk.text, m.start(), m.end()),
                msg(
                    f"Tulis nama persis seperti di komparisi: “{p.name}”.",
                    f"Write the name exactly as in the opening: “{p.name}”.",
                ),
            )
