"""Sandboxed rendering of clause bodies into paragraphs.

Every ``{{ expression }}`` a template prints is swapped for an opaque token while the template
renders, and the token is replaced by its value only after the body's structure (paragraphs,
list items) has been read. So a value can never create markup: user text is data, always.

Body markup, read after rendering: paragraphs are separated by a blank line; a line starting
with ``- `` is a list item of the paragraph above it; other line breaks are spaces.

Clause files may come from anyone, so templates run in ``sandbox.ClauseEnvironment``: Jinja's
immutable sandbox with no globals but ``range``, listed methods and filters only, and each
render bounded by a ``Budget`` (steps, output, value sizes, processor time) that this module
starts and counts the top-level output against. ``{% include %}``, ``{% import %}``,
``{% extends %}`` and ``{% block %}`` are refused (a clause is one file). Any failure, a
limit passed included, becomes a ``TemplateProblem`` naming the file and line.
"""

from __future__ import annotations

import re
from types import TracebackType
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError, nodes
from jinja2.environment import Template, TemplateExpression
from jinja2.exceptions import SecurityError

from mou_cli.errors import MouError
from mou_cli.library import codecache, isolate
from mou_cli.library.allowed import helper_filter
from mou_cli.library.budget import MAX_DRAFT_STEPS, MAX_STEPS, Budget, LimitError
from mou_cli.library.context import FILTER_NAMES
from mou_cli.library.sandbox import (
    REWRITE_VERSION,
    TOKEN,
    ClauseEnvironment,
    TemplateProblem,
    forbidden_tags,
    parse_expression,
)
from mou_cli.tree import Para

__all__ = ["Renderer", "TemplateProblem", "Templates", "make_env", "parse_expression"]

LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_MESSAGES = {
    "block": "a clause is one template, without blocks to inherit",
    "autoescape": "clause text is never HTML",
}


def _unbound(*_args: Any, **_kwargs: Any) -> str:
    raise SecurityError("a helper filter was used outside rendering")


def make_env() -> ClauseEnvironment:
    """The one Jinja environment: sandboxed, immutable, bounded, strict about undefined names."""
    env = ClauseEnvironment()
    # Known from the start so templates compile; bound to a language at each render.
    env.filters.update({name: _unbound for name in (*FILTER_NAMES, "date")})
    return env


class Templates:
    """Compiled templates and conditions, shareable between renderers (compiling is costly)."""

    def __init__(self) -> None:
        self.env = make_env()
        # Everything about the environment that shapes the generated code is in the cache key.
        env = self.env
        self._tag = (
            f"{type(env).__name__}:{env.trim_blocks}:{env.lstrip_blocks}:"
            f"{sorted(env.intercepted_binops)}:{sorted(env.intercepted_unops)}:{REWRITE_VERSION}"
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
                        why = _MESSAGES.get(tag, "a clause cannot read other files")
                        message = f"{{% {tag} %}} is not allowed: {why}"
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
                    body = [nodes.Assign(nodes.Name("result", "store"), expr, lineno=1)]
                    code = self.env.compile(nodes.Template(body, lineno=1))
                except TemplateSyntaxError as exc:
                    raise TemplateProblem(
                        f"{origin}: invalid 'when' expression: {exc.message}", kind="syntax"
                    ) from None
                codecache.store(f"expression:{self._tag}", source, code)
            fn = TemplateExpression(self._from_code(code), undefined_to_none=False)
            self._exprs[source] = fn
        return fn

    def _from_code(self, code: Any) -> Template:
        return self.env.template_class.from_code(self.env, code, self.env.make_globals(None))


class Renderer:
    """Renders clause bodies and conditions against one context per language.

    Each render gets a fresh ``Budget``; all the renders of one renderer (one draft) share
    MAX_DRAFT_STEPS between them.
    """

    def __init__(
        self, contexts: dict[str, dict[str, Any]], templates: Templates | None = None
    ) -> None:
        self.templates = templates or Templates()
        self.env = self.templates.env
        self.contexts = contexts
        self.steps_left = MAX_DRAFT_STEPS
        self._filters = {
            lang: {
                **{k: helper_filter(self.env, ctx[k]) for k in FILTER_NAMES},
                "date": helper_filter(self.env, ctx["date_text"]),
            }
            for lang, ctx in contexts.items()
        }

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
        with _Run(self, lang, origin):
            try:
                return bool(fn(**self.contexts[lang]))
            except MouError as exc:
                raise TemplateProblem(f"{origin}: 'when' failed: {exc.message}") from None
            except SecurityError as exc:
                raise TemplateProblem(
                    f"{origin}: 'when' refused by the sandbox: {exc}",
                    kind="sandbox",
                    limit=isinstance(exc, LimitError),
                ) from None
            except UndefinedError as exc:
                raise TemplateProblem(
                    f"{origin}: 'when' failed: {_undefined(exc)}", kind="undefined"
                ) from None
            except Exception as exc:  # untrusted template: any failure is the clause's
                raise TemplateProblem(f"{origin}: 'when' failed: {_describe(exc)}") from None

    def _render(
        self, source: str, lang: str, origin: str, first_line: int
    ) -> tuple[str, list[str]]:
        tmpl = self.templates.template(source, origin, first_line)
        with _Run(self, lang, origin) as run:
            try:
                ctx = tmpl.new_context(self.contexts[lang])
                parts = []
                try:
                    for chunk in tmpl.root_render_func(ctx):  # the counting output sink
                        run.budget.write(len(chunk))
                        parts.append(chunk)
                except Exception:
                    self.env.handle_exception()  # template lines in the traceback
                return "".join(parts), self.env.values
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
                problem = _problem(origin, first_line, line, message, kind)
                problem.limit = isinstance(exc, LimitError | RecursionError | MemoryError)
                raise problem from None


class _Run:
    """One render: binds the language's filters, a fresh budget and value table, then counts."""

    def __init__(self, renderer: Renderer, lang: str, origin: str) -> None:
        self.renderer = renderer
        self.lang = lang
        self.origin = origin
        left = max(renderer.steps_left, 0)
        self.budget = Budget(min(MAX_STEPS, left), draft=left < MAX_STEPS)

    def __enter__(self) -> _Run:
        env = self.renderer.env
        self.saved = (env.budget, env.values, env.lang)
        env.filters.update(self.renderer._filters[self.lang])
        env.budget, env.values, env.lang = self.budget, [], self.lang
        isolate.note(self.origin)
        return self

    def __exit__(self, *exc: object) -> None:
        env = self.renderer.env
        env.budget, env.values, env.lang = self.saved
        self.renderer.steps_left -= self.budget.used


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
    if isinstance(exc, MemoryError):
        return "the clause needs more memory than it may use"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _substitute(text: str, values: list[str]) -> str:
    def value(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return values[i] if i < len(values) else m.group(0)

    return TOKEN.sub(value, text)
