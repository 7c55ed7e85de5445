"""Shared fixtures: the project's own answers files (tests never read ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mou_cli import answers
from mou_cli.model import Answers

DATA = Path(__file__).parent / "data"
ANSWERS = DATA / "answers"


def load_answers(name: str) -> Answers:
    """A test answers file by stem, validated."""
    return answers.load(ANSWERS / f"{name}.yaml").answers


@pytest.fixture(autouse=True)
def _no_ci_noise(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see a plain, non-interactive environment whatever machine runs them."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
