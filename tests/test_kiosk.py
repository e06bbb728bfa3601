"""reader-kiosk: settings, environment allow-list, refusals, limits, and that
the exec'd command finds the package under ``python -I`` (site install,
editable install, source checkout)."""

from __future__ import annotations

import base64
import re
import hashlib
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import kiosk
from reader.kiosk import KioskError, Settings, load_settings

REPO = Path(__file__).resolve().parents[1]
PUBKEY = "AAAAC3NzaC1lZDI1NTE5AAAAIGb4bY0v4qCbWqpvG7z1b8f9Vn5a2Q0u2vQeOqS2mTqS"


def _env(**kw: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("READER_", "PYTHON", "TEXTUAL_"))}
    env["PYTHONPATH"] = str(REPO)
    env.update(kw)
    return env


# -- settings ----------------------------------------------------------------


def test_missing_default_file_gives_defaults(tmp_path):
    s = load_settings(tmp_path / "nope.toml")
    assert s == Settings()
    assert s.animations is False and s.state == "shared"


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(KioskError, match="no such file"):
        load_settings(tmp_path / "nope.toml", required=True)


def test_full_settings(tmp_path):
    p = tmp_path / "kiosk.toml"
    p.write_text(
        'content = "/srv/news/content"\nstate = "per-key"\nstate_dir = "/var/lib/reader"\n'
        'theme = "dark"\nlang = "en"\n[limits]\ncpu_seconds = 60\nmemory_mb = 300\nopen_files = 64\n'
        "processes = 50\nnice = 5\n",
        encoding="utf-8",
    )
    s = load_settings(p)
    assert (s.content, s.state, s.state_dir, s.theme, s.lang) == (
        "/srv/news/content",
        "per-key",
        "/var/lib/reader",
        "dark",
        "en",
    )
    assert (s.limits.cpu_seconds, s.limits.memory_mb, s.limits.open_files, s.limits.processes, s.limits.nice) == (
        60,
        300,
        64,
        50,
        5,
    )
    assert s.source == str(p)


@pytest.mark.parametrize(
    "text, line, what",
    [
        ('theme = "dark"\ncontent = [\n', 2, ""),
        ('theme = "dark"\n\ncolour = "red"\n', 3, "unknown setting 'colour'"),
        ('content = "relative/dir"\n', 1, "absolute path"),
        ('state = "sometimes"\n', 1, "state must be one of"),
        ('lang = "fr"\n', 1, "lang must be zh or en"),
        ('theme = "../../etc/passwd"\n', 1, "theme must be"),
        ('animations = "yes"\n', 1, "animations must be bool"),
        ("[limits]\ncpu_seconds = -1\n", 2, "cpu_seconds must be a whole number"),
        ("[limits]\nmemory = 5\n", 2, "unknown limit 'memory'"),
        ("[limits]\nnice = 40\n", 2, "nice must be 0-19"),
    ],
)
def test_bad_settings_name_file_and_line(tmp_path, text, line, what):
    p = tmp_path / "kiosk.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(KioskError) as ei:
        load_settings(p)
    msg = str(ei.value)
    assert msg.startswith(f"{p}:{line}: "), msg
    assert what in msg
    assert "\n" not in msg


def test_state_false_means_off(tmp_path):
    p = tmp_path / "k.toml"
    p.write_text("state = false\n")
    assert load_settings(p).state == "off"


# -- TERM ----------------------------------------------------------------------


@pytest.mark.parametrize("term", ["", None, "dumb", "unknown", "DUMB", "xterm\x1b]2;x", "a" * 100, "x y"])
def test_refused_terms(term):
    msg = kiosk.check_term(term)
    assert msg and "\n" not in msg and "\x1b" not in msg


@pytest.mark.parametrize(
    "term", ["xterm", "xterm-256color", "screen.xterm-256color", "tmux-256color", "linux", "vt220"]
)
def test_accepted_terms(term):
    assert kiosk.check_term(term) is None


