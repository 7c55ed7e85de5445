"""The questions on each party's role: its responsibilities and contributions."""

from __future__ import annotations

from mou_cli.interview.conditions import type_suggestion
from mou_cli.interview.spec import Group, Q, Topic
from mou_cli.messages import msg

CONTRIBUTION_QUESTIONS = (
    Q(
        "description",
        "text",
        msg("Apa yang diberikan", "What is contributed"),
        msg("Dana, barang, tenaga, fasilitas...", "Money, goods, staff, facilities..."),
        default=type_suggestion("contribution"),
        translatable=True,
    ),
    Q("amount", "amount", msg("Nilai (boleh kosong)", "Amount (optional)"), optional=True),
    Q(
        "currency",
        "text",
        msg("Mata uang (IDR, USD...)", "Currency (IDR, USD...)"),
        default="IDR",
        when=lambda x: x.here("amount") is not None,
    ),
)

ROLES = Topic(
    "roles",
    msg("Peran dan kontribusi", "Roles and contributions"),
    (
        Group(
            "roles",
            msg("{party}", "{party}"),
            (
                Q(
                    "responsibilities",
                    "list",
                    msg("Tanggung jawab", "Responsibility"),
                    optional=True,
                    translatable=True,
                ),
                Group(
                    "contributions",
                    msg("Kontribusi {n}", "Contribution {n}"),
                    CONTRIBUTION_QUESTIONS,
                    maximum=10,
                ),
            ),
            per_party=True,
        ),
    ),
)
