"""MOU-C004: the goals have nothing to measure them by."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.dates import chunk_dates
from mou_cli.check.numbers import pairs
from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import articles_for, section_text
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_REFS = lazy(
    r"\b(pasal|ayat|huruf|angka|article|section|clause|paragraph|nomor|number|no\.)\s*"
    r"\(?[\dIVXL]+[\d.]*\)?(\s*(?:(ayat|huruf)\s*)?\(\w+\))*|^\s*\(?\d+(\.\d+)*[.)]?\s",
    re.IGNORECASE,
)
_MEASURE = lazy(r"\d|\b(per ?cent|persen|setiap (bulan|tahun|triwulan)|by the end of)\b")


@rule(
    id="MOU-C004",
    name="goals-not-measurable",
    severity="info",
    summary="The purpose states goals with no number or date to measure them by.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reads the purpose article (and any KPI or evaluation article) and checks that at least one
    goal carries a number (a target, a percentage, an amount) or a date (a deadline). Numbers
    that only refer to other articles ("Pasal 3", "ayat (1)") do not count.

    ## Why is this bad?
    "To strengthen cooperation" cannot be achieved or missed. Without a target and a deadline
    the partners cannot review progress, and the evaluation clause has nothing to evaluate.

    It is information, not a warning: many sound agreements (framework MoUs, licences, NDAs)
    state a purpose without numbers and put targets in a work plan; on agreements written by
    others, reviewers judged none of 42 such findings a defect. Raise it with
    `severity = {"MOU-C004" = "warning"}` where your own drafts must carry measurable goals.

    ## Example
    Indonesian:
    ```text
    Pasal 1 Maksud dan Tujuan
    Nota Kesepahaman ini bertujuan untuk meningkatkan kesejahteraan petani.
    ```
    English:
    ```text
    Article 1 Purpose
    The purpose of this Memorandum is to strengthen cooperation in agriculture.
    ```

    ## Use instead
    Indonesian:
    ```text
    Pasal 1 Maksud dan Tujuan
    Nota Kesepahaman ini bertujuan untuk melatih 500 (lima ratus) petani paling
    lambat 31 Desember 2027.
    ```
    English:
    ```text
    Article 1 Purpose
    The purpose of this Memorandum is to train five hundred (500) farmers by
    31 December 2027.
    ```
    """
    chunks = section_text(draft, "purpose")
    if not chunks:
        return  # no purpose at all: MOU-C003
    chunks += [c for a in articles_for(draft, "evaluation") for c in a.body]
    for c in chunks:
        text = _REFS.sub(" ", c.text)
        if _MEASURE.search(text) or any(pairs(c.text)) or any(chunk_dates(draft, c)):
            return
    yield Hit(
        msg(
            "Tujuan tidak memuat angka atau tanggal sebagai ukuran.",
            "The goals have no number or date to measure them by.",
        ),
        chunks[0].loc,
        "",
        msg(
            "Beri setiap tujuan target (angka atau persentase) dan tenggat waktu.",
            "Give each goal a target (a number or percentage) and a deadline.",
        ),
    )
