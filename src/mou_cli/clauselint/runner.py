"""`mou clauses lint`: every check over a layered library, findings sorted by file and line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError

from mou_cli.clauselint.codes import finding
from mou_cli.clauselint.names import Checker
from mou_cli.clauselint.samples import Sample, all_samples, richest
from mou_cli.clauselint.schema import LANGS, FileCheck, check_file
from mou_cli.clauselint.valuetypes import Ty, context_types
from mou_cli.errors import MouError
from mou_cli.finding import Finding
from mou_cli.library.clause import Clause
from mou_cli.library.loader import clause_files
from mou_cli.library.render import TemplateProblem, Templates, parse_expression
from mou_cli.resources import data_dir

LANG_NAMES = {"id": "Indonesian", "en": "English"}
KIND_CODES = {
    "syntax": "CL201",
    "forbidden": "CL206",
    "undefined": "CL301",
    "error": "CL301",
    "none": "CL302",
    "leftover": "CL303",
    "empty": "CL304",
    "sandbox": "CL306",
}
_REF = re.compile(r"\b(?:ref|has)\(\s*['\"](\w+)['\"]")
_QUOTED = re.compile(r"'([^']+)' (?:is undefined|has no attribute)|has no attribute '([^']+)'")


@dataclass
class LintResult:
    """The findings (sorted by file, line, column and code) and how much was checked."""

    findings: list[Finding]
    files: int  # clause files checked
    samples: int  # answers sets rendered


@dataclass
class _Layer:
    folder: Path
    builtin: bool
    only: set[Path] | None = None  # files to report on; None = all


@dataclass
class _Library:
    checks: list[FileCheck] = field(default_factory=list)
    clauses: dict[str, Clause] = field(default_factory=dict)


def lint(paths: Sequence[Path] = ()) -> LintResult:
    """Lint the built-in library (no paths) or the given folders/files layered over it.

    Static checks cover the files asked for (all built-ins when none); rendering covers those
    files and any other clause that refers to one of their ids with ref() or has().
    """
    layers = _layers(paths)
    lib = _load(layers)
    targets = [fc for fc, layer in _with_layers(lib, layers) if _reported(fc, layer)]
    templates = Templates()
    types = _types(templates)
    for fc in targets:
        if fc.data:
            _check_templates(fc, templates, types, set(lib.clauses))
    findings = [f for fc in targets for f in fc.findings]
    target_paths = {fc.path for fc in targets}
    target_ids = {fc.clause.id for fc in targets if fc.clause}
    flagged = {fc.path for fc in targets if fc.findings}
    render = {
        c.path
        for c in lib.clauses.values()
        if (c.path in target_paths and c.path not in flagged)
        or (c.path not in target_paths and _mentions(c) & target_ids)
    }
    samples = all_samples()
    findings.extend(_render_all(lib, render, samples, templates))
    return LintResult(_sorted(findings), len(targets), len(samples))


# -- layers and loading --------------------------------------------------------------------
def _layers(paths: Sequence[Path]) -> list[_Layer]:
    builtin = data_dir("clauses").resolve()
    layers = [_Layer(builtin, True, set() if paths else None)]
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise MouError(f"{p}: no such clause folder or file")
        folder = (p if p.is_dir() else p.parent).resolve()
        found = [la for la in layers if la.folder.resolve() == folder]
        layer = found[0] if found else _Layer(p if p.is_dir() else p.parent, False, set())
        if not found:
            layers.append(layer)
        if p.is_dir():
            layer.only = None
        elif layer.only is not None:
            layer.only.add(p.resolve())
    return layers


def _load(layers: list[_Layer]) -> _Library:
    lib = _Library()
    for layer in layers:
        seen: dict[str, Path] = {}
        files = clause_files(layer.folder)
        misnamed = sorted(p for p in layer.folder.rglob("*.yml") if p.is_file())
        if not files and not misnamed and not layer.builtin:
            raise MouError(f"{layer.folder}: no clause files (*.yaml) in this folder")
        for path in misnamed:
            fc = FileCheck(path)
            fc.add("CL101", "clause files end in .yaml; this file is ignored: rename it")
            lib.checks.append(fc)
        for path in files:
            fc = check_file(path, builtin=layer.builtin)
            lib.checks.append(fc)
            c = fc.clause
            if c is None:
                continue
            if c.id in seen:
                fc.add("CL107", f"id '{c.id}' is also used by {seen[c.id]}", fc.line("id"))
                fc.clause = None
                continue
            seen[c.id] = path
            lib.clauses[c.id] = c
    return lib


def _with_layers(lib: _Library, layers: list[_Layer]) -> Iterable[tuple[FileCheck, _Layer]]:
    for fc in lib.checks:
        for layer in reversed(layers):
            if fc.path.resolve().is_relative_to(layer.folder.resolve()):
                yield fc, layer
                break


def _reported(fc: FileCheck, layer: _Layer) -> bool:
    return layer.only is None or fc.path.resolve() in layer.only


# -- static checks -------------------------------------------------------------------------
@cache
def _context_types() -> dict[str, Ty]:
    from mou_cli.document.build import renderer_for

    renderer, _ = renderer_for(richest())
    return context_types(renderer.contexts["en"])


def _types(templates: Templates) -> tuple[dict[str, Ty], set[str], set[str]]:
    return _context_types(), set(templates.env.filters), set(templates.env.tests)


def _check_templates(fc: FileCheck, templates: Templates, types: Any, ids: set[str]) -> set[str]:
    """Syntax, names and fields of the titles, bodies and condition; then compare languages."""
    ctx_types, filters, tests = types
    refs: set[str] = set()
    used: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    unreadable = False
    for part in ("title", "body"):
        texts = fc.data.get(part)
        if not isinstance(texts, dict):
            continue
        for lang in LANGS:
            source = texts.get(lang)
            if not isinstance(source, str):
                continue
            base = fc.line(f"{part}.{lang}")
            try:
                ast = templates.env.parse(source)
            except TemplateSyntaxError as exc:
                line = base + (exc.lineno or 1) - 1
                fc.add("CL201", f"template syntax error: {exc.message}", line, _col(fc, line))
                unreadable = True
                continue
            checker = Checker(ctx_types, filters, tests, ids)
            checker.template(ast)
            for p in checker.problems:
                line = base + p.lineno - 1
                fc.add(p.code, p.message, line, _col(fc, line, p.needle))
            used[lang].update({k: base + v - 1 for k, v in checker.paths.items()})
            refs |= checker.refs
    when = fc.data.get("when")
    if isinstance(when, str):
        line = fc.line("when")
        try:
            expr = parse_expression(templates.env, when)
        except TemplateSyntaxError as exc:
            fc.add("CL202", f"invalid 'when' expression: {exc.message}", line, _col(fc, line))
        else:
            checker = Checker(ctx_types, filters, tests, ids)
            checker.expression(expr)
            for p in checker.problems:
                fc.add(p.code, f"in 'when': {p.message}", line, _col(fc, line, p.needle))
            refs |= checker.refs
    if not unreadable:
        _compare_languages(fc, used)
    return refs


def _compare_languages(fc: FileCheck, used: dict[str, dict[str, int]]) -> None:
    """CL208: an answers field read in one language must be read in the other."""
    for lang, other in (("id", "en"), ("en", "id")):
        mine, theirs = used[lang], used[other]
        leaves = [x for x in theirs if not any(q != x and _extends(q, x) for q in theirs)]
        for path in sorted((x for x in leaves if x not in mine), key=theirs.__getitem__):
            base = fc.line(f"body.{lang}")
            fc.add(
                "CL208",
                f"the {LANG_NAMES[lang]} text does not use '{path}', which the "
                f"{LANG_NAMES[other]} text uses (line {theirs[path]})",
                base,
                _col(fc, base),
            )


def _extends(longer: str, path: str) -> bool:
    return longer.startswith(path + ".") or longer.startswith(path + "[")


def _mentions(c: Clause) -> set[str]:
    m = c.meta
    sources = [m.title.id, m.title.en, m.body.id, m.body.en, m.when or ""]
    return {m for s in sources for m in _REF.findall(s)}


# -- rendering -----------------------------------------------------------------------------
def _render_all(
    lib: _Library, render: set[Path], samples: list[Sample], templates: Templates
) -> list[Finding]:
    from mou_cli.document.build import render_clause, renderer_for

    ordered = sorted(lib.clauses.values(), key=lambda c: c.sort_key)
    seen: dict[tuple[str, str, int, str], list[Any]] = {}
    spent: set[Path] = set()  # clauses that hit a resource limit: one report is enough
    for sample in samples:
        renderer, numbering = renderer_for(sample.answers, templates)
        first = sample.answers.langs[0]
        chosen = []
        for c in ordered:
            try:
                if c.meta.when is None or renderer.condition(c.meta.when, first, str(c.path)):
                    chosen.append(c)
            except TemplateProblem as exc:
                if c.path in render:
                    code = "CL306" if exc.kind == "sandbox" else "CL305"
                    _note(seen, c, code, c.lines.get("when", 1), exc, first, sample)
        numbering.assign(chosen)
        for c in chosen:
            if c.path not in render or c.path in spent:
                continue
            for lang in sample.answers.langs:
                if c.path in spent:
                    break
                try:
                    render_clause(renderer, c, lang)
                except TemplateProblem as exc:
                    if exc.limit:
                        spent.add(c.path)  # rendering it again costs the whole budget again
                    code = KIND_CODES.get(exc.kind, "CL301")
                    if "'None' has no attribute" in exc.message:
                        code = "CL302"
                    line = exc.line or c.body_line.get(lang, 1)
                    _note(seen, c, code, line, exc, lang, sample)
    out = []
    for (path, code, line, reason), (col, lang, sample, count) in seen.items():
        more = f", and {count - 1} more" if count > 1 else ""
        out.append(finding(path, line, col, code, f"{reason} [{lang}: {sample.name}{more}]"))
    return out


def _note(
    seen: dict[tuple[str, str, int, str], list[Any]],
    c: Clause,
    code: str,
    line: int,
    exc: TemplateProblem,
    lang: str,
    sample: Sample,
) -> None:
    reason = re.sub(r"^.*?(?: \((?:id|en)\))?(?:, line \d+)?: ", "", exc.message, count=1)
    key = (str(c.path), code, line, reason)
    if key in seen:
        seen[key][3] += 1
        return
    m = _QUOTED.search(reason)
    needle = (m.group(1) or m.group(2)) if m else None
    seen[key] = [_col_in(c.path, line, needle), lang, sample, 1]


# -- positions -----------------------------------------------------------------------------
@cache
def _file_lines(path: Path) -> tuple[str, ...]:
    try:
        return tuple(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return ()


def _col_in(path: Path, line: int, needle: str | None = None) -> int:
    lines = _file_lines(path)
    if not 0 < line <= len(lines):
        return 1
    text = lines[line - 1]
    if needle and needle in text:
        return text.index(needle) + 1
    return len(text) - len(text.lstrip()) + 1


def _col(fc: FileCheck, line: int, needle: str | None = None) -> int:
    return _col_in(fc.path, line, needle)


def _sorted(findings: list[Finding]) -> list[Finding]:
    """Each finding once, by file, line, column and code."""
    unique: dict[tuple[str, int | None, int | None, str, str], Finding] = {}
    for f in findings:
        unique.setdefault((f.file, f.line, f.col, f.rule, f.message), f)
    return sorted(unique.values(), key=lambda f: (f.file, f.line or 0, f.col or 0, f.rule))
