"""Where things live: bundled content, the user's library, state, config, cache.

Resolution of the content library:

* ``--content DIR`` or ``READER_CONTENT=DIR``: that one directory is read and
  written; nothing else is consulted.
* otherwise the reader reads the user's library (``user_data_dir/content``,
  e.g. ``~/.local/share/reader/content``) *and* the bundled editions that ship
  with the package (read-only in a normal install); imports go to the user's
  library, so a read-only install never needs to be writable.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

APP = "reader"
_PKG = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel install carries them inside the package (see pyproject's
    # force-include); a source checkout / editable install has them at the top.
    inside = _PKG / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PKG.parent / name


def bundled_content_dir() -> Path:
    return _bundled("content")


def bundled_themes_dir() -> Path:
    return _bundled("themes")


def _platformdirs() -> ModuleType:  # imported lazily: it is cheap, but not needed by every command
    import platformdirs

    return platformdirs


def user_content_dir() -> Path:
    return Path(_platformdirs().user_data_path(APP)) / "content"


def state_dir() -> Path:
    return Path(os.environ.get("READER_STATE_DIR") or _platformdirs().user_state_path(APP))


def config_dir() -> Path:
    return Path(os.environ.get("READER_CONFIG_DIR") or _platformdirs().user_config_path(APP))


def cache_dir() -> Path:
    return Path(os.environ.get("READER_CACHE_DIR") or _platformdirs().user_cache_path(APP))


def cache_name(text: str) -> str:
    """A short file name for a cache entry about ``text`` (a path): 16 hex digits.

    zlib's checksums, not hashlib: importing hashlib (OpenSSL) costs 1.6 ms
    of the reader's start, and a cache name needs no cryptography. The cache
    entries also record what they are about, so a clash is caught, not served.
    """
    import zlib

    data = text.encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def content_dirs(explicit: str | os.PathLike[str] | None = None) -> tuple[list[Path], Path]:
    """Return ``(read_dirs, write_dir)``; earlier read dirs win on edition-id clashes."""
    chosen = explicit or os.environ.get("READER_CONTENT")
    if chosen:
        d = Path(chosen).expanduser()
        return [d], d
    user = user_content_dir()
    bundled = bundled_content_dir()
    reads = [user] if user.resolve() == bundled.resolve() else [user, bundled]
    return reads, user
