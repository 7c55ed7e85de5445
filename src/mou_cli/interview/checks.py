"""Typed text -> a value, with a message in the user's language when it cannot be one; and the
answers model seen by field path: what it says about a value, and the values a field allows.

Each value is then checked by the answers model itself (``model_problem``), so typed answers
and answers files pass the same validators; the interview only adds friendlier words first.
The values a select offers come from the model too (``field_values``).
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from functools import lru_cache
from typing import Any, Literal, Union

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from mou_cli.messages import Msg, msg
from mou_cli.model import Answers


class Invalid(ValueError):
    """A typed answer that cannot be used; ``msg`` says why in both languages."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message["en"])
        self.msg = message


REQUIRED = msg("Wajib diisi.", "This one is required.")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_date(text: str) -> str:
    """``2027-03-31``, ``31-03-2027`` or ``31/03/2027`` -> ``2027-03-31``."""
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    raise Invalid(
        msg(
            f"'{text}' bukan tanggal; tulis TTTT-BB-HH (2027-03-31) atau HH/BB/TTTT.",
            f"'{text}' is not a date; write YYYY-MM-DD (2027-03-31) or DD/MM/YYYY.",
        )
    )


def parse_email(text: str) -> str:
    if not _EMAIL.match(text.strip()):
        _raise(
            msg(
                f"'{text}' bukan alamat e-mail (contoh: nama@contoh.co.id).",
                f"'{text}' is not an e-mail address (e.g. name@example.com).",
            )
        )
    return text.strip()


def parse_int(text: str) -> int:
    cleaned = text.strip().replace(".", "").replace(",", "").replace(" ", "")
    if not re.fullmatch(r"\d+", cleaned):
        _raise(msg(f"'{text}' bukan bilangan bulat.", f"'{text}' is not a whole number."))
    return int(cleaned)


def parse_number(text: str) -> float:
    """A positive number in Indonesian or English style: ``750.000.000``, ``1,5``, ``33.5``."""
    s = text.strip().replace(" ", "").replace("_", "")
    s = re.sub(r"^(rp|idr|usd|eur|sgd)\.?", "", s, flags=re.IGNORECASE)
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", s):
        s = re.sub(r"[.,]", "", s)  # 1.500.000 or 1,500,000 (never 1.5 thousandths)
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+", s):
        s = s.replace(".", "").replace(",", ".")  # 1.500.000,50
    elif re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", s):
        s = s.replace(",", "")  # 1,500,000.50
    else:
        s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        _raise(msg(f"'{text}' bukan angka.", f"'{text}' is not a number."))
    if value <= 0:
        _raise(msg("Harus lebih dari nol.", "Must be more than zero."))
    return int(value) if value.is_integer() else value


def parse_percent(text: str) -> float:
    s = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        _raise(msg(f"'{text}' bukan persentase.", f"'{text}' is not a percentage."))
    if not 0 <= value <= 100:
        _raise(msg("Antara 0 dan 100.", "Between 0 and 100."))
    return int(value) if value.is_integer() else value


def _raise(message: Msg) -> Any:
    raise Invalid(message)


PARSERS = {
    "date": parse_date,
    "email": parse_email,
    "int": parse_int,
    "amount": parse_number,
    "percent": parse_percent,
}


def model_problem(path: str, value: Any) -> str | None:
    """What the answers model says about ``value`` at ``path`` (``parties[0].contact.email``)."""
    adapter = _adapter(re.sub(r"\[\d+\]", "[]", path))
    if adapter is None:
        return None
    try:
        adapter.validate_python(value)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        return str(err["msg"]).replace("Input should be", "must be")
    return None


@lru_cache(maxsize=256)
def _adapter(path: str) -> TypeAdapter[Any] | None:
    """A validator for one field of the answers model, found by its path."""
    annotation = _annotation(path)
    return TypeAdapter(annotation) if annotation is not None else None


def field_values(path: str) -> tuple[Any, ...]:
    """The values the field at ``path`` allows when it is a choice: its ``Literal`` values
    (inside a list or an optional too), False and True for a bool, and None when optional; ()
    for any other field (``governance.meetings``, ``parties[0].kind``, ``termination.survive``)."""
    return _values(_annotation(re.sub(r"\[\d+\]", "[]", path)))


@lru_cache(maxsize=256)
def _annotation(path: str) -> Any:
    """The type of one field of the answers model (with its constraints), or None."""
    model: type[BaseModel] | None = Answers
    annotation: Any = None
    for name in path.replace("[]", "").split("."):
        if model is None:
            return None
        info = model.model_fields.get(name) or _by_alias(model, name)
        if info is None:
            return None
        if info.metadata:
            args = (info.annotation, *info.metadata)
            annotation = typing.Annotated[args]
        else:
            annotation = info.annotation
        model = inner_model(info.annotation)
    if path.endswith("[]"):
        annotation = _item_type(annotation)
    return annotation


def _values(tp: Any) -> tuple[Any, ...]:
    if tp is bool:
        return (False, True)
    if tp is type(None):
        return (None,)
    origin = typing.get_origin(tp)
    if origin is Literal:
        return typing.get_args(tp)
    if origin is typing.Annotated:
        return _values(typing.get_args(tp)[0])
    if origin in (Union, types.UnionType, list):
        return tuple(v for arg in typing.get_args(tp) for v in _values(arg))
    return ()


def _by_alias(model: type[BaseModel], name: str) -> FieldInfo | None:
    for info in model.model_fields.values():
        if info.alias == name:
            return info
    return None


def _args(tp: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _args(typing.get_args(tp)[0])
    if origin in (Union, types.UnionType, list):
        return tuple(a for arg in typing.get_args(tp) for a in (_args(arg) or (arg,)))
    return ()


def inner_model(tp: Any) -> type[BaseModel] | None:
    for arg in (tp, *_args(tp)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _item_type(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _item_type(typing.get_args(tp)[0])
    if origin is list:
        return typing.get_args(tp)[0]
    return tp
