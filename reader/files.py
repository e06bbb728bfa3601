"""One bounded reader for every file the program reads: content, config, themes, sections.

What it guarantees, whatever the file is (issue 14 move 2; issue 13 builds on it):

* **regular files only**: a FIFO, a device or a socket is refused at once,
  never waited on (the file is opened non-blocking and checked with fstat
  before a byte is read);
* **a size cap** per kind of file, with a message that says the limit;
* **UTF-8** (a byte-order mark is allowed), or ``file:line: not UTF-8 text``;
* **TOML and JSON nesting capped**: 100,000 ``[`` would otherwise end in a
  RecursionError traceback inside the parser;
* every problem is one :class:`~reader.errors.ContentError`, ``file:line:
  problem``, and a missing file is ``FileNotFoundError`` so callers can treat
  an optional file as absent.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from reader import _compat
from reader.errors import ContentError

__all__ = ["read_bytes", "read_text", "parse_toml", "read_toml", "parse_json", "read_json", "MAX_NESTING"]

#: Deepest nesting of arrays and tables a TOML or JSON file may have; real files nest 3–4 deep.
MAX_NESTING = 64


def read_bytes(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``.

    Raises ``FileNotFoundError`` when it does not exist and :class:`ContentError`
    for anything else (a directory, a FIFO or device, too large, unreadable).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise ContentError(path, None, "is a directory, not a file") from None
    except OSError as exc:
        raise ContentError(path, None, f"cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ContentError(path, None, "is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise ContentError(path, None, "is not a regular file (a pipe or a device?); give a file")
        if st.st_size > max_bytes:
            raise ContentError(path, None, f"too large ({st.st_size:,} bytes; at most {max_bytes:,})")
        chunks, size = [], 0
        while True:  # read to the end, but never past the cap (the file may grow meanwhile)
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise ContentError(path, None, f"too large (over {max_bytes:,} bytes)")
        return b"".join(chunks)
    except OSError as exc:
        raise ContentError(path, None, f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_text(path: Path | str, max_bytes: int) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a leading byte-order mark dropped)."""
    data = read_bytes(path, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, "not UTF-8 text; save it as UTF-8") from None


#: What the nesting scan steps over as a whole: a quoted run (a double-quoted one with its
#: backslash escapes; either may run to the end of the text unclosed) and a ``#`` comment;
#: and the brackets it counts.
_NEST_TOKEN = re.compile(r'"(?:\\[\s\S]|[^"\\])*"?|\'[^\']*\'?|#[^\n]*|[\[\]{}]')


def _too_deep(text: str) -> int | None:
    """The line where brackets outside strings first nest deeper than :data:`MAX_NESTING`, or None.
    (A cheap scan that ignores quoted text; only a pathological file comes near the cap. The
    regular expression steps over whole strings, so Python sees a token, not every character:
    on an edition file it costs about a sixth of the TOML parse.)"""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return None
    depth = 0
    for m in _NEST_TOKEN.finditer(text):
        c = m.group()
        if c == "[" or c == "{":
            depth += 1
            if depth > MAX_NESTING:
                return text.count("\n", 0, m.start()) + 1
        elif c == "]" or c == "}":
            depth = max(0, depth - 1)
    return None


_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)")


def parse_toml(text: str, path: Path | str) -> dict[str, Any]:
    """Parse TOML, or raise :class:`ContentError` ``file:line: not valid TOML: …``."""
    deep = _too_deep(text)
    if deep is not None:
        raise ContentError(path, deep, f"nested more than {MAX_NESTING} levels deep; not a file this program writes")
    tomllib = _compat.tomllib()
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_AT.search(str(exc))
        line = (
            int(m.group(1)) if m and m.group(1) else max(1, len(text.splitlines()))
        )  # "at end of document": its last line
        msg = _TOML_AT.sub("", str(exc)).strip() or "invalid TOML"
        msg = msg[:1].lower() + msg[1:]  # "not valid TOML: invalid value", as the sentence goes on
        raise ContentError(path, line, f"not valid TOML: {msg}") from None
    except RecursionError:  # pragma: no cover - the scan above stops these first
        raise ContentError(path, None, "nested too deeply") from None


def read_toml(path: Path | str, max_bytes: int) -> tuple[dict[str, Any], str]:
    """A TOML file read with :func:`read_text` and parsed: (data, text)."""
    text = read_text(path, max_bytes)
    return parse_toml(text, path), text


def parse_json(text: str | bytes, path: Path | str) -> Any:
    """Parse JSON, or raise :class:`ContentError` ``file:line: not valid JSON: …``."""
    if isinstance(text, bytes):
        data = text
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ContentError(path, data[: exc.start].count(b"\n") + 1, "not UTF-8 text") from None
    deep = _too_deep(text)
    if deep is not None:
        raise ContentError(path, deep, f"nested more than {MAX_NESTING} levels deep; not a file this program writes")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
    except RecursionError:  # pragma: no cover - the scan above stops these first
        raise ContentError(path, None, "nested too deeply") from None


def read_json(path: Path | str, max_bytes: int) -> Any:
    """A JSON file read with :func:`read_bytes` and parsed."""
    return parse_json(read_bytes(path, max_bytes), path)
