"""Nothing lost: the interview so far on disk, saved atomically after every answer.

The progress file holds the answers (as an answers file would) and the keys already asked;
``mou new --resume FILE`` reads it back. At the end, ``answers_yaml`` gives the answers file
saved beside the draft.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mou_cli import yamlio
from mou_cli.answers import read_yaml
from mou_cli.errors import AnswersError
from mou_cli.fsutil import write_text_atomic
from mou_cli.interview.checks import inner_model
from mou_cli.interview.state import State
from mou_cli.model import Answers

if TYPE_CHECKING:
    from pydantic import BaseModel

FILE_NAME = ".mou-interview.yaml"
MARK = "mou_interview"


def default_path(folder: Path) -> Path:
    return folder / FILE_NAME


def save(path: Path, state: State) -> None:
    """Write the progress file (a reader sees the old one or the new one, never half)."""
    body = {
        MARK: 1,
        "saved": dt.datetime.now().isoformat(timespec="seconds"),
        "ui_lang": state.ui_lang,
        "done": sorted(state.done),
        "answers": state.data,
    }
    head = f"# mou: an interview in progress. Continue it with: mou new --resume {path}\n"
    write_text_atomic(path, head + _dump(body))


def load(path: Path) -> tuple[State, bool]:
    """Read a progress file, or an answers file to start from; True when it is progress."""
    data, _ = read_yaml(path)
    if isinstance(data, dict) and data.get(MARK) == 1:
        answers, done = data.get("answers"), data.get("done")
        if not isinstance(answers, dict) or not isinstance(done, list):
            raise AnswersError(f"{path}: the interview file is damaged (answers or done missing)")
        ui = data.get("ui_lang") if data.get("ui_lang") in ("id", "en") else None
        return State(answers, {str(k) for k in done}, ui), True
    if isinstance(data, dict) and "schema" in data:
        return State(data), False
    raise AnswersError(f"{path} is neither an interview in progress nor an answers file")


def finish(data: dict[str, Any]) -> dict[str, Any]:
    """The answers as an answers file holds them: interview-only notes and empty roles gone."""
    out = copy.deepcopy(data)
    out.pop("_interview", None)
    out["schema"] = 1
    if isinstance(out.get("roles"), list):
        out["roles"] = [
            r for r in out["roles"] if isinstance(r, dict) and set(r) - {"party"}
        ] or None
        if out["roles"] is None:
            del out["roles"]
    return _ordered(out, Answers)


def answers_yaml(data: dict[str, Any], today: dt.date | None = None) -> str:
    """An answers file for ``finish``-ed answers: ``mou new --answers`` reads it back the same."""
    today = today or dt.date.today()
    head = (
        f"# Answers for mou (schema 1), from the interview of {today.isoformat()}.\n"
        "# Draft again with: mou new --answers THIS-FILE   (change it: add --edit)\n"
    )
    return head + _dump(data)


def _dump(data: Any) -> str:
    """Dates plain (``2027-03-31``): our loader reads them as text for pydantic to parse."""
    return yamlio.dump(data, plain_dates=True)


def _ordered(value: Any, model: type[BaseModel] | None) -> Any:
    """Keys in the order of the answers model, so the saved file reads like the examples."""
    if isinstance(value, list):
        return [_ordered(v, model) for v in value]
    if not isinstance(value, dict) or model is None:
        return value
    fields = model.model_fields
    names = {(info.alias or name): name for name, info in fields.items()}
    out = {}
    for key in list(names) + [k for k in value if k not in names]:
        if key in value:
            name = names.get(key)
            inner = inner_model(fields[name].annotation) if name else None
            out[key] = _ordered(value[key], inner)
    return out
