"""MOU-C002: parties are named but nobody is said to act for them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.parties import find_parties
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_REP = lazy(
    r"\bselaku\b|dalam jabatan|diwakili oleh|bertindak (untuk|atas|dalam)|represented by"
    r"|acting (by|through|for)|in (his|her|its|their) capacity|\b(nama|name|jabatan|title"
    r"|position)\s*:",
    re.IGNORECASE,
)


# an office held by whoever signs, as written under a name in the signature block
_OFFICE = lazy(
    r"\b(?:direktur|director|presiden|president|rektor|rector|dekan|dean|ketua|chair(?:man|person)?"
    r"|kepala|head|manager|manajer|ceo|chief|bupati|wali kota|gubernur|governor|regent|mayor"
    r"|sekretaris|secretary|treasurer|bendahara|pengurus|pembina|principal|founder|owner"
    r"|pemilik|partner|officer|provost|chancellor|trustee|executive)\b",
    re.IGNORECASE,
)
# every match of _REP holds one of these (lower case)
_NEEDLES: tuple[str, ...] = ("selaku", "jabatan", "diwakili", "bertindak", "represented")
_NEEDLES += ("acting", "capacity", "nama", "name", "title", "position")


@rule(
    id="MOU-C002",
    name="missing-representatives",
    severity="warning",
    summary="No representative (name and title) is given for the parties.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When the opening names the parties, checks that it also says who acts for them: a person
    with a title ("selaku Direktur Utama", "represented by Jane Doe, Rector"), Name/Title
    lines, or an office under a name in the signature block ("Jane Doe / Rector").

    ## Why is this bad?
    A company or university acts through people. Without a named representative and the
    capacity in which they sign, the other side cannot check the signer's authority, and a
    party may later deny being bound.

    ## Example
    Indonesian:
    ```text
    PT Tani Maju, selanjutnya disebut PIHAK PERTAMA.
    ```
    English:
    ```text
    Globex Corporation ("Globex") and Universitas Gadjah Mada ("UGM").
    ```

    ## Use instead
    Indonesian:
    ```text
    Budi Santoso, selaku Direktur Utama, bertindak untuk dan atas nama PT Tani Maju,
    selanjutnya disebut PIHAK PERTAMA.
    ```
    English:
    ```text
    Globex Corporation, represented by Jane Doe, Chief Executive Officer ("Globex").
    ```
    """
    if not find_parties(draft):
        return
    if any(may_hold(draft, c, _NEEDLES) and _REP.search(c.text) for c in draft.chunks):
        return
    if any(_OFFICE.search(c.text) for c in draft.chunks if c.in_signature):
        return  # the signature block says who signs and in what office
    yield Hit(
        msg(
            "Para pihak disebutkan tanpa nama wakil dan jabatannya.",
            "The parties are named but no representative or title is given.",
        ),
        None,
        "",
        msg(
            "Sebutkan siapa yang bertindak untuk setiap pihak dan jabatannya (selaku ...).",
            "Say who signs for each party and in what capacity.",
        ),
    )
