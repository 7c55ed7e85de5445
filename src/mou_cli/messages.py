"""Bilingual text: one message in Indonesian and English, always built Indonesian first."""

from __future__ import annotations

from typing import TypedDict


class Msg(TypedDict):
    """A message in both interface languages, read as ``message[lang]``."""

    id: str
    en: str


def msg(id: str, en: str) -> Msg:
    """A message: the Indonesian text, then the English."""
    return {"id": id, "en": en}