# -- environment -------------------------------------------------------------------


HOSTILE = {
    "PYTHONINSPECT": "1",
    "PYTHONPATH": "/tmp/evil",
    "PYTHONSTARTUP": "/tmp/evil.py",
    "PYTHONHOME": "/x",
    "LD_PRELOAD": "/tmp/evil.so",
    "LD_LIBRARY_PATH": "/tmp",
    "TEXTUAL_DRIVER": "evil:Driver",
    "TEXTUAL_DEBUG": "1",
    "TEXTUAL_ANIMATIONS": "full",
    "READER_CONTENT": "/etc",
    "READER_STATE_DIR": "/tmp/x",
    "READER_CONFIG_DIR": "/tmp/evilcfg",
    "READER_KIOSK_CONFIG": "/tmp/evil.toml",
    "LANG": "C",
    "LC_ALL": "C",
    "LC_CTYPE": "POSIX",
    "COLUMNS": "20",
    "LINES": "5",
    "PAGER": "sh",
    "EDITOR": "vi",
    "BROWSER": "lynx",
    "SHELL": "/bin/bash",
    "PATH": "/tmp/evilbin:/usr/bin",
    "HOME": "/tmp",
    "DISPLAY": ":0",
    "ESCDELAY": "5000",
    "SSH_ORIGINAL_COMMAND": "import /etc/passwd",
    "COLORTERM": "evil",
    "READER_KIOSK": "0",
    "READER_STATE": "off",
    "SSH_CONNECTION": "10.0.0.1 5555 10.0.0.2 22",
    "SSH_TTY": "/dev/pts/3",
    "SSH_CLIENT": "x\x1b]2;t\x07",
}


def test_clean_env_is_an_allow_list(tmp_path):
    s = Settings(
        content="/srv/c", state_dir=str(tmp_path / "st"), config_dir="/etc/reader", cache_dir=str(tmp_path / "cache")
    )
    env = kiosk.clean_env(s, HOSTILE, "xterm-256color")
    assert env["TERM"] == "xterm-256color"
    assert env["LANG"] == env["LC_ALL"] == "C.UTF-8"
    assert "LC_CTYPE" not in env
    assert env["READER_CONTENT"] == "/srv/c"
    assert env["READER_STATE_DIR"] == str(tmp_path / "st")
    assert env["READER_CONFIG_DIR"] == "/etc/reader"
    assert env["TEXTUAL_ANIMATIONS"] == "none"
    # the reader knows it is a kiosk (no Screenshot in the palette); the client cannot say otherwise
    assert env["READER_KIOSK"] == "1"
    assert "READER_STATE" not in env  # state is shared here: a client's READER_STATE=off is dropped
    assert env["PATH"] == kiosk.EMPTY_PATH and not os.path.exists(kiosk.EMPTY_PATH)
    assert env["SHELL"] == "/bin/false"
    assert env["SSH_CONNECTION"] == HOSTILE["SSH_CONNECTION"]
    assert env["SSH_TTY"] == "/dev/pts/3"
    assert "SSH_CLIENT" not in env  # control characters: dropped
    allowed = {
        "TERM",
        "LANG",
        "LC_ALL",
        "HOME",
        "USER",
        "LOGNAME",
        "PATH",
        "SHELL",
        "PYTHONIOENCODING",
        "SSH_CONNECTION",
        "SSH_TTY",
        "SSH_CLIENT",
        "COLORTERM",
        "NO_COLOR",
        "TEXTUAL_ANIMATIONS",
        "READER_KIOSK",
        "READER_CONTENT",
        "READER_STATE_DIR",
        "READER_CONFIG_DIR",
        "READER_CACHE_DIR",
        "READER_STATE",
    }
    assert set(env) <= allowed, set(env) - allowed
    for k in (
        "PYTHONINSPECT",
        "PYTHONPATH",
        "PYTHONSTARTUP",
        "LD_PRELOAD",
        "TEXTUAL_DRIVER",
        "PAGER",
        "EDITOR",
        "BROWSER",
        "DISPLAY",
        "COLUMNS",
        "LINES",
        "SSH_ORIGINAL_COMMAND",
        "ESCDELAY",
        "READER_KIOSK_CONFIG",
        "COLORTERM",
    ):
        assert k not in env, k
    import pwd

    assert env["HOME"] == pwd.getpwuid(os.getuid()).pw_dir


