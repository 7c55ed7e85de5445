"""The parties of an agreement: who they are, who signs for them and on what authority.

Part of the answers model (:mod:`mou_cli.model` re-exports these). Texts that differ by
language (a signatory's title, a country) may be ``{id: ..., en: ...}``; a plain string stays
valid and is put into each language by :mod:`mou_cli.model_base`'s tables.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from mou_cli.model_base import LANGS, Strict, Text, Text1, TextMap, text_in


class Person(Strict):
    name: str = Field(min_length=1)
    title: Text1


class Contact(Strict):
    name: str | None = None
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = None


PartyKind = Literal["company", "nonprofit", "government", "university", "cooperative", "individual"]

AuthorityBasis = Literal[
    "articles",  # a company or cooperative: its deed of establishment and articles
    "power_of_attorney",  # a power of attorney or delegation from whoever holds the authority
    "regional_head",  # a Gubernur, Bupati or Wali Kota acting for the region (PP 28/2018)
    "appointment",  # a Rector (or other office holder) under the decree appointing them
    "board",  # the Pengurus of a yayasan or association, under its articles
    "office",  # a government office acting within the authority the law gives it
    "self",  # an individual acting for themself
]

_HEAD_TITLES = ("gubernur", "bupati", "wali kota", "walikota", "penjabat", "pj.", "pj ")
_HEAD_TITLES_EN = ("governor", "regent", "mayor", "acting governor", "acting regent")
_REGIONS = ("kabupaten", "kota ", "provinsi", "pemkab", "pemkot", "pemprov")
# who heads a university, polytechnic or college and signs under the decree appointing them;
# a deputy, dean or head of unit signs under a delegation from them
_ACADEMIC_HEADS = (
    "rektor", "rector", "direktur", "director", "ketua", "president", "vice-chancellor",
    "vice chancellor", "chancellor",
)  # fmt: skip


class Authority(Strict):
    """What gives the signatory the power to sign (the komparisi cites it)."""

    basis: AuthorityBasis | None = None  # None: the usual one for the party's kind
    document: Text | None = None  # the deed, power of attorney or decree: number and date


class Party(Strict):
    name: str = Field(min_length=1, max_length=300)
    short_name: str = Field(min_length=1, max_length=80)
    kind: PartyKind
    jurisdiction: Text1  # the country it is established in (an individual: citizenship)
    registration: str | None = None
    address: str = Field(min_length=1)
    representative: Person
    authority: Authority | None = None
    document_number: str | None = Field(default=None, max_length=200)  # its own "Nomor:"
    contact: Contact | None = None

    @model_validator(mode="after")
    def _basis_fits_kind(self) -> Party:
        basis = self.authority.basis if self.authority else None
        fits = {"self": ("individual",), "regional_head": ("government",)}
        if basis in fits and self.kind not in fits[basis]:
            raise ValueError(
                f"authority.basis '{basis}' is for a party of kind "
                f"'{fits[basis][0]}', and this party's kind is '{self.kind}'"
            )
        return self

    @property
    def is_indonesian(self) -> bool:
        values = [self.jurisdiction] if isinstance(self.jurisdiction, str) else []
        if isinstance(self.jurisdiction, TextMap):
            values = [t for x in LANGS if (t := text_in(self.jurisdiction, x))]
        return any("indonesia" in v.lower() or v.strip().upper() == "ID" for v in values)

    @property
    def is_regional_government(self) -> bool:
        """An Indonesian province, regency or city (a party under PP 28/2018)."""
        return self.kind == "government" and self.is_indonesian and names_region(self.name)

    @property
    def authority_basis(self) -> AuthorityBasis:
        """The authority the komparisi cites: as given, else the usual one for the kind."""
        if self.authority is not None and self.authority.basis is not None:
            return self.authority.basis
        titles = [t for x in LANGS if (t := _title(self.representative.title, x))]
        return usual_basis(
            self.kind, self.is_regional_government, titles, self.representative.name == self.name
        )


def names_region(name: str) -> bool:
    """``name`` is that of a province, regency or city ("Pemerintah Kabupaten Kupang",
    "Pemkot Padang")."""
    padded = name.lower() + " "
    return any(w in padded for w in _REGIONS)


def usual_basis(
    kind: str, regional: bool, titles: list[str], signs_for_self: bool
) -> AuthorityBasis:
    """The usual authority of a signatory with one of ``titles`` for a party of ``kind``: the
    articles for a company or cooperative, the Pengurus for a foundation, the appointing decree
    for a university's Rector, the regional head (or, for another official, a power of
    attorney) for a region, the law for another government body."""
    if kind == "individual":
        return "self" if signs_for_self else "power_of_attorney"
    if kind == "university":
        head = not titles or any(t.lower().startswith(_ACADEMIC_HEADS) for t in titles)
        return "appointment" if head else "power_of_attorney"
    if kind == "nonprofit":
        return "board"
    if kind == "government":
        if not regional:
            return "office"
        heads = _HEAD_TITLES + _HEAD_TITLES_EN
        head = any(t.lower().startswith(heads) for t in titles)
        return "regional_head" if head else "power_of_attorney"
    return "articles"


def _title(value: str | TextMap, lang: str) -> str | None:
    return value if isinstance(value, str) else text_in(value, lang)
