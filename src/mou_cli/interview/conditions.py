"""When a question is asked and what it offers: conditions and defaults that read the answers.

Small functions of the context (``Ctx``), and the names they share (partnership types, the
usual signatory titles), used by the question tables in ``questions_*.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mou_cli.interview import defaults
from mou_cli.interview.state import Ctx, text_of
from mou_cli.messages import Msg, msg

COMMERCIAL_KINDS = ("company", "cooperative", "individual")


def shares_profit(x: Ctx) -> bool:
    """Profit sharing is asked unless the arrangement is nonprofit (community, no business)."""
    return x.type != "community" and any(p.get("kind") in COMMERCIAL_KINDS for p in x.parties)


def profit_on(x: Ctx) -> bool:
    return isinstance(x.get("financial.profit_sharing"), dict)


def foreign_party(x: Ctx) -> bool:
    return any("indonesia" not in str(p.get("jurisdiction", "")).lower() for p in x.parties)


def indonesian_party(x: Ctx) -> bool:
    return any("indonesia" in str(p.get("jurisdiction", "")).lower() for p in x.parties)


def forum(x: Ctx) -> str:
    return x.get("dispute.forum") or ""


TYPE_NAMES: dict[str, Msg] = {
    "strategic": msg("Kemitraan Strategis", "Strategic Partnership"),
    "joint_venture": msg("Usaha Patungan", "Joint Venture"),
    "distribution": msg("Kemitraan Distribusi", "Distribution Partnership"),
    "marketing": msg("Kerja Sama Pemasaran", "Marketing Partnership"),
    "technology": msg("Kemitraan Teknologi", "Technology Partnership"),
    "community": msg("Program Kemasyarakatan", "Community Programme"),
    "supply_chain": msg("Kemitraan Rantai Pasok", "Supply Chain Partnership"),
}

_FORMS = re.compile(
    r"^(PT|CV|UD|Firma|Fa)\.?\s+|,?\s+(Tbk|Pte\.?\s*Ltd|Ltd|Inc|LLC|GmbH|AS|BV|Co\.?,?\s*Ltd)\.?$",
    re.IGNORECASE,
)
_KIND_WORDS = (
    ("university", ("universitas", "institut ", "politeknik", "sekolah tinggi", "university")),
    ("cooperative", ("koperasi", "cooperative")),
    ("nonprofit", ("yayasan", "perkumpulan", "lembaga swadaya", "foundation", "association")),
    ("government", ("pemerintah", "kementerian", "dinas ", "pemkab", "pemkot", "pemprov")),
)


def short_name(x: Ctx) -> str:
    name = str(x.here("name", "")).strip()
    return _FORMS.sub("", _FORMS.sub("", name)).strip() or name


def guess_kind(x: Ctx) -> str:
    name = str(x.here("name", "")).lower() + " "
    for kind, words in _KIND_WORDS:
        if any(w in name for w in words):
            return kind
    return "company"


TITLES: dict[str, Msg] = {
    "company": msg("Direktur Utama", "President Director"),
    "nonprofit": msg("Ketua Pengurus", "Chairperson"),
    "government": msg("Kepala Dinas", "Head of Agency"),
    "university": msg("Rektor", "Rector"),
    "cooperative": msg("Ketua", "Chairperson"),
    "individual": msg("Pribadi", "In person"),
}


def signatory_title(x: Ctx) -> str:
    """The usual title for the party's kind; in English for a party from abroad."""
    abroad = "indonesia" not in str(x.here("jurisdiction", "Indonesia")).lower()
    title = TITLES.get(x.here("kind", "company"), TITLES["company"])
    return text_of(title, "en" if abroad else x.text_lang)


def unique_short_name(value: object, x: Ctx) -> Msg | None:
    others = [p.get("short_name") for i, p in enumerate(x.parties) if i != x.index]
    if value in others:
        return msg(f"'{value}' sudah dipakai pihak lain.", f"'{value}' is used by another party.")
    return None


def type_suggestion(key: str) -> Callable[[Ctx], str | None]:
    def default(x: Ctx) -> str | None:
        if key == "goal" and x.type == "distribution" and x.get("_interview.territory"):
            where = x.get("_interview.territory")
            goal = msg(f"Mencapai target penjualan di {where}", f"Meet the sales target in {where}")
            return text_of(goal, x.text_lang)
        if x.index > 0:
            return None
        return defaults.pick(defaults.suggestion(x.type, key), x.text_lang)

    return default


def scope_suggestions(x: Ctx) -> list[str]:
    items = [s[x.text_lang] for s in defaults.suggestion(x.type, "scope") or []]
    where = x.get("_interview.territory")
    if x.type == "distribution" and where:
        exclusive = x.get("_interview.exclusive", True)
        first = {
            ("id", True): f"Distribusi eksklusif produk di {where}",
            ("id", False): f"Distribusi produk secara tidak eksklusif di {where}",
            ("en", True): f"Exclusive distribution of the products in {where}",
            ("en", False): f"Non-exclusive distribution of the products in {where}",
        }[(x.text_lang, bool(exclusive))]
        items[:1] = [first]
    return items


def goal_hint(x: Ctx) -> Msg | None:
    if all(x.here(k) for k in ("metric", "target", "deadline")):
        return None
    return msg(
        "Tujuan ini belum terukur (ukuran, target, tenggat); daftar periksa menandainya lemah.",
        "This goal is not measurable yet (metric, target, deadline); the checklist marks it weak.",
    )


def court_default(x: Ctx) -> str:
    place = x.get("place") or "Jakarta"
    return f"Pengadilan Negeri {place}" if x.text_lang == "id" else f"the District Court of {place}"


# Titles for values several fields share (``Titled`` offers those each field allows, in this order).
PERIODS: dict[str, Msg] = {
    "quarterly": msg("Setiap triwulan", "Quarterly"),
    "monthly": msg("Setiap bulan", "Monthly"),
    "weekly": msg("Setiap minggu", "Weekly"),
    "semiannually": msg("Setiap semester", "Every six months"),
    "semiannual": msg("Setiap semester", "Every six months"),
    "annually": msg("Setiap tahun", "Annually"),
    "annual": msg("Setiap tahun", "Annually"),
}

LANGUAGE_NAMES: dict[str, Msg] = {
    "id": msg("Bahasa Indonesia", "Indonesian"),
    "en": msg("Bahasa Inggris", "English"),
}