def test_clean_env_defaults():
    env = kiosk.clean_env(Settings(), {}, "xterm")
    home = env["HOME"]
    assert env["READER_STATE_DIR"] == os.path.join(home, ".local", "state", "reader")
    assert env["READER_CACHE_DIR"] == os.path.join(home, ".cache", "reader")
    assert env["READER_CONFIG_DIR"] == "/etc/reader"
    from reader import paths

    assert env["READER_CONTENT"] == str(paths.bundled_content_dir())


def test_colorterm_truecolor_kept():
    env = kiosk.clean_env(Settings(), {"COLORTERM": "truecolor", "NO_COLOR": "yes"}, "xterm")
    assert env["COLORTERM"] == "truecolor" and env["NO_COLOR"] == "1"


def test_animations_setting():
    s = Settings(animations=True)
    assert "TEXTUAL_ANIMATIONS" not in kiosk.clean_env(s, {}, "xterm")
    assert "--animations" in kiosk.reader_args(s)
    assert "--no-animations" in kiosk.reader_args(Settings())


def test_reader_args_never_a_subcommand():
    s = Settings(content="/srv/c", theme="dark", lang="zh")
    args = kiosk.reader_args(s)
    assert args == ["--content", "/srv/c", "--no-animations", "--theme", "dark", "--lang", "zh"]
    from reader.cli_parser import build_parser

    ns = build_parser().parse_args(args)
    assert ns.command is None and ns.content == "/srv/c" and ns.animations is False


# -- state per account / per key / off ---------------------------------------------


def _auth_file(tmp_path, blob_b64=PUBKEY):
    f = tmp_path / "sshauth"
    f.write_text(f"publickey ssh-ed25519 {blob_b64}\n")
    return str(f)


def test_key_fingerprint_matches_sha256_of_blob(tmp_path):
    fp = kiosk.key_fingerprint(_auth_file(tmp_path))
    assert fp == hashlib.sha256(base64.b64decode(PUBKEY)).hexdigest()[:32]
    assert kiosk.key_fingerprint(None) is None
    assert kiosk.key_fingerprint(str(tmp_path / "missing")) is None
    bad = tmp_path / "bad"
    bad.write_text("password\nkeyboard-interactive\npublickey ssh-ed25519 !!!notbase64\n")
    assert kiosk.key_fingerprint(str(bad)) is None


def test_state_modes(tmp_path):
    base = str(tmp_path / "state")
    env = {"SSH_USER_AUTH": _auth_file(tmp_path)}
    assert kiosk.state_dir_for(Settings(state_dir=base), env, "/home/x") == base
    per_key = kiosk.state_dir_for(Settings(state_dir=base, state="per-key"), env, "/home/x")
    assert per_key == os.path.join(base, "keys", kiosk.key_fingerprint(env["SSH_USER_AUTH"]))
    # per-key without a known key, and off: nothing is kept
    assert kiosk.state_dir_for(Settings(state_dir=base, state="per-key"), {}, "/home/x") is None
    assert kiosk.state_dir_for(Settings(state_dir=base, state="off"), env, "/home/x") is None
    off = kiosk.clean_env(Settings(state="off"), env, "xterm")
    assert off["READER_STATE"] == "off"
    # ... which the reader takes as config `state = false` (same name, same value)
    from reader.config import Config, state_enabled

    assert state_enabled(Config(), off) is False
    assert state_enabled(Config(), kiosk.clean_env(Settings(state_dir=base), env, "xterm")) is True
    # the state dir of "off" can never be created
    with pytest.raises(OSError):
        os.makedirs(off["READER_STATE_DIR"])


