"""The questions on the document itself: its language, partnership type and kind first; its
title, number, date and place of signing offered as details."""

from __future__ import annotations

import datetime as dt

from mou_cli.interview.conditions import LANGUAGE_NAMES, TYPE_NAMES
from mou_cli.interview.defaults import TITLES
from mou_cli.interview.spec import Details, Q, Titled, Topic
from mou_cli.interview.state import text_of
from mou_cli.messages import msg

LANGUAGE = Q(
    "language",
    "select",
    msg("Bahasa dokumen", "Document language"),  # both, until the UI language is known
    msg(
        "Jika ada pihak Indonesia, UU 24/2009 mewajibkan teks bahasa Indonesia.",
        "With an Indonesian party, Law 24/2009 requires an Indonesian text.",
    ),
    choices=Titled(
        {
            "id": msg("Bahasa Indonesia", "Indonesian"),
            "id-en": msg("Indonesia + Inggris berdampingan", "Indonesian + English side by side"),
            "en": msg("Bahasa Inggris", "English"),
        }
    ),
    default="id",
)

SIGNING = Details(
    "basics",
    msg(
        "Atur judul, nomor, tanggal dan tempat penandatanganan?",
        "Set the title, number, date and place of signing?",
    ),
    (
        Q(
            "title",
            "text",
            msg("Judul (setelah kata TENTANG)", "Title (after the word ON)"),
            default=lambda x: text_of(TITLES[x.type or "strategic"], x.text_lang),
            translatable=True,
            label=msg("Judul", "Title"),
        ),
        Q(
            "number",
            "text",
            msg("Nomor dokumen (boleh kosong)", "Document number (optional)"),
            optional=True,
            label=msg("Nomor dokumen", "Document number"),
        ),
        Q(
            "date",
            "date",
            msg("Tanggal penandatanganan", "Date of signing"),
            default=lambda x: dt.date.today().isoformat(),
        ),
        Q(
            "place",
            "text",
            msg("Tempat penandatanganan (kota)", "Place of signing (city)"),
            default="Jakarta",
            label=msg("Tempat penandatanganan", "Place of signing"),
        ),
    ),
)

BASICS = Topic(
    "basics",
    msg("Dokumen", "Document"),
    (
        LANGUAGE,
        Q(
            "prevailing_language",
            "select",
            msg("Bahasa yang berlaku bila ada perbedaan?", "Which text prevails if they differ?"),
            choices=Titled(LANGUAGE_NAMES),
            default="id",
            when=lambda x: x.get("language") == "id-en",
        ),
        Q(
            "type",
            "select",
            msg("Jenis kerja sama?", "Type of cooperation?"),
            msg(
                "Menentukan pasal khusus dan nilai bawaan (misalnya pembagian keuntungan).",
                "Selects type-specific clauses and sensible defaults (e.g. profit sharing).",
            ),
            choices=Titled(TYPE_NAMES),
            default="strategic",
        ),
        Q(
            "binding",
            "select",
            msg("Sifat dokumen?", "What kind of document?"),
            msg(
                "MoU: niat bersama; yang mengikat hanya pasal yang disebut satu per satu "
                "(kerahasiaan, HKI, biaya, hukum, sengketa, pemberitahuan, jangka waktu). "
                "Harga, pembayaran, denda dan lisensi hanya ada dalam perjanjian mengikat.",
                "An MoU records intent; only the articles it lists bind (confidentiality, IP, "
                "costs, law, disputes, notices, term). Prices, payment, penalties and licences "
                "belong in a binding agreement.",
            ),
            choices=Titled(
                {
                    False: msg(
                        "Nota Kesepahaman (MoU), belum mengikat", "Memorandum of Understanding"
                    ),
                    True: msg("Perjanjian Kerja Sama, mengikat", "Binding agreement"),
                }
            ),
            label=msg("Sifat dokumen", "Kind of document"),
        ),
        SIGNING,
    ),
)
