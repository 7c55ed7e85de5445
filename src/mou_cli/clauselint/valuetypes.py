"""The types the clause linter gives template values: answers fields, ``doc``, helpers.

Answers fields are typed from the pydantic model (so every field exists whatever a sample
holds); ``doc``, the party extras and the helpers from a real context. Texts are strings.
"""

from __future__ import annotations

import datetime as dt
import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from jinja2.runtime import LoopContext
from pydantic import BaseModel

from mou_cli.library.context import Obj
from mou_cli.model import Answers, Party, TextMap


class Ty:
    """The type of a template value, as far as the checker knows it."""


class AnyTy(Ty):
    def __repr__(self) -> str:
        return "ANY"


ANY = AnyTy()


@dataclass(frozen=True, eq=False)
class Val(Ty):
    py: type
    options: frozenset[Any] | None = None  # the values a Literal field can take


@dataclass(frozen=True, eq=False)
class Rec(Ty):
    fields: dict[str, Ty]
    derived: frozenset[str] = frozenset()  # fields computed by mou, not answers


@dataclass(frozen=True, eq=False)
class Seq(Ty):
    item: Ty


@dataclass(frozen=True, eq=False)
class Fn(Ty):
    ret: Ty


TEXT_KINDS = {str: "a text", int: "a number", float: "a number", bool: "true/false"}
TEXT_KINDS[dt.date] = "a date"


def from_annotation(ann: Any) -> Ty:
    """The template type of a pydantic field annotation (texts are strings in templates)."""
    origin, args = get_origin(ann), get_args(ann)
    if origin is Annotated:
        return from_annotation(args[0])
    if origin in (Union, types.UnionType):
        parts = [a for a in args if a is not type(None)]
        if any(a in (str, TextMap) for a in parts):
            return Val(str)
        return from_annotation(parts[0]) if len(parts) == 1 else ANY
    if origin is Literal:
        return Val(type(args[0]), frozenset(args))
    if origin is list:
        return Seq(from_annotation(args[0]))
    if isinstance(ann, type) and issubclass(ann, TextMap):
        return Val(str)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return Rec(
            {
                (info.alias if info.alias and name.endswith("_") else name): from_annotation(
                    info.annotation
                )
                for name, info in ann.model_fields.items()
            }
        )
    if ann in (str, int, float, bool, dt.date):
        return Val(ann)
    return ANY


def type_of(value: Any) -> Ty:
    """The template type of a real context value."""
    if isinstance(value, Obj):
        return Rec({k: type_of(v) for k, v in vars(value).items()})
    if isinstance(value, list | tuple):
        return Seq(type_of(value[0]) if value else ANY)
    if isinstance(value, dict):
        return Val(dict)
    if value is None:
        return ANY
    return Val(type(value))


def context_types(ctx: dict[str, Any]) -> dict[str, Ty]:
    """Types of every name a template sees, from a real context of a complete answers file."""
    fields = Answers.model_fields
    party = from_annotation(Party)
    assert isinstance(party, Rec)
    extras = {k: type_of(v) for k, v in vars(ctx["parties"][0]).items() if k not in party.fields}
    party = Rec({**party.fields, **extras}, frozenset(extras))
    out: dict[str, Ty] = {}
    for name, value in ctx.items():
        if name == "parties":
            out[name] = Seq(party)
        elif name in fields:
            out[name] = from_annotation(fields[name].annotation)
        elif callable(value):
            out[name] = Fn(party if name == "party" else Val(bool) if name == "has" else Val(str))
        else:
            out[name] = type_of(value)
    out["lang"] = Val(str, frozenset(("id", "en")))
    out["range"] = Fn(Seq(Val(int)))
    out["self"] = ANY  # Jinja's reference to the template's own blocks
    return out


LOOP = Rec({name: ANY for name in dir(LoopContext) if not name.startswith("_")})
