"""The questions on the parties: one group item per party. Its name, address and signatory
are asked; the rest (short name, kind, country, registration, the signatory's title in each
language of the document and the authority they sign under, the party's own document number,
the contact for notices) is guessed from those and offered as details."""

from __future__ import annotations

from mou_cli.interview import defaults
from mou_cli.interview.conditions import guess_kind, short_name, unique_short_name
from mou_cli.interview.spec import Details, Group, Q, Titled, Topic
from mou_cli.interview.state import Ctx, text_of
from mou_cli.messages import msg
from mou_cli.model_party import names_region, usual_basis


def _abroad(x: Ctx) -> bool:
    return "indonesia" not in str(x.here("jurisdiction", "Indonesia")).lower()


def signatory_title(x: Ctx) -> str:
    """The usual title for the party's kind (a regency: Bupati), in the language asked."""
    kind, name = x.here("kind", "company"), str(x.here("name", ""))
    return text_of(defaults.signatory_title(kind, name, _abroad(x)), x.text_lang)


def authority_basis(x: Ctx) -> str:
    """The usual authority for the party's kind and its signatory's title."""
    kind, name = x.here("kind", "company"), str(x.here("name", ""))
    regional = kind == "government" and not _abroad(x) and names_region(name)
    title = x.here("representative.title", "")
    titles = list(title.values()) if isinstance(title, dict) else [str(title)]
    signs_for_self = x.here("representative.name") == x.here("name")
    return usual_basis(kind, regional, [t for t in titles if t], signs_for_self)


AUTHORITY = Titled(
    {
        "articles": msg("Anggaran dasar (akta pendirian)", "Articles of association (deed)"),
        "power_of_attorney": msg("Surat kuasa / pelimpahan wewenang", "Power of attorney"),
        "regional_head": msg("Kepala daerah (PP 28/2018)", "Regional head (PP 28/2018)"),
        "appointment": msg("Keputusan pengangkatan (SK)", "Decree of appointment (SK)"),
        "board": msg("Pengurus menurut anggaran dasar", "Management board under its articles"),
        "office": msg("Jabatan menurut peraturan", "Office under the law"),
        "self": msg("Diri sendiri", "On their own behalf"),
    }
)

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
            translatable=True,
        ),
        Q(
            "authority.basis",
            "select",
            msg("Dasar kewenangan penanda tangan", "Signatory's authority"),
            msg(
                "Dikutip dalam komparisi: Direksi menurut anggaran dasar atau surat kuasa; "
                "Bupati/Wali Kota/Gubernur atau pejabat yang diberi kuasa; Rektor dengan SK "
                "pengangkatan; Pengurus yayasan.",
                "Cited where the parties are introduced: a company's directors under its "
                "articles or a power of attorney; the regional head or an authorised official; "
                "a Rector with the decree of appointment; a foundation's Pengurus.",
            ),
            choices=AUTHORITY,
            default=authority_basis,
            optional=True,  # left out, the draft uses the usual one for the kind
            label=msg("Kewenangan", "Authority"),
        ),
        Q(
            "authority.document",
            "text",
            msg(
                "Nomor dan tanggal akta, surat kuasa atau SK (boleh kosong)",
                "Number and date of the deed, power of attorney or decree (optional)",
            ),
            optional=True,
            translatable=True,
            label=msg("Dokumen kewenangan", "Authority document"),
        ),
        Q(
            "document_number",
            "text",
            msg("Nomor naskah pihak ini (boleh kosong)", "This party's document number (optional)"),
            msg(
                "Instansi pemerintah dan perguruan tinggi memberi nomor sendiri; dicetak di "
                "bawah judul.",
                "Government bodies and universities give their own number; printed under the "
                "title.",
            ),
            optional=True,
            when=lambda x: x.here("kind") != "individual",
            label=msg("Nomor naskah", "Document number"),
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
