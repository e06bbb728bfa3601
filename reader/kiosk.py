"""``reader-kiosk``: the reader as an OpenSSH ``ForceCommand``.

(Over 700 lines for one concern, the launcher between sshd and the reader:
its settings file and their validation, the environment it hands on, the
resource limits sized from the archive, and every refusal in words the SSH
client may see. Each step is a small function the tests call one by one.)

A newsroom offers ``ssh news@host`` without giving anyone a shell::

    Match User news
        ForceCommand /opt/reader/bin/reader-kiosk --config /etc/reader/kiosk.toml

(see docs/ssh.md for the whole recipe). For every session this wrapper:

* refuses to run without a terminal on stdin and stdout (``ssh -T``, a
  command with no ``-t``, a pipe): one line on stderr, exit 2, nothing left
  running;
* refuses a ``TERM`` that is empty, ``dumb``, ``unknown`` or not a plain name;
* reads its settings from a root-owned TOML file (``--config PATH`` from the
  ForceCommand line; else ``$READER_KIOSK_CONFIG`` but only outside an SSH
  session, since an SSH client could send that variable; else
  ``/etc/reader/kiosk.toml``; defaults that work when there is none);
* ignores ``SSH_ORIGINAL_COMMAND``: it runs the reader and nothing else (no
  import, no export, no subcommand of any kind);
* sets resource limits (CPU seconds, memory, open files, file size, core
  dumps off, optionally processes and niceness), the first three sized from
  the archive unless kiosk.toml fixes them (the search index grows with it),
  and writes the limits it chose to the system log;
* throws away the client's environment and ``execve``\\ s the reader in a
  clean one built from an allow-list: ``TERM`` (checked), ``COLORTERM``
  (truecolor/24bit only), ``NO_COLOR``, ``SSH_CONNECTION``/``SSH_CLIENT``/
  ``SSH_TTY``; UTF-8 forced (``LANG``/``LC_ALL=C.UTF-8`` and ``-X utf8``),
  ``PATH`` pointing at nothing (so no pager, editor, browser or shell can be
  found by name), ``SHELL=/bin/false``, the ``READER_*`` directories from the
  kiosk settings, animations off;
* runs Python isolated (``-I``: no ``PYTHON*`` variables, no user site, no
  current directory on ``sys.path``) with the working directory ``/``;
* never shows the SSH client a path or the account's name: its own
  refusals are passed through :mod:`reader.redact` (``the kiosk settings,
  line 3: ...``) and the whole message goes to syslog; the reader, which gets
  ``READER_KIOSK=1``, does the same with the error it may exit with and
  every on-screen notice (``ReaderApp.notify``; tests/test_kiosk_notices.py).

The process is replaced by the reader (one process per session): when the
reader exits, the SSH session ends.

This module must stay cheap to import and must never import textual.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Final, Literal, NoReturn

from reader import names

PROG = "reader-kiosk"
DEFAULT_CONFIG = "/etc/reader/kiosk.toml"
UTF8_LOCALE = "C.UTF-8"
# PATH of the reader: a directory that holds no programs, so nothing the
# reader (or a library under it) might try to start by name is found.
EMPTY_PATH = "/nonexistent/reader-kiosk"

_TERM_RE = names.TERM
#: kiosk.toml is a few lines; anything this big is not a settings file.
MAX_SETTINGS_BYTES = 64 * 1024
_REFUSED_TERMS = {"dumb", "unknown", "network", "dialup", "unknown-terminal"}
# SSH_CONNECTION "client-ip client-port server-ip server-port"; SSH_TTY a
# device path. Anything else (control characters, huge values) is dropped.
_SAFE_VALUE_RE = re.compile(r"^[A-Za-z0-9 ._:/%\[\]-]{1,200}$")
STATE_MODES = ("shared", "per-key", "off")
STATE_OFF_DIR = "/proc/self/reader-state-off"


class KioskError(Exception):
    """A problem with the kiosk's own settings (``file:line: what``)."""


