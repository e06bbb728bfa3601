"""The core Session (reader/session.py) without Textual: the one owner of the
reading state. Every change marks it dirty and calls ``on_change`` once; a
change that changes nothing does neither; ``save`` writes only what changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.session import Place, Session


class Recorder:
    """An owner: records each ``on_change(later)`` call."""

    def __init__(self) -> None:
        self.calls: list[bool] = []

    def __call__(self, later: bool) -> None:
        self.calls.append(later)


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    d = tmp_path / "session-state"
    d.mkdir()
    return d


def open_session(content_dir: Path, state_dir: Path, **kw) -> tuple[Session, Recorder]:
    rec = Recorder()
    s = Session(content_dir, state_dir=state_dir, on_change=rec, **kw)
    assert s.start_edition() is not None
    return s, rec


def state_file(state_dir: Path) -> Path:
    return state_dir / "state.json"


def test_start_is_not_a_change_to_write_at_once(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir)
    assert s.edition is not None and s.edition.id == "2025-11-15"  # the newest
    assert rec.calls == []  # opening the reader asks for no save
    assert s.dirty  # but the edition chosen is written by the next save
    assert s.place == Place("2025-11-15", None, None, 0, None)
    assert s.save()
    assert json.loads(state_file(state_dir).read_text("utf-8"))["edition"] == "2025-11-15"
    assert not s.dirty


def test_marking_read_marks_dirty_and_calls_back_once(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir)
    assert s.save() and not s.dirty
    assert s.set_read("a05", True)
    assert s.is_read("a05")
    assert s.dirty and rec.calls == [False]
    assert s.set_read("a05", False)
    assert not s.is_read("a05") and rec.calls == [False, False]


def test_bookmarking_marks_dirty_and_calls_back_once(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir)
    assert s.save()
    a = s.edition.article("a04")
    assert s.toggle_bookmark(a) is True
    assert s.is_bookmarked("a04") and s.dirty and rec.calls == [False]
    assert [(b.edition, b.article, b.headline) for b in s.bookmarks] == [("2025-11-15", "a04", a.headline)]
    assert s.toggle_bookmark(a) is False
    assert not s.is_bookmarked("a04") and rec.calls == [False, False]
    s.toggle_bookmark(a)
    assert s.remove_bookmark("2025-11-15", "a04")
    assert s.bookmarks == [] and rec.calls == [False, False, False, False]


def test_bookmarks_handed_out_are_copies(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir)
    s.toggle_bookmark(s.edition.article("a04"))
    s.bookmarks[0].headline = "changed by a front end"
    assert s.bookmarks[0].headline != "changed by a front end"


def test_save_writes_and_clears_dirty(content_dir: Path, state_dir: Path) -> None:
    s, _ = open_session(content_dir, state_dir)
    s.set_read("a05", True)
    assert s.dirty
    assert s.save()
    assert not s.dirty
    data = json.loads(state_file(state_dir).read_text("utf-8"))
    assert data["read"] == {"2025-11-15": ["a05"]}


def test_a_change_that_changes_nothing_neither_calls_back_nor_writes(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir)
    s.set_read("a05", True)
    a = s.edition.article("a07")
    s.open_article(a, top=3, anchor=(1, 20))
    s.choose_section(a.section)
    s.set_theme("dark")
    assert s.save()
    mtime = state_file(state_dir).stat().st_mtime_ns
    rec.calls.clear()

    assert not s.set_read("a05", True)  # already read
    assert not s.remove_bookmark("2025-11-15", "a05")  # no such bookmark
    assert not s.open_article(a, top=3, anchor=(1, 20))  # already the place, already read
    assert not s.choose_section(a.section)
    assert not s.scrolled("a07", 3, (1, 20))
    assert not s.scrolled("a01", 9, (2, 0))  # not the open article: not the place
    assert not s.set_theme("dark")
    assert s.load_edition("2025-11-15") is s.edition  # the edition already read
    assert rec.calls == [] and not s.dirty
    assert s.save()
    assert state_file(state_dir).stat().st_mtime_ns == mtime


def test_the_place_changes_through_the_session(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir)
    a = s.edition.article("a05")
    assert s.open_article(a, top=2, anchor=(0, 10))
    assert s.is_read("a05")  # opening marks read
    assert s.place == Place("2025-11-15", a.section, "a05", 2, (0, 10))
    assert rec.calls == [False]  # one change, one call
    assert s.scrolled("a05", 7, (1, 4))
    assert rec.calls == [False, True]  # a scroll may wait longer
    assert s.scrolled("a05", 8, (1, 9), notify=False)  # the owner saves right after
    assert rec.calls == [False, True] and s.place.scroll == 8 and s.dirty
    s.load_edition("2025-11-08")
    assert s.place.edition == "2025-11-08" and rec.calls == [False, True, False]
    assert s.close_article()
    assert s.place == Place("2025-11-08", a.section, None, 0, None)
    assert s.choose_section("general") and s.place.section == "general"
    assert s.set_theme("newsprint") and s.theme == "newsprint"
    assert rec.calls == [False, True, False, False, False, True]


def test_state_persists_across_sessions(content_dir: Path, state_dir: Path) -> None:
    s, _ = open_session(content_dir, state_dir)
    a = s.edition.article("a07")
    s.open_article(a, top=4, anchor=(2, 5))
    s.toggle_bookmark(s.edition.article("a04"))
    s.set_theme("dark")
    assert s.save()

    again, rec = open_session(content_dir, state_dir)
    assert again.place == Place("2025-11-15", a.section, "a07", 4, (2, 5))
    assert again.is_read("a07") and again.is_bookmarked("a04")
    assert again.theme == "dark"
    assert not again.dirty and rec.calls == []  # the saved edition is opened: nothing to write


def test_the_last_edition_read_is_opened_again(content_dir: Path, state_dir: Path) -> None:
    s, _ = open_session(content_dir, state_dir)
    s.load_edition("2025-11-08")
    assert s.save()
    again, _ = open_session(content_dir, state_dir)
    assert again.edition.id == "2025-11-08" and not again.dirty


def test_nothing_is_written_with_saving_off(content_dir: Path, state_dir: Path) -> None:
    s, rec = open_session(content_dir, state_dir, save_state=False)
    s.set_read("a05", True)
    s.toggle_bookmark(s.edition.article("a04"))
    assert rec.calls == [False, False]  # the owner is told as ever
    assert s.save()  # and saving "succeeds"
    assert not state_file(state_dir).exists()
    assert list(state_dir.iterdir()) == []


def test_saved_state_is_not_read_with_saving_off(content_dir: Path, state_dir: Path) -> None:
    s, _ = open_session(content_dir, state_dir)
    s.set_read("a05", True)
    assert s.save()
    off, _ = open_session(content_dir, state_dir, save_state=False)
    assert not off.is_read("a05")


def test_a_failed_save_stays_dirty(content_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")  # a state directory below a plain file cannot be made
    s, _ = open_session(content_dir, blocker / "state")
    s.set_read("a05", True)
    assert s.save() is False
    assert s.dirty  # the next save tries again
    assert str(s.state_path).endswith("state.json")


def test_the_session_needs_neither_textual_nor_jieba(content_dir: Path, state_dir: Path) -> None:
    code = (
        "import sys\n"
        "from reader.session import Session\n"
        f"s = Session({str(content_dir)!r}, state_dir=__import__('pathlib').Path({str(state_dir)!r}))\n"
        "s.start_edition(); s.set_read('a05', True); assert s.save()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'jieba')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_edition_imported_meanwhile_is_found_by_polling(content_dir: Path, state_dir: Path) -> None:
    """Another process imports while the reader is open: the poll (one stat when
    nothing changed) finds the new edition and the list holds it."""
    from dataclasses import replace as dc_replace

    from conftest import older_edition

    from reader.store.editions import write_edition

    session, _ = open_session(content_dir, state_dir)
    session.start_edition()
    session.refresh_entries()  # what the screen does after the first frame
    assert session.new_editions() == []
    before = len(session.entries)
    newer = dc_replace(older_edition(), id="2025-11-20", date="2025-11-20", title="新到的一期", source_sha256="c" * 64)
    write_edition(content_dir, newer)
    found = session.new_editions()
    assert [e.id for e in found] == ["2025-11-20"]
    assert len(session.entries) == before + 1 and session.entries[-1].title == "新到的一期"
    assert session.new_editions() == []  # told once


def test_the_edition_imported_last_opens_next_then_the_last_read(tmp_path: Path, state_dir: Path, monkeypatch) -> None:
    """`reader import page.txt` then `reader`: the page just imported is on screen,
    even when its date is older than the newest edition's; once read, the usual
    rule (the last edition read) holds again."""
    from conftest import SEED_PAGE

    from reader.cli import main

    content = tmp_path / "lib"
    for var in ("READER_CACHE_DIR", "READER_CONFIG_DIR"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    page = tmp_path / "old.txt"
    page.write_text(SEED_PAGE.read_text("utf-8") + "\n另起一段，使两页不同。\n", "utf-8")
    assert main(["import", str(SEED_PAGE), "--content", str(content), "--date", "2025-11-15"]) == 0
    session, _ = open_session(content, state_dir)
    assert session.start_edition().date == "2025-11-15"
    assert session.save()
    assert main(["import", str(page), "--content", str(content), "--date", "1998-01-02"]) == 0
    session, _ = open_session(content, state_dir)
    assert session.start_edition().date == "1998-01-02"  # the one just imported, not the newest
    newest = session.entries[-1]
    session.load_edition(newest.id)  # the reader goes on to read the newest
    assert session.save()
    session, _ = open_session(content, state_dir)
    assert session.start_edition().id == newest.id  # the last one read
