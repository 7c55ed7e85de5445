"""The shapes the interview is written in: a question (``Q``), a repeated group of questions, a
topic (one screen), and the choices a question offers.

The questions themselves are data in the ``questions_*.py`` tables; this module only says what
a question is. Nothing here talks to the terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from mou_cli.interview.state import Ctx
from mou_cli.messages import Msg, msg

DELETE = object()  # `Q.otherwise`: remove the field when the question does not apply
OTHER = "__other__"  # the value of an "Other…" choice: the user then types the answer
MEASURE = ("amount", "currency", "quantity", "unit")  # the parts of a "measure" answer

KINDS = (
    "text",  # free text (``translatable``: one per document language)
    "select",  # one of ``choices``
    "confirm",  # yes / no
    "date",  # a calendar date, stored as YYYY-MM-DD
    "email",
    "int",  # a whole number ("30", "30 hari")
    "amount",  # a positive number ("1.200.000", "1,200,000")
    "money",  # an amount and its currency ("Rp 750 juta", "USD 25,000"): parts amount, currency
    "target",  # a number and its unit ("25 desa"): parts target, unit
    "measure",  # a quantity and its unit or money ("300 unit mesin", "Rp 2 miliar"): MEASURE parts
    "currency",  # a currency code, in any case or as a symbol ("usd", "Rp")
    "party",  # one of the parties' short names (plus ``choices``)
    "checkbox",  # several of ``choices``
    "list",  # several texts in one prompt, separated by ";"
    "shares",  # a percentage per party, summing to 100
    "percent",  # one percentage (asked by "shares")
)


@dataclass(frozen=True)
class Choice:
    """A value a question offers, and its title."""

    value: Any
    title: Msg


def c(value: object, id: str, en: str) -> Choice:
    """A choice offered by the interview itself: its value, then its title, Indonesian first."""
    return Choice(value, msg(id, en))


@dataclass(frozen=True, eq=False)
class Titled:
    """Choices whose values are those the answers model allows at the question's field (its
    ``Literal`` type, see ``checks.field_values``); the interview gives each value its title.

    ``titles`` also sets the order they are offered in. Titles for values the field does not
    allow are ignored, so one table can serve several fields.
    """

    titles: Mapping[Any, Msg]

    def choices(self, values: tuple[Any, ...]) -> list[Choice]:
        """The choices for the field's ``values``: titled ones in ``titles`` order, then any
        value without a title under its own name (a test fails on those). None (the field
        left out) is offered only when titled."""
        titled = [Choice(v, t) for v, t in self.titles.items() if _among(v, values)]
        rest = [
            Choice(v, msg(str(v), str(v)))
            for v in values
            if v is not None and not _among(v, self.titles)
        ]
        return titled + rest


def _among(value: Any, values: Any) -> bool:
    """``value`` is one of ``values`` with its type too (so that True is not 1)."""
    return any(value == v and type(value) is type(v) for v in values)


@dataclass(frozen=True)
class Q:
    """One question: where its answer goes, how it is asked, and when."""

    path: str  # the answers field, relative to the enclosing group item ("representative.name")
    kind: str
    prompt: Msg
    help: Msg | None = None
    choices: tuple[Choice, ...] | Titled | Callable[[Ctx], list[Choice]] = ()
    default: Any = None  # a value, or a function of the context
    when: Callable[[Ctx], bool] | None = None
    optional: bool = False  # empty is allowed (the field is left out)
    otherwise: Any = DELETE  # stored when ``when`` is false
    check: Callable[[Any, Ctx], Msg | None] | None = None  # an extra check of the typed value
    translatable: bool = False  # a text shown in the document: asked in each document language
    presence: bool = False  # confirm: yes = the section exists ({}), no = null
    label: Msg | None = None  # the short name on the review screen (default: the prompt)
    parts: tuple[str, ...] = ()  # money, target, measure: the sibling fields one answer fills

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind
        assert bool(self.parts) == (self.kind in ("money", "target", "measure")), self.path
        assert self.kind != "measure" or self.parts == MEASURE, self.path


@dataclass(frozen=True)
class Group:
    """A repeated item (a party, a goal, a contribution): its questions are asked per item.

    The first question leads: once ``minimum`` items exist, leaving it empty ends the group
    (and, for an existing item, removes it).
    """

    path: str  # the list field ("parties", "goals", "contributions")
    item: Msg  # "Pihak {n}" - how an item is named in prompts
    questions: tuple[Q | Group | Details, ...]
    minimum: int = 0
    maximum: int = 12
    when: Callable[[Ctx], bool] | None = None
    per_party: bool = False  # one item per party, keyed by ``party`` (roles)
    note: Callable[[Ctx], Msg | None] | None = None  # a hint shown after each item


@dataclass(frozen=True)
class Details:
    """Questions offered, not imposed: one prompt ("Atur rincian tata kelola?") lists each with
    the value it would take (the type's default, a suggestion) and the user ticks those to
    change. What is not ticked keeps the value shown; a value nobody can suggest is asked.

    The rule for new questions: what every draft needs and nobody can guess (a name, an
    address) is asked directly; everything with a sensible default goes in a ``Details``.
    """

    id: str  # names the decision, inside the enclosing item ("governance", "more")
    prompt: Msg
    items: tuple[Q | Group, ...]


@dataclass(frozen=True)
class Topic:
    """A screen of related questions; the review screen lets the user change one field."""

    id: str
    title: Msg
    items: tuple[Q | Group | Details, ...]


def part_paths(q: Q) -> tuple[str, ...]:
    """Where a money or target answer goes: its ``parts``, siblings of ``q.path``
    (``joint_venture.authorised_capital.amount`` -> ``...amount``, ``...currency``)."""
    base = q.path.rsplit(".", 1)[0] + "." if "." in q.path else ""
    return tuple(base + p for p in q.parts)


def leaves(items: tuple[Q | Group | Details, ...]) -> list[Q | Group]:
    """The questions and groups of ``items``, those inside a ``Details`` included."""
    out: list[Q | Group] = []
    for item in items:
        out.extend(item.items if isinstance(item, Details) else (item,))
    return out
