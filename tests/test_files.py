"""reader.files: the one bounded reader for content, config, theme and section files."""

from __future__ import annotations

import os
import threading

import pytest

from reader import files
from reader.errors import ContentError


def test_a_file_is_read_and_parsed(tmp_path):
    p = tmp_path / "a.toml"
    p.write_text('\ufefftitle = "昌吉日报"\n[section]\nid = "energy"\n', encoding="utf-8")
    data, text = files.read_toml(p, 1024)
    assert data == {"title": "昌吉日报", "section": {"id": "energy"}}
    j = tmp_path / "a.json"
    j.write_text('{"a": [1, 2]}', encoding="utf-8")
    assert files.read_json(j, 1024) == {"a": [1, 2]}


def test_missing_is_file_not_found_so_optional_files_stay_optional(tmp_path):
    with pytest.raises(FileNotFoundError):
        files.read_text(tmp_path / "nope.toml", 1024)


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b"x" * 2048), "too large (2,048 bytes; at most 1,024)"),
        (lambda p: p.write_bytes(b'title = "ok"\n\xff\xfe\n'), ":2: not UTF-8"),
        (lambda p: p.write_text('title = "unclosed\n', encoding="utf-8"), ":1: not valid TOML"),
        (lambda p: p.write_text("a = " + "[" * 100_000, encoding="utf-8"), "nested more than 64 levels"),
    ],
    ids=["directory", "too-large", "not-utf8", "bad-toml", "deep-nesting"],
)
def test_every_problem_is_one_line_with_file_and_line(tmp_path, make, words):
    p = tmp_path / "bad.toml"
    make(p)
    with pytest.raises(ContentError) as err:
        files.read_toml(p, 1024 if "large" in words else 1 << 20)
    assert words in str(err.value) and str(err.value).startswith(str(p))
    assert "\n" not in str(err.value)


def test_json_nesting_and_syntax_are_content_errors(tmp_path):
    p = tmp_path / "state.json"
    p.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(ContentError, match="nested more than"):
        files.read_json(p, 1 << 20)
    p.write_text('{\n  "a": 1,\n}', encoding="utf-8")
    with pytest.raises(ContentError, match=r"state.json:3: not valid JSON"):
        files.read_json(p, 1 << 20)


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    p = tmp_path / "ed.toml"
    p.write_text('text = "' + "[" * 500 + '"\n', encoding="utf-8")
    assert files.read_toml(p, 1 << 20)[0]["text"] == "[" * 500


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_at_once_never_waited_on(tmp_path):
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    out: list[BaseException] = []
    t = threading.Thread(
        target=lambda: out.append(pytest.raises(ContentError, files.read_text, fifo, 1024).value), daemon=True
    )  # a regression fails, not hangs
    t.start()
    t.join(5)
    assert not t.is_alive(), "reading a FIFO blocked"
    assert "not a regular file" in str(out[0])


def test_a_device_is_refused(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    with pytest.raises(ContentError, match="not a regular file"):
        files.read_bytes("/dev/zero", 1024)
