"""Fixtures for the SSH end-to-end tests: sshd + kiosk, tmux, seed content.

Everything lives in pytest's tmp dirs; every process started is stopped by
pid. Skips (with the reason) only when sshd/tmux cannot be installed or the
reader's UI is not in this tree; CI installs the tools with .ci/e2e-deps.sh.
"""

from __future__ import annotations

import importlib.util

from pathlib import Path

import pytest

from e2e import harness


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def e2e_tools():
    missing = harness.ensure_tools()
    if missing:
        pytest.skip(
            f"end-to-end SSH tests need {', '.join(missing)}: "
            "install them with `bash .ci/e2e-deps.sh` (apt-get; needs root)"
        )
    if importlib.util.find_spec("reader.ui.app") is None:
        pytest.skip("the reader's UI (reader.ui.app) is not in this tree yet")
    return True


@pytest.fixture(scope="session")
def seed_content(e2e_tools, seed_content) -> Path:
    """tests/conftest.py's seed_content (imported once per run), once the tools are there."""
    return seed_content


def kiosk_settings(base: Path, content: Path, **extra) -> dict:
    settings = {
        "content": str(content),
        "state_dir": str(base / "state"),
        "config_dir": str(base / "config"),
        "cache_dir": str(base / "cache"),
    }
    settings.update(extra)
    return settings


@pytest.fixture(scope="module")
def server(e2e_tools, seed_content, tmp_path_factory):
    base = tmp_path_factory.mktemp("e2e-sshd")
    (base / "config").mkdir()
    srv = harness.SSHServer(base, kiosk_settings(base, seed_content))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def tmux(e2e_tools, tmp_path):
    t = harness.Tmux(tmp_path / "tmux")
    try:
        yield t
    finally:
        t.kill()


# -- hostile content -----------------------------------------------------------------

# Each is a sentence-like paragraph (so the page parser keeps it in the body).
HOSTILE_PARAGRAPHS = [
    "记者了解到，攻击一\x1b]2;PWNED-TITLE\x07\x1b]0;PWNED-ZERO\x1b\\\x1b[21t\x1b[2J\x1b[H\x1b[31m红字\x1b[0m"
    "结束一，这段正文用来检验终端控制序列不会到达读者的终端。",
    "记者了解到，攻击二\x1b]8;;http://evil.example/\x1b\\点我\x1b]8;;\x1b\\\x1b]52;c;cm0gLXJmIH4=\x07"
    "结束二，这段正文用来检验超链接与剪贴板序列不会到达读者的终端。",
    "记者了解到，攻击三\u009b31m\u009d2;PWNED-C1\u009c\u0090qPWNED-DCS\u009c\u202e反转\u202c\u2066隔离\u2069"
    "结束三，这段正文用来检验八位控制字符与双向文字控制符不会到达读者的终端。",
    "记者了解到，标记一[@click=app.quit]点我退出[/]结束，这段正文用来检验文本标记按原样显示。",
    "记者了解到，标记二[/bold]与[bold]粗[/bold]与[link=http://evil.example]链接[/link]结束，这段正文同样按原样显示。",
]
MARKUP_SHOWN = ["[@click=app.quit]点我退出[/]", "[/bold]与[bold]粗[/bold]", "[link=http://evil.example]链接[/link]"]
SANITISED_SHOWN = ["攻击一红字结束一", "攻击二点我结束二", "攻击三反转隔离结束三"]


def hostile_page(seed: Path) -> str:
    text = seed.read_text(encoding="utf-8")
    anchor = next(p for p in text.split("\n\n") if p.strip().startswith("从数字物流平台"))
    return text.replace(anchor, anchor.rstrip("\n") + "\n\n" + "\n\n".join(HOSTILE_PARAGRAPHS), 1)


@pytest.fixture(scope="session")
def hostile_content(e2e_tools, tmp_path_factory) -> Path:
    pages = harness.seed_pages()
    if not pages:
        pytest.fail("no seed page in tests/data/")
    base = tmp_path_factory.mktemp("e2e-hostile")
    page = base / "hostile.txt"
    page.write_text(hostile_page(pages[0]), encoding="utf-8")
    content = base / "content"
    r = harness.import_pages([page], content)
    assert r.returncode == 0, f"reader import failed: {r.stderr or r.stdout}"
    # The edition file is untrusted too: put escapes into the headline by hand.
    (ed,) = sorted((content / "editions").glob("*.toml"))
    toml = ed.read_text(encoding="utf-8")
    hl = 'headline = "昌吉国家高新区：数字技术研发成果向多领域延伸"'
    assert hl in toml, "edition file layout changed: update the hostile fixture"
    toml = toml.replace(
        hl, 'headline = "昌吉国家高新区\\u001b]2;PWNED-TOML\\u0007：数字技术研发成果\\u009b2J向多领域延伸\\u202e"', 1
    )
    ed.write_text(toml, encoding="utf-8")
    return content
