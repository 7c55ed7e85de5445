"""Every interview question, in the order asked, as data: field, prompt and help in Indonesian and
English, kind, choices, default and the condition under which it is asked.

The topics about the deal itself are here; those about its terms are in ``questions_terms.py``.
Defaults that depend on the partnership type live in ``defaults.py``; a question's own
``default`` is used when the type has none.
"""

from __future__ import annotations

import datetime as dt
import re

from mou_cli.interview.conditions import (
    TITLES,
    TYPE_NAMES,
    c,
    goal_hint,
    guess_kind,
    scope_suggestions,
    short_name,
    type_suggestion,
    unique_short_name,
)
from mou_cli.interview.questions_terms import (
    CLOSING,
    CONFIDENTIALITY,
    DISPUTE,
    FINANCIAL,
    GOVERNANCE,
    IP,
    TERM,
)
from mou_cli.interview.spec import Choice, Group, Q, Topic, m

# --- the topics -----------------------------------------------------------------------------

BASICS = Topic(
    "basics",
    m("Dokumen", "Document"),
    (
        Q(
            "language",
            "select",
            m("Bahasa dokumen / Document language", "Document language / Bahasa dokumen"),
            m(
                "Jika ada pihak Indonesia, UU 24/2009 mewajibkan teks bahasa Indonesia.",
                "With an Indonesian party, Law 24/2009 requires an Indonesian text.",
            ),
            choices=(
                c("id", "Bahasa Indonesia", "Bahasa Indonesia"),
                c("id-en", "Indonesia + Inggris berdampingan", "Indonesian + English side by side"),
                c("en", "Bahasa Inggris (English)", "English"),
            ),
            default="id",
        ),
        Q(
            "prevailing_language",
            "select",
            m("Bahasa yang berlaku bila ada perbedaan?", "Which text prevails if they differ?"),
            choices=(
                c("id", "Bahasa Indonesia", "Indonesian"),
                c("en", "Bahasa Inggris", "English"),
            ),
            default="id",
            when=lambda x: x.get("language") == "id-en",
        ),
        Q(
            "type",
            "select",
            m("Jenis kemitraan?", "Type of partnership?"),
            m(
                "Menentukan pasal khusus dan nilai bawaan (misalnya pembagian keuntungan).",
                "Selects type-specific clauses and sensible defaults (e.g. profit sharing).",
            ),
            choices=tuple(Choice(k, v) for k, v in TYPE_NAMES.items()),
            default="strategic",
        ),
        Q(
            "binding",
            "select",
            m("Sifat dokumen?", "What kind of document?"),
            m(
                "MoU: niat bersama; hanya kerahasiaan, HKI dan sengketa yang mengikat.",
                "An MoU records intent; only confidentiality, IP and disputes bind.",
            ),
            choices=(
                c(False, "Nota Kesepahaman (MoU), belum mengikat", "Memorandum of Understanding"),
                c(True, "Perjanjian Kerja Sama, mengikat", "Binding partnership agreement"),
            ),
        ),
        Q(
            "title",
            "text",
            m("Judul (setelah kata TENTANG)", "Title (after the word ON)"),
            default=lambda x: TYPE_NAMES[x.type or "strategic"][x.text_lang],
            translatable=True,
        ),
        Q(
            "number",
            "text",
            m("Nomor dokumen (boleh kosong)", "Document number (optional)"),
            optional=True,
        ),
        Q(
            "date",
            "date",
            m("Tanggal penandatanganan", "Date of signing"),
            default=lambda x: dt.date.today().isoformat(),
        ),
        Q(
            "place",
            "text",
            m("Tempat penandatanganan (kota)", "Place of signing (city)"),
            default="Jakarta",
        ),
    ),
)

PARTY_QUESTIONS = (
    Q(
        "name",
        "text",
        m("Nama lengkap", "Full legal name"),
        m("Sesuai akta, misalnya PT Tani Maju Sejahtera.", "As registered, e.g. Acme Pte. Ltd."),
    ),
    Q(
        "short_name",
        "text",
        m("Nama singkat di dalam teks", "Short name used in the text"),
        m("Unik; dipakai untuk merujuk pihak ini.", "Unique; used to refer to this party."),
        default=short_name,
        check=unique_short_name,
    ),
    Q(
        "kind",
        "select",
        m("Bentuk", "Kind"),
        choices=(
            c("company", "Perusahaan", "Company"),
            c("nonprofit", "Yayasan / organisasi nirlaba", "Foundation / nonprofit"),
            c("government", "Instansi pemerintah", "Government body"),
            c("university", "Perguruan tinggi", "University"),
            c("cooperative", "Koperasi", "Cooperative"),
            c("individual", "Perorangan", "Individual"),
        ),
        default=guess_kind,
    ),
    Q(
        "jurisdiction",
        "text",
        m("Negara tempat didirikan", "Country of incorporation"),
        default="Indonesia",
    ),
    Q(
        "registration",
        "text",
        m("Nomor registrasi (NIB, AHU...; boleh kosong)", "Registration number (optional)"),
        optional=True,
    ),
    Q("address", "text", m("Alamat", "Address")),
    Q("representative.name", "text", m("Nama penanda tangan", "Name of the signatory")),
    Q(
        "representative.title",
        "text",
        m("Jabatan penanda tangan", "Signatory's title"),
        default=lambda x: TITLES.get(x.here("kind", "company"), TITLES["company"])[x.text_lang],
    ),
    Q(
        "contact.email",
        "email",
        m("E-mail untuk pemberitahuan (boleh kosong)", "E-mail for notices (optional)"),
        m("Dipakai di pasal pemberitahuan.", "Used in the notices clause."),
        optional=True,
    ),
    Q(
        "contact.name",
        "text",
        m("Nama kontak", "Contact person"),
        default=lambda x: x.here("representative.name"),
        when=lambda x: bool(x.here("contact.email")),
    ),
    Q(
        "contact.phone",
        "text",
        m("Telepon kontak (boleh kosong)", "Contact phone (optional)"),
        optional=True,
        when=lambda x: bool(x.here("contact.email")),
    ),
)

