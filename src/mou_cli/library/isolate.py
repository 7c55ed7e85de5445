"""The second wall around clause libraries that are not mou's own: a child process with limits.

``guard(library, build, ...)`` builds a draft behind the wall when the library has clauses
that are not built in. ``run(fn, *args)`` forks, lowers the child's processor time
(RLIMIT_CPU) and address space (RLIMIT_AS), calls ``fn`` there and brings its result, or the
exception it raised, back through a pipe. The budget of each render (``budget``) already
bounds a clause's work; this wall also holds if a single operation of the interpreter
escapes that count. While the child renders, ``note()`` records which clause file it is on
in memory shared with the parent, so a child killed by a limit is still reported as one
clear error naming that file.

``within(limits, fn, *args)`` is the same wall for other work on untrusted input (the PDF
reader: PDFium's memory grows with what a small compressed page draws), with its own limits
and wording. One child per draft, not per clause. Without ``fork`` (Windows) ``fn`` runs in
this process, with the in-process bounds only.

A forked child has only the thread that forked; a lock another thread held at that moment (an
import in progress, a buffered stream being written) stays locked in the child for ever. So
when this process has other threads (the interview's terminal library may leave some), or
``run`` is called from one, the child is started with ``spawn`` instead: a fresh interpreter
that is given ``fn`` and its arguments by pickling. It costs the time to import mou again.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from mou_cli.errors import MouError, RenderError

if TYPE_CHECKING:
    from mou_cli.library.loader import Library

CPU_SECONDS = 60  # processor time of the child: all the clauses of one draft
MEMORY_BYTES = 1 << 30  # address space the child may add to what it had at the fork
_NOTE_SIZE = 4096

T = TypeVar("T")
_note: mmap.mmap | memoryview | None = None  # set in the child only


@dataclass(frozen=True)
class Limits:
    """What a walled child may use, and how its death is told: ``{where}: {doing} took more
    than N s of processor time, the limit for {whose}`` as an ``error``."""

    cpu_seconds: int
    memory_bytes: int
    doing: str = "rendering"
    whose: str = "a clause library that is not mou's own"
    where: str = "the clause library"  # until the child notes where it is
    error: type[MouError] = RenderError


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
    """``fn(*args)`` in a child process with the limits of a render; its result or error."""
    return within(Limits(CPU_SECONDS, MEMORY_BYTES), fn, *args)


def within(limits: Limits, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in a child process under ``limits``; its result or error.

    The child is forked when this is the only thread, else spawned (see the module's text).
    """
    if not available():
        return fn(*args)
    if _threaded():
        return _run_spawned(fn, args, limits)
    shared = mmap.mmap(-1, _NOTE_SIZE)
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(fn, args, shared, write_end, limits)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
    except BaseException:  # interrupted: the child goes too
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    where = _read_note(shared, limits)
    shared.close()
    signalled = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 0
    return _outcome(data, signalled, code, where, limits)


def _outcome(data: bytes, signalled: int | None, code: int, where: str, limits: Limits) -> Any:
    """The child's result, or its error raised here; a child that died is ``limits.error``."""
    if signalled is None and code == 0 and data:
        outcome, value = pickle.loads(data)
        if outcome == "ok":
            return value
        raise value
    raise limits.error(f"{where}: {_death(signalled, code, limits)}")


def _threaded() -> bool:
    """Does this process run more than one thread, or is this not the main thread?

    Threads started outside Python (by a C library) count too, where ``/proc`` shows them."""
    import threading

    if threading.active_count() > 1 or threading.current_thread() is not threading.main_thread():
        return True
    try:
        return len(os.listdir("/proc/self/task")) > 1
    except OSError:  # no /proc (macOS): Python's own count has to do
        return False


def _run_spawned(fn: Callable[..., T], args: tuple[Any, ...], limits: Limits) -> T:
    """``run`` with a spawned child: a fresh interpreter, so no lock of another thread."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    shared = ctx.RawArray("c", _NOTE_SIZE)
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_spawned, args=(fn, args, shared, send, limits), daemon=True)
    sys.stdout.flush()
    sys.stderr.flush()
    child.start()
    send.close()
    try:
        try:
            data = receive.recv_bytes()
        except EOFError:  # it died before it could answer
            data = b""
        child.join()
    except BaseException:  # interrupted: the child goes too
        child.kill()
        child.join()
        raise
    finally:
        receive.close()
    code = child.exitcode or 0
    note = memoryview(shared).cast("B")
    where = _read_note(note, limits)
    return _outcome(data, -code if code < 0 else None, max(code, 0), where, limits)


def _spawned(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    shared: Any,
    conn: Any,
    limits: Limits,
) -> None:
    """The spawned child: ``fn(*args)`` under ``limits``, its pickled outcome sent on ``conn``."""
    global _note
    _note = memoryview(shared).cast("B")
    _limit(limits)
    data = _result(fn, args, _note, limits)
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    conn.send_bytes(data)
    conn.close()


def _child(
    fn: Callable[..., Any], args: tuple[Any, ...], shared: mmap.mmap, fd: int, limits: Limits
) -> None:
    global _note
    code = 0
    try:
        _note = shared
        _limit(limits)
        data = _result(fn, args, shared, limits)
        with contextlib.suppress(Exception):  # what the child printed, before _exit skips it
            sys.stdout.flush()
            sys.stderr.flush()
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # the parent reports the exit status
        code = 70
    finally:
        os._exit(code)


def _result(fn: Callable[..., Any], args: tuple[Any, ...], shared: Any, limits: Limits) -> bytes:
    """``fn(*args)`` in the child, pickled as ``("ok", value)`` or ``("raise", error)``."""
    try:
        result: tuple[str, Any] = ("ok", fn(*args))
    except MemoryError:
        where = _read_note(shared, limits)
        result = ("raise", limits.error(f"{where}: {_out_of_memory(limits)}"))
    except Exception as exc:  # raised again in the parent, as without the wall
        result = ("raise", exc)
    try:
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle
        return pickle.dumps(("raise", RuntimeError(repr(result[1]))))


def _limit(limits: Limits) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise dump core
    _lower(resource.RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 5)
    size = _address_space() + limits.memory_bytes
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


def _read_note(shared: Any, limits: Limits) -> str:
    """The place last noted in ``shared`` (an mmap or a byte memoryview), else the default."""
    size = int.from_bytes(bytes(shared[:4]), "little")
    text = bytes(shared[4 : 4 + min(size, _NOTE_SIZE - 4)]).decode("utf-8", "replace")
    return text or limits.where


def _out_of_memory(limits: Limits) -> str:
    return (
        f"{limits.doing} needs more than {limits.memory_bytes >> 20} MB of memory, the limit "
        f"for {limits.whose}"
    )


def _death(sig: int | None, code: int, limits: Limits) -> str:
    """Why the child gave no answer: killed by signal ``sig``, or exited with ``code``."""
    doing = limits.doing
    if sig is not None:
        if sig == signal.SIGXCPU:
            return (
                f"{doing} took more than {limits.cpu_seconds} s of processor time, the limit "
                f"for {limits.whose}"
            )
        if sig == signal.SIGKILL:
            return f"{doing} was stopped (out of processor time or memory)"
        if sig == signal.SIGABRT:  # a C library that could not allocate aborts
            return f"{doing} stopped: out of memory (over {limits.memory_bytes >> 20} MB)"
        return f"{doing} stopped with signal {sig}"
    return f"{doing} failed (exit status {code}), most likely out of memory"
