"""reader-kiosk sizes its resource limits from the archive (issue 13).

The file-size limit (RLIMIT_FSIZE) used to be a fixed 64 MB: once the search
index of an archive passed it (around 1,100 editions) every write to it
failed and search broke for good. Here the same failure is shown at a
smaller scale (an archive whose index is ~12 MB against a fixed 4 MB limit)
and the sized limits are shown to let a kiosk-limited process build the
index and search it. ``bench/kiosk_search.py`` does the same at 3,650
editions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import kiosk
from reader.kiosk import AUTO, ArchiveSize, Limits, Settings, load_settings, size_limits

REPO = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


# -- sizing, from a fake archive ------------------------------------------------------------


def test_small_archive_keeps_the_floors():
    limits, notes, warnings = size_limits(Limits(), ArchiveSize(editions=1, edition_bytes=40_000))
    assert (limits.cpu_seconds, limits.memory_mb, limits.file_size_mb) == (900, 1024, 64)
    assert notes == [] and warnings == []


def test_a_3650_edition_archive_gets_room_for_its_index():
    # bench/kiosk_search.py at 3,650 synthetic editions: 133 MB of edition
    # files, an index of 206 MB (db), its WAL 150 MB at most while it is built
    archive = ArchiveSize(editions=3650, edition_bytes=132_673_414)
    limits, notes, warnings = size_limits(Limits(), archive)
    assert limits.file_size_mb > 64
    assert limits.file_size_mb * MB > 1.5 * 206_049_280  # the index as built, with room to grow
    assert limits.memory_mb >= 1024 and limits.cpu_seconds >= 900
    assert warnings == []
    assert len(notes) == 1 and notes[0].startswith("file_size_mb = ") and "3,650 editions" in notes[0]


def test_an_existing_index_counts_too():
    # an index bigger than the edition files suggest (real text, or grown by merges)
    limits, *_ = size_limits(Limits(), ArchiveSize(editions=10, edition_bytes=MB, index_bytes=500 * MB))
    assert limits.file_size_mb >= 1000


def test_memory_and_cpu_grow_with_a_very_large_archive():
    limits, notes, _ = size_limits(Limits(), ArchiveSize(editions=36_500, edition_bytes=1_330 * MB))
    assert limits.memory_mb > 1024 and limits.cpu_seconds > 900
    assert {n.split(" =")[0] for n in notes} == {"file_size_mb", "memory_mb", "cpu_seconds"}


def test_a_number_in_the_settings_wins_but_is_reported():
    archive = ArchiveSize(editions=3650, edition_bytes=132_673_414)
    limits, notes, warnings = size_limits(Limits(file_size_mb=64, memory_mb=2048, cpu_seconds=0), archive)
    assert (limits.file_size_mb, limits.memory_mb, limits.cpu_seconds) == (64, 2048, 0)
    assert notes == []
    assert len(warnings) == 1
    assert warnings[0].startswith("file_size_mb = 64 is set in the kiosk settings") and '"auto"' in warnings[0]


def test_auto_in_the_settings_file(tmp_path):
    p = tmp_path / "kiosk.toml"
    p.write_text('[limits]\nfile_size_mb = "auto"\nmemory_mb = 512\n', encoding="utf-8")
    s = load_settings(p)
    assert s.limits.file_size_mb == AUTO and s.limits.memory_mb == 512 and s.limits.cpu_seconds == AUTO
    p.write_text('[limits]\nopen_files = "auto"\n', encoding="utf-8")
    with pytest.raises(kiosk.KioskError, match=r":2: open_files must be a whole number >= 0$"):
        load_settings(p)
    p.write_text('[limits]\nfile_size_mb = "big"\n', encoding="utf-8")
    with pytest.raises(kiosk.KioskError, match=r':2: file_size_mb must be a whole number >= 0 or "auto"$'):
        load_settings(p)


def test_measure_archive(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "cache"
    (content / "editions").mkdir(parents=True)
    cache.mkdir()
    (content / "editions" / "a.toml").write_bytes(b"x" * 1000)
    (content / "editions" / "b.toml").write_bytes(b"x" * 500)
    (content / "editions" / "notes.txt").write_bytes(b"x" * 99)
    (content / "catalogue.json").write_bytes(b"x" * 99)
    (cache / "search-0123.sqlite").write_bytes(b"x" * 300)
    (cache / "search-0123.sqlite-wal").write_bytes(b"x" * 700)
    (cache / "theme-css.json").write_bytes(b"x" * 5000)
    assert kiosk.measure_archive(str(content), str(cache)) == ArchiveSize(2, 1500, 700)
    assert kiosk.measure_archive(str(tmp_path / "none"), str(tmp_path / "none")) == ArchiveSize()


def test_check_prints_the_limits_it_chose(tmp_path):
    content = tmp_path / "c"
    (content / "editions").mkdir(parents=True)
    # sparse files: 3,650 editions' worth of bytes without writing them
    for i in range(40):
        with open(content / "editions" / f"e{i}.toml", "wb") as fh:
            fh.truncate(132_673_414 // 40)
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'content = "{content}"\ncache_dir = "{tmp_path}/cache"\n[limits]\nmemory_mb = 300\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("READER_", "PYTHON"))}
    env["PYTHONPATH"] = str(REPO)
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg), "--check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    want, *_ = size_limits(Settings().limits, kiosk.measure_archive(str(content), str(tmp_path / "cache")))
    assert f"limits: cpu 900 s, memory 300 MB, file size {want.file_size_mb} MB, open files 256\n" in r.stdout
    assert "limits: file_size_mb = " in r.stdout
    assert "warning: memory_mb = 300 is set in the kiosk settings" in r.stdout


# -- a process under the kiosk's limits builds and searches the index ------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """210 synthetic editions (bench/make_archive.py): enough that the build
    ends with the FTS5 'optimize' (over 200 editions), the biggest write."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from make_archive import make_archive
    finally:
        sys.path.remove(str(REPO / "bench"))
    from conftest import SEED_PAGE

    out = tmp_path_factory.mktemp("kiosk-archive") / "content"
    make_archive(210, out, seed_page=SEED_PAGE, quiet=True)
    return out


