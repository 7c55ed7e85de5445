"""MOU-K018: a draft in two languages does not say which one prevails."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_TWO = lazy(
    r"dalam (dua|2 \(dua\)) bahasa|bahasa indonesia dan bahasa inggris|bahasa inggris dan bahasa"
    r" indonesia|in (both )?(english|bahasa indonesia|indonesian) and (english|bahasa indonesia"
    r"|indonesian)|in two languages|\bbilingual (?:agreement|memorandum|mou|version|text|form)"
    r"|(?:agreement|memorandum|mou|contract) is bilingual",
    re.IGNORECASE,
)
_LANGUAGE = lazy(r"bahasa|language|version|versi|naskah|teks|text", re.IGNORECASE)
_PREVAIL = lazy(
    r"prevail|precedence|controlling|shall govern|will govern|\bgoverns\b|\bcontrols\b"
    r"|yang berlaku adalah|yang (akan )?berlaku|menjadi acuan|diutamakan|yang menentukan"
    r"|berlaku (naskah|teks|versi)",
    re.IGNORECASE,
)
# every match of _TWO, of _LANGUAGE, of _PREVAIL, holds one of these
_TWO_IN = ("bahasa", "english", "indonesia", "languages", "bilingual")
_LANGUAGE_IN = ("bahasa", "language", "versi", "naskah", "teks", "text")
_PREVAIL_IN = (
    "prevail", "precedence", "control", "govern", "berlaku", "acuan", "diutamakan", "menentukan",
)  # fmt: skip


@rule(
    id="MOU-K018",
    name="missing-prevailing-language",
    severity="error",
    summary="A draft in two languages does not say which language prevails.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a bilingual draft (two columns, or a text that says it is made in Indonesian and
    English), looks for a sentence that names the language that prevails when the versions
    differ ("Apabila terdapat perbedaan penafsiran, yang berlaku adalah teks bahasa
    Indonesia", "the Indonesian version prevails").

    ## Why is this bad?
    Law 24 of 2009 Art. 31 and Presidential Regulation 63 of 2019 Art. 26 require the
    Indonesian text and allow a foreign-language equivalent; Art. 26(4) lets the parties
    agree which language governs. Without that choice, every translation difference is an
    argument with no rule to settle it.

    ## Example
    Indonesian:
    ```text
    Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris.
    ```
    English:
    ```text
    This Agreement is made in Bahasa Indonesia and English.
    ```

    ## Use instead
    Indonesian:
    ```text
    Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris. Apabila terdapat
    perbedaan penafsiran, yang berlaku adalah teks bahasa Indonesia.
    ```
    English:
    ```text
    This Agreement is made in Bahasa Indonesia and English. If the two versions differ,
    the Indonesian version prevails.
    ```
    """
    chunks = [c for c in draft.chunks if not c.in_signature]
    two = (
        draft.bilingual
        or len(draft.langs) > 1
        or any(_TWO.search(c.text) for c in chunks if may_hold(draft, c, _TWO_IN))
    )
    if not two:
        return
    for c in chunks:
        if not (may_hold(draft, c, _LANGUAGE_IN) and may_hold(draft, c, _PREVAIL_IN)):
            continue  # no sentence of it can match both
        for sentence in re.split(r"(?<=[.;])\s+", c.text):
            if _LANGUAGE.search(sentence) and _PREVAIL.search(sentence):
                return
    yield Hit(
        msg(
            "Draf dibuat dalam dua bahasa tetapi tidak menyebutkan bahasa yang berlaku.",
            "The draft is in two languages but does not say which one prevails.",
        ),
        None,
        "",
        msg(
            "Tambahkan pasal Bahasa yang menyebutkan naskah yang berlaku bila terdapat perbedaan.",
            "Add a Language article naming the version that prevails if they differ.",
        ),
    )
