"""Search in the reader never runs on the UI thread (issue 13).

Before, the search screen ran the query on the UI thread, and the query first
brought the index up to date: a cold index at a few thousand editions froze
the screen for 4-25 s. Now the index is built in a worker with progress in
the status line; a query typed meanwhile searches what is indexed so far and
says so, never a false "no match", and runs again by itself when the build
is done.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from conftest import older_edition, press, screen_text, wait_until

from reader.store import search as S
from reader.store.editions import write_edition
from reader.store.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.modals import SearchScreen


def _late_edition():
    ed = older_edition()
    art = replace(ed.articles[0], id="z01", headline="迟到的一期里的独有词汇喀纳斯", paragraphs=["喀纳斯湖畔的新闻。"])
    return replace(ed, id="2025-11-20", date="2025-11-20", title="迟到的一期", source_sha256="d" * 64, articles=[art])


async def test_a_query_during_the_index_build_answers_from_what_is_ready(content_dir: Path, monkeypatch) -> None:
    S.ensure_index(Library.open(content_dir))  # the fixture editions are indexed
    write_edition(content_dir, _late_edition())  # one more: the reader must index it
    S.close_all()
    gate = threading.Event()
    real_insert = S._insert_edition  # noqa: SLF001

    def slow_insert(conn, edition, key):
        if edition.id == "2025-11-20":
            assert gate.wait(30), "the test never let the build finish"
        return real_insert(conn, edition, key)

    monkeypatch.setattr(S, "_insert_edition", slow_insert)
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await press(pilot, "slash")
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            await wait_until(pilot, lambda: "Building the search index" in screen_text(app))
            # the screen answers keys while the worker builds
            await pilot.press(*"苗木")
            await wait_until(pilot, lambda: "so far" in screen_text(app))
            text = screen_text(app)
            assert "呼图壁县万株苗木出口哈萨克斯坦" in text  # found in what is indexed
            assert "indexing" in text and not screen.complete
            # a word only the edition being indexed has: not "No results"
            for _ in range(2):
                await pilot.press("backspace")
            await pilot.press(*"喀纳斯")
            await wait_until(pilot, lambda: "Nothing in the part indexed so far" in screen_text(app))
            assert "No results" not in screen_text(app)
            gate.set()  # the build finishes: the query runs again on the whole index
            await wait_until(pilot, lambda: screen.complete and "1 results" in screen_text(app))
            assert "迟到的一期里的独有词汇喀纳斯" in screen_text(app)
    finally:
        gate.set()


async def test_closing_search_stops_the_build_and_the_reader_quits_at_once(content_dir: Path, monkeypatch) -> None:
    """A build the user walked away from does not keep the reader from quitting."""
    import time

    S.close_all()
    started = threading.Event()
    inserted: list[str] = []
    real_insert = S._insert_edition  # noqa: SLF001

    def slow_insert(conn, edition, key):
        started.set()
        time.sleep(0.3)
        inserted.append(edition.id)
        return real_insert(conn, edition, key)

    monkeypatch.setattr(S, "_insert_edition", slow_insert)
    for i in range(12):  # enough editions that building them takes seconds
        write_edition(
            content_dir,
            replace(_late_edition(), id=f"2025-12-{i + 1:02d}", date=f"2025-12-{i + 1:02d}", source_sha256=f"{i}" * 64),
        )
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "slash")
        await wait_until(pilot, started.is_set)
        await press(pilot, "escape")
        t0 = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - t0 < 1.5
    stopped_at = len(inserted)
    time.sleep(0.7)
    assert len(inserted) <= stopped_at + 1 < 14  # the build stopped, it did not run on to the end


# -- editions imported while the reader is open ---------------------------------------


async def test_an_edition_imported_meanwhile_appears_within_two_seconds(content_dir: Path, monkeypatch) -> None:
    import time

    from reader.ui.screens.main import ReaderScreen

    monkeypatch.setattr(ReaderScreen, "CATALOGUE_CHECK_DELAY_S", 0.1)
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: app.screen.polling)  # the first full check has run
        assert "2/2" in screen_text(app).splitlines()[0]
        write_edition(content_dir, _late_edition())  # another process imports
        t0 = time.monotonic()
        await wait_until(pilot, lambda: "1 new edition(s)" in screen_text(app), timeout=5)
        assert time.monotonic() - t0 < 2.0
        assert "2/3" in screen_text(app).splitlines()[0]  # the reader still shows its edition, counted anew
        await press(pilot, "e")
        assert "迟到的一期" in screen_text(app)  # the picker lists it


async def test_an_empty_library_opens_the_first_edition_imported(tmp_path: Path, monkeypatch) -> None:
    from reader.ui.screens.main import ReaderScreen

    monkeypatch.setattr(ReaderScreen, "CATALOGUE_CHECK_DELAY_S", 0.1)
    content = tmp_path / "empty"
    (content / "editions").mkdir(parents=True)
    app = ReaderApp(str(content), animations=False, lang="en")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause(0.3)
        write_edition(content, _late_edition())
        await wait_until(pilot, lambda: app.session.edition is not None, timeout=5)
        await pilot.pause()
        assert "迟到的一期里的独有词汇喀纳斯" in screen_text(app)
