"""Answers of several parts as the interview stores and shows them: money (an amount and its
currency), a target (a number and its unit) and a measure (either a quantity with its unit or
an amount with its currency, as a minimum purchase is). Nothing here talks to the terminal."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mou_cli import words
from mou_cli.interview.spec import Q
from mou_cli.messages import Msg, msg


def shaped(kind: str, value: Any, lang: str) -> Any:
    """A parsed value in the form stored: money gets IDR unless another currency was written;
    a target's number is written as the document writes numbers ("5.000"; bilingual: "5000");
    a measure keeps all four parts, the two it does not use None (so storing it clears them)."""
    if kind == "money":
        return {"amount": value["amount"], "currency": value["currency"] or "IDR"}
    if kind == "measure" and value["amount"] is not None:
        return {**value, "currency": value["currency"] or "IDR"}
    if kind == "target":
        n = value["target"]
        text = words.digits(n, lang) if lang else str(n)
        return {"target": text + ("%" if value["percent"] else ""), "unit": value["unit"]}
    return value


def same_number(first: Any) -> Callable[[Any], Msg | None]:
    """A bilingual target or quantity names one number in both languages."""

    def number(v: dict[str, Any]) -> str:
        return re.sub(r"\D", "", str(v.get("target", v.get("quantity"))))

    def check(value: Any) -> Msg | None:
        if not isinstance(first, dict) or not isinstance(value, dict):
            return None
        if number(first) == number(value):
            return None
        said = first.get("target", first.get("quantity"))
        return msg(
            f"Angkanya harus sama dengan teks Indonesia ({said}).",
            f"The number must be the Indonesian text's ({said}).",
        )

    return check


def per_language(q: Q, out: dict[str, Any]) -> Any:
    """Answers per document language -> the value stored (a target's unit per language)."""
    if q.kind != "target":
        return out
    first = next(iter(out.values()))
    if first is None:
        return None
    units = {lang: v["unit"] for lang, v in out.items() if v and v.get("unit")}
    unit: Any = units.get(next(iter(out))) if len(out) == 1 else (units or None)
    return {"target": first["target"], "unit": unit}


def money_text(current: Any, lang: str) -> str:
    """An amount and currency as a prompt shows it for editing (``IDR 750.000.000``)."""
    if not isinstance(current, dict) or current.get("amount") is None:
        return ""
    return f"{current.get('currency') or 'IDR'} {words.digits(current['amount'], lang)}"


def target_text(current: Any, lang: str) -> str:
    """A target and its unit as one text (``25 desa``)."""
    if not isinstance(current, dict) or current.get("target") is None:
        return ""
    unit = current.get("unit")
    unit = unit.get(lang) if isinstance(unit, dict) else unit
    return f"{current['target']} {unit}" if unit else str(current["target"])


def measure_text(current: Any, lang: str) -> str:
    """A quantity and its unit (``300 unit mesin``, the unit in ``lang``), or an amount and its
    currency (``IDR 2.000.000.000``)."""
    if not isinstance(current, dict) or current.get("quantity") is None:
        return money_text(current, lang)
    unit = current.get("unit")
    unit = unit.get(lang) or next(iter(unit.values()), "") if isinstance(unit, dict) else unit
    return f"{words.digits(current['quantity'], lang)} {unit or ''}".strip()
