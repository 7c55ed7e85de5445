"""Forgiving input: what people type becomes a value, what cannot be one is refused saying what
would be accepted, in the interview's language; the model's own limits speak that language."""

from __future__ import annotations

import pytest

from mou_cli.interview.checks import model_problem
from mou_cli.interview.parsing import (
    Invalid,
    echo,
    parse_date,
    parse_int,
    parse_money,
    parse_number,
    parse_target,
    split_list,
)
from mou_cli.interview.state import BOTH, text_of
from mou_cli.messages import msg

DATES = [
    ("2027-01-15", "2027-01-15"),
    ("2027/1/5", "2027-01-05"),
    ("15/01/2027", "2027-01-15"),
    ("15-01-2027", "2027-01-15"),
    ("15.01.2027", "2027-01-15"),
    ("15/1/27", "2027-01-15"),
    ("15 Januari 2027", "2027-01-15"),
    ("15 januari 2027", "2027-01-15"),
    ("15 Jan 2027", "2027-01-15"),
    ("17 Agustus 2027", "2027-08-17"),
    ("17 Agu 2027", "2027-08-17"),
    ("5 Pebruari 2027", "2027-02-05"),
    ("Senin, 15 Februari 2027", "2027-02-15"),
    ("1 March 2027", "2027-03-01"),
    ("1st Mar. 2027", "2027-03-01"),
    ("March 1, 2027", "2027-03-01"),
    ("December 31 2027", "2027-12-31"),
]


@pytest.mark.parametrize("text,iso", DATES)
def test_dates_as_people_write_them(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["besok", "31/02/2027", "15 Smarch 2027", "2027", "1/2/3"])
def test_a_date_refused_names_the_forms_accepted(text):
    with pytest.raises(Invalid) as exc:
        parse_date(text)
    assert "15 Januari 2027" in exc.value.msg["id"] and "15/01/2027" in exc.value.msg["id"]
    assert "15 January 2027" in exc.value.msg["en"]


def test_the_understood_date_is_said_back_in_the_interface_language():
    assert echo("date", "2027-01-15", "id") == "Jumat, 15 Januari 2027"
    assert echo("date", "2027-01-15", "en") == "Friday, 15 January 2027"


@pytest.mark.parametrize(
    "text,value",
    [("30", 30), ("1.000", 1000), ("1,000", 1000), ("30 hari", 30), ("3 tahun", 3), ("2 years", 2)],
)
def test_whole_numbers_with_separators_and_units(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("1.200.000", 1_200_000),
        ("1,200,000", 1_200_000),
        ("1.200.000,50", 1_200_000.5),
        ("1,200,000.50", 1_200_000.5),
        ("1,5", 1.5),
        ("33.5", 33.5),
    ],
)
def test_numbers_in_either_convention(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text,amount,currency",
    [
        ("Rp 750.000.000", 750_000_000, "IDR"),
        ("Rp750.000", 750_000, "IDR"),
        ("750 juta", 750_000_000, None),
        ("1,5 miliar", 1_500_000_000, None),
        ("USD 25,000", 25_000, "USD"),
        ("25.000 EUR", 25_000, "EUR"),
        ("S$ 10.000", 10_000, "SGD"),
        ("2.5 million USD", 2_500_000, "USD"),
    ],
)
def test_an_amount_with_its_currency(text, amount, currency):
    assert parse_money(text) == {"amount": amount, "currency": currency}


@pytest.mark.parametrize(
    "text,target,unit",
    [
        ("25 desa", 25, "desa"),
        ("5.000 petani aktif", 5000, "petani aktif"),
        ("1,500 kWp", 1500, "kWp"),
        ("12", 12, None),
    ],
)
def test_a_target_splits_into_number_and_unit(text, target, unit):
    found = parse_target(text)
    assert (found["target"], found["unit"], found["percent"]) == (target, unit, False)


def test_a_percentage_target_keeps_its_sign():
    assert parse_target("80%") == {"target": 80, "percent": True, "unit": None}


REFUSED = [
    (parse_int, "tiga", "misalnya 30", "e.g. 30"),
    (parse_int, "-3", "misalnya 30", "e.g. 30"),
    (parse_number, "lima", "1.200.000", "1,200,000"),
    (parse_number, "0", "lebih dari nol", "more than zero"),
    (parse_money, "lima juta", "750 juta", "750 million"),
    (parse_target, "dua desa", "25 desa", "25 villages"),
]


@pytest.mark.parametrize("parse,text,id,en", REFUSED)
def test_every_refusal_says_what_would_be_accepted(parse, text, id, en):
    with pytest.raises(Invalid) as exc:
        parse(text)
    assert id in exc.value.msg["id"] and en in exc.value.msg["en"]


def test_a_list_is_typed_in_one_line():
    assert split_list("Riset bersama; Uji coba lapangan ;; Pelatihan ") == [
        "Riset bersama",
        "Uji coba lapangan",
        "Pelatihan",
    ]


@pytest.mark.parametrize(
    "path,value,id,en",
    [
        ("term.years", 0, "Harus paling sedikit 1.", "Must be at least 1."),
        ("dispute.negotiation_days", 0, "Harus lebih dari 0.", "Must be more than 0."),
        ("confidentiality.years", 51, "Harus paling banyak 50.", "Must be at most 50."),
        ("roles[0].contributions[0].currency", "rupiah", "IDR, USD", "IDR, USD"),
        ("parties[0].contact.email", "x@", "e-mail", "e-mail"),
    ],
)
def test_the_models_limits_in_the_interface_language(path, value, id, en):
    said = model_problem(path, value)
    assert said is not None and id in said["id"] and en in said["en"]
    assert "Input should" not in said["en"] and "greater" not in said["en"]


def test_the_first_question_speaks_both_languages_until_one_is_chosen():
    assert text_of(msg("Bahasa dokumen", "Document language"), BOTH) == (
        "Bahasa dokumen / Document language"
    )
    assert text_of(msg("Ya", "Yes"), "id") == "Ya" and text_of(msg("OK", "OK"), BOTH) == "OK"
