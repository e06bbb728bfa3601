"""Killing the reader while it saves (hang-up and SIGKILL, alternately) never
leaves an invalid state file nor loses saved data. The full run is
bench/kill_state.py (100+ rounds); this is a shorter one, marked slow: six
rounds (three hang-ups, three SIGKILLs) catch a save or hang-up path that is
broken outright; rarer races are the bench's job. The readers here save 0.2 s
after a change instead of 0.5 s, and the moments of the hang-up/kill scale
with it, so a round takes under 2 s instead of about 3 s; with seed 7 a
hang-up and a kill each come right after the change (at 8% of the save
delay), before the save (at 70%) and at the save (110-120%)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# the reader as a process on a pty, end to end
pytestmark = pytest.mark.e2e


@pytest.mark.slow
def test_kill_while_saving_keeps_state_valid(seed_content):
    if importlib.util.find_spec("reader.ui.app") is None:
        pytest.skip("the reader's UI (reader.ui.app) is not in this tree yet")
    spec = importlib.util.spec_from_file_location("kill_state_bench", REPO / "bench" / "kill_state.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["kill_state_bench"] = bench
    spec.loader.exec_module(bench)
    problems: list[str] = []
    stats = bench.run(rounds=6, seed=7, content=seed_content, log=problems.append, save_delay=0.2)
    assert stats["rounds"] == 6
    assert stats["invalid"] == 0, problems
    assert stats["lost_committed"] == 0, problems
    assert stats["position_regressed"] == 0, problems
    # a hang-up is SIGHUP, which saves the pending change before the reader exits
    assert stats["lost_unsaved_hup"] == 0, stats
    assert stats["survived"] == 0, problems


# the body of the energy section's first article (the list shows only its first words)
ENERGY_BODY = "攻坚战中实现关键突破".encode()


def _harness():
    sys.path.insert(0, str(REPO / "tests" / "e2e"))
    import harness

    return harness


@pytest.mark.parametrize("how", ["hup", "term"])
def test_hangup_or_sigterm_saves_the_last_change(how, content_dir, tmp_path):
    """A dropped SSH connection (the terminal hangs up: SIGHUP) or a SIGTERM
    right after a change, well inside the save delay: the change is on disk,
    the reader exits within seconds, and on SIGTERM the terminal is restored."""
    import json
    import os
    import signal
    import time

    harness = _harness()
    state_dir = tmp_path / "st"
    env = harness.child_env(
        TERM="xterm-256color",
        LANG="C.UTF-8",
        READER_STATE_DIR=str(state_dir),
        READER_CONFIG_DIR=str(tmp_path / "env" / "config"),
        READER_CACHE_DIR=str(tmp_path / "env" / "cache"),
    )
    argv = [harness.PYTHON, "-X", "utf8", "-m", "reader", "--content", str(content_dir), "--no-animations"]
    with harness.PtyClient(argv, env=env, cwd=str(tmp_path)) as client:
        assert client.read_until("昌吉国家高新区：数字技术研发成果向多领域延伸".encode(), 30), bytes(client.data[-500:])
        client.read_quiet(0.3, 5)
        client.write(b"4")
        client.read(0.1)
        client.write(b"\r")
        assert client.read_until(ENERGY_BODY, 5), bytes(client.data[-2000:]).decode("utf-8", "replace")
        # the debounced save is 0.5 s away: end the session now
        assert not (state_dir / "state.json").exists()
        mark = len(client.data)
        t0 = time.monotonic()
        if how == "hup":
            os.close(client.fd)
            client.fd = os.open(os.devnull, os.O_RDONLY)  # for close()
            while client.alive() and time.monotonic() - t0 < 10:
                time.sleep(0.02)
            code = None if client.alive() else os.waitstatus_to_exitcode(client.status)
        else:
            os.kill(client.pid, signal.SIGTERM)
            code = client.wait(10)
        took = time.monotonic() - t0
    assert code is not None, "the reader was still running 10 s after the signal"
    assert took < 5, took
    state = json.loads((state_dir / "state.json").read_text("utf-8"))
    assert (state["section"], state["article"]) == ("energy", "a05")
    if how == "term":
        assert code == 128 + signal.SIGTERM
        tail = bytes(client.data[mark:])
        assert b"\x1b[?1049l" in tail and b"\x1b[?25h" in tail  # alternate screen left, cursor shown


#: the grace period the stalled reader below gets (``ReaderApp.EXIT_GRACE_S``,
#: 3 s in the reader itself): what ends it is the same watchdog either way
STALLED_GRACE_S = 1.0


def _main_thread_waits_on_a_lock(pid: int) -> bool:
    """The process's main thread is asleep on a lock (Linux: its wchan is a futex wait)."""
    try:
        return "futex" in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False


def test_sigterm_with_a_stalled_terminal_does_not_hang(content_dir, tmp_path):
    """A client that stopped reading (its terminal's buffer is full, so every
    write blocks): SIGTERM still ends the reader within the grace period."""
    import os
    import signal
    import time

    harness = _harness()
    env = harness.child_env(
        TERM="xterm-256color",
        LANG="C.UTF-8",
        READER_STATE_DIR=str(tmp_path / "st"),
        READER_CONFIG_DIR=str(tmp_path / "env" / "config"),
        READER_CACHE_DIR=str(tmp_path / "env" / "cache"),
    )
    argv = harness.reader_on_a_tty("--content", str(content_dir), "--no-animations", EXIT_GRACE_S=STALLED_GRACE_S)
    with harness.PtyClient(argv, env=env, cwd=str(tmp_path)) as client:
        assert client.read_until("昌吉国家高新区：数字技术研发成果向多领域延伸".encode(), 30)
        client.read_quiet(0.3, 5)
        # Repaints nobody reads: the pty's buffer fills up, the writer thread
        # blocks on it, then the main thread on the writer's full queue. Type
        # until the main thread has waited on that lock for 0.1 s (where
        # /proc/<pid>/wchan says so), else as many keys as it always takes.
        waited = 0
        for i in range(80):
            client.write(b"4" if i % 2 else b"1")
            time.sleep(0.02)
            waited = waited + 1 if _main_thread_waits_on_a_lock(client.pid) else 0
            if waited == 5:
                break
        else:
            time.sleep(0.5)
        t0 = time.monotonic()
        os.kill(client.pid, signal.SIGTERM)
        while client.alive() and time.monotonic() - t0 < 15:
            time.sleep(0.05)
        took = time.monotonic() - t0
        assert not client.alive(), "still running 15 s after SIGTERM"
    assert took < STALLED_GRACE_S + 2, took
    assert os.waitstatus_to_exitcode(client.status) == 128 + signal.SIGTERM
