"""The answers every clause is rendered against: the bundled examples and generated variations.

The generated set covers each partnership type with each dispute forum, binding and not, two to
five parties, with and without profit sharing, and cycles every other choice of the answers
model (renewal, IP ownership, personal data, languages...) through its values; a second set has
every optional section absent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, get_args

from mou_cli.model import Answers, PartnershipType

TYPES: tuple[str, ...] = get_args(PartnershipType)
KINDS = ("company", "university", "nonprofit", "government", "cooperative", "individual")


@dataclass(frozen=True)
class Sample:
    """Answers to render with, and a name for messages."""

    name: str
    answers: Answers


def _party(i: int) -> dict[str, Any]:
    foreign = i in (2, 4)  # the third and fifth parties are from abroad
    names = ("Andalas", "Borneo", "Cendana", "Dharma", "Elang")
    short = names[i]
    return {
        "name": f"PT {short} Nusantara" if not foreign else f"{short} Global Pte. Ltd.",
        "short_name": short,
        "kind": KINDS[i % len(KINDS)],
        "jurisdiction": "Singapore" if foreign else "Indonesia",
        **({"registration": f"NIB 81200000{i:05d}"} if i % 2 == 0 else {}),
        "address": f"Jl. Contoh No. {i + 1}, Jakarta",
        "representative": {"name": f"Wakil {short}", "title": "Direktur"},
        **({"contact": {"name": f"Kontak {short}", "email": f"k{i}@example.id"}} if i else {}),
    }


def _pick(options: tuple[Any, ...], i: int) -> Any:
    return options[i % len(options)]


def _full(i: int, kind: str, forum: str, binding: bool) -> dict[str, Any]:
    n = 2 + (i // 4 + i) % 4
    parties = [_party(k) for k in range(n)]
    names = [p["short_name"] for p in parties]
    profit = i % 4 in (1, 2)
    shares = _split(names)
    language = _pick(("id-en", "id", "en"), i)
    foreign_law = forum == "arbitration" and i % 8 == 6
    d: dict[str, Any] = {
        "schema": 1,
        "language": language,
        "prevailing_language": _pick(("id", "en"), i // 3),
        "type": kind,
        "title": {"id": f"Kerja Sama Contoh {i}", "en": f"Sample Partnership {i}"},
        "number": f"{i:03d}/MOU/2026" if i % 5 else None,
        "date": "2026-11-23",
        "place": "Jakarta",
        "binding": binding,
        "parties": parties,
        "background": ["Latar belakang pertama.", {"id": "Latar kedua.", "en": "Second."}],
        "goals": [
            {"description": "Tujuan terukur", "metric": "jumlah", "target": "100"}
            | ({"deadline": "2027-06-30"} if i % 2 else {}),
            {"description": "Tujuan umum"},
        ],
        "scope": ["Kegiatan satu", "Kegiatan dua"],
        "roles": [
            {
                "party": name,
                "responsibilities": [f"Tugas {name}"],
                "contributions": [
                    {"description": "Dana", "amount": 1_500_000 * (k + 1), "currency": "IDR"}
                    if k % 2 == 0
                    else {"description": "Tenaga ahli", "amount": 2500.5, "currency": "USD"},
                    {"description": "Fasilitas"},
                ],
            }
            for k, name in enumerate(names[: 1 + i % n])
        ],
        "financial": {
            "profit_sharing": {
                "basis": _pick(("net_profit", "gross_revenue"), i),
                "shares": shares,
                "payment_frequency": _pick(("monthly", "quarterly", "semiannually", "annually"), i),
                "reporting_days": 30 + i,
                "audit_rights": i % 3 != 0,
            }
            if profit
            else None,
            "costs": _pick(("each_party_own", "shared"), i // 2),
            "cost_shares": shares if (i // 2) % 2 else [],
        },
        "ip": {
            "foreground": _pick(("joint", "party"), i),
            "foreground_owner": names[i % n] if i % 2 else None,
            "license": _pick(("non_exclusive_royalty_free_for_purpose", "none"), i // 2),
            "publications": _pick((None, "allowed_after_review", "not_allowed"), i),
            "review_days": 14 + i,
            "branding": _pick(("prior_written_consent", "licensed_for_term"), i // 3),
        },
        "confidentiality": {"years": _pick((0, 1, 3, 5), i)},
        "governance": {
            "committee": i % 3 != 2,
            "members_per_party": 1 + i % 3,
            "meetings": _pick(("weekly", "monthly", "quarterly"), i),
            "decisions": _pick(("unanimous", "majority"), i // 2),
            "deadlock": _pick(("escalate_to_leaders", "mediation"), i // 3),
        },
        "evaluation": {
            "kpi_review": _pick(("monthly", "quarterly", "semiannual", "annual"), i),
            "annual_report": i % 2 == 0,
        },
        "term": {
            "start": "2026-12-01",
            "years": 1 + i % 5,
            "renewal": _pick(("by_written_agreement", "automatic", "none"), i),
            "renewal_years": 1 + i % 2 if i % 3 == 1 else None,
        },
        "termination": {
            "notice_days": 30 + 15 * (i % 3),
            "cure_days": 14 + i,
            "survive": [["confidentiality", "ip", "dispute"], ["confidentiality"], []][i % 3],
            "waive_civil_code_1266": _pick((None, True, False), i // 2),
        },
        "dispute": {
            "negotiation_days": 30,
            "mediation": i % 2 == 0,
            "forum": forum,
            "arbitration": {
                "institution": "SIAC" if foreign_law else "BANI",
                "seat": "Singapura" if foreign_law else "Jakarta",
                "arbitrators": _pick((1, 3), i // 2),
                "language": _pick((None, "id", "en"), i),
            }
            if forum == "arbitration"
            else None,
            "court": "Pengadilan Negeri Jakarta Selatan" if forum == "court" else None,
            "governing_law": "Singapore" if foreign_law else "Republik Indonesia",
        },
        "force_majeure": i % 5 != 4,
        "notices": i % 6 != 5,
        "personal_data": [
            None,
            {"processed": True, "controller": "joint", "cross_border": False},
            {"processed": True, "controller": names[0], "cross_border": True},
            {"processed": False},
        ][i % 4],
        "signatures": {
            "stamp_duty": i % 2 == 0,
            "e_meterai": i % 4 == 2,
            "witnesses": [{"name": "Saksi Satu", "title": "Notaris"}] if i % 3 == 0 else [],
        },
    }
    return d


def _split(names: list[str]) -> list[dict[str, Any]]:
    """Shares summing to exactly 100: the first party takes the remainder."""
    base = 100 // len(names)
    first = base + 100 - base * len(names)
    return [{"party": name, "percent": first if i == 0 else base} for i, name in enumerate(names)]


def _minimal(kind: str, binding: bool, i: int) -> dict[str, Any]:
    """Only the required answers: every optional section absent."""
    return {
        "schema": 1,
        "language": _pick(("id-en", "id", "en"), i),
        "type": kind,
        "title": "Kerja Sama Minimal",
        "date": "2026-01-31",
        "place": "Bandung",
        "binding": binding,
        "parties": [_party(0), _party(2)] if i % 2 else [_party(0), _party(1)],
        "force_majeure": i % 2 == 0,
        "notices": i % 3 != 0,
    }


@cache
def generated() -> tuple[Sample, ...]:
    """The generated answers, validated like an answers file."""
    out = []
    i = 0
    for kind in TYPES:
        for forum in ("arbitration", "court"):
            for binding in (False, True):
                a = Answers.model_validate(_full(i, kind, forum, binding))
                profit = "profit sharing" if a.financial.profit_sharing else "no profit sharing"
                bound = "binding" if binding else "not binding"
                name = f"{kind}, {forum}, {len(a.parties)} parties, {profit}, {bound}"
                out.append(Sample(f"generated #{i + 1} ({name}, {a.language})", a))
                i += 1
    for j, (kind, binding) in enumerate((k, b) for k in TYPES for b in (False, True)):
        a = Answers.model_validate(_minimal(kind, binding, j))
        bound = "binding" if binding else "not binding"
        name = f"{kind}, {bound}, optional sections absent, {a.language}"
        out.append(Sample(f"generated #{i + j + 1} ({name})", a))
    return tuple(out)


def examples() -> list[Sample]:
    """The bundled examples (their own validation applies: a broken one is an error)."""
    from mou_cli import answers
    from mou_cli.examples import all_examples

    return [
        Sample(f"example {name}", answers.load(path).answers)
        for name, (path, _) in all_examples().items()
    ]


def all_samples() -> list[Sample]:
    return [*examples(), *generated()]


def richest() -> Answers:
    """A generated answers file with every optional section present (for typing contexts)."""
    return Answers.model_validate(_full(1, "technology", "arbitration", True))
