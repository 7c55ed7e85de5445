"""The questions on disputes: negotiation, mediation, the forum and the governing law."""

from __future__ import annotations

from mou_cli.interview.conditions import LANGUAGE_NAMES, court_default, foreign_party, forum
from mou_cli.interview.spec import OTHER, Details, Q, Titled, Topic, c
from mou_cli.messages import msg
from mou_cli.model_base import is_abroad

INSTITUTIONS = (
    c(
        "BANI",
        "BANI (Badan Arbitrase Nasional Indonesia)",
        "BANI (Indonesian National Board of Arbitration)",
    ),
    c("SIAC", "SIAC (Singapura)", "SIAC (Singapore)"),
    c("ICC", "ICC", "ICC"),
    c(OTHER, "Lainnya…", "Other…"),
)

DISPUTE = Topic(
    "dispute",
    msg("Penyelesaian sengketa", "Disputes"),
    (
        Details(
            "dispute",
            msg("Atur penyelesaian sengketa?", "Set dispute resolution?"),
            (
                Q(
                    "dispute.negotiation_days",
                    "int",
                    msg("Musyawarah paling lama (hari)", "Negotiation lasts up to (days)"),
                ),
                Q(
                    "dispute.mediation",
                    "confirm",
                    msg("Mediasi sebelum ke forum?", "Mediation before the forum?"),
                ),
                Q(
                    "dispute.forum",
                    "select",
                    msg("Forum penyelesaian", "Forum"),
                    msg(
                        "Arbitrase: tertutup dan final. Pengadilan: terbuka dan dapat banding.",
                        "Arbitration is private and final; courts are public and allow appeals.",
                    ),
                    choices=Titled(
                        {
                            "arbitration": msg("Arbitrase", "Arbitration"),
                            "court": msg("Pengadilan Negeri", "Court"),
                        }
                    ),
                    default=lambda x: "arbitration" if foreign_party(x) else "court",
                ),
                Q(
                    "dispute.arbitration.institution",
                    "select",
                    msg("Lembaga arbitrase", "Arbitration institution"),
                    choices=INSTITUTIONS,
                    default=lambda x: "SIAC" if foreign_party(x) else "BANI",
                    when=lambda x: forum(x) == "arbitration",
                ),
                Q(
                    "dispute.arbitration.seat",
                    "text",
                    msg("Tempat (seat) arbitrase", "Seat of arbitration"),
                    default=lambda x: (
                        "Singapore"
                        if x.get("dispute.arbitration.institution") == "SIAC"
                        else "Jakarta"
                    ),
                    when=lambda x: forum(x) == "arbitration",
                ),
                Q(
                    "dispute.arbitration.arbitrators",
                    "select",
                    msg("Jumlah arbiter", "Number of arbitrators"),
                    choices=Titled({1: msg("1 (lebih hemat)", "1 (cheaper)"), 3: msg("3", "3")}),
                    default=lambda x: 3 if x.type == "joint_venture" else 1,
                    when=lambda x: forum(x) == "arbitration",
                ),
                Q(
                    "dispute.arbitration.language",
                    "select",
                    msg("Bahasa arbitrase", "Language of the arbitration"),
                    choices=Titled(LANGUAGE_NAMES),
                    # the seat's language: English for a seat abroad (SIAC in Singapore)
                    default=lambda x: (
                        "en"
                        if is_abroad(x.get("dispute.arbitration.seat"))
                        else x.get("prevailing_language") or "id"
                    ),
                    when=lambda x: forum(x) == "arbitration" and x.get("language") == "id-en",
                ),
                Q(
                    "dispute.court",
                    "text",
                    msg("Pengadilan", "Court"),
                    default=court_default,
                    when=lambda x: forum(x) == "court",
                ),
                Q(
                    "dispute.governing_law",
                    "text",
                    msg("Hukum yang berlaku", "Governing law"),
                    default=lambda x: (
                        "Republik Indonesia" if x.text_lang == "id" else "Republic of Indonesia"
                    ),
                ),
            ),
        ),
    ),
)
