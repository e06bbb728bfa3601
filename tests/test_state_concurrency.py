"""Many readers of one user share the state file and lose nothing (issue 13).

Before the merge, the last writer won: 4 readers x 50 changes kept about
the changes of one reader. bench/state_concurrency.py runs 100 rounds with
kills; these run its short form and the merge rules one by one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reader.store.state import Bookmark, StateStore

BENCH = Path(__file__).resolve().parents[1] / "bench" / "state_concurrency.py"


def _bench():
    spec = importlib.util.spec_from_file_location("state_concurrency", BENCH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_four_readers_fifty_changes_each_keep_all_two_hundred():
    stats = _bench().run(rounds=1, writers=4, changes=50, kill=False)
    assert stats["acknowledged"] == 200
    assert stats["kept"] == 200


@pytest.mark.slow
def test_kills_between_rounds_leave_a_valid_file_with_every_acknowledged_change(tmp_path: Path):
    """Three rounds with SIGKILLs, each on a fresh state file: the rounds with
    kills of ``run(rounds=6, kill=True, seed=3)``, with the same random draws,
    without the three rounds between them that kill nothing (every round
    starts afresh, so those prove nothing about kills; the test above is one)."""
    import random

    bench = _bench()
    rng = random.Random(3)
    acknowledged = kept = killed = 0
    for r in range(3):
        base = tmp_path / f"r{r}"
        base.mkdir()
        # one_round raises when the state file does not load cleanly
        a, k, n, _times = bench.one_round(base, 4, 50, True, rng)
        acknowledged, kept, killed = acknowledged + a, kept + k, killed + n
    assert killed > 0
    assert kept == acknowledged


def test_a_mark_removed_here_stays_removed_while_another_reader_adds(tmp_path: Path):
    a, b = StateStore(tmp_path), StateStore(tmp_path)
    sa, _ = a.load()
    sa.set_read("e1", "x")
    sa.toggle_bookmark(Bookmark("e1", "x", "标题"))
    assert a.save(sa)
    sb, _ = b.load()
    sa.set_read("e1", "x", False)  # reader A unmarks...
    sa.toggle_bookmark(Bookmark("e1", "x"))
    assert a.save(sa)
    sb.set_read("e1", "y")  # ...while reader B, which loaded before, marks another
    assert b.save(sb)
    final, _ = StateStore(tmp_path).load()
    assert not final.is_read("e1", "x") and final.is_read("e1", "y")
    assert final.bookmarks == []


def test_the_place_is_the_last_reader_who_moved(tmp_path: Path):
    a, b = StateStore(tmp_path), StateStore(tmp_path)
    sa, _ = a.load()
    sb, _ = b.load()
    sa.edition, sa.article = "e1", "a03"
    assert a.save(sa)
    sb.set_read("e2", "b01")  # B marks something but does not move
    assert b.save(sb)
    final, _ = StateStore(tmp_path).load()
    assert (final.edition, final.article) == ("e1", "a03")
    assert final.is_read("e2", "b01")
    # and B's state now holds A's marks and place too
    assert sb.edition == "e1"


def test_a_save_takes_in_what_other_readers_saved(tmp_path: Path):
    a, b = StateStore(tmp_path), StateStore(tmp_path)
    sa, _ = a.load()
    sb, _ = b.load()
    sa.set_read("e1", "a01")
    assert a.save(sa)
    sb.toggle_bookmark(Bookmark("e1", "a02", "另一篇"))
    assert b.save(sb)
    assert sb.is_read("e1", "a01")  # B sees A's mark after its own save
