"""End-to-end harness: a throw-away OpenSSH server whose ForceCommand is the
kiosk, a tmux pane of fixed size to look at the screen, and a raw pty client
to count and inspect the exact bytes an SSH client receives.

No pytest here: bench/ssh_bytes.py uses it too. Everything started is torn
down by pid (never by name).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import pty
import re
import select
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import termios
import time
import uuid
from pathlib import Path
from typing import Callable, Iterable

REPO = Path(__file__).resolve().parents[2]
SSHD = "/usr/sbin/sshd"
PYTHON = sys.executable


# --------------------------------------------------------------------------
# Tools and content
# --------------------------------------------------------------------------


def missing_tools() -> list[str]:
    missing = []
    if not os.access(SSHD, os.X_OK):
        missing.append("sshd (openssh-server)")
    for tool in ("ssh", "ssh-keygen", "tmux", "pgrep"):
        if shutil.which(tool) is None:
            missing.append(tool)
    return missing


def ensure_tools() -> list[str]:
    """Install missing tools with .ci/e2e-deps.sh (as CI does); return what is still missing."""
    missing = missing_tools()
    if missing and (REPO / ".ci" / "e2e-deps.sh").exists():
        subprocess.run(
            ["bash", str(REPO / ".ci" / "e2e-deps.sh")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
            check=False,
        )
        missing = missing_tools()
    return missing


def seed_pages() -> list[Path]:
    """The seed page, vendored in ``tests/data`` (tests/test_seed.py checks it
    still equals ``../shared/seed``)."""
    return sorted((REPO / "tests" / "data").glob("*.txt"))


def reader_cmd(*args: str) -> list[str]:
    return [PYTHON, "-m", "reader", *args]


# ``python -m reader`` with ReaderApp's timing attributes set first (a JSON
# object in argv[1], taken out before the reader reads its arguments)
_READER_WITH_TIMING = """\
import json, sys
from reader.ui.app import ReaderApp
for name, value in json.loads(sys.argv.pop(1)).items():
    assert isinstance(getattr(ReaderApp, name), float), name
    setattr(ReaderApp, name, value)
from reader.cli import main
raise SystemExit(main())
"""


def reader_on_a_tty(*args: str, **timing: float) -> list[str]:
    """The reader's command line for a pty (``python -X utf8 -m reader``).
    ``timing``: ReaderApp's delays for this process, e.g. ``SAVE_DELAY_S=0.2``
    or ``EXIT_GRACE_S=1.0`` (the UI's timing is injectable in a process too)."""
    if not timing:
        return [PYTHON, "-X", "utf8", "-m", "reader", *args]
    import json

    return [PYTHON, "-X", "utf8", "-c", _READER_WITH_TIMING, json.dumps(timing), *args]


def child_env(**extra: str) -> dict[str, str]:
    # COLUMNS/LINES would override the pty's own size (shutil.get_terminal_size
    # reads them first); pytest-xdist's workers have COLUMNS=80 LINES=24 set.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("READER_", "PYTHON", "TEXTUAL_")) and k not in ("COLUMNS", "LINES")
    }
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def import_pages(pages: Iterable[Path], content: Path) -> subprocess.CompletedProcess:
    content.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        reader_cmd("import", *map(str, pages), "--content", str(content)),
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        cwd=str(REPO),
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(pred: Callable[[], object], timeout: float, interval: float = 0.05, what: str = "condition"):
    """Poll ``pred`` until it returns something truthy; raise TimeoutError at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------------
# sshd
# --------------------------------------------------------------------------


class SSHServer:
    """One sshd on 127.0.0.1:<free port> with ForceCommand = the kiosk."""

    def __init__(
        self,
        workdir: Path,
        kiosk_settings: dict[str, object],
        *,
        accept_env: str = "PYTHONINSPECT LANG LC_* READER_* TEXTUAL_* COLORTERM",
        extra_config: str = "",
    ) -> None:
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.user = os.environ.get("USER") or "root"
        import pwd

        self.user = pwd.getpwuid(os.getuid()).pw_name
        self.host_key = self.dir / "host_ed25519"
        self.client_key = self.dir / "client_ed25519"
        self.kiosk_toml = self.dir / "kiosk.toml"
        self.log = self.dir / "sshd.log"
        self.pidfile = self.dir / "sshd.pid"
        self.config = self.dir / "sshd_config"
        self.proc: subprocess.Popen | None = None
        self.accept_env = accept_env
        self.extra_config = extra_config
        self.write_kiosk_settings(kiosk_settings)

    # The kiosk exactly as an admin would force it; the source tree reaches
    # it through PYTHONPATH when the package is not installed.
    def kiosk_command(self) -> str:
        script = Path(PYTHON).with_name("reader-kiosk")
        cfg = shlex.quote(str(self.kiosk_toml))
        if os.environ.get("READER_E2E_CONSOLE_SCRIPT") and script.exists():
            return f"exec {shlex.quote(str(script))} --config {cfg}"
        return f"PYTHONPATH={shlex.quote(str(REPO))} exec {shlex.quote(PYTHON)} -m reader.kiosk --config {cfg}"

    def write_kiosk_settings(self, settings: dict[str, object]) -> None:
        lines, limits = [], settings.get("limits") or {}
        for k, v in settings.items():
            if k == "limits":
                continue
            lines.append(f"{k} = {toml_str(v) if isinstance(v, str) else str(v).lower()}")
        if limits:
            lines.append("[limits]")
            lines += [f"{k} = {v}" for k, v in limits.items()]
        self.kiosk_toml.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def start(self) -> "SSHServer":
        if not self.host_key.exists():
            for key in (self.host_key, self.client_key):
                subprocess.run(
                    ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "e2e", "-f", str(key)],
                    check=True,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                )
            shutil.copy(self.client_key.with_suffix(".pub"), self.dir / "authorized_keys")
        self.config.write_text(
            f"""\