# --------------------------------------------------------------------------
# Settings
# --------------------------------------------------------------------------


#: a limit that is sized from the archive at each session start (see size_limits)
AUTO: Final = "auto"

#: the least an ``"auto"`` limit is (the fixed defaults before limits were sized)
AUTO_FLOOR: Final = {"cpu_seconds": 900, "memory_mb": 1024, "file_size_mb": 64}

# How big the search index and the reader grow with the archive, measured by
# bench/kiosk_search.py and bench/search_bench.py (synthetic archive: ONE seed
# page recombined) and on the 43 real pages of ../shared/corpus:
#
# * index bytes per byte of edition files (TOML): 1.55 at 3,650 synthetic
#   editions (206 MB index, 133 MB of files); 2.2 compact, 2.45 as built on
#   the 43 real pages (real text has far more distinct bigrams per byte).
INDEX_PER_EDITION_BYTE: Final = 2.5
# * the largest file grows past that while FTS5 merges its segments: the
#   write-ahead log reaches 0.73x the index during the 'optimize' after a big
#   build, and the database file keeps the freed pages (4.3 MB after an
#   'optimize' of the 2.5 MB real-page index); the archive may also grow
#   during a session. Twice the estimate covers both.
FILE_MARGIN: Final = 2.0
# * memory (RLIMIT_DATA): ~60 MB for a build whose edition files are read in
#   one process, but the build reads them in worker processes faster than it
#   indexes them, and parsed editions queue up: 229 MB at 3,650 editions
#   (49 KB per 36 KB edition file), on top of the reader's own ~50 MB.
MEMORY_BASE_MB: Final = 256
MEMORY_PER_EDITION_BYTE: Final = 2.0
# * CPU: 11 ms per edition to index it in one process (40 s at 3,650), twice
#   that plus two minutes of reading.
CPU_BASE_S: Final = 120
CPU_PER_EDITION_S: Final = 0.022

_MB = 1024 * 1024


@dataclass
class Limits:
    """Per-session resource limits; ``0`` leaves a limit alone.

    ``cpu_seconds``, ``memory_mb`` and ``file_size_mb`` may be ``"auto"`` (the
    default): sized from the archive at each session start by
    :func:`size_limits`, never below :data:`AUTO_FLOOR`. A number set in
    kiosk.toml is taken as it is (the administrator's word wins, even when it
    is too small for the archive: the session log then says so).
    """

    cpu_seconds: int | Literal["auto"] = AUTO  # RLIMIT_CPU: CPU time of the session (not wall time)
    memory_mb: int | Literal["auto"] = AUTO  # RLIMIT_DATA: heap + private writable mappings
    address_space_mb: int = 0  # RLIMIT_AS, 0 = leave alone (threads reserve a lot of it)
    open_files: int = 256  # RLIMIT_NOFILE
    file_size_mb: int | Literal["auto"] = AUTO  # RLIMIT_FSIZE: largest file the reader may write
    processes: int = 0  # RLIMIT_NPROC, per *account*, 0 = leave alone (root ignores it)
    nice: int = 0  # added niceness, 0-19

    def number(self, name: str) -> int:
        """The limit ``name`` as a number (an ``"auto"`` one not sized yet: its floor)."""
        value = getattr(self, name)
        return AUTO_FLOOR[name] if value == AUTO else int(value)


@dataclass
class Settings:
    content: str | None = None  # None: the editions bundled with the package
    state: str = "shared"  # shared | per-key | off
    state_dir: str | None = None  # None: ~account/.local/state/reader
    config_dir: str | None = None  # None: the directory of kiosk.toml (or /etc/reader)
    cache_dir: str | None = None  # None: ~account/.cache/reader
    theme: str | None = None
    lang: str | None = None
    animations: bool = False
    limits: Limits = field(default_factory=Limits)
    source: str | None = None  # the file these came from


_TOP_KEYS: dict[str, type | tuple[type, ...]] = {
    "content": str,
    "state": (str, bool),
    "state_dir": str,
    "config_dir": str,
    "cache_dir": str,
    "theme": str,
    "lang": str,
    "animations": bool,
    "limits": dict,
}
_LIMIT_KEYS = {f for f in Limits.__dataclass_fields__}


