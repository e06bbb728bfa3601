"""Lazy, quiet access to jieba.

jieba costs about a second and 60-190 MB to load its dictionary and logs
"Building prefix dict ..." to stderr. Everything in ``reader`` that wants it
goes through :func:`get`, which imports it on first use with its logger
silenced, and initialises the dictionary once.
"""

from __future__ import annotations

import logging
import threading
from types import ModuleType

_lock = threading.Lock()
_jieba: ModuleType | None = None


def get() -> ModuleType:
    """Return the initialised ``jieba`` module (imported on first call)."""
    global _jieba
    if _jieba is not None:
        return _jieba
    with _lock:
        if _jieba is None:
            import jieba  # noqa: PLC0415 - deliberately lazy

            jieba.setLogLevel(logging.ERROR)
            logging.getLogger("jieba").setLevel(logging.ERROR)
            jieba.initialize()
            _jieba = jieba
    return _jieba


def posseg() -> ModuleType:
    get()
    import jieba.posseg  # noqa: PLC0415

    return jieba.posseg


def analyse() -> ModuleType:
    get()
    import jieba.analyse  # noqa: PLC0415

    return jieba.analyse
