"""What a clause template can see: the answers, resolved to one language, and the helpers.

Templates get plain read-only objects (no methods of ours, no pydantic internals): every text
field is already a string in the language being rendered, and each party carries its label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from mou_cli import words
from mou_cli.library import recitals
from mou_cli.library.budget import LimitError, Record, not_plain
from mou_cli.model import Answers, TextMap
from mou_cli.model_base import law_of

LANGUAGE_NAMES = {
    "id": {"id": "Bahasa Indonesia", "en": "Bahasa Inggris"},
    "en": {"id": "Indonesian", "en": "English"},
}
# How the text names the other party or parties, by language and by whether there are two.
OTHER = {
    "id": {True: ("PIHAK lainnya",) * 3, False: ("PIHAK lainnya",) * 3},
    "en": {
        True: ("the other Party", "The other Party", "the other Party's"),
        False: ("the other Parties", "The other Parties", "the other Parties'"),
    },
}


class Obj(Record):
    """A read-only record for templates: attributes only (plain data when printed)."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("template values are read-only")

    def __repr__(self) -> str:
        return f"Obj({', '.join(sorted(self.__dict__))})"

    if TYPE_CHECKING:  # fields are set at run time: any attribute may be read

        def __getattr__(self, name: str) -> Any: ...


def view(value: Any, lang: str) -> Any:
    """Answers data as template values: texts resolved to ``lang``, models as ``Obj``."""
    if isinstance(value, TextMap):
        return getattr(value, lang) or ""
    if isinstance(value, BaseModel):
        fields = {}
        for name, info in type(value).model_fields.items():
            fields[info.alias if info.alias and name.endswith("_") else name] = view(
                getattr(value, name), lang
            )
        return Obj(**fields)
    if isinstance(value, list):
        return [view(v, lang) for v in value]
    return value


def party_label(index: int, lang: str, short_name: str) -> str:
    """How the text names a party: PIHAK PERTAMA in Indonesian, the short name in English."""
    return words.ordinal_label(index, lang) if lang == "id" else short_name


_REGION = re.compile(r"\b(kabupaten|pemkab|kota|pemkot|provinsi|pemprov)\s+(\S.*)", re.IGNORECASE)
_HEADS = {
    "kabupaten": ("Bupati {}", "the Regent of {}"),
    "kota": ("Wali Kota {}", "the Mayor of {}"),
    "provinsi": ("Gubernur {}", "the Governor of {}"),
}
_SHORT = {"pemkab": "kabupaten", "pemkot": "kota", "pemprov": "provinsi"}


def regional_head(name: str, lang: str) -> str:
    """The head of the region a government party names ("Pemerintah Kabupaten Kupang":
    "Bupati Kupang", "the Regent of Kupang"); "kepala daerah" when the name shows no region."""
    found = _REGION.search(name)
    if not found:
        return "kepala daerah" if lang == "id" else "the regional head"
    level = found.group(1).lower()
    pattern = _HEADS[_SHORT.get(level, level)][0 if lang == "id" else 1]
    return pattern.format(found.group(2).strip())


