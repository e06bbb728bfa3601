"""`reader import / export / check` as a user runs them: the seed edition,
idempotence, atomicity, and one clear line for every kind of bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_PAGE

from reader.cli import main

REPO = Path(__file__).resolve().parents[1]
SEED = SEED_PAGE


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch):
    for var in ("READER_STATE_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.delenv("READER_CONTENT", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def edition_files(d: Path) -> list[Path]:
    return sorted((d / "editions").glob("*.toml")) if (d / "editions").exists() else []


SAMPLE = (
    "测试标题一\n\n□本报记者 张三\n\n这是第一段，说明了情况。\n\n第二篇的标题\n\n本报讯 通讯员李四报道：第二段正文。\n"
)


# -- bad input: one line on stderr, exit 2, nothing written ------------------


@pytest.mark.parametrize(
    "make, expect",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_text("  \n\n\t\n", "utf-8"), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
        (lambda p: p.write_bytes(b"\xff\xfe\xfd\x80\x81 abc \xc3\x28 latin\xe9"), "tried UTF-8"),
        (lambda p: p.write_bytes(b"x" * (2 * 1024 * 1024 + 1)), "MiB page limit"),
    ],
    ids=["missing", "empty", "binary", "undecodable", "too-big"],
)
def test_bad_pages_get_one_line_and_exit_2(tmp_path, capsys, make, expect):
    page = tmp_path / "page.txt"
    make(page)
    content = tmp_path / "content"
    code, out, err = run(capsys, "import", str(page), "--content", str(content))
    assert code == 2
    assert expect in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("reader: ") and str(page) in err
    assert "Traceback" not in err
    assert edition_files(content) == []


def test_bad_date_is_refused_before_anything_is_read(tmp_path, capsys):
    code, _, err = run(capsys, "import", str(tmp_path / "nope.txt"), "--date", "2025-13-45")
    assert code == 2 and "--date '2025-13-45': not a date" in err


def test_unwritable_content_dir_is_refused(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text(SAMPLE, "utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "import", str(page), "--content", str(blocker / "sub"))
    assert code == 2 and "not a writable directory" in err


def test_no_traceback_from_the_real_command(tmp_path):
    env = dict(os.environ, READER_CACHE_DIR=str(tmp_path / "c"))
    out = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(tmp_path / "missing.txt"), "--content", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "Traceback" not in out.stderr


# -- what a good import does --------------------------------------------------


def test_gb18030_page_is_decoded_and_says_so(tmp_path, capsys):
    page = tmp_path / "gbk.txt"
    page.write_bytes(SAMPLE.encode("gb18030"))
    code, out, _ = run(capsys, "import", str(page), "--content", str(tmp_path / "c"))
    assert code == 0 and "decoded as GB18030" in out
    ed = json.loads(run(capsys, "export", "--format", "json", "--content", str(tmp_path / "c"))[1])
    assert ed["articles"][0]["headline"] == "测试标题一"


def test_controls_are_stripped_and_counted_markup_kept(tmp_path, capsys):
    page = tmp_path / "evil.txt"
    evil = SAMPLE.replace("说明了情况", "说明\x1b[31m了\x1b]2;pwned\x07情\x9b21t况[bold]粗[/bold]")
    page.write_text(evil, "utf-8")
    code, out, _ = run(capsys, "import", str(page), "--content", str(tmp_path / "c"))
    assert code == 0 and "stripped 3 control" in out
    stored = edition_files(tmp_path / "c")[0].read_text("utf-8")
    assert "\x1b" not in stored and "\x9b" not in stored and "pwned" not in stored
    assert "说明了情况[bold]粗[/bold]" in stored


def test_dry_run_json_writes_nothing(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text(SAMPLE, "utf-8")
    code, out, _ = run(capsys, "import", str(page), "--dry-run", "--format", "json", "--content", str(tmp_path / "c"))
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"edition", "articles", "blocks"}
    assert set(doc["edition"]) == {"id", "title", "date", "page", "page_name", "page_lines"}
    assert doc["edition"]["date"] is None
    art = doc["articles"][0]
    for key in (
        "id",
        "kind",
        "section",
        "column",
        "kicker",
        "headline",
        "subtitle",
        "dateline",
        "source",
        "byline",
        "editor_box",
        "captions",
        "paragraphs",
        "crossheads",
        "credits",
        "summary",
        "keywords",
        "figures",
    ):
        assert key in art
    # every line of the page is listed with the role it was given, and why
    assert [b["text"] for b in doc["blocks"]] == [ln.strip() for ln in SAMPLE.splitlines() if ln.strip()]
    assert doc["blocks"][0]["role"] == "headline" and doc["blocks"][0]["why"]
    assert not (tmp_path / "c").exists()


def test_reimport_replaces_and_keeps_pins(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text(SAMPLE, "utf-8")
    c = tmp_path / "c"
    assert run(capsys, "import", str(page), "--content", str(c))[0] == 0
    [f] = edition_files(c)
    # An editor pins the first article's section.
    text = f.read_text("utf-8").replace('section = "general"', 'section = "energy"\nsection_pinned = true', 1)
    f.write_text(text, "utf-8")
    code, out, _ = run(capsys, "import", str(page), "--date", "2025-11-15", "--content", str(c))
    assert code == 0 and out.startswith("replaced")
    [g] = edition_files(c)  # one edition, now dated, under its first id (bookmarks and read marks use it)
    assert g.name == f.name
    doc = json.loads(run(capsys, "export", "--format", "json", "--content", str(c))[1])
    assert doc["edition"]["date"] == "2025-11-15"
    assert doc["articles"][0]["section"] == "energy"


def test_check_reports_file_and_line(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text(SAMPLE, "utf-8")
    c = tmp_path / "c"
    run(capsys, "import", str(page), "--content", str(c))
    assert run(capsys, "check", "--content", str(c))[0] == 0
    [f] = edition_files(c)
    lines = f.read_text("utf-8").splitlines()
    n = next(i for i, ln in enumerate(lines) if ln.startswith("headline ="))
    lines[n] = "headline = 42"
    f.write_text("\n".join(lines) + "\n", "utf-8")
    code, _, err = run(capsys, "check", "--content", str(c))
    assert code == 1
    assert f"{f}:{n + 1}: 'headline' must be a string" in err


def test_export_markdown_and_list(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text(SAMPLE, "utf-8")
    c = tmp_path / "c"
    run(capsys, "import", str(page), "--date", "2025-11-15", "--title", "昌吉日报", "--content", str(c))
    code, out, _ = run(capsys, "export", "--content", str(c))
    assert code == 0 and out.startswith("# 昌吉日报") and "## 测试标题一" in out
    code, out, _ = run(capsys, "export", "--list", "--content", str(c))
    assert code == 0 and "2025-11-15" in out and "\t2\t" in out


def test_export_with_no_editions_says_what_to_do(tmp_path, capsys):
    code, _, err = run(capsys, "export", "--content", str(tmp_path / "empty"))
    assert code == 2 and "reader import" in err


# -- the seed -----------------------------------------------------------------


def test_committed_seed_edition_equals_a_fresh_import(tmp_path, capsys):
    """The bundled edition is produced by `reader import`; the two never drift."""
    code, out, err = run(capsys, "import", str(SEED), "--content", str(tmp_path))
    assert code == 0, err
    fresh = edition_files(tmp_path)
    committed = edition_files(REPO / "content")
    assert [f.name for f in fresh] == [f.name for f in committed], (
        "re-run: reader import ../shared/seed/000_6445cb2987957b36.txt --content content"
    )
    for a, b in zip(fresh, committed):
        assert a.read_text("utf-8") == b.read_text("utf-8")


def test_seed_import_report(tmp_path, capsys):
    code, out, _ = run(capsys, "import", str(SEED), "--content", str(tmp_path))
    assert code == 0
    assert "7 articles" in out and "hightech 1, congress 2, eldercare 1, energy 2, general 1" in out


# -- plain `reader` --------------------------------------------------------------


def test_plain_reader_args_are_what_the_parser_gives():
    from reader import cli

    from reader.cli_parser import build_parser

    assert vars(cli._plain_reader_args([])) == vars(build_parser().parse_args([]))
    assert cli._plain_reader_args(["--theme", "dark"]) is None  # anything else goes through argparse


def test_plain_reader_without_a_terminal_refuses_and_starts_nothing(tmp_path: Path):
    code = (
        "import sys\n"
        "from reader.cli import main\n"
        "rc = main([])\n"
        "print(rc, 'textual' in sys.modules, 'argparse' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        env={**os.environ, "READER_CONTENT": str(tmp_path)},
    )
    assert out.stdout.split() == ["2", "False", "False"]
    assert out.stderr.strip().splitlines() == [
        "reader: reader needs an interactive terminal (try ssh -t); for scripts use `reader export` or `reader search`"
    ]


def test_plain_reader_on_a_terminal_hands_over_with_the_collector_on(monkeypatch):
    """`reader` pauses the garbage collector while it imports the UI; the UI
    (and anything after it) must get it back on."""
    import gc

    import reader.ui.app as ui
    from reader import cli

    seen = []
    monkeypatch.setattr(ui, "run", lambda args: seen.append((gc.isenabled(), args.command)) or 0)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli.main([]) == 0
    assert seen == [(True, None)]
    assert gc.isenabled()


def test_an_index_that_cannot_be_updated_is_one_warning_and_the_import_stands(tmp_path, capsys, monkeypatch):
    """The batch prints nothing; the command line reports the index failure once, on stderr."""
    import reader.batch as batch

    def broken(edition, library):
        raise RuntimeError("disk full")

    monkeypatch.setattr(batch, "_after_store", broken)
    page = tmp_path / "p.txt"
    page.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run(capsys, "import", str(page), "--content", str(tmp_path / "c"))
    assert code == 0 and "imported" in out and len(edition_files(tmp_path / "c")) == 1
    assert err.count("the search index was not updated (disk full)") == 1


def test_reimport_with_a_new_date_and_title_keeps_the_ids_bookmarks_use(tmp_path, capsys):
    """Read marks and bookmarks are kept by edition and article id: a page
    imported again with --date (which used to make a new edition id) keeps them."""
    from reader.store.library import Library

    content = tmp_path / "c"
    assert run(capsys, "import", str(SEED), "--content", str(content))[0] == 0
    (first,) = Library.open(content).editions()
    before = [a.id for a in Library.open(content).load(first.id).articles]
    code, out, err = run(
        capsys, "import", str(SEED), "--content", str(content), "--date", "2025-11-15", "--title", "昌吉日报"
    )
    assert code == 0, err
    (again,) = Library.open(content).editions()
    assert again.id == first.id
    assert (again.date, again.title) == ("2025-11-15", "昌吉日报")
    assert [a.id for a in Library.open(content).load(again.id).articles] == before


def test_an_article_whose_headline_is_read_differently_keeps_its_id():
    from reader.importer import carry_ids
    from reader.model import Article, Edition

    old = Edition(
        id="undated-1234abcd",
        title="t",
        date=None,
        source_sha256="1234abcd",
        articles=[
            Article(id="a11111111", section="general", headline="旧的读法", paragraphs=["第一段相同。", "后文"]),
            Article(id="a22222222", section="general", headline="另一篇", paragraphs=["另一篇的开头。"]),
        ],
    )
    new = Edition(
        id="2025-01-01-1234abcd",
        title="t",
        date="2025-01-01",
        source_sha256="1234abcd",
        articles=[
            Article(id="a99999999", section="general", headline="新的读法", paragraphs=["第一段相同。", "后文改了"]),
            Article(id="a22222222", section="general", headline="另一篇", paragraphs=["另一篇的开头。"]),
            Article(id="a33333333", section="general", headline="新增的一篇", paragraphs=["全新的内容。"]),
        ],
    )
    carry_ids(new, old)
    assert new.id == "undated-1234abcd"
    assert [a.id for a in new.articles] == ["a11111111", "a22222222", "a33333333"]


def test_content_before_the_command_is_not_ignored(tmp_path, capsys):
    """`reader --content DIR import …` imports into DIR (argparse's subcommand
    default used to set None over it, and the page went to the default library)."""
    c = tmp_path / "given"
    code, out, err = run(capsys, "--content", str(c), "import", str(SEED))
    assert code == 0, err
    assert len(edition_files(c)) == 1
    code, out, _ = run(capsys, "--content", str(c), "export", "--list")
    assert code == 0 and out.count("\n") == 1
