"""Typing into the real interview prompts, as questionary's own tests do: prompt_toolkit's pipe
input feeds keystrokes to the real questionary prompts (output goes to a DummyOutput).

A script maps a prompt key (``parties[0].name``, ``dispute.forum``, ``review``) to what to
type there; every other prompt gets Enter, i.e. its default. A key asked several times (the
review screen, a question asked again after a correction) takes a list, one entry per time.
A topic's details (``governance?``, ``parties[0].more?``) are opened with ``Tick``.
"""

from __future__ import annotations

import faulthandler
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from mou_cli.interview.asking import Prompt
from mou_cli.interview.terminal import QuestionaryAsker, same

ENTER, DOWN, UP, CTRL_C, CTRL_U = "\r", "\x1b[B", "\x1b[A", "\x03", "\x15"


@dataclass
class Pick:
    """Choose the choice whose value is ``value`` (arrow keys from the default, then Enter)."""

    value: Any


class Tick:
    """Tick these entries (by key) of a list of choices, then Enter; no keys ticks nothing."""

    def __init__(self, *keys: str) -> None:
        self.keys = keys


class Type:
    """Clear the line and type; several texts = refused attempts first, the last accepted."""

    def __init__(self, *attempts: str) -> None:
        self.attempts = attempts


class Typist(QuestionaryAsker):
    """Answers each prompt by typing what the script says for its key (Enter otherwise)."""

    def __init__(self, inp, script: dict[str, Any]) -> None:
        super().__init__(state=None)  # set by the interview
        self.inp = inp
        self.script = {k: list(v) if isinstance(v, list) else [v] for k, v in script.items()}
        self.asked: list[Prompt] = []
        self.typed: list[tuple[str, str]] = []  # (message, keys) as sent, for replaying
        self.refused: dict[str, list[str]] = {}  # key -> the messages shown for bad attempts
        # per prompt: the keys in parts, each with the refusal to see on screen before it
        self.parts: list[list[tuple[str, str | None]]] = []
        self._split: list[tuple[str, str | None]] | None = None

    @property
    def keys(self) -> list[str]:
        return [p.key for p in self.asked]

    def ask(self, p: Prompt) -> Any:
        self.asked.append(p)
        if len(self.asked) > 600:
            raise RuntimeError(f"runaway interview at {p.key}")
        todo = self.script.get(p.key)
        keys = self._keys(p, todo.pop(0) if todo else ENTER)
        self.typed.append((p.message, keys))
        self.parts.append(self._split or [(keys, None)])
        self._split = None
        self.inp.send_text(keys)
        return super().ask(p)

    def unused(self) -> dict[str, list[Any]]:
        """Scripted answers that no prompt asked for (a test's script gone stale)."""
        return {k: v for k, v in self.script.items() if v}

    def _keys(self, p: Prompt, answer: Any) -> str:
        if p.kind == "text" and p.validate is not None:  # a refused last answer would hang
            last = answer.attempts[-1] if isinstance(answer, Type) else p.prefill
            problem = p.validate(last) if answer == ENTER or isinstance(answer, Type) else None
            assert problem is None, f"{p.key}: the script's answer {last!r} is refused: {problem}"
        if isinstance(answer, Tick):
            values = [v for v, _ in p.choices]
            missing = [k for k in answer.keys if k not in values]
            assert not missing, f"{p.key}: no {missing} among {values}"
            keys, at = "", 0
            for target in sorted(values.index(k) for k in answer.keys):
                keys += DOWN * (target - at) + " "
                at = target
            return keys + ENTER
        if isinstance(answer, Pick):
            if p.kind == "confirm":
                return ("y" if answer.value else "n") + ENTER
            values = [v for v, _ in p.choices]
            target = next(i for i, v in enumerate(values) if same(v, answer.value))
            start = next((i for i, v in enumerate(values) if same(v, p.default)), 0)
            step = target - start
            return (DOWN * step if step > 0 else UP * -step) + ENTER
        if isinstance(answer, Type):
            *bad, _ = answer.attempts
            said: list[str | None] = [None]
            for text in bad:
                message = p.validate(text) if p.validate else None
                assert message, f"{p.key}: {text!r} should be refused"
                self.refused.setdefault(p.key, []).append(message)
                said.append(message)
            self._split = [
                (CTRL_U + a + ENTER, m) for a, m in zip(answer.attempts, said, strict=True)
            ]
            return "".join(keys for keys, _ in self._split)
        return answer


@contextmanager
def keyboard() -> Iterator[Any]:
    """A pipe for keystrokes that every prompt in the block reads (a hang dumps and exits)."""
    faulthandler.dump_traceback_later(120, exit=True)
    try:
        with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
            yield inp
    finally:
        faulthandler.cancel_dump_traceback_later()


def run_interview(monkeypatch, script: dict[str, Any], **options: Any) -> tuple[int, Typist]:
    """``mou new`` (``run_new``) with the given options, typing ``script`` into its prompts."""
    from mou_cli.commands.new import run_new
    from mou_cli.interview import flow

    defaults = dict(
        answers=None,
        example=None,
        list_examples=False,
        out=None,
        output=None,
        formats="md,docx",
        force=False,
        checklist_json=None,
        clause_dirs=[],
        quiet=True,
    )
    defaults.update(options)
    monkeypatch.setattr("mou_cli.interview.interactive", lambda: True)
    with keyboard() as inp:
        typist = Typist(inp, script)
        monkeypatch.setattr(flow, "QuestionaryAsker", lambda state: typist)
        code = run_new(**defaults)
    return code, typist
