"""`reader import` with many pages: parallel builds, one bad page skipped,
per-page reports, the search index kept up to date, single-page output as before."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import on_a_terminal
from reader import batch
from reader.cli import main
from reader.store import search as S
from reader.store.library import Library


def page_text(n: int) -> str:
    return (
        f"第{n}篇测试标题风电\n\n□本报记者 张三\n\n这是第{n}页的第一段，说明了风电场第{n}号机组的情况。\n\n"
        f"第{n}页第二篇的标题\n\n本报讯 通讯员李四报道：第二段正文，编号{n:04d}。\n"
    )


def make_pages(folder: Path, n: int, bad: dict[int, bytes] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"page-{i:02d}.txt"
        if bad and i in bad:
            p.write_bytes(bad[i])
        else:
            p.write_text(page_text(i), "utf-8")
        out.append(p)
    return out


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def editions(content: Path) -> list[Path]:
    return sorted((content / "editions").glob("*.toml")) if (content / "editions").exists() else []


@pytest.fixture(autouse=True)
def _close_indexes():
    yield
    S.close_all()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_page_is_skipped_the_others_import(tmp_path: Path, capsys, jobs: str) -> None:
    pages = make_pages(tmp_path / "pages", 5, bad={2: b"\x89PNG\r\n\x1a\n\x00\x00binary"})
    content = tmp_path / "content"
    code, out, err = run(capsys, "import", str(tmp_path / "pages"), "--content", str(content), "--jobs", jobs)
    assert code == 2
    bad_lines = [ln for ln in err.splitlines() if str(pages[2]) in ln]
    assert len(bad_lines) == 1 and "binary" in bad_lines[0] and bad_lines[0].endswith("(skipped)")
    assert len(editions(content)) == 4
    reported = re.findall(r"^imported (\S+) -> (\S+): (\d+) articles", out, re.M)
    assert [r[0] for r in reported] == [str(p) for i, p in enumerate(pages) if i != 2]  # page order
    assert all(int(r[2]) >= 1 for r in reported)
    assert "imported 4 of 5 pages, 1 failed" in err
    assert "Traceback" not in err


def test_parallel_and_sequential_builds_give_the_same_editions(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 6)
    for jobs in ("1", "2"):
        assert (
            run(capsys, "import", str(tmp_path / "pages"), "--content", str(tmp_path / f"c{jobs}"), "--jobs", jobs)[0]
            == 0
        )
    one = {p.name: p.read_text("utf-8") for p in editions(tmp_path / "c1")}
    two = {p.name: p.read_text("utf-8") for p in editions(tmp_path / "c2")}
    assert len(one) == 6 and one == two


def test_a_crash_while_building_one_page_is_reported_not_fatal(tmp_path: Path, capsys, monkeypatch) -> None:
    real = batch.build_edition

    def flaky(page, **kw):
        if "第3页" in page.text:
            raise RuntimeError("parser exploded")
        return real(page, **kw)

    monkeypatch.setattr(batch, "build_edition", flaky)  # inherited by the forked workers
    pages = make_pages(tmp_path / "pages", 5)
    content = tmp_path / "content"
    code, out, err = run(capsys, "import", *map(str, pages), "--content", str(content), "--jobs", "2")
    assert code == 2
    assert f"reader: {pages[3]}: could not be imported (RuntimeError: parser exploded) (skipped)" in err
    assert len(editions(content)) == 4


def test_imported_pages_are_searchable_at_once(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 4)
    content = tmp_path / "content"
    assert run(capsys, "import", str(tmp_path / "pages"), "--content", str(content), "--jobs", "2")[0] == 0
    library = Library.open(content)
    assert S.stale_count(library) == 0  # nothing left for ensure_index to do
    code, out, err = run(capsys, "search", "风电场第2号机组", "--content", str(content), "--format", "json")
    assert code == 0
    (hit,) = json.loads(out)
    assert "第2号机组" in hit["snippet"]
    assert "building the search index" not in err


def test_the_catalogue_lists_every_page_after_a_batch(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 5)
    content = tmp_path / "content"
    run(capsys, "import", str(tmp_path / "pages"), "--content", str(content))
    raw = json.loads((content / "catalogue.json").read_text("utf-8"))
    assert len(raw["editions"]) == 5
    assert len(Library.open(content).editions()) == 5


def test_reimporting_a_batch_replaces_without_duplicates(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 3)
    content = tmp_path / "content"
    run(capsys, "import", str(tmp_path / "pages"), "--content", str(content), "--date", "2025-01-01")
    code, out, _ = run(capsys, "import", str(tmp_path / "pages"), "--content", str(content), "--date", "2025-01-02")
    assert code == 0 and out.count("\nreplaced ") + out.startswith("replaced ") == 3
    assert len(editions(content)) == 3
    code, out, _ = run(capsys, "search", "编号0001", "--content", str(content), "--format", "json")
    assert [h["date"] for h in json.loads(out)] == ["2025-01-02"]


def test_single_page_output_is_unchanged(tmp_path: Path, capsys) -> None:
    (page,) = make_pages(tmp_path / "pages", 1)
    code, out, err = run(capsys, "import", str(page), "--content", str(tmp_path / "c"), "--date", "2025-11-15")
    assert code == 0 and err == ""
    first = out.splitlines()[0]
    assert re.fullmatch(rf"imported {re.escape(str(page))} -> 2025-11-15-[0-9a-f]{{8}}: 2 articles \[.+\]", first)
    assert all(ln.startswith("  ") for ln in out.splitlines()[1:])


def test_json_report_for_many_pages_is_a_list(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 3, bad={1: b""})
    code, out, err = run(
        capsys, "import", str(tmp_path / "pages"), "--content", str(tmp_path / "c"), "--format", "json", "--dry-run"
    )
    assert code == 2
    doc = json.loads(out)
    assert isinstance(doc, list) and len(doc) == 2 and all("edition" in d for d in doc)
    assert "empty" in err and not (tmp_path / "c").exists()


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 3)
    code, out, err = run(capsys, "import", str(tmp_path / "pages"), "--content", str(tmp_path / "c"))
    assert code == 0
    assert "\x1b" not in err and "\r" not in err
    assert err.strip().splitlines() == [err.strip()]  # just the summary line
    assert err.startswith("reader: imported 3 of 3 pages in ")


def test_a_progress_bar_on_a_terminal_counts_pages_and_their_rate(tmp_path: Path) -> None:
    make_pages(tmp_path / "pages", 3)
    out = on_a_terminal(["import", str(tmp_path / "pages"), "--content", str(tmp_path / "c"), "--jobs", "1"])
    assert b"importing" in out and b"pages/s" in out and b"ETA" in out
    assert b"imported 3 of 3 pages" in out
    assert len(Library.open(tmp_path / "c").editions()) == 3


def test_jobs_must_be_positive(tmp_path: Path, capsys) -> None:
    make_pages(tmp_path / "pages", 2)
    code, _, err = run(capsys, "import", str(tmp_path / "pages"), "--content", str(tmp_path / "c"), "--jobs", "0")
    assert code == 2 and "--jobs 0" in err
