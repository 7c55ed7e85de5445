"""The questions on terms (money, IP, confidentiality, governance, term, disputes, closing).

Data like ``questions.py``, which lists every topic in order.
"""

from __future__ import annotations

from mou_cli.interview.conditions import (
    c,
    court_default,
    foreign_party,
    forum,
    indonesian_party,
    profit_on,
    shares_profit,
)
from mou_cli.interview.spec import Group, Q, Topic, m

FREQUENCIES = (
    c("quarterly", "Setiap triwulan", "Quarterly"),
    c("monthly", "Setiap bulan", "Monthly"),
    c("semiannually", "Setiap semester", "Every six months"),
    c("annually", "Setiap tahun", "Annually"),
)

FINANCIAL = Topic(
    "financial",
    m("Keuangan", "Money"),
    (
        Q(
            "financial.profit_sharing",
            "confirm",
            m("Apakah keuntungan dibagi?", "Will the parties share profits?"),
            presence=True,
            when=shares_profit,
            otherwise=None,
            label=m("Pembagian keuntungan", "Profit sharing"),
        ),
        Q(
            "financial.profit_sharing.basis",
            "select",
            m("Dasar pembagian", "Shared on"),
            choices=(
                c("net_profit", "Laba bersih", "Net profit"),
                c("gross_revenue", "Pendapatan kotor", "Gross revenue"),
            ),
            when=profit_on,
        ),
        Q(
            "financial.profit_sharing.shares",
            "shares",
            m("Bagian {party} (%)", "Share of {party} (%)"),
            m(
                "Bagian harus berjumlah 100%; isi 0 bila tidak mendapat bagian.",
                "Shares sum to 100%; 0 for none.",
            ),
            when=profit_on,
            label=m("Bagian keuntungan", "Profit shares"),
        ),
        Q(
            "financial.profit_sharing.payment_frequency",
            "select",
            m("Pembayaran bagian", "Shares paid"),
            choices=FREQUENCIES,
            when=profit_on,
        ),
        Q(
            "financial.profit_sharing.reporting_days",
            "int",
            m(
                "Laporan keuangan paling lambat (hari setelah periode)",
                "Financial report due (days after each period)",
            ),
            when=profit_on,
        ),
        Q(
            "financial.profit_sharing.audit_rights",
            "confirm",
            m("Hak audit bagi setiap pihak?", "Audit rights for each party?"),
            default=True,
            when=profit_on,
        ),
        Q(
            "financial.costs",
            "select",
            m("Biaya kegiatan ditanggung", "Costs are borne"),
            choices=(
                c("each_party_own", "Masing-masing pihak", "By each party for its own part"),
                c("shared", "Bersama, dengan persentase", "Shared, by percentage"),
            ),
        ),
        Q(
            "financial.cost_shares",
            "shares",
            m("Bagian biaya {party} (%)", "Cost share of {party} (%)"),
            when=lambda x: x.get("financial.costs") == "shared",
            label=m("Bagian biaya", "Cost shares"),
        ),
    ),
)

IP = Topic(
    "ip",
    m("Kekayaan intelektual", "Intellectual property"),
    (
        Q(
            "ip.foreground",
            "select",
            m("HKI yang dihasilkan bersama dimiliki", "New IP made in the partnership belongs to"),
            m(
                "HKI yang sudah ada tetap milik masing-masing pihak.",
                "Existing IP stays with its owner.",
            ),
            choices=(
                c("joint", "Bersama", "The parties jointly"),
                c("party", "Satu pihak", "One party"),
            ),
        ),
        Q(
            "ip.foreground_owner",
            "party",
            m("Pihak pemilik", "Which party?"),
            when=lambda x: x.get("ip.foreground") == "party",
        ),
        Q(
            "ip.license",
            "select",
            m("Lisensi bagi pihak lain", "Licence for the other parties"),
            choices=(
                c(
                    "non_exclusive_royalty_free_for_purpose",
                    "Non-eksklusif, bebas royalti, untuk tujuan kerja sama",
                    "Non-exclusive, royalty-free, for the partnership",
                ),
                c("none", "Tidak ada", "None"),
            ),
            default="non_exclusive_royalty_free_for_purpose",
        ),
        Q(
            "ip.publications",
            "select",
            m("Publikasi hasil kerja sama", "Publishing the results"),
            choices=(
                c(None, "Tidak diatur", "Not addressed"),
                c(
                    "allowed_after_review",
                    "Boleh, setelah ditinjau pihak lain",
                    "Allowed after review",
                ),
                c("not_allowed", "Tidak boleh", "Not allowed"),
            ),
            default=lambda x: (
                "allowed_after_review"
                if any(p.get("kind") == "university" for p in x.parties)
                else None
            ),
            optional=True,
        ),
        Q(
            "ip.review_days",
            "int",
            m("Masa tinjauan naskah (hari)", "Review period (days)"),
            default=30,
            when=lambda x: x.get("ip.publications") == "allowed_after_review",
        ),
        Q(
            "ip.branding",
            "select",
            m("Penggunaan logo dan merek pihak lain", "Using another party's name and logo"),
            choices=(
                c(
                    "prior_written_consent",
                    "Dengan persetujuan tertulis",
                    "With prior written consent",
                ),
                c("licensed_for_term", "Diizinkan selama kerja sama", "Licensed for the term"),
            ),
        ),
    ),
)

