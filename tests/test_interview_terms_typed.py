"""Type terms as people type them (issues 15 and 16, the residuals): type names and titles
that never say "partnership" in English, a minimum purchase as a quantity with its unit or as a
value, a currency in any case, a goal deadline before the signing date refused when typed,
and a marketing agreement's brand guidelines."""

from __future__ import annotations

import datetime as dt
import re
import typing

import pytest
from interview_keys import Pick, Tick, Type, run_interview
from test_interview_terminal import DISTRIBUTION

from mou_cli.answers import load
from mou_cli.answers.validation import deadline_problems
from mou_cli.examples import all_examples
from mou_cli.interview import defaults, store
from mou_cli.interview.asking import Prompt, enter
from mou_cli.interview.conditions import TYPE_NAMES, deadline_after_signing
from mou_cli.interview.parsing import Invalid, echo, parse_currency, parse_measure
from mou_cli.interview.questions import TOPICS, topic
from mou_cli.interview.state import Ctx, State
from mou_cli.interview.walk import Walker
from mou_cli.model import PartnershipType

TYPES = typing.get_args(PartnershipType)


# --- names ---------------------------------------------------------------------------------


def test_every_type_is_named_and_titled_without_partnership_in_english():
    assert set(TYPE_NAMES) == set(defaults.TITLES) == set(TYPES)
    for name in (*TYPE_NAMES.values(), *defaults.TITLES.values()):
        assert "partnership" not in name["en"].lower(), name
        assert "kemitraan" not in name["id"].lower(), name  # the UMKM law's own term
        assert name["id"] != name["en"]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("type_", TYPES)
def test_the_suggested_title_is_the_types_subject_in_the_documents_language(type_, lang):
    state = State({"schema": 1, "language": lang, "type": type_}, {"language", "type"})
    walker = Walker(state)
    walker.filling = True  # what Enter on every prompt would take
    walker.run(topic("basics"), "fill")
    assert state.data["title"] == defaults.TITLES[type_][lang]


# --- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,amount,currency,quantity,unit",
    [
        ("300 unit mesin", None, None, 300, "unit mesin"),
        ("1.200 ton", None, None, 1200, "ton"),
        ("2 juta botol", None, None, 2_000_000, "botol"),
        ("500 rol kain", None, None, 500, "rol kain"),  # "rol" is no currency
        ("300 m kabel", None, None, 300, "m kabel"),  # metres, not millions
        ("Rp 2 miliar", 2_000_000_000, "IDR", None, None),
        ("rp 750 juta", 750_000_000, "IDR", None, None),
        ("USD 150,000", 150_000, "USD", None, None),
        ("150.000 usd", 150_000, "USD", None, None),
        ("500 juta rupiah", 500_000_000, "IDR", None, None),
        ("750 juta", 750_000_000, None, None, None),  # an amount in rupiah, as money reads it
    ],
)
def test_a_minimum_is_a_quantity_with_its_unit_or_a_value(text, amount, currency, quantity, unit):
    assert parse_measure(text) == {
        "amount": amount,
        "currency": currency,
        "quantity": quantity,
        "unit": unit,
    }


@pytest.mark.parametrize("text", ["300", "dua ratus mesin", "1,5 ton", "0 unit", "unit"])
def test_a_minimum_without_unit_or_currency_is_refused_saying_what_would_do(text):
    with pytest.raises(Invalid) as exc:
        parse_measure(text)
    said = exc.value.msg
    assert "300 unit mesin" in said["id"] and "Rp 2 miliar" in said["id"]
    assert "300 machines" in said["en"] and "USD 150,000" in said["en"]


def test_a_quantity_is_said_back_with_its_unit():
    assert echo("measure", {"quantity": 3000, "unit": "unit mesin"}, "id") == (
        "jumlah 3.000, satuan: unit mesin"
    )
    assert echo("measure", {"amount": 2e9, "currency": "IDR"}, "en") == "IDR 2,000,000,000"


@pytest.mark.parametrize(
    "text,code",
    [("usd", "USD"), ("idr", "IDR"), ("rp", "IDR"), ("Rp.", "IDR"), ("Rupiah", "IDR"),
     ("S$", "SGD"), (" eur ", "EUR"), ("IDR", "IDR")],
)  # fmt: skip
def test_a_currency_is_read_in_any_case_or_as_its_symbol(text, code):
    assert parse_currency(text) == code


