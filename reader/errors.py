"""Errors the user sees as one line (what, where, what to do) and an exit code.

The CLI catches :class:`ReaderError` and prints ``reader: <message>`` on
stderr; it never shows a traceback for these.
"""

from __future__ import annotations


class ReaderError(Exception):
    """A problem the user can fix; ``str(err)`` is the whole one-line message."""

    exit_code = 2


class InputError(ReaderError):
    """Bad input: a page, a date, an option. Nothing was written."""

    exit_code = 2


class ContentError(ReaderError):
    """A content, theme or config file is invalid (``file:line: what is wrong``)."""

    exit_code = 1

    def __init__(self, path: object, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")
