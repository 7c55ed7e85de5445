"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other viewers.

Every rule is described in ``tool.driver.rules`` (id, name, summary, full documentation,
default level). A finding's region is its line (and column, when known) in Markdown, text and
clause files. A DOCX or PDF has no lines: its findings carry no region (no paragraph or page
number passes for a line) but logical locations, the article, then the paragraph or page, with
``properties.locationKind`` saying which. A finding about the whole file (e.g. a missing
clause) points at line 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mou_cli import __version__
from mou_cli.finding import Finding, Rule
from mou_cli.report.safe import json_text
from mou_cli.report.shape import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> tuple[str, str | None]:
    p = Path(path)
    try:
        rel = p.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return p.resolve().as_uri(), None
    return rel.as_posix(), "%SRCROOT%"


def artifact(path: str) -> dict[str, str]:
    """A SARIF artifactLocation for ``path``: relative to the working folder when inside it."""
    uri, base = _uri(path)
    out = {"uri": uri}
    if base:
        out["uriBaseId"] = base
    return out


def _rule(r: Rule) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.summary},
        "help": {"text": r.doc or r.summary, "markdown": r.doc or r.summary},
        "defaultConfiguration": {"level": LEVEL[r.severity]},
        "properties": {"category": r.category, "tags": [r.category]},
    }


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    props: dict[str, Any] = {"severity": f.severity, "category": f.category}
    physical: dict[str, Any] = {"artifactLocation": artifact(f.file)}
    logical: list[dict[str, Any]] = []
    if f.line is not None:
        region: dict[str, int] = {"startLine": f.line}
        if f.col is not None:
            region["startColumn"] = f.col
        physical["region"] = region
    elif f.para is not None:  # a Word document has no lines: a logical place, never startLine
        props["locationKind"] = "paragraph"
        props["paragraph"] = f.para
        logical.append({"name": f"paragraph {f.para}", "kind": "paragraph"})
    elif f.page is not None:
        props["locationKind"] = "page"
        props["page"] = f.page
        logical.append({"name": f"page {f.page}", "kind": "page"})
    else:  # about the whole file: line 1, which every file has
        props["locationKind"] = "file"
        physical["region"] = {"startLine": 1}
    if f.article:
        props["article"] = f.article
    if f.hint:
        props["hint"] = f.hint
    if f.quote:
        props["quote"] = f.quote
    if f.article:
        logical.insert(0, {"name": f.article, "kind": "section"})
    location: dict[str, Any] = {"physicalLocation": physical}
    if logical:
        location["logicalLocations"] = logical
    text = f.message + (f" ({f.hint})" if f.hint else "")
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {"text": text},
        "locations": [location],
        "properties": props,
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    return result


def document(report: Report) -> dict[str, Any]:
    rules = sorted(report.rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    results = [_result(f, index) for res in report.results for f in res.findings]
    notes = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": artifact(r.path)}}],
        }
        for r in report.results
        if r.error
    ]
    run = {
        "tool": {
            "driver": {
                "name": "mou",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(r) for r in rules],
            }
        },
        "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "artifacts": [{"location": artifact(r.path)} for r in report.results],
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json_text(json.dumps(document(report), ensure_ascii=False, indent=2)) + "\n"
