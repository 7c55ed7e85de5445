"""The answers model (schema 1): typed fields plus the cross-field checks.

The field names are a public interface (``../shared/spec/answers-v1.md``): users' answers files
and scripts depend on them. This module imports only the other parts of the model:
:mod:`mou_cli.model_base` (the strict base and per-language texts, re-exported here),
:mod:`mou_cli.model_party` (the parties, their signatories and authority, re-exported here) and
:mod:`mou_cli.model_types` (the optional per-type blocks: ``distribution:``, ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mou_cli import model_types as mt
from mou_cli.model_base import MAX_AMOUNT, Strict, Text, Text1
from mou_cli.model_base import TextMap as TextMap
from mou_cli.model_base import text_in as text_in
from mou_cli.model_party import Authority as Authority
from mou_cli.model_party import Contact as Contact
from mou_cli.model_party import Party as Party
from mou_cli.model_party import PartyKind as PartyKind
from mou_cli.model_party import Person as Person

LAST_YEAR = 9999  # the last year a date can have


class Goal(Strict):
    description: Text
    metric: Text | None = None
    target: str | None = None
    unit: Text | None = None  # what the target counts ("desa"); files without it still load
    deadline: dt.date | None = None

    @property
    def is_measurable(self) -> bool:
        return bool(self.metric and self.target and self.deadline)


class Contribution(Strict):
    description: Text
    amount: Annotated[float, Field(gt=0, lt=MAX_AMOUNT, allow_inf_nan=False)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None

    @model_validator(mode="after")
    def _currency_with_amount(self) -> Contribution:
        if self.amount is not None and self.currency is None:
            raise ValueError("an amount needs a currency (a three-letter code such as IDR)")
        return self


class Role(Strict):
    party: str
    responsibilities: list[Text] = []
    contributions: list[Contribution] = []


class Share(Strict):
    party: str
    percent: Annotated[float, Field(gt=0, le=100, allow_inf_nan=False)]


Frequency = Literal["monthly", "quarterly", "semiannually", "annually"]


class ProfitSharing(Strict):
    basis: Literal["net_profit", "gross_revenue"] = "net_profit"
    shares: list[Share] = Field(min_length=1)
    payment_frequency: Frequency = "quarterly"
    reporting_days: Annotated[int, Field(gt=0, le=365)] = 30
    audit_rights: bool = True


class Financial(Strict):
    profit_sharing: ProfitSharing | None = None
    costs: Literal["each_party_own", "shared"] = "each_party_own"
    cost_shares: list[Share] = []


class IP(Strict):
    background: Literal["each_party_retains"] = "each_party_retains"
    foreground: Literal["joint", "party"] = "joint"
    foreground_owner: str | None = None
    license: Literal["non_exclusive_royalty_free_for_purpose", "none"] = (
        "non_exclusive_royalty_free_for_purpose"
    )
    publications: Literal["allowed_after_review", "not_allowed"] | None = None
    review_days: Annotated[int, Field(gt=0, le=365)] = 30
    branding: Literal["prior_written_consent", "licensed_for_term"] = "prior_written_consent"


class Confidentiality(Strict):
    years: Annotated[int, Field(ge=0, le=50)]


class Governance(Strict):
    committee: bool = False
    members_per_party: Annotated[int, Field(ge=1, le=10)] = 1
    meetings: Literal["weekly", "monthly", "quarterly"] = "quarterly"
    decisions: Literal["unanimous", "majority"] = "unanimous"
    deadlock: Literal["escalate_to_leaders", "mediation"] = "escalate_to_leaders"


class Evaluation(Strict):
    kpi_review: Literal["monthly", "quarterly", "semiannual", "annual"] = "quarterly"
    annual_report: bool = False


class Term(Strict):
    start: dt.date
    years: Annotated[int, Field(ge=1, le=99)]
    renewal: Literal["by_written_agreement", "automatic", "none"] = "by_written_agreement"
    renewal_years: Annotated[int, Field(ge=1, le=99)] | None = None

    @model_validator(mode="after")
    def _ends_in_a_real_year(self) -> Term:
        if self.start.year + self.years > LAST_YEAR:
            raise ValueError(
                f"a term of {self.years} year{'s' * (self.years != 1)} from {self.start} would "
                f"end after the year {LAST_YEAR}; check term.start and term.years"
            )
        return self

    @property
    def end(self) -> dt.date:
        """The last day of the term."""
        try:
            anniversary = self.start.replace(year=self.start.year + self.years)
        except ValueError:  # 29 February
            anniversary = self.start.replace(year=self.start.year + self.years, day=28)
        return anniversary - dt.timedelta(days=1)


class Termination(Strict):
    notice_days: Annotated[int, Field(gt=0, le=730)] = 30
    cure_days: Annotated[int, Field(gt=0, le=365)] = 30
    survive: list[Literal["confidentiality", "ip", "dispute"]] = [
        "confidentiality",
        "ip",
        "dispute",
    ]
    waive_civil_code_1266: bool | None = None


class Arbitration(Strict):
    institution: str = Field(min_length=1)
    seat: Text1
    arbitrators: Literal[1, 3] = 3
    language: Literal["id", "en"] | None = None


class Dispute(Strict):
    negotiation_days: Annotated[int, Field(gt=0, le=365)] = 30
    mediation: bool = True
    forum: Literal["arbitration", "court"]
    arbitration: Arbitration | None = None
    court: Text | None = None
    governing_law: Text1

    @property
    def indonesian_law(self) -> bool:
        law = self.governing_law
        texts = [law] if isinstance(law, str) else [law.id or "", law.en or ""]
        return any("indonesia" in t.lower() for t in texts)


class PersonalData(Strict):
    processed: bool = False
    controller: str | None = None
    cross_border: bool = False


class Signatures(Strict):
    stamp_duty: bool = False
    e_meterai: bool = False
    witnesses: list[Person] = []


PartnershipType = Literal[
    "strategic",
    "joint_venture",
    "distribution",
    "marketing",
    "technology",
    "community",
    "supply_chain",
]


class Answers(Strict):
    """One agreement's terms, as read from an answers file or collected by the interview."""

    schema_: Literal[1] = Field(alias="schema")
    language: Literal["id", "en", "id-en"]
    prevailing_language: Literal["id", "en"] = "id"
    type: PartnershipType
    title: Text
    number: str | None = None
    date: dt.date
    place: str = Field(min_length=1)
    binding: bool = False
    parties: list[Party] = Field(min_length=2, max_length=12)
    background: list[Text] = []
    goals: list[Goal] = []
    scope: list[Text] = []
    roles: list[Role] = []
    financial: Financial = Field(default_factory=Financial)
    ip: IP | None = None
    confidentiality: Confidentiality | None = None
    governance: Governance | None = None
    evaluation: Evaluation | None = None
    term: Term | None = None
    termination: Termination | None = None
    dispute: Dispute | None = None
    force_majeure: bool = True
    notices: bool = True
    personal_data: PersonalData | None = None
    signatures: Signatures = Field(default_factory=Signatures)
    # the terms of one partnership type (model_types.py); optional, so older files still load
    distribution: mt.Distribution | None = None
    joint_venture: mt.JointVenture | None = None
    supply_chain: mt.SupplyChain | None = None
    marketing: mt.Marketing | None = None
    technology: mt.Technology | None = None
    community: mt.Community | None = None
    strategic: mt.Strategic | None = None

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, str_strip_whitespace=True, defer_build=False
    )

    @property
    def langs(self) -> tuple[str, ...]:
        """The document's languages, in column order."""
        return ("id", "en") if self.language == "id-en" else (self.language,)

    @property
    def has_indonesian_party(self) -> bool:
        return any(p.is_indonesian for p in self.parties)

    @property
    def indonesian_law(self) -> bool:
        return self.dispute.indonesian_law if self.dispute else self.has_indonesian_party

    @property
    def waive_1266(self) -> bool:
        """Whether the Civil Code Arts. 1266/1267 waiver applies (default: Indonesian law).
        Never in a non-binding MoU: it has no reciprocal obligations to end, and the waiver
        would read as proof that the parties meant to be bound."""
        if self.termination is None or not self.binding:
            return False
        flag = self.termination.waive_civil_code_1266
        return self.indonesian_law if flag is None else flag

    def party(self, short_name: str) -> Party:
        """The party with this short name (KeyError when there is none)."""
        for p in self.parties:
            if p.short_name == short_name:
                return p
        raise KeyError(short_name)


