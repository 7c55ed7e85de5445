"""The interview's data (questions, defaults) and its pure parts (parsing, saving, walking)."""

from __future__ import annotations

import re
import typing

import pytest
import yaml

from mou_cli.answers import load, validate
from mou_cli.examples import all_examples
from mou_cli.interview import defaults, store
from mou_cli.interview.checks import _adapter, field_values, model_problem
from mou_cli.interview.conditions import TYPE_NAMES, guess_kind, short_name
from mou_cli.interview.parsing import (
    Invalid,
    parse_date,
    parse_email,
    parse_int,
    parse_money,
    parse_number,
    parse_percent,
)
from mou_cli.interview.parties import drop_party, rename_party
from mou_cli.interview.questions import TOPICS, topic, topic_of
from mou_cli.interview.spec import OTHER, Group, Q, Titled, leaves
from mou_cli.interview.state import Ctx, State
from mou_cli.interview.walk import Walker
from mou_cli.messages import msg
from mou_cli.model import NOT_A_PARTY, PartnershipType


def every_question():
    """(model path, question) for every question, groups flattened (``parties[].name``)."""

    def walk(items, prefix):
        for item in leaves(items):
            if isinstance(item, Group):
                yield from walk(item.questions, f"{prefix}{item.path}[].")
            else:
                yield f"{prefix}{item.path}", item

    for t in TOPICS:
        yield from walk(t.items, "")


QUESTIONS = list(every_question())


@pytest.mark.parametrize("path,q", QUESTIONS, ids=[p for p, _ in QUESTIONS])
def test_each_question_fills_a_field_of_the_answers_model(path, q: Q):
    if path.startswith("_interview."):
        return  # interview-only notes, used for suggestions
    shape = _adapter(f"{path}[]" if q.kind in ("list", "shares") else path)
    assert shape is not None, f"{path} is not a field of the answers model"


@pytest.mark.parametrize("path,q", QUESTIONS, ids=[p for p, _ in QUESTIONS])
def test_each_question_speaks_both_languages(path, q: Q):
    for text in (q.prompt, q.help, q.label, *(c.title for c in _static_choices(path, q))):
        if text is not None:
            assert text.get("id") and text.get("en"), path


@pytest.mark.parametrize("path,q", QUESTIONS, ids=[p for p, _ in QUESTIONS])
def test_each_choice_is_a_value_the_model_accepts(path, q: Q):
    if q.kind == "checkbox":
        return
    for choice in _static_choices(path, q):
        if choice.value == OTHER or choice.value in NOT_A_PARTY.get(path, ()):
            continue
        if choice.value is None and q.optional:
            continue
        assert model_problem(path, choice.value) is None, (path, choice.value)


@pytest.mark.parametrize("path,q", QUESTIONS, ids=[p for p, _ in QUESTIONS])
def test_each_value_the_model_allows_has_a_title(path, q: Q):
    """A choice's values come from the model's types; the interview titles every one (None,
    leaving an optional field out, is offered only when titled)."""
    if not isinstance(q.choices, Titled):
        return
    values = field_values(path)
    assert values, f"{path}: the model gives no values to choose from"
    untitled = [v for v in values if v is not None and v not in q.choices.titles]
    assert not untitled, f"{path}: no title for {untitled}"


@pytest.mark.parametrize("path,q", QUESTIONS, ids=[p for p, _ in QUESTIONS])
def test_choices_for_a_field_with_fixed_values_come_from_the_model(path, q: Q):
    if q.kind in ("select", "checkbox") and field_values(path):
        assert isinstance(q.choices, Titled), f"{path}: take the values from the model"


def test_a_value_without_a_title_is_still_offered_under_its_name():
    choices = Titled({"b": msg("Bé", "Bee"), "x": msg("X", "X")}).choices(("a", "b", None))
    assert [(c.value, c.title["en"]) for c in choices] == [("b", "Bee"), ("a", "a")]


