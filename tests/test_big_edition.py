"""Issue 13: an edition of thousands of articles opens, lists and reads like a page.

An edition file of SPLIT_MIN_BYTES or more is cached as heads, rows and bodies
(reader/store/heads.py); these tests make every file count as large (the
``split`` fixture) so a few hundred articles exercise it in milliseconds. One
test (slow) opens an edition over the old 16 MB cap.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import pickle
import re
from pathlib import Path

import pytest
from conftest import newest_edition, press, screen_text, write_content

from reader.model import Article, Edition
from reader.store import heads
from reader.store import library as library_mod
from reader.store.editions import read_edition, write_edition
from reader.store.library import Library


@pytest.fixture
def split(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every edition file counts as large: cached as heads, rows and bodies."""
    monkeypatch.setattr(library_mod, "SPLIT_MIN_BYTES", 0)


def many(n: int, *, paragraph: str | None = None) -> Edition:
    """An edition of ``n`` articles: the fixture edition's, repeated, numbered (some photos and briefs)."""
    base = newest_edition().articles
    arts = []
    for i in range(n):
        a = copy.deepcopy(base[i % len(base)])
        a.id = f"n{i:05d}"
        a.headline = f"{a.headline}（{i}）"
        a.kind = "photo" if i % 10 == 3 else "brief" if i % 11 == 4 else "article"
        if paragraph is not None:
            a.paragraphs = [paragraph, *a.paragraphs]
            a.figures = []
            a.crossheads = []
        arts.append(a)
    return Edition(
        id="2025-12-01", title="大版 2025年12月1日", date="2025-12-01", source_sha256="c" * 64, articles=arts
    )


def cache_dir() -> Path:
    return Path(os.environ["READER_CACHE_DIR"]) / "editions"


def heads_files() -> list[Path]:
    return sorted(cache_dir().glob("*.heads.json"))


def bodies_file() -> Path:
    (path,) = cache_dir().glob("*.bodies.jsonl")
    return path


def load(content: Path, edition_id: str = "2025-12-01") -> Edition:
    return Library.open(content).load(edition_id)


@pytest.fixture
def big(tmp_path: Path) -> tuple[Path, Edition]:
    """A content dir with one edition of 300 articles, and that edition as parsed from its file."""
    content = tmp_path / "big"
    path = write_edition(content, many(120))
    return content, read_edition(path)


def test_a_large_edition_reads_its_heads_at_start_and_each_body_when_used(big, split) -> None:
    content, parsed = big
    assert load(content) == parsed  # the first open parses the file (and caches it)
    lazy = load(content)
    assert all(isinstance(a, heads.LazyArticle) and not a.body_loaded for a in lazy.articles)
    assert [(a.id, a.section, a.kind) for a in lazy.articles] == [(a.id, a.section, a.kind) for a in parsed.articles]
    assert lazy.section_counts() == parsed.section_counts()
    a, p = lazy.articles[93], parsed.articles[93]
    # what the article list shows comes from the section's rows, no body read
    assert (a.headline, a.kicker, a.first_line()) == (p.headline, p.kicker, p.first_line())
    assert not a.body_loaded
    assert a.paragraphs == p.paragraphs and a.body_loaded  # opening it reads its body
    assert a == p and p == a
    assert sum(x.body_loaded for x in lazy.articles) == 1  # and only its own
    assert lazy == parsed and parsed == lazy  # every body read, every field equal
    assert dataclasses.asdict(lazy) == dataclasses.asdict(parsed)
    assert lazy.to_json() == parsed.to_json()


def test_a_lazy_article_is_an_article_to_every_caller(big, split) -> None:
    content, parsed = big
    load(content)
    lazy = load(content)
    a = lazy.articles[7]
    a.section = "general"  # set before its body is read (as the session files unknown sections): kept
    assert a.figures == parsed.articles[7].figures and a.section == "general"
    b = lazy.articles[8]
    for twin in (copy.copy(b), copy.deepcopy(b), pickle.loads(pickle.dumps(b))):
        assert type(twin) is Article and twin == parsed.articles[8]
    c = dataclasses.replace(lazy.articles[9], headline="改过的标题")
    assert c.headline == "改过的标题" and c.paragraphs == parsed.articles[9].paragraphs
    assert lazy.articles[10] != parsed.articles[11] and lazy.articles[10] != "n00010"


