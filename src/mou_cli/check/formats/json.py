"""``--format json``: a stable, documented schema (see docs/check.md), version 1.

``{"version": 1, "tool": {...}, "files": [...], "findings": [...], "summary": {...}}``. Fields
are only ever added, never renamed or removed, within a version.
"""

from __future__ import annotations

import json as _json

from mou_cli import __version__
from mou_cli.check.formats import Report
from mou_cli.check.runner import summary

SCHEMA_VERSION = 1


def document(report: Report) -> dict:
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
    findings = [f.to_dict() for r in report.results for f in r.findings]
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "mou", "version": __version__},
        "files": files,
        "findings": findings,
        "summary": summary(report.results, report.fail_on),
    }


def render(report: Report) -> str:
    return _json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"
