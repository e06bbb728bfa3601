"""Kill the reader while it saves its state, again and again: the state file
must always be valid and nothing that was saved may be lost.

Each round starts the reader on a pty (directly, not via ssh, to be fast)
with a private READER_STATE_DIR, opens an article, waits until the state file
shows it (that save is now *committed*), opens another article (a save is now
pending or under way) and, after a random 0-800 ms, ends the session:

* ``hup``: closes the pty master, i.e. the terminal hangs up, as when an SSH
  connection drops (the reader gets SIGHUP);
* ``kill``: SIGKILL to the reader.

After each round: ``state.json`` parses and validates
(``ReadingState.from_json``), holds every read mark committed so far, and its
position is the committed article or the pending one (never older, never
garbage). Pending changes not yet written when the session died are counted
per way of ending (``lost_unsaved_hup``, ``lost_unsaved_kill``): a hang-up is
a signal the reader handles (it writes the pending change, then exits), so
``lost_unsaved_hup`` should be 0; nothing can save on SIGKILL, so
``lost_unsaved_kill`` is the debounce window, not lost data.

    python bench/kill_state.py [--rounds 100] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
sys.path.insert(0, str(REPO))

import harness  # noqa: E402

FIRST_HEADLINE = "昌吉国家高新区：数字技术研发成果向多领域延伸".encode()
# section key -> number of articles in the seed edition
SECTIONS = {b"1": 1, b"2": 2, b"3": 1, b"4": 2, b"5": 1}


def _load(path: Path) -> dict | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    from reader.store.state import ReadingState

    d = json.loads(raw.decode("utf-8"))  # raises on a torn / garbage file
    ReadingState.from_json(d)  # raises on a wrong shape
    return d


def _marks(d: dict | None) -> set[tuple[str, str]]:
    if not d:
        return set()
    return {(ed, a) for ed, arts in (d.get("read") or {}).items() for a in arts}


ARTICLES = [(key, j) for key, n in SECTIONS.items() for j in range(n)]


def _open_article(client: harness.PtyClient, article: tuple[bytes, int]) -> None:
    key, down = article
    client.write(key)
    client.read(0.15)
    client.write(b"g")  # the list keeps the cursor on the open article: start from the top
    client.read(0.05)
    for _ in range(down):
        client.write(b"j")
        client.read(0.05)
    client.write(b"\r")


#: the reader's own save delay (``ReaderApp.SAVE_DELAY_S``), which the
#: moments of the hang-up/kill below are measured against
READER_SAVE_DELAY_S = 0.5


def run(
    rounds: int = 100, seed: int = 1, content: Path | None = None, log=print, save_delay: float | None = None
) -> dict:
    """``save_delay``: the readers' save delay in seconds (None: the reader's
    own, 0.5 s); the waits and the moments of the hang-up/kill scale with it,
    so a shorter one (tests) runs the same rounds in less time."""
    rng = random.Random(seed)
    scale = (READER_SAVE_DELAY_S if save_delay is None else save_delay) / READER_SAVE_DELAY_S
    with tempfile.TemporaryDirectory(prefix="kill-state-") as tmp:
        tmp = Path(tmp)
        if content is None:
            pages = harness.seed_pages()
            if not pages:
                raise SystemExit("no seed page (tests/data/*.txt)")
            content = tmp / "content"
            r = harness.import_pages(pages[:1], content)
            if r.returncode != 0:
                raise SystemExit(r.stderr)
        state_dir = tmp / "state"
        state_file = state_dir / "state.json"
        (tmp / "config").mkdir()
        env = harness.child_env(
            TERM="xterm-256color",
            LANG="C.UTF-8",
            READER_STATE_DIR=str(state_dir),
            READER_CONFIG_DIR=str(tmp / "config"),
            READER_CACHE_DIR=str(tmp / "cache"),
        )
        timing = {} if save_delay is None else {"SAVE_DELAY_S": float(save_delay)}
        argv = harness.reader_on_a_tty("--content", str(content), "--no-animations", **timing)
        committed_marks: set[tuple[str, str]] = set()
        recent: list[tuple[bytes, int]] = []

        def pick() -> tuple[bytes, int]:
            # never the article the reader may have restored: the change must be real
            art = rng.choice([a for a in ARTICLES if a not in recent[-2:]])
            recent.append(art)
            return art

        stats = {
            "rounds": 0,
            "hup": 0,
            "kill": 0,
            "invalid": 0,
            "lost_committed": 0,
            "lost_unsaved": 0,
            "lost_unsaved_hup": 0,
            "lost_unsaved_kill": 0,
            "position_regressed": 0,
            "temp_left": 0,
            "survived": 0,
            "max_exit_s": 0.0,
        }
        t0 = time.monotonic()
        for i in range(rounds):
            how = "hup" if i % 2 == 0 else "kill"
            client = harness.PtyClient(argv, env=env, cwd=str(tmp))
            try:
                if not client.read_until(FIRST_HEADLINE, 30):
                    raise SystemExit(f"round {i}: the reader did not start: {bytes(client.data[-500:])!r}")
                client.read_quiet(0.3, 5)  # let the start-up repaints finish
                before = _load(state_file)
                # 1. a change that must be committed
                _open_article(client, pick())
                deadline = time.monotonic() + 5
                committed = before
                while time.monotonic() < deadline:
                    client.read(0.05)
                    now = _load(state_file)
                    if now and now != before and now.get("article"):
                        committed = now
                        break
                if committed is before:
                    import re

                    screen = re.sub(rb"\x1b\[[0-9;?<>$]*[a-zA-Z~]", b"", bytes(client.data[-4000:]))
                    raise SystemExit(
                        f"round {i}: the reader never saved its state (picks {recent[-3:]}, before: {before}); "
                        f"last output: {screen.decode('utf-8', 'replace')[-1500:]}"
                    )
                time.sleep(0.3 * scale)
                client.read(0.01)
                committed = _load(state_file)
                committed_marks |= _marks(committed)
                # 2. a pending change, then the end of the session mid-save
                _open_article(client, pick())
                # half the time anywhere in 0-800 ms, half right where the
                # debounced save (0.5 s after the change) writes the file
                # (times ``scale`` for another save delay)
                delay = scale * (rng.uniform(0, 0.8) if rng.random() < 0.5 else rng.uniform(0.45, 0.7))
                client.read(delay)
                if how == "hup":
                    os.close(client.fd)
                    client.fd = os.open(os.devnull, os.O_RDONLY)  # so close() has something to close
                else:
                    os.kill(client.pid, signal.SIGKILL)
                ended = time.monotonic()
                end = ended + 10
                while client.alive() and time.monotonic() < end:
                    time.sleep(0.02)
                took = time.monotonic() - ended
                stats["max_exit_s"] = max(stats["max_exit_s"], round(took, 2))
                if client.alive():
                    stats["survived"] += 1  # still running 10 s after the hang-up
                    log(f"round {i} ({how}): the reader was still running 10 s later; killed")
                    os.kill(client.pid, signal.SIGKILL)
            finally:
                client.close()
            stats["rounds"] += 1
            stats[how] += 1
            try:
                after = _load(state_file)
            except (ValueError, UnicodeDecodeError) as exc:
                stats["invalid"] += 1
                log(f"round {i} ({how}): state file INVALID: {exc}")
                continue
            if after is None:
                stats["invalid"] += 1
                log(f"round {i} ({how}): state file MISSING")
                continue
            missing = committed_marks - _marks(after)
            if missing:
                stats["lost_committed"] += 1
                log(f"round {i} ({how}): lost committed read marks {sorted(missing)}")
            if after.get("article") == committed.get("article") and after == committed:
                stats["lost_unsaved"] += 1  # the pending change never reached the disk
                stats[f"lost_unsaved_{how}"] += 1
            elif after.get("article") is None:
                stats["position_regressed"] += 1
                log(f"round {i} ({how}): position lost")
            stats["temp_left"] += sum(1 for p in state_dir.iterdir() if p.name.startswith(".tmp-"))
            committed_marks |= _marks(after)
        stats["seconds"] = round(time.monotonic() - t0, 1)
        return stats


def main() -> int:
    ap = argparse.ArgumentParser(description="Kill the reader while it saves; check state.json every time.")
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    stats = run(args.rounds, args.seed)
    print(json.dumps(stats), flush=True)
    bad = stats["invalid"] + stats["lost_committed"] + stats["position_regressed"] + stats["survived"]
    print(
        f"{stats['rounds']} sessions killed ({stats['hup']} hang-ups, {stats['kill']} SIGKILL) in "
        f"{stats['seconds']}s: {stats['invalid']} invalid state files, {stats['lost_committed']} with lost "
        f"saved data; last change not written: {stats['lost_unsaved_hup']}/{stats['hup']} hang-ups "
        f"(should be 0: SIGHUP saves), {stats['lost_unsaved_kill']}/{stats['kill']} SIGKILLs (the save "
        f"debounce); "
        f"{stats['temp_left']} temp files left (removed at next start); slowest exit after the "
        f"hang-up/kill {stats['max_exit_s']}s, {stats['survived']} still running after 10 s"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
