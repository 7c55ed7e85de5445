"""The Jinja environment clause templates run in: immutable sandbox, bounded work and output.

On top of Jinja's immutable sandbox (no attributes starting with ``_``, no changing values):

- only listed methods and filters exist (``allowed``), and calls that multiply their input
  (widths, repeats, replacements, separators, format fields) are sized before they run;
- every call, attribute read, operator, test and loop turn costs a step of the render's
  ``Budget``, and every value built costs steps for its size and may not pass MAX_SIZE;
- all text written, by the template or by its macros and ``{% set %}`` blocks, is counted
  (``concat``), and every printed value must be plain data (``print_value``);
- ``~`` and ``for`` are rewritten before compiling so that they go through the same checks,
  and templates nesting deeper than MAX_DEPTH are syntax errors rather than a RecursionError.

Printed values are swapped for tokens that the renderer replaces after reading the body's
structure, so a value never creates markup.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.parser import Parser
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.visitor import NodeTransformer

from mou_cli import words
from mou_cli.errors import RenderError
from mou_cli.library import allowed
from mou_cli.library.budget import Budget, LimitError, check_size, not_plain

TOKEN = re.compile("\ue000(\\d{1,9})\ue001")
MAX_DEPTH = 100  # deepest nesting of template syntax (expressions, tags)
_TOO_DEEP = f"the template nests too deeply (more than {MAX_DEPTH} levels)"
_METHOD = (types.BuiltinMethodType, types.MethodType)
# Tags a clause may not use: each file is one self-contained template.
FORBIDDEN_TAGS = {nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from"}
FORBIDDEN_TAGS[nodes.Extends] = "extends"
FORBIDDEN_TAGS[nodes.Block] = "block"
FORBIDDEN_TAGS[nodes.EvalContextModifier] = "autoescape"  # and its scoped form
BINOPS = frozenset({"+", "-", "*", "/", "//", "%", "**"})
# Bump when the rewriting below changes: it is part of the compiled-code cache key.
REWRITE_VERSION = "bounded-1"


class TemplateProblem(RenderError):
    """A clause template failed. ``kind`` says how; ``line`` is the file line when known.

    Kinds: syntax, forbidden, undefined, sandbox, none, leftover, empty, error. ``limit`` is
    true when the render passed one of its limits (steps, output, size, time): rendering the
    same clause again with other answers is likely to pass it again.
    """

    def __init__(
        self, message: str, *, kind: str = "error", line: int | None = None, limit: bool = False
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.line = line
        self.limit = limit


class _Rewrite(NodeTransformer):
    """``a ~ b`` -> ``environment.join_text(a, b)``; ``for x in y`` counts each turn."""

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        fn = nodes.EnvironmentAttribute("join_text", lineno=node.lineno)
        return nodes.Call(fn, node.nodes, [], None, None, lineno=node.lineno)

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        fn = nodes.EnvironmentAttribute("loop_items", lineno=node.lineno)
        node.iter = nodes.Call(fn, [node.iter], [], None, None, lineno=node.lineno)
        return node


def _depth(tree: nodes.Node) -> int:
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_DEPTH:
            stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return deepest


class ClauseEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with a budget; see the module docstring."""

    intercepted_binops = BINOPS

    def __init__(self) -> None:
        self.budget: Budget | None = None  # set by the renderer for each render
        self.values: list[str] = []  # printed values, by token number
        self.lang = "en"
        super().__init__(
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
            finalize=self.print_value,
            auto_reload=False,
        )
        self.globals.clear()  # no range/lipsum/dict/cycler/joiner/namespace from Jinja
        self.globals["range"] = safe_range
        self.filters = {name: allowed.bounded_filter(self, name) for name in allowed.FILTER_NAMES}
        self.tests = {name: allowed.counted_test(self, fn) for name, fn in self.tests.items()}

    # -- parsing and compiling ----------------------------------------------------------
    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        try:
            tree = super()._parse(source, name, filename)
        except RecursionError:
            tree = None
        if tree is None or _depth(tree) > MAX_DEPTH:
            raise TemplateSyntaxError(_TOO_DEEP, 1, name, filename)
        return tree

    def _generate(self, source: nodes.Template, *args: Any, **kwargs: Any) -> str:
        tree = _Rewrite().visit(source)
        tree.set_environment(self)
        try:
            return super()._generate(tree, *args, **kwargs)
        except RecursionError:
            raise TemplateSyntaxError(_TOO_DEEP, 1) from None

    def _compile(self, source: str, filename: str) -> types.CodeType:
        try:
            return super()._compile(source, filename)
        except (RecursionError, SyntaxError, MemoryError):
            raise TemplateSyntaxError(_TOO_DEEP, 1) from None

    # -- what a template may reach ------------------------------------------------------
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # ``date.today``, ``dict.fromkeys``, ``str.maketrans``...: methods bound to a class
        # build new objects from outside the answers (the clock, among others).
        if isinstance(getattr(value, "__self__", None), type):
            return False
        if callable(value) and not allowed.method_allowed(obj, attr):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> Any:
        if (
            isinstance(value, types.BuiltinMethodType | types.MethodType)
            and value.__name__ in ("format", "format_map")
            and isinstance(value.__self__, str)
        ):
            return allowed.str_format(self, value.__self__, value.__name__)
        return None

    # -- counted operations -------------------------------------------------------------
    def getattr(self, obj: Any, attribute: str) -> Any:
        if self.budget is not None:
            self.budget.step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        budget = self.budget
        if budget is None:
            return super().getitem(obj, argument)
        budget.step()
        if isinstance(argument, slice):  # a new value: charged for its size
            return budget.took(super().getitem(obj, argument))
        return super().getitem(obj, argument)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = __self.budget
        if budget is None:
            raise LimitError("calls run only while rendering")
        budget.step()
        if isinstance(__obj, LoopContext) and args:  # ``loop(children)`` of a recursive for
            args = (__self.loop_items(args[0]), *args[1:])
        elif isinstance(__obj, _METHOD) and isinstance(__obj.__self__, str):
            own = {k: v for k, v in kwargs.items() if k not in ("_loop_vars", "_block_vars")}
            result = allowed.str_method(budget, __obj, args, own)
            if result is not None:
                return budget.took(result)
        return budget.took(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = self.budget
        if budget is None:
            raise LimitError("operators run only while rendering")
        budget.step()
        if operator == "*":
            allowed.check_repeat(left, right)
        elif operator == "**":
            allowed.check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            check_size(allowed.percent_size(left, right), "'%'")
        return budget.took(self.binop_table[operator](left, right))

    def loop_items(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """The items of a ``for`` loop, one step each."""
        budget = self.budget
        if budget is None:
            raise LimitError("loops run only while rendering")
        for item in iterable:
            budget.step()
            yield item

    def join_text(self, *parts: Any) -> str:
        """``a ~ b ~ c``: the parts as text, refusing non-data and oversize."""
        budget = self.budget
        if budget is None:
            raise LimitError("'~' runs only while rendering")
        return "".join(allowed.texts(budget, parts, "'~'"))

    def concat(self, parts: Iterable[str]) -> str:
        """Join a buffer of written text (macros, ``{% set %}``, ``{% filter %}``), counting it."""
        buffer = parts if isinstance(parts, list) else list(parts)
        if self.budget is None:
            raise LimitError("text is written only while rendering")
        self.budget.write(sum(map(len, buffer)))
        return "".join(buffer)

    def print_value(self, value: Any) -> str:
        """Format a printed value by type, count it, and hide it behind a token."""
        budget = self.budget
        if budget is None:
            raise LimitError("values are printed only while rendering")  # no folding
        if value is None:
            raise TemplateProblem(
                "a template printed an empty value (None); guard it with {% if %}", kind="none"
            )
        budget.step()
        if isinstance(value, str) and "\ue000" in value:
            text = self._expand(value, budget)  # its own text was counted when written
        else:
            text = self._text(value)
            budget.write(len(text))
        self.values.append(text)
        return f"\ue000{len(self.values) - 1}\ue001"

    def _text(self, value: Any) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, dt.date):
            return words.date(value, self.lang)
        if isinstance(value, int | float | Decimal):
            return words.digits(value, self.lang)  # type: ignore[arg-type]  # takes Decimal too
        problem = not_plain(value)
        if problem:
            raise TemplateProblem(
                f"a template printed {problem}, which is not text: print answers, "
                "helpers' results or literal text",
                kind="sandbox",
            )
        return str(value)

    def _expand(self, text: str, budget: Budget) -> str:
        """Text written by a macro or ``{% set %}`` block, its values put back (and counted)."""
        values = self.values
        known = [int(i) for i in TOKEN.findall(text) if int(i) < len(values)]
        budget.write(sum(len(values[i]) for i in known))  # before building it

        def value(m: re.Match[str]) -> str:
            i = int(m.group(1))
            return values[i] if i < len(values) else m.group(0)

        return TOKEN.sub(value, text)


def parse_expression(env: ClauseEnvironment, source: str) -> nodes.Expr:
    """Parse a ``when`` expression (raises TemplateSyntaxError)."""
    try:
        parser = Parser(env, source, state="variable")
        expr = parser.parse_expression()
    except RecursionError:
        raise TemplateSyntaxError(_TOO_DEEP, 1, None, None) from None
    if not parser.stream.eos:
        raise TemplateSyntaxError("unexpected text after the expression", 1, None, None)
    if _depth(expr) > MAX_DEPTH:
        raise TemplateSyntaxError(_TOO_DEEP, 1, None, None)
    return expr


def forbidden_tags(ast: nodes.Template) -> list[tuple[str, int]]:
    """The include/import/extends/block/autoescape tags of a template, as (tag, line)."""
    found = ast.find_all(tuple(FORBIDDEN_TAGS))
    return [(_tag(n), n.lineno) for n in found]


def _tag(node: nodes.Node) -> str:
    return next(tag for kind, tag in FORBIDDEN_TAGS.items() if isinstance(node, kind))
