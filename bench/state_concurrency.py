"""Many readers, one state file: is every change kept?

Several processes (readers of one user: two terminals, an SSH session, the
kiosk) each load the state, then make changes -- read marks, bookmarks, a
place -- saving after each one, as the reader's debounced save does. Each
writes an acknowledgement line once its save returned. Some rounds kill
writers (SIGKILL) at a random moment. After every round the state file must
parse, and every acknowledged change must be in it.

    python bench/state_concurrency.py                 # 100 rounds, 4 writers x 50 changes, kills
    python bench/state_concurrency.py --rounds 5 --no-kill

Prints the rounds, changes acknowledged and kept, and the median time of one
save under contention. ``tests/test_state_concurrency.py`` runs a short form.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.store.state import Bookmark, StateStore  # noqa: E402


def writer(state_dir: str, who: int, changes: int, ack_path: str, start: float) -> None:
    """One reader: ``changes`` changes, a save after each, an ack line after each save."""
    store = StateStore(state_dir)
    state, _ = store.load()
    while time.monotonic() < start:  # start together
        time.sleep(0.0005)
    times = []
    with open(ack_path, "a", encoding="utf-8") as ack:
        for i in range(changes):
            if i % 5 == 4:
                state.toggle_bookmark(Bookmark(f"ed-{who}", f"b{i}", f"标题{i}", "general"))
                kind = "bookmark"
            else:
                state.set_read(f"ed-{who}", f"a{i}", True)
                kind = "read"
            state.edition, state.article = f"ed-{who}", f"a{i}"
            t0 = time.perf_counter()
            ok = store.save(state)
            times.append(time.perf_counter() - t0)
            if ok:
                ack.write(json.dumps([kind, f"ed-{who}", f"{'b' if kind == 'bookmark' else 'a'}{i}"]) + "\n")
                ack.flush()
    with open(ack_path + ".times", "a", encoding="utf-8") as fh:
        fh.write("\n".join(f"{t:.6f}" for t in times) + "\n")


def one_round(
    base: Path, writers: int, changes: int, kill: bool, rng: random.Random
) -> tuple[int, int, int, list[float]]:
    """(acknowledged, kept of them, killed writers, save times) of one round."""
    state_dir = base / "state"
    ack = base / "ack.jsonl"
    for p in (ack, Path(str(ack) + ".times")):
        if p.exists():
            p.unlink()
    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    start = time.monotonic() + 0.2
    procs = [ctx.Process(target=writer, args=(str(state_dir), w, changes, str(ack), start)) for w in range(writers)]
    for p in procs:
        p.start()
    killed = 0
    if kill:
        time.sleep(0.2 + rng.uniform(0.0, 0.15))
        for p in procs:
            if rng.random() < 0.5 and p.is_alive():
                os.kill(p.pid, signal.SIGKILL)
                killed += 1
    for p in procs:
        p.join(60)
    state, notices = StateStore(state_dir).load()
    if notices:
        raise SystemExit(f"state file damaged after a round: {notices}")
    acked = [json.loads(line) for line in ack.read_text("utf-8").splitlines() if line.strip()] if ack.exists() else []
    kept = 0
    for kind, ed, art in acked:
        if kind == "read":
            kept += state.is_read(ed, art)
        else:
            kept += state.is_bookmarked(ed, art)
    times_file = Path(str(ack) + ".times")
    times = [float(x) for x in times_file.read_text().split()] if times_file.exists() else []
    return len(acked), kept, killed, times


def run(rounds: int = 100, writers: int = 4, changes: int = 50, kill: bool = True, seed: int = 1) -> dict[str, float]:
    rng = random.Random(seed)
    acked_total = kept_total = killed_total = 0
    all_times: list[float] = []
    full_rounds = 0
    with tempfile.TemporaryDirectory(prefix="state-conc-") as tmp:
        for r in range(rounds):
            base = Path(tmp) / f"r{r}"  # a fresh state file: every change is a real one
            base.mkdir()
            acked, kept, killed, times = one_round(base, writers, changes, kill and r % 2 == 1, rng)
            acked_total += acked
            kept_total += kept
            killed_total += killed
            all_times += times
            full_rounds += acked == writers * changes
    return {
        "rounds": rounds,
        "acknowledged": acked_total,
        "kept": kept_total,
        "killed": killed_total,
        "full_rounds": full_rounds,
        "save_median_ms": statistics.median(all_times) * 1000 if all_times else float("nan"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--changes", type=int, default=50)
    ap.add_argument("--no-kill", action="store_true", help="no SIGKILLs (every other round kills otherwise)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t0 = time.perf_counter()
    stats = run(a.rounds, a.writers, a.changes, not a.no_kill, a.seed)
    print(f"{stats['rounds']} rounds, {a.writers} writers x {a.changes} changes, {stats['killed']} writers killed")
    print(
        f"changes acknowledged: {stats['acknowledged']}, kept: {stats['kept']} "
        f"({stats['kept'] / max(1, stats['acknowledged']):.1%}); rounds with all "
        f"{a.writers * a.changes} acknowledged and kept: {stats['full_rounds']}"
    )
    print(
        f"one save under contention: median {stats['save_median_ms']:.2f} ms; whole run {time.perf_counter() - t0:.1f} s"
    )


if __name__ == "__main__":
    main()
