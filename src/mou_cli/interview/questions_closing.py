"""The closing questions: force majeure, notices, personal data and the signatures."""

from __future__ import annotations

from mou_cli.interview.conditions import indonesian_party
from mou_cli.interview.spec import Details, Group, Q, Topic, c
from mou_cli.messages import msg

WITNESS_QUESTIONS = (
    Q("name", "text", msg("Nama saksi", "Witness name")),
    Q("title", "text", msg("Jabatan saksi", "Witness title")),
)

CLOSING = Topic(
    "closing",
    msg("Penutup dan tanda tangan", "Closing and signatures"),
    (
        Details(
            "closing",
            msg(
                "Atur ketentuan penutup dan tanda tangan?", "Set the closing terms and signatures?"
            ),
            (
                Q(
                    "force_majeure",
                    "confirm",
                    msg("Pasal keadaan kahar (force majeure)?", "Include force majeure?"),
                    default=True,
                ),
                Q(
                    "notices",
                    "confirm",
                    msg("Pasal pemberitahuan?", "Include notices?"),
                    default=True,
                ),
                Q(
                    "personal_data.processed",
                    "confirm",
                    msg("Apakah data pribadi akan diolah?", "Will personal data be processed?"),
                    msg(
                        "Menambah pasal pelindungan data pribadi (UU 27/2022).",
                        "Adds a personal-data clause (Law 27/2022).",
                    ),
                    default=lambda x: bool(x.get("marketing.consumer_data")),
                ),
                Q(
                    "personal_data.controller",
                    "party",
                    msg("Pengendali data", "Data controller"),
                    choices=(c("joint", "Bersama (pengendali bersama)", "Joint controllers"),),
                    when=lambda x: bool(x.get("personal_data.processed")),
                ),
                Q(
                    "personal_data.cross_border",
                    "confirm",
                    msg("Data dikirim ke luar negeri?", "Transferred abroad?"),
                    default=False,
                    when=lambda x: bool(x.get("personal_data.processed")),
                ),
                Q(
                    "signatures.stamp_duty",
                    "confirm",
                    msg("Tempat meterai pada tanda tangan?", "Space for meterai (stamp duty)?"),
                    msg(
                        "Perlu agar dokumen dapat dipakai sebagai alat bukti.",
                        "Needed before use as evidence in Indonesia.",
                    ),
                    default=indonesian_party,
                ),
                Q(
                    "signatures.e_meterai",
                    "confirm",
                    msg("Memakai e-Meterai?", "Use e-Meterai?"),
                    default=False,
                    when=lambda x: bool(x.get("signatures.stamp_duty")),
                ),
                Group(
                    "signatures.witnesses",
                    msg("Saksi {n}", "Witness {n}"),
                    WITNESS_QUESTIONS,
                    maximum=4,
                ),
            ),
        ),
    ),
)
