"""The pieces every part of the answers model is built from: the strict base and per-language texts.

:mod:`mou_cli.model` and :mod:`mou_cli.model_types` both build on these (and ``model``
re-exports them), so neither imports the other's half. This module imports nothing of ours.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

LANGS = ("id", "en")
MAX_AMOUNT = 10**15
"""Amounts are below one quadrillion (10^15): more than any partnership commits, and every
amount below it is written in digits and in words without rounding away a whole unit."""


class Strict(BaseModel):
    """Base for every answers model: unknown keys are errors, so typos never pass silently."""

    # Parts are built once, inside Answers' schema, not each on its own at import (~25 ms).
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class TextMap(Strict):
    """A text given per language: ``{id: "...", en: "..."}``."""

    id: str | None = None
    en: str | None = None


# A text is one string for every language, or a mapping by language.
Text = Annotated[str | TextMap, Field(union_mode="left_to_right")]
# A text that may not be empty (a name, a title): a bilingual document needs both languages.
Text1 = Annotated[Annotated[str, Field(min_length=1)] | TextMap, Field(union_mode="left_to_right")]


def text_in(value: str | TextMap | None, lang: str) -> str | None:
    """The text of ``value`` in ``lang``, or None when that language is not given."""
    if value is None or isinstance(value, str):
        return value
    text: str | None = getattr(value, lang)
    return text


# What a plain string means in each language, when it names something every document names the
# same way: a country or a city (a party's country, an arbitration seat), the law of a country,
# a signatory's title. A value given as ``{id: ..., en: ...}`` is always printed as given; a
# plain string not in these tables is printed as typed in every language.
_PLACES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (Indonesian, English, other spellings, lower case)
    ("Indonesia", "Indonesia", ("id", "republik indonesia", "republic of indonesia")),
    ("Singapura", "Singapore", ("sg", "republik singapura", "republic of singapore")),
    ("Malaysia", "Malaysia", ("my",)),
    ("Thailand", "Thailand", ("th",)),
    ("Vietnam", "Vietnam", ("vn", "viet nam")),
    ("Filipina", "the Philippines", ("philippines",)),
    ("Jepang", "Japan", ("jp",)),
    ("Korea Selatan", "South Korea", ("republic of korea", "korea")),
    ("Tiongkok", "China", ("cina", "people's republic of china", "republik rakyat tiongkok")),
    ("Hong Kong", "Hong Kong", ()),
    ("India", "India", ()),
    ("Australia", "Australia", ()),
    ("Belanda", "the Netherlands", ("netherlands", "kerajaan belanda")),
    ("Jerman", "Germany", ()),
    ("Prancis", "France", ("perancis",)),
    ("Swiss", "Switzerland", ()),
    ("Norwegia", "Norway", ()),
    ("Swedia", "Sweden", ()),
    ("Denmark", "Denmark", ()),
    ("Inggris", "England", ("inggris raya", "united kingdom", "uk", "britania raya")),
    ("Amerika Serikat", "the United States", ("united states", "usa", "us")),
    ("Uni Emirat Arab", "the United Arab Emirates", ("united arab emirates", "uae")),
    ("Jakarta", "Jakarta", ()),
    ("Kuala Lumpur", "Kuala Lumpur", ()),
    ("Jenewa", "Geneva", ()),
    ("Den Haag", "The Hague", ("the hague",)),
    ("Wina", "Vienna", ()),
    ("London", "London", ()),
    ("Paris", "Paris", ()),
    ("Stockholm", "Stockholm", ()),
    ("Tokyo", "Tokyo", ()),
    ("Seoul", "Seoul", ()),
    ("Beijing", "Beijing", ()),
    ("Dubai", "Dubai", ()),
    ("Zurich", "Zurich", ("zürich",)),
    ("New York", "New York", ()),
)
_HOME = frozenset({"Indonesia", "Jakarta"})
_PLACE = {
    key: (id_, en)
    for id_, en, more in _PLACES
    for key in (id_.lower(), en.lower(), en.lower().removeprefix("the "), *more)
}
# The law of a country as a governing-law clause names it ("hukum Negara Republik Singapura"),
# by the country's English name; other countries read "hukum <name>" / "the laws of <name>".
_LAWS: dict[str, tuple[str, str]] = {
    "Indonesia": ("hukum Negara Republik Indonesia", "the laws of the Republic of Indonesia"),
    "Singapore": ("hukum Negara Republik Singapura", "the laws of the Republic of Singapore"),
    "Malaysia": ("hukum Malaysia", "the laws of Malaysia"),
    "South Korea": ("hukum Republik Korea", "the laws of the Republic of Korea"),
    "China": ("hukum Republik Rakyat Tiongkok", "the laws of the People's Republic of China"),
    "Hong Kong": (
        "hukum Daerah Administratif Khusus Hong Kong",
        "the laws of the Hong Kong Special Administrative Region",
    ),
    "the Netherlands": ("hukum Kerajaan Belanda", "the laws of the Kingdom of the Netherlands"),
    "Norway": ("hukum Kerajaan Norwegia", "the laws of the Kingdom of Norway"),
    "England": ("hukum Inggris dan Wales", "the laws of England and Wales"),
}
# Signatory titles: (Indonesian, English). A title that starts with a regional head's title
# and a place ("Bupati Kupang") keeps the place: "Regent of Kupang".
_TITLES: tuple[tuple[str, str], ...] = (
    ("Direktur Utama", "President Director"),
    ("Direktur Utama", "President-Director"),
    ("Presiden Direktur", "President Director"),
    ("Direktur", "Director"),
    ("Direktur Pelaksana", "Managing Director"),
    ("Komisaris Utama", "President Commissioner"),
    ("Ketua Pengurus", "Chairperson of the Board of Management"),
    ("Ketua", "Chairperson"),
    ("Ketua", "Chairman"),
    ("Ketua", "Chair"),
    ("Rektor", "Rector"),
    ("Wakil Rektor", "Vice-Rector"),
    ("Dekan", "Dean"),
    ("Bupati", "Regent"),
    ("Wali Kota", "Mayor"),
    ("Walikota", "Mayor"),
    ("Gubernur", "Governor"),
    ("Sekretaris Daerah", "Regional Secretary"),
    ("Kepala Dinas", "Head of Agency"),
    ("Menteri", "Minister"),
    ("Pribadi", "In person"),
    # kept in English in Indonesian texts too, as Indonesian business writing does
    ("Chief Executive Officer", "Chief Executive Officer"),
    ("Chief Financial Officer", "Chief Financial Officer"),
    ("Chief Operating Officer", "Chief Operating Officer"),
)
_TITLE = {
    **{en.lower(): (id_, en) for id_, en in reversed(_TITLES)},
    **{id_.lower(): (id_, en) for id_, en in reversed(_TITLES)},
}
_HEADS = (
    ("Bupati", "Regent"),
    ("Wali Kota", "Mayor"),
    ("Walikota", "Mayor"),
    ("Gubernur", "Governor"),
)


def place(value: str | TextMap | None, lang: str) -> str:
    """A country or city in ``lang``: as given per language, else from the table of names,
    else as typed."""
    if not isinstance(value, str):
        return _given(value, lang)
    names = _PLACE.get(value.lower().strip(" ."))
    return value if names is None else names[LANGS.index(lang)]


_LAW_WORDS = re.compile(
    r"^(?:hukum(?:\s+negara)?|(?:the\s+)?laws?\s+of)\s+|\s+laws?$", re.IGNORECASE
)


def is_abroad(value: str | TextMap | None) -> bool:
    """Whether a place (an arbitration seat) is one the table knows outside Indonesia; an
    Indonesian city the table does not list counts as at home."""
    if value is None:
        return False
    texts = [value] if isinstance(value, str) else [t for x in LANGS if (t := text_in(value, x))]
    known = [_PLACE.get(t.lower().strip(" .")) for t in texts]
    return any(k is not None and k[1] not in _HOME for k in known)


def law_of(value: str | TextMap | None, lang: str) -> str:
    """The law of a country as a clause names it: ``hukum Negara Republik Singapura`` /
    ``the laws of the Republic of Singapore``. "Singapore", "hukum Singapura" and "Singapore
    law" all name the table's country; any other text that already says "hukum" or "law" is
    printed as given."""
    typed = value if isinstance(value, str) else _given(value, lang)
    country = _LAW_WORDS.sub("", typed.strip(" ."))
    names = _PLACE.get(country.lower())
    if names is None:
        if country != typed.strip(" ."):  # says "hukum" / "law" already
            return typed
        name = place(value, lang)
        return f"hukum {name}" if lang == "id" else f"the laws of {name}"
    if names[1] in _LAWS:
        return _LAWS[names[1]][LANGS.index(lang)]
    name = names[LANGS.index(lang)]
    return f"hukum {name}" if lang == "id" else f"the laws of {name}"


def title_of(value: str | TextMap | None, lang: str) -> str:
    """A signatory's title in ``lang``: as given per language, else from the table of usual
    titles ("Director" / "Direktur"), else as typed."""
    if not isinstance(value, str):
        return _given(value, lang)
    found = _TITLE.get(value.lower())
    if found:
        return found[LANGS.index(lang)]
    for id_, en in _HEADS:  # "Bupati Kupang" <-> "Regent of Kupang"
        for prefix in (id_ + " ", en + " of "):
            if value.lower().startswith(prefix.lower()) and value[len(prefix) :].strip():
                where = value[len(prefix) :].strip()
                return f"{id_} {where}" if lang == "id" else f"{en} of {where}"
    return value


_DISTRICT_COURT = re.compile(
    r"^(?:the\s+)?(?:district\s+court\s+of\s+(?P<a>.+?)|(?P<b>.+?)\s+district\s+court)\s*$",
    re.IGNORECASE,
)


def known_title(value: str) -> bool:
    """Whether the table of titles puts ``value`` into each language."""
    return title_of(value, "id") != title_of(value, "en") or value.lower() in _TITLE


def court_of(value: str | TextMap | None, lang: str) -> str:
    """A court in ``lang``: as given per language; an English "District Court of X" reads
    "Pengadilan Negeri X" in Indonesian; otherwise as typed."""
    if not isinstance(value, str):
        return _given(value, lang)
    m = _DISTRICT_COURT.match(value) if lang == "id" else None
    return f"Pengadilan Negeri {m['a'] or m['b']}" if m else value


def _given(value: TextMap | None, lang: str) -> str:
    """The text of a per-language value in ``lang``; when it lacks ``lang``, the other
    language's (validation keeps a document from needing a missing language)."""
    if value is None:
        return ""
    return text_in(value, lang) or next((t for x in LANGS if (t := text_in(value, x))), "")
