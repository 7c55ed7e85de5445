"""The questions on money: profit sharing and who bears the costs."""

from __future__ import annotations

from mou_cli.interview.conditions import PERIODS, profit_on, shares_profit
from mou_cli.interview.spec import Details, Q, Titled, Topic
from mou_cli.messages import msg

FINANCIAL = Topic(
    "financial",
    msg("Keuangan", "Money"),
    (
        Details(
            "financial",
            msg(
                "Atur keuangan (pembagian keuntungan, biaya)?",
                "Set the money terms (profit sharing, costs)?",
            ),
            (
                Q(
                    "financial.profit_sharing",
                    "confirm",
                    msg("Apakah keuntungan dibagi?", "Will the parties share profits?"),
                    presence=True,
                    when=shares_profit,
                    otherwise=None,
                    label=msg("Pembagian keuntungan", "Profit sharing"),
                ),
                Q(
                    "financial.profit_sharing.basis",
                    "select",
                    msg("Dasar pembagian", "Shared on"),
                    choices=Titled(
                        {
                            "net_profit": msg("Laba bersih", "Net profit"),
                            "gross_revenue": msg("Pendapatan kotor", "Gross revenue"),
                        }
                    ),
                    when=profit_on,
                ),
                Q(
                    "financial.profit_sharing.shares",
                    "shares",
                    msg("Bagian {party} (%)", "Share of {party} (%)"),
                    msg(
                        "Bagian harus berjumlah 100%; isi 0 bila tidak mendapat bagian.",
                        "Shares sum to 100%; 0 for none.",
                    ),
                    when=profit_on,
                    label=msg("Bagian keuntungan", "Profit shares"),
                ),
                Q(
                    "financial.profit_sharing.payment_frequency",
                    "select",
                    msg("Pembayaran bagian", "Shares paid"),
                    choices=Titled(PERIODS),
                    when=profit_on,
                ),
                Q(
                    "financial.profit_sharing.reporting_days",
                    "int",
                    msg(
                        "Laporan keuangan paling lambat (hari setelah periode)",
                        "Financial report due (days after each period)",
                    ),
                    when=profit_on,
                ),
                Q(
                    "financial.profit_sharing.audit_rights",
                    "confirm",
                    msg("Hak audit bagi setiap pihak?", "Audit rights for each party?"),
                    default=True,
                    when=profit_on,
                ),
                Q(
                    "financial.costs",
                    "select",
                    msg("Biaya kegiatan ditanggung", "Costs are borne"),
                    choices=Titled(
                        {
                            "each_party_own": msg(
                                "Masing-masing pihak", "By each party for its own part"
                            ),
                            "shared": msg("Bersama, dengan persentase", "Shared, by percentage"),
                        }
                    ),
                ),
                Q(
                    "financial.cost_shares",
                    "shares",
                    msg("Bagian biaya {party} (%)", "Cost share of {party} (%)"),
                    when=lambda x: x.get("financial.costs") == "shared",
                    label=msg("Bagian biaya", "Cost shares"),
                ),
            ),
        ),
    ),
)