PARTIES = Topic(
    "parties",
    m("Para pihak", "Parties"),
    (Group("parties", m("Pihak {n}", "Party {n}"), PARTY_QUESTIONS, minimum=2, maximum=12),),
)

BACKGROUND = Topic(
    "background",
    m("Latar belakang", "Background"),
    (
        Q(
            "background",
            "list",
            m("Latar belakang", "Background"),
            m(
                "Mengapa para pihak bekerja sama; satu kalimat per butir.",
                "Why the parties work together; one sentence each.",
            ),
            optional=True,
            translatable=True,
        ),
    ),
)

GOAL_QUESTIONS = (
    Q(
        "description",
        "text",
        m("Apa yang ingin dicapai", "What should be achieved"),
        default=type_suggestion("goal"),
        translatable=True,
        label=m("Tujuan", "Goal"),
    ),
    Q(
        "metric",
        "text",
        m("Ukurannya (apa yang dihitung)", "Measured by (what is counted)"),
        default=type_suggestion("metric"),
        optional=True,
        translatable=True,
    ),
    Q("target", "text", m("Target (angka)", "Target (a number)"), optional=True),
    Q("deadline", "date", m("Tenggat", "Deadline"), optional=True),
)


GOALS = Topic(
    "goals",
    m("Tujuan", "Goals"),
    (Group("goals", m("Tujuan {n}", "Goal {n}"), GOAL_QUESTIONS, maximum=10, note=goal_hint),),
)

SCOPE = Topic(
    "scope",
    m("Ruang lingkup", "Scope"),
    (
        Q(
            "_interview.territory",
            "text",
            m(
                "Wilayah distribusi (misalnya Provinsi Jawa Timur)",
                "Territory (e.g. East Java Province)",
            ),
            optional=True,
            when=lambda x: x.type == "distribution",
            label=m("Wilayah", "Territory"),
        ),
        Q(
            "_interview.exclusive",
            "confirm",
            m("Eksklusif di wilayah itu?", "Exclusive in that territory?"),
            default=True,
            when=lambda x: x.type == "distribution" and bool(x.get("_interview.territory")),
            label=m("Eksklusif", "Exclusive"),
        ),
        Q(
            "scope",
            "list",
            m("Kegiatan", "Activity"),
            m("Kegiatan yang dicakup kerja sama.", "The activities the partnership covers."),
            default=scope_suggestions,
            optional=True,
            translatable=True,
        ),
    ),
)

CONTRIBUTION_QUESTIONS = (
    Q(
        "description",
        "text",
        m("Apa yang diberikan", "What is contributed"),
        m("Dana, barang, tenaga, fasilitas...", "Money, goods, staff, facilities..."),
        default=type_suggestion("contribution"),
        translatable=True,
    ),
    Q("amount", "amount", m("Nilai (boleh kosong)", "Amount (optional)"), optional=True),
    Q(
        "currency",
        "text",
        m("Mata uang (IDR, USD...)", "Currency (IDR, USD...)"),
        default="IDR",
        when=lambda x: x.here("amount") is not None,
    ),
)

ROLES = Topic(
    "roles",
    m("Peran dan kontribusi", "Roles and contributions"),
    (
        Group(
            "roles",
            m("{party}", "{party}"),
            (
                Q(
                    "responsibilities",
                    "list",
                    m("Tanggung jawab", "Responsibility"),
                    optional=True,
                    translatable=True,
                ),
                Group(
                    "contributions",
                    m("Kontribusi {n}", "Contribution {n}"),
                    CONTRIBUTION_QUESTIONS,
                    maximum=10,
                ),
            ),
            per_party=True,
        ),
    ),
)


TOPICS: tuple[Topic, ...] = (
    BASICS,
    PARTIES,
    BACKGROUND,
    GOALS,
    SCOPE,
    ROLES,
    FINANCIAL,
    IP,
    CONFIDENTIALITY,
    GOVERNANCE,
    TERM,
    DISPUTE,
    CLOSING,
)


def topic(topic_id: str) -> Topic:
    return next(t for t in TOPICS if t.id == topic_id)


def topic_of(field: str) -> Topic | None:
    """The topic whose questions fill ``field`` (``parties[1].contact.email`` -> parties)."""
    head = re.split(r"[.\[]", field, maxsplit=1)[0]
    for t in TOPICS:
        for item in t.items:
            if re.split(r"[.\[]", item.path, maxsplit=1)[0] == head:
                return t
    return None
