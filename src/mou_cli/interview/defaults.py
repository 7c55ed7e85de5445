"""What each partnership type usually agrees: the defaults the interview offers.

``FIELDS`` holds answers-field defaults (``financial.costs``...) per type over ``COMMON``;
``SUGGEST`` holds the first scope items, the first goal and the usual contribution, offered
pre-filled for the user to adjust. The user can change every one of them.
"""

from __future__ import annotations

from typing import Any

from mou_cli.messages import Msg, msg

MISSING = object()

# "financial.profit_sharing" here is the answer to "will the parties share profits?".
COMMON: dict[str, Any] = {
    "binding": False,
    "financial.profit_sharing": False,
    "financial.profit_sharing.basis": "net_profit",
    "financial.profit_sharing.payment_frequency": "quarterly",
    "financial.profit_sharing.reporting_days": 30,
    "financial.costs": "each_party_own",
    "ip.foreground": "joint",
    "ip.branding": "prior_written_consent",
    "confidentiality.years": 3,
    "governance.committee": False,
    "governance.meetings": "quarterly",
    "governance.decisions": "unanimous",
    "governance.deadlock": "escalate_to_leaders",
    "evaluation.kpi_review": "quarterly",
    "evaluation.annual_report": False,
    "term.years": 2,
    "term.renewal": "by_written_agreement",
    "termination.notice_days": 30,
    "termination.cure_days": 30,
    "dispute.negotiation_days": 30,
    "dispute.mediation": True,
}

SOLE = ("sole", "exclusive")  # "distributor tunggal": at least 5 years (PP 29/2021 Ps.35(4))

# A default may be a function of the answers so far (``Ctx``), as the term of a sole
# distributor is.
FIELDS: dict[str, dict[str, Any]] = {
    "strategic": {
        "governance.committee": True,
        "evaluation.kpi_review": "semiannual",
        "term.years": 3,
        "termination.notice_days": 60,
    },
    "joint_venture": {
        "binding": True,
        "financial.profit_sharing": True,
        "financial.profit_sharing.payment_frequency": "annually",
        "financial.profit_sharing.reporting_days": 60,
        "financial.costs": "shared",
        "governance.committee": True,
        "governance.members_per_party": 2,
        "governance.meetings": "monthly",
        "governance.decisions": "majority",
        "governance.deadlock": "mediation",
        "evaluation.annual_report": True,
        "confidentiality.years": 5,
        "term.years": 5,
        "termination.notice_days": 180,
        "termination.cure_days": 60,
        "dispute.forum": "arbitration",
    },
    "distribution": {
        "binding": True,
        "financial.profit_sharing.basis": "gross_revenue",
        "financial.profit_sharing.payment_frequency": "monthly",
        "financial.profit_sharing.reporting_days": 15,
        "ip.foreground": "party",
        "ip.branding": "licensed_for_term",
        "confidentiality.years": 5,
        "evaluation.kpi_review": "quarterly",
        "term.years": lambda x: 5 if x.get("distribution.exclusivity") in SOLE else 3,
        "term.renewal": "automatic",
        "term.renewal_years": 1,
        "termination.notice_days": 90,
    },
    "marketing": {
        "financial.profit_sharing.basis": "gross_revenue",
        "ip.branding": "licensed_for_term",
        "evaluation.kpi_review": "monthly",
        "term.years": 1,
    },
    "technology": {
        "ip.publications": "allowed_after_review",
        "confidentiality.years": 5,
        "term.years": 3,
        "termination.notice_days": 60,
    },
    "community": {
        "financial.costs": "shared",
        "evaluation.annual_report": True,
        "confidentiality.years": 2,
        "term.years": 1,
        "termination.cure_days": 14,
        "dispute.forum": "court",
    },
    "supply_chain": {
        "binding": True,
        "governance.meetings": "monthly",
        "evaluation.kpi_review": "monthly",
        "term.years": 2,
        "term.renewal": "automatic",
        "term.renewal_years": 1,
        "termination.notice_days": 90,
    },
}