CONFIDENTIALITY = Topic(
    "confidentiality",
    m("Kerahasiaan", "Confidentiality"),
    (
        Q(
            "confidentiality.years",
            "int",
            m(
                "Kerahasiaan berlaku berapa tahun setelah berakhir?",
                "Confidentiality lasts how many years after the end?",
            ),
            m("0 = berakhir bersama perjanjian.", "0 = ends with the agreement."),
        ),
    ),
)

GOVERNANCE = Topic(
    "governance",
    m("Tata kelola dan evaluasi", "Governance and review"),
    (
        Q(
            "governance.committee",
            "confirm",
            m("Bentuk komite bersama?", "Set up a joint committee?"),
        ),
        Q(
            "governance.members_per_party",
            "int",
            m("Anggota komite per pihak", "Committee members per party"),
            default=1,
            when=lambda x: bool(x.get("governance.committee")),
        ),
        Q(
            "governance.meetings",
            "select",
            m("Rapat koordinasi", "Coordination meetings"),
            choices=(
                c("quarterly", "Setiap triwulan", "Quarterly"),
                c("monthly", "Setiap bulan", "Monthly"),
                c("weekly", "Setiap minggu", "Weekly"),
            ),
        ),
        Q(
            "governance.decisions",
            "select",
            m("Keputusan diambil", "Decisions are taken"),
            choices=(
                c("unanimous", "Dengan mufakat (suara bulat)", "Unanimously"),
                c("majority", "Dengan suara terbanyak", "By majority"),
            ),
        ),
        Q(
            "governance.deadlock",
            "select",
            m("Jika buntu", "If deadlocked"),
            choices=(
                c(
                    "escalate_to_leaders",
                    "Dibawa ke pimpinan para pihak",
                    "Escalate to the parties' leaders",
                ),
                c("mediation", "Mediasi", "Mediation"),
            ),
        ),
        Q(
            "evaluation.kpi_review",
            "select",
            m("Evaluasi capaian (KPI)", "Performance (KPI) review"),
            choices=(
                c("quarterly", "Setiap triwulan", "Quarterly"),
                c("monthly", "Setiap bulan", "Monthly"),
                c("semiannual", "Setiap semester", "Every six months"),
                c("annual", "Setiap tahun", "Annually"),
            ),
        ),
        Q(
            "evaluation.annual_report",
            "confirm",
            m("Laporan tahunan bersama?", "A joint annual report?"),
        ),
    ),
)

SURVIVE = (
    c("confidentiality", "Kerahasiaan", "Confidentiality"),
    c("ip", "Kekayaan intelektual", "Intellectual property"),
    c("dispute", "Penyelesaian sengketa", "Dispute resolution"),
)

TERM = Topic(
    "term",
    m("Jangka waktu dan pengakhiran", "Term and termination"),
    (
        Q("term.start", "date", m("Mulai berlaku", "Starts on"), default=lambda x: x.get("date")),
        Q("term.years", "int", m("Jangka waktu (tahun)", "Term (years)")),
        Q(
            "term.renewal",
            "select",
            m("Perpanjangan", "Renewal"),
            choices=(
                c("by_written_agreement", "Dengan kesepakatan tertulis", "By written agreement"),
                c("automatic", "Otomatis", "Automatic"),
                c("none", "Tidak dapat diperpanjang", "No renewal"),
            ),
        ),
        Q(
            "term.renewal_years",
            "int",
            m("Diperpanjang setiap kali (tahun)", "Each renewal lasts (years)"),
            default=1,
            when=lambda x: x.get("term.renewal") == "automatic",
        ),
        Q(
            "termination.notice_days",
            "int",
            m("Pemberitahuan pengakhiran (hari)", "Notice of termination (days)"),
        ),
        Q(
            "termination.cure_days",
            "int",
            m("Masa perbaikan pelanggaran (hari)", "Time to cure a breach (days)"),
        ),
        Q(
            "termination.survive",
            "checkbox",
            m("Tetap berlaku setelah berakhir", "Still in force after the end"),
            choices=SURVIVE,
            default=["confidentiality", "ip", "dispute"],
        ),
    ),
)

INSTITUTIONS = (
    c(
        "BANI",
        "BANI (Badan Arbitrase Nasional Indonesia)",
        "BANI (Indonesian National Board of Arbitration)",
    ),
    c("SIAC", "SIAC (Singapura)", "SIAC (Singapore)"),
    c("ICC", "ICC", "ICC"),
    c("__other__", "Lainnya…", "Other…"),
)