_CHILD = """
import json, sys
from reader.store import search as S
from reader.store.library import Library
lib = Library.open(sys.argv[1])
try:
    hits = S.search(lib, "职业教育", limit=5)
except Exception as exc:
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
    raise SystemExit(0)
report = S.ensure_index(lib)
print(json.dumps({"hits": len(hits), "size": report.size, "editions": report.editions}))
"""


def _search_under(limits: Limits, content: Path, cache: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("READER_", "PYTHON"))}
    env.update(PYTHONPATH=str(REPO), READER_CACHE_DIR=str(cache), READER_KIOSK="1")
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, str(content)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=lambda: kiosk.apply_limits(limits) and None,
    )
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_fixed_limit_below_the_index_breaks_search(archive, tmp_path):
    """What happened at 64 MB and 1,100 editions, at 4 MB and 210."""
    out = _search_under(Limits(file_size_mb=4), archive, tmp_path / "cache")
    # EFBIG: sqlite says "disk I/O error" (or "database or disk is full"), every time it tries
    assert str(out.get("error")).startswith("OperationalError: ") and "disk" in str(out["error"]), out


def test_sized_limits_let_search_build_its_index(archive, tmp_path, monkeypatch):
    # scaled down like the archive: a floor of 1 MB instead of 64, so the
    # sizing, not the floor, has to make room for the ~12 MB index
    monkeypatch.setitem(kiosk.AUTO_FLOOR, "file_size_mb", 1)
    cache = tmp_path / "cache"
    settings = Settings(content=str(archive), cache_dir=str(cache))
    cenv = kiosk.clean_env(settings, {}, "xterm")
    limits, notes, warnings = kiosk.session_limits(settings, cenv)
    assert warnings == [] and notes and limits.file_size_mb > 1
    out = _search_under(limits, archive, cache)
    assert out.get("editions") == 210 and out.get("hits") == 5, out
    size = int(out["size"])  # type: ignore[call-overload]
    assert size > 4 * MB  # bigger than the fixed limit that failed above
    assert size < limits.file_size_mb * MB
    # the next session sizes from the index now on disk as well, and searches again
    again, _, _ = kiosk.session_limits(settings, cenv)
    assert again.file_size_mb >= limits.file_size_mb
    assert _search_under(again, archive, cache).get("hits") == 5
