"""When a question is asked and what it offers: conditions and defaults that read the answers.

Small functions of the context (``Ctx``), used by the question data in ``questions.py`` and
``questions_terms.py``.
"""

from __future__ import annotations

import re

from mou_cli.interview import defaults
from mou_cli.interview.spec import Choice, Ctx, Msg, m


def c(value: object, id_: str, en: str) -> Choice:
    return Choice(value, m(id_, en))


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


TYPE_NAMES = {
    "strategic": m("Kemitraan Strategis", "Strategic Partnership"),
    "joint_venture": m("Usaha Patungan", "Joint Venture"),
    "distribution": m("Kemitraan Distribusi", "Distribution Partnership"),
    "marketing": m("Kerja Sama Pemasaran", "Marketing Partnership"),
    "technology": m("Kemitraan Teknologi", "Technology Partnership"),
    "community": m("Program Kemasyarakatan", "Community Programme"),
    "supply_chain": m("Kemitraan Rantai Pasok", "Supply Chain Partnership"),
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


TITLES = {
    "company": m("Direktur Utama", "President Director"),
    "nonprofit": m("Ketua Pengurus", "Chairperson"),
    "government": m("Kepala Dinas", "Head of Agency"),
    "university": m("Rektor", "Rector"),
    "cooperative": m("Ketua", "Chairperson"),
    "individual": m("Pribadi", "In person"),
}


def unique_short_name(value: object, x: Ctx) -> Msg | None:
    others = [p.get("short_name") for i, p in enumerate(x.parties) if i != x.index]
    if value in others:
        return m(f"'{value}' sudah dipakai pihak lain.", f"'{value}' is used by another party.")
    return None


def type_suggestion(key: str):
    def default(x: Ctx) -> str | None:
        if key == "goal" and x.type == "distribution" and x.get("_interview.territory"):
            where = x.get("_interview.territory")
            return {
                "id": f"Mencapai target penjualan di {where}",
                "en": f"Meet the sales target in {where}",
            }[x.text_lang]
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
    return m(
        "Tujuan ini belum terukur (ukuran, target, tenggat); daftar periksa menandainya lemah.",
        "This goal is not measurable yet (metric, target, deadline); the checklist marks it weak.",
    )


def court_default(x: Ctx) -> str:
    place = x.get("place") or "Jakarta"
    return f"Pengadilan Negeri {place}" if x.text_lang == "id" else f"the District Court of {place}"
