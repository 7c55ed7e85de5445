"""Static checks of one template's names against the answers model (CL203-CL207, CL209, CL210).

The template's AST is walked with a scope of typed names: the answers fields typed from the
pydantic model, ``doc`` and the party extras typed from a real context, the helpers, and the
names a template binds itself (``{% for p in parties %}`` gives ``p`` the party type, so
``p.representative.nmae`` is caught). Every answers path read (``parties[].name``) is recorded,
for comparing the two languages.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from jinja2 import nodes

from mou_cli.clauselint.valuetypes import ANY, LOOP, TEXT_KINDS, Fn, Rec, Seq, Ty, Val
from mou_cli.library.context import FILTER_NAMES
from mou_cli.model import Answers

SAME = {"sort", "reverse", "unique", "reject", "select", "rejectattr", "selectattr", "list"}
SAME |= {"default", "d"}
ITEM = {"first", "last", "random", "min", "max"}
NUMBER = {"length", "count", "wordcount", "int", "float", "abs", "round", "sum"}
TEXT = {"string", "lower", "upper", "title", "capitalize", "trim", "replace", "truncate"}
TEXT |= {"center", "indent", "wordwrap", "striptags", "format", "escape", "e", "join", "date"}
TEXT |= {"forceescape", "safe", "urlize", "urlencode", "tojson", "pprint", "filesizeformat"}
TEXT |= set(FILTER_NAMES)
# Filters whose first argument or ``attribute=`` names a field of the items.
ATTRIBUTE_FILTERS = {"map", "selectattr", "rejectattr", "sort", "unique", "groupby", "sum"}
ATTRIBUTE_FILTERS |= {"min", "max"}


@dataclass
class V:
    """An expression's type, the answers path it reads (if any) and its text for messages."""

    ty: Ty
    path: str | None = None
    text: str = "value"


@dataclass
class Problem:
    code: str
    message: str
    lineno: int
    needle: str  # text to find on the line, for the column


class Scope:
    def __init__(self, names: dict[str, V], parent: Scope | None = None) -> None:
        self.names = names
        self.parent = parent

    def get(self, name: str) -> V | None:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        return None

    def known(self) -> set[str]:
        return set(self.names) | (self.parent.known() if self.parent else set())

    def child(self) -> Scope:
        return Scope({}, self)


