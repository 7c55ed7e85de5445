"""Answers files: safe YAML in, a validated model out, every problem reported at once."""

from __future__ import annotations

import json
import re
import reprlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from mou_cli.errors import AnswersError
from mou_cli.model import Answers, TextMap, cross_field_problems

MAX_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_ALIASES = 100
SCHEMA_VERSION = 1
_TEMPLATE_LIKE = re.compile(r"\{\{|\{%|\{#")
# Control characters no document can show: removed from every value when answers are read
# (a tab becomes a space, CR and CRLF a newline), so every output agrees on the same text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Loaded:
    """A validated answers model, with the warnings worth showing the user."""

    answers: Answers
    warnings: list[str] = field(default_factory=list)


class _Limits(Composer):
    """The composer with limits: alias bombs and absurd nesting are refused."""

    def __init__(self) -> None:
        Composer.__init__(self)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        mark = self.peek_event().start_mark
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise yaml.YAMLError(f"line {mark.line + 1}: more than {MAX_ALIASES} aliases")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.YAMLError(f"line {mark.line + 1}: nested deeper than {MAX_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Loader(_Limits, yaml.SafeLoader):
    """SafeLoader with the limits, all in Python."""

    def __init__(self, stream: str) -> None:
        yaml.SafeLoader.__init__(self, stream)
        _Limits.__init__(self)


_LOADERS: list[type] = [_Loader]
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

# Dates stay strings in YAML so that pydantic reports a bad date with its field path.
for _cls in _LOADERS:
    _cls.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def read_yaml(path: Path) -> tuple[Any, dict[str, int]]:
    """Parse a YAML file; return its data and a map from field path to line number."""
    return parse_yaml(read_text(path), str(path))


def read_text(path: Path) -> str:
    """An answers file's text: UTF-8 (with or without a BOM), or UTF-16 with a BOM (what
    Windows Notepad saves as "Unicode"); a folder, a binary or an oversized file is refused."""
    path = Path(path)
    if path.is_dir():
        raise AnswersError(f"{path} is a folder, not an answers file")
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise AnswersError(f"{path}: no such file") from None
    except OSError as exc:
        raise AnswersError(f"{path}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise AnswersError(f"{path}: too large for an answers file (over {MAX_BYTES:,} bytes)")
    try:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text = raw.decode("utf-16")
            if sum(c < "\x80" for c in text) * 2 >= len(text):  # YAML keys are ASCII
                return text
            raise UnicodeDecodeError("utf-16", raw, 0, 2, "mostly not text")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersError(f"{path}: not a UTF-8 text file (is it binary?)") from None


def parse_yaml(text: str, name: str = "<answers>") -> tuple[Any, dict[str, int]]:
    """Parse YAML text; return its data and a map from field path to line number."""
    if "\x00" in text:
        raise AnswersError(
            f"{name}: not a text file (it contains NUL bytes); if it was saved as UTF-16 "
            "or 'Unicode', save it again as UTF-8"
        )
    for i, cls in enumerate(_LOADERS):
        loader = cls(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
            break
        except yaml.YAMLError as exc:
            if i + 1 < len(_LOADERS):
                # libyaml and PyYAML word errors differently and libyaml refuses some escapes
                # (a lone surrogate) that the model reports by field: read it again in Python,
                # so messages are the same with or without libyaml.
                continue
            raise AnswersError(f"{name}: not valid YAML: {_yaml_reason(exc)}") from None
        except RecursionError:
            raise AnswersError(f"{name}: nested too deeply") from None
        finally:
            loader.dispose()
    lines: dict[str, int] = {}
    if node is not None:
        _index_lines(node, "", lines)
    return data, lines


def load(path: Path) -> Loaded:
    """Read and validate an answers file; raise AnswersError listing every problem."""
    text = read_text(path)
    data, lines = parse_yaml(text, str(path))
    loaded = validate(data, name=str(path), lines=lines)
    loaded.warnings[:0] = [f"{path}: {w}" for w in cut_comments(text)]
    return loaded


# `key: some text #22-01` -- YAML reads " #" as the start of a comment and drops the rest.
_CUT_COMMENT = re.compile(r"^\s*(?:-\s+)?[\w.-]+:\s+(?![\'\"{\[|>])[^#\n]*\S\s+#(?=\S)")


def cut_comments(text: str) -> list[str]:
    """Lines where an unquoted value probably lost its end to a YAML comment."""
    return [
        f"line {n}: ' #' starts a YAML comment, so the text after it was dropped; "
        "put the whole value in quotes"
        for n, line in enumerate(text.splitlines(), 1)
        if _CUT_COMMENT.match(line)
    ]


def validate(data: Any, *, name: str = "answers", lines: dict[str, int] | None = None) -> Loaded:
    """Validate answers data (from a file or the interview) into the model."""
    lines = lines or {}
    size = _expanded_size(data, {})
    if size > MAX_BYTES:
        raise AnswersError(
            f"{name}: its aliases (*name) repeat text to {size:,} characters, more than an "
            f"answers file may hold ({MAX_BYTES:,}); write the repeated parts out, or shorten them"
        )
    data, removed = _without_controls(data, "")
    if not isinstance(data, dict):
        raise AnswersError(f"{name}: expected a mapping of fields (schema: 1, language: ..., ...)")
    version = data.get("schema")
    if version != SCHEMA_VERSION:
        what = "has no 'schema' field" if version is None else f"has schema {version!r}"
        raise AnswersError(
            f"{name} {what}; this version of mou reads schema {SCHEMA_VERSION} "
            f"(add 'schema: {SCHEMA_VERSION}' at the top)"
        )
    problems: list[tuple[str, str]] = []
    model: Answers | None = None
    try:
        model = Answers.model_validate(data)
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc))
        model = _partial_model(data, problems)
    if model is not None:
        problems.extend(cross_field_problems(model))
    if problems:
        located = [(_line_for(path, lines), path, msg) for path, msg in _dedupe(problems)]
        located.sort(key=lambda x: x[0] or 10**9)
        details = [
            f"{f'line {line}: ' if line else ''}{path or '(top level)'}: {msg}"
            for line, path, msg in located
        ]
        noun = "problem" if len(details) == 1 else "problems"
        raise AnswersError(f"{name} has {len(details)} {noun}:", details=details)
    assert model is not None
    notes = [f"{path}: control characters removed ({codes})" for path, codes in removed]
    return Loaded(model, notes + warnings(model))


def warnings(a: Answers) -> list[str]:
    """Things that are allowed but that the user should know."""
    out: list[str] = []
    if "id" not in a.langs and a.has_indonesian_party:
        names = [p.name for p in a.parties if p.is_indonesian]
        who = (
            f"{names[0]} is an Indonesian party"
            if len(names) == 1
            else (f"{', '.join(names[:-1])} and {names[-1]} are Indonesian parties")
        )
        out.append(
            f"{who}: Law 24 of 2009 (Art. 31) requires an Indonesian text. This draft is in "
            "English only; use 'language: id-en' for the version to be signed."
        )
    for path, text in _texts(a.model_dump(mode="python", by_alias=True), ""):
        if _TEMPLATE_LIKE.search(text):
            out.append(
                f"{path} contains template-like text ({text[:40]!r}); it is printed as typed"
            )
    return out


def json_schema() -> str:
    """The JSON Schema of the answers file, for editors."""
    schema = Answers.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "mou answers file (schema 1)"
    return json.dumps(schema, indent=2, ensure_ascii=False)


def dump_yaml(a: Answers) -> str:
    """The answers as a YAML answers file that ``load`` reads back to the same model."""
    # Only what was given: an explicit "profit_sharing: null" (no profit shared) must survive.
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


# --- helpers ---------------------------------------------------------------------------------

_TYPE_TAGS = re.compile(r"^(str|constrained-str|TextMap|function-[a-z]+\[.*\])$")


def _pydantic_problems(exc: ValidationError) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for err in exc.errors(include_url=False):
        loc = [p for p in err["loc"] if not (isinstance(p, str) and _TYPE_TAGS.match(p))]
        text_union = any(
            p in ("str", "constrained-str", "TextMap") for p in err["loc"] if isinstance(p, str)
        )
        path = _path(loc)
        if text_union and err["type"] in ("string_type", "dict_type", "model_type"):
            msg = "must be a text: a string, or a mapping {id: ..., en: ...}"
        else:
            msg = _message(err)
        out.append((path, msg))
    return out


def _message(err: Any) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required"
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        shown = _short(err.get("input"))
        if "outside expected range" in str(err["msg"]):
            return f"{shown} is not a real date"
        return f"must be a date written YYYY-MM-DD, such as 2027-01-31 (got {shown})"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; `mou schema` lists the fields)"
    if kind == "string_unicode":  # a lone surrogate, e.g. "\ud800" written in a YAML string
        return "contains a character that is not valid Unicode (a lone surrogate); retype it"
    msg = str(err["msg"])
    msg = msg.replace("Input should be", "must be").replace("Value error, ", "")
    if msg.startswith("String should match pattern"):
        msg = "is not in the expected form"
        if err["loc"] and err["loc"][-1] == "email":
            msg = "is not an e-mail address"
        elif err["loc"] and err["loc"][-1] == "currency":
            msg = "must be a three-letter currency code such as IDR, USD or EUR"
    if kind not in ("model_type", "dict_type", "list_type") and "input" in err:
        shown = _short(err["input"])
        if len(shown) <= 60:
            msg += f" (got {shown})"
    return msg


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 80
_REPR.maxlevel = 3


