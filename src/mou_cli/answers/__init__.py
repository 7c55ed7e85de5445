"""Answers files: safe YAML in, a validated model out, every problem reported at once.

``files`` reads (and writes) an answers file, ``validation`` turns its data into the model
with every problem at its line, ``problems`` words pydantic's errors, ``notes`` finds the
warnings worth showing. The YAML itself is read by :mod:`mou_cli.yamlio`.
"""

from __future__ import annotations

from mou_cli.answers.files import (
    cut_comments,
    dump_yaml,
    json_schema,
    load,
    parse_yaml,
    read_text,
    read_yaml,
)
from mou_cli.answers.notes import warnings
from mou_cli.answers.validation import MAX_BYTES, SCHEMA_VERSION, Loaded, validate
from mou_cli.errors import AnswersError
from mou_cli.model import TextMap

__all__ = [
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "AnswersError",
    "Loaded",
    "TextMap",
    "cut_comments",
    "dump_yaml",
    "json_schema",
    "load",
    "parse_yaml",
    "read_text",
    "read_yaml",
    "validate",
    "warnings",
]
