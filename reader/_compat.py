"""Small compatibility shims, imported lazily where start-up time matters."""

from __future__ import annotations

import sys
from types import ModuleType


def tomllib() -> ModuleType:
    """``tomllib`` (``tomli`` on Python 3.10), imported on first use: the
    reader's start path usually reads no TOML at all (catalogue, cached
    edition and theme are JSON)."""
    if sys.version_info >= (3, 11):
        import tomllib as mod
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as mod
    return mod