@pytest.mark.parametrize("text", ["abc", "USDD", "dollar", "ROL"])
def test_a_currency_no_country_uses_is_refused(text):
    with pytest.raises(Invalid) as exc:
        parse_currency(text)
    assert "IDR, Rp, USD" in exc.value.msg["id"] and "IDR, Rp, USD" in exc.value.msg["en"]


# --- the deadline rule ---------------------------------------------------------------------


@pytest.mark.parametrize("days", [-400, -1, 0, 1, 365])
def test_a_typed_deadline_is_refused_exactly_when_an_answers_file_would_be(days):
    a = load(all_examples()["technology-id"][0]).answers
    signed = a.date
    due = signed + dt.timedelta(days=days)
    goal = a.goals[0].model_copy(update={"deadline": due})
    shifted = a.model_copy(update={"goals": [goal]})
    refused = deadline_after_signing(due.isoformat(), Ctx({"date": signed.isoformat()}))
    assert (refused is not None) == bool(deadline_problems(shifted)) == (days < 0)
    if refused is not None:
        assert words_of(signed, "id") in refused["id"] and words_of(due, "en") in refused["en"]


def words_of(day: dt.date, lang: str) -> str:
    from mou_cli import words

    return words.date(day, lang)


# --- whole interviews ----------------------------------------------------------------------

# the two parties of the distribution interview in test_interview_terminal, typed the same way
PARTIES = {k: v for k, v in DISTRIBUTION.items() if k.startswith("parties")}


def test_a_bilingual_distribution_takes_a_quantity_a_lower_case_currency_and_a_checked_deadline(
    monkeypatch, tmp_path
):
    script = {
        "language": Pick("id-en"),
        "type": Pick("distribution"),
        "basics?": Tick("date"),
        "date": Type("31/01/2027"),
        **PARTIES,
        "distribution.products": [Type("Mesin tanam padi HT-4"), Type("HT-4 rice transplanter")],
        "distribution.territory": [Type("Provinsi Sulawesi Selatan"), Type("South Sulawesi")],
        "distribution?": [
            Tick("distribution.minimum_purchase.amount", "distribution.currency"),
            Tick(),  # what the minimum brought (its consequence): as shown
        ],
        "distribution.minimum_purchase.amount": [
            Type("dua ratus mesin", "300 unit mesin"),  # [ID]
            Type("250 machines", "300 machines"),  # [EN]: the same number
        ],
        "distribution.currency": Type("usd"),
        "purpose?": Tick("goals"),
        "goals[0].deadline": Type("31/12/2026", "31/12/2027"),
    }
    out = tmp_path / "draft"
    code, typist = run_interview(monkeypatch, script, out=out, ui_lang="en")
    assert code == 0 and typist.unused() == {}
    refused = typist.refused
    assert (
        "neither a quantity with its unit nor an amount"
        in refused["distribution.minimum_purchase.amount"][0]
    )
    assert (
        "must be the Indonesian text's (300)" in refused["distribution.minimum_purchase.amount"][1]
    )
    assert refused["goals[0].deadline"] == [
        "The deadline 31 December 2026 is before the date of signing (31 January 2027); "
        "write a deadline on or after that date."
    ]
    (saved,) = out.glob("*.answers.yaml")
    assert saved.name == "distribusi-produk.answers.yaml"
    a = load(saved).answers
    assert (a.title.id, a.title.en) == ("Distribusi Produk", "Distribution of Products")
    m = a.distribution.minimum_purchase
    assert (m.quantity, m.amount, m.currency) == (300, None, None)
    assert (m.unit.id, m.unit.en) == ("unit mesin", "machines")
    assert a.distribution.currency == "USD"
    assert str(a.goals[0].deadline) == "2027-12-31"
    text = (out / "distribusi-produk.md").read_text(encoding="utf-8")
    assert "300 (tiga ratus) unit mesin" in text and "three hundred (300) machines" in text
    assert "**DISTRIBUTION OF PRODUCTS**" in text  # the title line, under the kind
    assert not re.search(r"\bPartnership\b", text)  # only "creates no civil partnership"


