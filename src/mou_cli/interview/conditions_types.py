"""When a per-type question is asked, and the parties it suggests for each role.

A question of a partnership type is asked only for that type; a term that
``../shared/spec/partnership-types.md`` puts in a binding agreement (PKS) only, such as prices,
payment or penalties, is asked only when the document binds (``pks``); a term that only an MoU
has (a period of exclusive negotiation) only when it does not (``mou``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mou_cli.interview.state import Ctx
from mou_cli.messages import Msg, msg

When = Callable[[Ctx], bool]


def of_type(type_: str) -> When:
    """Asked for ``type_``, in an MoU and in a binding agreement alike."""
    return lambda x: x.type == type_


def pks(type_: str) -> When:
    """Asked for ``type_`` in a binding agreement only."""
    return lambda x: x.type == type_ and bool(x.get("binding"))


def mou(type_: str) -> When:
    """Asked for ``type_`` in a non-binding MoU only."""
    return lambda x: x.type == type_ and not x.get("binding")


def both(first: When, then: Callable[[Ctx], Any]) -> When:
    """``first`` holds and ``then`` is true of the answers."""
    return lambda x: first(x) and bool(then(x))


def _abroad(party: dict[str, Any]) -> bool:
    return "indonesia" not in str(party.get("jurisdiction", "Indonesia")).lower()


def _first(x: Ctx, wanted: Callable[[dict[str, Any]], bool]) -> str | None:
    """The short name of the first party ``wanted`` picks, else of the first party."""
    named = [p for p in x.parties if p.get("short_name")]
    found = next((p for p in named if wanted(p)), named[0] if named else None)
    return found["short_name"] if found else None


def other_than(path: str) -> Callable[[Ctx], str | None]:
    """The first party that is not the one named at ``path`` (the distributor of a principal)."""

    def default(x: Ctx) -> str | None:
        taken = x.get(path)
        return next((n for n in x.short_names if n != taken), None)

    return default


def principal(x: Ctx) -> str | None:
    """A maker abroad supplies an Indonesian distributor: the first foreign party, else the
    first party."""
    return _first(x, _abroad)


def supplier(x: Ctx) -> str | None:
    """A cooperative or a person usually supplies a company: the first of them, else the first
    party."""
    return _first(x, lambda p: p.get("kind") in ("cooperative", "individual"))


def grantor(x: Ctx) -> str | None:
    """A company or a government body usually gives the grant."""
    return _first(x, lambda p: p.get("kind") in ("company", "government"))


def licensor(x: Ctx) -> str | None:
    """A university usually licenses its research; else the first party."""
    return _first(x, lambda p: p.get("kind") == "university")


def mark_owner(x: Ctx) -> str | None:
    """Mark 1 is the first party's, mark 2 the second's, and so on."""
    names = x.short_names
    return names[x.index % len(names)] if names else None


def incoterm_rule(x: Ctx) -> str:
    """CIF (to the port) for goods from abroad, DAP (at the distributor's warehouse) at home."""
    source = next(
        (p for p in x.parties if p.get("short_name") == x.get("distribution.principal")), {}
    )
    return "CIF" if _abroad(source) else "DAP"


def incoterm_place(x: Ctx) -> str | None:
    """The distributor's warehouse for DAP; for CIF, the port each order names (a port to
    change here once it is known)."""
    rule, who = x.get("distribution.incoterm.rule"), x.get("distribution.distributor") or ""
    if rule == "DAP":
        return f"gudang {who}" if x.text_lang == "id" else f"{who}'s warehouse"
    if rule == "CIF":
        return (
            "pelabuhan tujuan yang disebut dalam setiap pesanan"
            if x.text_lang == "id"
            else "the port of destination named in each order"
        )
    return None


def paid_up(x: Ctx) -> dict[str, Any] | None:
    """A quarter of the authorised capital, the least UUPT Article 33 allows."""
    capital = x.get("joint_venture.authorised_capital")
    if not isinstance(capital, dict) or not capital.get("amount"):
        return None
    return {"amount": capital["amount"] / 4, "currency": capital.get("currency") or "IDR"}


def paid_up_check(value: Any, x: Ctx) -> Msg | None:
    """Paid-up capital is at least 25% of the authorised capital (UUPT Article 33), at most
    all of it, in the same currency."""
    capital = x.get("joint_venture.authorised_capital")
    if not isinstance(value, dict) or not isinstance(capital, dict) or not capital.get("amount"):
        return None
    if value.get("currency") != (capital.get("currency") or "IDR"):
        return msg(
            f"Tulis dalam mata uang modal dasar ({capital.get('currency') or 'IDR'}).",
            f"Write it in the authorised capital's currency ({capital.get('currency') or 'IDR'}).",
        )
    if value["amount"] > capital["amount"]:
        return msg(
            "Modal disetor tidak boleh melebihi modal dasar.",
            "The paid-up capital cannot exceed the authorised capital.",
        )
    if value["amount"] < capital["amount"] / 4:
        return msg(
            "Paling sedikit 25% modal dasar harus disetor (UU 40/2007 Pasal 33).",
            "At least 25% of the authorised capital must be paid up (Law 40/2007 Article 33).",
        )
    return None


def kbli_check(value: Any, x: Ctx) -> Msg | None:
    bad = [v for v in value or [] if not (len(str(v)) == 5 and str(v).isdigit())]
    if bad:
        return msg(
            f"Kode KBLI terdiri atas 5 angka, misalnya 46610 (bukan '{bad[0]}').",
            f"A KBLI code is 5 digits, e.g. 46610 (not '{bad[0]}').",
        )
    return None


def tranche_left(x: Ctx) -> float:
    """What is left of 100% after the tranches before this one."""
    tranches = x.get("community.tranches") or []
    given = sum(t.get("percent") or 0 for t in tranches[: x.index] if isinstance(t, dict))
    return round(100 - given, 6)


def tranche_check(value: Any, x: Ctx) -> Msg | None:
    left = tranche_left(x)
    if isinstance(value, (int, float)) and value > left + 1e-9:
        shown = int(left) if float(left).is_integer() else left
        return msg(
            f"Melebihi sisa {shown}%; semua tahap berjumlah 100%.",
            f"More than the {shown}% left; the tranches sum to 100%.",
        )
    return None
