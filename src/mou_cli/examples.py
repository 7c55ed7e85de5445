"""The bundled example answers files (``examples/*.yaml``)."""

from __future__ import annotations

from pathlib import Path

from mou_cli.errors import MouError
from mou_cli.resources import data_dir


def all_examples() -> dict[str, tuple[Path, str]]:
    """name -> (path, one-line description from the file's first comment)."""
    out = {}
    for path in sorted(data_dir("examples").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        out[path.stem] = (path, first.lstrip("# ").strip() if first.startswith("#") else "")
    return out


def find(name: str) -> Path:
    """The example called ``name``, or the only one whose name starts with it."""
    examples = all_examples()
    if name in examples:
        return examples[name][0]
    matches = [n for n in examples if n.startswith(name)]
    if len(matches) == 1:
        return examples[matches[0]][0]
    hint = f"did you mean {', '.join(matches)}?" if matches else "see `mou new --list-examples`"
    raise MouError(f"no bundled example '{name}'; {hint}")
