"""The questions on each party's role: its responsibilities and contributions, offered as
details (a joint venture suggests a capital contribution)."""

from __future__ import annotations

from mou_cli.interview.conditions import type_suggestion
from mou_cli.interview.spec import Details, Group, Q, Topic
from mou_cli.messages import msg

CONTRIBUTION_QUESTIONS = (
    Q(
        "description",
        "text",
        msg("Apa yang diberikan", "What is contributed"),
        msg("Dana, barang, tenaga, fasilitas...", "Money, goods, staff, facilities..."),
        default=type_suggestion("contribution"),
        translatable=True,
        label=msg("Kontribusi", "Contribution"),
    ),
    Q(
        "amount",
        "money",
        msg("Nilai (boleh kosong)", "Amount (optional)"),
        optional=True,
        parts=("amount", "currency"),
        label=msg("Nilai", "Amount"),
    ),
)

ROLES = Topic(
    "roles",
    msg("Peran dan kontribusi", "Roles and contributions"),
    (
        Details(
            "roles",
            msg(
                "Atur peran dan kontribusi setiap pihak?",
                "Set each party's role and contributions?",
            ),
            (
                Group(
                    "roles",
                    msg("Peran {party}", "Role of {party}"),
                    (
                        Q(
                            "responsibilities",
                            "list",
                            msg("Tanggung jawab", "Responsibilities"),
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
        ),
    ),
)
