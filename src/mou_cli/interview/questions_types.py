"""The terms of each partnership type, one screen (``TERMS``): each question is asked for its
type only, and a term that ``../shared/spec/partnership-types.md`` puts in a binding agreement
only (prices, payment, penalties, licences, fees, royalties, grants, reports) only when the
document binds.

Each type has its table (``questions_distribution``, ``questions_venture``,
``questions_supply``, ``questions_marketing``, ``questions_technology``); community and strategic
alliance are here. A hurried user meets at most three prompts of a type: what nobody can
suggest is asked, the rest is offered as one list of details.
"""

from __future__ import annotations

from mou_cli.interview.conditions import PERIODS
from mou_cli.interview.conditions_types import (
    both,
    grantor,
    of_type,
    other_than,
    pks,
    tranche_check,
    tranche_left,
)
from mou_cli.interview.questions_distribution import DISTRIBUTION
from mou_cli.interview.questions_marketing import MARKETING
from mou_cli.interview.questions_supply import SUPPLY_CHAIN
from mou_cli.interview.questions_technology import TECHNOLOGY
from mou_cli.interview.questions_venture import JOINT_VENTURE
from mou_cli.interview.spec import Details, Group, Q, Titled, Topic
from mou_cli.messages import msg

# --- community and grants (spec §5): money, reports and audit belong in a binding agreement ---

COMMUNITY_PKS = pks("community")
GRANTED = both(COMMUNITY_PKS, lambda x: x.get("community.grant") is not None)

TRANCHES = Group(
    "community.tranches",
    msg("Tahap {n}", "Tranche {n}"),
    (
        Q(
            "condition",
            "text",
            msg("Syarat pencairan tahap ini", "Condition for releasing this tranche"),
            msg(
                "Misalnya: setelah perjanjian ditandatangani; setelah laporan triwulan I diterima.",
                "E.g. on signing; once the first quarterly report is received.",
            ),
            translatable=True,
            label=msg("Syarat", "Condition"),
        ),
        Q(
            "percent",
            "percent",
            msg("Bagian dana (%)", "Share of the grant (%)"),
            default=tranche_left,
            check=tranche_check,
            label=msg("Bagian (%)", "Share (%)"),
        ),
    ),
    maximum=6,
    when=GRANTED,
)

COMMUNITY = (
    Q(
        "community.beneficiaries",
        "list",
        msg("Penerima manfaat program", "The programme's beneficiaries"),
        msg("Misalnya: petani di Desa Sukamaju.", "E.g. farmers in Sukamaju village."),
        when=of_type("community"),
        optional=True,
        translatable=True,
        label=msg("Penerima manfaat", "Beneficiaries"),
    ),
    Q(
        "community.grant.amount",
        "money",
        msg("Dana hibah (boleh kosong)", "Grant amount (optional)"),
        when=COMMUNITY_PKS,
        optional=True,
        parts=("amount", "currency"),
        label=msg("Dana hibah", "Grant"),
    ),
    Details(
        "community",
        msg("Atur ketentuan program?", "Set the programme terms?"),
        (
            Q(
                "community.location",
                "text",
                msg("Lokasi program", "Where the programme runs"),
                when=of_type("community"),
                optional=True,
                translatable=True,
                label=msg("Lokasi", "Location"),
            ),
            Q(
                "community.vulnerable_groups",
                "confirm",
                msg(
                    "Program melibatkan anak atau orang dewasa rentan?",
                    "Does it involve children or vulnerable adults?",
                ),
                default=False,
                when=of_type("community"),
                label=msg("Kelompok rentan", "Vulnerable groups"),
            ),
            Q(
                "community.safeguarding",
                "confirm",
                msg(
                    "Pasal perlindungan penerima manfaat (safeguarding)?",
                    "A safeguarding clause for beneficiaries?",
                ),
                msg(
                    "Dugaan pelanggaran dilaporkan dalam 24 jam.",
                    "Suspected harm is reported within 24 hours.",
                ),
                default=True,
                when=of_type("community"),
                label=msg("Safeguarding", "Safeguarding"),
            ),
            Q(
                "community.grantor",
                "party",
                msg("Pemberi hibah", "Grantor"),
                default=grantor,
                when=GRANTED,
            ),
            Q(
                "community.grantee",
                "party",
                msg("Penerima hibah", "Grantee"),
                default=other_than("community.grantor"),
                when=GRANTED,
            ),
            Q(
                "community.partner_form",
                "select",
                msg("Bentuk badan penerima", "The grantee's legal form"),
                choices=Titled(
                    {
                        None: msg("Tidak disebut", "Not stated"),
                        "yayasan": msg("Yayasan", "Foundation (yayasan)"),
                        "perkumpulan": msg("Perkumpulan", "Association (perkumpulan)"),
                        "ormas": msg("Organisasi kemasyarakatan", "Civil society organisation"),
                        "community": msg("Kelompok masyarakat atau desa", "Community or village"),
                        "foreign_ngo": msg("Organisasi asing", "Foreign NGO"),
                    }
                ),
                when=GRANTED,
                optional=True,
                label=msg("Bentuk penerima", "Grantee's form"),
            ),
            TRANCHES,
            Q(
                "community.eligible_costs",
                "list",
                msg("Penggunaan dana (biaya yang boleh dibayar)", "Use of funds (eligible costs)"),
                when=GRANTED,
                optional=True,
                translatable=True,
                label=msg("Penggunaan dana", "Use of funds"),
            ),
            Q(
                "community.separate_account",
                "confirm",
                msg("Dana disimpan di rekening terpisah?", "Funds kept in a separate account?"),
                default=True,
                when=GRANTED,
            ),
            Q(
                "community.narrative_reports",
                "select",
                msg("Laporan kegiatan", "Activity reports"),
                choices=Titled(PERIODS),
                default="quarterly",
                when=COMMUNITY_PKS,
            ),
            Q(
                "community.financial_reports",
                "select",
                msg("Laporan keuangan", "Financial reports"),
                choices=Titled(PERIODS),
                default="semiannually",
                when=COMMUNITY_PKS,
            ),
            Q(
                "community.audit_right",
                "confirm",
                msg("Hak audit atas penggunaan dana?", "A right to audit the use of funds?"),
                default=True,
                when=COMMUNITY_PKS,
            ),
            Q(
                "community.assets_after",
                "select",
                msg("Aset program setelah berakhir menjadi milik", "After the end, assets go to"),
                choices=Titled(
                    {
                        None: msg("Tidak diatur", "Not addressed"),
                        "community": msg("Masyarakat penerima manfaat", "The community"),
                        "grantee": msg("Penerima hibah", "The grantee"),
                        "grantor": msg("Pemberi hibah", "The grantor"),
                    }
                ),
                default="community",
                when=GRANTED,
                optional=True,
                label=msg("Aset setelah berakhir", "Assets after the end"),
            ),
            Q(
                "community.exit_plan",
                "text",
                msg("Rencana keberlanjutan setelah program", "Exit and sustainability plan"),
                when=COMMUNITY_PKS,
                optional=True,
                translatable=True,
                label=msg("Rencana keberlanjutan", "Exit plan"),
            ),
        ),
    ),
)

