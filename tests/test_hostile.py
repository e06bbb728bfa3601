"""Hostile input at the command line (issue 13): what a hostile page, file name
or folder can make `reader` print or read.

Each test failed before its fix: a file name carrying OSC 2 retitled the
terminal through `reader import`'s report, a folder's symlink to /etc/passwd
was imported, `reader import` of a FIFO or /dev/zero hung, and zero-width or
bidi characters survived import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_PAGE

from reader.cli import main
from reader.sanitize import clean, sanitize, visible

REPO = Path(__file__).resolve().parents[1]
OSC_TITLE = "\x1b]2;PWNED\x07"  # retitles an xterm
OSC_CLIP = "\x1b]52;c;cm0gLXJmIH4K\x07"  # writes the clipboard


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def no_controls(text: str) -> bool:
    return not any(ord(c) < 0x20 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in text)


# -- what the command line prints ------------------------------------------------


def test_visible_shows_escape_sequences_as_text():
    assert visible(f"a{OSC_TITLE}b") == "a\\x1b]2;PWNED\\x07b"
    assert visible("标题\u202e反转\n\t下一行") == "标题\\u202e反转\n\t下一行"
    assert visible("\x9b31m") == "\\u009b31m"


def test_visible_keeps_printed_json_valid():
    # json.dumps escapes C0 itself; DEL, C1 and bidi controls it prints raw
    doc = {"name": "x\x7f\x9d\u202ey\x1b"}
    shown = visible(json.dumps(doc, ensure_ascii=False))
    assert no_controls(shown)
    assert json.loads(shown) == doc


def test_import_report_shows_a_hostile_file_name_escaped(tmp_path, capsys):
    page = tmp_path / f"a{OSC_TITLE}{OSC_CLIP}.txt"
    page.write_bytes(SEED_PAGE.read_bytes())
    code, out, err = run(capsys, "import", str(page), "--content", str(tmp_path / "c"))
    assert code == 0, err
    assert no_controls(out + err)
    assert "\\x1b]2;PWNED\\x07" in out  # the user sees that the name is odd


def test_import_error_about_a_hostile_name_is_escaped(tmp_path, capsys):
    code, out, err = run(capsys, "import", str(tmp_path / f"missing{OSC_TITLE}.txt"), "--content", str(tmp_path / "c"))
    assert code != 0
    assert no_controls(out + err)
    assert "missing\\x1b]2;PWNED" in err


def test_usage_errors_echo_arguments_escaped(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--format", f"x{OSC_TITLE}"])
    out, err = capsys.readouterr()
    assert "--format" in err
    assert no_controls(out + err)


def test_export_and_list_of_a_hand_edited_edition_are_escaped(tmp_path, capsys):
    content = tmp_path / "c"
    assert run(capsys, "import", str(SEED_PAGE), "--content", str(content), "--title", "正常")[0] == 0
    (ed,) = (content / "editions").glob("*.toml")
    # someone edits the edition file by hand (or hands over a hostile one)
    ed.write_text(ed.read_text("utf-8").replace('title = "正常"', 'title = "正常\\u001b]2;PWNED\\u0007"'), "utf-8")
    code, out, err = run(capsys, "export", "--list", "--content", str(content))
    assert code == 0, err
    assert no_controls(out + err)
    code, out, err = run(capsys, "export", "--format", "json", "--content", str(content))
    assert code == 0, err
    assert no_controls(out)
    json.loads(out)


def test_stdout_is_restored_after_a_command(tmp_path, capsys):
    before = sys.stdout
    run(capsys, "import", str(SEED_PAGE), "--content", str(tmp_path / "c"), "--dry-run")
    assert sys.stdout is before


# -- what `reader import` reads ------------------------------------------------------


def test_folder_import_skips_links_out_of_the_folder_and_special_files(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "page.txt").write_bytes(SEED_PAGE.read_bytes())
    secret = tmp_path / "secret.txt"
    secret.write_text("私密内容\n\n不该被导入的一段话。\n", "utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    (folder / "inside.txt").symlink_to(folder / "page.txt")  # a link within the folder is fine
    code, out, err = run(capsys, "import", str(folder), "--content", str(tmp_path / "c"), "--dry-run")
    assert code == 0, err
    assert "leak.txt" in err and "outside the folder" in err
    assert "pipe.txt" in err and "zero.txt" in err and "not a regular file" in err
    assert "私密" not in out
    assert out.count("page.txt") == 1 and "inside.txt" in out


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_importing_a_pipe_or_device_ends_at_once(tmp_path, kind):
    if kind == "fifo":
        target = tmp_path / "pipe.txt"
        os.mkfifo(target)  # nobody ever writes to it: reading would wait for good
    else:
        target = Path(kind)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "READER_CACHE_DIR": str(tmp_path / "cache"),
        "READER_STATE_DIR": str(tmp_path / "state"),
        "READER_CONFIG_DIR": str(tmp_path / "config"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(target), "--content", str(tmp_path / "c")],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )
    assert proc.returncode != 0
    assert "not a regular file" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "c" / "editions").exists() or not list((tmp_path / "c" / "editions").iterdir())


# -- invisible and reordering characters ---------------------------------------------


def test_zero_width_and_direction_marks_are_removed_at_import():
    text, removed = sanitize("能\u200b源\u200e局\u200f发布\ufeff通知\u2060。")
    assert text == "能源局发布通知。"
    assert removed == 5


def test_emoji_joiner_is_kept_and_line_separators_become_newlines():
    assert clean("👨\u200d👩") == "👨\u200d👩"
    assert clean("第一段\u2028第二段\u2029第三段") == "第一段\n第二段\n第三段"


def test_a_word_split_by_a_zero_width_space_is_found_by_search(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text("能源局发布新规\n\n本报讯 记者张三报道：新能\u200b源项目开工，风电装机增长。\n", "utf-8")
    content = str(tmp_path / "c")
    assert run(capsys, "import", str(page), "--content", content)[0] == 0
    code, out, err = run(capsys, "search", "新能源", "--content", content)
    assert code == 0, err
    assert "能源局发布新规" in out
