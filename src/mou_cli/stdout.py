"""Standard output whose write errors end the run with a code of their own: 141 when whoever
read it stopped (`mou rules | head -1`, nothing said), 74 when it could not be written (a full
disk), never a traceback or click's exit 1, which means findings."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from typing import Any

EXIT_IOERR = 74  # standard output could not be written: a full disk, an I/O error (EX_IOERR)
EXIT_PIPE = 141  # 128 + SIGPIPE: whoever read standard output stopped (`mou rules | head -1`)


class StdoutFailed(Exception):
    """Standard output could not be written. Not an OSError: click would turn a broken pipe
    into exit 1, the code of findings."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(exc.strerror or str(exc))
        self.errno = exc.errno

    @property
    def exit_code(self) -> int:
        return EXIT_PIPE if self.errno == errno.EPIPE else EXIT_IOERR


class _Stdout(io.RawIOBase):
    """File descriptor 1, whose write errors are raised as :class:`StdoutFailed`."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: Any) -> int:
        try:
            return os.write(self._fd, data)
        except OSError as exc:
            raise StdoutFailed(exc) from None


def guard_stdout() -> None:
    """Standard output through :class:`_Stdout`, as it was otherwise (encoding, buffering)."""
    old = sys.stdout
    try:
        fd = 1 if old is None else old.fileno()  # None: started with stdout closed
        if old is not None:
            old.flush()
    except (AttributeError, OSError, ValueError):  # not a file (captured by a test): as it is
        return
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_Stdout(fd)),
        encoding=getattr(old, "encoding", None) or "utf-8",
        errors=getattr(old, "errors", None) or "strict",
        line_buffering=bool(getattr(old, "line_buffering", False)),
    )


def stdout_failed(exc: StdoutFailed) -> int:
    """The exit code for a standard output that failed, said on stderr unless the pipe was
    closed (whoever reads it has stopped: nothing to say). Later writes go nowhere."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    if exc.exit_code != EXIT_PIPE:
        reason = "the disk is full" if exc.errno == errno.ENOSPC else str(exc)
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"error: could not write to standard output: {reason}\n")
    return exc.exit_code
