"""When a question is asked and what it offers: conditions and defaults that read the answers.

Small functions of the context (``Ctx``), and the names they share (partnership types, the
usual signatory titles), used by the question tables in ``questions_*.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from mou_cli import words
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


# The types as the interview offers them. English never says "partnership": it is a legal
# relationship (mutual agency, shared profit) that these agreements do not create.
TYPE_NAMES: dict[str, Msg] = {
    "strategic": msg("Kerja sama strategis", "Strategic alliance"),
    "joint_venture": msg("Usaha patungan", "Joint venture"),
    "distribution": msg("Distribusi", "Distribution"),
    "marketing": msg("Pemasaran bersama", "Co-marketing"),
    "technology": msg("Teknologi", "Technology"),
    "community": msg("Program kemasyarakatan", "Community programme"),
    "supply_chain": msg("Rantai pasok", "Supply chain"),
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
    for kind, cues in _KIND_WORDS:
        if any(w in name for w in cues):
            return kind
    return "company"


def unique_short_name(value: object, x: Ctx) -> Msg | None:
    others = [p.get("short_name") for i, p in enumerate(x.parties) if i != x.index]
    if value in others:
        return msg(f"'{value}' sudah dipakai pihak lain.", f"'{value}' is used by another party.")
    return None


def _territory(x: Ctx) -> str:
    """A distributor's territory as one text in the language being asked ("" when none)."""
    given = x.get("distribution.territory") or []
    places = [str(t.get(x.text_lang) or "") if isinstance(t, dict) else str(t) for t in given]
    places = [p for p in places if p]
    if len(places) < 2:
        return "".join(places)
    return f"{', '.join(places[:-1])} {'dan' if x.text_lang == 'id' else 'and'} {places[-1]}"


def type_suggestion(key: str) -> Callable[[Ctx], str | None]:
    def default(x: Ctx) -> str | None:
        if x.index > 0:  # the first item only: a suggested goal is not repeated
            return None
        where = _territory(x) if x.type == "distribution" else ""
        if key == "goal" and where:
            goal = msg(f"Mencapai target penjualan di {where}", f"Meet the sales target in {where}")
            return text_of(goal, x.text_lang)
        return defaults.pick(defaults.suggestion(x.type, key), x.text_lang)

    return default


_APPOINTED = {
    "exclusive": msg(
        "Distribusi eksklusif produk di {where}",
        "Exclusive distribution of the products in {where}",
    ),
    "sole": msg(
        "Distribusi tunggal produk di {where}", "Sole distribution of the products in {where}"
    ),
    "non_exclusive": msg(
        "Distribusi produk secara tidak eksklusif di {where}",
        "Non-exclusive distribution of the products in {where}",
    ),
}


def scope_suggestions(x: Ctx) -> list[str]:
    """The type's usual scope; a distribution's first item says the appointment as answered."""
    items = [s[x.text_lang] for s in defaults.suggestion(x.type, "scope") or []]
    if x.type == "distribution":
        where = _territory(x) or text_of(
            msg("wilayah yang disepakati", "the agreed territory"), x.text_lang
        )
        first = _APPOINTED.get(x.get("distribution.exclusivity") or "non_exclusive")
        if first is not None:
            items[:1] = [text_of(first, x.text_lang).format(where=where)]
    return items


def goal_hint(x: Ctx) -> Msg | None:
    if all(x.here(k) for k in ("metric", "target", "deadline")):
        return None
    return msg(
        "Tujuan ini belum terukur (ukuran, target, tenggat); daftar periksa menandainya lemah.",
        "This goal is not measurable yet (metric, target, deadline); the checklist marks it weak.",
    )


def deadline_after_signing(value: object, x: Ctx) -> Msg | None:
    """A goal falls due on or after the signing date, the rule answers files follow too
    (``answers.validation.deadline_problems``): said when the deadline is typed."""
    signed = _day(x.get("date"))
    due = _day(value)
    if signed is None or due is None or due >= signed:
        return None
    return msg(
        f"Tenggat {words.date(due, 'id')} jatuh sebelum tanggal penandatanganan "
        f"({words.date(signed, 'id')}); tulis tenggat pada atau sesudah tanggal itu.",
        f"The deadline {words.date(due, 'en')} is before the date of signing "
        f"({words.date(signed, 'en')}); write a deadline on or after that date.",
    )


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


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