SUGGEST: dict[str, dict[str, Any]] = {
    "strategic": {
        "scope": [
            msg("Penyusunan rencana kerja bersama", "Preparing a joint work plan"),
            msg("Pertukaran informasi dan keahlian", "Exchanging information and expertise"),
        ],
        "goal": msg("Menyepakati rencana kerja tahunan", "Agree an annual work plan"),
        "metric": msg("rencana kerja yang ditandatangani", "signed work plans"),
    },
    "joint_venture": {
        "scope": [
            msg("Pendirian dan pengelolaan usaha patungan", "Setting up and running the venture"),
            msg("Penyetoran modal oleh setiap pihak", "Capital contributions by each party"),
        ],
        "goal": msg("Memulai operasi komersial usaha patungan", "Start the venture's operations"),
        "metric": msg("pendapatan tahunan (Rupiah)", "annual revenue (IDR)"),
        "contribution": msg("Setoran modal", "Capital contribution"),
    },
    "distribution": {
        "scope": [
            msg(
                "Distribusi eksklusif produk di wilayah yang disepakati",
                "Exclusive distribution of the products in the agreed territory",
            ),
            msg(
                "Target penjualan dan laporan penjualan bulanan",
                "Sales targets and monthly reports",
            ),
            msg("Layanan purnajual dan garansi", "After-sales service and warranty"),
        ],
        "goal": msg("Mencapai target penjualan di wilayah distribusi", "Meet the sales target"),
        "metric": msg("unit terjual", "units sold"),
    },
    "marketing": {
        "scope": [
            msg("Kampanye pemasaran bersama", "Joint marketing campaigns"),
            msg("Penggunaan merek bersama (co-branding)", "Co-branding"),
        ],
        "goal": msg("Menjangkau calon pelanggan baru", "Reach new prospective customers"),
        "metric": msg("jumlah prospek baru", "new leads"),
    },
    "technology": {
        "scope": [
            msg("Riset dan pengembangan bersama", "Joint research and development"),
            msg("Uji coba teknologi", "Technology trials"),
        ],
        "goal": msg("Menyelesaikan purwarupa dan uji coba", "Complete a prototype and trial"),
        "metric": msg("jumlah pengguna uji coba", "trial users"),
    },
    "community": {
        "scope": [
            msg("Pelaksanaan program bagi masyarakat", "Running the programme for the community"),
            msg("Pelaporan kegiatan kepada publik", "Public reporting on activities"),
        ],
        "goal": msg("Menjangkau penerima manfaat program", "Reach the programme's beneficiaries"),
        "metric": msg("jumlah penerima manfaat", "beneficiaries reached"),
        "contribution": msg("Tenaga pelaksana dan fasilitas", "Staff and facilities"),
    },
    "supply_chain": {
        "scope": [
            msg(
                "Pasokan bahan sesuai spesifikasi mutu", "Supply of goods to quality specifications"
            ),
            msg("Perencanaan permintaan dan jadwal pengiriman", "Demand planning and deliveries"),
        ],
        "goal": msg("Menjamin pasokan tepat waktu", "Secure on-time supply"),
        "metric": msg("persentase pengiriman tepat waktu", "on-time delivery rate (%)"),
    },
}


# The suggested title, the subject after "TENTANG" / "ON" (the kind of document, "PERJANJIAN
# DISTRIBUSI" / "DISTRIBUTION AGREEMENT", heads the title block already): what the parties do
# together, never "partnership" in English.
TITLES: dict[str, Msg] = {
    "strategic": msg("Kerja Sama Strategis", "Strategic Cooperation"),
    "joint_venture": msg("Usaha Patungan", "Joint Venture"),
    "distribution": msg("Distribusi Produk", "Distribution of Products"),
    "marketing": msg("Pemasaran Bersama", "Joint Marketing"),
    "technology": msg("Kerja Sama Teknologi", "Technology Cooperation"),
    "community": msg("Program Kemasyarakatan", "Community Programme"),
    "supply_chain": msg("Pasokan Barang", "Supply of Goods"),
}


def field_default(type_: str | None, path: str) -> Any:
    """The default for an answers field (item-free path) under ``type_``, or MISSING."""
    by_type = FIELDS.get(type_ or "", {})
    if path in by_type:
        return by_type[path]
    return COMMON.get(path, MISSING)


def suggestion(type_: str | None, key: str) -> Any:
    """A suggested text (``goal``, ``metric``, ``contribution``) or list (``scope``)."""
    return SUGGEST.get(type_ or "", {}).get(key)


def pick(message: Msg | None, lang: str) -> str | None:
    """``message`` in ``lang`` (``id`` or ``en``), or None."""
    if not message:
        return None
    return message["id"] if lang == "id" else message["en"] if lang == "en" else None


# The usual signatory of a party, by kind: (Indonesian, English). A regional government signs
# through its head (PP 28/2018): a regency's Bupati, a city's Wali Kota, a province's Gubernur.
SIGNATORY_TITLES: dict[str, Msg] = {
    "company": msg("Direktur Utama", "President Director"),
    "company_abroad": msg("Direktur", "Director"),
    "nonprofit": msg("Ketua Pengurus", "Chairperson of the Board of Management"),
    "regency": msg("Bupati", "Regent"),
    "city": msg("Wali Kota", "Mayor"),
    "province": msg("Gubernur", "Governor"),
    "ministry": msg("Menteri", "Minister"),
    "government": msg("Kepala", "Head"),
    "university": msg("Rektor", "Rector"),
    "cooperative": msg("Ketua", "Chairperson"),
    "individual": msg("Pribadi", "In person"),
}
_GOVERNMENTS = (
    ("regency", ("kabupaten", "pemkab")),
    ("city", ("kota ", "pemkot")),
    ("province", ("provinsi", "pemprov")),
    ("ministry", ("kementerian", "ministry")),
)


def signatory_title(kind: str, name: str, abroad: bool) -> Msg:
    """The usual title of the signatory for a party of ``kind`` named ``name``; a company
    from abroad is signed for by a Director, not the Indonesian "Direktur Utama"."""
    if kind == "company" and abroad:
        return SIGNATORY_TITLES["company_abroad"]
    if kind == "government":
        low = name.lower() + " "
        for key, words in _GOVERNMENTS:
            if any(w in low for w in words):
                return SIGNATORY_TITLES[key]
    return SIGNATORY_TITLES.get(kind, SIGNATORY_TITLES["company"])
