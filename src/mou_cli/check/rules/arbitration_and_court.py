"""MOU-K016: the same disputes go both to arbitration and to a court."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.rules.arbitration_incomplete import ARBITRATION
from mou_cli.check.text import may_hold, quote
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_COURT = lazy(
    r"pengadilan negeri|kepaniteraan pengadilan|district court|courts? of|court in|\bcourts\b"
    r"|pengadilan (?!arbitrase)",
    re.IGNORECASE,
)
_FORUM = lazy(
    r"diselesaikan|diajukan|domisili|yurisdiksi|berwenang|kewenangan|jurisdiction|submit"
    r"|brought|settled|resolved|decided|diputus|tempuh|menempuh",
    re.IGNORECASE,
)
_ALLOWED = lazy(
    r"pendaftaran|didaftarkan|mendaftarkan|pelaksanaan putusan|eksekusi|exequatur|pembatalan"
    r"|register|enforce|recogni|annul|set aside|interim|sementara|provisional|injunct|kecuali"
    r"|except|tidak berwenang|melepaskan|waive|no jurisdiction|not have jurisdiction"
    r"|subject to (?:the )?(?:arbitration|article|section|clause|foregoing)"
    r"|not subject to arbitration"
    r"|unless the parties (?:mutually )?agree|tunduk pada (?:ketentuan )?(?:arbitrase|pasal)",
    re.IGNORECASE,
)
_DISPUTE = lazy(
    r"perselisihan|sengketa|dispute|claim|gugat|domisili|jurisdiction|yurisdiksi|\bactions?\b"
    r"|proceeding|\bsuits?\b",
    re.IGNORECASE,
)
_SENTENCE = lazy(r"(?<=[.;])\s+")
# an agreement to arbitrate: disputes are sent there, not only may be if both later agree
_TO_ARBITRATION = lazy(
    r"diselesaikan|diajukan|diputus|settled|resolved|submitted|referred|finally|binding"
    r"|menyerahkan|akan dibawa",
    re.IGNORECASE,
)
_OPTIONAL = lazy(
    r"may (?:mutually )?agree|by mutual agreement|if (?:both|the) parties (?:so )?agree"
    r"|unless the parties|dapat (?:bersepakat|menyepakati)|apabila disepakati|jika disepakati",
    re.IGNORECASE,
)


def _arbitration_chosen(draft: Draft) -> bool:
    """A sentence sends disputes to arbitration ("diselesaikan melalui arbitrase", "shall be
    settled by arbitration"). Not counted: headings ("Arbitration or Litigation"), arbitration
    only if the parties later agree to it, and the parties' names ("Badan Arbitrase Nasional
    Indonesia" or "Singapore International Arbitration Centre" as a party)."""
    from mou_cli.check.parties import find_parties

    names = {n for p in find_parties(draft) for n in p.names if ARBITRATION.search(n)}
    party = re.compile("|".join(map(re.escape, names)), re.IGNORECASE) if names else None
    for c in draft.chunks:
        if c.kind in ("title", "heading") or not may_hold(draft, c, ("arbitra",)):
            continue  # taking names out cannot make the word
        text = party.sub(" ", c.text) if party else c.text
        for sentence in _SENTENCE.split(text):
            if (
                ARBITRATION.search(sentence)
                and _TO_ARBITRATION.search(sentence)
                and not _OPTIONAL.search(sentence)
            ):
                return True
    return False


@rule(
    id="MOU-K016",
    name="arbitration-and-court",
    severity="error",
    summary="The dispute clause sends the same disputes to arbitration and to a court.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When the draft chooses arbitration, looks for a sentence that also gives a court
    jurisdiction over disputes ("memilih domisili hukum di Kepaniteraan Pengadilan Negeri
    Jakarta Selatan", "the courts of Singapore have exclusive jurisdiction"). Sentences about
    registering, enforcing or annulling the award, interim relief, or waiving the courts (as
    Law 30 of 1999 Arts. 3 and 11 require) are not counted: they are how arbitration works.

    ## Why is this bad?
    Under Law 30 of 1999 a written arbitration agreement removes the district court's
    jurisdiction. A clause that also names a court is contradictory: each party files where
    it expects to win, and the first year of the dispute is spent arguing over the forum.

    ## Example
    Indonesian:
    ```text
    Perselisihan diselesaikan melalui arbitrase BANI di Jakarta. PARA PIHAK memilih
    domisili hukum yang tetap di Kepaniteraan Pengadilan Negeri Jakarta Selatan.
    ```
    English:
    ```text
    Disputes will be settled by SIAC arbitration in Singapore. The courts of Jakarta
    have exclusive jurisdiction over any dispute.
    ```

    ## Use instead
    Indonesian:
    ```text
    Perselisihan diselesaikan melalui arbitrase BANI di Jakarta. Putusan arbitrase
    didaftarkan di Pengadilan Negeri sesuai Undang-Undang Nomor 30 Tahun 1999.
    ```
    English:
    ```text
    Disputes will be settled by SIAC arbitration in Singapore. The award may be
    enforced in any court with jurisdiction.
    ```
    """
    if not _arbitration_chosen(draft):
        return
    for chunk in draft.chunks:
        if chunk.in_signature or chunk.kind in ("title", "heading"):
            continue
        if not may_hold(draft, chunk, ("court", "pengadilan")):
            continue  # no sentence can match _COURT
        pos = 0
        for sentence in _SENTENCE.split(chunk.text):
            start = chunk.text.find(sentence, pos)
            pos = start + len(sentence)
            m = _COURT.search(sentence)
            if not m or not _FORUM.search(sentence) or not _DISPUTE.search(sentence):
                continue
            if _ALLOWED.search(sentence):
                continue
            yield Hit(
                msg(
                    "Perselisihan diselesaikan melalui arbitrase, tetapi kalimat ini juga "
                    "memberi kewenangan kepada pengadilan.",
                    "Disputes go to arbitration, but this sentence also gives a court "
                    "jurisdiction.",
                ),
                chunk.loc,
                quote(chunk.text, start + m.start(), start + m.end()),
                msg(
                    "Pilih satu forum; pengadilan hanya untuk pendaftaran dan pelaksanaan putusan.",
                    "Choose one forum; keep the court only for registering and enforcing the "
                    "award.",
                ),
            )
