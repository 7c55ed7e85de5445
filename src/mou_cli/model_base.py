"""The pieces every part of the answers model is built from: the strict base and per-language texts.

:mod:`mou_cli.model` and :mod:`mou_cli.model_types` both build on these (and ``model``
re-exports them), so neither imports the other's half. This module imports nothing of ours.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

LANGS = ("id", "en")
MAX_AMOUNT = 10**15
"""Amounts are below one quadrillion (10^15): more than any partnership commits, and every
amount below it is written in digits and in words without rounding away a whole unit."""


class Strict(BaseModel):
    """Base for every answers model: unknown keys are errors, so typos never pass silently."""

    # Parts are built once, inside Answers' schema, not each on its own at import (~25 ms).
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class TextMap(Strict):
    """A text given per language: ``{id: "...", en: "..."}``."""

    id: str | None = None
    en: str | None = None


# A text is one string for every language, or a mapping by language.
Text = Annotated[str | TextMap, Field(union_mode="left_to_right")]


def text_in(value: str | TextMap | None, lang: str) -> str | None:
    """The text of ``value`` in ``lang``, or None when that language is not given."""
    if value is None or isinstance(value, str):
        return value
    text: str | None = getattr(value, lang)
    return text