Port {self.port}
ListenAddress 127.0.0.1
HostKey {self.host_key}
PidFile {self.pidfile}
AuthorizedKeysFile {self.dir / "authorized_keys"}
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
AllowUsers {self.user}
PermitUserEnvironment no
AcceptEnv {self.accept_env}
ExposeAuthInfo yes
DisableForwarding yes
PermitUserRC no
PermitTTY yes
ClientAliveInterval 15
ClientAliveCountMax 2
PerSourceMaxStartups 20
MaxStartups 40:30:100
PrintMotd no
PrintLastLog no
Banner none
LogLevel VERBOSE
{self.extra_config}
ForceCommand {self.kiosk_command()}
""",
            encoding="utf-8",
        )
        Path("/run/sshd").mkdir(parents=True, exist_ok=True)
        check = subprocess.run([SSHD, "-t", "-f", str(self.config)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"sshd -t rejected the test config: {check.stderr.strip()}")
        self.proc = subprocess.Popen(
            [SSHD, "-D", "-f", str(self.config), "-E", str(self.log)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

        def listening() -> bool:
            if self.proc.poll() is not None:
                raise RuntimeError(f"sshd exited ({self.proc.returncode}): {self.log_text()[-500:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    return s.recv(64).startswith(b"SSH-")
            except OSError:
                return False

        wait_until(listening, 10, what="sshd to listen")
        return self

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            # sshd -D is the listener; sessions are its children in their own
            # process groups. Kill the listener, then any session it left.
            kids = self.session_pids()
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
            for pid in kids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        self.proc = None

    def session_pids(self) -> list[int]:
        """Pids of everything running under this server (kiosk, reader, per-session sshd)."""
        if self.proc is None:
            return []
        out: list[int] = []
        todo = [self.proc.pid]
        while todo:
            pid = todo.pop()
            try:
                kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            for k in kids:
                out.append(int(k))
                todo.append(int(k))
        return out

    def reader_pids(self) -> list[int]:
        """Kiosk/reader processes started for this server (matched by its unique paths)."""
        found = set()
        for pattern in (str(self.kiosk_toml), "reader.kiosk --config " + str(self.dir), str(self.dir / "content")):
            r = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True)
            found.update(int(p) for p in r.stdout.split())
        if self.proc is not None:
            found.discard(self.proc.pid)
        found.discard(os.getpid())
        return sorted(found)

    def ssh_argv(self, *extra: str, tty: bool = True) -> list[str]:
        return [
            "ssh",
            "-F",
            "/dev/null",
            "-tt" if tty else "-T",
            "-i",
            str(self.client_key),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "BatchMode=yes",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "ConnectTimeout=10",
            "-p",
            str(self.port),
            *extra,
            f"{self.user}@127.0.0.1",
        ]

    def __enter__(self) -> "SSHServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --------------------------------------------------------------------------
# tmux: the screen as a person would see it
# --------------------------------------------------------------------------


_SEPARATORS = "▏▕│┃║|▌▐"
_DECOR = str.maketrans("", "", " \t\u3000▁▂▃▄▅▆▇█▉▊▋▍▎░▒▓")


def columns(screen: str) -> list[str]:
    """The screen's text column by column (split at pane separators), each
    column's rows joined with spaces, blanks and scrollbar blocks removed."""
    cols: list[list[str]] = []
    for row in screen.splitlines():
        parts = [row]
        for sep in _SEPARATORS:
            parts = [q for p in parts for q in p.split(sep)]
        for i, part in enumerate(parts):
            while len(cols) <= i:
                cols.append([])
            cols[i].append(part.translate(_DECOR))
    return ["".join(c) for c in cols]


