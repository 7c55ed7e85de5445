"""Checklist rows for the trading types: distribution, supply chain and co-marketing.

From ``../shared/spec/partnership-types.md`` ("Rows"): each row is missing when the type's
terms are absent or lack what the agreement needs, weak when a known gap remains, n/a where it
does not apply (terms that belong only in a binding agreement are n/a in an MoU).
"""

from __future__ import annotations

from typing import Any

from mou_cli.document.rows import MISSING, NA, OK, STATED, WEAK, Pair, TypeRows, Verdict


def distribution(r: TypeRows) -> None:
    """Rows ``dist.*``: appointment, commercial terms, minimum, delivery, registration, STP,
    exit, and the five-year term of a sole appointment (PP 29/2021 Ps.35(4))."""
    agent = r.block is not None and r.block.role == "agent"

    def appointment(d: Any) -> Verdict:
        gaps = [
            (i, e, f"distribution.{f}")
            for i, e, f, ok in (
                ("produk", "products", "products", d.products),
                ("wilayah", "territory", "territory", d.territory),
                (
                    "eksklusivitas",
                    "exclusivity",
                    "exclusivity",
                    "exclusivity" in d.model_fields_set,
                ),
            )
            if not ok
        ]
        if gaps:
            ids, ens = ", ".join(g[0] for g in gaps), ", ".join(g[1] for g in gaps)
            return WEAK, (f"Tanpa {ids}.", f"No {ens} stated."), gaps[0][2]
        return (
            OK,
            (
                "Produk, wilayah dan eksklusivitas diatur.",
                "Products, territory and exclusivity are stated.",
            ),
            "",
        )

    def commercial(d: Any) -> Verdict:
        if agent:
            if d.commission_percent is None:
                return (
                    WEAK,
                    ("Besaran komisi agen belum ditetapkan.", "No commission rate for the agent."),
                    "distribution.commission_percent",
                )
            return OK, ("Komisi agen diatur.", "The agent's commission is stated."), ""
        if d.price_basis is None:
            return (
                MISSING,
                ("Dasar harga belum diatur.", "No price basis is stated."),
                "distribution.price_basis",
            )
        if d.price_basis == "to_be_agreed":
            return (
                WEAK,
                ("Harga masih 'akan disepakati'.", "Prices are 'to be agreed'."),
                "distribution.price_basis",
            )
        return (
            OK,
            (
                "Harga, pemberitahuan perubahan harga dan pembayaran diatur.",
                "Price basis, notice of changes and payment are stated.",
            ),
            "",
        )

    def minimum(d: Any) -> Verdict:
        if d.minimum_purchase is not None:
            return (
                OK,
                (
                    "Pembelian minimum dan akibatnya diatur.",
                    "A minimum and its consequence are stated.",
                ),
                "",
            )
        if d.exclusivity != "non_exclusive":
            return (
                WEAK,
                (
                    "Penunjukan tunggal tanpa pembelian minimum.",
                    "Exclusive or sole appointment without a minimum purchase.",
                ),
                "distribution.minimum_purchase",
            )
        return (
            OK,
            (
                "Tidak eksklusif; pembelian minimum tidak diperlukan.",
                "Non-exclusive: no minimum needed.",
            ),
            "",
        )

    def delivery(d: Any) -> Verdict:
        if agent:
            return (
                NA,
                ("Agen tidak membeli Produk.", "An agent does not buy the Products."),
                "distribution.role",
            )
        if d.incoterm is None:
            return (
                WEAK,
                (
                    "Tanpa aturan Incoterms 2020 dan tempat penyerahan.",
                    "No Incoterms 2020 rule and named place.",
                ),
                "distribution.incoterm",
            )
        return (
            OK,
            (
                f"{d.incoterm.rule}; hak milik dan risiko beralih saat penyerahan.",
                f"{d.incoterm.rule}; title and risk pass on delivery.",
            ),
            "",
        )

    def registration(d: Any) -> Verdict:
        if d.regulated is None:
            return (
                MISSING,
                (
                    "Tidak dinyatakan apakah Produk wajib memiliki izin edar.",
                    "Not stated whether the Products need a marketing authorisation.",
                ),
                "distribution.regulated",
            )
        if d.regulated != "none" and d.registration_holder is None:
            return (
                MISSING,
                (
                    "Produk wajib izin edar, tetapi pemegangnya belum ditetapkan.",
                    "Regulated products, but no registration holder.",
                ),
                "distribution.registration_holder",
            )
        if not d.registration_transfer:
            return (
                WEAK,
                (
                    "Izin tidak dialihkan saat penunjukan berakhir.",
                    "No transfer of registrations when the appointment ends.",
                ),
                "distribution.registration_transfer",
            )
        return OK, STATED, ""

    def stp(d: Any) -> Verdict:
        return (
            OK,
            (
                "Legalisasi notaris dan STP diatur (Permendag 24/2021).",
                "Notarial legalisation and STP are stated (MoT Reg. 24/2021).",
            ),
            "distribution.stp_by",
        )

    def exit_(d: Any) -> Verdict:
        if not agent and d.post_termination_stock == "none":
            return (
                WEAK,
                (
                    "Tanpa pembelian kembali atau masa jual stok.",
                    "No buy-back or sell-off of stock.",
                ),
                "distribution.post_termination_stock",
            )
        return (
            OK,
            (
                "Stok, izin dan pelanggan diserahterimakan.",
                "Stock, registrations and customers are handed over.",
            ),
            "",
        )

    r.judge(
        "dist.appointment",
        ("Penunjukan, produk dan wilayah", "Appointment, products and territory"),
        appointment,
        pks=False,
    )
    r.judge("dist.commercial", ("Harga dan pembayaran", "Price and payment"), commercial)
    r.judge("dist.minimum", ("Pembelian minimum", "Minimum purchase"), minimum)
    r.judge(
        "dist.delivery",
        (
            "Penyerahan (Incoterms 2020), hak milik dan risiko",
            "Delivery (Incoterms 2020), title and risk",
        ),
        delivery,
    )
    r.judge(
        "dist.regulatory",
        ("Izin edar produk (AKL/AKD, BPOM)", "Product registration (AKL/AKD, BPOM)"),
        registration,
    )
    r.judge("dist.stp", ("Legalisasi dan STP", "Legalisation and STP registration"), stp)
    r.judge(
        "dist.exit",
        ("Stok dan serah terima setelah berakhir", "Stock and handover at the end"),
        exit_,
    )
    el: Pair = ("Jangka waktu penunjukan tunggal", "Term of a sole appointment")
    d, a = r.block, r.a
    if d is None or d.exclusivity == "non_exclusive" or not a.binding:
        r.add(
            "dist.term",
            el,
            NA,
            ("Bukan penunjukan tunggal yang mengikat.", "Not a binding sole appointment."),
            "distribution.exclusivity",
        )
    elif a.term is None or a.term.years < 5:
        r.add(
            "dist.term",
            el,
            WEAK,
            (
                "Penunjukan tunggal sekurang-kurangnya 5 tahun (PP 29/2021 Ps.35(4)).",
                "A sole appointment runs at least 5 years (GR 29/2021 Art. 35(4)).",
            ),
            "term.years",
        )
    else:
        r.add(
            "dist.term", el, OK, ("Sekurang-kurangnya 5 tahun.", "At least 5 years."), "term.years"
        )


