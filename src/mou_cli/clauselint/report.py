"""Lint output formats: one small function per format."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from mou_cli.clauselint.runner import LintResult


def display_path(path: str) -> str:
    """A path relative to the current folder when it is below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else Path(rel).as_posix()


def summary(result: LintResult) -> str:
    checked = (
        f"{result.files} clause file{'s' * (result.files != 1)} checked, "
        f"rendered with {result.samples} sets of answers"
    )
    if not result.findings:
        return f"no problems ({checked})"
    files = len({f.path for f in result.findings})
    n = len(result.findings)
    return f"{n} problem{'s' * (n != 1)} in {files} file{'s' * (files != 1)} ({checked})"


def text(result: LintResult) -> str:
    lines = [
        f"{display_path(f.path)}:{f.line}:{f.col}: {f.code} {f.message}" for f in result.findings
    ]
    return "\n".join([*lines, summary(result)]) + "\n"


def json_(result: LintResult) -> str:
    findings = [f.as_dict() | {"path": display_path(f.path)} for f in result.findings]
    doc = {
        "findings": findings,
        "summary": {
            "problems": len(result.findings),
            "files_with_problems": len({f.path for f in result.findings}),
            "files_checked": result.files,
            "answers_rendered": result.samples,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def github(result: LintResult) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the file."""

    def esc(value: str) -> str:
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(value: str) -> str:
        return esc(value).replace(":", "%3A").replace(",", "%2C")

    lines = [
        f"::error file={prop(display_path(f.path))},line={f.line},col={f.col},"
        f"title={f.code} {f.name}::{esc(f.message)}"
        for f in result.findings
    ]
    return "\n".join([*lines, summary(result)]) + "\n"


FORMATS: dict[str, Callable[[LintResult], str]] = {"text": text, "json": json_, "github": github}
