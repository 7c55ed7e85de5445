"""Driving the installed `mou` in a pseudo-terminal (pexpect), as a person would.

A script is first typed into the interview in this process (``interview_keys``); that gives
the prompts in order and the keys for each. ``replay`` then starts the real program in a
pseudo-terminal and, for each prompt, waits until it is on the screen and types its keys. A
prompt more or less than the rehearsal's and the replay stops with a timeout, so the number of
steps is the number of questions the real program asked.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pexpect
from interview_keys import run_interview


def mou_command() -> list[str]:
    found = shutil.which("mou")
    return [found] if found else [sys.executable, "-m", "mou_cli"]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    # no cursor-position requests: nobody answers them in a pexpect terminal
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
    env.update(extra)
    return env


@dataclass
class Step:
    key: str
    message: str
    keys: str
    parts: list[tuple[str, str | None]]  # the keys in parts, each after the refusal shown


def rehearse(monkeypatch, script: dict[str, Any], **options: Any) -> list[Step]:
    """The prompts of ``script`` typed in this process, in order, with the keys for each."""
    code, typist = run_interview(monkeypatch, script, **options)
    assert code == 0 and typist.unused() == {}, typist.unused()
    return [
        Step(p.key, message, keys, parts)
        for p, (message, keys), parts in zip(typist.asked, typist.typed, typist.parts, strict=True)
    ]


@dataclass
class Replay:
    steps: list[Step]
    screen: str = ""  # everything the program wrote, escape codes removed
    waits: list[float] = field(default_factory=list)  # seconds from an answer to the next prompt
    exit_status: int | None = None

    @property
    def median_wait(self) -> float:
        return statistics.median(self.waits)


_ESCAPES = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>])")


def prompt_line(message: str) -> re.Pattern[str]:
    """A prompt showing ``message``: the "?" mark, then the message (not a list entry)."""
    return re.compile(r"\?(?:\x1b\[[0-9;]*m)* " + re.escape(message))


def plain(text: str) -> str:
    """Terminal output without its escape codes."""
    return _ESCAPES.sub("", text).replace("\r", "")


def replay(
    steps: list[Step],
    args: list[str],
    cwd: Path,
    *,
    after: dict[str, Callable[[pexpect.spawn], bool]] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> Replay:
    """``mou ARGS`` in a pseudo-terminal, answering each step when its prompt shows; ``after``
    runs a check once a step's keys are typed (by the step's key), True when it has waited
    for the next prompt itself."""
    cmd = mou_command()
    log = io.StringIO()
    child = pexpect.spawn(
        cmd[0],
        [*cmd[1:], *args],
        cwd=str(cwd),
        env=env or clean_env(),
        encoding="utf-8",
        dimensions=(60, 250),
        timeout=timeout,
    )
    child.logfile_read = log
    result = Replay(steps)
    try:
        sent, shown = None, False
        for step in steps:
            if not shown:
                child.expect(prompt_line(step.message))
            if sent is not None and not shown:
                result.waits.append(time.monotonic() - sent)
            for keys, refusal in step.parts:
                if refusal:  # a refused attempt: its message shows before the next one
                    child.expect_exact(refusal)
                child.send(keys)
            sent = time.monotonic()
            shown = bool(after and step.key in after and after[step.key](child))
        child.expect(pexpect.EOF)
    finally:
        child.close()
        result.screen = plain(log.getvalue())
        result.exit_status = child.exitstatus
    return result
