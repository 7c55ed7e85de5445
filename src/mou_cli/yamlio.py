"""Reading and writing YAML in one place: limits, the libyaml fast path, line numbers, one dumper.

Every YAML text mou reads (answers, clause files, the document skeleton, embedded answers, the
interview's progress file) goes through ``parse``: PyYAML's safe constructor under a composer
that refuses more than ``MAX_ALIASES`` aliases and nesting deeper than ``MAX_DEPTH`` levels (an
alias bomb or "[[[[..." costs the size of the text, never more). Dates stay text, so the model
reports a bad date with its field path. libyaml parses when PyYAML has it; composing (where the
limits are) and constructing stay in Python. An integer too long for Python to print (over
``sys.get_int_max_str_digits()`` digits) is refused with its line, not built. A character
YAML does not allow in a text (a control character, U+FFFF, a lone surrogate) is a
``YAMLError`` naming it with its line and column, from either parser. ``line_index``/
``value_lines`` map field paths to lines; ``dump`` writes every YAML text mou writes.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

Node = yaml.Node

MAX_DEPTH = 40
MAX_ALIASES = 100
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_INT = "tag:yaml.org,2002:int"


class YAMLError(Exception):
    """A text that is not YAML or breaks a limit. ``str()`` is PyYAML's whole message,
    ``problem`` its short reason, ``line`` and ``column`` (from 1) where it is, when known."""

    def __init__(
        self, exc: yaml.YAMLError | str, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(str(exc))
        self.problem: str = getattr(exc, "problem", None) or str(exc)
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            line, column = mark.line + 1, mark.column + 1
        self.line: int | None = line
        self.column: int | None = column

    @property
    def reason(self) -> str:
        """``line L, column C: problem``, or only the problem when its place is unknown."""
        if self.line is None:
            return self.problem
        return f"line {self.line}, column {self.column}: {self.problem}"


class _Limits(Composer):
    """The composer with limits: alias bombs and absurd nesting are refused."""

    def __init__(self) -> None:
        Composer.__init__(self)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        mark = self.peek_event().start_mark  # type: ignore[attr-defined]
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise yaml.YAMLError(f"line {mark.line + 1}: more than {MAX_ALIASES} aliases")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.YAMLError(f"line {mark.line + 1}: nested deeper than {MAX_DEPTH} levels")
            node: Node | None = super().compose_node(parent, index)
            return node
        finally:
            self._depth -= 1


class _Loader(_Limits, yaml.SafeLoader):
    """SafeLoader with the limits, all in Python."""

    def __init__(self, stream: str) -> None:
        yaml.SafeLoader.__init__(self, stream)
        _Limits.__init__(self)


_LOADERS: list[type[_Limits]] = [_Loader]
try:  # libyaml's parser (a loop, not recursion) under the same Python composer: ~4x faster
    from yaml._yaml import CParser

    class _CLoader(_Limits, CParser, SafeConstructor, Resolver):
        """libyaml parses; composing (where the limits are) and constructing stay in Python."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            _Limits.__init__(self)

    _LOADERS.insert(0, _CLoader)
except ImportError:  # PyYAML built without libyaml
    pass


def _without_timestamps(cls: type[Any]) -> None:
    """Dates stay text: ``2027-01-31`` is read as a string and, when dumped, written plain."""
    cls.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _bounded_int(loader: SafeConstructor, node: yaml.ScalarNode) -> int:
    """An integer no longer than Python prints (``sys.get_int_max_str_digits()``, 4,300 by
    default): a longer one fails, with its line, when read here and not later when printed."""
    digits = sys.get_int_max_str_digits()
    try:
        value: int = loader.construct_yaml_int(node)
        if not digits or abs(value) < 10**digits:
            return value
    except ValueError:  # a decimal over the limit: int() refuses it
        pass
    raise yaml.constructor.ConstructorError(
        None, None, f"an integer of more than {digits:,} digits", node.start_mark
    )


for _cls in _LOADERS:
    _without_timestamps(_cls)
    _cls.add_constructor(_INT, _bounded_int)  # type: ignore[attr-defined]