def shows(screen: str, text: str) -> bool:
    if text in screen:
        return True
    want = text.translate(_DECOR)
    return any(want in col for col in columns(screen))


class Tmux:
    def __init__(self, workdir: Path, width: int = 100, height: int = 30) -> None:
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.socket = f"rk-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height
        self.conf = self.dir / "tmux.conf"
        self.conf.write_text(
            "set -g status off\n"
            "set -g remain-on-exit on\n"
            f"set -g default-size {width}x{height}\n"
            "set -g history-limit 0\n"
            "set -g escape-time 0\n"
            "set -g default-terminal xterm-256color\n",
            encoding="utf-8",
        )
        self.started = False
        self.server_pid: int | None = None
        self.status_file = self.dir / "exit-status"

    def tmux(self, *args: str, check: bool = True) -> str:
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("TMUX", None)
        r = subprocess.run(
            ["tmux", "-u", "-L", self.socket, "-f", str(self.conf), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=10,
        )
        if check and r.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {r.stderr.strip()}")
        return r.stdout

    def start(self, argv: list[str], *, env: dict[str, str] | None = None, log: Path | None = None) -> None:
        # sh reaps the client and prints its exit status on the pane (tmux 3.3
        # sometimes leaves a dead pane's process unreaped, without a status).
        inner = shlex.join(["env", *(f"{k}={v}" for k, v in (env or {}).items()), *argv])
        self.status_file.unlink(missing_ok=True)
        cmd = f"{inner}; echo $? > {shlex.quote(str(self.status_file))}"
        args = ["new-session", "-d", "-x", str(self.width), "-y", str(self.height), "-s", "e2e", cmd]
        if log is not None:
            # In the same command queue as new-session: piping starts before
            # the first byte from the pane is read.
            args += [";", "pipe-pane", "-o", "-t", "e2e", f"cat >> {shlex.quote(str(log))}"]
        self.tmux(*args)
        self.started = True
        with contextlib.suppress(Exception):
            self.server_pid = int(self.tmux("display-message", "-p", "#{pid}").strip())

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "e2e", check=False)

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "e2e", *keys)

    def send_literal(self, text: str) -> None:
        self.tmux("send-keys", "-t", "e2e", "-l", text)

    def resize(self, width: int, height: int) -> None:
        self.tmux("resize-window", "-t", "e2e", "-x", str(width), "-y", str(height))

    def pane(self) -> tuple[bool, int | None, int | None]:
        """(dead, exit status or -signal, pane pid)."""
        out = self.tmux(
            "display-message",
            "-p",
            "-t",
            "e2e",
            "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}:#{pane_pid}",
            check=False,
        ).strip()
        parts = out.split(":")
        if len(parts) != 4:
            return True, None, None
        dead = parts[0] == "1"
        status = None
        if dead and parts[1].lstrip("-").isdigit():
            status = int(parts[1])
        elif dead and parts[2].isdigit():
            status = -int(parts[2])
        pid = int(parts[3]) if parts[3].isdigit() else None
        return dead, status, pid

    def wait_for(self, *texts: str, timeout: float = 15, absent: Iterable[str] = ()) -> str:
        """Poll the screen until every text shows (and none of ``absent``).

        A text "shows" when it is on one row, or when it runs on across the
        rows of one column (wrapped Chinese prose in a pane).
        """
        last = [""]
        absent = list(absent)

        def ok():
            s = self.screen()
            last[0] = s
            return s if all(shows(s, t) for t in texts) and not any(shows(s, a) for a in absent) else None

        try:
            return wait_until(ok, timeout, what=f"{texts!r} on screen")
        except TimeoutError as exc:
            raise AssertionError(f"{exc}; screen was:\n{last[0]}") from None

    def client_pid(self) -> int | None:
        """Pid of the command started in the pane (the pane's shell runs it as a child)."""
        _, _, pane_pid = self.pane()
        if not pane_pid:
            return None
        try:
            kids = Path(f"/proc/{pane_pid}/task/{pane_pid}/children").read_text().split()
        except OSError:
            return None
        return int(kids[0]) if kids else None

    def wait_dead(self, timeout: float = 10) -> int | None:
        """Wait for the command in the pane to end; return its exit status."""

        def done():
            try:
                text = self.status_file.read_text().strip()
            except OSError:
                return None
            return (True, int(text)) if text.lstrip("-").isdigit() else None

        try:
            status = wait_until(done, timeout, what="the client to exit")[1]
            wait_until(lambda: self.pane()[0], 5, what="the pane to close")
            return status
        except TimeoutError as exc:
            raise AssertionError(f"{exc}; screen was:\n{self.screen()}") from None

    def kill(self) -> None:
        if self.started:
            self.tmux("kill-server", check=False)
            self.started = False
        if self.server_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.server_pid, signal.SIGKILL)
            self.server_pid = None

    def __enter__(self) -> "Tmux":
        return self

    def __exit__(self, *exc) -> None:
        self.kill()


