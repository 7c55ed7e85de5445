"""The questions on the parties: one group item per party, with its signatory and contact."""

from __future__ import annotations

from mou_cli.interview.conditions import TITLES, guess_kind, short_name, unique_short_name
from mou_cli.interview.spec import Group, Q, Titled, Topic
from mou_cli.interview.state import text_of
from mou_cli.messages import msg

PARTY_QUESTIONS = (
    Q(
        "name",
        "text",
        msg("Nama lengkap", "Full legal name"),
        msg("Sesuai akta, misalnya PT Tani Maju Sejahtera.", "As registered, e.g. Acme Pte. Ltd."),
    ),
    Q(
        "short_name",
        "text",
        msg("Nama singkat di dalam teks", "Short name used in the text"),
        msg("Unik; dipakai untuk merujuk pihak ini.", "Unique; used to refer to this party."),
        default=short_name,
        check=unique_short_name,
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
    ),
    Q(
        "registration",
        "text",
        msg("Nomor registrasi (NIB, AHU...; boleh kosong)", "Registration number (optional)"),
        optional=True,
    ),
    Q("address", "text", msg("Alamat", "Address")),
    Q("representative.name", "text", msg("Nama penanda tangan", "Name of the signatory")),
    Q(
        "representative.title",
        "text",
        msg("Jabatan penanda tangan", "Signatory's title"),
        default=lambda x: text_of(
            TITLES.get(x.here("kind", "company"), TITLES["company"]), x.text_lang
        ),
    ),
    Q(
        "contact.email",
        "email",
        msg("E-mail untuk pemberitahuan (boleh kosong)", "E-mail for notices (optional)"),
        msg("Dipakai di pasal pemberitahuan.", "Used in the notices clause."),
        optional=True,
    ),
    Q(
        "contact.name",
        "text",
        msg("Nama kontak", "Contact person"),
        default=lambda x: x.here("representative.name"),
        when=lambda x: bool(x.here("contact.email")),
    ),
    Q(
        "contact.phone",
        "text",
        msg("Telepon kontak (boleh kosong)", "Contact phone (optional)"),
        optional=True,
        when=lambda x: bool(x.here("contact.email")),
    ),
)

PARTIES = Topic(
    "parties",
    msg("Para pihak", "Parties"),
    (Group("parties", msg("Pihak {n}", "Party {n}"), PARTY_QUESTIONS, minimum=2, maximum=12),),
)
