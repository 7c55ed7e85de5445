"""The questions on the parties: one group item per party. Its name, address and signatory
are asked; the rest (short name, kind, country, registration, the signatory's title, the
contact for notices) is guessed from those and offered as details."""

from __future__ import annotations

from mou_cli.interview.conditions import (
    guess_kind,
    short_name,
    signatory_title,
    unique_short_name,
)
from mou_cli.interview.spec import Details, Group, Q, Titled, Topic
from mou_cli.messages import msg

PARTY_DETAILS = Details(
    "more",
    msg("Atur rincian pihak ini?", "Set this party's details?"),
    (
        Q(
            "short_name",
            "text",
            msg("Nama singkat di dalam teks", "Short name used in the text"),
            msg("Unik; dipakai untuk merujuk pihak ini.", "Unique; used to refer to this party."),
            default=short_name,
            check=unique_short_name,
            label=msg("Nama singkat", "Short name"),
        ),
        Q(
            "kind",
            "select",
            msg("Bentuk", "Kind"),
            choices=Titled(
                {
                    "company": msg("Perusahaan", "Company"),
                    "nonprofit": msg("Yayasan / organisasi nirlaba", "Foundation / nonprofit"),
                    "government": msg("Instansi pemerintah", "Government body"),
                    "university": msg("Perguruan tinggi", "University"),
                    "cooperative": msg("Koperasi", "Cooperative"),
                    "individual": msg("Perorangan", "Individual"),
                }
            ),
            default=guess_kind,
        ),
        Q(
            "jurisdiction",
            "text",
            msg("Negara tempat didirikan", "Country of incorporation"),
            default="Indonesia",
            label=msg("Negara", "Country"),
        ),
        Q(
            "registration",
            "text",
            msg("Nomor registrasi (NIB, AHU...; boleh kosong)", "Registration number (optional)"),
            optional=True,
            when=lambda x: x.here("kind") not in ("government", "individual"),
            label=msg("Nomor registrasi", "Registration number"),
        ),
        Q(
            "representative.title",
            "text",
            msg("Jabatan penanda tangan", "Signatory's title"),
            default=signatory_title,
        ),
        Q(
            "contact.email",
            "email",
            msg("E-mail untuk pemberitahuan (boleh kosong)", "E-mail for notices (optional)"),
            msg("Dipakai di pasal pemberitahuan.", "Used in the notices clause."),
            optional=True,
            label=msg("E-mail", "E-mail"),
        ),
        Q(
            "contact.name",
            "text",
            msg(
                "Kontak untuk pemberitahuan, bila bukan penanda tangan (boleh kosong)",
                "Contact for notices, if not the signatory (optional)",
            ),
            optional=True,
            label=msg("Kontak", "Contact"),
        ),
        Q(
            "contact.phone",
            "text",
            msg("Telepon kontak (boleh kosong)", "Contact phone (optional)"),
            optional=True,
            label=msg("Telepon", "Phone"),
        ),
    ),
)

PARTY_QUESTIONS = (
    Q(
        "name",
        "text",
        msg("Nama lengkap", "Full legal name"),
        msg("Sesuai akta, misalnya PT Tani Maju Sejahtera.", "As registered, e.g. Acme Pte. Ltd."),
    ),
    Q("address", "text", msg("Alamat", "Address")),
    Q("representative.name", "text", msg("Nama penanda tangan", "Name of the signatory")),
    PARTY_DETAILS,
)

PARTIES = Topic(
    "parties",
    msg("Para pihak", "Parties"),
    (Group("parties", msg("Pihak {n}", "Party {n}"), PARTY_QUESTIONS, minimum=2, maximum=12),),
)
