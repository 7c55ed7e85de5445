"""MOU-K004: article numbers that repeat, skip or go backwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import columns
from mou_cli.draft import Article, Draft
from mou_cli.messages import Msg, msg


def _hit(a: Article, message: Msg) -> Hit:
    return Hit(
        message,
        a.loc,
        a.label,
        msg(
            "Nomori ulang pasal secara berurutan dan sesuaikan rujukannya.",
            "Renumber the articles 1, 2, 3, ... and update the references.",
        ),
    )


@rule(
    id="MOU-K004",
    name="article-numbering",
    severity="error",
    summary="Article numbers repeat, skip a number or go backwards.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reads the article numbers in order ("Pasal 1", "ARTICLE IV", "Section 7.", "1.") in each
    language column and reports a number used twice, a number skipped, a first article other
    than 1, and numbers out of order. Chapters (BAB) do not restart Pasal numbering in
    Indonesian practice, so numbering is checked across chapters; annexes are left out. In a
    PDF a skipped number is a warning, not an error: a text layer or OCR can lose a heading
    that the printed page shows.

    ## Why is this bad?
    Gaps and duplicates are the trace of an article deleted or copied during negotiation. They
    break every cross-reference ("sebagaimana dimaksud dalam Pasal 7") and make it unclear
    whether text went missing.

    ## Example
    Indonesian:
    ```text
    Pasal 3 Pembiayaan
    Pasal 5 Kerahasiaan
    Pasal 5 Jangka Waktu
    ```
    English:
    ```text
    Article 1 Purpose
    Article 2 Scope
    Article 2 Roles
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 3 Pembiayaan
    Pasal 4 Kerahasiaan
    Pasal 5 Jangka Waktu
    ```
    English:
    ```text
    Article 1 Purpose
    Article 2 Scope
    Article 3 Roles
    ```
    """
    for arts in columns(draft).values():
        numbered = [(a, a.number) for a in arts if a.number is not None]
        if not numbered:
            continue
        first, prev = numbered[0]
        if prev != 1:
            yield _hit(
                first,
                msg(
                    f"Pasal pertama bernomor {prev}, bukan 1.",
                    f"The first article is numbered {prev}, not 1.",
                ),
            )
        seen = {prev}
        for a, n in numbered[1:]:
            if n in seen:
                yield _hit(
                    a,
                    msg(f"Nomor pasal {n} dipakai dua kali.", f"Article number {n} is used twice."),
                )
            elif n < prev:
                yield _hit(
                    a,
                    msg(
                        f"Pasal {n} muncul setelah pasal {prev}.",
                        f"Article {n} comes after article {prev}.",
                    ),
                )
            elif n > prev + 1:
                gap = f"{prev + 1}" if n == prev + 2 else f"{prev + 1}-{n - 1}"
                hit = _hit(
                    a,
                    msg(
                        f"Pasal {n} langsung setelah pasal {prev}: nomor {gap} tidak ada.",
                        f"Article {n} follows article {prev}: {gap} is missing.",
                    ),
                )
                # a PDF's text layer (or OCR) can lose a heading the page shows: say so, but
                # as a warning to look at the page, not as an error
                yield replace(hit, at_most="warning") if draft.source_format == "pdf" else hit
            seen.add(n)
            prev = max(prev, n)
