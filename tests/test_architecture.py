"""One-way imports, written down (as import-linter contracts would be): data flows one way.

answers -> model -> library -> document -> writers;  drafts -> readers -> check rules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "mou_cli"


def _module(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("mou_cli")}


MODULES = {_module(p): _imports(p) for p in SRC.rglob("*.py")}

# (importer prefix, forbidden prefixes, allowed exceptions)
CONTRACTS = [
    ("mou_cli.model", ["mou_cli."], []),
    ("mou_cli.words", ["mou_cli."], []),
    ("mou_cli.errors", ["mou_cli."], []),
    (
        "mou_cli.library",
        [
            "mou_cli.writers",
            "mou_cli.check",
            "mou_cli.readers",
            "mou_cli.cli",
            "mou_cli.interview",
            "mou_cli.commands",
        ],
        [],
    ),
    (
        "mou_cli.document",
        ["mou_cli.check", "mou_cli.cli", "mou_cli.interview", "mou_cli.commands"],
        [],
    ),
    (
        "mou_cli.writers",
        [
            "mou_cli.check",
            "mou_cli.readers",
            "mou_cli.cli",
            "mou_cli.interview",
            "mou_cli.commands",
        ],
        [],
    ),
    (
        "mou_cli.readers",
        [
            "mou_cli.writers",
            "mou_cli.cli",
            "mou_cli.interview",
            "mou_cli.commands",
            "mou_cli.library",
        ],
        [],
    ),
    (
        "mou_cli.check",
        ["mou_cli.writers", "mou_cli.cli", "mou_cli.interview", "mou_cli.commands"],
        [],
    ),
    ("mou_cli.interview", ["mou_cli.check", "mou_cli.readers", "mou_cli.cli"], []),
]


@pytest.mark.parametrize(
    ("importer", "forbidden", "allowed"), CONTRACTS, ids=[c[0] for c in CONTRACTS]
)
def test_import_contract(importer: str, forbidden: list[str], allowed: list[str]) -> None:
    broken = []
    for module, imports in MODULES.items():
        if module != importer and not module.startswith(importer + "."):
            continue
        for imp in imports:
            if any(imp.startswith(a) for a in allowed):
                continue
            if any(imp.startswith(f) for f in forbidden) and not imp.startswith(importer):
                broken.append(f"{module} imports {imp}")
    assert not broken, "\n".join(broken)


def test_only_one_module_imports_questionary() -> None:
    users = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n.split(".")[0] in ("questionary", "prompt_toolkit") for n in names):
                users.append(_module(path))
    assert sorted(set(users)) == ["mou_cli.interview.flow"], users