def _wrong_type(key: str, value: object, typ: type | tuple[type, ...]) -> str | None:
    """Why ``value`` cannot be setting ``key`` of type ``typ`` (from ``_TOP_KEYS``), or None.

    (A function rather than an inline isinstance(): mypy cannot tie ``typ`` to
    ``key``, so narrowing the caller's value by it would leave only ``object``
    for the per-key checks that follow.)
    """
    if not isinstance(value, typ) or (typ is str and not value):
        return f"{key} must be {'a non-empty string' if typ is str else typ.__name__ if isinstance(typ, type) else 'a string or false'}"
    return None


def _line_of(text: str, key: str, table: str | None = None) -> int | None:
    """Best-effort line number of ``key = ...`` (in ``[table]`` if given)."""
    current: str | None = None
    pat = re.compile(r"^\s*(?:\"?)" + re.escape(key) + r"(?:\"?)\s*=")
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("[") and not s.startswith("[["):
            current = s.strip("[] \t")
            continue
        if current == table and pat.match(line):
            return n
    return None


def load_settings(path: str | os.PathLike[str] | None, *, required: bool = False) -> Settings:
    """Read kiosk settings; a missing optional file gives the defaults.

    Raises :class:`KioskError` with ``file:line: problem`` for anything wrong:
    the kiosk fails closed rather than run with settings it did not understand.
    """
    if path is None:
        return Settings()
    p = Path(path)
    from reader import files
    from reader.errors import ContentError

    try:  # regular file, size cap, UTF-8, TOML, nesting: one line for anything wrong
        doc, text = files.read_toml(p, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        if required:
            raise KioskError(f"{p}: no such file") from None
        return Settings()
    except ContentError as exc:
        raise KioskError(str(exc)) from None

    def fail(key: str, msg: str, table: str | None = None) -> NoReturn:
        line = _line_of(text, key, table)
        where = f"{p}:{line}" if line else str(p)
        raise KioskError(f"{where}: {msg}")

    s = Settings(source=str(p))
    for key, value in doc.items():
        typ = _TOP_KEYS.get(key)
        if typ is None:
            fail(key, f"unknown setting {key!r} (known: {', '.join(sorted(_TOP_KEYS))})")
        if (wrong := _wrong_type(key, value, typ)) is not None:
            fail(key, wrong)
        if key == "limits":
            for lk, lv in value.items():
                if lk not in _LIMIT_KEYS:
                    fail(lk, f"unknown limit {lk!r} (known: {', '.join(sorted(_LIMIT_KEYS))})", "limits")
                if lv == AUTO and lk in AUTO_FLOOR:
                    pass
                elif isinstance(lv, bool) or not isinstance(lv, int) or lv < 0:
                    also = ' or "auto"' if lk in AUTO_FLOOR else ""
                    fail(lk, f"{lk} must be a whole number >= 0{also}", "limits")
                if lk == "nice" and lv > 19:
                    fail(lk, "nice must be 0-19", "limits")
                setattr(s.limits, lk, lv)
        elif key == "state":
            if value is False:
                s.state = "off"
            elif value is True:
                s.state = "shared"
            elif value in STATE_MODES:
                s.state = value
            else:
                fail(key, f"state must be one of {', '.join(STATE_MODES)} (or false)")
        elif key == "lang" and value not in ("zh", "en"):
            fail(key, "lang must be zh or en")
        elif key == "theme" and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", value):
            fail(key, "theme must be a theme name (letters, digits, - and _)")
        elif key in ("content", "state_dir", "config_dir", "cache_dir") and not os.path.isabs(value):
            fail(key, f"{key} must be an absolute path")
        else:
            setattr(s, key, value)
    return s


# --------------------------------------------------------------------------
# The session: checks, environment, limits, exec
# --------------------------------------------------------------------------


def check_term(term: str | None) -> str | None:
    """Return a refusal message for an unusable TERM, or None when it is fine."""
    if not term:
        return "TERM is not set; connect with a terminal emulator (e.g. ssh -t from xterm)"
    if term.lower() in _REFUSED_TERMS or not _TERM_RE.match(term):
        shown = term if _TERM_RE.match(term) else "(invalid)"
        return f"TERM={shown} cannot show the reader; use a real terminal (e.g. TERM=xterm-256color)"
    return None


def key_fingerprint(user_auth_file: str | None) -> str | None:
    """A file-name-safe id of the public key the client logged in with.

    OpenSSH writes the methods that authenticated the session to the file
    named by ``SSH_USER_AUTH`` when ``ExposeAuthInfo yes`` is set, e.g.
    ``publickey ssh-ed25519 AAAAC3...``. The id is the hex SHA-256 of the key
    blob (the same hash ``ssh-keygen -lf`` prints in base64), cut to 32 digits.
    """
    if not user_auth_file:
        return None
    try:
        with open(user_auth_file, "rb") as fh:
            data = fh.read(64 * 1024).decode("ascii", "replace")
    except OSError:
        return None
    for line in data.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "publickey":
            try:
                blob = base64.b64decode(parts[2], validate=True)
            except (ValueError, binascii.Error):
                continue
            if blob:
                return hashlib.sha256(blob).hexdigest()[:32]
    return None


def _home() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_dir or "/"
    except (ImportError, KeyError):  # pragma: no cover
        return "/"


def _account() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):  # pragma: no cover
        return str(os.getuid())


