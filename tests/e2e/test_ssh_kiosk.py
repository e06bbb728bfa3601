"""The reader served over SSH, end to end: a real sshd whose ForceCommand is
reader-kiosk, a real ssh client in a 100x30 tmux pane, the screen read with
``capture-pane`` and the raw bytes with ``pipe-pane``. No sleeps: every wait
polls with a deadline.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from e2e import harness
from e2e.conftest import kiosk_settings

pytestmark = [pytest.mark.e2e]

FIRST_HEADLINE = "昌吉国家高新区：数字技术研发成果向多领域延伸"
ENERGY = ("奇台县在全州率先完成碳配额清缴", "玛纳斯县7个能源补给项目年内投用")
SIX_SENTENCE = "6座加油站已完成主体"
TERM = {"TERM": "xterm-256color", "LANG": "C.UTF-8"}


def _no_reader_left(server: harness.SSHServer, timeout: float = 10) -> None:
    try:
        harness.wait_until(lambda: not server.reader_pids(), timeout, what="no kiosk/reader process")
    except TimeoutError:
        pids = server.reader_pids()
        cmd = [
            Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ")[:200]
            for p in pids
            if Path(f"/proc/{p}").exists()
        ]
        raise AssertionError(f"reader processes left running: {pids} {cmd}") from None


def _connect(tmux: harness.Tmux, server: harness.SSHServer, *opts: str, env=None, log=None) -> str:
    tmux.start(server.ssh_argv(*opts), env=env or TERM, log=log)
    return tmux.wait_for(FIRST_HEADLINE, timeout=20)


def _quit(tmux: harness.Tmux, server: harness.SSHServer) -> int | None:
    tmux.send("q")
    status = tmux.wait_dead(10)
    _no_reader_left(server)
    return status


def _open_energy_article(tmux: harness.Tmux, index: int) -> str:
    """From anywhere on the main screen: section 4, the ``index``-th article, Enter."""
    tmux.send("4")
    tmux.wait_for(*ENERGY)
    tmux.send("g")  # the cursor may be on the article the reader came back to
    for _ in range(index):
        tmux.send("j")
    tmux.send("Enter")
    # the article's header line in the body pane
    return tmux.wait_for(ENERGY[index], "本报讯")


# ---------------------------------------------------------------------------


def test_browse_section_article_figure_and_quit(server, tmux, tmp_path):
    screen = _connect(tmux, server, log=tmp_path / "raw.log")
    assert "Traceback" not in screen
    for name in ("高新区", "人大", "医养", "能源", "综合"):
        assert name in screen
    _open_energy_article(tmux, 1)
    # Figures pane: the last figures are 6座 and 1座 (加油站); both point at
    # the sentence 截至目前，6座加油站已完成主体… near the end of the article,
    # which is not on screen until the jump.
    tmux.send("f")
    tmux.wait_for("6座", "加油站", absent=[SIX_SENTENCE])
    tmux.send("G", "k", "Enter")
    tmux.wait_for(SIX_SENTENCE)
    status = _quit(tmux, server)
    assert status == 0
    assert harness.forbidden_sequences((tmp_path / "raw.log").read_bytes()) == []


def test_hostile_python_env_still_ends_cleanly(server, tmux):
    # AcceptEnv lets PYTHONINSPECT (and READER_*, TEXTUAL_*) through to the
    # kiosk; none of it may change the reader or leave a >>> prompt.
    _connect(tmux, server, "-o", "SetEnv=PYTHONINSPECT=1 READER_CONTENT=/nonexistent TEXTUAL_DEBUG=1")
    status = _quit(tmux, server)
    assert ">>>" not in tmux.screen()
    assert status == 0


def test_no_tty_is_refused_and_nothing_runs(server):
    t0 = time.monotonic()
    r = subprocess.run(
        server.ssh_argv(tty=False),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        env=dict(os.environ, PYTHONINSPECT="1"),
    )
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("reader-kiosk: ") and "interactive terminal" in lines[0]
    assert r.stdout == ""
    _no_reader_left(server)
    assert time.monotonic() - t0 < 15


def test_a_command_is_ignored(server, tmux, seed_content):
    """``ssh host import /etc/passwd``: refused without a tty; with one, the reader runs instead."""
    before = sorted(p.name for p in seed_content.rglob("*"))
    r = subprocess.run(
        server.ssh_argv(tty=False) + ["import", "/etc/passwd"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert r.returncode == 2 and "interactive terminal" in r.stderr
    tmux.start(server.ssh_argv() + ["import", "/etc/passwd", "--content", "/tmp"], env=TERM)
    tmux.wait_for(FIRST_HEADLINE, timeout=20)
    _quit(tmux, server)
    assert sorted(p.name for p in seed_content.rglob("*")) == before
    assert "forced-command" in server.log_text()


def test_lang_c_xterm_client_gets_chinese(server, tmux):
    screen = _connect(tmux, server, "-o", "SendEnv=LANG LC_ALL", env={"TERM": "xterm", "LANG": "C", "LC_ALL": "C"})
    assert FIRST_HEADLINE in screen
    assert "?" * 4 not in screen and "\ufffd" not in screen
    _quit(tmux, server)


def _quiet_size(path: Path, quiet: float = 0.5, timeout: float = 10) -> int:
    """The size of ``path`` once it has not grown for ``quiet`` seconds."""
    last, since, deadline = -1, time.monotonic(), time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = path.stat().st_size if path.exists() else 0
        if n != last:
            last, since = n, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
        time.sleep(0.05)
    return last


def test_first_screen_is_about_one_frame(server, tmux, tmp_path):
    """The first screen through SSH (100x30, no saved state): complete (every
    pane, the body's scrollbar, the footer's keys) for about two full frames
    (~10 KB each; ~23 KB measured). It was ~59 KB: the same cells repainted
    six times as the screen settled."""
    Path(server.dir, "state", "state.json").unlink(missing_ok=True)
    log = tmp_path / "raw.log"
    _connect(tmux, server, log=log)
    sent = _quiet_size(log)
    screen = tmux.wait_for(FIRST_HEADLINE, "从数字物流平台", "s 摘要", "q 退出", "^p 命令面板")
    for name in ("高新区", "人大", "医养", "能源", "综合"):
        assert name in screen
    assert any(ch in screen for ch in "▁▂▃▄▅▆▇█"), screen  # the body's scrollbar thumb
    assert sent < 30_000, f"{sent:,} bytes for the first screen"
    _quit(tmux, server)


@pytest.mark.parametrize("sig", [9, 1])
def test_kill_client_leaves_nothing(server, tmux, sig):
    state = Path(server.dir, "state", "state.json")
    state.unlink(missing_ok=True)
    _connect(tmux, server)
    tmux.send("4")
    tmux.wait_for(*ENERGY)
    ssh_pid = tmux.client_pid()
    assert ssh_pid
    os.kill(ssh_pid, sig)  # SIGKILL / SIGHUP of the ssh client
    tmux.wait_dead(10)
    _no_reader_left(server, timeout=15)
    # the reader got a hang-up and saved the section it showed (the
    # debounced save had not run yet), and the state file is intact
    import json

    assert json.loads(state.read_text(encoding="utf-8"))["section"] == "energy"


# -- hostile content, end to end ------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_server(e2e_tools, hostile_content, tmp_path_factory):
    base = tmp_path_factory.mktemp("e2e-sshd-hostile")
    (base / "config").mkdir()
    srv = harness.SSHServer(base, kiosk_settings(base, hostile_content))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def test_hostile_page_reaches_the_client_harmless(hostile_server, tmux, tmp_path):
    from e2e.conftest import MARKUP_SHOWN, SANITISED_SHOWN

    raw = tmp_path / "raw.log"
    _connect(tmux, hostile_server, log=raw)
    tmux.send("Enter")
    screen = tmux.wait_for(*SANITISED_SHOWN, *MARKUP_SHOWN)
    assert "PWNED" not in screen
    for keys in (["pagedown"], ["f"], ["f", "s"], ["s", "pageup"]):
        tmux.send(*keys)
    tmux.wait_for(FIRST_HEADLINE)
    title = tmux.tmux("display-message", "-p", "-t", "e2e", "#{pane_title}")
    assert "PWNED" not in title
    assert _quit(tmux, hostile_server) == 0  # [@click=app.quit] did not quit it early, nothing crashed
    data = raw.read_bytes()
    assert len(data) > 1000
    assert b"PWNED" not in data
    assert b"evil.example/" not in data  # the link's target never went out (only its text, literally)
    assert harness.forbidden_sequences(data) == []


# -- malformed content, theme and config files ----------------------------------------------


@pytest.fixture(scope="module")
def broken_server(e2e_tools, seed_content, tmp_path_factory):
    import shutil

    base = tmp_path_factory.mktemp("e2e-broken")
    content = base / "content"
    shutil.copytree(seed_content, content)
    (content / "editions" / "broken.toml").write_text(
        'format = 1\n[edition]\nid = "broken"\ntitle = \n', encoding="utf-8"
    )
    config = base / "config"
    (config / "themes").mkdir(parents=True)
    # the broken theme is the chosen one (themes are parsed when chosen or listed)
    (config / "config.toml").write_text('theme = "bad"\nanimations = "maybe"\n', encoding="utf-8")
    (config / "themes" / "bad.toml").write_text('name = "bad"\ndark = true\n\nprimary = "#zzz\n', encoding="utf-8")
    srv = harness.SSHServer(base, kiosk_settings(base, content))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def test_malformed_files_give_one_line_notices_and_the_reader_works(broken_server, tmux):
    d = broken_server.dir
    _connect(tmux, broken_server)
    # each notice names the file and the line, never the server's path (reader.redact)
    for notice in ('edition "broken", line 4', "settings file, line 2", 'theme file "bad", line 4'):
        tmux.wait_for(notice, timeout=8)
    assert str(d) not in tmux.screen()
    _open_energy_article(tmux, 1)
    tmux.wait_for(ENERGY[1], absent=[SIX_SENTENCE])
    # the figures pane works: its last-but-one figure (6座) jumps to its
    # sentence in the body (the pane itself lies under the notices for their 8 s)
    tmux.send("f", "G", "k", "Enter")
    tmux.wait_for(SIX_SENTENCE)
    assert _quit(tmux, broken_server) == 0


# -- reading state per SSH key ---------------------------------------------------------------


def test_state_per_key_comes_back(e2e_tools, seed_content, tmp_path_factory, tmux):
    import base64
    import hashlib
    import json

    base = tmp_path_factory.mktemp("e2e-perkey")
    srv = harness.SSHServer(base, kiosk_settings(base, seed_content, state="per-key"))
    with srv:
        _connect(tmux, srv)
        _open_energy_article(tmux, 1)
        _quit(tmux, srv)
        blob = base64.b64decode(srv.client_key.with_suffix(".pub").read_text().split()[1])
        state_file = base / "state" / "keys" / hashlib.sha256(blob).hexdigest()[:32] / "state.json"
        state = json.loads(state_file.read_text(encoding="utf-8"))
        assert state["section"] == "energy" and state["article"]
        assert oct(state_file.parent.stat().st_mode & 0o777) == "0o700"
        tmux.kill()
        again = harness.Tmux(base / "tmux2")
        try:
            again.start(srv.ssh_argv(), env=TERM)
            again.wait_for(ENERGY[1], "本报讯", timeout=20)  # back in the same article
            again.send("q")
            again.wait_dead()
        finally:
            again.kill()
        _no_reader_left(srv)


def test_installed_console_script(e2e_tools, seed_content, tmp_path_factory, tmux):
    """The console script of a real (wheel) install, as CI builds it: ``-I -m reader`` path."""
    import sys

    script = Path(sys.executable).with_name("reader-kiosk")
    if not script.exists():
        pytest.skip("reader is not installed in this interpreter (no reader-kiosk script beside it)")
    base = tmp_path_factory.mktemp("e2e-script")
    srv = harness.SSHServer(base, kiosk_settings(base, seed_content))
    srv.kiosk_command = lambda: f"exec {script} --config {srv.kiosk_toml}"  # type: ignore[method-assign]
    with srv:
        _connect(tmux, srv, "-o", "SetEnv=PYTHONINSPECT=1 PYTHONPATH=/nonexistent")
        assert _quit(tmux, srv) == 0


def test_docs_sshd_config_is_valid(e2e_tools, tmp_path):
    """The Match block in docs/ssh.md passes ``sshd -t`` when appended to a config."""
    text = (harness.REPO / "docs" / "ssh.md").read_text(encoding="utf-8")
    block = re.search(r"```sshconfig\n(.*?)```", text, re.S).group(1)
    key = tmp_path / "hostkey"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True, stdin=subprocess.DEVNULL
    )
    cfg = tmp_path / "sshd_config"
    cfg.write_text(f"HostKey {key}\nPidFile {tmp_path}/pid\nUsePAM no\n{block}", encoding="utf-8")
    r = subprocess.run([harness.SSHD, "-t", "-f", str(cfg)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # and as the effective config for user news (-T with a connection spec)
    r = subprocess.run(
        [harness.SSHD, "-T", "-f", str(cfg), "-C", "user=news,host=h,addr=127.0.0.1"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    eff = r.stdout.lower()
    for line in (
        "disableforwarding yes",
        "permituserrc no",
        "permittty yes",
        "exposeauthinfo yes",
        "forcecommand /opt/reader/bin/python -i -m reader.kiosk --config /etc/reader/kiosk.toml",
        "persourcemaxstartups 5",
        "clientaliveinterval 30",
        "clientalivecountmax 4",
        "permituserenvironment no",
    ):
        assert line in eff, line
