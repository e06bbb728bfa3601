"""`reader state export|import`: a user's reading state out to a file and back,
merged, with headlines a person can read (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_PAGE

from reader.cli import main
from reader.store.state import Bookmark, StateStore


@pytest.fixture()
def env(tmp_path: Path, monkeypatch):
    for var in ("READER_STATE_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    content = tmp_path / "content"
    monkeypatch.setenv("READER_CONTENT", str(content))
    assert main(["import", str(SEED_PAGE)]) == 0
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed_state(tmp_path: Path) -> tuple[str, list]:
    from reader.store.library import Library

    lib = Library.open(None)
    (entry,) = lib.editions()
    ed = lib.load(entry.id)
    store = StateStore(tmp_path / "reader_state_dir")
    st, _ = store.load()
    st.edition, st.article = ed.id, ed.articles[2].id
    st.set_read(ed.id, ed.articles[0].id)
    st.set_read(ed.id, ed.articles[1].id)
    st.toggle_bookmark(Bookmark(ed.id, ed.articles[3].id, ed.articles[3].headline, ed.articles[3].section))
    assert store.save(st)
    return ed.id, ed.articles


def test_export_names_every_record_with_its_headline(env, capsys):
    ed_id, arts = seed_state(env)
    code, out, err = run(capsys, "state", "export")
    assert code == 0, err
    assert f"{ed_id} {arts[0].id}  {arts[0].headline}" in out
    assert "read: 2 article(s)" in out and "bookmarks: 1" in out
    assert arts[3].headline in out and arts[2].headline in out  # bookmark and place


def test_export_then_import_on_another_machine_restores_it(env, capsys, monkeypatch):
    ed_id, arts = seed_state(env)
    code, out, _ = run(capsys, "state", "export", "--format", "json")
    assert code == 0
    dump = env / "reading.json"
    dump.write_text(out, "utf-8")
    # the other machine: an empty state dir with a mark of its own
    other = env / "other-state"
    monkeypatch.setenv("READER_STATE_DIR", str(other))
    store = StateStore(other)
    st, _ = store.load()
    st.set_read("another-edition", "a01")
    assert store.save(st)
    code, out, err = run(capsys, "state", "import", str(dump))
    assert code == 0, err
    assert "2 new read mark(s) of 2, 1 new bookmark(s) of 1; place taken" in out
    st, _ = StateStore(other).load()
    assert st.is_read(ed_id, arts[0].id) and st.is_read(ed_id, arts[1].id)
    assert st.is_read("another-edition", "a01")  # nothing there is removed
    assert st.is_bookmarked(ed_id, arts[3].id)
    assert (st.edition, st.article) == (ed_id, arts[2].id)
    # importing again adds nothing
    code, out, _ = run(capsys, "state", "import", str(dump))
    assert "0 new read mark(s) of 2, 0 new bookmark(s) of 1" in out


@pytest.mark.parametrize(
    "body, says",
    [
        ("not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a reader state export"),
        ('{"format": "reader-state", "version": 1, "read": [{"edition": 3}]}', "read[0] needs"),
    ],
)
def test_a_bad_import_file_is_one_line_and_changes_nothing(env, capsys, body, says):
    seed_state(env)
    before = (env / "reader_state_dir" / "state.json").read_bytes()
    bad = env / "bad.json"
    bad.write_text(body, "utf-8")
    code, out, err = run(capsys, "state", "import", str(bad))
    assert code != 0
    assert says in err and len(err.strip().splitlines()) == 1
    assert (env / "reader_state_dir" / "state.json").read_bytes() == before


def test_imported_headlines_are_sanitised(env, capsys):
    doc = {
        "format": "reader-state",
        "version": 1,
        "place": None,
        "read": [],
        "bookmarks": [{"edition": "e1", "article": "a1", "headline": "标题\x1b]2;x\x07", "section": ""}],
    }
    f = env / "x.json"
    f.write_text(json.dumps(doc), "utf-8")
    assert run(capsys, "state", "import", str(f))[0] == 0
    st, _ = StateStore(env / "reader_state_dir").load()
    assert st.bookmarks[0].headline == "标题"