def test_the_values_a_field_allows_come_from_its_type():
    assert field_values("governance.meetings") == ("weekly", "monthly", "quarterly")
    assert field_values("ip.publications") == ("allowed_after_review", "not_allowed", None)
    assert field_values("parties[3].kind")[0] == "company"
    assert field_values("termination.survive") == ("confidentiality", "ip", "dispute")
    assert field_values("binding") == (False, True)
    assert field_values("dispute.arbitration.arbitrators") == (1, 3)
    assert field_values("place") == () and field_values("no.such.field") == ()


def _static_choices(path: str, q: Q):
    if isinstance(q.choices, Titled):
        return q.choices.choices(field_values(path))
    return [] if callable(q.choices) else list(q.choices)


TYPES = typing.get_args(PartnershipType)


def test_every_partnership_type_has_defaults_suggestions_and_a_name():
    assert set(defaults.FIELDS) == set(TYPES) == set(defaults.SUGGEST) == set(TYPE_NAMES)


@pytest.mark.parametrize("type_", TYPES)
def test_type_defaults_are_valid_answers(type_):
    sole = Ctx({"type": type_, "distribution": {"exclusivity": "sole"}})
    for path in {*defaults.COMMON, *defaults.FIELDS[type_]}:
        value = defaults.field_default(type_, path)
        value = value(sole) if callable(value) else value
        if path == "financial.profit_sharing":
            assert isinstance(value, bool)  # the answer to "share profits?"
        else:
            assert model_problem(path, value) is None, (type_, path, value)


def test_type_defaults_differ_where_the_issue_says():
    community, jv = defaults.FIELDS["community"], defaults.FIELDS["joint_venture"]
    term = defaults.FIELDS["distribution"]["term.years"]  # a sole appointment: 5 years at least
    assert term(Ctx({"distribution": {"exclusivity": "sole"}})) == 5
    assert term(Ctx({"distribution": {"exclusivity": "non_exclusive"}})) == 3
    assert community["financial.costs"] == "shared"
    assert jv["governance.committee"] and jv["governance.decisions"] == "majority"
    assert defaults.SUGGEST["joint_venture"]["contribution"]["en"] == "Capital contribution"


PARSED = [
    (parse_date, "2027-03-31", "2027-03-31"),
    (parse_date, "31/03/2027", "2027-03-31"),
    (parse_date, "31-03-2027", "2027-03-31"),
    (parse_email, " a.b@c.co.id ", "a.b@c.co.id"),
    (parse_int, "30", 30),
    (parse_int, "1.000", 1000),
    (parse_number, "750.000.000", 750_000_000),
    (parse_number, "4,000,000,000", 4_000_000_000),
    (parse_money, "Rp 1.500.000,50", {"amount": 1_500_000.5, "currency": "IDR"}),
    (parse_number, "1,5", 1.5),
    (parse_number, "250000", 250_000),
    (parse_percent, "33,5%", 33.5),
    (parse_percent, "0", 0),
]
REFUSED = [
    (parse_date, "31/02/2027"),
    (parse_date, "besok"),
    (parse_email, "rina@"),
    (parse_email, "rina tani@x.id"),
    (parse_int, "-3"),
    (parse_int, "tiga"),
    (parse_number, "-5"),
    (parse_number, "0"),
    (parse_number, "lima"),
    (parse_percent, "101"),
    (parse_percent, "separuh"),
]


@pytest.mark.parametrize("parse,text,value", PARSED)
def test_typed_text_becomes_a_value(parse, text, value):
    assert parse(text) == value


@pytest.mark.parametrize("parse,text", REFUSED)
def test_typed_text_is_refused_in_both_languages(parse, text):
    with pytest.raises(Invalid) as exc:
        parse(text)
    assert exc.value.msg["id"] and exc.value.msg["en"]


def test_the_models_own_limits_apply_to_typed_values():
    assert model_problem("term.years", 0)  # ge=1 in the model
    assert model_problem("roles[0].contributions[0].currency", "rupiah")
    assert model_problem("parties[1].contact.email", "x@") is not None
    assert model_problem("parties[1].contact.email", "x@y.id") is None


