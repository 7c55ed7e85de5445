"""`mou check` and `mou rules`: lint drafts, list and explain the rules."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from mou_cli.errors import MouError


def _rule_or_fail(key: str):
    from mou_cli.check.runner import available_rules

    rules = available_rules()
    by_name = {r.name: r for r in rules.values()}
    rule = rules.get(key.upper()) or by_name.get(key.lower())
    if rule is None:
        raise MouError(f"unknown rule {key!r}; `mou rules` lists every rule")
    return rule


def explain(key: str) -> str:
    """A rule's summary and documentation, as printed by ``mou check --explain``."""
    r = _rule_or_fail(key)
    head = f"{r.id} {r.name} ({r.category}, default severity: {r.severity})"
    return f"{head}\n\n{r.summary}\n\n{r.doc}\n"


def run_check(
    *,
    paths: list[Path],
    fmt: str,
    fail_on: str | None,
    lang: str | None,
    config: Path | None,
    explain_id: str | None,
    progress: bool,
) -> int:
    from mou_cli import console

    if explain_id:
        text = explain(explain_id)
        if sys.stdout.isatty():
            from rich.console import Console
            from rich.markdown import Markdown

            Console().print(Markdown(text))
        else:
            console.out(text, end="")
        return 0
    from mou_cli.check import config as config_mod
    from mou_cli.check.formats import FORMATS, Report
    from mou_cli.check.registry import SEVERITIES
    from mou_cli.check.runner import available_rules, collect, run, show_progress

    if fmt not in FORMATS:
        raise MouError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise MouError(f"--fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    if lang is not None and lang not in ("id", "en"):
        raise MouError(f"--lang must be id or en, not {lang!r}")
    if not paths:
        raise MouError("give one or more drafts or folders to check, e.g. `mou check draft.docx`")
    rules = available_rules()
    cfg = config_mod.load(config, rules)
    if fail_on:
        cfg.fail_on = fail_on
    files, missing = collect(paths, cfg)
    for p in paths:
        if p.is_dir() and not any(f.is_relative_to(p) for f in files):
            console.warn(f"{p}: no drafts (.md, .markdown, .txt, .docx) in this folder")
    if not files and not missing:
        raise MouError("no drafts to check")
    results = missing + run(files, cfg, lang=lang, progress=show_progress(progress, len(files)))
    order = {str(p): i for i, p in enumerate(paths)}
    results.sort(key=lambda r: order.get(r.path, len(order)))
    chrome = lang or cfg.messages
    if chrome is None:
        langs = {r.message_lang for r in results if not r.error}
        chrome = langs.pop() if len(langs) == 1 else "en"
    color = fmt == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    report = Report(results, rules, fail_on=cfg.fail_on, lang=chrome, color=color)
    sys.stdout.write(FORMATS[fmt](report))
    from mou_cli.check.runner import exit_code

    return exit_code(results, cfg.fail_on)


def run_rules(*, fmt: str) -> int:
    from mou_cli import console
    from mou_cli.check.runner import available_rules

    rules = available_rules()
    if fmt == "json":
        data = [
            {
                "id": r.id,
                "name": r.name,
                "severity": r.severity,
                "category": r.category,
                "summary": r.summary,
            }
            for r in rules.values()
        ]
        console.out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if fmt != "text":
        raise MouError(f"unknown format {fmt!r}; use text or json")
    if not rules:
        console.out("no rules are installed")
        return 0
    width = max(len(r.name) for r in rules.values())
    for r in rules.values():
        console.out(f"{r.id:<9} {r.severity:<8} {r.name:<{width}}  {r.summary}")
    return 0