# --- strategic alliance (spec §6): joint planning and non-solicitation, MoU or not ------------

STRATEGIC_IS = of_type("strategic")

STRATEGIC = (
    Details(
        "strategic",
        msg("Atur ketentuan aliansi strategis?", "Set the strategic alliance terms?"),
        (
            Q(
                "strategic.fields",
                "list",
                msg("Bidang kerja sama (untuk rencana bersama)", "Fields of joint planning"),
                msg(
                    "Kerja sama ini tidak eksklusif: setiap pihak tetap bebas bekerja sama "
                    "dengan pihak lain.",
                    "The alliance is not exclusive: each party may still work with others.",
                ),
                when=STRATEGIC_IS,
                optional=True,
                translatable=True,
                label=msg("Bidang kerja sama", "Fields"),
            ),
            Q(
                "strategic.competitors",
                "confirm",
                msg("Apakah para pihak pesaing usaha?", "Do the parties compete?"),
                msg(
                    "Bila ya, tidak ada pertukaran harga atau pembagian pasar (UU 5/1999).",
                    "If so, no exchange of prices or sharing of markets (Law 5/1999).",
                ),
                default=False,
                when=STRATEGIC_IS,
                label=msg("Pesaing usaha", "Competitors"),
            ),
            Q(
                "strategic.definitive_agreements",
                "list",
                msg("Perjanjian lanjutan yang akan dibuat", "Agreements to follow"),
                when=STRATEGIC_IS,
                optional=True,
                translatable=True,
                label=msg("Perjanjian lanjutan", "Agreements to follow"),
            ),
            Q(
                "strategic.non_solicitation",
                "confirm",
                msg(
                    "Para pihak tidak merekrut karyawan pihak lain?",
                    "No hiring away of each other's staff?",
                ),
                default=False,
                when=STRATEGIC_IS,
                label=msg("Larangan merekrut karyawan", "Non-solicitation"),
            ),
            Q(
                "strategic.non_solicit_months",
                "int",
                msg("Berlaku sampai (bulan setelah berakhir)", "Lasting (months after the end)"),
                default=12,
                when=both(STRATEGIC_IS, lambda x: bool(x.get("strategic.non_solicitation"))),
            ),
        ),
    ),
)

TERMS = Topic(
    "terms",
    msg("Ketentuan khusus jenis kerja sama", "Terms of this type of agreement"),
    (
        *DISTRIBUTION,
        *JOINT_VENTURE,
        *SUPPLY_CHAIN,
        *MARKETING,
        *TECHNOLOGY,
        *COMMUNITY,
        *STRATEGIC,
    ),
)
