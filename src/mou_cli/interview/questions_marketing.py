"""The co-marketing questions (``marketing.*``; spec §3): the marks are asked, the campaign,
approval of materials, the brand guidelines, costs, withdrawal and consumer data offered as
details. All of them belong in a binding agreement: an MoU states intent only, with no licence
and no fees."""

from __future__ import annotations

from mou_cli.interview.conditions_types import both, mark_owner, pks
from mou_cli.interview.spec import Details, Group, Q, Titled
from mou_cli.messages import msg

MARKETING_PKS = pks("marketing")

MARKS = Group(
    "marketing.marks",
    msg("Merek {n}", "Mark {n}"),
    (
        Q(
            "mark",
            "text",
            msg("Merek yang dipakai dalam kampanye", "A trademark used in the campaign"),
            msg(
                "Lisensi merek dicatat di DJKI agar berlaku bagi pihak ketiga (UU 20/2016 "
                "Pasal 42).",
                "A trademark licence is recorded with DJKI to bind others (Law 20/2016 "
                "Article 42).",
            ),
            label=msg("Merek", "Mark"),
        ),
        Q("owner", "party", msg("Pemilik merek", "Owner of the mark"), default=mark_owner),
        Q(
            "registration",
            "text",
            msg("Nomor pendaftaran DJKI (boleh kosong)", "DJKI registration number (optional)"),
            optional=True,
            label=msg("Nomor pendaftaran", "Registration number"),
        ),
    ),
    maximum=6,
    when=MARKETING_PKS,
)

MARKETING = (
    MARKS,
    Details(
        "marketing",
        msg("Atur ketentuan pemasaran bersama?", "Set the co-marketing terms?"),
        (
            Q(
                "marketing.campaign",
                "list",
                msg("Kegiatan kampanye", "Campaign activities"),
                when=MARKETING_PKS,
                optional=True,
                translatable=True,
                label=msg("Kampanye", "Campaign"),
            ),
            Q(
                "marketing.media",
                "list",
                msg("Media tempat merek dipakai", "Media where the marks are used"),
                when=both(MARKETING_PKS, lambda x: bool(x.get("marketing.marks"))),
                optional=True,
                translatable=True,
                label=msg("Media", "Media"),
            ),
            Q(
                "marketing.record_licence",
                "confirm",
                msg("Lisensi merek dicatatkan di DJKI?", "Record the trademark licence with DJKI?"),
                default=True,
                when=both(MARKETING_PKS, lambda x: bool(x.get("marketing.marks"))),
                label=msg("Pencatatan lisensi", "Licence recorded"),
            ),
            Q(
                "marketing.approval_days",
                "int",
                msg(
                    "Materi promosi disetujui atau ditolak dalam (hari kerja)",
                    "Materials approved or refused within (working days)",
                ),
                msg("Tanpa jawaban berarti ditolak.", "No answer means refused."),
                default=5,
                when=MARKETING_PKS,
                label=msg(
                    "Persetujuan materi (hari kerja)", "Approval of materials (working days)"
                ),
            ),
            Q(
                "marketing.brand_guidelines",
                "text",
                msg(
                    "Pedoman merek yang diikuti materi (nama dan versi; boleh kosong)",
                    "Brand guidelines the materials follow (name and version; optional)",
                ),
                msg(
                    "Kosong: setiap pemilik merek menyerahkan pedomannya sendiri.",
                    "Empty: each owner of a mark hands over its own guidelines.",
                ),
                when=MARKETING_PKS,
                optional=True,
                translatable=True,
                label=msg("Pedoman merek", "Brand guidelines"),
            ),
            Q(
                "marketing.money",
                "select",
                msg("Biaya kampanye", "Campaign costs"),
                choices=Titled(
                    {
                        "cost_split": msg(
                            "Ditanggung para pihak (lihat Keuangan)",
                            "Borne by the parties (see Money)",
                        ),
                        "fee": msg("Satu pihak membayar imbalan", "One party pays a fee"),
                        "revenue_share": msg("Bagi hasil pendapatan", "A share of the revenue"),
                    }
                ),
                default="cost_split",
                when=MARKETING_PKS,
            ),
            Q(
                "marketing.fee.amount",
                "money",
                msg("Besar imbalan", "The fee"),
                when=both(MARKETING_PKS, lambda x: x.get("marketing.money") == "fee"),
                parts=("amount", "currency"),
                label=msg("Imbalan", "Fee"),
            ),
            Q(
                "marketing.fee_payer",
                "party",
                msg("Pihak yang membayar imbalan", "The party paying the fee"),
                default=lambda x: x.short_names[0] if x.short_names else None,
                when=both(MARKETING_PKS, lambda x: x.get("marketing.money") == "fee"),
            ),
            Q(
                "marketing.takedown_days",
                "int",
                msg(
                    "Materi ditarik setelah kerja sama berakhir dalam (hari)",
                    "Materials withdrawn after the end within (days)",
                ),
                default=30,
                when=MARKETING_PKS,
            ),
            Q(
                "marketing.consumer_data",
                "confirm",
                msg(
                    "Data konsumen dikumpulkan atau dibagi?",
                    "Is consumer data collected or shared?",
                ),
                msg(
                    "Bila ya, pasal pelindungan data pribadi ditawarkan di bagian penutup.",
                    "If so, the personal-data clause is offered under closing terms.",
                ),
                default=False,
                when=MARKETING_PKS,
                label=msg("Data konsumen", "Consumer data"),
            ),
        ),
    ),
)
