"""Search: substring-complete recall, query syntax, ranking, incremental
updates, recovery from a broken index, and `reader search` / `reader index`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import newest_edition, older_edition
from reader.cli import main
from reader.model import Article, Caption, Edition
from reader.sanitize import clean
from reader.store import search as S
from reader.store.editions import write_edition
from reader.store.library import Library


def _edition(eid: str, date: str | None, *articles: Article, sha: str | None = None) -> Edition:
    return Edition(
        id=eid, title=eid, date=date, source_sha256=sha or (eid.encode().hex() * 8)[:64], articles=list(articles)
    )


def latin_edition() -> Edition:
    return _edition(
        "2024-03-01",
        "2024-03-01",
        Article(
            id="l1",
            headline="风电装机突破 1200 MW",
            section="energy",
            paragraphs=[
                "The Carbon  Market opened: 5800万吨 traded, ＡＩ全角 and 1 2 3 ok.",
                '他说"好的"，然后 market carbon 反过来。\t制表符 İstanbul。',
                "一",
            ],
            captions=[Caption("图为 Wind Farm 全景", ["摄影者"])],
        ),
    )


def _library(root: Path, *editions: Edition) -> Library:
    root.mkdir(parents=True, exist_ok=True)
    for e in editions:
        write_edition(root, e)
    return Library.open(root)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    return _library(tmp_path / "content", older_edition(), newest_edition(), latin_edition())


def ids(hits: list[S.Hit]) -> list[tuple[str, str]]:
    return [(h.edition_id, h.article_id) for h in hits]


# -- substring-complete recall ------------------------------------------------

_RECALL_EDITIONS = [older_edition(), newest_edition(), latin_edition()]
# As stored: content files are sanitised on the way in (escape sequences go).
_FIELDS = [
    (e.id, a.id, clean(text))
    for e in _RECALL_EDITIONS
    for a in e.articles
    for text in [a.headline, *a.paragraphs, *(c.text for c in a.captions)]
    if len(clean(text).strip()) >= 2
]


@pytest.fixture(scope="module")
def recall_lib(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("recall")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("READER_CACHE_DIR", str(base / "cache"))
        library = _library(base / "content", *_RECALL_EDITIONS)
        S.ensure_index(library)
    return library


@pytest.fixture
def _recall_cache(recall_lib: Library, monkeypatch: pytest.MonkeyPatch) -> Library:
    # The autouse isolation fixture points READER_CACHE_DIR elsewhere for
    # every test; this module's shared index lives beside its content.
    monkeypatch.setenv("READER_CACHE_DIR", str(Path(recall_lib.write_dir.root).parent / "cache"))
    return recall_lib


@pytest.fixture(autouse=True)
def _close_indexes():
    yield
    S.close_all()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_substring_of_two_or_more_characters_finds_its_article(_recall_cache: Library, data) -> None:
    eid, aid, text = data.draw(st.sampled_from(_FIELDS))
    start = data.draw(st.integers(0, len(text) - 2))
    length = data.draw(st.integers(2, min(12, len(text) - start)))
    sub = text[start : start + length]
    if len(sub.strip()) < 2:
        return  # a query of one visible character is refused (tested below)
    hits = S.search(_recall_cache, sub, limit=1000)
    assert (eid, aid) in ids(hits), f"{sub!r} from {eid}/{aid} not found"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_character_words_found_through_the_index_too(_recall_cache: Library, monkeypatch, data) -> None:
    # Force the index path for one-character words (normally taken only after
    # PREFIX_SWITCH candidates were checked by text): same answers.
    monkeypatch.setattr(S, "PREFIX_SWITCH", 0)
    eid, aid, text = data.draw(st.sampled_from(_FIELDS))
    words = text.split()
    if len(words) < 2:
        words = [text[:1], text[1:]]
    picked = data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=3))
    chars = data.draw(st.lists(st.sampled_from(list(text.replace(" ", "") or "x")), max_size=2))
    # (quotes left out: `“a b”` built from two separate words is a phrase
    # the text need not contain - quoting is tested on its own)
    query = " ".join(picked + chars)
    if any(w[0] in '"“「『' for w in query.split()):
        return
    if not any(len(w) >= 2 for w in query.split()) or len(query.strip()) < 2:
        return
    assert (eid, aid) in S.matching(_recall_cache, query)
    assert (eid, aid) in ids(S.search(_recall_cache, query, limit=1000))


def test_every_two_character_window_of_every_field_finds_its_article(_recall_cache: Library) -> None:
    # Exhaustive over 2-character windows: the case trigram indexes miss.
    for eid, aid, text in _FIELDS:
        for i in range(len(text) - 1):
            sub = text[i : i + 2]
            if len(sub.strip()) < 2:
                continue
            assert (eid, aid) in ids(S.search(_recall_cache, sub, limit=1000)), sub


def test_no_false_hits_for_text_that_does_not_occur(lib: Library) -> None:
    for q in ("配额碳", "高新企业", "5800万米", "markets", "carbon market"):
        hits = S.search(lib, q)
        for h in hits:
            art = Library.open(lib.write_dir.root).load(h.edition_id).article(h.article_id)
            assert art is not None
            blob = S.fold(" ".join([art.headline, *art.paragraphs, *(c.text for c in art.captions)]))
            for term in S.parse_query(q):
                assert term in blob, (q, h.headline)
    assert S.search(lib, "配额碳") == []
    assert S.search(lib, '"carbon market"') == []


# -- query syntax -------------------------------------------------------------


def test_words_are_anded(lib: Library) -> None:
    assert ids(S.search(lib, "碳配额 清缴")) == [("2025-11-15", "a05")]
    assert S.search(lib, "碳配额 哈萨克斯坦") == []
    both = ids(S.search(lib, "较早 综合"))
    assert both == [("2025-11-08", "b02")]


def test_quoted_phrase_is_exact_spaces_included(lib: Library) -> None:
    assert ids(S.search(lib, '"carbon  market"')) == [("2024-03-01", "l1")]
    assert S.search(lib, '"carbon market"') == []  # the text has two spaces
    assert ids(S.search(lib, '"market carbon"')) == [("2024-03-01", "l1")]
    assert ids(S.search(lib, "“综合能源站”")) == [("2025-11-15", "a07")]


def test_latin_is_case_and_width_insensitive_numbers_match(lib: Library) -> None:
    for q in ("mw", "MW", "ＭＷ", "wind farm", "ai全角", "İstanbul", "the carbon"):
        assert ("2024-03-01", "l1") in ids(S.search(lib, q)), q
    assert set(ids(S.search(lib, "5800万吨"))) == {("2024-03-01", "l1"), ("2025-11-15", "a01")}
    assert ("2025-11-15", "a04") in ids(S.search(lib, "86.34%"))
    assert S.search(lib, "58000万吨") == []


def test_quotes_inside_a_word_are_characters(lib: Library) -> None:
    assert S.parse_query('他说"好的"，然后') == ['他说"好的",然后']
    assert S.parse_query("顺利“出国”，") == ["顺利“出国”,"]
    assert S.parse_query('"carbon  market" 5800') == ["carbon  market", "5800"]
    assert S.parse_query("“碳配额” 清缴") == ["碳配额", "清缴"]
    assert ids(S.search(lib, '说"好的"，然')) == [("2024-03-01", "l1")]


def test_markup_and_fts_syntax_in_queries_are_plain_text(lib: Library) -> None:
    assert ids(S.search(lib, "[bold]")) == [("2025-11-15", "a08")]
    for q in ("AND OR", "NOT 能源", "能源*", "{headline}: 能源", "^能源", '"能源', "a'b", "NEAR(能源 项目)"):
        S.search(lib, q)  # no exception, whatever it finds


def test_too_short_queries_are_refused(lib: Library) -> None:
    for q in ("", " ", " a ", "\tx\n", "1"):  # (one Chinese character is a query: see below)
        with pytest.raises(S.QueryError, match="too short"):
            S.search(lib, q)


def test_single_character_words_inside_a_longer_query(lib: Library) -> None:
    # "碳" alone is too short, but as one word of several it must occur too.
    assert ids(S.search(lib, "碳 清缴")) == [("2025-11-15", "a05")]
    assert S.search(lib, "鲸 清缴") == []
    assert S.matching(lib, "鲸 清缴") == set()
    assert S.matching(lib, "碳 清缴") == {("2025-11-15", "a05")}


def test_single_character_words_through_the_index(lib: Library, monkeypatch) -> None:
    monkeypatch.setattr(S, "PREFIX_SWITCH", 0)
    assert ids(S.search(lib, "碳 清缴")) == [("2025-11-15", "a05")]
    assert S.search(lib, "鲸 清缴") == []
    assert S.matching(lib, "鲸 清缴") == set()
    # "一" is only the last character of l1's body: found by the end token.
    assert S.matching(lib, "一 carbon") == {("2024-03-01", "l1")}
    assert ids(S.search(lib, "一 carbon")) == [("2024-03-01", "l1")]
    assert ids(S.search(lib, "1 2 3")) == [("2024-03-01", "l1")]  # all words one character: literal


# -- snippets and locations ---------------------------------------------------


def test_hit_points_at_the_first_match_in_the_body(lib: Library) -> None:
    (hit,) = S.search(lib, "交易额 货运量")
    art = newest_edition().article("a01")
    assert art is not None and hit.article_id == "a01"
    assert (hit.paragraph, hit.offset) == (1, art.paragraphs[1].index("货运量"))  # 货运量 comes first
    assert hit.spans
    for s, e in hit.spans:
        assert hit.snippet[s:e] in ("货运量", "交易额")
    assert "交易额" in hit.snippet


def test_headline_only_hit_has_no_body_location(lib: Library) -> None:
    (hit,) = S.search(lib, "万株苗木")
    assert hit.article_id == "a06" and hit.paragraph is None and hit.offset is None
    assert hit.snippet  # something to show


def test_snippet_spans_mark_every_shown_match(lib: Library) -> None:
    for h in S.search(lib, "能源"):
        assert h.spans
        for s, e in h.spans:
            assert h.snippet[s:e] == "能源"


# -- ranking ------------------------------------------------------------------


def test_headline_hit_ranks_above_body_hits(tmp_path: Path) -> None:
    body_heavy = Article(id="x1", headline="别的标题", paragraphs=["储能储能储能储能储能，储能项目。" * 3])
    in_headline = Article(id="x2", headline="储能电站开工", paragraphs=["一段没有那个词的很长的正文。" * 10])
    library = _library(tmp_path / "c", _edition("2025-01-01", "2025-01-01", body_heavy, in_headline))
    assert ids(S.search(library, "储能"))[0] == ("2025-01-01", "x2")


def test_more_relevant_first_then_newer_first(tmp_path: Path) -> None:
    once = Article(id="o", headline="甲", paragraphs=["光伏一次。" + "其他内容。" * 20])
    often = Article(id="m", headline="乙", paragraphs=["光伏光伏光伏，光伏。" + "其他内容。" * 20])
    same_a = Article(id="s", headline="丙", paragraphs=["同样的文字，风电。"])
    library = _library(
        tmp_path / "c",
        _edition("2020-01-01", "2020-01-01", once, often, same_a),
        _edition("2023-06-01", "2023-06-01", Article(id="s", headline="丙", paragraphs=["同样的文字，风电。"])),
        _edition("2021-06-01", "2021-06-01", Article(id="s", headline="丙", paragraphs=["同样的文字，风电。"])),
    )
    assert ids(S.search(library, "光伏")) == [("2020-01-01", "m"), ("2020-01-01", "o")]
    assert [h.edition_date for h in S.search(library, "风电")] == ["2023-06-01", "2021-06-01", "2020-01-01"]


def test_more_query_words_in_the_headline_rank_higher(tmp_path: Path) -> None:
    one = Article(id="one", headline="光伏新闻", paragraphs=["光伏与储能。"])
    two = Article(id="two", headline="光伏储能新闻", paragraphs=["光伏与储能。"])
    library = _library(tmp_path / "c", _edition("2025-01-01", "2025-01-01", one, two))
    assert ids(S.search(library, "光伏 储能")) == [("2025-01-01", "two"), ("2025-01-01", "one")]


def test_limit(lib: Library) -> None:
    assert len(S.search(lib, "项目", limit=50)) > 1
    assert len(S.search(lib, "项目", limit=1)) == 1
    assert S.search(lib, "能源", limit=0) == []


# -- incremental updates ------------------------------------------------------


def _rows(library: Library) -> int:
    con = sqlite3.connect(S.index_path(library))
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_index_edition_replaces_rows_no_duplicates(lib: Library) -> None:
    S.ensure_index(lib)
    before = _rows(lib)
    ed = newest_edition()
    for _ in range(3):
        S.index_edition(ed, lib)
    assert _rows(lib) == before
    assert len(S.search(lib, "碳配额")) == 1
    report = S.ensure_index(lib)
    assert report.indexed == 0 and report.removed == 0 and not report.rebuilt


def test_changed_and_deleted_editions_are_picked_up(lib: Library, tmp_path: Path) -> None:
    S.ensure_index(lib)
    changed = newest_edition()
    changed.articles[4].headline = "奇台县氢能示范项目启动"
    changed.articles[4].paragraphs = ["全新的正文，写到了氢能重卡。"]
    changed.articles[4].figures = []
    write_edition(lib.write_dir.root, changed)
    (Path(lib.write_dir.root) / "editions" / "2025-11-08.toml").unlink()
    lib.invalidate()
    report = S.ensure_index(lib)
    assert report.indexed == 1 and report.removed == 1
    assert ids(S.search(lib, "氢能重卡")) == [("2025-11-15", "a05")]
    assert S.search(lib, "碳配额履约") == []
    assert S.search(lib, "较早") == []


def test_reimport_through_the_cli_leaves_one_copy(tmp_path: Path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text("海上风电标题\n\n□本报记者 张三\n\n这是第一段，海上风电项目并网。\n", "utf-8")
    content = tmp_path / "content"
    for date in ("2025-01-02", "2025-01-02", "2025-01-03"):
        assert main(["import", str(page), "--content", str(content), "--date", date]) == 0
    capsys.readouterr()
    assert main(["search", "海上风电项目", "--content", str(content), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [d["date"] for d in doc] == ["2025-01-03"]


# -- broken index -------------------------------------------------------------


def test_garbage_index_is_rebuilt(lib: Library) -> None:
    S.ensure_index(lib)
    S.close_all()
    path = S.index_path(lib)
    path.write_bytes(b"this is not a database at all " * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    seen = []
    report = S.ensure_index(lib, lambda d, t, what: seen.append(what))
    assert report.rebuilt and report.reason and "unreadable" in report.reason
    assert seen and "building the search index" in seen[0]
    assert len(S.search(lib, "碳配额")) == 1


def test_garbage_index_found_while_searching_is_rebuilt(lib: Library) -> None:
    S.ensure_index(lib)
    S.close_all()
    S.index_path(lib).write_bytes(b"\x00\xff" * 5000)
    assert len(S.search(lib, "碳配额")) == 1


def test_wrong_schema_version_is_rebuilt(lib: Library) -> None:
    S.ensure_index(lib)
    S.close_all()
    con = sqlite3.connect(S.index_path(lib))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    con.commit()
    con.close()
    report = S.ensure_index(lib)
    assert report.rebuilt and "another version (schema 0" in (report.reason or "")
    assert len(S.search(lib, "碳配额")) == 1


def test_missing_table_is_rebuilt(lib: Library) -> None:
    S.ensure_index(lib)
    S.close_all()
    con = sqlite3.connect(S.index_path(lib))
    con.execute("DROP TABLE fts")
    con.commit()
    con.close()
    assert len(S.search(lib, "碳配额")) == 1


def test_a_rebuild_by_another_process_is_noticed(lib: Library) -> None:
    import os
    import subprocess
    import sys

    assert len(S.search(lib, "碳配额")) == 1  # this process holds the index open
    subprocess.run(
        [sys.executable, "-m", "reader", "index", "--content", str(lib.write_dir.root)],
        check=True,
        capture_output=True,
        env=dict(os.environ),
    )
    extra = _edition("2025-12-01", "2025-12-01", Article(id="n1", headline="冰雪旅游升温", paragraphs=["滑雪场开板。"]))
    write_edition(lib.write_dir.root, extra)
    S.index_edition(extra, lib)  # must land in the new file, not the deleted one
    con = sqlite3.connect(S.index_path(lib))
    try:
        assert con.execute("SELECT count(*) FROM editions WHERE id = '2025-12-01'").fetchone() == (1,)
    finally:
        con.close()


def test_rebuild_counts(lib: Library) -> None:
    report = S.rebuild(lib)
    assert (report.editions, report.articles) == (3, 11)
    assert report.size > 0 and report.path.exists()


# -- command line -------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_shape(lib: Library, capsys) -> None:
    code, out, err = run(capsys, "search", "能源", "--content", str(lib.write_dir.root), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc and all(set(d) == {"edition", "date", "article", "headline", "section", "snippet"} for d in doc)
    assert doc[0] == {
        "edition": "2025-11-15",
        "date": "2025-11-15",
        "article": "a07",
        "headline": "玛纳斯县7个能源补给项目年内投用",
        "section": "energy",
        "snippet": doc[0]["snippet"],
    }
    assert "能源" in doc[0]["snippet"]


def test_cli_text_is_plain_when_piped(lib: Library, capsys) -> None:
    code, out, err = run(capsys, "search", "碳配额", "--content", str(lib.write_dir.root))
    assert code == 0
    (line,) = out.splitlines()
    assert line.startswith("2025-11-15 · energy · 奇台县在全州率先完成碳配额清缴 — ")
    assert "\x1b" not in out


def test_cli_words_and_limit(lib: Library, capsys) -> None:
    code, out, _ = run(capsys, "search", "高新", "--content", str(lib.write_dir.root), "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1
    code, out, _ = run(capsys, "search", "碳配额", "清缴", "--content", str(lib.write_dir.root))
    assert code == 0 and len(out.splitlines()) == 1


def test_cli_no_match_exit_1(lib: Library, capsys) -> None:
    code, out, err = run(capsys, "search", "没有这个词", "--content", str(lib.write_dir.root))
    assert code == 1 and out == ""
    assert err.splitlines()[-1].startswith("reader: no match for") and "没有这个词" in err
    code, out, err = run(capsys, "search", "没有这个词", "--content", str(lib.write_dir.root), "--format", "json")
    assert code == 1 and json.loads(out) == []


def test_cli_short_query_exit_2(lib: Library, capsys) -> None:
    code, out, err = run(capsys, "search", "a", "--content", str(lib.write_dir.root))
    assert code == 2 and out == ""
    assert err.startswith("reader: ") and "too short" in err and len(err.strip().splitlines()) == 1


def test_cli_bad_limit_exit_2(lib: Library, capsys) -> None:
    code, _, err = run(capsys, "search", "能源", "--content", str(lib.write_dir.root), "--limit", "0")
    assert code == 2 and "--limit" in err


def test_cli_rebuild_of_corrupt_index_says_so(lib: Library, capsys) -> None:
    S.ensure_index(lib)
    S.close_all()
    S.index_path(lib).write_bytes(b"garbage" * 999)
    code, out, err = run(capsys, "search", "碳配额", "--content", str(lib.write_dir.root))
    assert code == 0 and "奇台县" in out
    assert "building the search index" in err and "Traceback" not in err


def test_cli_index(lib: Library, capsys) -> None:
    code, out, err = run(capsys, "index", "--content", str(lib.write_dir.root))
    assert code == 0
    assert out.startswith("indexed 3 edition(s), 11 article(s) in ")


def test_search_now_answers_from_what_is_indexed_while_a_build_runs(tmp_path: Path) -> None:
    """The reader builds the index in a worker; a query typed meanwhile searches
    the editions indexed so far and says it is partial, never waits for the
    build (which holds the index) and never calls a partial answer complete."""
    import threading

    lib = _library(tmp_path, newest_edition(), older_edition())
    hits, complete = S.search_now(lib, "能源")
    assert complete is False  # nothing built yet: no answer is called complete
    S.ensure_index(lib)
    hits, complete = S.search_now(lib, "能源")
    assert complete is True and hits
    full = ids(hits)

    ix = S._index_for(lib)  # noqa: SLF001 - what a build in another thread holds
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with ix.lock:
            entered.set()
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    entered.wait(5)
    try:
        hits, complete = S.search_now(lib, "能源")  # answers at once, from the committed rows
        assert complete is False
        assert ids(hits) == full
    finally:
        release.set()
        t.join()


# -- searching as Chinese readers type (issue 15) ------------------------------------


def test_one_chinese_character_is_a_query(lib: Library) -> None:
    hits = S.search(lib, "碳")
    assert hits and all("碳" in (h.headline + h.snippet) for h in hits)
    assert set(ids(hits)) == {(h.edition_id, h.article_id) for h in S.search(lib, "\t碳\n")}
    every = {
        (e.id, a.id)
        for e in (older_edition(), newest_edition())
        for a in e.articles
        if "碳" in a.headline + "".join(a.paragraphs) + "".join(c.text for c in a.captions)
    }
    assert set(ids(hits)) == every  # every article with the character, none without


def test_one_character_lists_headlines_then_the_rest_each_newest_first(tmp_path: Path) -> None:
    """碳 alone: the articles with 碳 in the headline first, then those with it
    only in the text, each group newest first (a one-character query is not
    ranked by bm25: it was 49 ms of 能's 65 at 3,650 editions, see
    bench/search_bench.py)."""
    eds = [
        _edition(
            f"2024-05-0{d}",
            f"2024-05-0{d}",
            Article(id="h", headline=f"碳市场第{d}期", section="energy", paragraphs=["市场交易活跃。"]),
            Article(
                id="t",
                headline=f"能源新闻{d}",
                section="energy",
                # the oldest says 碳 most often: newest first all the same
                paragraphs=["企业完成碳配额清缴。" + ("碳达峰、碳中和，碳市场。" if d == 1 else "")],
            ),
            Article(id="x", headline=f"人大新闻{d}", section="npc", paragraphs=["代表建议。"]),
        )
        for d in (1, 3, 2)
    ]
    lib = _library(tmp_path / "content", *eds)
    got = ids(S.search(lib, "碳"))
    heads = [("2024-05-03", "h"), ("2024-05-02", "h"), ("2024-05-01", "h")]
    texts = [("2024-05-03", "t"), ("2024-05-02", "t"), ("2024-05-01", "t")]
    assert got == heads + texts
    assert ids(S.search(lib, "碳", limit=2)) == heads[:2]
    assert ids(S.search(lib, "碳", limit=4)) == heads + texts[:1]


def test_traditional_and_simplified_find_each_other(tmp_path: Path) -> None:
    trad = _edition(
        "2024-05-01",
        "2024-05-01",
        Article(id="t1", headline="臺灣風電裝機創新高", section="energy", paragraphs=["離岸風電項目陸續併網。"]),
    )
    simp = _edition(
        "2024-05-02",
        "2024-05-02",
        Article(id="s1", headline="台湾海峡风电规划", section="energy", paragraphs=["离岸风电项目并网。"]),
    )
    lib = _library(tmp_path / "c", trad, simp)
    assert {h.article_id for h in S.search(lib, "台湾")} == {"t1", "s1"}
    assert {h.article_id for h in S.search(lib, "臺灣")} == {"t1", "s1"}
    assert {h.article_id for h in S.search(lib, "离岸风电")} == {"t1", "s1"}
    (hit,) = [h for h in S.search(lib, "台湾") if h.article_id == "t1"]
    assert hit.headline == "臺灣風電裝機創新高"  # shown as printed


def test_ling_and_the_circle_numeral_fold(tmp_path: Path) -> None:
    ed = _edition(
        "2024-06-01",
        "2024-06-01",
        Article(id="n1", headline="二〇二四年工作报告", section="general", paragraphs=["全文。"]),
    )
    lib = _library(tmp_path / "c", ed)
    assert ids(S.search(lib, "二零二四")) == [("2024-06-01", "n1")]
    assert ids(S.search(lib, "二〇二四")) == [("2024-06-01", "n1")]


def test_pinyin_and_initials_find_headlines(tmp_path: Path) -> None:
    ed = _edition(
        "2024-07-01",
        "2024-07-01",
        Article(id="p1", headline="自治区能源局发布新规", section="energy", paragraphs=["正文里没有拼音。"]),
        Article(id="p2", headline="昌吉高新区新闻", section="hightech", paragraphs=["另一篇。"]),
    )
    lib = _library(tmp_path / "c", ed)
    assert ids(S.search(lib, "nengyuan")) == [("2024-07-01", "p1")]
    assert ids(S.search(lib, "nyj")) == [("2024-07-01", "p1")]
    assert ids(S.search(lib, "NengYuanJu")) == [("2024-07-01", "p1")]  # case folds
    (hit,) = S.search(lib, "nyj")
    assert "pinyin" not in hit.snippet and "nyj" not in hit.snippet  # indexed, never shown


def test_figure_history_lists_the_same_measure_across_editions_newest_first(tmp_path: Path) -> None:
    from dataclasses import replace as dc_replace

    from reader.model import Figure

    def with_volume(eid: str, date: str, value: int, text: str, reached: bool = False) -> Edition:
        p = [f"园区年货运量达{text}，同比增长。"]
        fig = Figure(
            text=text,
            value=value,
            unit="吨",
            qualifier=None,
            label="年货运量",
            context=p[0],
            paragraph=0,
            start=7,
            end=7 + len(text),
            change="up",
            reached=reached,
        )
        other = Figure(
            text="36个", value=36, unit="个", qualifier=None, label="创新平台", context="", paragraph=0, start=0, end=3
        )
        art = Article(id="v1", headline=f"{date[:4]}年物流园区", section="general", paragraphs=p, figures=[fig, other])
        return _edition(eid, date, art)

    lib = _library(
        tmp_path / "c",
        with_volume("e1", "2023-05-01", 48_000_000, "4800万吨"),
        with_volume("e2", "2025-05-01", 58_000_000, "5800万吨"),
        with_volume("e3", "2024-05-01", 53_000_000, "5300万吨"),
    )
    S.ensure_index(lib)
    points = S.figure_history(lib, "年货运量", "吨")
    assert [(p.date, p.value) for p in points] == [("2025-05-01", 58e6), ("2024-05-01", 53e6), ("2023-05-01", 48e6)]
    assert points[0].headline == "2025年物流园区" and points[0].text == "5800万吨"
    assert S.figure_history(lib, "年货运量", "元") == []  # another unit is another measure
    assert [p.reached for p in points] == [False, False, False]
    # an edition imported again replaces its figures
    write_edition(tmp_path / "c", dc_replace(with_volume("e1", "2023-05-01", 47_000_000, "4700万吨"), id="e1"))
    lib.invalidate()
    S.ensure_index(lib)
    assert [p.value for p in S.figure_history(lib, "年货运量", "吨")][-1] == 47e6
    # a level reached (增至4600万吨) keeps its flag in the index
    write_edition(tmp_path / "c", dc_replace(with_volume("e1", "2023-05-01", 46_000_000, "4600万吨", True), id="e1"))
    lib.invalidate()
    S.ensure_index(lib)
    assert [(p.value, p.change, p.reached) for p in S.figure_history(lib, "年货运量", "吨")][-1] == (46e6, "up", True)
