"""The checklist rows of the agreement's partnership type (its ``distribution:``, ... terms).

A distribution agreement without products, prices or Incoterms is not complete however well
its general clauses read: each type adds rows for its own terms (``../shared/spec/
partnership-types.md``, "Rows"), computed in :mod:`mou_cli.document.checklist_trade` and
:mod:`mou_cli.document.checklist_ventures`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mou_cli.document import checklist_trade, checklist_ventures
from mou_cli.document.rows import Row, TypeRows

if TYPE_CHECKING:
    from mou_cli.model import Answers

BY_TYPE: dict[str, Callable[[TypeRows], None]] = {
    "distribution": checklist_trade.distribution,
    "supply_chain": checklist_trade.supply_chain,
    "marketing": checklist_trade.marketing,
    "joint_venture": checklist_ventures.joint_venture,
    "technology": checklist_ventures.technology,
    "community": checklist_ventures.community,
    "strategic": checklist_ventures.strategic,
}
"""Partnership type -> the function adding its rows (the type's terms are ``a.<type>``)."""


def type_rows(a: Answers) -> list[Row]:
    """The rows for the terms of ``a``'s partnership type, in a fixed order."""
    rows = TypeRows(a, a.type)
    BY_TYPE[a.type](rows)
    return rows.rows
