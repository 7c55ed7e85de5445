"""The questions on intellectual property (ownership, licence, publishing, branding) and on
confidentiality, offered as details."""

from __future__ import annotations

from mou_cli.interview.spec import Details, Q, Titled, Topic
from mou_cli.messages import msg

IP = Topic(
    "ip",
    msg("Kekayaan intelektual dan kerahasiaan", "Intellectual property and confidentiality"),
    (
        Details(
            "ip",
            msg(
                "Atur kekayaan intelektual dan kerahasiaan?",
                "Set intellectual property and confidentiality?",
            ),
            (
                Q(
                    "ip.foreground",
                    "select",
                    msg(
                        "HKI yang dihasilkan bersama dimiliki",
                        "New IP made under the agreement belongs to",
                    ),
                    msg(
                        "HKI yang sudah ada tetap milik masing-masing pihak.",
                        "Existing IP stays with its owner.",
                    ),
                    choices=Titled(
                        {
                            "joint": msg("Bersama", "The parties jointly"),
                            "party": msg("Satu pihak", "One party"),
                        }
                    ),
                ),
                Q(
                    "ip.foreground_owner",
                    "party",
                    msg("Pihak pemilik", "Which party?"),
                    when=lambda x: x.get("ip.foreground") == "party",
                ),
                Q(
                    "ip.license",
                    "select",
                    msg("Lisensi bagi pihak lain", "Licence for the other parties"),
                    choices=Titled(
                        {
                            "non_exclusive_royalty_free_for_purpose": msg(
                                "Non-eksklusif, bebas royalti, untuk tujuan kerja sama",
                                "Non-exclusive, royalty-free, for the agreed purpose",
                            ),
                            "none": msg("Tidak ada", "None"),
                        }
                    ),
                    default="non_exclusive_royalty_free_for_purpose",
                ),
                Q(
                    "ip.publications",
                    "select",
                    msg("Publikasi hasil kerja sama", "Publishing the results"),
                    choices=Titled(
                        {
                            None: msg("Tidak diatur", "Not addressed"),
                            "allowed_after_review": msg(
                                "Boleh, setelah ditinjau pihak lain", "Allowed after review"
                            ),
                            "not_allowed": msg("Tidak boleh", "Not allowed"),
                        }
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
                    msg("Masa tinjauan naskah (hari)", "Review period (days)"),
                    default=30,
                    when=lambda x: x.get("ip.publications") == "allowed_after_review",
                ),
                Q(
                    "ip.branding",
                    "select",
                    msg(
                        "Penggunaan logo dan merek pihak lain",
                        "Using another party's name and logo",
                    ),
                    choices=Titled(
                        {
                            "prior_written_consent": msg(
                                "Dengan persetujuan tertulis", "With prior written consent"
                            ),
                            "licensed_for_term": msg(
                                "Diizinkan selama kerja sama", "Licensed for the term"
                            ),
                        }
                    ),
                ),
                Q(
                    "confidentiality.years",
                    "int",
                    msg(
                        "Kerahasiaan berlaku berapa tahun setelah berakhir?",
                        "Confidentiality lasts how many years after the end?",
                    ),
                    msg("0 = berakhir bersama perjanjian.", "0 = ends with the agreement."),
                    label=msg(
                        "Kerahasiaan (tahun setelah berakhir)",
                        "Confidentiality (years after the end)",
                    ),
                ),
            ),
        ),
    ),
)
