"""Pydantic's validation errors as (field path, message) pairs a user can act on."""

from __future__ import annotations

import re
import reprlib
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from mou_cli.model import Answers

_TYPE_TAGS = re.compile(r"^(str|constrained-str|TextMap|function-[a-z]+\[.*\])$")


def pydantic_problems(exc: ValidationError) -> list[tuple[str, str]]:
    """Every error of ``exc`` as ``(field path, message)``."""
    out: list[tuple[str, str]] = []
    for err in exc.errors(include_url=False):
        loc = [p for p in err["loc"] if not (isinstance(p, str) and _TYPE_TAGS.match(p))]
        text_union = any(
            p in ("str", "constrained-str", "TextMap") for p in err["loc"] if isinstance(p, str)
        )
        path = _path(loc)
        if text_union and err["type"] in ("string_type", "dict_type", "model_type"):
            msg = "must be a text: a string, or a mapping {id: ..., en: ...}"
        else:
            msg = _message(err)
        out.append((path, msg))
    return out


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required"
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        shown = _short(err.get("input"))
        if "outside expected range" in str(err["msg"]):
            return f"{shown} is not a real date"
        return f"must be a date written YYYY-MM-DD, such as 2027-01-31 (got {shown})"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; `mou schema` lists the fields)"
    if kind in _BOUNDS:
        bound = next(iter((err.get("ctx") or {}).values()), "?")
        return f"must be {_BOUNDS[kind]} {_number(bound)} (got {_short(err.get('input'))})"
    if kind == "finite_number":
        return f"must be a finite number (got {_short(err.get('input'))})"
    if kind == "string_unicode":  # a lone surrogate, e.g. "\ud800" written in a YAML string
        return "contains a character that is not valid Unicode (a lone surrogate); retype it"
    msg = str(err["msg"])
    msg = msg.replace("Input should be", "must be").replace("Value error, ", "")
    if msg.startswith("String should match pattern"):
        msg = "is not in the expected form"
        if err["loc"] and err["loc"][-1] == "email":
            msg = "is not an e-mail address"
        elif err["loc"] and err["loc"][-1] == "currency":
            msg = "must be a three-letter currency code such as IDR, USD or EUR"
    if kind not in ("model_type", "dict_type", "list_type") and "input" in err:
        shown = _short(err["input"])
        if len(shown) <= 60:
            msg += f" (got {shown})"
    return msg


_BOUNDS = {
    "greater_than": "greater than",
    "greater_than_equal": "at least",
    "less_than": "less than",
    "less_than_equal": "at most",
}


def _number(value: Any) -> str:
    """A bound as people write it: ``1,000,000,000,000,000``, ``0``, ``100``."""
    if isinstance(value, (int, float)) and float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return str(value)


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 80
_REPR.maxlevel = 3


def _short(value: Any) -> str:
    """``repr`` cut short: a value built from YAML aliases can be astronomically large."""
    return _REPR.repr(value)


def _path(loc: list[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_PLACEHOLDER_PARTY = {
    "name": "-",
    "short_name": "-",
    "kind": "company",
    "jurisdiction": "-",
    "address": "-",
    "representative": {"name": "-", "title": "-"},
}
_PLACEHOLDERS = {"type": "strategic", "title": "-", "date": "2000-01-01", "place": "-"}


def partial_model(data: dict[str, Any], problems: list[tuple[str, str]]) -> Answers | None:
    """Validate again with the broken parts patched, to run the cross-field checks too.

    Broken optional sections are dropped, broken scalars get placeholders, and a broken party
    keeps its short name, so references to it are not reported as unknown.
    """
    patched = dict(data)
    for path, _ in problems:
        top = re.split(r"[.\[]", path, maxsplit=1)[0]
        m = re.match(r"parties\[(\d+)\]", path)
        if m and isinstance(data.get("parties"), list):
            parties = patched["parties"] = list(patched["parties"])
            i = int(m.group(1))
            if i < len(parties):
                old = parties[i] if isinstance(parties[i], dict) else {}
                short = old.get("short_name")
                parties[i] = dict(
                    _PLACEHOLDER_PARTY, short_name=short if isinstance(short, str) else f"-{i}"
                )
        elif top in _PLACEHOLDERS:
            patched[top] = _PLACEHOLDERS[top]
        elif top not in Answers.model_fields or not Answers.model_fields[top].is_required():
            patched.pop(top, None)
        else:
            return None
    try:
        return Answers.model_validate(patched)
    except ValidationError:
        return None