def parse(text: str, *, python_errors: bool = True) -> tuple[Any, Node | None]:
    """The data of one YAML document and its root node (None for an empty text).

    Raise ``YAMLError``; ``RecursionError`` is left to the caller. With ``python_errors``, a
    text libyaml refuses is read again in pure Python: libyaml and PyYAML word errors
    differently, and libyaml refuses some escapes (a lone surrogate) that PyYAML reads, so the
    outcome is the same with or without libyaml. Without it the first loader's error stands
    (clause files keep the messages their authors know; embedded answers need none).
    """
    bad = _NOT_ALLOWED.search(text)
    if bad is not None:  # both parsers refuse it, with a message that says neither where nor what
        raise _not_allowed(text, bad.start())
    loaders = _LOADERS if python_errors else _LOADERS[:1]
    for i, cls in enumerate(loaders):
        loader: Any = None
        try:
            loader = cls(text)  # type: ignore[call-arg]  # PyYAML's reader checks here
            node: Node | None = loader.get_single_node()
            return (loader.construct_document(node) if node is not None else None), node
        except yaml.YAMLError as exc:
            if i + 1 < len(loaders):
                continue
            raise YAMLError(exc) from None
        finally:
            if loader is not None:
                loader.dispose()
    raise AssertionError("unreachable: the last loader returns or raises")


# What the YAML 1.1 reader accepts (PyYAML's ``Reader.NON_PRINTABLE``, negated here); libyaml
# accepts the same. A lone surrogate is outside it too: libyaml cannot even be given one.
_NOT_ALLOWED = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _not_allowed(text: str, index: int) -> YAMLError:
    """The error for the character at ``index``, which YAML does not allow in a text."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    code = ord(text[index])
    what = "a control character" if code < 0x20 or 0x7F <= code < 0xA0 else "not a character"
    return YAMLError(
        f"the character U+{code:04X} ({what}) cannot be in a YAML file; delete it",
        line,
        column,
    )


def load(text: str) -> Any:
    """The data of one YAML document (see ``parse``)."""
    return parse(text)[0]


# --- where each field is ---------------------------------------------------------------------


def _fields(node: Node, *, lists: bool = True) -> Iterator[tuple[str, Node | None, Node]]:
    """``(path, key node, value node)`` for every field under ``node``, parents first; a list
    item (walked only with ``lists``) has no key node. A node met again through an alias is
    not walked again (a YAML bomb is a small graph of nodes that would be astronomically large
    as a tree)."""
    seen: set[int] = set()
    stack: list[tuple[str, Node]] = [("", node)]
    while stack:
        path, here = stack.pop()
        if id(here) in seen:
            continue
        seen.add(id(here))
        children: list[tuple[str, Node | None, Node]] = []
        if isinstance(here, yaml.MappingNode):
            for key, value in here.value:
                name = str(key.value)
                children.append((f"{path}.{name}" if path else name, key, value))
        elif lists and isinstance(here, yaml.SequenceNode):
            children = [(f"{path}[{i}]", None, item) for i, item in enumerate(here.value)]
        yield from children
        stack.extend((p, value) for p, _, value in reversed(children))


def line_index(node: Node | None) -> dict[str, int]:
    """Field path (``parties[1].name``; ``""`` for the whole text) -> the line (from 1) where
    the field starts: its key, or the item for a list item. A repeated key keeps its first
    line; an aliased value is indexed once, where its anchor is."""
    if node is None:
        return {}
    out = {"": node.start_mark.line + 1}
    for path, key, value in _fields(node):
        out.setdefault(path, (key or value).start_mark.line + 1)
    return out


def value_lines(node: Node | None) -> dict[str, int]:
    """Key path (``order``, ``body.en``) -> the line where its value's text starts (a block
    scalar's text starts on the line after its ``|`` or ``>``), and ``path:key`` -> the line
    of the key itself. Only mappings are walked; a repeated key keeps its last lines."""
    out: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return out
    for path, key, value in _fields(node, lists=False):
        assert key is not None  # only mappings are walked
        offset = 1 if getattr(value, "style", None) in ("|", ">") else 0
        out[path] = value.start_mark.line + 1 + offset
        out[f"{path}:key"] = key.start_mark.line + 1
    return out


# --- writing ---------------------------------------------------------------------------------

_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: ~10x


class _PlainDates(_Base):  # type: ignore[valid-type,misc]
    """Date-like text and ``datetime.date`` written plain: ``2027-03-31``, not quoted."""


_without_timestamps(_PlainDates)
_PlainDates.add_representer(dt.date, lambda d, v: d.represent_str(v.isoformat()))


def dump(data: Any, *, plain_dates: bool = False) -> str:
    """``data`` as YAML text: keys in their order, Unicode as itself, lines up to 100 wide.

    Date-like text is quoted so that any YAML reader keeps it text, or written plain with
    ``plain_dates`` (``parse`` reads it back as text either way).
    """
    dumper = _PlainDates if plain_dates else _Base
    text: str = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    return text
