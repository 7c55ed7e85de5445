"""Sandboxed rendering of clause bodies into paragraphs.

Every ``{{ expression }}`` a template prints is swapped for an opaque token while the template
renders, and the token is replaced by its value only after the body's structure (paragraphs,
list items) has been read. So a value can never create markup: user text is data, always.

Body markup, read after rendering: paragraphs are separated by a blank line; a line starting
with ``- `` is a list item of the paragraph above it; other line breaks are spaces.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import re
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mou_cli import words
from mou_cli.document.tree import Para
from mou_cli.errors import RenderError
from mou_cli.library.context import FILTER_NAMES

_TOKEN = re.compile("\ue000(\\d+)\ue001")
_values: contextvars.ContextVar[list[str]] = contextvars.ContextVar("mou_values")
_lang: contextvars.ContextVar[str] = contextvars.ContextVar("mou_lang", default="en")
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")


def _finalize(value: Any) -> str:
    """Format a printed value by type and hide it behind a token."""
    if value is None:
        raise RenderError("a template printed an empty value (None); guard it with {% if %}")
    lang = _lang.get()
    if isinstance(value, bool):
        text = str(value)
    elif isinstance(value, dt.date):
        text = words.date(value, lang)
    elif isinstance(value, int | float | Decimal):
        text = words.digits(value, lang)
    else:
        text = str(value)
    table = _values.get()
    table.append(text)
    return f"\ue000{len(table) - 1}\ue001"


def make_env() -> ImmutableSandboxedEnvironment:
    """The one Jinja environment: sandboxed, immutable, strict about undefined names."""
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        finalize=_finalize,
        auto_reload=False,
    )
    env.globals.clear()  # no range/lipsum/dict/cycler/joiner/namespace from Jinja
    env.globals["range"] = range
    return env


class Renderer:
    """Renders clause bodies and conditions against one context per language."""

    def __init__(self, contexts: dict[str, dict[str, Any]]) -> None:
        self.env = make_env()
        self.contexts = contexts
        self._cache: dict[str, Any] = {}

    def _template(self, source: str, origin: str):
        key = source
        tmpl = self._cache.get(key)
        if tmpl is None:
            try:
                tmpl = self.env.from_string(source)
            except TemplateSyntaxError as exc:
                raise RenderError(
                    f"{origin}: template syntax error, line {exc.lineno}: {exc.message}"
                ) from None
            self._cache[key] = tmpl
        return tmpl

    def text(self, source: str, lang: str, origin: str) -> str:
        """Render ``source`` to text with values substituted (no structure is read)."""
        rendered, values = self._render(source, lang, origin)
        return _substitute(rendered, values)

    def paras(self, source: str, lang: str, origin: str) -> list[Para]:
        """Render a clause body into paragraphs; values never add structure."""
        rendered, values = self._render(source, lang, origin)
        if LEFTOVER.search(rendered):
            raise RenderError(f"{origin}: leftover template syntax in the rendered text")
        paras = []
        for block in re.split(r"\n[ \t]*\n", rendered.strip()):
            lead: list[str] = []
            items: list[str] = []
            for line in block.splitlines():
                line = line.strip()
                if not line:
                    continue
                if line.startswith("- "):
                    items.append(line[2:].strip())
                elif items:
                    items[-1] += " " + line
                else:
                    lead.append(line)
            if lead or items:
                paras.append(
                    Para(
                        _substitute(" ".join(lead), values),
                        [_substitute(i, values) for i in items],
                    )
                )
        if not paras:
            raise RenderError(f"{origin}: rendered no text; put the clause's condition in 'when'")
        return paras

    def condition(self, expression: str, lang: str, origin: str) -> bool:
        """Evaluate a clause's ``when`` expression."""
        try:
            fn = self.env.compile_expression(expression, undefined_to_none=False)
        except TemplateSyntaxError as exc:
            raise RenderError(f"{origin}: invalid 'when' expression: {exc.message}") from None
        try:
            return bool(fn(**self._ctx(lang)))
        except (UndefinedError, SecurityError, TypeError, ValueError) as exc:
            raise RenderError(f"{origin}: 'when' failed: {exc}") from None

    def _ctx(self, lang: str) -> dict[str, Any]:
        return self.contexts[lang]

    def _render(self, source: str, lang: str, origin: str) -> tuple[str, list[str]]:
        tmpl = self._template(source, origin)
        ctx = self._ctx(lang)
        self.env.filters.update({k: ctx[k] for k in FILTER_NAMES})
        self.env.filters["date"] = ctx["date_text"]
        values: list[str] = []
        t1 = _values.set(values)
        t2 = _lang.set(lang)
        try:
            return tmpl.render(**ctx), values
        except RenderError as exc:
            raise RenderError(f"{origin}: {exc.message}") from None
        except UndefinedError as exc:
            raise RenderError(
                f"{origin}: {exc.message} (no such answers field or helper)"
            ) from None
        except SecurityError as exc:
            raise RenderError(f"{origin}: refused by the sandbox: {exc}") from None
        except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError) as exc:
            raise RenderError(f"{origin}: {type(exc).__name__}: {exc}") from None
        finally:
            _values.reset(t1)
            _lang.reset(t2)


def _substitute(text: str, values: list[str]) -> str:
    return _TOKEN.sub(lambda m: values[int(m.group(1))], text)