def state_dir_for(settings: Settings, env: dict[str, str], home: str) -> str | None:
    """The READER_STATE_DIR of this session, or None when state is off."""
    if settings.state == "off":
        return None
    base = settings.state_dir or os.path.join(home, ".local", "state", "reader")
    if settings.state == "per-key":
        fp = key_fingerprint(env.get("SSH_USER_AUTH"))
        if fp is None:
            return None  # no key known (ExposeAuthInfo off, password login): keep nothing
        return os.path.join(base, "keys", fp)
    return base


def clean_env(settings: Settings, env: dict[str, str], term: str) -> dict[str, str]:
    """The whole environment of the reader: an allow-list, nothing inherited by default."""
    home = _home()
    account = _account()
    out = {
        "TERM": term,
        "LANG": UTF8_LOCALE,
        "LC_ALL": UTF8_LOCALE,
        "PYTHONIOENCODING": "utf-8",  # documentation only: -I ignores it, -X utf8 does the work
        "HOME": home,
        "USER": account,
        "LOGNAME": account,
        "PATH": EMPTY_PATH,
        "SHELL": "/bin/false",
        "READER_KIOSK": "1",
    }
    colorterm = env.get("COLORTERM", "")
    if colorterm in ("truecolor", "24bit"):
        out["COLORTERM"] = colorterm
    if env.get("NO_COLOR"):
        out["NO_COLOR"] = "1"
    for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"):
        v = env.get(name)
        if v and _SAFE_VALUE_RE.match(v):
            out[name] = v
    if not settings.animations:
        out["TEXTUAL_ANIMATIONS"] = "none"
    config_dir = settings.config_dir or (str(Path(settings.source).parent) if settings.source else "/etc/reader")
    out["READER_CONFIG_DIR"] = config_dir
    out["READER_CACHE_DIR"] = settings.cache_dir or os.path.join(home, ".cache", "reader")
    state = state_dir_for(settings, env, home)
    if state is None:
        # READER_STATE=off: the reader neither reads nor writes state (like
        # config `state = false`) and keeps its place in memory only. The
        # state dir is one that can never be created (not even by root), so
        # a reader that ignored READER_STATE would still write nothing.
        out["READER_STATE_DIR"] = STATE_OFF_DIR
        out["READER_STATE"] = "off"
    else:
        out["READER_STATE_DIR"] = state
    out["READER_CONTENT"] = content_dir(settings)
    return out