def test_state_off_store_degrades_quietly():
    """With state off the store loads fresh and saving fails softly (no crash)."""
    from reader.store.state import StateStore

    env = kiosk.clean_env(Settings(state="off"), {}, "xterm")
    store = StateStore(env["READER_STATE_DIR"])
    state, notices = store.load()
    assert notices == []
    state.article = "a01"
    assert store.save(state) is False


# -- the exec'd command ---------------------------------------------------------------


def test_child_argv_isolated_utf8():
    argv = kiosk.child_argv(Settings(content="/srv/c"))
    assert argv[:4] == [sys.executable, "-I", "-X", "utf8"]
    assert argv[-3:] == ["--content", "/srv/c", "--no-animations"]
    assert ("-m" in argv) != ("-c" in argv)


def _run_child(argv: list[str], python: str, cwd: str = "/") -> subprocess.CompletedProcess:
    # Replace the reader's arguments with --version: proves the package is found.
    i = argv.index("--content")
    cmd = [python] + argv[1:i] + ["--version"]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        env={"PATH": "/nonexistent", "LANG": "C.UTF-8", "PYTHONPATH": "/nonexistent"},
    )


def test_child_finds_package_from_source_tree(tmp_path):
    argv = kiosk.child_argv(Settings(content="/srv/c"))
    r = _run_child(argv, sys.executable, cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("reader ")


def _make_venv(tmp_path: Path) -> tuple[Path, Path]:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig;print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    return py, site


@pytest.mark.parametrize("kind", ["site", "editable"])
def test_child_finds_package_in_a_venv(tmp_path, kind):
    """A wheel install uses ``-m reader``; an editable one (a .pth) the bootstrap."""
    import shutil

    py, site = _make_venv(tmp_path)
    if kind == "site":
        shutil.copytree(
            REPO / "reader", site / "reader", ignore=shutil.ignore_patterns("__pycache__", "ui", "analysis")
        )
        # the kiosk's decision, computed by the venv's interpreter
        code = "from reader.kiosk import *;import json;print(json.dumps(child_argv(Settings(content='/c'))))"
        expect_m = True
    else:
        (site / "_reader_editable.pth").write_text(str(REPO) + "\n")
        code = "from reader.kiosk import *;import json;print(json.dumps(child_argv(Settings(content='/c'))))"
        expect_m = False
    import json

    out = subprocess.run(
        [str(py), "-c", code],
        capture_output=True,
        text=True,
        cwd=str(tmp_path),
        env={"PATH": os.environ.get("PATH", "")},
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    argv = json.loads(out.stdout)
    assert argv[0] == str(py)
    assert ("-m" in argv) is expect_m, argv
    r = _run_child(argv, str(py), cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("reader ")


def test_check_prints_the_plan(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'content = "{tmp_path}/c"\n')
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg), "--check"],
        capture_output=True,
        text=True,
        env=_env(PYTHONINSPECT="1", LD_PRELOAD=""),
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert "exec: " in r.stdout and " -I -X utf8 " in r.stdout
    assert f"env: READER_CONTENT={tmp_path}/c" in r.stdout
    assert "PYTHONINSPECT" not in r.stdout and "LD_PRELOAD" not in r.stdout


def test_bad_config_fails_closed(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("bogus = 1\n")
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    # the client is not told where the file is (tests/test_kiosk_notices.py); --check says it
    assert "the kiosk settings, line 1: unknown setting 'bogus'" in r.stderr and str(cfg) not in r.stderr


def test_env_config_ignored_inside_ssh(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('theme = "dark"\n')
    assert kiosk._config_path(None, {"READER_KIOSK_CONFIG": str(cfg)}) == (str(cfg), True)
    assert kiosk._config_path(None, {"READER_KIOSK_CONFIG": str(cfg), "SSH_CONNECTION": "a b c d"}) == (
        kiosk.DEFAULT_CONFIG,
        False,
    )
    assert kiosk._config_path("/x.toml", {"SSH_CONNECTION": "a b c d"}) == ("/x.toml", True)


# -- refusals (no terminal, bad TERM), also with a hostile Python environment -----------


def test_refuses_without_tty():
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_env(PYTHONINSPECT="1", TERM="xterm"),
        timeout=60,
    )
    assert r.returncode == 2
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and "interactive terminal" in lines[0] and "ssh -t" in lines[0]
    assert ">>>" not in r.stdout + r.stderr


def _in_pty(argv: list[str], env: dict[str, str], timeout: float = 20) -> tuple[int, str]:
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    out = b""
    deadline = time.monotonic() + timeout
    status = None
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            out += chunk
            if not chunk:
                break
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = st
            break
    if status is None:
        os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    try:
        while True:
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                break
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            out += chunk
    except OSError:
        pass
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


@pytest.mark.parametrize("term", ["dumb", "unknown", ""])
def test_refuses_bad_term_on_a_tty_without_a_python_prompt(term):
    # PYTHONINSPECT=1 would give a >>> prompt after a normal exit on a tty.
    code, out = _in_pty([sys.executable, "-m", "reader.kiosk"], _env(PYTHONINSPECT="1", TERM=term))
    assert code == 2, out
    assert "reader-kiosk: " in out and "TERM" in out
    assert ">>>" not in out


# -- limits ----------------------------------------------------------------------------


def test_limits_are_applied_and_cannot_be_raised():
    code = (
        "import resource, json\n"
        "from reader.kiosk import Limits, apply_limits\n"
        "failed = apply_limits(Limits(cpu_seconds=120, memory_mb=700, open_files=64, file_size_mb=10, nice=3))\n"
        "g = resource.getrlimit\n"
        "out = dict(failed=failed, cpu=g(resource.RLIMIT_CPU), data=g(resource.RLIMIT_DATA),\n"
        "  nofile=g(resource.RLIMIT_NOFILE), fsize=g(resource.RLIMIT_FSIZE), core=g(resource.RLIMIT_CORE))\n"
        "try:\n"
        "    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024)); out['raised'] = True\n"
        "except (ValueError, OSError):\n"
        "    out['raised'] = False\n"
        "import os; out['nice'] = os.nice(0)\n"
        "print(json.dumps(out))\n"
    )
    import json

    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    mb = 1024 * 1024
    assert d["failed"] == []
    assert d["cpu"] == [120, 125]
    assert d["data"] == [700 * mb, 700 * mb]
    assert d["nofile"] == [64, 64]
    assert d["fsize"] == [10 * mb, 10 * mb]
    assert d["core"] == [0, 0]
    assert d["nice"] >= 3
    if os.getuid() != 0:  # root may raise hard limits again (CAP_SYS_RESOURCE)
        assert d["raised"] is False


def test_kiosk_module_is_light():
    code = "import sys, reader.kiosk; print(','.join(m for m in ('textual','rich','jieba') if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == ""


# -- the guide's sample settings are valid --------------------------------------------------


def _doc_block(lang: str) -> str:
    text = (REPO / "docs" / "ssh.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"```{lang}\n(.*?)```", text, re.S)
    assert blocks, f"no ```{lang} block in docs/ssh.md"
    return blocks[0]


def test_docs_kiosk_toml_sample_loads(tmp_path):
    p = tmp_path / "kiosk.toml"
    p.write_text(_doc_block("toml"), encoding="utf-8")
    s = load_settings(p)
    assert s.content == "/srv/reader/content" and s.state == "shared" and s.animations is False
    assert s.limits == kiosk.Limits()  # the guide shows the defaults


def test_docs_forcecommand_matches_the_kiosk():
    block = _doc_block("sshconfig")
    force = re.search(r"^\s*ForceCommand (.*)$", block, re.M).group(1)
    assert " -I -m reader.kiosk --config /etc/reader/kiosk.toml" in force
    assert kiosk.DEFAULT_CONFIG == "/etc/reader/kiosk.toml"
