"""`mou check` and `mou rules`: lint drafts, list and explain the rules."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mou_cli.commands.rulebook import every_rule, print_explanation
from mou_cli.errors import MouError


def run_check(
    *,
    paths: list[Path],
    fmt: str,
    fail_on: str | None,
    lang: str | None,
    config: Path | None,
    explain_id: str | None,
    progress: bool,
    follow_symlinks: bool = False,
) -> int:
    """Check the drafts under ``paths`` and print the report; the exit code of the run."""
    from mou_cli import console

    if explain_id:
        return print_explanation(explain_id)
    from mou_cli.check import config as config_mod
    from mou_cli.check.registry import all_rules
    from mou_cli.commands.check_files import collect, run, show_progress
    from mou_cli.finding import SEVERITIES, exit_code
    from mou_cli.report import FORMATS, Report

    if fmt not in FORMATS:
        raise MouError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise MouError(f"--fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    if lang is not None and lang not in ("id", "en"):
        raise MouError(f"--lang must be id or en, not {lang!r}")
    if not paths:
        raise MouError("give one or more drafts or folders to check, e.g. `mou check draft.docx`")
    rules = all_rules()
    cfg = config_mod.load(config, rules)
    if fail_on:
        cfg.fail_on = fail_on
    files, missing = collect(paths, cfg, follow_symlinks=follow_symlinks)
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
    return exit_code(results, cfg.fail_on)


def run_rules(*, fmt: str) -> int:
    """List every rule: `mou check`'s, then the clause lint codes."""
    from mou_cli import console
    from mou_cli.report.rules import RULE_FORMATS, listing

    if fmt not in RULE_FORMATS:
        raise MouError(f"unknown format {fmt!r}; use text or json")
    console.out(listing(every_rule(), fmt), end="")
    return 0
