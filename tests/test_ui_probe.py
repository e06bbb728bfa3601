"""The terminal is asked how wide it draws “ (cursor position report), on a pty."""

from __future__ import annotations

import os
import termios
import threading

import pytest

from reader.ui.probe import probe_ambiguous_width, wants_probe


def _terminal(master: int, answer: bytes | None, seen: list[bytes]) -> None:
    """Play the terminal: read what the reader writes; answer the position query."""
    buf = b""
    while b"\x1b[6n" not in buf:
        buf += os.read(master, 64)
    seen.append(buf)
    if answer is not None:
        os.write(master, answer)


@pytest.mark.parametrize(("column", "width"), [(2, 1), (3, 2)])
def test_the_terminals_answer_gives_the_width(column: int, width: int) -> None:
    """“ printed at column 1 leaves the cursor at column 2 on a terminal that
    draws it one cell wide, at column 3 on one that draws it two."""
    master, slave = os.openpty()
    try:
        before = termios.tcgetattr(slave)
        seen: list[bytes] = []
        t = threading.Thread(target=_terminal, args=(master, f"\x1b[7;{column}R".encode(), seen))
        t.start()
        assert probe_ambiguous_width(slave, slave, timeout=5) == width
        t.join(5)
        assert seen and seen[0].startswith("\r\u201c".encode())
        assert termios.tcgetattr(slave) == before  # echo and line mode as they were
        after = os.read(master, 64)
        assert after.endswith(b"\r\x1b[K")  # the probe erased
    finally:
        os.close(master)
        os.close(slave)


def test_no_answer_is_none_after_the_timeout() -> None:
    master, slave = os.openpty()
    try:
        seen: list[bytes] = []
        t = threading.Thread(target=_terminal, args=(master, None, seen))
        t.start()
        assert probe_ambiguous_width(slave, slave, timeout=0.1) is None
        t.join(5)
    finally:
        os.close(master)
        os.close(slave)


def test_not_a_terminal_is_not_asked(tmp_path) -> None:
    with open(tmp_path / "f", "w+b") as f:
        assert probe_ambiguous_width(f.fileno(), f.fileno(), timeout=0.1) is None
        assert f.read() == b""  # nothing written


def test_asked_by_default_only_in_a_cjk_locale() -> None:
    assert wants_probe(None, {"LANG": "zh_CN.UTF-8"})
    assert wants_probe(None, {"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"})
    assert not wants_probe(None, {"LANG": "en_US.UTF-8"})
    assert not wants_probe(None, {"LANG": "C.UTF-8"})
    assert not wants_probe(None, {})
    assert wants_probe("auto", {})
    assert not wants_probe(2, {"LANG": "zh_CN.UTF-8"})  # said outright: not asked


class _Fd:
    def __init__(self, fd: int) -> None:
        self._fd = fd

    def fileno(self) -> int:
        return self._fd


def test_the_reader_asks_in_a_chinese_locale_and_lays_out_for_the_answer(content_dir, monkeypatch) -> None:
    """``reader`` in a zh_CN locale on a terminal that draws “ two cells wide
    comes up in the wide layout (ASCII frames, lines kept at the width); told
    ``--cjk-width auto`` where nothing answers, it says so and uses 1."""
    from reader import linebreak
    from reader.cli_parser import build_parser
    from reader.ui.app import ReaderApp

    master, slave = os.openpty()
    monkeypatch.setattr("sys.stdin", _Fd(slave))
    monkeypatch.setattr("sys.stdout", _Fd(slave))
    try:
        t = threading.Thread(target=_terminal, args=(master, b"\x1b[1;3R", []))
        t.start()
        env = {**os.environ, "LANG": "zh_CN.UTF-8"}
        app = ReaderApp(str(content_dir), animations=False, environ=env, probe_terminal=True)
        t.join(5)
        assert linebreak.ambiguous_width() == 2 and app.has_class("-ambiguous-wide")

        t = threading.Thread(target=_terminal, args=(master, None, []))
        t.start()
        app = ReaderApp(str(content_dir), animations=False, cjk_width="auto", environ=env, probe_terminal=True)
        t.join(5)
        assert linebreak.ambiguous_width() == 1 and not app.has_class("-ambiguous-wide")
        assert any("ambiguous_width = 2" in n for n in app.startup_notices)
    finally:
        linebreak.set_ambiguous_width(1)
        os.close(master)
        os.close(slave)
    assert build_parser().parse_args(["--cjk-width", "auto"]).cjk_width == "auto"
    assert build_parser().parse_args(["--cjk-width", "2"]).cjk_width == 2
