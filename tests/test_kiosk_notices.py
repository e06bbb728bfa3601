"""In the kiosk, notices never show server paths or the account name (issue 13).

Real notices and errors (a damaged state file, a bad theme file, a bad
config.toml and sections.toml, an edition file gone, a search index that
cannot be opened) produced with the directories the kiosk gives the reader,
in an account called ``newsdesk``, go through :func:`reader.redact.for_environ`:
no path and no account name is left, the problem and line numbers are.
The kiosk launcher's own refusals are checked as processes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader import kiosk, redact
from reader.kiosk import Settings

REPO = Path(__file__).resolve().parents[1]
ACCOUNT = "newsdesk"


@pytest.fixture
def kiosk_env(tmp_path: Path, content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment reader-kiosk gives the reader, for an account ``newsdesk``
    whose home holds the state and the cache (the kiosk's defaults), also set
    in os.environ (the core reads its folders from there)."""
    home = tmp_path / "home" / ACCOUNT
    home.mkdir(parents=True)
    config = tmp_path / "etc" / "reader"
    (config / "themes").mkdir(parents=True)
    monkeypatch.setattr(kiosk, "_home", lambda: str(home))
    monkeypatch.setattr(kiosk, "_account", lambda: ACCOUNT)
    env = kiosk.clean_env(Settings(content=str(content_dir), config_dir=str(config)), {}, "xterm")
    assert env["READER_STATE_DIR"].startswith(str(home)) and env["USER"] == ACCOUNT
    os.makedirs(env["READER_STATE_DIR"])
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return env


def assert_clean(message: str, tmp_path: Path, *must: str) -> None:
    assert str(tmp_path) not in message, message
    assert ACCOUNT not in message, message
    assert not re.search(r"(?<![\w.])/\w", message), message  # no absolute path of any kind
    assert "state.json" not in message and ".toml" not in message, message
    for m in must:
        assert m in message, message


def test_outside_the_kiosk_messages_are_untouched(tmp_path: Path) -> None:
    shown = redact.for_environ({"HOME": str(tmp_path)})
    assert shown(f"{tmp_path}/state.json:3: bad") == f"{tmp_path}/state.json:3: bad"


def test_damaged_state_file(kiosk_env: dict[str, str], content_dir: Path, tmp_path: Path) -> None:
    from reader.session import Session

    state = Path(kiosk_env["READER_STATE_DIR"]) / "state.json"
    state.write_text('{"article": "a01",\n  oops\n}', "utf-8")
    notices = Session(str(content_dir)).notices
    assert len(notices) == 1 and str(state.parent) in notices[0]  # the real notice names the file...
    shown = redact.for_environ(kiosk_env)(notices[0])
    assert_clean(
        shown,
        tmp_path,
        "reading state was damaged",
        "the reading state, line 2: not valid JSON",
        "moved to a backup copy, starting fresh",
    )


def test_state_file_that_cannot_be_read(kiosk_env: dict[str, str], content_dir: Path, tmp_path: Path) -> None:
    from reader.session import Session

    (Path(kiosk_env["READER_STATE_DIR"]) / "state.json").mkdir()
    notices = Session(str(content_dir)).notices
    shown = redact.for_environ(kiosk_env)(notices[0])
    assert_clean(shown, tmp_path, "reading state not loaded: the reading state: is a directory")


def test_state_that_cannot_be_saved(kiosk_env: dict[str, str], tmp_path: Path) -> None:
    """The UI's own message (msg.state_readonly) carries the state file's path."""
    from reader.i18n import t
    from reader.store.state import StateStore

    path = StateStore().path
    for lang in ("en", "zh"):
        shown = redact.for_environ(kiosk_env)(t("msg.state_readonly", lang, path=str(path), reason="I/O error"))
        assert_clean(shown, tmp_path, "the reading state", "I/O error")


def test_bad_theme_file(kiosk_env: dict[str, str], tmp_path: Path) -> None:
    from reader.ui import themes

    bad = Path(kiosk_env["READER_CONFIG_DIR"]) / "themes" / "night.toml"
    bad.write_text('name = "night"\n\n[colors]\nbackground = "not a colour"\n', "utf-8")
    _, notices = themes.load_themes()
    mine = [n for n in notices if "night" in n]
    assert mine and str(bad) in mine[0]
    for n in mine:
        assert_clean(redact.for_environ(kiosk_env)(n), tmp_path, 'the theme file "night", line ')


