"""The answers model seen by field path: what it says about a value, in both languages, and
the values a field allows.

Each typed value (see ``parsing.py``) is then checked by the answers model itself
(``model_problem``), so typed answers and answers files pass the same validators; the
interview only puts the model's words in the user's language. The values a select offers
come from the model too (``field_values``).
"""

from __future__ import annotations

import re
import types
import typing
from functools import lru_cache
from typing import Any, Literal, Union

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from mou_cli.messages import Msg, msg
from mou_cli.model import Answers

_BOUNDS = {
    "greater_than": ("lebih dari", "more than"),
    "greater_than_equal": ("paling sedikit", "at least"),
    "less_than": ("kurang dari", "less than"),
    "less_than_equal": ("paling banyak", "at most"),
}


def model_problem(path: str, value: Any) -> Msg | None:
    """What the answers model says about ``value`` at ``path`` (``parties[0].contact.email``),
    in both languages, with what it would accept."""
    adapter = _adapter(re.sub(r"\[\d+\]", "[]", path))
    if adapter is None:
        return None
    try:
        adapter.validate_python(value)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        return _said(str(err["type"]), err.get("ctx") or {}, path)
    return None


def _said(kind: str, ctx: dict[str, Any], path: str) -> Msg:
    """A model error as the interview says it."""
    if kind in _BOUNDS:
        (bound,) = ctx.values()
        id, en = _BOUNDS[kind]
        return msg(f"Harus {id} {bound}.", f"Must be {en} {bound}.")
    if kind in ("string_too_short", "too_short", "missing"):
        return msg("Wajib diisi.", "This one is required.")
    if kind in ("string_too_long", "too_long"):
        most = ctx.get("max_length", "")
        return msg(f"Terlalu panjang: paling banyak {most} huruf.", f"Too long: at most {most}.")
    if path.endswith("currency"):
        return msg(
            "Tulis kode mata uang tiga huruf, misalnya IDR, USD atau EUR.",
            "Write a three-letter currency code, e.g. IDR, USD or EUR.",
        )
    if path.endswith("email"):
        return msg("Bukan alamat e-mail (contoh: nama@contoh.co.id).", "Not an e-mail address.")
    if kind == "literal_error":
        allowed = str(ctx.get("expected", ""))
        return msg(f"Pilih salah satu: {allowed}.", f"Choose one of: {allowed}.")
    return msg("Isian ini tidak dapat dipakai di sini.", "This value cannot be used here.")


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