def supply_chain(r: TypeRows) -> None:
    """Rows ``sup.*``: acceptance, specifications, lead time, late penalty and the UMKM
    partnership (UU 20/2008 Ps.36(1): Indonesian law applies)."""

    def acceptance(s: Any) -> Verdict:
        if not s.deemed_acceptance:
            return (
                WEAK,
                (
                    "Tanpa penerimaan yang dianggap terjadi setelah tenggat pemeriksaan.",
                    "No deemed acceptance after the inspection period.",
                ),
                "supply_chain.deemed_acceptance",
            )
        return (
            OK,
            (
                f"Pemeriksaan {s.inspection_days} hari kerja, BAST, dianggap diterima.",
                f"Inspection in {s.inspection_days} working days, BAST, deemed acceptance.",
            ),
            "",
        )

    def spec(s: Any) -> Verdict:
        if s.specifications is None:
            return (
                WEAK,
                ("Tanpa lampiran spesifikasi.", "No specification annex."),
                "supply_chain.specifications",
            )
        return OK, STATED, ""

    def lead(s: Any) -> Verdict:
        if s.lead_time_days is None:
            return (
                WEAK,
                ("Waktu tunggu pesanan tidak ditetapkan.", "No order lead time."),
                "supply_chain.lead_time_days",
            )
        return OK, (f"{s.lead_time_days} hari.", f"{s.lead_time_days} days."), ""

    def penalty(s: Any) -> Verdict:
        if s.late_penalty_cap_percent is None:
            return (
                WEAK,
                (
                    "Denda keterlambatan tanpa batas maksimum.",
                    "Late-delivery penalty without a cap.",
                ),
                "supply_chain.late_penalty_cap_percent",
            )
        return OK, ("Denda harian dengan batas maksimum.", "Daily penalty with a cap."), ""

    r.judge(
        "sup.acceptance",
        ("Pemeriksaan dan penerimaan barang", "Inspection and acceptance of goods"),
        acceptance,
    )
    r.judge("sup.spec", ("Spesifikasi barang", "Specifications of the goods"), spec)
    r.judge("sup.lead_time", ("Waktu tunggu pesanan", "Order lead time"), lead)
    r.judge(
        "sup.penalty",
        ("Denda keterlambatan dan batasnya", "Late-delivery penalty and its cap"),
        penalty,
    )
    el: Pair = ("Kemitraan dengan UMKM", "Partnership with a small business (UMKM)")
    s, a = r.block, r.a
    if s is None or not s.umkm_partner:
        r.add(
            "sup.umkm",
            el,
            NA,
            ("Pemasok bukan UMKM.", "The supplier is not a UMKM."),
            "supply_chain.umkm_partner",
        )
    elif not a.indonesian_law:
        r.add(
            "sup.umkm",
            el,
            MISSING,
            (
                "Kemitraan UMKM tunduk pada hukum Indonesia (UU 20/2008 Ps.36(1)).",
                "A UMKM partnership is governed by Indonesian law (Law 20/2008 Art. 36(1)).",
            ),
            "dispute.governing_law",
        )
    else:
        r.add("sup.umkm", el, OK, STATED, "supply_chain.umkm_partner")


