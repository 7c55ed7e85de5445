"""MOU-K015: arbitration is chosen without naming the institution or the seat."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import section_text
from mou_cli.check.text import may_hold, quote
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

ARBITRATION = lazy(r"(?<!\btidak melalui )(?<!\bwithout )\barbitra(se|si|tion)\b", re.I)
_INSTITUTION = lazy(
    r"\b(BANI|BASYARNAS|BAPMI|SIAC|ICC|HKIAC|LCIA|KCAB|JCAA|AIAC|KLRCA|SCC|ACICA|CIETAC|PCA"
    r"|UNCITRAL)\b|Badan Arbitrase|Arbitration (Centre|Center|Court|Institute|Association)"
    r"|Chamber of Commerce|Court of Arbitration|Pusat Arbitrase",
    re.IGNORECASE,
)
_SEAT = lazy(
    r"tempat (kedudukan )?(arbitrase|persidangan)|kedudukan arbitrase|\bseat\b|place of arbitration"
    r"|venue|berkedudukan di|(diselenggarakan|dilaksanakan|berlangsung|bertempat|held|conducted"
    r"|seated|sits?|located) (di|in|at) (?!English\b|Bahasa\b|Inggris\b)(?-i:[A-Z])"
    r"|arbitra(se|tion) (di|in) (?!English\b|Bahasa\b|Inggris\b)(?-i:[A-Z])",
    re.IGNORECASE,
)
# the seat after the institution's name: "BANI di Jakarta", "SIAC in Singapore", "Badan
# Arbitrase Nasional Indonesia (BANI) di Jakarta" (the city with a capital, not a language)
_SEAT_AFTER = lazy(
    r"\b(?:BANI|BASYARNAS|BAPMI|SIAC|ICC|HKIAC|LCIA|KCAB|JCAA|AIAC|SCC|ACICA|CIETAC|PCA"
    r"|Indonesia|Arbitrase|Arbitration|Centre|Center|Court)\b\)?[^.;\n]{0,60}?\b(?:di|in|at)\s"
    r"(?:(?:kota|the city of)\s)?(?!English\b|Bahasa\b|Inggris\b|Indonesian\b|[a-z])[A-Z][a-z]+"
)


# a run-in heading at the start of a paragraph: "14.3 Arbitration or Litigation. If ..."
_RUN_IN = lazy(
    r"(?<!\S)\s{0,4}(?:[\d.]{1,8}\s{1,3})?[A-Z][\w/&-]{0,20}"
    r"(?:\s{1,3}(?:[A-Z][\w/&-]{0,20}|or|and|of|/|&)){0,6}\.(?:\s|$)"
)
# arbitration left for the parties to agree later, not chosen
_OPTIONAL = lazy(
    r"mutual(?:ly)? agree|mutual agreement|\bunless\b|not subject to|if (?:both|the) parties"
    r" (?:so )?agree|apabila disepakati|jika disepakati|atas kesepakatan (?:para|kedua)",
    re.IGNORECASE,
)
_NAME_AFTER = lazy(r"\s{1,3}(?:Association|Institute|Centre|Center|Council|Board)\b")
_MEDIATION = lazy(r"mediation|mediasi", re.IGNORECASE)
_SENTENCE_END = lazy(r"[.;](?:\s|$)")


def chosen(text: str) -> re.Match[str] | None:
    """Where ``text`` sends disputes to arbitration: a mention that is not a run-in heading, not
    arbitration left for the parties to agree on later, and not an institution's name in a
    sentence about mediation ("mediation under the American Arbitration Association's
    procedures"). None if it does not."""
    heading = _RUN_IN.match(text)
    for m in ARBITRATION.finditer(text):
        if heading and m.end() <= heading.end():
            continue
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 200), m.start())]
        start = ends[-1] if ends else max(0, m.start() - 200)
        cut = _SENTENCE_END.search(text, m.end(), m.end() + 200)
        sentence = text[start : cut.end() if cut else m.end() + 200]
        if _OPTIONAL.search(sentence):
            continue
        if _NAME_AFTER.match(text, m.end()) and _MEDIATION.search(sentence):
            continue
        return m
    return None


@rule(
    id="MOU-K015",
    name="arbitration-incomplete",
    severity="warning",
    summary="Arbitration is chosen without naming the institution or the seat.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When the dispute clause sends disputes to arbitration, checks that it names an arbitral
    institution or rules (BANI, SIAC, ICC, UNCITRAL, ...) and a seat. The seat may be stated in
    any usual way: "tempat kedudukan arbitrase adalah Jakarta", "BANI di Jakarta",
    "berkedudukan di Jakarta", "the seat of arbitration shall be Singapore", "seated in
    Singapore", "SIAC in Singapore", "held in Jakarta".

    ## Why is this bad?
    An arbitration clause without an institution leaves nobody to appoint arbitrators when a
    party refuses; without a seat, nobody knows which courts supervise the arbitration and
    where the award is "made", which decides how it is enforced (Law 30 of 1999 treats awards
    made abroad as international awards, enforced through the Central Jakarta District Court).

    ## Example
    Indonesian:
    ```text
    Perselisihan diselesaikan melalui arbitrase.
    ```
    English:
    ```text
    Any dispute will be finally settled by arbitration.
    ```

    ## Use instead
    Indonesian:
    ```text
    Perselisihan diselesaikan melalui arbitrase oleh Badan Arbitrase Nasional Indonesia
    (BANI) menurut peraturannya; tempat kedudukan arbitrase adalah Jakarta.
    ```
    English:
    ```text
    Any dispute will be finally settled by arbitration administered by the Singapore
    International Arbitration Centre (SIAC) under its rules; the seat is Singapore.
    ```
    """
    chunks = [
        c
        for c in draft.chunks
        if may_hold(draft, c, ("arbitra",)) and not c.in_signature and chosen(c.text) is not None
    ]
    if not chunks:
        return
    chunks += section_text(draft, "dispute")
    text = "\n".join(c.text for c in chunks)
    lacking_en = [
        w
        for w, found in (
            ("an institution", bool(_INSTITUTION.search(text))),
            ("a seat", bool(_SEAT.search(text) or _SEAT_AFTER.search(text))),
        )
        if not found
    ]
    if not lacking_en:
        return
    lacking_id = ["lembaga" if w == "an institution" else "tempat kedudukan" for w in lacking_en]
    m = next(
        (m for m in ARBITRATION.finditer(chunks[0].text) if chosen(m.string[m.start() :])), None
    )
    yield Hit(
        msg(
            f"Arbitrase dipilih tanpa menyebut {' dan '.join(lacking_id)} arbitrase.",
            f"Arbitration is chosen without {' or '.join(lacking_en)}.",
        ),
        chunks[0].loc,
        quote(chunks[0].text, m.start(), m.end()) if m else "",
        msg(
            "Sebutkan lembaga dan peraturannya, tempat kedudukan, jumlah arbiter dan bahasanya.",
            "Name the institution and its rules, the seat, the number of arbitrators and the "
            "language.",
        ),
    )
