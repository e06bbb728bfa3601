"""Crash-safe file writes: temp file in the same directory, fsync, os.replace,
then fsync of the directory so the rename itself is durable."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TMP_PREFIX = ".tmp-"


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. platforms without dir fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    _fsync_dir(Path(path).parent)


def clean_temp_files(directory: Path) -> int:
    """Remove temp files a crashed writer left behind; return how many."""
    n = 0
    try:
        entries = list(Path(directory).iterdir())
    except OSError:
        return 0
    for p in entries:
        if p.name.startswith(TMP_PREFIX) and p.is_file():
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n


@contextlib.contextmanager
def locked(lock_path: Path, wait_s: float) -> Iterator[bool]:
    """Hold an exclusive lock on ``lock_path`` (an ``flock``, so the kernel
    releases it when the holder dies, even by SIGKILL); yields whether it got it.

    Waits at most ``wait_s`` for another holder, then goes on without the lock
    (and says so by yielding False): the callers' critical sections take
    milliseconds, and a reader must never hang on a lock a stuck process
    holds. Where there is no flock (not POSIX) or the lock file cannot be
    made (a read-only place), it yields False at once.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield False
        return
    try:
        Path(lock_path).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + wait_s
        got = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                got = True
                break
            except OSError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.002)
        yield got
    finally:
        os.close(fd)