def test_a_marketing_agreement_names_its_brand_guidelines_an_mou_is_not_asked(
    monkeypatch, tmp_path
):
    common = {
        "language": Pick("en"),
        "type": Pick("marketing"),
        "parties[0].name": Type("PT Batik Pesisir Lestari"),
        "parties[0].address": Type("Jl. Pemuda 5, Pekalongan"),
        "parties[0].representative.name": Type("Sri Wahyuni"),
        "parties[1].name": Type("Tenun Nusantara Co."),
        "parties[1].address": Type("Jl. Braga 9, Bandung"),
        "parties[1].representative.name": Type("Made Arta"),
    }
    pks = {
        **common,
        "binding": Pick(True),
        "marketing?": Tick("marketing.brand_guidelines"),
        "marketing.brand_guidelines": Type("Batik Pesisir Brand Book, version 3 (2027)"),
    }
    code, typist = run_interview(monkeypatch, pks, out=tmp_path / "pks")
    assert code == 0 and typist.unused() == {}
    (saved,) = (tmp_path / "pks").glob("*.answers.yaml")
    a = load(saved).answers
    assert a.marketing.brand_guidelines == "Batik Pesisir Brand Book, version 3 (2027)"
    assert saved.name == "joint-marketing.answers.yaml"

    code, typist = run_interview(monkeypatch, common, out=tmp_path / "mou")
    assert code == 0 and "marketing.brand_guidelines" not in typist.keys
    offered = [k for p in typist.asked if p.kind == "details" for k, _ in p.choices]
    assert "marketing.brand_guidelines" not in offered  # an MoU states intent only
    (saved,) = (tmp_path / "mou").glob("*.answers.yaml")
    assert load(saved).answers.marketing is None


# --- a change on the review screen ---------------------------------------------------------


class Answer:
    """An asker giving one typed answer by key (Enter elsewhere), as the review would."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def ask(self, p: Prompt):
        if p.key in self.answers and p.kind == "text" and p.convert:
            return p.convert(self.answers[p.key])
        return enter(p)

    def say(self, text: str, style: str = "") -> None:
        pass


def test_a_minimum_changed_from_a_value_to_a_quantity_keeps_one_measure():
    state, _ = store.load(all_examples()["distribution-id-en"][0])
    state.data["language"] = "id"  # one language: the unit is asked once
    state.data["distribution"]["minimum_purchase"] = {
        "amount": 1_500_000,
        "currency": "USD",
        "on_failure": "terminate",
    }
    walker = Walker(state, Answer({"distribution.minimum_purchase.amount": "300 unit mesin"}))
    for t in TOPICS:
        walker.run(t, "mark")
    walker.edit(topic("terms"), "distribution.minimum_purchase.amount", TOPICS)
    assert state.data["distribution"]["minimum_purchase"] == {
        "quantity": 300,
        "unit": "unit mesin",
        "on_failure": "terminate",
    }
    walker.asker = Answer({"distribution.minimum_purchase.amount": "-"})  # emptied: all of it goes
    walker.edit(topic("terms"), "distribution.minimum_purchase.amount", TOPICS)
    assert "minimum_purchase" not in state.data["distribution"]


@pytest.mark.parametrize(
    "exclusivity,consequence",
    [
        ("non_exclusive", "terminate"),
        ("sole", "lose_exclusivity"),
        ("exclusive", "lose_exclusivity"),
    ],
)
def test_a_missed_minimum_costs_exclusivity_only_where_there_is_some(exclusivity, consequence):
    state, _ = store.load(all_examples()["distribution-id-en"][0])
    block = state.data["distribution"]
    block["exclusivity"] = exclusivity
    block["minimum_purchase"] = {"quantity": 300, "unit": {"id": "unit", "en": "units"}}
    walker = Walker(state)
    for t in TOPICS:
        walker.run(t, "mark")
    state.done.discard("distribution.minimum_purchase.on_failure")
    walker.filling = True  # Enter on the question: its suggestion
    walker.run(topic("terms"), "fill")
    assert block["minimum_purchase"]["on_failure"] == consequence
