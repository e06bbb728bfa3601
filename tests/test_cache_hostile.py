"""Cache files with the right key but wrong types (a disk error, another
version, a hand edit) are entries of another shape: made again, never a crash
at start-up (issue 13). Before the type checks, a number where a headline goes
in the edition cache crashed the reading screen, and a FIFO in the cache dir
hung the start."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import screen_text

from reader.store import cache
from reader.ui.app import ReaderApp


def _poison(value):
    """The same shape with every string turned into a number (lists and objects kept)."""
    if isinstance(value, dict):
        return {k: _poison(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v) for v in value]
    if isinstance(value, str):
        return 7
    return value


def _cache_files() -> list[Path]:
    root = Path(os.environ["READER_CACHE_DIR"])
    return [p for p in root.rglob("*.json") if p.is_file()]


async def _first_screen(content_dir: Path) -> str:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return screen_text(app)


async def test_poisoned_caches_are_made_again_and_the_reader_opens(content_dir: Path):
    clean = await _first_screen(content_dir)  # fills the caches
    files = _cache_files()
    assert len(files) >= 3  # an edition, the theme and its variables, the section names
    for f in files:
        doc = json.loads(f.read_text("utf-8"))
        f.write_text(json.dumps({"key": doc["key"], "value": _poison(doc["value"])}), "utf-8")
    again = await _first_screen(content_dir)
    assert again == clean


async def test_a_fifo_in_the_cache_dir_does_not_hang_the_start(content_dir: Path):
    clean = await _first_screen(content_dir)
    for f in _cache_files():
        f.unlink()
        os.mkfifo(f)
    assert await _first_screen(content_dir) == clean


@pytest.mark.parametrize(
    "value",
    [
        {"id": "e", "title": "t", "date": None, "source_sha256": "", "articles": [{"id": "a", "headline": 5}]},
        {"id": "e", "title": "t", "date": None, "source_sha256": "", "articles": [], "surprise": 1},
        {"id": "e", "title": ["t"], "date": None, "source_sha256": "", "articles": []},
    ],
)
def test_an_edition_entry_of_another_shape_is_a_type_error(value):
    from reader.store.editions import edition_from_dict

    with pytest.raises(TypeError):
        edition_from_dict(value)


def test_typed_checks_nested_fields_and_accepts_what_was_saved():
    from dataclasses import asdict

    from conftest import newest_edition

    from reader.store.editions import edition_from_dict

    ed = newest_edition()
    assert edition_from_dict(json.loads(json.dumps(asdict(ed)))) == ed
    assert cache.typed(dict[str, str], {"a": "b"}) == {"a": "b"}
    with pytest.raises(TypeError):
        cache.typed(dict[str, str], {"a": 1})
    assert cache.typed(tuple[int, int] | None, [3, 4]) == (3, 4)
    with pytest.raises(TypeError):
        cache.typed(tuple[int, int] | None, [True, 4])


async def test_a_catalogue_row_of_another_shape_is_made_again(content_dir: Path):
    """catalogue.json is derived data: a row with a number for a title is read
    from its edition file again, by the start's one-row path and the full list."""
    from reader.store.library import Library

    clean = await _first_screen(content_dir)
    cat = content_dir / "catalogue.json"
    lines = cat.read_text("utf-8").splitlines()
    poisoned = []
    for line in lines:
        if line.startswith("["):
            row = json.loads(line.rstrip(","))
            row[1] = 7  # the title
            line = json.dumps(row, ensure_ascii=False, separators=(",", ":")) + ("," if line.endswith(",") else "")
        poisoned.append(line)
    cat.write_text("\n".join(poisoned) + "\n", "utf-8")
    assert all(isinstance(e.title, str) for e in Library.open(content_dir).editions(quick=True))
    assert await _first_screen(content_dir) == clean
