"""Stat-keyed JSON caches: one helper for every "parse once, keep a JSON copy" on the start path.

The reader keeps JSON copies of what is slow to read or derive — a parsed and
validated edition, a validated theme, the CSS variables generated from it, the
section names — in the cache dir. Each entry records the *key* it was made
from (the source file's resolved path, size and mtime, and a version of the
cache's format), and is served only while the key still matches; a stale,
unreadable or foreign entry is ignored and simply made again. Nothing here ever
raises: a missing or read-only cache dir only costs the parse next time.

Entry format: ``{"key": <key>, "value": <value>}``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["file_key", "load", "save"]


def file_key(path: Path | str, version: int | str, *, resolve: bool = True) -> list[Any] | None:
    """``[version, path, size, mtime_ns]`` of ``path`` (resolved unless told not to: the
    edition cache is keyed by the path as the catalogue lists it), or ``None`` when it
    cannot be statted."""
    try:
        st = os.stat(path)
        where = str(Path(path).resolve()) if resolve else str(path)
    except OSError:
        return None
    return [version, where, st.st_size, st.st_mtime_ns]


def load(cache: Path, key: Any) -> Any | None:
    """The value cached under ``key`` in ``cache``, or ``None`` (absent, stale, unreadable)."""
    if key is None:
        return None
    try:
        raw = json.loads(cache.read_bytes())
        if raw["key"] == key:
            return raw["value"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def save(cache: Path, key: Any, value: Any) -> None:
    """Keep ``value`` under ``key`` (atomically; silently not, when the cache dir cannot be written)."""
    if key is None:
        return
    from reader.store import atomic

    try:
        atomic.write_text(cache, json.dumps({"key": key, "value": value}, ensure_ascii=False,
                                            separators=(",", ":")))
    except (OSError, TypeError, ValueError):
        pass