def _short(value: Any) -> str:
    """``repr`` cut short: a value built from YAML aliases can be astronomically large."""
    return _REPR.repr(value)


def _path(loc: list[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_PLACEHOLDER_PARTY = {
    "name": "-",
    "short_name": "-",
    "kind": "company",
    "jurisdiction": "-",
    "address": "-",
    "representative": {"name": "-", "title": "-"},
}
_PLACEHOLDERS = {"type": "strategic", "title": "-", "date": "2000-01-01", "place": "-"}


def _partial_model(data: dict[str, Any], problems: list[tuple[str, str]]) -> Answers | None:
    """Validate again with the broken parts patched, to run the cross-field checks too.

    Broken optional sections are dropped, broken scalars get placeholders, and a broken party
    keeps its short name, so references to it are not reported as unknown.
    """
    patched = dict(data)
    for path, _ in problems:
        top = re.split(r"[.\[]", path, maxsplit=1)[0]
        m = re.match(r"parties\[(\d+)\]", path)
        if m and isinstance(data.get("parties"), list):
            parties = patched["parties"] = list(patched["parties"])
            i = int(m.group(1))
            if i < len(parties):
                old = parties[i] if isinstance(parties[i], dict) else {}
                short = old.get("short_name")
                parties[i] = dict(
                    _PLACEHOLDER_PARTY, short_name=short if isinstance(short, str) else f"-{i}"
                )
        elif top in _PLACEHOLDERS:
            patched[top] = _PLACEHOLDERS[top]
        elif top not in Answers.model_fields or not Answers.model_fields[top].is_required():
            patched.pop(top, None)
        else:
            return None
    try:
        return Answers.model_validate(patched)
    except ValidationError:
        return None


def _dedupe(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _index_lines(
    node: yaml.Node, path: str, out: dict[str, int], seen: set[int] | None = None
) -> None:
    """Field path -> line; an aliased node is indexed once, where its anchor is (a YAML bomb
    is a small graph of nodes that would be astronomically large as a tree)."""
    seen = set() if seen is None else seen
    out.setdefault(path, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value)
            child = f"{path}.{name}" if path else name
            out.setdefault(child, key.start_mark.line + 1)
            _index_lines(value, child, out, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, f"{path}[{i}]", out, seen)


def _line_for(path: str, lines: dict[str, int]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        shorter = re.sub(r"(\.[^.\[]+|\[\d+\])$", "", path)
        if shorter == path:
            return None
        path = shorter
    return None


def _expanded_size(value: Any, seen: dict[int, int]) -> int:
    """The characters of ``value`` with every alias written out, counted without writing
    them out (a YAML bomb is a small graph; its expansion can be astronomically large)."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, (dict, list)):
        return 8
    if id(value) in seen:
        return seen[id(value)]
    seen[id(value)] = 0  # a cycle (an alias to an ancestor) counts once
    items = value.items() if isinstance(value, dict) else enumerate(value)
    total = 2 + sum(_expanded_size(k, seen) + _expanded_size(v, seen) for k, v in items)
    seen[id(value)] = total
    return total


def _without_controls(
    value: Any, path: str, done: dict[int, Any] | None = None
) -> tuple[Any, list[tuple[str, str]]]:
    """``value`` with control characters taken out of every string, and where they were.

    A list or mapping met again (a YAML alias) is cleaned once and shared, as in the file, so
    a YAML bomb costs the size of the file, not of its expansion.
    """
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        found = sorted(set(_CONTROL.findall(text)))
        if not found:
            return text, []
        return _CONTROL.sub("", text), [(path, ", ".join(f"U+{ord(c):04X}" for c in found))]
    if not isinstance(value, (dict, list)):
        return value, []
    done = {} if done is None else done
    if id(value) in done:
        return done[id(value)], []
    removed: list[tuple[str, str]] = []
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        done[id(value)] = out
        for k, v in value.items():
            out[k], more = _without_controls(v, f"{path}.{k}" if path else str(k), done)
            removed += more
        return out, removed
    items: list[Any] = []
    done[id(value)] = items
    for i, v in enumerate(value):
        item, more = _without_controls(v, f"{path}[{i}]", done)
        items.append(item)
        removed += more
    return items, removed


def _texts(value: Any, path: str):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _texts(v, f"{path}[{i}]")


def _yaml_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
    return problem


__all__ = ["Loaded", "TextMap", "dump_yaml", "json_schema", "load", "validate"]