def content_dir(settings: Settings) -> str:
    if settings.content:
        return settings.content
    from reader import paths

    return str(paths.bundled_content_dir())


def reader_args(settings: Settings) -> list[str]:
    """Arguments of ``reader``: always the reader itself, never a subcommand."""
    args = ["--content", content_dir(settings)]
    args.append("--animations" if settings.animations else "--no-animations")
    if settings.theme:
        args += ["--theme", settings.theme]
    if settings.lang:
        args += ["--lang", settings.lang]
    return args


def _package_root() -> str:
    import reader

    return str(Path(reader.__file__).resolve().parent.parent)


def _isolated_path_has(root: str) -> bool:
    """Does ``python -I`` find a package under ``root`` by itself?

    True for a normal (wheel) install into the interpreter's site-packages;
    False for a source checkout or an editable install, whose directory only
    reaches sys.path through PYTHONPATH, the current directory or a .pth file.
    """
    import sysconfig

    try:
        want = os.path.realpath(root)
        return any(os.path.realpath(sysconfig.get_paths()[k]) == want for k in ("purelib", "platlib"))
    except (KeyError, OSError):  # pragma: no cover
        return False


def child_argv(settings: Settings, python: str | None = None) -> list[str]:
    """``python -I -X utf8 -m reader --no-animations --content DIR ...``.

    When the package is not in the interpreter's site-packages (a source
    checkout, an editable install), ``-I`` would not find it, so a two-line
    bootstrap puts this very package's directory first on sys.path instead.
    """
    python = python or sys.executable
    base = [python, "-I", "-X", "utf8"]
    root = _package_root()
    if _isolated_path_has(root):
        return base + ["-m", "reader"] + reader_args(settings)
    boot = (
        "import sys;sys.argv[0]='reader';sys.path.insert(0,sys.argv.pop(1));"
        "from reader.cli import main;raise SystemExit(main())"
    )
    return base + ["-c", boot, root] + reader_args(settings)


@dataclass(frozen=True)
class ArchiveSize:
    """What the kiosk's limits are sized from (see :func:`measure_archive`)."""

    editions: int = 0  # edition files in the content dir
    edition_bytes: int = 0  # their total size
    index_bytes: int = 0  # the largest search index file (or its WAL) already in the cache dir


def measure_archive(content: str, cache_dir: str) -> ArchiveSize:
    """Count and size the edition files of ``content`` and find the largest
    search index file in ``cache_dir``: one directory listing and one stat
    per file (about 10 ms at 3,650 editions), nothing opened or parsed.

    (Edition files are ``content/editions/<id>.toml``, see
    :func:`reader.store.editions.edition_path`; index files are
    ``cache_dir/search-<hash>.sqlite`` with ``-wal``, see
    :func:`reader.store.search.index_path`. Neither module is imported: the
    kiosk stays light.)
    """
    editions = edition_bytes = index_bytes = 0
    try:
        with os.scandir(os.path.join(content, "editions")) as it:
            for entry in it:
                if entry.name.endswith(".toml"):
                    try:
                        st = entry.stat()
                    except OSError:
                        continue
                    editions += 1
                    edition_bytes += st.st_size
    except OSError:
        pass  # no editions yet, or unreadable: the reader says so itself
    try:
        with os.scandir(cache_dir) as it:
            for entry in it:
                if entry.name.startswith("search-"):
                    try:
                        index_bytes = max(index_bytes, entry.stat(follow_symlinks=False).st_size)
                    except OSError:
                        continue
    except OSError:
        pass
    return ArchiveSize(editions, edition_bytes, index_bytes)


