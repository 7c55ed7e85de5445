"""What each partnership type usually agrees: the defaults the interview offers.

``FIELDS`` holds answers-field defaults (``financial.costs``...) per type over ``COMMON``;
``SUGGEST`` holds the first scope items, the first goal and the usual contribution, offered
pre-filled for the user to adjust. The user can change every one of them.
"""

from __future__ import annotations

from typing import Any

from mou_cli.interview.spec import Msg, m

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
        "term.years": 3,
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
            m("Penyusunan rencana kerja bersama", "Preparing a joint work plan"),
            m("Pertukaran informasi dan keahlian", "Exchanging information and expertise"),
        ],
        "goal": m("Menyepakati rencana kerja tahunan", "Agree an annual work plan"),
        "metric": m("rencana kerja yang ditandatangani", "signed work plans"),
    },
    "joint_venture": {
        "scope": [
            m("Pendirian dan pengelolaan usaha patungan", "Setting up and running the venture"),
            m("Penyetoran modal oleh setiap pihak", "Capital contributions by each party"),
        ],
        "goal": m("Memulai operasi komersial usaha patungan", "Start the venture's operations"),
        "metric": m("pendapatan tahunan (Rupiah)", "annual revenue (IDR)"),
        "contribution": m("Setoran modal", "Capital contribution"),
    },
    "distribution": {
        "scope": [
            m(
                "Distribusi eksklusif produk di wilayah yang disepakati",
                "Exclusive distribution of the products in the agreed territory",
            ),
            m(
                "Target penjualan dan laporan penjualan bulanan",
                "Sales targets and monthly reports",
            ),
            m("Layanan purnajual dan garansi", "After-sales service and warranty"),
        ],
        "goal": m("Mencapai target penjualan di wilayah distribusi", "Meet the sales target"),
        "metric": m("unit terjual", "units sold"),
    },
    "marketing": {
        "scope": [
            m("Kampanye pemasaran bersama", "Joint marketing campaigns"),
            m("Penggunaan merek bersama (co-branding)", "Co-branding"),
        ],
        "goal": m("Menjangkau calon pelanggan baru", "Reach new prospective customers"),
        "metric": m("jumlah prospek baru", "new leads"),
    },
    "technology": {
        "scope": [
            m("Riset dan pengembangan bersama", "Joint research and development"),
            m("Uji coba teknologi", "Technology trials"),
        ],
        "goal": m("Menyelesaikan purwarupa dan uji coba", "Complete a prototype and trial"),
        "metric": m("jumlah pengguna uji coba", "trial users"),
    },
    "community": {
        "scope": [
            m("Pelaksanaan program bagi masyarakat", "Running the programme for the community"),
            m("Pelaporan kegiatan kepada publik", "Public reporting on activities"),
        ],
        "goal": m("Menjangkau penerima manfaat program", "Reach the programme's beneficiaries"),
        "metric": m("jumlah penerima manfaat", "beneficiaries reached"),
        "contribution": m("Tenaga pelaksana dan fasilitas", "Staff and facilities"),
    },
    "supply_chain": {
        "scope": [
            m("Pasokan bahan sesuai spesifikasi mutu", "Supply of goods to quality specifications"),
            m("Perencanaan permintaan dan jadwal pengiriman", "Demand planning and deliveries"),
        ],
        "goal": m("Menjamin pasokan tepat waktu", "Secure on-time supply"),
        "metric": m("persentase pengiriman tepat waktu", "on-time delivery rate (%)"),
    },
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


def pick(msg: Msg | None, lang: str) -> str | None:
    return msg.get(lang) if msg else None
