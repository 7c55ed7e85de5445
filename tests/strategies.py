"""Hypothesis strategies for answers: any valid agreement, and ways to break one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

TYPES = [
    "strategic",
    "joint_venture",
    "distribution",
    "marketing",
    "technology",
    "community",
    "supply_chain",
]
KINDS = ["company", "nonprofit", "government", "university", "cooperative", "individual"]

# Names mix letters from several scripts with the punctuation real names carry, and the
# characters that mean something to Markdown, Jinja or XML.
_NAME_CHARS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
    + list("&-.,'()/#*_|<>{}%[]!`~+=")
    + ["é", "ü", "ß", "Ω", "中", "文", "ع", "🤝", "İ"]
)
names = (
    st.text(_NAME_CHARS, min_size=2, max_size=30)
    .map(str.strip)
    .filter(
        lambda s: (
            len(s) >= 2 and not s.startswith(("-", "#", "*", "!", "&", "%", "|", ">", "{", "["))
        )
    )
)


def _text(lang: str, value: str) -> Any:
    return {"id": f"{value} (id)", "en": f"{value} (en)"} if lang == "id-en" else value


@st.composite
def shares(draw: st.DrawFn, parties: list[str]) -> list[dict[str, Any]]:
    """Whole percentages, each above zero, summing to exactly 100."""
    n = len(parties)
    cuts = sorted(draw(st.lists(st.integers(1, 99), min_size=n - 1, max_size=n - 1, unique=True)))
    bounds = [0, *cuts, 100]
    return [{"party": p, "percent": bounds[i + 1] - bounds[i]} for i, p in enumerate(parties)]


@st.composite
def answers(draw: st.DrawFn, min_parties: int = 2, max_parties: int = 8) -> dict[str, Any]:
    """A valid answers mapping: any type, language, forum and mix of optional sections."""
    lang = draw(st.sampled_from(["id", "en", "id-en"]))
    n = draw(st.integers(min_parties, max_parties))
    full = draw(st.lists(names, min_size=n, max_size=n, unique_by=str.casefold))
    shorts = [f"P{i} {name[:12].strip()}" for i, name in enumerate(full, 1)]
    parties = [
        {
            "name": name,
            "short_name": short,
            "kind": draw(st.sampled_from(KINDS)),
            "jurisdiction": draw(st.sampled_from(["Indonesia", "Singapore", "Japan", "Norway"])),
            "address": draw(names),
            "representative": {"name": draw(names), "title": draw(names)},
            "contact": {"name": draw(names), "email": f"contact{i}@example.org"},
        }
        for i, (name, short) in enumerate(zip(full, shorts, strict=True))
    ]
    start = draw(st.dates(dt.date(2025, 1, 1), dt.date(2035, 12, 31)))
    data: dict[str, Any] = {
        "schema": 1,
        "language": lang,
        "type": draw(st.sampled_from(TYPES)),
        "title": _text(lang, draw(names)),
        "date": start.isoformat(),
        "place": draw(names),
        "binding": draw(st.booleans()),
        "parties": parties,
        "goals": [
            {
                "description": _text(lang, "Goal"),
                "metric": _text(lang, "units"),
                "target": "10",
                "deadline": (start + dt.timedelta(days=365)).isoformat(),
            }
        ],
        "scope": [_text(lang, "Scope item")],
        "roles": [
            {
                "party": s,
                "responsibilities": [_text(lang, f"Task of {s}")],
                "contributions": [
                    {
                        "description": _text(lang, "Money"),
                        "amount": draw(st.integers(1, 10**12)),
                        "currency": draw(st.sampled_from(["IDR", "USD", "EUR"])),
                    }
                ],
            }
            for s in shorts
        ],
        "financial": {"profit_sharing": None, "costs": "each_party_own"},
    }
    if draw(st.booleans()):
        data["financial"]["profit_sharing"] = {
            "basis": "net_profit",
            "shares": draw(shares(shorts)),
        }
    if draw(st.booleans()):
        data["financial"]["costs"] = "shared"
        data["financial"]["cost_shares"] = draw(shares(shorts))
    if draw(st.booleans()):
        data["ip"] = {
            "foreground": "party",
            "foreground_owner": draw(st.sampled_from(shorts)),
            "publications": draw(st.sampled_from(["allowed_after_review", "not_allowed"])),
        }
    if draw(st.booleans()):
        data["confidentiality"] = {"years": draw(st.integers(0, 10))}
    if draw(st.booleans()):
        data["governance"] = {
            "committee": draw(st.booleans()),
            "decisions": draw(st.sampled_from(["unanimous", "majority"])),
        }
        data["evaluation"] = {"kpi_review": "quarterly", "annual_report": draw(st.booleans())}
    if draw(st.booleans()):
        renewal = draw(st.sampled_from(["by_written_agreement", "automatic", "none"]))
        data["term"] = {
            "start": start.isoformat(),
            "years": draw(st.integers(1, 10)),
            "renewal": renewal,
        }
        if renewal == "automatic":
            data["term"]["renewal_years"] = 1
        data["termination"] = {
            "notice_days": draw(st.integers(1, 365)),
            "cure_days": draw(st.integers(1, 90)),
        }
    if draw(st.booleans()):
        forum = draw(st.sampled_from(["arbitration", "court"]))
        data["dispute"] = {
            "forum": forum,
            "mediation": draw(st.booleans()),
            "governing_law": draw(st.sampled_from(["Republik Indonesia", "Singapore"])),
        }
        if forum == "arbitration":
            data["dispute"]["arbitration"] = {
                "institution": draw(st.sampled_from(["BANI", "SIAC", "ICC", "LCIA"])),
                "seat": draw(st.sampled_from(["Jakarta", "Singapore", "Paris"])),
                "arbitrators": draw(st.sampled_from([1, 3])),
            }
        else:
            data["dispute"]["court"] = "Pengadilan Negeri Jakarta Selatan"
    if draw(st.booleans()):
        data["personal_data"] = {
            "processed": True,
            "controller": draw(st.sampled_from([*shorts, "joint"])),
            "cross_border": draw(st.booleans()),
        }
    data["force_majeure"] = draw(st.booleans())
    data["notices"] = draw(st.booleans())
    data["signatures"] = {
        "stamp_duty": draw(st.booleans()),
        "e_meterai": draw(st.booleans()),
        "witnesses": [{"name": draw(names), "title": draw(names)}] if draw(st.booleans()) else [],
    }
    return data
