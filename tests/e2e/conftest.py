"""Fixtures for the SSH end-to-end tests: sshd + kiosk, tmux, seed content.

Everything lives in pytest's tmp dirs; every process started is stopped by
pid. Skips (with the reason) only when sshd/tmux cannot be installed or the
reader's UI is not in this tree; CI installs the tools with .ci/e2e-deps.sh.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def e2e_tools():
    missing = harness.ensure_tools()
    if missing:
        pytest.skip(f"end-to-end SSH tests need {', '.join(missing)}: "
                    "install them with `bash .ci/e2e-deps.sh` (apt-get; needs root)")
    if importlib.util.find_spec("reader.ui.app") is None:
        pytest.skip("the reader's UI (reader.ui.app) is not in this tree yet")
    return True


@pytest.fixture(scope="session")
def seed_content(e2e_tools, tmp_path_factory) -> Path:
    pages = harness.seed_pages()
    if not pages:
        pytest.fail("no seed page: expected ../shared/seed/*.txt beside the repository")
    content = tmp_path_factory.mktemp("e2e-content") / "content"
    r = harness.import_pages(pages[:1], content)
    assert r.returncode == 0, f"reader import failed: {r.stderr or r.stdout}"
    return content


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