DISPUTE = Topic(
    "dispute",
    m("Penyelesaian sengketa", "Disputes"),
    (
        Q(
            "dispute.negotiation_days",
            "int",
            m("Musyawarah paling lama (hari)", "Negotiation lasts up to (days)"),
        ),
        Q(
            "dispute.mediation",
            "confirm",
            m("Mediasi sebelum ke forum?", "Mediation before the forum?"),
        ),
        Q(
            "dispute.forum",
            "select",
            m("Forum penyelesaian", "Forum"),
            m(
                "Arbitrase: tertutup dan final. Pengadilan: terbuka dan dapat banding.",
                "Arbitration is private and final; courts are public and allow appeals.",
            ),
            choices=(
                c("arbitration", "Arbitrase", "Arbitration"),
                c("court", "Pengadilan Negeri", "Court"),
            ),
            default=lambda x: "arbitration" if foreign_party(x) else "court",
        ),
        Q(
            "dispute.arbitration.institution",
            "select",
            m("Lembaga arbitrase", "Arbitration institution"),
            choices=INSTITUTIONS,
            default=lambda x: "SIAC" if foreign_party(x) else "BANI",
            when=lambda x: forum(x) == "arbitration",
        ),
        Q(
            "dispute.arbitration.seat",
            "text",
            m("Tempat (seat) arbitrase", "Seat of arbitration"),
            default=lambda x: (
                "Singapore" if x.get("dispute.arbitration.institution") == "SIAC" else "Jakarta"
            ),
            when=lambda x: forum(x) == "arbitration",
        ),
        Q(
            "dispute.arbitration.arbitrators",
            "select",
            m("Jumlah arbiter", "Number of arbitrators"),
            choices=(c(1, "1 (lebih hemat)", "1 (cheaper)"), c(3, "3", "3")),
            default=lambda x: 3 if x.type == "joint_venture" else 1,
            when=lambda x: forum(x) == "arbitration",
        ),
        Q(
            "dispute.arbitration.language",
            "select",
            m("Bahasa arbitrase", "Language of the arbitration"),
            choices=(
                c("id", "Bahasa Indonesia", "Indonesian"),
                c("en", "Bahasa Inggris", "English"),
            ),
            default=lambda x: x.get("prevailing_language") or "id",
            when=lambda x: forum(x) == "arbitration" and x.get("language") == "id-en",
        ),
        Q(
            "dispute.court",
            "text",
            m("Pengadilan", "Court"),
            default=court_default,
            when=lambda x: forum(x) == "court",
        ),
        Q(
            "dispute.governing_law",
            "text",
            m("Hukum yang berlaku", "Governing law"),
            default=lambda x: (
                "Republik Indonesia" if x.text_lang == "id" else "Republic of Indonesia"
            ),
        ),
    ),
)

WITNESS_QUESTIONS = (
    Q("name", "text", m("Nama saksi", "Witness name")),
    Q("title", "text", m("Jabatan saksi", "Witness title")),
)

CLOSING = Topic(
    "closing",
    m("Penutup dan tanda tangan", "Closing and signatures"),
    (
        Q(
            "force_majeure",
            "confirm",
            m("Pasal keadaan kahar (force majeure)?", "Include force majeure?"),
            default=True,
        ),
        Q("notices", "confirm", m("Pasal pemberitahuan?", "Include notices?"), default=True),
        Q(
            "personal_data.processed",
            "confirm",
            m("Apakah data pribadi akan diolah?", "Will personal data be processed?"),
            m(
                "Menambah pasal pelindungan data pribadi (UU 27/2022).",
                "Adds a personal-data clause (Law 27/2022).",
            ),
            default=False,
        ),
        Q(
            "personal_data.controller",
            "party",
            m("Pengendali data", "Data controller"),
            choices=(c("joint", "Bersama (pengendali bersama)", "Joint controllers"),),
            when=lambda x: bool(x.get("personal_data.processed")),
        ),
        Q(
            "personal_data.cross_border",
            "confirm",
            m("Data dikirim ke luar negeri?", "Transferred abroad?"),
            default=False,
            when=lambda x: bool(x.get("personal_data.processed")),
        ),
        Q(
            "signatures.stamp_duty",
            "confirm",
            m("Tempat meterai pada tanda tangan?", "Space for meterai (stamp duty)?"),
            m(
                "Perlu agar dokumen dapat dipakai sebagai alat bukti.",
                "Needed before use as evidence in Indonesia.",
            ),
            default=indonesian_party,
        ),
        Q(
            "signatures.e_meterai",
            "confirm",
            m("Memakai e-Meterai?", "Use e-Meterai?"),
            default=False,
            when=lambda x: bool(x.get("signatures.stamp_duty")),
        ),
        Group("signatures.witnesses", m("Saksi {n}", "Witness {n}"), WITNESS_QUESTIONS, maximum=4),
    ),
)