def build_context(
    a: Answers,
    lang: str,
    ref: Callable[[str], str],
    has: Callable[[str], bool],
    names: Mapping[str, str],
):
    """The full template context for one language; ``names`` gives the document's ``kind``,
    ``name`` and ``deal`` (the defined name of the cooperation) in ``lang``."""
    parties = []
    for i, p in enumerate(a.parties, 1):
        fields = dict(view(p, lang).__dict__)
        authority = fields["authority"]
        fields.update(
            index=i,
            label=party_label(i, lang, p.short_name),
            ordinal=words.ordinal_label(i, lang),
            is_indonesian=p.is_indonesian,
            is_regional=p.is_regional_government,
            law=law_of(p.jurisdiction, lang),  # "hukum Negara Republik Singapura"
            authority_basis=p.authority_basis,  # the given or usual basis for its kind
            authority_document=(authority.document if authority else None) or "",
            head=regional_head(p.name, lang),  # "Bupati Kupang": who may give a kuasa
        )
        parties.append(Obj(**fields))
    by_short = {p.short_name: p for p in parties}

    def party(short_name: str) -> Obj:
        try:
            return by_short[short_name]
        except KeyError:
            raise ValueError(f"no party named '{short_name}'") from None

    def label(short_name: str) -> str:
        return party(short_name).label

    ctx: dict[str, Any] = {
        name: view(getattr(a, name), lang)
        for name in type(a).model_fields
        if name not in ("schema_", "parties")
    }
    ctx["parties"] = parties
    ctx["lang"] = lang
    other, other_cap, other_poss = OTHER[lang][len(a.parties) == 2]
    ctx["doc"] = Obj(
        kind=names["kind"],
        name=names["name"],
        deal=names["deal"],
        other=other,
        other_cap=other_cap,
        other_poss=other_poss,
        binding=a.binding,
        languages=a.langs,
        bilingual=len(a.langs) > 1,
        language_name=LANGUAGE_NAMES[lang],
        all_parties="PARA PIHAK" if lang == "id" else "the Parties",
        all_parties_cap="PARA PIHAK" if lang == "id" else "The Parties",
        each_party="PIHAK" if lang == "id" else "Party",
        party_count=len(a.parties),
        # outsiders: "pihak ketiga" is a party's label once there are three parties
        outsider="pihak lain di luar PARA PIHAK"
        if lang == "id" and len(a.parties) > 2
        else ("pihak ketiga" if lang == "id" else "third party"),
        end_date=a.term.end if a.term else None,
        indonesian_law=a.indonesian_law,
        has_indonesian_party=a.has_indonesian_party,
        waive_1266=a.waive_1266,
    )
    ctx.update(_helpers(lang))
    ctx.update(party=party, label=label, ref=ref, has=has)
    # A government's short name is often its territory ("Desa Tanjung Harapan"), which a
    # recital names as a place: it is not made a defined term.
    named = [
        (p.name, p.short_name)
        for p in a.parties
        if not (p.kind == "government" and p.short_name in p.name)
    ]
    proper = recitals.name_words([a.place, *(x for p in a.parties for x in (p.name, p.address))])
    shorts = {p.short_name for p in a.parties}  # a field naming a party prints its label
    typed = recitals.typed_texts(a.model_dump(exclude={"parties", "background"}), lang)
    rest = "\n".join(t for t in typed if t not in shorts)
    ctx["recital"] = _data_only(
        lambda items, i: recitals.recital(list(items), i, named, lang, proper, rest)
    )
    return ctx


def _data_only(fn: Callable[..., str]) -> Callable[..., str]:
    """``fn`` refusing anything but plain data (a function would print as its address)."""

    def helper(*args: Any, **kwargs: Any) -> str:
        for arg in (*args, *kwargs.values()):
            problem = not_plain(arg)
            if problem:
                raise LimitError(f"a helper was given {problem}, not a value")
        return fn(*args, **kwargs)

    return helper


def _helpers(lang: str) -> dict[str, Callable[..., str]]:
    """Formatting helpers bound to the language; also registered as filters."""
    helpers: dict[str, Callable[..., str]] = {
        "num": lambda n: words.num(n, lang),
        "words": lambda n: words.cardinal(n, lang),
        "days": lambda n: words.days(n, lang),
        "months": lambda n: words.months(n, lang),
        "years": lambda n: words.years(n, lang),
        "percent": lambda p: words.percent(p, lang),
        "money": lambda amount, currency="IDR": words.money(amount, currency, lang),
        "date_text": lambda d: words.date(_as_date(d), lang),
        "weekday": lambda d: words.weekday(_as_date(d), lang),
        "date_words": lambda d: words.date_words(_as_date(d), lang),
        "join": lambda items: words.join(items, lang),
        "bare": lambda text: str(text).rstrip(" .;,:"),
        "quantity": lambda target, unit="": words.quantity(str(target), str(unit or ""), lang),
    }
    out = {name: _data_only(fn) for name, fn in helpers.items()}
    join = out["join"]
    out["join"] = lambda items: join(list(items))  # a list of data, from any iterable
    return out


HELPER_NAMES = (*_helpers("en"), "party", "label", "ref", "has", "recital")
FILTER_NAMES = (*_helpers("en"), "label")


def _as_date(d: Any) -> dt.date:
    if isinstance(d, dt.date):
        return d
    return dt.date.fromisoformat(str(d))
