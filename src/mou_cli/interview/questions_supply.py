"""The supply chain questions (``supply_chain.*``; spec §7): the goods are asked; the parties'
places, the specification and standards, and in a binding agreement forecasts and orders, lead
time, inspection and rejection, price adjustment, payment, the late-delivery penalty and its
cap and continuity of supply, are offered as details. An MoU states the goods and their
qualification only: prices, orders, acceptance and penalties belong in a binding agreement."""

from __future__ import annotations

from mou_cli.interview.conditions_types import both, of_type, other_than, pks, supplier
from mou_cli.interview.spec import Details, Q, Titled
from mou_cli.messages import msg

IS = of_type("supply_chain")
PKS = pks("supply_chain")

GOODS = Q(
    "supply_chain.goods",
    "list",
    msg("Barang yang dipasok", "Goods supplied"),
    msg(
        "Satu jenis barang per butir; spesifikasinya dapat dilampirkan.",
        "One kind of goods per item; their specification can be annexed.",
    ),
    when=IS,
    optional=True,
    translatable=True,
    label=msg("Barang", "Goods"),
)

PARTIES_AND_SPEC = (
    Q(
        "supply_chain.supplier",
        "party",
        msg("Pemasok", "Supplier"),
        default=supplier,
        when=IS,
    ),
    Q(
        "supply_chain.buyer",
        "party",
        msg("Pembeli", "Buyer"),
        default=other_than("supply_chain.supplier"),
        when=IS,
    ),
    Q(
        "supply_chain.specifications",
        "text",
        msg("Spesifikasi barang (atau lampirannya)", "Specification of the goods (or its annex)"),
        when=IS,
        optional=True,
        translatable=True,
        label=msg("Spesifikasi", "Specification"),
    ),
    Q(
        "supply_chain.sni",
        "confirm",
        msg("Barang wajib SNI?", "Must the goods meet a mandatory SNI?"),
        default=False,
        when=IS,
        label=msg("SNI wajib", "Mandatory SNI"),
    ),
    Q(
        "supply_chain.halal",
        "confirm",
        msg("Barang wajib bersertifikat halal?", "Must the goods be halal-certified?"),
        default=False,
        when=IS,
        label=msg("Sertifikat halal", "Halal certificate"),
    ),
)

ORDERS = (
    Q(
        "supply_chain.forecast_months",
        "int",
        msg("Perkiraan kebutuhan untuk (bulan ke depan)", "Forecasts cover (months ahead)"),
        default=3,
        when=PKS,
    ),
    Q(
        "supply_chain.forecast_binding_months",
        "int",
        msg(
            "Bulan pertama perkiraan yang mengikat sebagai pesanan",
            "First months of a forecast that bind as orders",
        ),
        msg("0 = perkiraan tidak mengikat.", "0 = forecasts never bind."),
        default=1,
        when=PKS,
    ),
    Q(
        "supply_chain.lead_time_days",
        "int",
        msg(
            "Waktu penyerahan setelah pesanan dikonfirmasi (hari; boleh kosong)",
            "Lead time after an order is confirmed (days; optional)",
        ),
        when=PKS,
        optional=True,
        label=msg("Waktu penyerahan (hari)", "Lead time (days)"),
    ),
    Q(
        "supply_chain.inspection_days",
        "int",
        msg(
            "Pemeriksaan barang setelah diterima (hari kerja)",
            "Inspection after receipt (working days)",
        ),
        default=3,
        when=PKS,
    ),
    Q(
        "supply_chain.deemed_acceptance",
        "confirm",
        msg(
            "Barang dianggap diterima bila tidak ditolak dalam masa itu?",
            "Goods deemed accepted unless rejected within that time?",
        ),
        default=True,
        when=PKS,
        label=msg("Dianggap diterima", "Deemed acceptance"),
    ),
    Q(
        "supply_chain.replace_days",
        "int",
        msg("Barang yang ditolak diganti dalam (hari)", "Rejected goods replaced within (days)"),
        default=7,
        when=PKS,
    ),
)

PRICE = (
    Q(
        "supply_chain.price_fixed_months",
        "int",
        msg("Harga tetap selama (bulan)", "Prices fixed for (months)"),
        default=12,
        when=PKS,
    ),
    Q(
        "supply_chain.price_adjustment",
        "select",
        msg("Sesudah itu harga disesuaikan", "After that, prices are adjusted"),
        choices=Titled(
            {
                "by_agreement": msg("Dengan kesepakatan tertulis", "By written agreement"),
                "index": msg("Mengikuti indeks harga", "By a price index"),
            }
        ),
        default="by_agreement",
        when=PKS,
        label=msg("Penyesuaian harga", "Price adjustment"),
    ),
    Q(
        "supply_chain.price_index",
        "text",
        msg("Indeks harga yang dipakai", "The price index"),
        msg("Misalnya indeks harga konsumen BPS.", "E.g. the BPS consumer price index."),
        when=both(PKS, lambda x: x.get("supply_chain.price_adjustment") == "index"),
        translatable=True,
        label=msg("Indeks harga", "Price index"),
    ),
    Q(
        "supply_chain.payment_days",
        "int",
        msg(
            "Pembayaran paling lambat (hari setelah faktur dan berita acara serah terima)",
            "Payment due (days after invoice and handover report)",
        ),
        default=30,
        when=PKS,
    ),
    Q(
        "supply_chain.late_penalty_percent",
        "percent",
        msg(
            "Denda keterlambatan per hari (% dari nilai barang yang terlambat)",
            "Late-delivery penalty a day (% of the late goods' value)",
        ),
        default=0.1,
        when=PKS,
        label=msg("Denda keterlambatan per hari (%)", "Late penalty a day (%)"),
    ),
    Q(
        "supply_chain.late_penalty_cap_percent",
        "percent",
        msg("Denda paling banyak (% dari nilai pesanan)", "Penalty capped at (% of the order)"),
        default=5,
        when=PKS,
        optional=True,
        label=msg("Batas denda (%)", "Penalty cap (%)"),
    ),
    Q(
        "supply_chain.continuity_notice_months",
        "int",
        msg(
            "Pemberitahuan sebelum berhenti memasok (bulan)",
            "Notice before supply stops (months)",
        ),
        default=6,
        when=PKS,
        label=msg("Kelangsungan pasokan (bulan)", "Continuity notice (months)"),
    ),
    Q(
        "supply_chain.umkm_partner",
        "confirm",
        msg(
            "Pemasok adalah usaha mikro, kecil atau menengah (UMKM)?",
            "Is the supplier a micro, small or medium enterprise (UMKM)?",
        ),
        msg(
            "Kemitraan dengan UMKM tunduk pada hukum Indonesia (UU 20/2008 Pasal 36).",
            "A partnership with an UMKM is under Indonesian law (Law 20/2008 Article 36).",
        ),
        default=False,
        when=PKS,
        label=msg("Pemasok UMKM", "UMKM supplier"),
    ),
)

SUPPLY_CHAIN = (
    GOODS,
    Details(
        "supply_chain",
        msg("Atur ketentuan pasokan?", "Set the supply terms?"),
        (*PARTIES_AND_SPEC, *ORDERS, *PRICE),
    ),
)
