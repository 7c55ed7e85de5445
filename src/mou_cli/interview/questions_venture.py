"""The joint venture questions (``joint_venture.*``; spec §2): the vehicle and its authorised
capital are asked; the company, paid-up capital, shareholding and board, and in a binding
agreement the reserved matters, deadlock, lock-up, pre-emption and exit, are offered as details.
An MoU is a term sheet: it states vehicle, capital, stakes and board as intent, and may bind a
period of exclusive negotiation."""

from __future__ import annotations

from mou_cli.interview.conditions_types import (
    When,
    both,
    kbli_check,
    mou,
    of_type,
    paid_up,
    paid_up_check,
    pks,
)
from mou_cli.interview.spec import Details, Q, Titled
from mou_cli.messages import msg

IS = of_type("joint_venture")
PKS = pks("joint_venture")


def _company(first: When) -> When:
    """Asked when the venture is a company (a new or an existing PT), not a contract only."""
    return both(first, lambda x: x.get("joint_venture.vehicle") != "unincorporated")


VEHICLE = Q(
    "joint_venture.vehicle",
    "select",
    msg("Bentuk usaha patungan", "Joint venture vehicle"),
    msg(
        "Penanaman modal asing wajib berbentuk PT (UU 25/2007 Pasal 5 ayat (2)).",
        "Foreign investment must take the form of a PT (Law 25/2007 Article 5(2)).",
    ),
    choices=Titled(
        {
            "new_pt": msg(
                "PT baru (PT PMA bila ada pemegang saham asing)",
                "A new PT (a PT PMA with a foreign shareholder)",
            ),
            "existing_pt": msg("PT yang sudah ada", "An existing PT"),
            "unincorporated": msg(
                "Tanpa badan usaha baru (kerja sama operasi)",
                "No new company (a contractual joint operation)",
            ),
        }
    ),
    default="new_pt",
    when=IS,
    label=msg("Bentuk usaha", "Vehicle"),
)

CAPITAL = Q(
    "joint_venture.authorised_capital.amount",
    "money",
    msg("Modal dasar perusahaan (boleh kosong)", "The company's authorised capital (optional)"),
    when=_company(IS),
    optional=True,
    parts=("amount", "currency"),
    label=msg("Modal dasar", "Authorised capital"),
)

COMPANY = (
    Q(
        "joint_venture.company_name",
        "text",
        msg("Nama (rencana) perusahaan", "The (proposed) company's name"),
        when=_company(IS),
        optional=True,
        label=msg("Nama perusahaan", "Company name"),
    ),
    Q(
        "joint_venture.kbli",
        "list",
        msg("Kode KBLI kegiatan usaha (5 angka)", "KBLI business codes (5 digits)"),
        when=_company(IS),
        optional=True,
        check=kbli_check,
        label=msg("KBLI", "KBLI"),
    ),
    Q(
        "joint_venture.paid_up_capital.amount",
        "money",
        msg("Modal ditempatkan dan disetor", "Issued and paid-up capital"),
        msg(
            "Paling sedikit 25% dari modal dasar (UU 40/2007 Pasal 33).",
            "At least 25% of the authorised capital (Law 40/2007 Article 33).",
        ),
        default=paid_up,
        when=_company(IS),
        optional=True,
        check=paid_up_check,
        parts=("amount", "currency"),
        label=msg("Modal disetor", "Paid-up capital"),
    ),
    Q(
        "joint_venture.shareholding",
        "shares",
        msg("Saham {party} (%)", "Shares of {party} (%)"),
        msg("Kepemilikan berjumlah 100%.", "The holdings sum to 100%."),
        when=_company(IS),
        label=msg("Kepemilikan saham", "Shareholding"),
    ),
    Q(
        "joint_venture.directors",
        "int",
        msg("Jumlah anggota Direksi (boleh kosong)", "Number of directors (optional)"),
        when=_company(IS),
        optional=True,
        label=msg("Direksi", "Directors"),
    ),
    Q(
        "joint_venture.commissioners",
        "int",
        msg("Jumlah anggota Dewan Komisaris (boleh kosong)", "Number of commissioners (optional)"),
        when=_company(IS),
        optional=True,
        label=msg("Dewan Komisaris", "Commissioners"),
    ),
    Q(
        "joint_venture.board_seats",
        "select",
        msg("Kursi Direksi dan Dewan Komisaris", "Board seats"),
        choices=Titled(
            {
                "by_stake": msg("Menurut besar saham", "In proportion to the stakes"),
                "equal": msg("Sama banyak untuk setiap pihak", "Equal for each party"),
            }
        ),
        default="by_stake",
        when=_company(IS),
    ),
    Q(
        "joint_venture.exclusive_negotiation_days",
        "int",
        msg(
            "Masa negosiasi eksklusif yang mengikat (hari; boleh kosong)",
            "Binding period of exclusive negotiation (days; optional)",
        ),
        when=mou("joint_venture"),
        optional=True,
        label=msg("Negosiasi eksklusif (hari)", "Exclusive negotiation (days)"),
    ),
)

