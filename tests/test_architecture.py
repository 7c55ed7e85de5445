"""The house's shape, enforced: the import-linter layers in pyproject.toml, no import cycle
between modules or between folders (imports inside functions count; ``TYPE_CHECKING`` ones do
not), one module talking to the prompt library, and no module over the size guide.
"""

from __future__ import annotations

import ast
import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "mou_cli"
MAX_LINES = 450


def _module(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("mou_cli", exclude_type_checking_imports=True)


def test_import_linter_contracts_are_kept() -> None:
    """``lint-imports`` as CI runs it, with the contracts in pyproject.toml."""
    exe = Path(sys.executable).parent / "lint-imports"
    cmd = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    done = subprocess.run(
        [*cmd, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def _folder(module: str) -> str:
    """The folder a module lives in: ``mou_cli.check.rules.x`` -> ``mou_cli.check``."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 else module


def test_no_cycle_between_modules(graph: grimp.ImportGraph) -> None:
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            # a package importing its own submodule (``__init__`` re-exports) is not a cycle
            if imported.startswith(module + "."):
                continue
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain and not any(b.startswith(a + ".") for a, b in itertools.pairwise(chain)):
                cycles.append(" -> ".join((module, *chain)))
    assert not cycles, "\n".join(cycles)


def test_no_cycle_between_folders(graph: grimp.ImportGraph) -> None:
    edges: set[tuple[str, str]] = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            a, b = _folder(module), _folder(imported)
            if a != b and b != "mou_cli":
                edges.add((a, b))
    both_ways = sorted(f"{a} <-> {b}" for a, b in edges if (b, a) in edges and a < b)
    assert not both_ways, "\n".join(both_ways)


def test_no_module_over_the_size_guide() -> None:
    big = []
    for path in sorted(SRC.rglob("*.py")):
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > MAX_LINES:
            big.append(f"{_module(path)}: {n} lines")
    assert not big, "\n".join(big)


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
    assert sorted(set(users)) == ["mou_cli.interview.terminal"], users
