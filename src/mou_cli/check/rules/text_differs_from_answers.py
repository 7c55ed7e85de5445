"""MOU-K019: a draft made by `mou new` was edited away from the answers it carries."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.answers import answers_facts
from mou_cli.check.dates import chunk_dates
from mou_cli.check.parties import norm
from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import articles_for
from mou_cli.check.text import front, quote
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_PERCENT = lazy(r"(\d{1,3}(?:[.,]\d{1,4})?)\s*(?:%|persen\b|per ?cent\b)", re.IGNORECASE)
_WHAT = {
    "profit_sharing": ("of the profit", "dari keuntungan"),
    "costs": ("of the costs", "dari biaya"),
}


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _fmt(x: float) -> str:
    return f"{x:g}"


def _mentions(names: list[set[str]], text: str) -> list[int]:
    """Which parties (by index) ``text`` names, by name, short name or PIHAK label."""
    t = norm(text)
    return [
        i
        for i, ns in enumerate(names)
        if any(
            re.search(rf"(?<!\w){re.escape(norm(n))}(?!\w)(?! (?:belas|puluh)\b)", t) for n in ns
        )
    ]


def _shares(
    draft: Draft, section: str, shares: dict[int, float], names: list[set[str]]
) -> Iterator[Hit]:
    """Hits for shares the text of ``section`` states differently from the answers."""
    chunks = [c for a in articles_for(draft, section) for c in a.body]
    for i, want in shares.items():
        said: list[tuple[Chunk, list[float]]] = []
        for c in chunks:
            found = [_number(m.group(1)) for m in _PERCENT.finditer(c.text)]
            if found and _mentions(names, c.text) == [i]:
                said.append((c, found))
        if not said or any(abs(x - want) < 1e-6 for _, xs in said for x in xs):
            continue
        chunk, xs = said[0]
        who = sorted(names[i], key=len)[-1]
        en, id_ = _WHAT[section]
        got = ", ".join(f"{_fmt(x)}%" for x in xs)
        yield Hit(
            msg(
                f"Jawaban memberi {who} {_fmt(want)}% {id_}; teks menyebut {got}.",
                f"The answers give {who} {_fmt(want)}% {en}; the text says {got}.",
            ),
            chunk.loc,
            quote(chunk.text),
            msg(
                "Ubah jawaban lalu jalankan `mou new` lagi, atau perbaiki teksnya.",
                "Change the answers and run `mou new` again, or correct the text.",
            ),
        )


@rule(
    id="MOU-K019",
    name="text-differs-from-answers",
    severity="warning",
    summary="A draft made by `mou new` was edited away from the answers it carries.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    A draft made by `mou new` carries the answers it was made from (Markdown front matter, a
    custom part in the DOCX). This rule compares the text with them and reports where it
    was edited afterwards: a party whose name (from the answers) no longer appears in the
    text below the title block (renamed by hand), a profit or cost share that the sharing
    article now states with another percentage, and an agreement date in the opening that
    is not the date of the answers. Drafts without embedded answers, or whose answers no
    longer validate, are not checked.

    ## Why is this bad?
    The answers file is the record the parties reviewed, and the completeness checklist is
    computed from it. A share changed by hand in Word makes the text and that record
    disagree; the next `mou new` from the answers silently undoes the change.

    ## Example
    Indonesian:
    ```text
    jawaban: Hikari 72,5% ... teks: PIHAK PERTAMA sebesar 70% (tujuh puluh persen)
    ```
    English:
    ```text
    answers: Hikari 72.5% ... text: Hikari: seventy percent (70%)
    ```

    ## Use instead
    Indonesian:
    ```text
    Ubah jawaban (percent: 70) lalu jalankan `mou new` lagi.
    ```
    English:
    ```text
    Change the answers (percent: 70) and run `mou new` again.
    ```
    """
    facts = answers_facts(draft)
    if facts is None:
        return
    from mou_cli.check.labels import ordinal_label

    # the title block in capitals is often left behind when a name is replaced by hand
    text = norm("\n".join(c.text for c in draft.chunks if c.part != "title"))
    names: list[set[str]] = []
    for i, (name, short_name) in enumerate(facts.parties, 1):
        names.append({name, short_name, ordinal_label(i, "id"), ordinal_label(i, "en")})
        if not re.search(rf"(?<!\w){re.escape(norm(name))}(?!\w)", text):
            yield Hit(
                msg(
                    f"“{name}” (pihak ke-{i} dalam jawaban) tidak disebut dalam teks: "
                    "diganti namanya secara manual?",
                    f"“{name}” (party {i} in the answers) is not named in the text: "
                    "renamed by hand?",
                ),
                None,
                name,
                msg(
                    "Ubah nama pihak dalam jawaban lalu jalankan `mou new` lagi.",
                    "Change the party's name in the answers and run `mou new` again.",
                ),
            )
    index = {short_name: i for i, (_, short_name) in enumerate(facts.parties)}
    if facts.profit_shares is not None:
        shares = {index[p]: pct for p, pct in facts.profit_shares if p in index}
        yield from _shares(draft, "profit_sharing", shares, names)
    if facts.cost_shares:
        shares = {index[p]: pct for p, pct in facts.cost_shares if p in index}
        yield from _shares(draft, "costs", shares, names)
    opening = [(c, d) for c in front(draft) for d in chunk_dates(draft, c) if d.date]
    if opening and all(d.date != facts.date for _, d in opening):
        chunk, d = opening[0]
        yield Hit(
            msg(
                f"Tanggal pada pembukaan ({d.text}) bukan tanggal dalam jawaban "
                f"({facts.date:%d-%m-%Y}).",
                f"The date in the opening ({d.text}) is not the date of the answers "
                f"({facts.date:%d-%m-%Y}).",
            ),
            chunk.loc,
            quote(chunk.text, d.start, d.end),
            msg(
                "Ubah tanggal dalam jawaban lalu jalankan `mou new` lagi.",
                "Change the date in the answers and run `mou new` again.",
            ),
        )
