"""After `pip install .`, the package finds its sections and themes from any
directory; a wheel carries no edition (the seed page's licence for
redistribution is unknown, see pyproject.toml), and a checkout's edition is
read with `reader --content content`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _installed(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),  # an empty user library
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    # -I: ignore the current directory and PYTHON* variables, as an installed tool would run.
    return subprocess.run([sys.executable, "-I", *args], cwd=tmp_path, env=env, capture_output=True, text=True)


def test_installed_package_finds_its_sections_and_themes_and_ships_no_edition(tmp_path: Path):
    out = _installed(
        tmp_path,
        "-c",
        "import json; from reader import paths; print(json.dumps("
        "[str(paths._PKG), str(paths.bundled_content_dir()), str(paths.bundled_themes_dir())]))",
    )
    assert out.returncode == 0, out.stderr
    pkg, content, themes = map(Path, json.loads(out.stdout))
    assert (content / "sections.toml").is_file()
    assert (themes / "newsprint.toml").is_file()
    if not (pkg / "_bundled").is_dir():
        pytest.skip(f"an editable or source install ({pkg}): it reads the checkout's content/")
    assert not (content / "editions").exists(), "the wheel carries an edition"
    out = _installed(tmp_path, "-m", "reader", "export", "--list")
    assert out.returncode == 2
    assert "no editions yet" in out.stderr


def test_the_checkouts_edition_is_read_with_content(tmp_path: Path):
    if not list((REPO / "content" / "editions").glob("*.toml")):
        raise AssertionError("no committed edition: run `reader import ../shared/seed/*.txt --content content`")
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    out = _installed(tmp_path, "-m", "reader", "export", "--format", "json", "--content", str(content))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert len(doc["articles"]) == 7
    assert doc["articles"][0]["headline"] == "昌吉国家高新区：数字技术研发成果向多领域延伸"