def _damage(path: Path, old: bytes, new: bytes, *, keep_stamp: bool = True) -> None:
    """Replace ``old`` by ``new`` (same length) in ``path``, keeping its size and mtime (a cache
    corrupted in place, which the stamp check cannot see)."""
    assert len(old) == len(new)
    st = path.stat()
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))
    if keep_stamp:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.mark.parametrize(
    "damage, article",
    [
        ("not JSON", "n00042"),
        ("a wrong type", "n00000"),
        ("another article's id", "n00042"),
        ("truncated", "n00042"),
        ("rows", "n00000"),
    ],
)
def test_a_damaged_cache_falls_back_to_the_edition_file_never_a_crash(big, split, damage: str, article: str) -> None:
    content, parsed = big
    load(content)
    lazy = load(content)
    bodies = bodies_file()  # the rows of each section, then the bodies in page order
    if damage == "not JSON":
        _damage(bodies, b'{"id":"n00042"', b'{"id":"n00042]')
    elif damage == "a wrong type":  # n00000's body is the first
        _damage(bodies, b'"kind":"article"', b'"kind":123456789')
    elif damage == "another article's id":
        _damage(bodies, b'{"id":"n00042"', b'{"id":"n00043"')
    elif damage == "truncated":
        with bodies.open("r+b") as fh:
            fh.truncate(bodies.stat().st_size // 2)
    else:  # the first rows (n00000's section): its list entries come from the bodies then
        _damage(bodies, b'[["', b"[[1")
    a = next(x for x in lazy.articles if x.id == article)
    p = next(x for x in parsed.articles if x.id == article)
    assert (a.headline, a.first_line()) == (p.headline, p.first_line())
    assert a == p
    assert lazy == parsed
    if damage != "rows":
        assert heads_files() == []  # given up: the next start parses the file and caches it again
        again = load(content)
        assert again == parsed and not isinstance(again.articles[0], heads.LazyArticle)
        assert isinstance(load(content).articles[0], heads.LazyArticle)


def test_a_cache_made_again_meanwhile_does_not_disturb_a_reader(big, split) -> None:
    content, parsed = big
    load(content)
    lazy = load(content)
    lib = Library.open(content)
    assert lib.keep_cached(lib.editions()[0], parsed)  # another reader's: a new bodies file renamed over it
    assert lazy.articles[50] == parsed.articles[50]  # read from the file it opened, not given up
    assert len(heads_files()) == 1


def test_a_damaged_or_hostile_heads_file_is_parsed_again(big, split) -> None:
    content, parsed = big
    load(content)
    (hp,) = heads_files()
    good = hp.read_bytes()
    for junk in (
        b"",
        b"{",
        b"[" * 100_000,
        good.replace(b'"section":[', b'"section":7,"x":['),
        good[:-40],
        good.replace(b'"kind":["', b'"kind":[3,"'),
    ):
        hp.write_bytes(junk)
        ed = load(content)
        assert ed == parsed
        assert isinstance(load(content).articles[0], heads.LazyArticle)  # and cached again


def test_an_edited_edition_file_is_not_served_from_its_old_cache(big, split) -> None:
    content, parsed = big
    load(content)
    changed = copy.deepcopy(parsed)
    changed.articles[0].headline = "编辑改过的标题"
    changed.articles[5].paragraphs, changed.articles[5].figures, changed.articles[5].crossheads = ["新的一段。"], [], []
    write_edition(content, changed)
    assert load(content).articles[0].headline == "编辑改过的标题"
    assert load(content).articles[5].paragraphs == ["新的一段。"]


def test_an_import_caches_a_large_edition_so_the_first_start_reads_no_toml(
    tmp_path, split, capsys, monkeypatch
) -> None:
    from reader.cli import main

    page = tmp_path / "page.txt"
    page.write_text("测试标题风电场\n\n□本报记者 张三\n\n这是第一段，说明了风电场机组的情况。\n", "utf-8")
    content = tmp_path / "content"
    assert main(["import", str(page), "--content", str(content)]) == 0
    assert len(heads_files()) == 1
    parsed = []
    monkeypatch.setattr(library_mod, "read_edition", lambda *a, **k: parsed.append(a) or read_edition(*a, **k))
    lib = Library.open(content)
    ed = lib.load_entry(lib.editions()[0])
    assert parsed == [] and isinstance(ed.articles[0], heads.LazyArticle)
    assert ed == read_edition(lib.editions()[0].path)


async def test_the_reader_opens_a_large_edition_reading_only_the_body_it_shows(tmp_path, split, monkeypatch) -> None:
    from reader.ui.app import ReaderApp

    content = write_content(tmp_path / "content")
    Library.open(content).load("2025-11-15")  # the cache made (as an import or a first start does)
    read: list[int] = []
    real = heads.Bodies._read

    def counting(self, index: int, article_id: str) -> Article:
        read.append(index)
        return real(self, index, article_id)

    monkeypatch.setattr(heads.Bodies, "_read", counting)
    app = ReaderApp(str(content), animations=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "昌吉国家高新区：数字技术研发成果向多领域延伸" in text  # the first section's lead, listed
        assert "从数字物流平台占据全疆九成市场" in text  # and shown in the body
        assert len(read) == 1  # its body alone
        await press(pilot, "4")
        assert "玛纳斯县7个能源补给" in screen_text(app)  # listed from the rows
        assert len(read) == 1
        await press(pilot, "enter")
        assert "截至10月，奇台县在2025年" in screen_text(app)  # the section's lead opened: its body read
        assert len(read) == 2


@pytest.mark.slow
async def test_an_edition_over_the_old_16_mb_cap_opens_at_its_first_section(tmp_path) -> None:
    from reader.ui.app import ReaderApp

    content = tmp_path / "content"
    path = write_edition(content, many(700, paragraph="进入四季度，重点能源补给项目建设进入冲刺阶段。" * 360))
    assert path.stat().st_size > 16 * 1024 * 1024
    app = ReaderApp(str(content), animations=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "700 篇" in text  # the masthead
        assert "进入四季度，重点能源" in text  # the lead article listed (its first line) and shown
        assert "too large" not in text
    assert len(heads_files()) == 1  # cached: the next start reads its heads
    ed = Library.open(content).load("2025-12-01")
    assert isinstance(ed.articles[0], heads.LazyArticle) and len(ed.articles) == 700


# -- the article list: a virtual list ---------------------------------------------------------------


def _items(n: int) -> list:
    from reader.ui.widgets.panes import ArticleItem

    heads_ = [
        "短标题",
        "昌吉国家高新区：数字技术研发成果向多领域延伸，AI智能机器人精准复刻书法大师笔韵",
        "Latin words wrap whole",
    ]
    return [
        ArticleItem(
            id=f"i{i}",
            headline=f"{heads_[i % 3]}{i}",
            kicker="何以高新" if i % 4 == 0 else None,
            first_line="" if i % 5 == 0 else "进入四季度，玛纳斯县7个重点能源补给项目建设进入冲刺阶段。",
            read=i % 2 == 0,
            bookmarked=i % 7 == 0,
            open=i == 3,
            photo_label="图片" if i % 6 == 0 else None,
        )
        for i in range(n)
    ]


def test_an_article_list_counts_an_items_lines_as_it_renders_them() -> None:
    from reader.ui.widgets.panes import ArticleList

    lst = ArticleList()
    for width in (3, 10, 20, 30, 32, 34, 50, 77):
        for item in _items(60):
            assert lst.line_count(item, width) == len(lst.render_item(item, width)), (item, width)


async def test_a_section_of_thousands_renders_only_what_it_shows() -> None:
    from textual.app import App, ComposeResult

    from reader.ui.widgets.panes import ArticleList

    rendered: list[str] = []

    class Counting(ArticleList):
        def render_item(self, item, width):
            rendered.append(item.id)
            return super().render_item(item, width)

    class ListApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Counting(id="articles")

    items = _items(3000)
    app = ListApp()
    async with app.run_test(size=(40, 20)) as pilot:
        lst = app.query_one(Counting)
        lst.focus()
        lst.set_items(items, 0)
        await pilot.pause()
        assert "短标题0" in screen_text(app)
        assert len(set(rendered)) < 15  # what 20 rows show, not 3,000 items
        await press(pilot, "end")
        assert lst.index == 2999 and "Latin words wrap whole2999" in screen_text(app).replace("\n", "")
        assert len(set(rendered)) < 30
        lst.page(-1)  # PageUp (the reading screen's key)
        await pilot.pause()
        up = lst.index
        assert 2985 < up < 2999
        lst.page(1)
        await pilot.pause()
        assert up < lst.index <= 2999
        await press(pilot, "home", "down", "down")
        assert lst.index == 2 and "短标题0" in screen_text(app)
        lst.scroll_to(y=lst.virtual_size.height // 2, animate=False)  # the scrollbar dragged half way
        await pilot.pause()
        shown = [int(n) for n in re.findall(r"(?:短标题|延伸|whole)(\d+)", screen_text(app))]
        assert shown and 1000 < min(shown) < 2000, shown
        lst.set_items(items, 1500)  # a highlighted article deep in the list
        await pilot.pause()
        assert lst.index == 1500 and "1500" in screen_text(app)
        assert len(set(rendered)) < 45
