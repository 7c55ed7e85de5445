"""The questions on governance (committee, meetings, decisions, deadlock) and evaluation."""

from __future__ import annotations

from mou_cli.interview.conditions import PERIODS
from mou_cli.interview.spec import Details, Q, Titled, Topic
from mou_cli.messages import msg

GOVERNANCE = Topic(
    "governance",
    msg("Tata kelola dan evaluasi", "Governance and review"),
    (
        Details(
            "governance",
            msg("Atur rincian tata kelola?", "Set governance details?"),
            (
                Q(
                    "governance.committee",
                    "confirm",
                    msg("Bentuk komite bersama?", "Set up a joint committee?"),
                ),
                Q(
                    "governance.members_per_party",
                    "int",
                    msg("Anggota komite per pihak", "Committee members per party"),
                    default=1,
                    when=lambda x: bool(x.get("governance.committee")),
                ),
                Q(
                    "governance.meetings",
                    "select",
                    msg("Rapat koordinasi", "Coordination meetings"),
                    choices=Titled(PERIODS),
                ),
                Q(
                    "governance.decisions",
                    "select",
                    msg("Keputusan diambil", "Decisions are taken"),
                    choices=Titled(
                        {
                            "unanimous": msg("Dengan mufakat (suara bulat)", "Unanimously"),
                            "majority": msg("Dengan suara terbanyak", "By majority"),
                        }
                    ),
                ),
                Q(
                    "governance.deadlock",
                    "select",
                    msg("Jika buntu", "If deadlocked"),
                    choices=Titled(
                        {
                            "escalate_to_leaders": msg(
                                "Dibawa ke pimpinan para pihak", "Escalate to the parties' leaders"
                            ),
                            "mediation": msg("Mediasi", "Mediation"),
                        }
                    ),
                ),
                Q(
                    "evaluation.kpi_review",
                    "select",
                    msg("Evaluasi capaian (KPI)", "Performance (KPI) review"),
                    choices=Titled(PERIODS),
                ),
                Q(
                    "evaluation.annual_report",
                    "confirm",
                    msg("Laporan tahunan bersama?", "A joint annual report?"),
                ),
            ),
        ),
    ),
)
