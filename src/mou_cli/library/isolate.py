"""The second wall around clause libraries that are not mou's own: a child process with limits.

``guard(library, build, ...)`` builds a draft behind the wall when the library has clauses
that are not built in. ``run(fn, *args)`` forks, lowers the child's processor time
(RLIMIT_CPU) and address space (RLIMIT_AS), calls ``fn`` there and brings its result, or the
exception it raised, back through a pipe. The budget of each render (``budget``) already
bounds a clause's work; this wall also holds if a single operation of the interpreter
escapes that count. While the child renders, ``note()`` records which clause file it is on
in memory shared with the parent, so a child killed by a limit is still reported as one
clear error naming that file.

One child per draft, not per clause. Without ``fork`` (Windows) ``fn`` runs in this process,
with the in-process bounds only.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from mou_cli.errors import RenderError

if TYPE_CHECKING:
    from mou_cli.library.loader import Library

CPU_SECONDS = 60  # processor time of the child: all the clauses of one draft
MEMORY_BYTES = 1 << 30  # address space the child may add to what it had at the fork
_NOTE_SIZE = 4096

T = TypeVar("T")
_note: mmap.mmap | None = None  # set in the child only


def note(origin: str) -> None:
    """Record the clause being rendered (a no-op outside an isolated child)."""
    if _note is not None:
        data = origin.encode("utf-8", "replace")[: _NOTE_SIZE - 4]
        _note[:4] = len(data).to_bytes(4, "little")
        _note[4 : 4 + len(data)] = data


def available() -> bool:
    """Can this system run the wall (``fork`` and ``resource`` limits)?"""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(os, "fork")


def guard(library: Library, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``: behind the wall when ``library`` holds a clause that is not built in."""
    if all(c.builtin for c in library.clauses.values()):
        return fn(*args)
    return run(fn, *args)


def run(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in a child process with CPU and memory limits; its result or error."""
    if not available():
        return fn(*args)
    shared = mmap.mmap(-1, _NOTE_SIZE)
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(fn, args, shared, write_end)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
    except BaseException:  # interrupted: the child goes too
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    where = _read_note(shared)
    shared.close()
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and data:
        outcome, value = pickle.loads(data)
        if outcome == "ok":
            return value
        raise value
    raise RenderError(f"{where}: {_death(status)}")


def _child(fn: Callable[..., Any], args: tuple[Any, ...], shared: mmap.mmap, fd: int) -> None:
    global _note
    code = 0
    try:
        _note = shared
        _limit()
        try:
            result: tuple[str, Any] = ("ok", fn(*args))
        except MemoryError:
            result = ("raise", RenderError(f"{_read_note(shared)}: {_out_of_memory()}"))
        except Exception as exc:  # raised again in the parent, as without the wall
            result = ("raise", exc)
        try:
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # an exception that does not pickle
            data = pickle.dumps(("raise", RuntimeError(repr(result[1]))))
        with contextlib.suppress(Exception):  # what the child printed, before _exit skips it
            sys.stdout.flush()
            sys.stderr.flush()
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # the parent reports the exit status
        code = 70
    finally:
        os._exit(code)


def _limit() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise dump core
    _lower(resource.RLIMIT_CPU, CPU_SECONDS, CPU_SECONDS + 5)
    size = _address_space() + MEMORY_BYTES
    _lower(resource.RLIMIT_AS, size, size)


def _lower(which: int, soft: int, hard: int) -> None:
    """Lower a limit to ``soft`` (killing at ``hard``), never raising one already lower."""
    import resource

    old_soft, old_hard = resource.getrlimit(which)
    if old_hard != resource.RLIM_INFINITY:
        hard = min(hard, old_hard)
    soft = min(soft, hard)
    if old_soft == resource.RLIM_INFINITY or soft < old_soft:
        resource.setrlimit(which, (soft, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 when unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _read_note(shared: mmap.mmap) -> str:
    size = int.from_bytes(shared[:4], "little")
    text = shared[4 : 4 + min(size, _NOTE_SIZE - 4)].decode("utf-8", "replace")
    return text or "the clause library"


def _out_of_memory() -> str:
    return (
        f"rendering needs more than {MEMORY_BYTES >> 20} MB of memory, the limit for a clause "
        "library that is not mou's own"
    )


def _death(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return (
                f"rendering took more than {CPU_SECONDS} s of processor time, the limit for "
                "a clause library that is not mou's own"
            )
        if sig == signal.SIGKILL:
            return "rendering was stopped (out of processor time or memory)"
        return f"rendering stopped with signal {sig}"
    return f"rendering failed (exit status {os.WEXITSTATUS(status)}), most likely out of memory"
