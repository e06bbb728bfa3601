"""Imports running at the same time into one library keep every edition, and a
killed import's temp files are gone after the next one (issue 13).

Before the content dir's lock, each import wrote the catalogue it had read at
its start plus its own editions, and stamped it as up to date: the reader's
start (which trusts an up-to-date catalogue) then missed the others'.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import SEED_PAGE

from reader.store import atomic
from reader.store.library import Library

REPO = Path(__file__).resolve().parents[1]


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "READER_CACHE_DIR": str(tmp_path / "cache"),
        "READER_STATE_DIR": str(tmp_path / "state"),
        "READER_CONFIG_DIR": str(tmp_path / "config"),
    }


def _pages(tmp_path: Path, n: int) -> list[Path]:
    """``n`` small different pages (the first article of the seed and a line of their own)."""
    seed = SEED_PAGE.read_text("utf-8").split("\n")
    out = []
    for i in range(n):
        p = tmp_path / f"page{i}.txt"
        p.write_text("\n".join(seed[:12]) + f"\n\n本期第{i + 1}版的一段话，使每一页都不同。\n", "utf-8")
        out.append(p)
    return out


def _import(page: str, content: str, date: str, env: dict[str, str]) -> None:
    os.environ.update(env)
    from reader.cli import main

    os._exit(main(["import", page, "--content", content, "--date", date, "--jobs", "1"]))


def test_eight_imports_at_once_keep_every_edition_in_the_catalogue(tmp_path):
    import multiprocessing

    from reader.batch import _preload

    _preload()  # jieba once, in this process: the eight forked imports start at once
    content = tmp_path / "content"
    ctx = multiprocessing.get_context("fork")
    procs = [
        ctx.Process(target=_import, args=(str(p), str(content), f"2024-01-{i + 1:02d}", _env(tmp_path)))
        for i, p in enumerate(_pages(tmp_path, 8))
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    files = sorted((content / "editions").glob("*.toml"))
    assert len(files) == 8
    # the reader's start trusts the catalogue when the folder is unchanged since it was written
    quick = Library.open(content).editions(quick=True)
    assert sorted(e.id for e in quick) == sorted(f.stem for f in files)


def test_a_killed_imports_temp_files_are_gone_after_the_next_import(tmp_path):
    content = tmp_path / "content"
    (content / "editions").mkdir(parents=True)
    left = [
        content / "editions" / f"{atomic.TMP_PREFIX}2024-01-01.toml.abc123",
        content / f"{atomic.TMP_PREFIX}catalogue.json.def456",
    ]
    for f in left:
        f.write_text("half a file", "utf-8")
    (page,) = _pages(tmp_path, 1)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(page), "--content", str(content)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert not any(f.exists() for f in left)
    assert len(list((content / "editions").glob("*.toml"))) == 1
