"""The distribution questions (``distribution.*``; spec §1): the products and the territory are
asked; the appointment, the money, delivery, warranty, registration and the end are offered as
details (delivery to the end in ``questions_delivery.py``). Minimum purchase, price, payment,
Incoterms, warranty, registration and stock are terms of a binding agreement only (an MoU states
products and territory as intent and may bind a period of exclusive negotiation)."""

from __future__ import annotations

from mou_cli.interview.conditions import PERIODS
from mou_cli.interview.conditions_types import (
    both,
    mou,
    of_type,
    other_than,
    pks,
    principal,
)
from mou_cli.interview.defaults import SOLE
from mou_cli.interview.questions_delivery import DELIVERY, REGISTRATION, distributor_role, field_is
from mou_cli.interview.spec import MEASURE, Details, Q, Titled
from mou_cli.interview.state import Ctx
from mou_cli.messages import msg

IS = of_type("distribution")
PKS = pks("distribution")


def minimum_set(x: Ctx) -> bool:
    """A minimum purchase is given, as a quantity or as a value."""
    return any(x.get(f"distribution.minimum_purchase.{p}") for p in ("quantity", "amount"))


PRODUCTS = Q(
    "distribution.products",
    "list",
    msg("Produk yang didistribusikan (merek dan jenis)", "Products distributed (brand and type)"),
    msg(
        "Satu produk per butir; daftar ini menjadi lampiran produk.",
        "One product per item; the list becomes the products annex.",
    ),
    when=IS,
    optional=True,
    translatable=True,
    label=msg("Produk", "Products"),
)

TERRITORY = Q(
    "distribution.territory",
    "list",
    msg(
        "Wilayah distribusi (provinsi, kabupaten/kota atau negara)",
        "Territory (provinces, regencies or cities, countries)",
    ),
    when=IS,
    optional=True,
    translatable=True,
    label=msg("Wilayah", "Territory"),
)

APPOINTMENT = (
    Q(
        "distribution.principal",
        "party",
        msg("Prinsipal (pihak yang memasok produk)", "Principal (the party supplying the goods)"),
        default=principal,
        when=IS,
        label=msg("Prinsipal", "Principal"),
    ),
    Q(
        "distribution.distributor",
        "party",
        msg("Pihak yang ditunjuk", "The party appointed"),
        default=other_than("distribution.principal"),
        when=IS,
        label=msg("Distributor", "Distributor"),
    ),
    Q(
        "distribution.role",
        "select",
        msg("Kedudukan pihak yang ditunjuk", "The appointed party acts as"),
        choices=Titled(
            {
                "distributor": msg(
                    "Distributor (membeli dan menjual kembali atas namanya sendiri)",
                    "Distributor (buys and resells in its own name)",
                ),
                "agent": msg(
                    "Agen (menjual atas nama prinsipal, dengan komisi)",
                    "Agent (sells in the principal's name, for commission)",
                ),
            }
        ),
        default="distributor",
        when=IS,
    ),
    Q(
        "distribution.exclusivity",
        "select",
        msg("Penunjukan", "Appointment"),
        msg(
            "Penunjukan tunggal berlaku paling singkat 5 tahun (PP 29/2021 Pasal 35 ayat (4)).",
            "A sole appointment runs at least 5 years (PP 29/2021 Article 35(4)).",
        ),
        choices=Titled(
            {
                "non_exclusive": msg("Tidak eksklusif", "Non-exclusive"),
                "sole": msg(
                    "Tunggal (tidak ada distributor lain; prinsipal tetap boleh menjual)",
                    "Sole (no other distributor; the principal may still sell)",
                ),
                "exclusive": msg(
                    "Eksklusif (prinsipal pun tidak menjual langsung di wilayah itu)",
                    "Exclusive (not even the principal sells in the territory)",
                ),
            }
        ),
        default="non_exclusive",
        when=IS,
        label=msg("Eksklusivitas", "Exclusivity"),
    ),
    Q(
        "distribution.reserved_channels",
        "list",
        msg("Penjualan yang tetap dilakukan prinsipal", "Sales the principal keeps"),
        msg(
            "Misalnya tender pemerintah, pelanggan kunci, penjualan daring; boleh kosong.",
            "E.g. government tenders, key accounts, online sales; may be empty.",
        ),
        when=both(IS, lambda x: x.get("distribution.exclusivity") in ("sole", "exclusive")),
        optional=True,
        translatable=True,
        label=msg("Penjualan yang dikecualikan", "Reserved channels"),
    ),
    Q(
        "distribution.exclusive_negotiation_days",
        "int",
        msg(
            "Masa negosiasi eksklusif yang mengikat (hari; boleh kosong)",
            "Binding period of exclusive negotiation (days; optional)",
        ),
        msg(
            "Selama masa ini prinsipal tidak bernegosiasi dengan calon distributor lain.",
            "During it the principal negotiates with no other distributor.",
        ),
        when=mou("distribution"),
        optional=True,
        label=msg("Negosiasi eksklusif (hari)", "Exclusive negotiation (days)"),
    ),
)

