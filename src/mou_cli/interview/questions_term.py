"""The questions on the term, its renewal and termination."""

from __future__ import annotations

from mou_cli.interview.spec import Details, Q, Titled, Topic
from mou_cli.messages import msg

SURVIVE = Titled(
    {
        "confidentiality": msg("Kerahasiaan", "Confidentiality"),
        "ip": msg("Kekayaan intelektual", "Intellectual property"),
        "dispute": msg("Penyelesaian sengketa", "Dispute resolution"),
    }
)

TERM = Topic(
    "term",
    msg("Jangka waktu dan pengakhiran", "Term and termination"),
    (
        Details(
            "term",
            msg("Atur jangka waktu dan pengakhiran?", "Set the term and termination?"),
            (
                Q(
                    "term.start",
                    "date",
                    msg("Mulai berlaku", "Starts on"),
                    default=lambda x: x.get("date"),
                ),
                Q("term.years", "int", msg("Jangka waktu (tahun)", "Term (years)")),
                Q(
                    "term.renewal",
                    "select",
                    msg("Perpanjangan", "Renewal"),
                    choices=Titled(
                        {
                            "by_written_agreement": msg(
                                "Dengan kesepakatan tertulis", "By written agreement"
                            ),
                            "automatic": msg("Otomatis", "Automatic"),
                            "none": msg("Tidak dapat diperpanjang", "No renewal"),
                        }
                    ),
                ),
                Q(
                    "term.renewal_years",
                    "int",
                    msg("Diperpanjang setiap kali (tahun)", "Each renewal lasts (years)"),
                    default=1,
                    when=lambda x: x.get("term.renewal") == "automatic",
                ),
                Q(
                    "termination.notice_days",
                    "int",
                    msg("Pemberitahuan pengakhiran (hari)", "Notice of termination (days)"),
                ),
                Q(
                    "termination.cure_days",
                    "int",
                    msg("Masa perbaikan pelanggaran (hari)", "Time to cure a breach (days)"),
                ),
                Q(
                    "termination.survive",
                    "checkbox",
                    msg("Tetap berlaku setelah berakhir", "Still in force after the end"),
                    choices=SURVIVE,
                    default=["confidentiality", "ip", "dispute"],
                ),
            ),
        ),
    ),
)
