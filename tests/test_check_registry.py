"""The rule registry is the same whatever was imported first."""

from __future__ import annotations

import subprocess
import sys

import pytest

_IDS = "from mou_cli.check.registry import all_rules; print(' '.join(sorted(all_rules())))"


def _ids(first_import: str) -> list[str]:
    code = f"{first_import}\n{_IDS}"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return out.stdout.split()


@pytest.mark.parametrize(
    "first",
    [
        "import mou_cli.check.rules.missing_civil_code_waiver",  # imports another rule module
        "import mou_cli.check.rules.placeholder",
        "from mou_cli.check.rules import parties_not_signing",
    ],
)
def test_importing_one_rule_first_registers_them_all(first: str) -> None:
    fresh = _ids("")
    assert len(fresh) > 50
    assert _ids(first) == fresh
