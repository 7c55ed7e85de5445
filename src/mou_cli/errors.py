"""One exception tree: a user error is a clear message and an exit code, never a traceback."""

from __future__ import annotations

# Exit codes shared by every command.
EXIT_OK = 0
EXIT_FINDINGS = 1  # `mou check`: findings at or above --fail-on
EXIT_USAGE = 2  # bad input: unreadable or invalid file, usage error
EXIT_WRITE = 3  # could not write the output (exists, permission, disk full)


class MouError(Exception):
    """A problem the user can fix. ``str(err)`` is the whole message."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class AnswersError(MouError):
    """The answers file cannot be read or does not validate."""


class LibraryError(MouError):
    """A clause or template file is broken."""


class RenderError(MouError):
    """A clause failed to render against valid answers."""


class OutputError(MouError):
    """An output file cannot be written."""

    exit_code = EXIT_WRITE


class DraftError(MouError):
    """A draft given to `mou check` cannot be read."""
