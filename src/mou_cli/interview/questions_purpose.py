"""The questions on why and what: the background, the goals (each measurable) and the scope,
offered together as details (the type suggests a first goal and the scope)."""

from __future__ import annotations

from mou_cli.interview.conditions import (
    deadline_after_signing,
    goal_hint,
    scope_suggestions,
    type_suggestion,
)
from mou_cli.interview.spec import Details, Group, Q, Topic
from mou_cli.messages import msg

GOAL_QUESTIONS = (
    Q(
        "description",
        "text",
        msg("Apa yang ingin dicapai", "What should be achieved"),
        default=type_suggestion("goal"),
        translatable=True,
        label=msg("Tujuan", "Goal"),
    ),
    Q(
        "metric",
        "text",
        msg("Ukurannya (apa yang dihitung)", "Measured by (what is counted)"),
        default=type_suggestion("metric"),
        optional=True,
        translatable=True,
        label=msg("Ukuran", "Measure"),
    ),
    Q(
        "target",
        "target",
        msg("Target", "Target"),
        optional=True,
        parts=("target", "unit"),
    ),
    Q(
        "deadline",
        "date",
        msg("Tenggat", "Deadline"),
        optional=True,
        check=deadline_after_signing,
    ),
)

PURPOSE = Topic(
    "purpose",
    msg("Latar belakang, tujuan dan ruang lingkup", "Background, goals and scope"),
    (
        Details(
            "purpose",
            msg(
                "Atur latar belakang, tujuan dan ruang lingkup?",
                "Set the background, goals and scope?",
            ),
            (
                Q(
                    "background",
                    "list",
                    msg("Latar belakang", "Background"),
                    msg(
                        "Mengapa para pihak bekerja sama; satu kalimat per butir.",
                        "Why the parties work together; one sentence each.",
                    ),
                    optional=True,
                    translatable=True,
                ),
                Group(
                    "goals",
                    msg("Tujuan {n}", "Goal {n}"),
                    GOAL_QUESTIONS,
                    maximum=10,
                    note=goal_hint,
                ),
                Q(
                    "scope",
                    "list",
                    msg("Kegiatan", "Activities"),
                    msg(
                        "Kegiatan yang dicakup kerja sama.",
                        "The activities the cooperation covers.",
                    ),
                    default=scope_suggestions,
                    optional=True,
                    translatable=True,
                    label=msg("Ruang lingkup", "Scope"),
                ),
            ),
        ),
    ),
)
