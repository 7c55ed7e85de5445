"""Per-type terms of the answers model: one optional block per partnership type.

A distribution agreement needs products, an appointment, prices and Incoterms; a joint venture
needs capital, a board and transfer rules; and so on (``../shared/spec/partnership-types.md``).
Each type's terms live under a key named after the type (``distribution:``, ``joint_venture:``,
...). Every block is optional and every field in it has a default or is optional, so a schema-1
answers file written before these blocks existed still drafts; the checklist then marks the
type's terms missing. A block for another type than ``type`` is an error. Party fields hold a
party's ``short_name`` and are checked with the others (``TYPE_PARTY_REF_FIELDS``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from mou_cli.model_base import MAX_AMOUNT, Strict, Text

Days = Annotated[int, Field(gt=0, le=365)]
Percent = Annotated[float, Field(gt=0, le=100, allow_inf_nan=False)]
Amount = Annotated[float, Field(gt=0, lt=MAX_AMOUNT, allow_inf_nan=False)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Consent = Literal["with_consent", "allowed", "not_allowed"]
Period = Literal["monthly", "quarterly", "semiannually"]
INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")


class Money(Strict):
    amount: Amount
    currency: Currency = "IDR"


class Incoterm(Strict):
    """An Incoterms 2020 rule and its named place ("CIF", "Pelabuhan Makassar")."""

    rule: Literal["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]
    place: Text = Field(description="the named place or port")


class MinimumPurchase(Strict):
    """What the distributor buys at least each contract year: a quantity or a value."""

    quantity: Annotated[int, Field(gt=0, lt=MAX_AMOUNT)] | None = None
    unit: Text | None = Field(default=None, description="what the quantity counts ('unit')")
    amount: Amount | None = None
    currency: Currency | None = None
    on_failure: Literal["lose_exclusivity", "terminate", "none"] = "lose_exclusivity"

    @model_validator(mode="after")
    def _one_measure(self) -> MinimumPurchase:
        if (self.quantity is None) == (self.amount is None):
            raise ValueError("give either a quantity (with its unit) or an amount, not both")
        if self.amount is not None and self.currency is None:
            raise ValueError("an amount needs a currency (a three-letter code such as IDR)")
        return self


class Distribution(Strict):
    """Distribution terms (Permendag 24/2021, PP 29/2021 Ps.35; spec §1)."""

    principal: str = Field(description="the supplying party's short_name")
    distributor: str = Field(description="the appointed party's short_name")
    role: Literal["distributor", "agent"] = "distributor"
    products: list[Text] = Field(default=[], description="the products, by brand and type")
    territory: list[Text] = Field(default=[], description="provinces, regencies, countries")
    exclusivity: Literal["exclusive", "sole", "non_exclusive"] = "non_exclusive"
    reserved_channels: list[Text] = Field(default=[], description="sales the principal keeps")
    minimum_purchase: MinimumPurchase | None = None
    price_basis: Literal["price_list_discount", "cost_plus", "fixed", "to_be_agreed"] | None = None
    discount_percent: Percent | None = None
    commission_percent: Percent | None = Field(default=None, description="agent only")
    price_notice_days: Days = 30
    currency: Currency = "IDR"
    payment_days: Days = 30
    payment_method: Literal["bank_transfer", "letter_of_credit", "giro"] = "bank_transfer"
    order_acceptance_days: Annotated[int, Field(gt=0, le=60)] = 5
    forecast: Literal["monthly", "quarterly"] = "quarterly"
    incoterm: Incoterm | None = None
    inspection_days: Days = 7
    warranty_months: Annotated[int, Field(gt=0, le=120)] = 12
    warranty_remedy: list[Literal["repair", "replace", "credit"]] = Field(
        default=["repair", "replace"], min_length=1, max_length=3
    )
    spare_parts_years: Annotated[int, Field(gt=0, le=30)] | None = None
    recall_notice_hours: Annotated[int, Field(gt=0, le=168)] = 24
    regulated: Literal["none", "medical_device", "bpom", "other"] | None = Field(
        default=None, description="whether the products need a marketing authorisation"
    )
    registration_holder: Literal["principal", "distributor", "third_party"] | None = None
    registration_transfer: bool = True
    stp_by: Literal["principal", "distributor"] = "distributor"
    sub_distributors: Consent = "with_consent"
    competing_products: Consent = "with_consent"
    reporting: Literal["monthly", "quarterly"] = "monthly"
    post_termination_stock: Literal["buy_back", "sell_off", "none"] = "buy_back"
    sell_off_months: Annotated[int, Field(gt=0, le=24)] = 6
    exclusive_negotiation_days: Days | None = Field(
        default=None, description="MoU only: a binding period of exclusive negotiation"
    )

    @model_validator(mode="after")
    def _discount_with_price_list(self) -> Distribution:
        if self.discount_percent is not None and self.price_basis != "price_list_discount":
            raise ValueError("discount_percent needs price_basis: price_list_discount")
        return self


class Holding(Strict):
    party: str
    percent: Percent


class JointVenture(Strict):
    """Joint venture terms (UUPT, UU 25/2007; spec §2)."""

    vehicle: Literal["new_pt", "existing_pt", "unincorporated"] = "new_pt"
    company_name: str | None = Field(default=None, description="the (proposed) company's name")
    kbli: list[Annotated[str, Field(pattern=r"^\d{5}$")]] = []
    authorised_capital: Money | None = None
    paid_up_capital: Money | None = None
    shareholding: list[Holding] = []
    in_kind_valuation: Literal["independent_appraiser", "agreed"] = "independent_appraiser"
    further_funding: Literal["pro_rata", "by_agreement"] = "pro_rata"
    directors: Annotated[int, Field(ge=1, le=20)] | None = None
    commissioners: Annotated[int, Field(ge=1, le=20)] | None = None
    board_seats: Literal["by_stake", "equal"] = "by_stake"
    reserved_matters: list[Text] = Field(default=[], description="added to the built-in list")
    deadlock: Literal["put_call", "buy_sell", "dissolve", "escalate_only"] = "put_call"
    lock_up_years: Annotated[int, Field(ge=0, le=20)] = 3
    rofr: bool = True
    rofr_days: Days = 30
    tag_along: bool = True
    drag_along: bool = False
    change_of_control: bool = True
    dividend_policy: Text | None = None
    non_compete_years: Annotated[int, Field(ge=0, le=5)] = 1
    conditions_precedent: list[Text] = []
    long_stop_months: Annotated[int, Field(gt=0, le=36)] = 6
    exclusive_negotiation_days: Days | None = None


class SupplyChain(Strict):
    """Supply terms (UU 20/2014, UU 7/2014, UU 20/2008; spec §7)."""

    supplier: str
    buyer: str
    goods: list[Text] = []
    specifications: Text | None = Field(default=None, description="the specification annex")
    sni: bool = False
    halal: bool = False
    forecast_months: Annotated[int, Field(gt=0, le=24)] = 3
    forecast_binding_months: Annotated[int, Field(ge=0, le=12)] = 1
    lead_time_days: Days | None = None
    price_fixed_months: Annotated[int, Field(gt=0, le=60)] = 12
    price_adjustment: Literal["by_agreement", "index"] = "by_agreement"
    price_index: Text | None = None
    payment_days: Days = 30
    incoterm: Incoterm | None = None
    inspection_days: Annotated[int, Field(gt=0, le=60)] = 3
    deemed_acceptance: bool = True
    aql: str | None = Field(default=None, description="sampling plan, e.g. 'AQL 1.0'")
    replace_days: Days = 7
    late_penalty_percent: Annotated[float, Field(gt=0, le=5, allow_inf_nan=False)] = 0.1
    late_penalty_cap_percent: Percent | None = 5
    subcontracting: Consent = "with_consent"
    continuity_notice_months: Annotated[int, Field(gt=0, le=24)] = 6
    umkm_partner: bool = Field(default=False, description="the supplier is a UMKM (UU 20/2008)")


class Mark(Strict):
    owner: str
    mark: str = Field(min_length=1, max_length=200)
    registration: str | None = Field(default=None, description="DJKI registration number")


class Marketing(Strict):
    """Co-marketing terms (UU 20/2016, UU 8/1999; spec §3)."""

    marks: list[Mark] = []
    media: list[Text] = []
    territory: Text | None = None
    record_licence: bool = True
    approval_days: Annotated[int, Field(gt=0, le=60)] = 5
    brand_guidelines: Text | None = Field(
        default=None,
        description="the brand guidelines the materials follow, by name and version "
        "('Pedoman Merek Batik Pesisir 2027'); none: each owner hands over its own",
    )
    campaign: list[Text] = []
    money: Literal["cost_split", "fee", "revenue_share"] = "cost_split"
    fee: Money | None = None
    fee_payer: str | None = None
    content_owner: str | None = Field(default=None, description="a short_name, or 'joint'")
    composite_logo_owner: str | None = None
    takedown_days: Days = 30
    consumer_data: bool = False

    @model_validator(mode="after")
    def _fee(self) -> Marketing:
        if self.money == "fee" and (self.fee is None or self.fee_payer is None):
            raise ValueError("money is 'fee', so give fee and fee_payer")
        return self


class Royalty(Strict):
    upfront: Money | None = None
    running_percent: Percent | None = None
    minimum: Money | None = None
    reports: Literal["quarterly", "semiannually", "annually"] = "quarterly"


class Technology(Strict):
    """Technology terms (UU 13/2016, UU 28/2014, PP 36/2018; spec §4)."""

    subtype: Literal["development", "licence", "data"] | None = None
    licensor: str | None = None
    licensee: str | None = None
    licensed_ip: list[Text] = Field(default=[], description="each right with its number")
    licence_scope: Literal["exclusive", "sole", "non_exclusive"] = "non_exclusive"
    sublicence: bool = False
    field_of_use: Text | None = None
    licence_territory: Text | None = None
    royalty: Royalty | None = None
    annuity_payer: Literal["licensor", "licensee"] = "licensor"
    recording_by: Literal["licensor", "licensee"] = "licensee"
    improvements: Literal["grant_back_non_exclusive", "grant_back_exclusive", "none"] = (
        "grant_back_non_exclusive"
    )
    milestones: list[Text] = []
    acceptance_days: Annotated[int, Field(gt=0, le=60)] = 10
    deemed_acceptance: bool = True
    source_escrow: bool = False

    @model_validator(mode="after")
    def _licence_parties(self) -> Technology:
        if self.subtype == "licence" and (self.licensor is None or self.licensee is None):
            raise ValueError("subtype is 'licence', so name the licensor and the licensee")
        return self


class Tranche(Strict):
    percent: Percent
    condition: Text


class Community(Strict):
    """Community and grant terms (UU 16/2001, UU 17/2013; spec §5)."""

    partner_form: Literal["yayasan", "perkumpulan", "ormas", "community", "foreign_ngo"] | None = (
        None
    )
    grantor: str | None = None
    grantee: str | None = None
    beneficiaries: list[Text] = []
    location: Text | None = None
    grant: Money | None = None
    tranches: list[Tranche] = []
    eligible_costs: list[Text] = []
    separate_account: bool = True
    narrative_reports: Period = "quarterly"
    financial_reports: Period = "semiannually"
    audit_right: bool = True
    assets_after: Literal["community", "grantee", "grantor"] | None = None
    safeguarding: bool = True
    vulnerable_groups: bool = Field(default=False, description="children or vulnerable adults")
    exit_plan: Text | None = None

    @model_validator(mode="after")
    def _grant(self) -> Community:
        if self.grant is not None and (self.grantor is None or self.grantee is None):
            raise ValueError("a grant is given, so name the grantor and the grantee")
        if self.tranches and round(sum(t.percent for t in self.tranches), 6) != 100:
            raise ValueError("the tranches' percentages must sum to 100")
        return self


class Strategic(Strict):
    """Strategic alliance terms (UU 5/1999, KUHPer 1618; spec §6)."""

    fields: list[Text] = Field(default=[], description="the fields of cooperation")
    competitors: bool = Field(default=False, description="the parties compete with each other")
    non_solicitation: bool = False
    non_solicit_months: Annotated[int, Field(gt=0, le=36)] = 12
    definitive_agreements: list[Text] = Field(default=[], description="the documents to follow")


TYPE_BLOCKS = (
    "distribution",
    "joint_venture",
    "supply_chain",
    "marketing",
    "technology",
    "community",
    "strategic",
)
"""The answers keys of the per-type blocks; each is named after the type it belongs to."""

TYPE_PARTY_REF_FIELDS: tuple[str, ...] = (
    "distribution.principal",
    "distribution.distributor",
    "joint_venture.shareholding[].party",
    "supply_chain.supplier",
    "supply_chain.buyer",
    "marketing.marks[].owner",
    "marketing.fee_payer",
    "marketing.content_owner",
    "marketing.composite_logo_owner",
    "technology.licensor",
    "technology.licensee",
    "community.grantor",
    "community.grantee",
)
"""The per-type fields that name a party by its ``short_name`` (see ``PARTY_REF_FIELDS``)."""

TYPE_NOT_A_PARTY: dict[str, frozenset[str]] = {"marketing.content_owner": frozenset({"joint"})}

_PAIRS = (
    ("distribution", "principal", "distributor"),
    ("supply_chain", "supplier", "buyer"),
    ("technology", "licensor", "licensee"),
    ("community", "grantor", "grantee"),
)


def type_problems(a: Any) -> list[tuple[str, str]]:
    """Checks on the per-type blocks of answers ``a``, as (field path, reason) pairs."""
    out: list[tuple[str, str]] = []
    for key in TYPE_BLOCKS:
        if getattr(a, key) is not None and key != a.type:
            out.append((key, f"given, but type is '{a.type}'; remove it or change type"))
    for key, first, second in _PAIRS:
        block = getattr(a, key)
        one, other = (getattr(block, first), getattr(block, second)) if block else (None, None)
        if one is not None and one == other:
            out.append((f"{key}.{second}", f"the {first} and the {second} must be two parties"))
    jv = a.joint_venture
    if jv is not None and jv.shareholding:
        total = round(sum(h.percent for h in jv.shareholding), 6)
        if total != 100:
            shown = int(total) if float(total).is_integer() else total
            out.append(
                ("joint_venture.shareholding", f"percentages sum to {shown}; they must sum to 100")
            )
        names = [h.party for h in jv.shareholding]
        for i, name in enumerate(names):
            if names.index(name) != i:
                out.append((f"joint_venture.shareholding[{i}].party", f"'{name}' comes twice"))
    return out


def document_key(a: Any) -> str:
    """Which name the document has (a key of ``names`` in ``templates/agreement.yaml``): ``mou``
    for a non-binding text, else the type, refined for technology and community terms."""
    if not a.binding:
        return "mou"
    if a.type == "distribution":
        return deal_key(a)
    if a.type == "technology" and a.technology is not None and a.technology.subtype:
        return f"technology_{a.technology.subtype}"
    if a.type == "community" and a.community is not None and a.community.grant is not None:
        return "community_grant"
    return str(a.type)


def deal_key(a: Any) -> str:
    """Which defined name the cooperation has (a key of ``deal`` in the skeleton): the type,
    or ``distribution_agent`` for an agent that sells in the principal's name."""
    if a.type == "distribution" and a.distribution is not None and a.distribution.role == "agent":
        return "distribution_agent"
    return str(a.type)
