"""Reading a file a user names (answers, configuration, clause files): only a regular file,
opened without waiting (a FIFO with no writer would block for ever), and only up to a limit."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularFile(Exception):
    """The path is a folder, a pipe, a device or a socket: no file to read."""

    def __init__(self, path: Path, is_dir: bool) -> None:
        super().__init__(f"{path}: not a regular file")
        self.is_dir = is_dir


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file ``path``. It is opened without waiting (a
    FIFO with no writer would block for ever) and refused with :class:`NotRegularFile` unless
    it is a regular file; other failures are the ``OSError`` of opening or reading it."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, stat.S_ISDIR(mode))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(limit)
    finally:
        os.close(fd)
