"""Edition files: round trip, validation with file:line, the derived catalogue."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reader.errors import ContentError
from reader.model import Article, Byline, Caption, Edition, Figure
from reader.store import atomic
from reader.store.catalogue import ContentDir
from reader.store.editions import edition_to_toml, parse_edition, read_edition, write_edition
from reader.store.library import Library


def _edition(eid: str = "2025-11-15-abcdef12", date: str | None = "2025-11-15") -> Edition:
    para = "项目新建27台7.5MW风电机组，预计年发电量达4.8亿千瓦时。"
    start = para.index("27台")
    return Edition(
        id=eid,
        title="测试版",
        date=date,
        source_sha256="f" * 64,
        articles=[
            Article(
                id="a1",
                headline="奇台县在全州率先完成碳配额清缴",
                section="energy",
                kicker="何以高新",
                subtitle="副题",
                dateline="本报讯",
                source=None,
                byline=Byline(["杨雍"], ["宋华敏"]),
                captions=[Caption("新建的能源站。", ["赵善宾"])],
                paragraphs=[para, "第二段[bold]不是标记[/bold]。"],
                summary=[para],
                keywords=["风电", "碳配额"],
                figures=[Figure("27台", 27, "台", None, "风电机组", "项目新建27台7.5MW风电机组", 0, start, start + 3)],
            ),
            Article(id="a2", headline="第二篇"),
        ],
    )


def test_round_trip_keeps_every_field(tmp_path: Path):
    ed = _edition()
    path = write_edition(tmp_path, ed)
    assert path == tmp_path / "editions" / f"{ed.id}.toml"
    back = read_edition(path)
    assert back == ed
    # absent optional values stay None (TOML has no null)
    assert back.articles[0].source is None
    assert back.articles[1].kicker is None


def test_file_is_human_readable_toml(tmp_path: Path):
    text = edition_to_toml(_edition())
    assert 'headline = "奇台县在全州率先完成碳配额清缴"' in text  # not \u-escaped
    assert "[[articles]]" in text


def _bad(tmp_path: Path, text: str, sections=None) -> ContentError:
    p = tmp_path / "editions" / "e1.toml"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, "utf-8")
    with pytest.raises(ContentError) as exc:
        read_edition(p, sections)
    return exc.value


def test_errors_name_file_and_line(tmp_path: Path):
    from reader.sections import load_definition

    text = edition_to_toml(_edition("e1")).replace('section = "energy"', 'section = "sports"')
    err = _bad(tmp_path, text, load_definition())  # `reader check` passes the sections in use
    lineno = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith('section = "sports"'))
    assert err.line == lineno
    assert str(err).startswith(f"{tmp_path / 'editions' / 'e1.toml'}:{lineno}: unknown section 'sports'")
    assert "reader sections apply" in str(err)


def test_unknown_section_still_loads_for_reading(tmp_path: Path):
    # Removing a section from sections.toml must not make the library unreadable:
    # reading checks only the id's form; `reader check` checks it against the definition.
    text = edition_to_toml(_edition("e1")).replace('section = "energy"', 'section = "sports"')
    p = tmp_path / "editions" / "e1.toml"
    p.parent.mkdir(parents=True)
    p.write_text(text, "utf-8")
    assert read_edition(p).articles[0].section == "sports"
    bad = text.replace('section = "sports"', 'section = "Sports!"')
    assert "is not a section id" in str(_bad(tmp_path, bad))


def test_section_terms_round_trip_and_old_files_load(tmp_path: Path):
    ed = _edition("e1")
    ed.articles[0].section_terms = ["碳配额", "能源"]
    text = edition_to_toml(ed)
    assert "section_terms = [" in text
    p = tmp_path / "e1.toml"
    p.write_text(text, "utf-8")
    assert read_edition(p).articles[0].section_terms == ["碳配额", "能源"]
    old = re.sub(r"section_terms = \[.*?\]\n", "", text, flags=re.S)  # as written before the field existed
    assert "section_terms" not in old
    p.write_text(old, "utf-8")
    assert read_edition(p).articles[0].section_terms == []


def test_a_figures_reached_round_trips_and_old_files_load(tmp_path: Path):
    ed = _edition("e1")
    plain = edition_to_toml(ed)
    assert "reached" not in plain  # written only when true: files from before the field stay byte-identical
    ed.articles[0].figures[0].change = "up"
    ed.articles[0].figures[0].reached = True  # 提高到27台: the level reached
    text = edition_to_toml(ed)
    assert "reached = true" in text
    p = tmp_path / "e1.toml"
    p.write_text(text, "utf-8")
    assert read_edition(p) == ed
    old = text.replace("reached = true\n", "")  # as written before the field existed
    p.write_text(old, "utf-8")
    (f,) = read_edition(p).articles[0].figures
    assert (f.change, f.reached) == ("up", False)
    err = _bad(tmp_path, text.replace("reached = true", 'reached = "yes"'))
    assert "a figure's 'reached' must be true or false" in str(err)
    assert err.line is not None


def test_syntax_error_reports_line(tmp_path: Path):
    err = _bad(tmp_path, '[edition]\nid = "e1"\ntitle = "x\n')
    assert err.line == 3 and "not valid TOML" in str(err)


def test_missing_headline_and_wrong_types(tmp_path: Path):
    base = '[edition]\nid = "e1"\ntitle = "t"\n\n[[articles]]\nid = "a"\n'
    assert "missing required key 'headline'" in str(_bad(tmp_path, base))
    assert "'paragraphs' must be a list of strings" in str(_bad(tmp_path, base + 'headline = "h"\nparagraphs = "x"\n'))
    assert "appears twice" in str(_bad(tmp_path, base + 'headline = "h"\n\n[[articles]]\nid = "a"\nheadline = "g"\n'))


def test_figure_offsets_are_checked(tmp_path: Path):
    text = edition_to_toml(_edition("e1")).replace("end = 7\n", "end = 999\n")
    assert "end = 999\n" in text
    assert "points outside its paragraph" in str(_bad(tmp_path, text))


def test_edition_id_must_match_file_name(tmp_path: Path):
    assert "does not match the file name" in str(_bad(tmp_path, edition_to_toml(_edition("other"))))


def test_content_is_sanitised_on_read(tmp_path: Path):
    ed = _edition("e1")
    ed.articles[1].headline = "坏\x1b]2;pwned\x07标题\x9b31m"
    write_edition(tmp_path, ed)
    assert read_edition(tmp_path / "editions" / "e1.toml").articles[1].headline == "坏标题"


def test_catalogue_tracks_edits_without_reparsing_everything(tmp_path: Path):
    cd = ContentDir(tmp_path)
    write_edition(tmp_path, _edition("e1", "2025-01-01"))
    write_edition(tmp_path, _edition("e2", "2025-01-02"))
    entries = cd.catalogue()
    assert [e.id for e in entries] == ["e1", "e2"]  # oldest first
    assert (tmp_path / "catalogue.json").exists()
    assert entries[0].section_counts()["energy"] == 1
    # A hand edit to one file is picked up (size/mtime changed).
    p = tmp_path / "editions" / "e2.toml"
    p.write_text(p.read_text("utf-8").replace("第二篇", "改过的标题"), "utf-8")
    os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10_000_000))
    assert [a.headline for a in cd.catalogue()[1].articles][1] == "改过的标题"
    # A deleted file disappears; an invalid one is reported, not fatal.
    (tmp_path / "editions" / "e1.toml").unlink()
    (tmp_path / "editions" / "e3.toml").write_text("garbage = [", "utf-8")
    problems: list[ContentError] = []
    assert [e.id for e in cd.catalogue(problems=problems)] == ["e2"]
    assert problems and "e3.toml:1" in str(problems[0])


def test_library_merges_dirs_first_wins(tmp_path: Path):
    a, b = tmp_path / "user", tmp_path / "bundled"
    mine = _edition("same", "2025-01-01")
    mine.title = "mine"
    write_edition(a, mine)
    write_edition(b, _edition("same", "2025-01-01"))
    write_edition(b, _edition("older", "2024-01-01"))
    lib = Library([a, b], a)
    assert [e.id for e in lib.editions()] == ["older", "same"]
    assert lib.load("same").title == "mine"
    assert lib.newest().id == "same"


def test_read_only_dir_keeps_catalogue_in_cache(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    ro = tmp_path / "ro"
    write_edition(ro, _edition("e1"))
    real_access = os.access
    # CI runs as root, which may write anywhere: pretend the bundled dir is read-only.
    monkeypatch.setattr(
        "reader.store.catalogue.os.access", lambda p, mode: False if Path(p) == ro else real_access(p, mode)
    )
    cd = ContentDir(ro)
    assert [e.id for e in cd.catalogue()] == ["e1"]
    assert not (ro / "catalogue.json").exists()
    assert len(list((tmp_path / "cache").glob("catalogue-*.json"))) == 1
    assert [e.id for e in ContentDir(ro).catalogue()] == ["e1"]


def test_atomic_write_leaves_old_file_on_failure(tmp_path: Path, monkeypatch):
    target = tmp_path / "w" / "f.txt"
    atomic.write_text(target, "old")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic.write_text(target, "new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert [p.name for p in target.parent.iterdir()] == ["f.txt"]  # temp removed


def test_clean_temp_files(tmp_path: Path):
    tmp_path = tmp_path / "w"
    tmp_path.mkdir()
    (tmp_path / ".tmp-state.json.abc").write_text("half")
    (tmp_path / "state.json").write_text("{}")
    assert atomic.clean_temp_files(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_parse_edition_accepts_minimal_file():
    ed = parse_edition('[edition]\nid = "x"\ntitle = "t"\n', Path("x.toml"))
    assert ed.articles == [] and ed.date is None


def test_library_load_uses_cache_and_notices_edits(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    c = tmp_path / "c"
    write_edition(c, _edition("e1"))
    lib = Library([c], c)
    first = lib.load("e1")
    assert first == _edition("e1")
    assert len(list((tmp_path / "cache" / "editions").glob("*.json"))) == 1
    assert Library([c], c).load("e1") == first  # served from the cache, same edition
    # A hand edit changes size/mtime: the cache is not trusted, the file is re-read.
    p = c / "editions" / "e1.toml"
    p.write_text(p.read_text("utf-8").replace("第二篇", "新的标题"), "utf-8")
    os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10_000_000))
    assert Library([c], c).load("e1").articles[1].headline == "新的标题"


def test_quick_catalogue_trusts_an_unchanged_folder_and_notices_changes(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    c = tmp_path / "c"
    write_edition(c, _edition("e1", "2025-01-01"))
    write_edition(c, _edition("e2", "2025-01-02"))
    assert [e.id for e in ContentDir(c).catalogue()] == ["e1", "e2"]
    calls = []
    real_scan = ContentDir._scan
    monkeypatch.setattr(ContentDir, "_scan", lambda self: calls.append(1) or real_scan(self))
    assert [e.id for e in Library([c], c).editions(quick=True)] == ["e1", "e2"]
    assert calls == []  # no per-file stat: the folder is as the catalogue saw it
    # A new file changes the folder: even the quick path sees it.
    write_edition(c, _edition("e3", "2025-01-03"))
    assert [e.id for e in Library([c], c).editions(quick=True)][-1] == "e3"
    assert calls
    # An in-place edit keeps the folder's mtime; load() checks the file it opens
    # and refresh() (the full check) updates the entry.
    lib = Library([c], c)
    lib.editions(quick=True)
    p = c / "editions" / "e2.toml"
    p.write_text(p.read_text("utf-8").replace('title = "测试版"', 'title = "改名"'), "utf-8")
    os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10_000_000))
    assert lib.load("e2").title == "改名"
    assert lib.refresh() is True
    assert lib.entry("e2").title == "改名"
    assert lib.refresh() is False


# -- the start path: one edition and its place in the list, without the list --------------


def _library_with(tmp_path: Path, dirs: list[list[tuple[str, str | None]]]) -> list[Path]:
    """Content dirs holding editions (id, date); their catalogues built."""
    roots = []
    for n, eds in enumerate(dirs):
        root = tmp_path / f"d{n}"
        root.mkdir(parents=True)
        for eid, date in eds:
            ed = _edition(eid, date)
            ed.title = f"{eid}@d{n}"  # which dir the entry came from
            write_edition(root, ed)
        roots.append(root)
    Library(roots, roots[0]).editions()  # writes each dir's catalogue
    return roots


def _expected(roots: list[Path], edition_id: str | None) -> tuple[str, str, int, int]:
    entries = Library(roots, roots[0]).editions()
    ids = [e.id for e in entries]
    i = ids.index(edition_id) if edition_id in ids else len(ids) - 1
    return entries[i].id, entries[i].title, i, len(entries)


def _quick(roots: list[Path], edition_id: str | None) -> tuple[str, str, int, int] | None:
    start = Library(roots, roots[0]).quick_start(edition_id)
    return None if start is None else (start.entry.id, start.entry.title, start.index, start.total)


# 3: the archive is read through the view, the bundled dir in full; 256: both in full;
# 0: both through views, which quick_start declines (two big archives)
@pytest.mark.parametrize("small_dir", [0, 3, 256])
def test_quick_start_agrees_with_the_full_list(tmp_path: Path, monkeypatch, small_dir: int):
    monkeypatch.setattr(Library, "SMALL_DIR", small_dir)
    # an archive, and a "bundled" dir that repeats one of its editions and adds an undated one
    archive = [(f"2025-01-{d:02d}", f"2025-01-{d:02d}") for d in range(1, 8)]
    bundled = [("2025-01-03", "2025-01-03"), ("undated-1", None), ("2026-02-01", "2026-02-01")]
    for order in ([archive, bundled], [bundled, archive]):  # who wins a clash depends on the order
        case = tmp_path / f"{small_dir}-{len(order[0])}"
        roots = _library_with(case, order)
        for wanted in [None, "2025-01-01", "2025-01-03", "2025-01-07", "undated-1", "2026-02-01", "gone"]:
            got = _quick(roots, wanted)
            if small_dir == 0:
                assert got is None
                continue
            assert got == _expected(roots, wanted), wanted


def test_quick_start_reads_a_few_rows_of_a_big_archive(tmp_path: Path, monkeypatch):
    from reader.store.catalogue import EditionEntry

    roots = _library_with(
        tmp_path, [[(f"2024-{m:02d}-{d:02d}", f"2024-{m:02d}-{d:02d}") for m in range(1, 13) for d in (1, 11, 21)]]
    )
    monkeypatch.setattr(Library, "SMALL_DIR", 4)
    built = []
    real = EditionEntry.from_row.__func__
    monkeypatch.setattr(EditionEntry, "from_row", classmethod(lambda cls, *a: built.append(1) or real(cls, *a)))
    assert _quick(roots, "2024-06-11")[2:] == (16, 36)
    assert len(built) <= 8  # a binary search, not 36 rows
    assert _quick(roots, None)[0] == "2024-12-21"


def test_quick_start_declines_a_stale_or_damaged_catalogue(tmp_path: Path):
    (root,) = _library_with(tmp_path, [[("e1", "2025-01-01"), ("e2", "2025-01-02")]])
    assert _quick([root], None)[0] == "e2"
    write_edition(root, _edition("e3", "2025-01-03"))  # the folder changed since
    assert _quick([root], None) is None
    assert Library([root], root).editions()[-1].id == "e3"  # the full path repairs it
    assert _quick([root], None)[0] == "e3"
    cat = root / "catalogue.json"
    cat.write_bytes(cat.read_bytes().replace(b'["e3",', b'["e3"', 1))  # a broken row
    assert _quick([root], None) is None
    cat.write_text('{"version": 2, "editions": []}', "utf-8")  # not laid out a row per line
    assert _quick([root], None) is None


def test_catalogue_view_counts_rows_it_does_not_parse(tmp_path: Path):
    from reader.store.catalogue import CatalogueView

    (root,) = _library_with(tmp_path, [[(f"e{i}", f"2025-01-{i + 1:02d}") for i in range(5)]])
    cd = ContentDir(root)
    data = cd.catalogue_path().read_bytes()
    assert b'"count": 5' in data.splitlines()[0]
    view = cd.view()
    assert len(view) == 5 and view.entry(4).id == "e4" and view.find("e2") == 2 and view.find("e9") is None
    # a catalogue written before the header had a count: the rows are counted
    old = CatalogueView.parse(data.replace(b'"count": 5, ', b""), root, cd._editions_mtime())
    assert len(old) == 5 and old.find("e3") == 3
    # a wrong count is caught when the rows are split, not served
    bad = CatalogueView.parse(data.replace(b'"count": 5', b'"count": 7'), root, cd._editions_mtime())
    with pytest.raises(ValueError):
        bad.entry(0)