MONEY = (
    Q(
        "distribution.minimum_purchase.amount",  # the key since it took an amount only
        "measure",
        msg(
            "Pembelian minimum per tahun (jumlah dan satuan, atau nilai; boleh kosong)",
            "Minimum purchase a year (a quantity and its unit, or a value; optional)",
        ),
        when=PKS,
        optional=True,
        parts=MEASURE,
        label=msg("Pembelian minimum", "Minimum purchase"),
    ),
    Q(
        "distribution.minimum_purchase.on_failure",
        "select",
        msg("Bila pembelian minimum tidak tercapai", "If the minimum is not met"),
        choices=Titled(
            {
                "lose_exclusivity": msg(
                    "Prinsipal dapat mencabut eksklusivitas", "The principal may end exclusivity"
                ),
                "terminate": msg(
                    "Prinsipal dapat mengakhiri perjanjian", "The principal may terminate"
                ),
                "none": msg("Tidak ada akibat", "No consequence"),
            }
        ),
        default=lambda x: (
            "lose_exclusivity" if x.get("distribution.exclusivity") in SOLE else "terminate"
        ),  # a non-exclusive appointment has no exclusivity to lose
        when=both(PKS, minimum_set),
    ),
    Q(
        "distribution.commission_percent",
        "percent",
        msg("Komisi agen (% dari nilai penjualan)", "Agent's commission (% of sales)"),
        when=both(PKS, field_is("role", "agent")),
        optional=True,
        label=msg("Komisi agen (%)", "Agent's commission (%)"),
    ),
    Q(
        "distribution.price_basis",
        "select",
        msg("Dasar harga beli distributor", "The distributor's purchase price is"),
        msg(
            "Harga jual kembali hanya dapat dianjurkan, tidak ditetapkan (UU 5/1999 Pasal 8).",
            "Resale prices may only be recommended, not fixed (Law 5/1999 Article 8).",
        ),
        choices=Titled(
            {
                None: msg("Belum diatur", "Not set yet"),
                "price_list_discount": msg(
                    "Daftar harga prinsipal dikurangi diskon",
                    "The principal's price list less a discount",
                ),
                "cost_plus": msg("Biaya ditambah marjin", "Cost plus a margin"),
                "fixed": msg("Harga tetap dalam lampiran", "Fixed prices in an annex"),
                "to_be_agreed": msg("Disepakati kemudian", "To be agreed later"),
            }
        ),
        when=both(PKS, distributor_role),
        optional=True,
        label=msg("Dasar harga", "Price basis"),
    ),
    Q(
        "distribution.discount_percent",
        "percent",
        msg("Diskon dari daftar harga (%)", "Discount off the price list (%)"),
        when=both(PKS, field_is("price_basis", "price_list_discount")),
        optional=True,
        label=msg("Diskon (%)", "Discount (%)"),
    ),
    Q(
        "distribution.price_notice_days",
        "int",
        msg("Pemberitahuan perubahan harga (hari)", "Notice of a price change (days)"),
        default=30,
        when=both(PKS, distributor_role),
    ),
    Q(
        "distribution.currency",
        "currency",
        msg("Mata uang harga dan pembayaran", "Currency of prices and payment"),
        default="IDR",
        when=PKS,
        label=msg("Mata uang", "Currency"),
    ),
    Q(
        "distribution.payment_days",
        "int",
        msg("Pembayaran paling lambat (hari setelah faktur)", "Payment due (days after invoice)"),
        default=30,
        when=PKS,
    ),
    Q(
        "distribution.payment_method",
        "select",
        msg("Cara pembayaran", "Payment by"),
        choices=Titled(
            {
                "bank_transfer": msg("Transfer bank", "Bank transfer"),
                "letter_of_credit": msg("Letter of credit (L/C)", "Letter of credit (L/C)"),
                "giro": msg("Bilyet giro", "Giro"),
            }
        ),
        default="bank_transfer",
        when=PKS,
    ),
    Q(
        "distribution.forecast",
        "select",
        msg("Perkiraan pesanan disampaikan", "Order forecasts are given"),
        choices=Titled(PERIODS),
        default="quarterly",
        when=PKS,
    ),
)

DISTRIBUTION_DETAILS = Details(
    "distribution",
    msg("Atur ketentuan distribusi?", "Set the distribution terms?"),
    (*APPOINTMENT, *MONEY, *DELIVERY, *REGISTRATION),
)

DISTRIBUTION = (PRODUCTS, TERRITORY, DISTRIBUTION_DETAILS)
