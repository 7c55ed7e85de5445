"""Every rule mou knows, for ``--explain`` and `mou rules`: the rules of `mou check`, then the
clause lint codes of `mou clauses lint`."""

from __future__ import annotations

import sys

from mou_cli.errors import MouError
from mou_cli.finding import Rule, find_rule


def every_rule() -> list[Rule]:
    """The check rules by id (MOU-C001 ... MOU-X002), then the lint codes (CL101 ... CL306)."""
    from mou_cli.check.registry import all_rules
    from mou_cli.clauselint.codes import CODES

    return [*all_rules().values(), *CODES.values()]


def rule_or_fail(key: str) -> Rule:
    """The rule ``key`` names (id, short id or name), or a usage error."""
    rule = find_rule(every_rule(), key)
    if rule is None:
        raise MouError(f"unknown rule {key!r}; `mou rules` lists every rule")
    return rule


def print_explanation(key: str) -> int:
    """Print what ``--explain KEY`` shows: Markdown on a terminal, plain text in a pipe."""
    from mou_cli import console
    from mou_cli.report.rules import explain

    text = explain(rule_or_fail(key))
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        console.out(text, end="")
    return 0