PARTY_REF_FIELDS: tuple[str, ...] = (
    "roles[].party",
    "financial.profit_sharing.shares[].party",
    "financial.cost_shares[].party",
    "ip.foreground_owner",
    "personal_data.controller",
    *mt.TYPE_PARTY_REF_FIELDS,
)
"""Every answers field whose value names a party by its ``short_name``, as a field path where
``[]`` stands for each item of a list. ``personal_data.controller`` may instead be ``"joint"``
(see ``NOT_A_PARTY``). Validation checks that each names a party (cost shares only when costs
are shared); renaming or removing a party must follow them all. Walk them with ``ref_slots``
(plain data or a model) or ``party_refs`` (a model)."""

NOT_A_PARTY: dict[str, frozenset[str]] = {
    "personal_data.controller": frozenset({"joint"}),
    **mt.TYPE_NOT_A_PARTY,
}
"""Values a party-reference field may hold that are not a party's short name."""


def ref_slots(root: object, field: str) -> Iterator[tuple[str, object, str]]:
    """``(path, holder, key)`` for each place the field path ``field`` names in ``root``, which
    is a model or the plain dicts and lists of an answers file; ``path`` has the list indexes
    filled in (``roles[1].party``). Missing or mistyped parts are skipped, present values are
    yielded even when None."""
    *parents, last = field.split(".")
    holders: list[tuple[str, object]] = [("", root)]
    for part in parents:
        name, is_list = part.removesuffix("[]"), part.endswith("[]")
        nxt: list[tuple[str, object]] = []
        for path, holder in holders:
            value = _get(holder, name)
            here = f"{path}.{name}" if path else name
            if not is_list:
                if value is not None:
                    nxt.append((here, value))
            elif isinstance(value, list):
                nxt.extend((f"{here}[{i}]", item) for i, item in enumerate(value))
        holders = nxt
    for path, holder in holders:
        if (isinstance(holder, dict) and last in holder) or isinstance(holder, BaseModel):
            yield (f"{path}.{last}" if path else last), holder, last


