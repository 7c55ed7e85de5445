"""``--format json``.

`mou check`: a stable, documented schema (see docs/check.md), version 1:
``{"version": 1, "tool": {...}, "files": [...], "findings": [...], "summary": {...}}``. Fields
are only ever added, never renamed or removed, within a version. `mou clauses lint`:
``{"findings": [{path, line, col, code, name, message}], "summary": {...}}``
(docs/clause-authoring.md).
"""

from __future__ import annotations

import json as _json
from typing import Any

from mou_cli import __version__
from mou_cli.finding import Finding, counts, exit_code
from mou_cli.report.safe import json_text
from mou_cli.report.shape import ClauseReport, Report

SCHEMA_VERSION = 1


def render(report: Report) -> str:
    doc = clause_document(report) if isinstance(report, ClauseReport) else document(report)
    return json_text(_json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "file": f.file,
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "hint": f.hint,
        "quote": f.quote,
        "line": f.line,
        "para": f.para,
        "page": f.page,
        "article": f.article,
        "category": f.category,
    }


def document(report: Report) -> dict[str, Any]:
    """The `mou check` document, schema version 1."""
    files = [
        {
            "path": r.path,
            "format": r.format,
            "langs": list(r.langs),
            "bilingual": r.bilingual,
            "articles": r.articles,
            "answers": r.answers,
            "message_lang": r.message_lang,
            "findings": len(r.findings),
            "error": r.error,
        }
        for r in report.results
    ]
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "mou", "version": __version__},
        "files": files,
        "findings": [_finding(f) for r in report.results for f in r.findings],
        "summary": {
            "files": len(report.results),
            "unreadable": sum(1 for r in report.results if r.error),
            **counts(report.results),
            "fail_on": report.fail_on,
            "exit_code": exit_code(report.results, report.fail_on),
        },
    }


def clause_document(report: ClauseReport) -> dict[str, Any]:
    """The `mou clauses lint` document."""
    findings = [f for r in report.results for f in r.findings]
    return {
        "findings": [
            {
                "path": f.file,
                "line": f.line,
                "col": f.col,
                "code": f.rule,
                "name": f.name,
                "message": f.message,
            }
            for f in findings
        ],
        "summary": {
            "problems": len(findings),
            "files_with_problems": len({f.file for f in findings}),
            "files_checked": report.files_checked,
            "answers_rendered": report.answers_rendered,
        },
    }