@dataclass
class Checker:
    """Walks one template or expression; collects problems, answers paths and ref()/has() ids."""

    types: dict[str, Ty]
    filters: set[str]
    tests: set[str]
    clause_ids: set[str] | None = None
    answer_roots: frozenset[str] = frozenset(Answers.model_fields) | {"schema"}
    problems: list[Problem] = field(default_factory=list)
    paths: dict[str, int] = field(default_factory=dict)
    refs: set[str] = field(default_factory=set)

    def root_scope(self) -> Scope:
        names = {}
        for name, ty in self.types.items():
            path = name if name in self.answer_roots else None
            names[name] = V(ty, path, name)
        return Scope(names)

    def template(self, ast: nodes.Template) -> None:
        scope = self.root_scope().child()
        for macro in ast.find_all(nodes.Macro):  # callable before their definition line
            scope.names[macro.name] = V(Fn(Val(str)), None, macro.name)
        self.stmts(ast.body, scope)

    def expression(self, expr: nodes.Expr) -> None:
        self.expr(expr, self.root_scope())

    # -- statements ------------------------------------------------------------------------
    def stmts(self, body: Iterable[nodes.Node], scope: Scope) -> None:
        for node in body:
            self.stmt(node, scope)

    def stmt(self, n: nodes.Node, scope: Scope) -> None:
        if isinstance(n, nodes.Output):
            for child in n.nodes:
                self.expr(child, scope)
        elif isinstance(n, nodes.If):
            self.expr(n.test, scope)
            self.stmts(n.body, scope)
            self.stmts(n.elif_, scope)
            self.stmts(n.else_, scope)
        elif isinstance(n, nodes.For):
            seq = self.expr(n.iter, scope)
            inner = scope.child()
            if isinstance(seq.ty, Seq):
                item = V(seq.ty.item, _join(seq.path, "[]"), f"{seq.text}[]")
            else:
                item = V(ANY, None, "item")
            self.bind(n.target, item, inner)
            loop = Rec({**LOOP.fields, "previtem": item.ty, "nextitem": item.ty})
            inner.names["loop"] = V(loop, None, "loop")
            if n.test is not None:
                self.expr(n.test, inner)
            self.stmts(n.body, inner)
            self.stmts(n.else_, scope.child())
        elif isinstance(n, nodes.Assign):
            self.bind(n.target, self.expr(n.node, scope), scope)
        elif isinstance(n, nodes.AssignBlock):
            self.stmts(n.body, scope)
            if n.filter is not None:
                self.expr(n.filter, scope)
            self.bind(n.target, V(Val(str)), scope)
        elif isinstance(n, nodes.Macro | nodes.CallBlock):
            if isinstance(n, nodes.CallBlock):
                self.expr(n.call, scope)
            for default in n.defaults:
                self.expr(default, scope)
            inner = scope.child()
            for arg in n.args:
                inner.names[arg.name] = V(ANY, None, arg.name)
            for name in ("varargs", "kwargs", "caller"):
                inner.names[name] = V(ANY, None, name)
            self.stmts(n.body, inner)
        elif isinstance(n, nodes.With):
            inner = scope.child()
            for target, value in zip(n.targets, n.values, strict=False):
                self.bind(target, self.expr(value, scope), inner)
            self.stmts(n.body, inner)
        elif isinstance(n, nodes.FilterBlock):
            self.expr(n.filter, scope)
            self.stmts(n.body, scope)
        elif isinstance(n, nodes.Include | nodes.Import | nodes.FromImport | nodes.Extends):
            tag = "from" if isinstance(n, nodes.FromImport) else type(n).__name__.lower()
            self.add("CL206", f"{{% {tag} %}} is not allowed: a clause is one file", n, tag)
        else:
            for node in n.iter_child_nodes():
                if isinstance(node, nodes.Expr):
                    self.expr(node, scope)
                else:
                    self.stmt(child, scope)

    def bind(self, target: nodes.Node, value: V, scope: Scope) -> None:
        if isinstance(target, nodes.Name):
            scope.names[target.name] = V(value.ty, value.path, target.name)
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, V(ANY, None, "item"), scope)
        else:  # NSRef: namespace attributes (no namespace() in clauses, reported as a name)
            for child in target.iter_child_nodes():
                if isinstance(child, nodes.Expr):
                    self.expr(child, scope)

    # -- expressions -----------------------------------------------------------------------
    def expr(self, n: nodes.Node, scope: Scope) -> V:
        if isinstance(n, nodes.Name):
            found = scope.get(n.name)
            if found is None:
                hint = _did_you_mean(n.name, scope.known())
                self.add("CL203", f"unknown name '{n.name}'{hint}", n, n.name)
                return V(ANY, None, n.name)
            self.note(found.path, n)
            return found
        if isinstance(n, nodes.Const):
            return V(Val(type(n.value)) if n.value is not None else ANY, None, repr(n.value))
        if isinstance(n, nodes.TemplateData):
            return V(Val(str))
        if isinstance(n, nodes.Getattr):
            return self.attr(self.expr(n.node, scope), n.attr, n)
        if isinstance(n, nodes.Getitem):
            return self.item(n, scope)
        if isinstance(n, nodes.Filter):
            return self.filter(n, scope)
        if isinstance(n, nodes.Test):
            self.expr(n.node, scope)
            self.args(n, scope)
            if n.name not in self.tests:
                hint = _did_you_mean(n.name, self.tests)
                self.add("CL205", f"unknown test '{n.name}'{hint}", n, n.name)
            return V(Val(bool))
        if isinstance(n, nodes.Call):
            return self.call(n, scope)
        if isinstance(n, nodes.Compare):
            self.compare(n, scope)
            return V(Val(bool))
        if isinstance(n, nodes.CondExpr):
            self.expr(n.test, scope)
            a = self.expr(n.expr1, scope)
            b = self.expr(n.expr2, scope) if n.expr2 is not None else a
            return a if type(a.ty) is type(b.ty) else V(ANY)
        if isinstance(n, nodes.Concat):
            self.children(n, scope)
            return V(Val(str))
        if isinstance(n, nodes.List | nodes.Tuple):
            self.children(n, scope)
            return V(Seq(ANY))
        if isinstance(n, nodes.Dict):
            self.children(n, scope)
            return V(Val(dict))
        self.children(n, scope)
        return V(ANY)

    def children(self, n: nodes.Node, scope: Scope) -> None:
        for child in n.iter_child_nodes():
            self.expr(child, scope)

    def args(self, n: nodes.Filter | nodes.Test | nodes.Call, scope: Scope) -> None:
        for arg in n.args:
            self.expr(arg, scope)
        for kw in n.kwargs:
            self.expr(kw.value, scope)
        for extra in (n.dyn_args, n.dyn_kwargs):
            if extra is not None:
                self.expr(extra, scope)

    def attr(self, base: V, name: str, n: nodes.Node) -> V:
        text = f"{base.text}.{name}"
        ty = base.ty
        if name.startswith("_"):
            if "._" in base.text:  # reported at the first private step
                return V(ANY, None, text)
            self.add("CL207", f"'{text}': attributes starting with '_' are refused", n, name)
            return V(ANY, None, text)
        if isinstance(ty, Rec):
            if name not in ty.fields:
                hint = _did_you_mean(name, ty.fields)
                self.add("CL204", f"'{base.text}' has no field '{name}'{hint}", n, name)
                return V(ANY, None, text)
            path = None if name in ty.derived else _join(base.path, name)
            self.note(path, n)
            return V(ty.fields[name], path, text)
        if isinstance(ty, Seq) and not hasattr(list, name):
            msg = f"'{base.text}' is a list and has no field '{name}'; loop over it first"
            self.add("CL204", msg, n, name)
        elif isinstance(ty, Val) and ty.py is not dict and not hasattr(ty.py, name):
            kind = TEXT_KINDS.get(ty.py, ty.py.__name__)
            self.add("CL204", f"'{base.text}' is {kind} and has no field '{name}'", n, name)
        return V(ANY, None, text)

    def item(self, n: nodes.Getitem, scope: Scope) -> V:
        base = self.expr(n.node, scope)
        if isinstance(n.arg, nodes.Const) and isinstance(n.arg.value, str):
            if isinstance(base.ty, Rec):
                return self.attr(base, n.arg.value, n)
            return V(ANY, None, f"{base.text}[...]")
        self.expr(n.arg, scope)
        if isinstance(n.arg, nodes.Slice):
            return base
        if isinstance(base.ty, Seq):
            path = _join(base.path, "[]")
            self.note(path, n)
            return V(base.ty.item, path, f"{base.text}[]")
        ty = Val(str) if isinstance(base.ty, Val) and base.ty.py is str else ANY
        return V(ty, None, f"{base.text}[...]")

    def filter(self, n: nodes.Filter, scope: Scope) -> V:
        base = self.expr(n.node, scope) if n.node is not None else V(Val(str))
        self.args(n, scope)
        name = n.name
        if name not in self.filters:
            hint = _did_you_mean(name, self.filters)
            self.add("CL205", f"unknown filter '{name}'{hint}", n, name)
            return V(ANY)
        item = base.ty.item if isinstance(base.ty, Seq) else ANY
        item_v = V(item, _join(base.path, "[]"), f"{base.text}[]")
        attr_v = None
        if name in ATTRIBUTE_FILTERS:
            attribute = _const_kwarg(n, "attribute")
            if attribute is None and name in ("selectattr", "rejectattr", "groupby") and n.args:
                attribute = _const(n.args[0])
            if isinstance(attribute, str):
                attr_v = item_v
                for part in attribute.split("."):
                    attr_v = attr_v if part.isdigit() else self.attr(attr_v, part, n)
        elif name == "attr" and n.args and isinstance(_const(n.args[0]), str):
            return self.attr(base, str(_const(n.args[0])), n)
        if name == "map":
            if attr_v is None and n.args and isinstance(_const(n.args[0]), str):
                if _const(n.args[0]) not in self.filters:
                    self.add("CL205", f"unknown filter '{_const(n.args[0])}'", n, "map")
                return V(Seq(ANY))
            return V(Seq(attr_v.ty if attr_v else ANY), attr_v.path if attr_v else None)
        if name in SAME:
            return base
        if name in ITEM:
            self.note(item_v.path, n)
            return item_v if isinstance(base.ty, Seq) else V(ANY)
        if name in NUMBER:
            return V(Val(int))
        if name in TEXT:
            return V(Val(str))
        return V(ANY)

    def compare(self, n: nodes.Compare, scope: Scope) -> None:
        """CL210: ``type == 'technolgy'`` compares a choice with a value it never takes."""
        left_node, left = n.expr, self.expr(n.expr, scope)
        for operand in n.ops:
            right_node, right = operand.expr, self.expr(operand.expr, scope)
            if operand.op in ("eq", "ne"):
                self.check_value(left, right_node, n)
                self.check_value(right, left_node, n)
            elif operand.op in ("in", "notin") and isinstance(right_node, nodes.List | nodes.Tuple):
                for item in right_node.items:
                    self.check_value(left, item, n)
            left_node, left = right_node, right

    def check_value(self, v: V, other: nodes.Node, n: nodes.Node) -> None:
        options = v.ty.options if isinstance(v.ty, Val) else None
        if not options or not isinstance(other, nodes.Const) or other.value in options:
            return
        value = other.value
        known = ", ".join(sorted(repr(o) for o in options))
        hint = _did_you_mean(value, [str(o) for o in options]) if isinstance(value, str) else ""
        message = f"'{v.text}' is never {value!r}{hint}; it is one of {known}"
        self.add("CL210", message, n, str(value))

    def call(self, n: nodes.Call, scope: Scope) -> V:
        callee = self.expr(n.node, scope)
        self.args(n, scope)
        name = n.node.name if isinstance(n.node, nodes.Name) else None
        if name in ("ref", "has") and n.args and isinstance(_const(n.args[0]), str):
            clause_id = str(_const(n.args[0]))
            self.refs.add(clause_id)
            if self.clause_ids is not None and clause_id not in self.clause_ids:
                hint = _did_you_mean(clause_id, self.clause_ids)
                self.add("CL209", f"{name}('{clause_id}'): no clause has that id{hint}", n, name)
        if isinstance(callee.ty, Fn):
            path = "parties[]" if name == "party" else None
            return V(callee.ty.ret, path, f"{callee.text}(...)")
        return V(ANY)

    # -- bookkeeping -----------------------------------------------------------------------
    def note(self, path: str | None, n: nodes.Node) -> None:
        if path is not None:
            self.paths.setdefault(path, n.lineno)

    def add(self, code: str, message: str, n: nodes.Node, needle: str) -> None:
        self.problems.append(Problem(code, message, n.lineno, needle))


def _join(path: str | None, part: str) -> str | None:
    if path is None:
        return None
    return path + part if part == "[]" else f"{path}.{part}"


def _const(n: nodes.Node) -> Any:
    return n.value if isinstance(n, nodes.Const) else None


def _const_kwarg(n: nodes.Filter, key: str) -> Any:
    for kw in n.kwargs:
        if kw.key == key:
            return _const(kw.value)
    return None


def _did_you_mean(word: str, options: Iterable[str]) -> str:
    match = difflib.get_close_matches(word, sorted(options), n=2, cutoff=0.6)
    return f" (did you mean {' or '.join(repr(m) for m in match)}?)" if match else ""
