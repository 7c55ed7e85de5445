"""Sandboxed rendering of clause bodies into paragraphs.

Every ``{{ expression }}`` a template prints is swapped for an opaque token while the template
renders, and the token is replaced by its value only after the body's structure (paragraphs,
list items) has been read. So a value can never create markup: user text is data, always.

Body markup, read after rendering: paragraphs are separated by a blank line; a line starting
with ``- `` is a list item of the paragraph above it; other line breaks are spaces.

Clause files may come from anyone, so templates run in Jinja's immutable sandbox with no
globals but ``range``: they see the context they are given and nothing else. On top of Jinja's
rules, ``{% include %}``/``{% import %}``/``{% extends %}`` are refused (a clause is one file),
class-level constructors such as ``date.today`` are refused (a clause reads only the answers),
and ``*``/``**`` are bounded. Any failure becomes a ``TemplateProblem`` naming the file and line.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import re
from decimal import Decimal
from types import TracebackType
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.environment import Template, TemplateExpression
from jinja2.exceptions import SecurityError
from jinja2.parser import Parser
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

from mou_cli import words
from mou_cli.errors import MouError, RenderError
from mou_cli.library import codecache
from mou_cli.library.context import FILTER_NAMES
from mou_cli.tree import Para

_TOKEN = re.compile("\ue000(\\d+)\ue001")
_values: contextvars.ContextVar[list[str]] = contextvars.ContextVar("mou_values")
_lang: contextvars.ContextVar[str] = contextvars.ContextVar("mou_lang", default="en")
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
# Tags that would read another template: a clause is one self-contained file.
FORBIDDEN_TAGS = {nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from"}
FORBIDDEN_TAGS[nodes.Extends] = "extends"
MAX_POWER = 100  # largest exponent of ``**``
MAX_LENGTH = 100_000  # longest string or list a ``*`` may build


class TemplateProblem(RenderError):
    """A clause template failed. ``kind`` says how; ``line`` is the file line when known.

    Kinds: syntax, forbidden, undefined, sandbox, none, leftover, empty, error.
    """

    def __init__(self, message: str, *, kind: str = "error", line: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.line = line


def _finalize(value: Any) -> str:
    """Format a printed value by type and hide it behind a token."""
    if value is None:
        raise TemplateProblem(
            "a template printed an empty value (None); guard it with {% if %}", kind="none"
        )
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


class ClauseEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, minus constructors, with bounded ``*`` and ``**``."""

    intercepted_binops = frozenset({"*", "**"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # ``date.today``, ``dict.fromkeys``, ``str.maketrans``...: methods bound to a class
        # build new objects from outside the answers (the clock, among others).
        if isinstance(getattr(value, "__self__", None), type):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float):
            if abs(right) > MAX_POWER:
                raise SecurityError(f"exponent {right} is larger than {MAX_POWER}")
            if isinstance(left, int) and left.bit_length() * right > MAX_LENGTH:
                raise SecurityError("'**' would build a number that is too large")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(n, int)
                    and len(seq) * n > MAX_LENGTH
                ):
                    raise SecurityError(f"'*' would build more than {MAX_LENGTH} items")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # str methods that take a width or count (ljust, center, zfill, expandtabs, format,
        # replace...) would build text of that size.
        if isinstance(getattr(__obj, "__self__", None), str):
            _check_sizes((__obj.__self__, *args), kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        # Jinja swaps ``str.format``/``format_map`` for its own function when they are looked
        # up, so ``call`` sees no str method: the width in the format string is checked here.
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        template = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_sizes((template, *args), kwargs)
            return wrapped(*args, **kwargs)

        return checked


# "{:>999999999}", "%999999999s": a width inside a format string.
_BIG_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?\d{7,}[^{}]*\}|%[-+ #0]*\d{7,}")
# Filters whose numbers are widths: each output would be that large.
_WIDTH_FILTERS = ("center", "indent", "wordwrap", "format", "truncate")


def _check_sizes(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse widths and counts above MAX_LENGTH: ``'x'.ljust(10**9)``, ``center(10**9)``."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_LENGTH:
            raise SecurityError(f"a width or count of {value} is larger than {MAX_LENGTH}")
        if isinstance(value, str) and _BIG_WIDTH.search(value):
            raise SecurityError(f"a format width larger than {MAX_LENGTH}")


def _bounded(fn: Any) -> Any:
    def filter_(*args: Any, **kwargs: Any) -> Any:
        _check_sizes(args, kwargs)
        return fn(*args, **kwargs)

    filter_.__name__ = getattr(fn, "__name__", "filter")
    for flag in ("jinja_pass_arg",):  # keep Jinja's context/environment passing
        if hasattr(fn, flag):
            setattr(filter_, flag, getattr(fn, flag))
    return filter_


def _unbound(*_args: Any, **_kwargs: Any) -> str:
    raise RenderError("a helper filter was used outside rendering")


def make_env() -> ClauseEnvironment:
    """The one Jinja environment: sandboxed, immutable, strict about undefined names."""
    env = ClauseEnvironment(
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        finalize=_finalize,
        auto_reload=False,
    )
    env.globals.clear()  # no range/lipsum/dict/cycler/joiner/namespace from Jinja
    env.globals["range"] = safe_range
    for name in _WIDTH_FILTERS:
        env.filters[name] = _bounded(env.filters[name])
    # Known from the start so templates compile; bound to a language at each render.
    env.filters.update({name: _unbound for name in (*FILTER_NAMES, "date")})
    return env


def parse_expression(env: ClauseEnvironment, source: str) -> nodes.Expr:
    """Parse a ``when`` expression (raises TemplateSyntaxError)."""
    parser = Parser(env, source, state="variable")
    expr = parser.parse_expression()
    if not parser.stream.eos:
        raise TemplateSyntaxError("unexpected text after the expression", 1, None, None)
    return expr


def forbidden_tags(ast: nodes.Template) -> list[tuple[str, int]]:
    """The include/import/extends tags of a parsed template, as (tag, line)."""
    return [(FORBIDDEN_TAGS[type(n)], n.lineno) for n in ast.find_all(tuple(FORBIDDEN_TAGS))]


class Templates:
    """Compiled templates and conditions, shareable between renderers (compiling is costly)."""

    def __init__(self) -> None:
        self.env = make_env()
        # Everything about the environment that shapes the generated code is in the cache key.
        env = self.env
        self._tag = (
            f"{type(env).__name__}:{env.trim_blocks}:{env.lstrip_blocks}:"
            f"{sorted(env.intercepted_binops)}:{sorted(env.intercepted_unops)}"
        )
        self._cache: dict[str, Template] = {}
        self._exprs: dict[str, Any] = {}

    def template(self, source: str, origin: str, first_line: int = 1) -> Template:
        tmpl = self._cache.get(source)
        if tmpl is None:
            code = codecache.load(f"template:{self._tag}", source)
            if code is None:
                try:
                    ast = self.env.parse(source)
                    found = forbidden_tags(ast)
                    if found:
                        tag, line = found[0]
                        message = f"{{% {tag} %}} is not allowed: a clause cannot read other files"
                        raise _problem(origin, first_line, line, message, "forbidden")
                    code = self.env.compile(ast)
                except TemplateSyntaxError as exc:
                    message = f"template syntax error: {exc.message}"
                    raise _problem(origin, first_line, exc.lineno, message, "syntax") from None
                codecache.store(f"template:{self._tag}", source, code)
            tmpl = self._from_code(code)
            self._cache[source] = tmpl
        return tmpl

    def expression(self, source: str, origin: str) -> Any:
        """A compiled ``when`` expression (as Jinja's compile_expression, with the code cached)."""
        fn = self._exprs.get(source)
        if fn is None:
            code = codecache.load(f"expression:{self._tag}", source)
            if code is None:
                try:
                    expr = parse_expression(self.env, source)
                except TemplateSyntaxError as exc:
                    raise TemplateProblem(
                        f"{origin}: invalid 'when' expression: {exc.message}", kind="syntax"
                    ) from None
                body = [nodes.Assign(nodes.Name("result", "store"), expr, lineno=1)]
                code = self.env.compile(nodes.Template(body, lineno=1))
                codecache.store(f"expression:{self._tag}", source, code)
            fn = TemplateExpression(self._from_code(code), undefined_to_none=False)
            self._exprs[source] = fn
        return fn

    def _from_code(self, code: Any) -> Template:
        return self.env.template_class.from_code(self.env, code, self.env.make_globals(None))


class Renderer:
    """Renders clause bodies and conditions against one context per language."""

    def __init__(
        self, contexts: dict[str, dict[str, Any]], templates: Templates | None = None
    ) -> None:
        self.templates = templates or Templates()
        self.env = self.templates.env
        self.contexts = contexts

    def text(self, source: str, lang: str, origin: str, first_line: int = 1) -> str:
        """Render ``source`` to text with values substituted (no structure is read)."""
        rendered, values = self._render(source, lang, origin, first_line)
        if LEFTOVER.search(rendered):
            raise TemplateProblem(
                f"{origin}: leftover template syntax in the rendered text", kind="leftover"
            )
        return _substitute(rendered, values)

    def paras(self, source: str, lang: str, origin: str, first_line: int = 1) -> list[Para]:
        """Render a clause body into paragraphs; values never add structure."""
        rendered, values = self._render(source, lang, origin, first_line)
        if LEFTOVER.search(rendered):
            raise TemplateProblem(
                f"{origin}: leftover template syntax in the rendered text", kind="leftover"
            )
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
            raise TemplateProblem(
                f"{origin}: rendered no text; put the clause's condition in 'when'", kind="empty"
            )
        return paras

    def condition(self, expression: str, lang: str, origin: str) -> bool:
        """Evaluate a clause's ``when`` expression."""
        fn = self.templates.expression(expression, origin)
        self._bind_filters(lang)
        try:
            return bool(fn(**self.contexts[lang]))
        except MouError as exc:
            raise TemplateProblem(f"{origin}: 'when' failed: {exc.message}") from None
        except SecurityError as exc:
            raise TemplateProblem(
                f"{origin}: 'when' refused by the sandbox: {exc}", kind="sandbox"
            ) from None
        except UndefinedError as exc:
            raise TemplateProblem(
                f"{origin}: 'when' failed: {_undefined(exc)}", kind="undefined"
            ) from None
        except Exception as exc:  # untrusted template: any failure is the clause's
            raise TemplateProblem(f"{origin}: 'when' failed: {_describe(exc)}") from None

    def _bind_filters(self, lang: str) -> None:
        ctx = self.contexts[lang]
        self.env.filters.update({k: ctx[k] for k in FILTER_NAMES})
        self.env.filters["date"] = ctx["date_text"]

    def _render(
        self, source: str, lang: str, origin: str, first_line: int
    ) -> tuple[str, list[str]]:
        tmpl = self.templates.template(source, origin, first_line)
        self._bind_filters(lang)
        values: list[str] = []
        t1 = _values.set(values)
        t2 = _lang.set(lang)
        try:
            return tmpl.render(**self.contexts[lang]), values
        except Exception as exc:  # untrusted template: any failure is the clause's
            line = _template_line(exc.__traceback__)
            if isinstance(exc, SecurityError):
                kind, message = "sandbox", f"refused by the sandbox: {exc}"
            elif isinstance(exc, UndefinedError):
                kind, message = "undefined", _undefined(exc)
            elif isinstance(exc, TemplateProblem):
                kind, message = exc.kind, exc.message
            elif isinstance(exc, MouError):
                kind, message = "error", exc.message
            else:
                kind, message = "error", _describe(exc)
            raise _problem(origin, first_line, line, message, kind) from None
        finally:
            _values.reset(t1)
            _lang.reset(t2)


def _problem(
    origin: str, first_line: int, line: int | None, message: str, kind: str
) -> TemplateProblem:
    at = first_line + line - 1 if line else None
    where = f"{origin}, line {at}" if at else origin
    return TemplateProblem(f"{where}: {message}", kind=kind, line=at)


def _template_line(tb: TracebackType | None) -> int | None:
    """The template line of the innermost template frame of a traceback."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _undefined(exc: UndefinedError) -> str:
    if str(exc.message).startswith("'None' has no attribute"):
        return f"{exc.message} (an optional answer is absent; test it with {{% if %}} first)"
    return f"{exc.message} (no such answers field or helper)"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "a macro calls itself without end"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _substitute(text: str, values: list[str]) -> str:
    return _TOKEN.sub(lambda m: values[int(m.group(1))], text)