# --------------------------------------------------------------------------
# A raw pty client: every byte the SSH client's terminal would receive
# --------------------------------------------------------------------------


class PtyClient:
    """Run a command (ssh, or the reader itself) on a pty of fixed size and
    record every byte it writes to the terminal."""

    def __init__(
        self,
        argv: list[str],
        *,
        cols: int = 100,
        rows: int = 30,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
    ) -> None:
        self.argv = argv
        self.data = bytearray()
        pid, fd = pty.fork()
        if pid == 0:  # child
            try:
                # the size is there before the program starts (no SIGWINCH repaint)
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env if env is not None else dict(os.environ))
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.set_size(cols, rows)
        self.status: int | None = None

    def set_size(self, cols: int, rows: int) -> None:
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def read(self, timeout: float) -> int:
        """Read what is there within ``timeout``; return the number of bytes."""
        n = 0
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return n
            r, _, _ = select.select([self.fd], [], [], left)
            if not r:
                return n
            try:
                chunk = os.read(self.fd, 65536)
            except OSError as exc:
                if exc.errno == errno.EIO:  # the other side closed
                    return n
                raise
            if not chunk:
                return n
            self.data += chunk
            n += len(chunk)

    def read_until(self, needle: bytes | Callable[[bytes], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        start = 0
        while time.monotonic() < deadline:
            if callable(needle):
                if needle(bytes(self.data)):
                    return True
            elif needle in self.data[max(0, start - len(needle)) :]:
                return True
            start = len(self.data)
            if self.read(0.05) == 0 and not self.alive():
                return callable(needle) and needle(bytes(self.data)) or (not callable(needle) and needle in self.data)
        return False

    def read_quiet(self, quiet: float, timeout: float) -> int:
        """Read until nothing arrives for ``quiet`` seconds; return the bytes read."""
        total = 0
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            n = self.read(quiet)
            total += n
            if n == 0:
                break
        return total

    def write(self, data: bytes) -> None:
        os.write(self.fd, data)

    def alive(self) -> bool:
        if self.status is not None:
            return False
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.status = status
        return False

    def wait(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.read(0.05)
            if not self.alive():
                return os.waitstatus_to_exitcode(self.status)
        return None

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def close(self) -> None:
        self.kill()
        if self.status is None:
            with contextlib.suppress(ChildProcessError):
                _, self.status = os.waitpid(self.pid, 0)
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def __enter__(self) -> "PtyClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --------------------------------------------------------------------------
# What a hostile page may not get through to the client's terminal
# --------------------------------------------------------------------------


def forbidden_sequences(data: bytes) -> list[str]:
    """Terminal sequences in ``data`` that only hostile content could have caused.

    The app itself writes CSI sequences (cursor moves, SGR, modes) and may
    query the terminal; it never writes OSC 2/8/52, CSI 21 t, C1 controls or
    bidi controls, so any of those means content reached the terminal.
    """

    problems = []
    checks = {
        "OSC 0/2 (window title)": rb"\x1b\][02];",
        "OSC 8 (hyperlink)": rb"\x1b\]8;",
        "OSC 52 (clipboard)": rb"\x1b\]52;",
        "CSI 21 t (title report)": rb"\x1b\[21t",
        "DCS": rb"\x1bP",
    }
    for name, pat in checks.items():
        if re.search(pat, data):
            problems.append(name)
    text = data.decode("utf-8", errors="replace")
    if re.search("[\x80-\x9f]", text):
        problems.append("8-bit C1 control")
    if re.search("[\u202a-\u202e\u2066-\u2069]", text):
        problems.append("bidi control")
    return problems
