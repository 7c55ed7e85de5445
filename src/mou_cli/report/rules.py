"""Rules for people and programs: ``--explain`` and `mou rules` (text or json)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from mou_cli.finding import Rule

RULE_FORMATS = ("text", "json")


def explain(r: Rule) -> str:
    """A rule's heading, summary and documentation (Markdown)."""
    head = f"{r.id} {r.name} ({r.category}, default severity: {r.severity})"
    return f"{head}\n\n{r.summary}\n\n{r.doc}\n"


def listing(rules: Sequence[Rule], fmt: str) -> str:
    """Every rule, one a line (id, default severity, name, summary), or as JSON."""
    if fmt == "json":
        data = [
            {
                "id": r.id,
                "name": r.name,
                "severity": r.severity,
                "category": r.category,
                "summary": r.summary,
            }
            for r in rules
        ]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if not rules:
        return "no rules are installed\n"
    width = max(len(r.name) for r in rules)
    return "".join(f"{r.id:<9} {r.severity:<8} {r.name:<{width}}  {r.summary}\n" for r in rules)