@pytest.mark.parametrize(
    "name,kind,short",
    [
        ("PT Tani Maju Sejahtera", "company", "Tani Maju Sejahtera"),
        ("Nordlys Renewables AS", "company", "Nordlys Renewables"),
        ("AquaFlow Technologies Pte. Ltd.", "company", "AquaFlow Technologies"),
        ("Universitas Gadjah Mada", "university", "Universitas Gadjah Mada"),
        ("Yayasan Cahaya Nusantara", "nonprofit", "Yayasan Cahaya Nusantara"),
        ("Koperasi Nelayan Sejahtera", "cooperative", "Koperasi Nelayan Sejahtera"),
        ("Pemerintah Kabupaten Kupang", "government", "Pemerintah Kabupaten Kupang"),
    ],
)
def test_party_kind_and_short_name_are_guessed_from_the_name(name, kind, short):
    ctx = Ctx({}, item={"name": name})
    assert guess_kind(ctx) == kind and short_name(ctx) == short


def test_problem_fields_lead_to_their_topic():
    assert topic_of("parties[1].contact.email").id == "parties"
    assert topic_of("financial.cost_shares").id == "financial"
    assert topic_of("evaluation").id == "governance"
    assert topic_of("dispute.arbitration").id == "dispute"


@pytest.mark.parametrize("name", sorted(all_examples()))
def test_a_saved_answers_file_reads_back_to_the_same_answers(name, tmp_path):
    path = all_examples()[name][0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = store.answers_yaml(store.finish(data))
    saved = tmp_path / "x.answers.yaml"
    saved.write_text(text, encoding="utf-8")
    assert load(saved).answers == load(path).answers
    assert "date: 20" in text and "'20" not in text.split("parties:")[0]  # dates unquoted


def test_progress_is_saved_and_read_back(tmp_path):
    state = State({"schema": 1, "language": "en", "parties": [{"name": "A"}]}, {"language"}, "id")
    path = tmp_path / ".mou-interview.yaml"
    store.save(path, state)
    again, in_progress = store.load(path)
    assert in_progress and again.data == state.data and again.done == {"language"}
    assert again.ui_lang == "id"
    assert "mou new --resume" in path.read_text(encoding="utf-8")


def test_an_answers_file_can_be_resumed_but_junk_cannot(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("schema: 1\nlanguage: id\n", encoding="utf-8")
    state, in_progress = store.load(path)
    assert not in_progress and state.data["language"] == "id" and not state.done
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(Exception, match="neither an interview"):
        store.load(path)


def test_finish_drops_interview_notes_and_empty_roles():
    data = {
        "language": "id",
        "_interview": {"territory": "Jawa Timur"},
        "roles": [{"party": "A"}, {"party": "B", "responsibilities": ["x"]}],
    }
    out = store.finish(data)
    assert list(out)[:2] == ["schema", "language"]
    assert "_interview" not in out and out["roles"] == [{"party": "B", "responsibilities": ["x"]}]


def test_a_renamed_or_removed_party_is_followed_everywhere():
    data = {
        "roles": [{"party": "A"}, {"party": "B"}],
        "financial": {
            "cost_shares": [{"party": "A", "percent": 50}, {"party": "B", "percent": 50}]
        },
        "ip": {"foreground": "party", "foreground_owner": "A"},
    }
    rename_party(data, "A", "Alpha")
    assert [r["party"] for r in data["roles"]] == ["Alpha", "B"]
    assert data["financial"]["cost_shares"][0]["party"] == "Alpha"
    assert data["ip"]["foreground_owner"] == "Alpha"
    drop_party(data, "Alpha")
    assert data["roles"] == [{"party": "B"}] and "foreground_owner" not in data["ip"]
    assert data["financial"]["cost_shares"] == [{"party": "B", "percent": 50}]


@pytest.mark.parametrize("name", sorted(all_examples()))
def test_every_bundled_example_opens_for_editing_as_valid_answers(name):
    """--edit marks an answers file as answered; the review screen lists it without change."""
    path = all_examples()[name][0]
    state, _ = store.load(path)
    walker = Walker(state)
    for t in TOPICS:
        walker.run(t, "mark")
    rows = [r for t in TOPICS for r in walker.run(t, "show") if not r.action and not r.empty]
    assert len(rows) > 20 and all(r.label and r.value for r in rows)
    validate(store.finish(state.data))
    assert "parties[0].name" in state.done and "dispute.forum" in state.done


# --- the terms of each partnership type ----------------------------------------------------------

TYPE_BLOCK_KEYS = {
    "distribution",
    "joint_venture",
    "supply_chain",
    "marketing",
    "technology",
    "community",
    "strategic",
}
# What ../shared/spec/partnership-types.md lets a non-binding MoU state, by type ("MoU vs PKS"):
# products and territory as intent and a binding exclusivity to negotiate; a JV term sheet
# (vehicle, capital, stakes, board); the goods and their qualification; the kind of technology
# cooperation; aims and beneficiaries; a strategic alliance's planning and non-solicitation.
# Everything else of a type (prices, payment, penalties, licences, fees, grants, reports, audits)
# belongs in a binding agreement and is never asked for an MoU.
IN_AN_MOU = {
    "distribution": {
        "products", "territory", "principal", "distributor", "role", "exclusivity",
        "reserved_channels", "exclusive_negotiation_days",
    },
    "joint_venture": {
        "vehicle", "authorised_capital", "company_name", "kbli", "paid_up_capital",
        "shareholding", "directors", "commissioners", "board_seats", "exclusive_negotiation_days",
    },
    "supply_chain": {"goods", "supplier", "buyer", "specifications", "sni", "halal"},
    "marketing": set(),
    "technology": {"subtype", "licensor", "licensee"},
    "community": {"beneficiaries", "location", "vulnerable_groups", "safeguarding"},
    "strategic": {
        "fields", "competitors", "definitive_agreements", "non_solicitation",
        "non_solicit_months",
    },
}  # fmt: skip

# Answers under which every follow-up question of a type applies (a licence, a grant, a fee...).
EVERYTHING = {
    "distribution": {
        "principal": "A", "distributor": "B", "exclusivity": "sole", "role": "distributor",
        "minimum_purchase": {"amount": 1, "currency": "IDR"}, "price_basis": "price_list_discount",
        "incoterm": {"rule": "CIF"}, "regulated": "bpom", "post_termination_stock": "sell_off",
    },
    "joint_venture": {"vehicle": "new_pt", "rofr": True},
    "supply_chain": {"price_adjustment": "index"},
    "marketing": {"marks": [{"mark": "X", "owner": "A"}], "money": "fee"},
    "technology": {"subtype": "licence", "royalty": {"running_percent": 3}},
    "community": {"grant": {"amount": 1, "currency": "IDR"}},
    "strategic": {"non_solicitation": True},
}  # fmt: skip


def _terms_questions():
    """(model path, question, its ``when``s from the outside in) of the terms topic."""

    def walk(items, prefix, whens):
        for item in leaves(items):
            if isinstance(item, Group):
                yield from walk(item.questions, f"{prefix}{item.path}[].", (*whens, item.when))
            else:
                yield f"{prefix}{item.path}", item, (*whens, item.when)

    yield from walk(topic("terms").items, "", ())


TERMS_QUESTIONS = list(_terms_questions())


def _ctx(type_: str, binding: bool, **data) -> Ctx:
    parties = [{"short_name": "A", "kind": "company"}, {"short_name": "B", "kind": "nonprofit"}]
    base = {"type": type_, "binding": binding, "parties": parties, **data}
    return Ctx(base, item={"mark": "X", "owner": "A"})


def _applies(whens, ctx: Ctx) -> bool:
    return all(w is None or w(ctx) for w in whens)


def test_every_type_has_terms_questions_and_only_its_own_block():
    heads = {path.split(".")[0] for path, _, _ in TERMS_QUESTIONS}
    assert heads == TYPE_BLOCK_KEYS
    for path, _q, whens in TERMS_QUESTIONS:
        head = path.split(".")[0]
        assert whens[-1] is not None or len(whens) > 1, f"{path}: asked for every type"
        for type_ in TYPES:
            for binding in (False, True):
                ctx = _ctx(type_, binding, **{head: EVERYTHING[head]})
                if type_ != head:
                    assert not _applies(whens, ctx), f"{path} asked for {type_}"


@pytest.mark.parametrize("type_", sorted(TYPE_BLOCK_KEYS))
def test_an_mou_is_asked_only_what_the_spec_lets_an_mou_state(type_):
    mou, pks = (
        _ctx(type_, False, **{type_: EVERYTHING[type_]}),
        _ctx(type_, True, **{type_: EVERYTHING[type_]}),
    )
    in_mou = {p.split(".")[1].split("[")[0] for p, _, w in TERMS_QUESTIONS if _applies(w, mou)}
    in_pks = {p.split(".")[1].split("[")[0] for p, _, w in TERMS_QUESTIONS if _applies(w, pks)}
    assert in_mou <= IN_AN_MOU[type_], in_mou - IN_AN_MOU[type_]
    assert in_mou == IN_AN_MOU[type_]  # and every term an MoU may state is asked
    assert in_mou - {"exclusive_negotiation_days"} <= in_pks  # that one binds in an MoU only
    if type_ != "strategic":  # an alliance states the same either way
        assert in_pks - in_mou, f"{type_}: a binding agreement asks for more than an MoU"
    commercial = {"price_basis", "payment_days", "late_penalty_percent", "royalty", "grant",
                  "fee", "minimum_purchase", "incoterm", "tranches", "audit_right"}  # fmt: skip
    assert not in_mou & commercial, in_mou & commercial


def test_a_type_question_names_its_law_only_as_the_spec_verified_it():
    """Help texts cite only statutes the spec marks OK (statute text read)."""
    cited = {
        "PP 29/2021", "UU 5/1999", "Law 5/1999", "UU 25/2007", "Law 25/2007", "UU 40/2007",
        "Law 40/2007", "UU 20/2016", "Law 20/2016", "UU 13/2016", "Law 13/2016", "UU 20/2008",
        "Law 20/2008",
    }  # fmt: skip
    found = set()
    for _, q, _ in TERMS_QUESTIONS:
        for text in (q.prompt, q.help):
            for lang in ("id", "en") if text else ():
                found |= set(re.findall(r"(?:UU|Law|PP) \d+/\d{4}", text[lang]))
    assert found and found <= cited, found - cited


def test_paid_up_capital_is_checked_against_the_authorised_capital():
    from mou_cli.interview.conditions_types import paid_up, paid_up_check

    x = Ctx({"joint_venture": {"authorised_capital": {"amount": 4_000, "currency": "IDR"}}})
    assert paid_up(x) == {"amount": 1_000, "currency": "IDR"}
    assert paid_up_check({"amount": 1_000, "currency": "IDR"}, x) is None
    too_little = paid_up_check({"amount": 999, "currency": "IDR"}, x)
    assert "25%" in too_little["id"] and "Pasal 33" in too_little["id"] and too_little["en"]
    assert "melebihi" in paid_up_check({"amount": 5_000, "currency": "IDR"}, x)["id"]
    assert "IDR" in paid_up_check({"amount": 2_000, "currency": "USD"}, x)["en"]


def test_the_parties_a_type_suggests_for_its_roles():
    from mou_cli.interview.conditions_types import grantor, incoterm_rule, other_than, principal

    parties = [
        {"short_name": "Mitra", "kind": "company", "jurisdiction": "Indonesia"},
        {"short_name": "Hanbit", "kind": "company", "jurisdiction": "Korea Selatan"},
        {"short_name": "Yayasan", "kind": "nonprofit", "jurisdiction": "Indonesia"},
    ]
    x = Ctx({"parties": parties, "distribution": {"principal": "Hanbit"}})
    assert principal(x) == "Hanbit" and other_than("distribution.principal")(x) == "Mitra"
    assert incoterm_rule(x) == "CIF"  # goods from abroad
    x.data["distribution"]["principal"] = "Mitra"
    assert incoterm_rule(x) == "DAP"
    assert grantor(Ctx({"parties": parties[::-1]})) == "Hanbit"  # a company gives, not a yayasan
