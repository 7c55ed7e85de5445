"""Loading the library: built-in clauses, with user folders layered over them by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mou_cli.errors import LibraryError
from mou_cli.library.clause import Clause, load_clause
from mou_cli.resources import data_dir


@dataclass
class Library:
    """The clauses in effect, by id, and the ones they replaced."""

    clauses: dict[str, Clause] = field(default_factory=dict)
    replaced: dict[str, list[Clause]] = field(default_factory=dict)

    def ordered(self) -> list[Clause]:
        return sorted(self.clauses.values(), key=lambda c: c.sort_key)


def clause_files(folder: Path) -> list[Path]:
    """The clause files of a folder, sorted, searched recursively."""
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file())


def load_library(extra: Sequence[Path] = ()) -> Library:
    """The built-in library with each folder of ``extra`` layered over it, in order."""
    lib = Library()
    layers = [(data_dir("clauses"), True)] + [(Path(d), False) for d in extra]
    problems: list[str] = []
    for folder, builtin in layers:
        if not folder.is_dir():
            raise LibraryError(f"{folder}: no such clause folder")
        seen: dict[str, Path] = {}
        for path in clause_files(folder):
            try:
                clause = load_clause(path, builtin=builtin)
            except LibraryError as exc:
                problems += [exc.message, *(f"  {d}" for d in exc.details)]  # one line each
                continue
            if clause.id in seen:
                problems.append(f"{path}: id '{clause.id}' is also used by {seen[clause.id]}")
                continue
            seen[clause.id] = path
            if clause.id in lib.clauses:
                lib.replaced.setdefault(clause.id, []).append(lib.clauses[clause.id])
            lib.clauses[clause.id] = clause
    if problems:
        problems.append("`mou clauses lint` lists every problem with its file and line")
        raise LibraryError("the clause library has errors:", details=problems)
    return lib
