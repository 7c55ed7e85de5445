"""MOU-S009: payment duties or penalties in an MoU that says it does not bind."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.answers import answers_facts
from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import heading_sections
from mou_cli.check.text import hit, may_hold
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

# the title names the document an MoU; "MOU" inside a number (014/MOU-TMS/XI/2026) does not
_MOU = lazy(
    r"nota kesepahaman|memorandum of understanding|memorandum saling pengertian"
    r"|(?<![\w/.-])MoU(?![\w/.-])",
    re.IGNORECASE,
)
_NOT_BINDING = lazy(
    r"tidak (?:bersifat )?mengikat(?! (?:pihak ketiga|pihak lain))|bukan (?:merupakan )?perjanjian"
    r" yang mengikat|tidak menimbulkan (?:akibat|hubungan|kewajiban) hukum|pernyataan kehendak"
    r"|tidak menimbulkan kewajiban bagi pihak mana pun|not (?:legally )?binding(?! on third)"
    r"|non-?binding|does not create (?:any )?legal|no legal(?:ly binding)? (?:obligation|effect)"
    r"|not intended to (?:be legally binding|create legal)|statement of intent"
    r"|records the parties'? intention|does not oblige any party",
    re.IGNORECASE,
)
# the sentence is about the document itself
_SELF = lazy(
    r"nota kesepahaman|kesepahaman ini|memorandum|(?<![\w/.-])mou(?![\w/.-])", re.IGNORECASE
)
_PAY = lazy(
    r"\b(wajib|harus) (membayar|melunasi|menyetor)|\b(denda|penalti|sanksi)\b|(must|shall) pay"
    r"|\bpenalt(y|ies)\b|liquidated damages",
    re.IGNORECASE,
)
_DUTY = lazy(rf"{_PAY.pattern}|\bwajib\b|\b(shall|must)\b", re.IGNORECASE)
# every match of _PAY holds one of _PAY_IN, of _DUTY one of _DUTY_IN
_PAY_IN = ("membayar", "melunasi", "menyetor", "denda", "penalt", "sanksi", "pay", "liquidated")
_DUTY_IN = (*_PAY_IN, "wajib", "shall", "must")
_NEGATED = lazy(r"(tanpa|tidak|bukan|no|not|without)\s+(\w+\s+){0,2}$", re.IGNORECASE)
_BY_LAW = lazy(r"peraturan|undang|hukum|law|regulation", re.IGNORECASE)
_COMMERCIAL = {
    "purpose",
    "scope",
    "roles",
    "contributions",
    "profit_sharing",
    "governance",
    "evaluation",
}
_BINDING_ANYWAY = {
    "confidentiality",
    "ip",
    "dispute",
    "governing_law",
    "costs",
    "term",
    "binding",
    "personal_data",
}


def non_binding(draft: Draft) -> bool:
    """The draft is an MoU that says it does not bind: from the embedded answers when there
    are some, else from its title and an explicit statement about itself."""
    facts = answers_facts(draft)
    if facts is not None:
        return not facts.binding
    title = [c.text for c in draft.chunks if c.part == "title"] or [
        c.text for c in draft.chunks[:3]
    ]
    if not _MOU.search(" ".join(title)):
        return False
    sentences = (
        s
        for c in draft.chunks
        if may_hold(draft, c, ("kesepahaman", "memorandum", "mou"))  # every _SELF match
        for s in re.split(r"(?<=[.;])\s+", c.text)
    )
    return any(_NOT_BINDING.search(s) and _SELF.search(s) for s in sentences)


@rule(
    id="MOU-S009",
    name="obligations-in-nonbinding-mou",
    severity="warning",
    summary="An MoU that says it does not bind sets payment duties, penalties or hard duties.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a Nota Kesepahaman / Memorandum of Understanding that states it is not legally binding
    (its title names it an MoU, and a sentence about the MoU itself says it does not bind; "MOU"
    inside a document number does not count, nor does "tidak mengikat pihak ketiga"; a draft
    made by `mou new` says so in its answers, `binding: false`), reports payment duties ("wajib
    membayar", "must pay") and penalties ("denda", "sanksi", "penalty", "liquidated damages")
    outside the clauses that bind either way (confidentiality, IP, personal data, costs, term,
    governing law, disputes, binding effect), and "wajib" / "must" / "shall" in the commercial
    clauses (purpose, scope, roles, contributions, profit sharing, governance, evaluation).
    Negated phrases ("tanpa kewajiban membayar ganti rugi") and duties imposed by law are not
    reported.

    ## Why is this bad?
    No statute governs MoUs and Indonesian courts tend to treat them as contracts when the
    elements of Civil Code Art. 1320 are met. A "non-binding" MoU that sets fines and payment
    duties says two things at once; a party that relied on the payment will argue that it
    binds, the other that nothing does.

    ## Example
    Indonesian:
    ```text
    Nota Kesepahaman ini tidak mengikat secara hukum. ...
    PIHAK KEDUA wajib membayar denda 1% (satu persen) per hari keterlambatan.
    ```
    English:
    ```text
    This Memorandum is not legally binding. ...
    The Company must pay a penalty of one percent (1%) per day of delay.
    ```

    ## Use instead
    Indonesian:
    ```text
    Pembayaran dan denda akan diatur dalam perjanjian kerja sama tersendiri.
    ```
    English:
    ```text
    Payments and any penalties will be set out in a separate binding agreement.
    ```
    """
    if not non_binding(draft):
        return
    for a in draft.articles:
        kinds = heading_sections(a.title or a.label)
        if kinds & _BINDING_ANYWAY:
            continue
        for chunk in a.body:
            rx = _DUTY if kinds & _COMMERCIAL else _PAY
            if not may_hold(draft, chunk, _DUTY_IN if rx is _DUTY else _PAY_IN):
                continue
            for m in rx.finditer(chunk.text):
                before = max(0, m.start() - 120)  # a negation and two words, not all the text
                after = chunk.text[m.end() : m.end() + 60]
                if _NEGATED.search(chunk.text, before, m.start()) or _BY_LAW.search(after):
                    continue
                yield hit(
                    chunk,
                    m,
                    msg(
                        f'"{m.group()}" dalam Nota Kesepahaman yang menyatakan tidak mengikat.',
                        f'"{m.group()}" in an MoU that says it does not bind.',
                    ),
                    msg(
                        'Ganti dengan "akan"/"bermaksud", atau pindahkan ke perjanjian yang '
                        "mengikat.",
                        "Soften it (will, intend to) or move it to a binding agreement.",
                    ),
                )