CONTROL = (
    Q(
        "joint_venture.reserved_matters",
        "list",
        msg("Keputusan lain yang memerlukan persetujuan semua pihak", "More reserved matters"),
        msg(
            "Ditambahkan pada daftar baku (anggaran dasar, modal, penggabungan, pembubaran...).",
            "Added to the standard list (articles, capital, merger, dissolution...).",
        ),
        when=PKS,
        optional=True,
        translatable=True,
        label=msg("Hal yang memerlukan persetujuan", "Reserved matters"),
    ),
    Q(
        "joint_venture.deadlock",
        "select",
        msg("Bila terjadi kebuntuan", "On deadlock"),
        msg(
            "Sesudah pembahasan oleh pimpinan dan mediasi.",
            "After escalation to the leaders and mediation.",
        ),
        choices=Titled(
            {
                "put_call": msg(
                    "Satu pihak dapat menjual atau membeli saham pada nilai wajar",
                    "A party may sell or buy the shares at fair value",
                ),
                "buy_sell": msg(
                    "Penawaran beli-jual (yang menawar harga, yang lain memilih)",
                    "Buy-sell offer (one names the price, the other chooses)",
                ),
                "dissolve": msg("Perusahaan dibubarkan", "The company is dissolved"),
                "escalate_only": msg(
                    "Hanya dibawa ke pimpinan para pihak", "Escalation to the leaders only"
                ),
            }
        ),
        default="put_call",
        when=PKS,
        label=msg("Kebuntuan", "Deadlock"),
    ),
    Q(
        "joint_venture.lock_up_years",
        "int",
        msg("Saham tidak boleh dialihkan selama (tahun)", "Shares locked up for (years)"),
        default=3,
        when=PKS,
        label=msg("Masa larangan pengalihan (tahun)", "Lock-up (years)"),
    ),
    Q(
        "joint_venture.rofr",
        "confirm",
        msg(
            "Saham yang dijual ditawarkan dulu kepada pihak lain?",
            "Shares for sale offered to the other parties first?",
        ),
        default=True,
        when=PKS,
        label=msg("Hak didahulukan (ROFR)", "Right of first refusal"),
    ),
    Q(
        "joint_venture.rofr_days",
        "int",
        msg("Masa penawaran (hari)", "Offer period (days)"),
        msg(
            "UU 40/2007 Pasal 58: penawaran berlaku 30 hari.",
            "Law 40/2007 Article 58: the offer stands for 30 days.",
        ),
        default=30,
        when=both(PKS, lambda x: x.get("joint_venture.rofr") is not False),
    ),
    Q(
        "joint_venture.tag_along",
        "confirm",
        msg(
            "Pihak minoritas boleh ikut menjual bila mayoritas menjual (tag-along)?",
            "Minority may sell along with the majority (tag-along)?",
        ),
        default=True,
        when=PKS,
        label=msg("Ikut menjual (tag-along)", "Tag-along"),
    ),
    Q(
        "joint_venture.drag_along",
        "confirm",
        msg(
            "Mayoritas dapat mewajibkan minoritas ikut menjual (drag-along)?",
            "Majority may require the minority to sell too (drag-along)?",
        ),
        default=False,
        when=PKS,
        label=msg("Wajib ikut menjual (drag-along)", "Drag-along"),
    ),
    Q(
        "joint_venture.change_of_control",
        "confirm",
        msg(
            "Perubahan pengendali suatu pihak memberi hak membeli sahamnya?",
            "A change of control of a party lets the others buy its shares?",
        ),
        default=True,
        when=PKS,
        label=msg("Perubahan pengendali", "Change of control"),
    ),
)

JOINT_VENTURE = (
    VEHICLE,
    CAPITAL,
    Details(
        "joint_venture",
        msg("Atur ketentuan usaha patungan?", "Set the joint venture terms?"),
        (*COMPANY, *CONTROL),
    ),
)
