"""Reading state: round trip, atomic writes, temp-file cleanup, corrupt files moved aside."""

from __future__ import annotations

import json
from pathlib import Path

from reader.store import atomic
from reader.store.state import Bookmark, ReadingState, StateStore


def test_fresh_store_has_default_state(tmp_path: Path) -> None:
    state, notices = StateStore(tmp_path / "state").load()
    assert notices == []
    assert state.edition is None and state.scroll == 0 and state.bookmarks == []


def test_round_trip(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    st = ReadingState(edition="e1", section="energy", article="a07", scroll=12, theme="dark")
    st.set_read("e1", "a07")
    st.set_read("e1", "a01")
    st.toggle_bookmark(Bookmark("e1", "a07", "玛纳斯县", "energy"))
    assert store.save(st)
    again, notices = StateStore(tmp_path).load()
    assert notices == []
    assert again.to_json() == st.to_json()
    assert again.is_read("e1", "a07") and not again.is_read("e1", "a02")
    assert again.is_bookmarked("e1", "a07")
    data = json.loads((tmp_path / "state.json").read_text("utf-8"))
    assert data["read"] == {"e1": ["a01", "a07"]}


def test_read_and_bookmark_toggles() -> None:
    st = ReadingState()
    assert st.set_read("e", "a") is True
    assert st.set_read("e", "a") is False
    assert st.set_read("e", "a", False) is True
    assert st.read == {}
    b = Bookmark("e", "a")
    assert st.toggle_bookmark(b) is True
    assert st.toggle_bookmark(Bookmark("e", "a")) is False
    assert st.bookmarks == []


def test_leftover_temp_files_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / f"{atomic.TMP_PREFIX}state.json.abc").write_text("half")
    StateStore(tmp_path).load()
    assert not any(p.name.startswith(atomic.TMP_PREFIX) for p in tmp_path.iterdir())


def test_corrupt_state_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{not json", "utf-8")
    state, notices = StateStore(tmp_path).load()
    assert state.edition is None
    assert len(notices) == 1 and "corrupt-" in notices[0]
    assert not (tmp_path / "state.json").exists()
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text("utf-8") == "{not json"


def test_wrong_shape_is_corrupt_too(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text(json.dumps({"scroll": "ten", "read": []}), "utf-8")
    state, notices = StateStore(tmp_path).load()
    assert notices and state.scroll == 0


def test_unchanged_state_is_not_rewritten(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    st = ReadingState(edition="e")
    store.save(st)
    mtime = (tmp_path / "state.json").stat().st_mtime_ns
    store.save(st)
    assert (tmp_path / "state.json").stat().st_mtime_ns == mtime


def test_save_into_unwritable_place_returns_false(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert StateStore(blocker / "sub").save(ReadingState(edition="e")) is False


def test_a_state_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    """Read through reader.files: a FIFO where the state file should be gives a notice at once
    (the reader opens with a fresh state) instead of blocking the start for ever."""
    import os
    import threading

    store = StateStore(tmp_path)
    os.mkfifo(store.path)
    out: list[tuple[ReadingState, list[str]]] = []
    t = threading.Thread(target=lambda: out.append(store.load()), daemon=True)  # a regression fails, not hangs
    t.start()
    t.join(5)
    assert not t.is_alive(), "loading the state blocked on a FIFO"
    state, notices = out[0]
    assert state == ReadingState() and "not a regular file" in notices[0]


def test_a_deeply_nested_state_file_is_damaged_not_a_traceback(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    store.path.write_text("[" * 100_000, encoding="utf-8")
    state, notices = store.load()
    assert state == ReadingState() and "damaged" in notices[0] and "nested" in notices[0]