def marketing(r: TypeRows) -> None:
    """Rows ``mkt.*``: trademark licence and its recording (UU 20/2016 Ps.42), approval of
    materials, responsibility for product claims, and take-down at the end."""
    m = r.block

    def licence(m: Any) -> Verdict:
        if not m.marks:
            return (
                MISSING,
                ("Merek yang dilisensikan belum disebutkan.", "No licensed marks are named."),
                "marketing.marks",
            )
        if not m.record_licence:
            return (
                WEAK,
                (
                    "Lisensi merek tidak dicatatkan: tidak berlaku terhadap pihak lain.",
                    "The licence is not recorded: no effect on others.",
                ),
                "marketing.record_licence",
            )
        return (
            OK,
            ("Lisensi dan pencatatannya diatur.", "Licence and its recording are stated."),
            "",
        )

    def claims(m: Any) -> Verdict:
        return (
            OK,
            (
                "Masing-masing bertanggung jawab atas klaim produknya.",
                "Each answers for the claims about its products.",
            ),
            "",
        )

    r.judge("mkt.licence", ("Lisensi merek", "Trademark licence"), licence)
    days = m.approval_days if m else 10
    unit = ("hari kerja", "working days") if m else ("hari", "days")
    r.add(
        "mkt.approval",
        ("Persetujuan materi promosi", "Approval of materials"),
        OK,
        (
            f"{days} {unit[0]}; tanpa jawaban berarti ditolak.",
            f"{days} {unit[1]}; no answer means refusal.",
        ),
        "marketing.approval_days",
    )
    r.judge("mkt.claims", ("Klaim produk dan iklan", "Product claims and advertising"), claims)
    r.add(
        "mkt.exit",
        ("Penarikan materi saat berakhir", "Take-down at the end"),
        OK,
        STATED,
        "marketing.takedown_days",
    )
