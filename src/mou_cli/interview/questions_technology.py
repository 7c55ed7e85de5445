"""The technology questions (``technology.*``; spec §4), offered as details: the kind of
agreement (development, licence or data sharing); then, in a binding agreement only, for a
licence its parties, rights, scope, territory, royalty, recording and improvements, and for
development its milestones and acceptance. An MoU states intent: the grant and the royalty
belong in a binding agreement."""

from __future__ import annotations

from mou_cli.interview.conditions import PERIODS
from mou_cli.interview.conditions_types import When, both, licensor, of_type, other_than, pks
from mou_cli.interview.spec import Details, Q, Titled
from mou_cli.messages import msg

TECH_PKS = pks("technology")


def _subtype(value: str) -> When:
    return both(TECH_PKS, lambda x: x.get("technology.subtype") == value)


LICENCE = _subtype("licence")
LICENSED = both(of_type("technology"), lambda x: x.get("technology.subtype") == "licence")
DEVELOPMENT = _subtype("development")
ROYALTY = both(
    LICENCE,
    lambda x: any(
        x.get(f"technology.royalty.{k}") is not None for k in ("upfront", "running_percent")
    ),
)

TECHNOLOGY = (
    Details(
        "technology",
        msg("Atur ketentuan teknologi?", "Set the technology terms?"),
        (
            Q(
                "technology.subtype",
                "select",
                msg("Jenis perjanjian teknologi", "Kind of technology agreement"),
                choices=Titled(
                    {
                        None: msg("Belum dipilih", "Not chosen yet"),
                        "development": msg("Pengembangan", "Development"),
                        "licence": msg("Lisensi", "Licence"),
                        "data": msg("Berbagi data", "Data sharing"),
                    }
                ),
                when=of_type("technology"),
                optional=True,
                label=msg("Jenis", "Kind"),
            ),
            Q(
                "technology.licensor",
                "party",
                msg("Pemberi lisensi", "Licensor"),
                default=licensor,
                when=LICENSED,
            ),
            Q(
                "technology.licensee",
                "party",
                msg("Penerima lisensi", "Licensee"),
                default=other_than("technology.licensor"),
                when=LICENSED,
            ),
            Q(
                "technology.licensed_ip",
                "list",
                msg("Hak yang dilisensikan, dengan nomornya", "Rights licensed, with numbers"),
                msg("Misalnya: Paten IDP000012345.", "E.g. Patent IDP000012345."),
                when=LICENCE,
                optional=True,
                translatable=True,
                label=msg("HKI yang dilisensikan", "Licensed IP"),
            ),
            Q(
                "technology.licence_scope",
                "select",
                msg("Cakupan lisensi", "Licence scope"),
                choices=Titled(
                    {
                        "non_exclusive": msg("Non-eksklusif", "Non-exclusive"),
                        "sole": msg(
                            "Tunggal (pemberi lisensi tetap boleh memakai)",
                            "Sole (the licensor may still use it)",
                        ),
                        "exclusive": msg("Eksklusif", "Exclusive"),
                    }
                ),
                default="non_exclusive",
                when=LICENCE,
            ),
            Q(
                "technology.sublicence",
                "confirm",
                msg("Penerima lisensi boleh memberi sublisensi?", "May the licensee sublicense?"),
                default=False,
                when=LICENCE,
            ),
            Q(
                "technology.licence_territory",
                "text",
                msg("Wilayah lisensi", "Licence territory"),
                default="Indonesia",
                when=LICENCE,
                translatable=True,
                label=msg("Wilayah lisensi", "Licence territory"),
            ),
            Q(
                "technology.field_of_use",
                "text",
                msg("Bidang penggunaan (boleh kosong)", "Field of use (optional)"),
                when=LICENCE,
                optional=True,
                translatable=True,
                label=msg("Bidang penggunaan", "Field of use"),
            ),
            Q(
                "technology.royalty.running_percent",
                "percent",
                msg(
                    "Royalti berjalan (% dari penjualan bersih)", "Running royalty (% of net sales)"
                ),
                when=LICENCE,
                optional=True,
                label=msg("Royalti (%)", "Royalty (%)"),
            ),
            Q(
                "technology.royalty.upfront.amount",
                "money",
                msg("Pembayaran di muka (boleh kosong)", "Upfront payment (optional)"),
                when=LICENCE,
                optional=True,
                parts=("amount", "currency"),
                label=msg("Pembayaran di muka", "Upfront payment"),
            ),
            Q(
                "technology.royalty.reports",
                "select",
                msg("Laporan royalti", "Royalty reports"),
                choices=Titled(PERIODS),
                default="quarterly",
                when=ROYALTY,
            ),
            Q(
                "technology.recording_by",
                "select",
                msg("Lisensi dicatatkan di DJKI oleh", "The licence is recorded with DJKI by"),
                msg(
                    "Lisensi yang tidak dicatat tidak berlaku bagi pihak ketiga (UU 13/2016 "
                    "Pasal 79).",
                    "An unrecorded licence does not bind others (Law 13/2016 Article 79).",
                ),
                choices=Titled(
                    {
                        "licensee": msg("Penerima lisensi", "The licensee"),
                        "licensor": msg("Pemberi lisensi", "The licensor"),
                    }
                ),
                default="licensee",
                when=LICENCE,
                label=msg("Pencatatan lisensi", "Licence recording"),
            ),
            Q(
                "technology.improvements",
                "select",
                msg("Penyempurnaan oleh penerima lisensi", "Improvements by the licensee"),
                choices=Titled(
                    {
                        "grant_back_non_exclusive": msg(
                            "Milik penerima; lisensi non-eksklusif kembali",
                            "Licensee's; non-exclusive licence back",
                        ),
                        "grant_back_exclusive": msg(
                            "Milik penerima; lisensi eksklusif kembali",
                            "Licensee's; exclusive licence back",
                        ),
                        "none": msg(
                            "Milik penerima, tanpa lisensi kembali", "Licensee's, no grant-back"
                        ),
                    }
                ),
                default="grant_back_non_exclusive",
                when=LICENCE,
            ),
            Q(
                "technology.milestones",
                "list",
                msg("Tahapan pengembangan", "Development milestones"),
                when=DEVELOPMENT,
                optional=True,
                translatable=True,
                label=msg("Tahapan", "Milestones"),
            ),
            Q(
                "technology.acceptance_days",
                "int",
                msg(
                    "Uji penerimaan dalam (hari kerja)", "Acceptance testing within (working days)"
                ),
                default=10,
                when=DEVELOPMENT,
            ),
            Q(
                "technology.deemed_acceptance",
                "confirm",
                msg(
                    "Dianggap diterima bila tidak ditolak dalam masa itu?",
                    "Deemed accepted unless rejected within that time?",
                ),
                default=True,
                when=DEVELOPMENT,
            ),
            Q(
                "technology.source_escrow",
                "confirm",
                msg("Kode sumber dititipkan (escrow)?", "Source code in escrow?"),
                default=False,
                when=DEVELOPMENT,
            ),
        ),
    ),
)
