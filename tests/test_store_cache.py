"""reader.store.cache: the one stat-keyed JSON cache the start path uses (editions, themes,
theme variables, section names)."""

from __future__ import annotations

import os

from reader.store import cache


def test_a_value_is_served_while_its_file_is_unchanged(tmp_path):
    src = tmp_path / "edition.toml"
    src.write_text("a", encoding="utf-8")
    entry = tmp_path / "cache" / "e.json"
    key = cache.file_key(src, 1)
    cache.save(entry, key, {"headline": "标题"})
    assert cache.load(entry, cache.file_key(src, 1)) == {"headline": "标题"}


def test_a_changed_file_or_format_makes_the_entry_stale(tmp_path):
    src = tmp_path / "edition.toml"
    src.write_text("a", encoding="utf-8")
    entry = tmp_path / "e.json"
    cache.save(entry, cache.file_key(src, 1), [1, 2])
    assert cache.load(entry, cache.file_key(src, 2)) is None  # another format version
    src.write_text("ab", encoding="utf-8")  # another size
    assert cache.load(entry, cache.file_key(src, 1)) is None
    cache.save(entry, cache.file_key(src, 1), [1, 2])
    st = src.stat()
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # same size, edited again
    assert cache.load(entry, cache.file_key(src, 1)) is None


def test_a_broken_or_foreign_entry_is_ignored_never_raised(tmp_path):
    src = tmp_path / "s.toml"
    src.write_text("x", encoding="utf-8")
    key = cache.file_key(src, 1)
    entry = tmp_path / "e.json"
    for junk in (b"", b"{", b"[]", b'{"value": 1}', b'{"key": 5, "value": 1}', b"\xff\xfe"):
        entry.write_bytes(junk)
        assert cache.load(entry, key) is None


def test_no_stat_no_cache_and_an_unwritable_dir_is_no_error(tmp_path):
    assert cache.file_key(tmp_path / "missing.toml", 1) is None
    assert cache.load(tmp_path / "e.json", None) is None
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("", encoding="utf-8")
    cache.save(blocked / "e.json", [1, "x", 0, 0], {"a": 1})  # its parent is a file: silently not kept
    cache.save(tmp_path / "e.json", [1], {1, 2})  # not JSON: silently not kept
    assert not (tmp_path / "e.json").exists()