def test_bad_config_and_sections(kiosk_env: dict[str, str], content_dir: Path, tmp_path: Path) -> None:
    from reader.config import load_config
    from reader.session import Session

    config = Path(kiosk_env["READER_CONFIG_DIR"])
    (config / "config.toml").write_text('theme = "dark"\nlang = "fr"\n', "utf-8")
    _, notices = load_config()
    assert notices and str(config) in notices[0]
    assert_clean(redact.for_environ(kiosk_env)(notices[0]), tmp_path, "the settings file, line 2: lang must be")
    (content_dir / "sections.toml").write_text("[[section]]\nid = 5\n", "utf-8")
    notices = [n for n in Session(str(content_dir)).notices if "sections" in n]
    assert notices and str(content_dir) in notices[0]
    assert_clean(redact.for_environ(kiosk_env)(notices[0]), tmp_path, "the sections file, line ")


def test_edition_file_gone(kiosk_env: dict[str, str], content_dir: Path, tmp_path: Path) -> None:
    from reader.errors import ContentError
    from reader.session import Session

    session = Session(str(content_dir))
    entry = session.entries[0]
    Path(entry.path).unlink()
    with pytest.raises(ContentError) as ei:
        session.load_edition(entry.id)
    assert str(content_dir) in str(ei.value)
    assert_clean(
        redact.for_environ(kiosk_env)(str(ei.value)),
        tmp_path,
        f'the file of edition "{entry.id}": ',
        "edition file is gone",
    )


def test_search_index_that_cannot_be_opened(
    kiosk_env: dict[str, str], content_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.errors import ReaderError
    from reader.store import search
    from reader.store.library import Library

    blocker = Path(kiosk_env["READER_CACHE_DIR"]).parent / "blocker"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "reader"))  # a folder below a file: cannot exist
    env = dict(kiosk_env, READER_CACHE_DIR=str(blocker / "reader"))
    search.close_all()
    with pytest.raises(ReaderError) as ei:
        search.search(Library.open(content_dir), "职业教育")
    assert str(blocker) in str(ei.value)
    assert_clean(redact.for_environ(env)(str(ei.value)), tmp_path, "the search index: cannot open the search index")
    # the same error from `reader` itself, as it leaves the terminal
    r = subprocess.run(
        [sys.executable, "-m", "reader", "--content", str(content_dir), "search", "职业教育"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(env, PYTHONPATH=str(REPO)),
    )
    assert r.returncode == 1 and r.stderr.startswith("reader: the search index: cannot open"), r.stderr
    assert_clean(r.stderr, tmp_path)


def test_paths_of_every_kind(tmp_path: Path) -> None:
    home = tmp_path / "home" / ACCOUNT
    shown = redact.Redactor(
        [(str(home), "home"), (str(home / ".cache" / "reader"), "cache"), ("/srv/news content", "content")], ACCOUNT
    )
    cases = {
        f"{home}/.cache/reader/search-0a1b.sqlite: busy; try again": "the search index: busy; try again",
        "/srv/news content/catalogue.json:1: not valid JSON.": "the edition catalogue, line 1: not valid JSON.",
        "/srv/news content/editions/a b.toml: gone": "a file of the edition folder b.toml: gone",
        f"[Errno 13] Permission denied: '{home}/x'": "[Errno 13] Permission denied: a file in the account's home folder",
        "cannot read /opt/reader/lib/x.py (see ~/notes, ~newsdesk/.ssh)": "cannot read a file on the server (see a file in the account's home folder, "
        "a file in the account's home folder)",
        "and/or 5/8 km/h https://example.com/x stay": "and/or 5/8 km/h https://example.com/x stay",
        f"user {ACCOUNT} is {ACCOUNT}-2": f"user the account is {ACCOUNT}-2",
        "sections.toml: hotkey taken; see config.toml.": "the sections file: hotkey taken; see the settings file.",
    }
    for message, want in cases.items():
        assert shown(message) == want


# -- the kiosk launcher's own messages -----------------------------------------------------


def _launcher_env(tmp_path: Path, **kw: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("READER_", "PYTHON", "TEXTUAL_"))}
    env.update(PYTHONPATH=str(REPO), SSH_CONNECTION="10.0.0.1 5555 10.0.0.2 22", TERM="xterm", **kw)
    return env


