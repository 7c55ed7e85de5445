"""MOU-K008: the same term is defined twice."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.terms import Definition, definitions
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K008",
    name="duplicate-definition",
    severity="warning",
    summary="The same term is defined more than once.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports a term that has a second definition in the same language ("Informasi Rahasia"
    defined in Pasal 1 and again in Pasal 9, or a party called "Globex" in the opening and
    defined again later). Each language column of a bilingual draft is checked on its own, so
    the Indonesian and the English definition of the same term are not a duplicate. Every
    usual form counts ("X" means, "X" shall mean, (the "X"), (hereinafter "X"), hereinafter
    referred to as "X", selanjutnya disebut "X", "X" adalah, an entry of a definitions article);
    an entry that only points to the definition ("X" has the meaning given in Section 4.1)
    does not.

    ## Why is this bad?
    Two definitions rarely say exactly the same thing. When they differ, the term has two
    meanings and each party will rely on the one that suits it.

    ## Example
    Indonesian:
    ```text
    Pasal 1: "Informasi Rahasia" adalah setiap informasi yang ditandai rahasia.
    Pasal 9: "Informasi Rahasia" adalah setiap informasi yang diungkapkan PIHAK lain.
    ```
    English:
    ```text
    Article 1: "Confidential Information" means information marked confidential.
    Article 9: "Confidential Information" means any information a Party discloses.
    ```

    ## Use instead
    Indonesian:
    ```text
    Satu definisi di Pasal 1; Pasal 9 cukup memakai istilah "Informasi Rahasia".
    ```
    English:
    ```text
    One definition in Article 1; Article 9 only uses "Confidential Information".
    ```
    """
    seen: dict[tuple[str | None, str], Definition] = {}
    unsure_lang = len(draft.langs) > 1  # a chunk of unknown language may be either column
    for d in definitions(draft):
        if d.by_reference or (unsure_lang and d.lang is None):
            continue  # "X" has the meaning given in Section 4: an index entry, not a definition
        key = (d.lang, d.term.lower())
        if key not in seen:
            seen[key] = d
            continue
        where = seen[key].chunk.loc
        yield Hit(
            msg(
                f"“{d.term}” didefinisikan lagi (definisi pertama di {where}).",
                f"“{d.term}” is defined again (first defined at {where}).",
            ),
            d.chunk.loc,
            quote(d.chunk.text, d.start, d.end),
            msg(
                "Pertahankan satu definisi dan hapus yang lain.",
                "Keep one definition and delete the other.",
            ),
        )