def _ceil_mb(nbytes: float) -> int:
    return -int(-nbytes // _MB)


def size_limits(limits: Limits, archive: ArchiveSize) -> tuple[Limits, list[str], list[str]]:
    """The limits of this session, each ``"auto"`` one sized from ``archive``.

    Precedence: a number set in kiosk.toml is used as it is; ``"auto"`` (the
    default) is ``max(AUTO_FLOOR, what the archive needs)``:

    * ``file_size_mb``: :data:`FILE_MARGIN` x the expected size of the search
      index, which is the larger of the biggest index file already in the
      cache and :data:`INDEX_PER_EDITION_BYTE` x the edition files (so a first
      session, with no index yet, can build it);
    * ``memory_mb``: :data:`MEMORY_BASE_MB` + :data:`MEMORY_PER_EDITION_BYTE`
      x the edition files (parsed editions queue up while the index is built);
    * ``cpu_seconds``: :data:`CPU_BASE_S` + :data:`CPU_PER_EDITION_S` per edition.

    Returns the sized limits (no ``"auto"`` left), a line for each limit the
    archive raised above its floor, and a warning for each number set in
    kiosk.toml that is smaller than the archive needs (for the session log
    and ``--check``).
    """
    index = max(float(archive.index_bytes), INDEX_PER_EDITION_BYTE * archive.edition_bytes)
    need = {
        "file_size_mb": _ceil_mb(FILE_MARGIN * index),
        "memory_mb": MEMORY_BASE_MB + _ceil_mb(MEMORY_PER_EDITION_BYTE * archive.edition_bytes),
        "cpu_seconds": int(CPU_BASE_S + CPU_PER_EDITION_S * archive.editions + 0.999),
    }
    why = {
        "file_size_mb": f"the search index may reach {_ceil_mb(index)} MB",
        "memory_mb": "building the search index holds parsed editions",
        "cpu_seconds": "building the search index",
    }
    unit = {"file_size_mb": "MB", "memory_mb": "MB", "cpu_seconds": "s"}
    about = (
        f"{archive.editions:,} editions, {_ceil_mb(archive.edition_bytes):,} MB of edition files"
        f"{f', search index {_ceil_mb(archive.index_bytes):,} MB' if archive.index_bytes else ''}"
    )
    sized = Limits(**{f: getattr(limits, f) for f in Limits.__dataclass_fields__})
    notes: list[str] = []
    warnings: list[str] = []
    for name, needed in need.items():
        value = getattr(limits, name)
        if value == AUTO:
            chosen = max(AUTO_FLOOR[name], needed)
            setattr(sized, name, chosen)
            if chosen > AUTO_FLOOR[name]:
                notes.append(f"{name} = {chosen} (auto, above the default {AUTO_FLOOR[name]}: {why[name]}; {about})")
        elif value and value < needed:
            warnings.append(
                f"{name} = {value} is set in the kiosk settings, but this archive needs about "
                f"{needed} {unit[name]} ({why[name]}; {about}): search may fail; "
                f'write {name} = "auto" or a larger number'
            )
    return sized, notes, warnings


def describe_limits(limits: Limits) -> str:
    """``cpu 900 s, memory 1024 MB, file size 64 MB, open files 256``: one line for the session log."""

    def show(value: int, unit: str) -> str:
        return f"{value} {unit}".strip() if value else "unlimited"

    parts = [
        f"cpu {show(limits.number('cpu_seconds'), 's')}",
        f"memory {show(limits.number('memory_mb'), 'MB')}",
        f"file size {show(limits.number('file_size_mb'), 'MB')}",
        f"open files {show(limits.open_files, '')}",
    ]
    if limits.address_space_mb:
        parts.append(f"address space {limits.address_space_mb} MB")
    if limits.processes:
        parts.append(f"processes {limits.processes}")
    if limits.nice:
        parts.append(f"nice +{limits.nice}")
    return ", ".join(parts)


def apply_limits(limits: Limits) -> list[str]:
    """setrlimit() each configured limit (soft = hard, so the reader cannot
    raise it again). Returns a list of limits that could not be set.

    Call :func:`size_limits` first: an ``"auto"`` limit left here gets only
    its floor (:data:`AUTO_FLOOR`)."""
    import resource

    mb = 1024 * 1024
    wanted: list[tuple[str, int, int]] = [("RLIMIT_CORE", resource.RLIMIT_CORE, 0)]
    cpu, memory, file_size = (limits.number(n) for n in ("cpu_seconds", "memory_mb", "file_size_mb"))
    if cpu:
        wanted.append(("RLIMIT_CPU", resource.RLIMIT_CPU, cpu))
    if memory:
        wanted.append(("RLIMIT_DATA", resource.RLIMIT_DATA, memory * mb))
    if limits.address_space_mb:
        wanted.append(("RLIMIT_AS", resource.RLIMIT_AS, limits.address_space_mb * mb))
    if limits.open_files:
        wanted.append(("RLIMIT_NOFILE", resource.RLIMIT_NOFILE, limits.open_files))
    if file_size:
        wanted.append(("RLIMIT_FSIZE", resource.RLIMIT_FSIZE, file_size * mb))
    if limits.processes:
        wanted.append(("RLIMIT_NPROC", resource.RLIMIT_NPROC, limits.processes))
    failed = []
    for name, res, value in wanted:
        try:
            _soft, hard = resource.getrlimit(res)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            if res == resource.RLIMIT_CPU:
                # SIGXCPU at the soft limit ends the reader; the hard limit
                # (SIGKILL) a few seconds later is the backstop.
                hard_value = value + 5 if hard == resource.RLIM_INFINITY else min(value + 5, hard)
                resource.setrlimit(res, (value, hard_value))
            else:
                resource.setrlimit(res, (value, value))
        except (ValueError, OSError):
            failed.append(name)
    if limits.nice:
        try:
            os.nice(limits.nice)
        except OSError:
            failed.append("nice")
    return failed


def _log(message: str, *, warning: bool = False) -> None:
    """One line in the system log (syslog, facility user, tag ``reader-kiosk``):
    what the administrator needs and the SSH client must not see."""
    try:
        import syslog

        syslog.openlog(PROG, syslog.LOG_PID, syslog.LOG_USER)
        syslog.syslog(syslog.LOG_WARNING if warning else syslog.LOG_INFO, message.replace("\n", " "))
    except (ImportError, OSError, ValueError):  # pragma: no cover - no syslog here
        pass


def session_limits(settings: Settings, cenv: dict[str, str]) -> tuple[Limits, list[str], list[str]]:
    """The limits of a session of ``settings`` whose reader gets ``cenv`` (see :func:`size_limits`)."""
    archive = measure_archive(cenv["READER_CONTENT"], cenv["READER_CACHE_DIR"])
    return size_limits(settings.limits, archive)


def _refuse(message: str, code: int = 2) -> NoReturn:
    try:
        sys.stderr.write(f"{PROG}: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    # os._exit, not sys.exit: no atexit handlers, and no interactive prompt
    # even if the client managed to slip PYTHONINSPECT into our environment.
    os._exit(code)


def _config_path(ns_config: str | None, env: dict[str, str]) -> tuple[str, bool]:
    if ns_config:
        return ns_config, True
    from_env = env.get("READER_KIOSK_CONFIG")
    # Inside an SSH session the client may have sent READER_KIOSK_CONFIG
    # (AcceptEnv): only a --config on the ForceCommand line is trusted there.
    if from_env and not (env.get("SSH_CONNECTION") or env.get("SSH_CLIENT")):
        return from_env, True
    return DEFAULT_CONFIG, False


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # not argparse's usage + exit 2 on the client's terminal: the
        # ForceCommand line is the administrator's (see main)
        raise KioskError(f"the kiosk's command line: {message}")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="Run the reader for an SSH session (OpenSSH ForceCommand): no shell, "
        "no subcommands, clean environment, resource limits. See docs/ssh.md.",
    )
    p.add_argument("--config", metavar="PATH", help=f"kiosk settings (TOML, root-owned; default {DEFAULT_CONFIG})")
    p.add_argument(
        "--check", action="store_true", help="validate the settings, print what a session would run, and exit"
    )
    return p


def client_redactor(config: str | None, cenv: dict[str, str] | None = None) -> Callable[[str], str]:
    """What the SSH client may see of a message: no path, no account name
    (see :mod:`reader.redact`); the full message goes to the system log."""
    from reader import redact

    roots = redact.kiosk_roots(cenv if cenv is not None else {"HOME": _home()})
    roots += [(DEFAULT_CONFIG, "kiosk"), (os.path.dirname(DEFAULT_CONFIG), "config")]
    if config:
        roots += [(os.path.abspath(config), "kiosk"), (os.path.dirname(os.path.abspath(config)), "config")]
    return redact.Redactor(roots, _account())


def _misconfigured(detail: str, config: str | None, *, check: bool = False) -> NoReturn:
    """Refuse the session: the whole ``detail`` to the log (and to an
    administrator's ``--check``), the client only what it may see."""
    _log(f"refused a session, service misconfigured: {detail}", warning=True)
    if check:
        _refuse(f"service misconfigured: {detail}", 1)
    _refuse(f"service misconfigured, tell the administrator: {client_redactor(config)(detail)}", 1)


def main(argv: list[str] | None = None) -> NoReturn:
    env = dict(os.environ)
    # Whatever happens below, nothing after us may be steered by these.
    for name in list(os.environ):
        if name.startswith(("PYTHON", "LD_")):
            try:
                del os.environ[name]
            except OSError:  # pragma: no cover
                pass
    os.umask(0o077)
    # Everything this prints reaches the SSH client: no path and no account
    # name in it (reader.redact); the administrator finds the details in the
    # system log and with --check.
    try:
        ns = build_parser().parse_args(argv)
    except KioskError as exc:  # a bad option on the ForceCommand line
        _misconfigured(str(exc), None)
    except SystemExit as exc:  # --help on the ForceCommand line
        os._exit(int(exc.code or 0))
    path, required = _config_path(ns.config, env)
    try:
        settings = load_settings(path, required=required)
    except KioskError as exc:
        _misconfigured(str(exc), path, check=ns.check)
    if ns.check:
        term = env.get("TERM") or "xterm-256color"
        child = child_argv(settings)
        cenv = clean_env(settings, env, term)
        limits, notes, warnings = session_limits(settings, cenv)
        sys.stdout.write(f"settings: {settings.source or '(defaults)'}\n")
        sys.stdout.write("exec: " + " ".join(child) + "\n")
        for k in sorted(cenv):
            sys.stdout.write(f"env: {k}={cenv[k]}\n")
        sys.stdout.write(f"limits: {describe_limits(limits)}\n")
        for line in notes:
            sys.stdout.write(f"limits: {line}\n")
        for line in warnings:
            sys.stdout.write(f"warning: {line}\n")
        sys.stdout.flush()
        os._exit(0)

    if not (os.isatty(0) and os.isatty(1)):
        _refuse(
            "the newspaper reader needs an interactive terminal; connect with `ssh -t` (or plain `ssh` with no command)"
        )
    term = env.get("TERM", "")
    problem = check_term(term)
    if problem:
        _refuse(problem)

    child = child_argv(settings)
    cenv = clean_env(settings, env, term)
    state = cenv.get("READER_STATE")
    if state != "off":
        try:
            os.makedirs(cenv["READER_STATE_DIR"], mode=0o700, exist_ok=True)
        except OSError:
            pass  # the reader reports a state dir it cannot write to
    limits, notes, warnings = session_limits(settings, cenv)
    _log(f"session limits: {describe_limits(limits)}" + "".join(f"; {n}" for n in notes))
    for line in warnings:
        _log(line, warning=True)
    failed = apply_limits(limits)
    if failed:  # the administrator's business, not the reader's: the session goes on
        _log(f"could not set {', '.join(failed)}", warning=True)
    try:
        os.chdir("/")
    except OSError:  # pragma: no cover
        pass
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(child[0], child, cenv)
    except OSError as exc:
        _log(f"cannot start the reader: {child[0]}: {exc}", warning=True)
        shown = client_redactor(path, cenv)(str(exc.strerror or exc))
        _refuse(f"cannot start the reader ({shown}); tell the administrator", 1)


if __name__ == "__main__":  # pragma: no cover
    main()