def test_launcher_refusal_for_bad_settings_shows_no_path(tmp_path: Path) -> None:
    cfg = tmp_path / "etc" / "reader" / "kiosk.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text('theme = "dark"\n\nbogus = 1\n', "utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg)],
        capture_output=True,
        text=True,
        env=_launcher_env(tmp_path),
        timeout=60,
    )
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith(
        "reader-kiosk: service misconfigured, tell the administrator: "
        "the kiosk settings, line 3: unknown setting 'bogus'"
    ), r.stderr
    assert_clean(r.stderr, tmp_path)
    # the administrator's --check shows where
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg), "--check"],
        capture_output=True,
        text=True,
        env=_launcher_env(tmp_path),
        timeout=60,
    )
    assert r.returncode == 1 and f"{cfg}:3: unknown setting 'bogus'" in r.stderr


@pytest.mark.parametrize("text", ["content = [\n", 'content = "relative"\n', "x" * (70 * 1024)])
def test_launcher_other_settings_errors(tmp_path: Path, text: str) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(text, "utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg)],
        capture_output=True,
        text=True,
        env=_launcher_env(tmp_path),
        timeout=60,
    )
    assert r.returncode == 1 and "the kiosk settings" in r.stderr
    assert_clean(r.stderr, tmp_path)


def test_launcher_missing_settings_and_bad_command_line(tmp_path: Path) -> None:
    cfg = tmp_path / "etc" / "kiosk.toml"
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--config", str(cfg)],
        capture_output=True,
        text=True,
        env=_launcher_env(tmp_path),
        timeout=60,
    )
    assert r.returncode == 1 and "the kiosk settings: no such file" in r.stderr
    assert_clean(r.stderr, tmp_path)
    r = subprocess.run(
        [sys.executable, "-m", "reader.kiosk", "--confg", str(cfg)],
        capture_output=True,
        text=True,
        env=_launcher_env(tmp_path),
        timeout=60,
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "usage:" not in r.stderr and "unrecognized arguments: --confg" in r.stderr
    assert_clean(r.stderr, tmp_path)


def test_launcher_cannot_start_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """execve fails (the interpreter is gone): the client is told to ask the
    administrator, without the interpreter's path."""
    code = (
        "import os, sys\n"
        "from reader import kiosk\n"
        "kiosk.child_argv = lambda settings: [sys.argv[1], '-I']\n"
        "os.isatty = lambda fd: True\n"
        "kiosk.main(['--config', sys.argv[2]])\n"
    )
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'cache_dir = "{tmp_path}/cache"\nstate = "off"\n', "utf-8")
    missing = tmp_path / "opt" / "reader" / "bin" / "python"
    r = subprocess.run(
        [sys.executable, "-c", code, str(missing), str(cfg)],
        capture_output=True,
        text=True,
        env=_launcher_env(tmp_path),
        timeout=60,
    )
    assert r.returncode == 1
    assert r.stderr == "reader-kiosk: cannot start the reader (No such file or directory); tell the administrator\n"


# -- what the reader shows on screen ---------------------------------------------------------


async def test_the_readers_toasts_in_the_kiosk(kiosk_env: dict[str, str], content_dir: Path, tmp_path: Path) -> None:
    from reader.ui.app import ReaderApp

    (Path(kiosk_env["READER_STATE_DIR"]) / "state.json").write_text("{{{{", "utf-8")
    (Path(kiosk_env["READER_CONFIG_DIR"]) / "themes" / "night.toml").write_text('name = "night"\n', "utf-8")
    (Path(kiosk_env["READER_CONFIG_DIR"]) / "config.toml").write_text('lang = "fr"\n', "utf-8")
    app = ReaderApp(str(content_dir), animations=False, lang="en", environ=kiosk_env)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
    assert len(messages) >= 3, messages
    assert any("the reading state, line 1" in m for m in messages), messages
    assert any('the theme file "night"' in m for m in messages), messages
    assert any("the settings file, line 1: lang must be" in m for m in messages), messages
    for m in messages:
        assert_clean(m, tmp_path)
