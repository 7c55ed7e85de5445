"""The distribution questions on delivery and the end (spec §1), offered among the
distribution details of a binding agreement only: the Incoterms 2020 rule and its named place,
inspection, warranty, the marketing authorisation and who holds it, its transfer when the
appointment ends, and what happens to the stock."""

from __future__ import annotations

from mou_cli.interview.conditions_types import (
    When,
    both,
    incoterm_place,
    incoterm_rule,
    pks,
)
from mou_cli.interview.spec import Q, Titled
from mou_cli.interview.state import Ctx
from mou_cli.messages import msg

PKS = pks("distribution")


def distributor_role(x: Ctx) -> bool:
    """The appointed party buys and resells (an agent neither buys nor takes delivery)."""
    return x.get("distribution.role") != "agent"


def field_is(path: str, value: object = None) -> When:
    """A condition on another distribution answer: its value, or that it is given."""
    full = f"distribution.{path}"
    if value is None:
        return lambda x: x.get(full) is not None
    return lambda x: x.get(full) == value


INCOTERMS = Titled(
    {
        "EXW": msg("EXW: diambil di tempat penjual", "EXW: Ex Works"),
        "FCA": msg("FCA: diserahkan kepada pengangkut", "FCA: Free Carrier"),
        "CPT": msg("CPT: ongkos angkut dibayar sampai tujuan", "CPT: Carriage Paid To"),
        "CIP": msg(
            "CIP: ongkos angkut dan asuransi dibayar sampai tujuan",
            "CIP: Carriage and Insurance Paid To",
        ),
        "DAP": msg("DAP: diserahkan di tempat tujuan", "DAP: Delivered at Place"),
        "DPU": msg(
            "DPU: diserahkan dan dibongkar di tempat tujuan", "DPU: Delivered at Place Unloaded"
        ),
        "DDP": msg("DDP: diserahkan, bea masuk dibayar", "DDP: Delivered Duty Paid"),
        "FAS": msg("FAS: di samping kapal", "FAS: Free Alongside Ship"),
        "FOB": msg("FOB: di atas kapal di pelabuhan muat", "FOB: Free on Board"),
        "CFR": msg("CFR: biaya dan ongkos angkut laut", "CFR: Cost and Freight"),
        "CIF": msg(
            "CIF: biaya, asuransi dan ongkos angkut laut", "CIF: Cost, Insurance and Freight"
        ),
    }
)

DELIVERY = (
    Q(
        "distribution.incoterm",
        "confirm",
        msg("Penyerahan menurut Incoterms 2020?", "Delivery under an Incoterms 2020 rule?"),
        default=True,
        presence=True,
        when=both(PKS, distributor_role),
        label=msg("Incoterms 2020", "Incoterms 2020"),
    ),
    Q(
        "distribution.incoterm.rule",
        "select",
        msg("Aturan Incoterms 2020", "Incoterms 2020 rule"),
        choices=INCOTERMS,
        default=incoterm_rule,
        when=both(PKS, lambda x: isinstance(x.get("distribution.incoterm"), dict)),
    ),
    Q(
        "distribution.incoterm.place",
        "text",
        msg("Tempat yang disebut (pelabuhan atau gudang)", "Named place (port or warehouse)"),
        default=incoterm_place,
        when=both(PKS, lambda x: isinstance(x.get("distribution.incoterm"), dict)),
        translatable=True,
        label=msg("Tempat penyerahan", "Named place"),
    ),
    Q(
        "distribution.inspection_days",
        "int",
        msg("Pemeriksaan barang setelah diterima (hari)", "Inspection after receipt (days)"),
        default=7,
        when=both(PKS, distributor_role),
    ),
    Q(
        "distribution.warranty_months",
        "int",
        msg("Masa jaminan produk (bulan)", "Product warranty (months)"),
        default=12,
        when=PKS,
    ),
    Q(
        "distribution.warranty_remedy",
        "checkbox",
        msg("Bila produk cacat dalam masa jaminan", "A defect under warranty is"),
        choices=Titled(
            {
                "repair": msg("Diperbaiki", "Repaired"),
                "replace": msg("Diganti", "Replaced"),
                "credit": msg("Dikreditkan", "Credited"),
            }
        ),
        default=["repair", "replace"],
        when=PKS,
    ),
)

REGISTRATION = (
    Q(
        "distribution.regulated",
        "select",
        msg("Apakah produk wajib izin edar?", "Do the products need a marketing authorisation?"),
        choices=Titled(
            {
                None: msg("Belum dinyatakan", "Not stated yet"),
                "none": msg("Tidak wajib", "No"),
                "medical_device": msg("Alat kesehatan (AKL/AKD)", "Medical devices (AKL/AKD)"),
                "bpom": msg(
                    "Obat, makanan atau kosmetik (BPOM)", "Drugs, food or cosmetics (BPOM)"
                ),
                "other": msg("Izin lain", "Another licence"),
            }
        ),
        when=PKS,
        optional=True,
        label=msg("Izin edar", "Marketing authorisation"),
    ),
    Q(
        "distribution.registration_holder",
        "select",
        msg("Pemegang izin edar", "Holder of the authorisation"),
        choices=Titled(
            {
                "principal": msg(
                    "Prinsipal atau badan usahanya di Indonesia",
                    "The principal or its Indonesian company",
                ),
                "distributor": msg("Distributor", "The distributor"),
                "third_party": msg("Pihak lain", "Someone else"),
            }
        ),
        default="distributor",
        when=both(PKS, lambda x: x.get("distribution.regulated") not in (None, "none")),
    ),
    Q(
        "distribution.registration_transfer",
        "confirm",
        msg(
            "Izin dan STP atas nama distributor dialihkan saat penunjukan berakhir?",
            "Registrations and STP in the distributor's name are transferred at the end?",
        ),
        default=True,
        when=PKS,
        label=msg("Pengalihan izin saat berakhir", "Registrations transferred at the end"),
    ),
    Q(
        "distribution.post_termination_stock",
        "select",
        msg("Persediaan saat penunjukan berakhir", "Stock when the appointment ends"),
        choices=Titled(
            {
                "buy_back": msg(
                    "Dibeli kembali prinsipal seharga faktur bersih",
                    "Bought back by the principal at net invoice price",
                ),
                "sell_off": msg(
                    "Dijual habis oleh distributor dalam jangka waktu tertentu",
                    "Sold off by the distributor within a set time",
                ),
                "none": msg("Tidak diatur khusus", "No special terms"),
            }
        ),
        default="buy_back",
        when=both(PKS, distributor_role),
    ),
    Q(
        "distribution.sell_off_months",
        "int",
        msg("Masa penjualan persediaan (bulan)", "Sell-off period (months)"),
        default=6,
        when=both(PKS, field_is("post_termination_stock", "sell_off")),
    ),
)