def party_refs(a: Answers, fields: tuple[str, ...] = PARTY_REF_FIELDS) -> list[tuple[str, str]]:
    """``(path, short name)`` for every party reference the answers make in ``fields``, in
    their order; unset fields and ``NOT_A_PARTY`` values are left out."""
    out: list[tuple[str, str]] = []
    for field in fields:
        for path, holder, key in ref_slots(a, field):
            name = _get(holder, key)
            if isinstance(name, str) and name not in NOT_A_PARTY.get(field, ()):
                out.append((path, name))
    return out


def _get(holder: object, key: str) -> object:
    if isinstance(holder, dict):
        return holder.get(key)
    return getattr(holder, key, None) if isinstance(holder, BaseModel) else None


def cross_field_problems(a: Answers) -> list[tuple[str, str]]:
    """Checks that span fields, as (field path, reason) pairs."""
    out: list[tuple[str, str]] = []
    names = [p.short_name for p in a.parties]
    known = set(names)
    for i, name in enumerate(names):
        if names.index(name) != i:
            out.append((f"parties[{i}].short_name", f"'{name}' is used by another party"))

    def check(field: str, twice: str = "") -> None:
        """Each reference in ``field`` names a party; with ``twice``, no party comes twice."""
        assert field in PARTY_REF_FIELDS, field
        seen: set[str] = set()
        for path, name in party_refs(a, (field,)):
            if name not in known:
                choices = ", ".join(f"'{n}'" for n in names)
                out.append((path, f"no party named '{name}' (the parties are {choices})"))
            if twice and name in seen:
                out.append((path, twice.format(name)))
            seen.add(name)

    check("roles[].party", "'{}' has two role entries; merge them")

    def shares(path: str, items: list[Share]) -> None:
        check(f"{path}[].party", "'{}' has two shares")
        total = round(sum(s.percent for s in items), 6)
        if items and total != 100:
            out.append((path, f"percentages sum to {_num(total)}; they must sum to 100"))

    ps = a.financial.profit_sharing
    if ps is not None:
        shares("financial.profit_sharing.shares", ps.shares)
    if a.financial.costs == "shared":
        if not a.financial.cost_shares:
            out.append(
                ("financial.cost_shares", "costs are 'shared', so give each party's percent")
            )
        shares("financial.cost_shares", a.financial.cost_shares)
    elif a.financial.cost_shares:
        out.append(("financial.cost_shares", "given, but financial.costs is not 'shared'"))

    if a.ip is not None and a.ip.foreground == "party" and a.ip.foreground_owner is None:
        out.append(("ip.foreground_owner", "foreground is 'party', so name the owning party"))
    check("ip.foreground_owner")
    check("personal_data.controller")
    for field in mt.TYPE_PARTY_REF_FIELDS:
        check(field)
    out.extend(mt.type_problems(a))

    d = a.dispute
    if d is not None:
        if d.forum == "arbitration" and d.arbitration is None:
            out.append(
                ("dispute.arbitration", "forum is 'arbitration', so give institution and seat")
            )
        if d.forum == "court" and not d.court:
            out.append(("dispute.court", "forum is 'court', so name the court"))
    if a.term is not None and a.term.renewal == "automatic" and a.term.renewal_years is None:
        out.append(("term.renewal_years", "renewal is 'automatic', so say for how many years"))
    out.extend(_missing_languages(a))
    return out


def _missing_languages(a: Answers) -> list[tuple[str, str]]:
    """Every text shown in the document must exist in each of its languages."""
    out: list[tuple[str, str]] = []

    def walk(value: object, path: str) -> None:
        if isinstance(value, TextMap):
            for lang in a.langs:
                if not getattr(value, lang):
                    out.append((path, f"the document is '{a.language}', so give the '{lang}' text"))
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name), f"{path}.{name}" if path else name)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{path}[{i}]")

    walk(a, "")
    return out


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
