"""After `pip install .`, the package finds its bundled edition from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_bundled_edition_found_from_any_directory(tmp_path: Path):
    if not list((REPO / "content" / "editions").glob("*.toml")):
        raise AssertionError("no committed edition: run `reader import ../shared/seed/*.txt --content content`")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),  # an empty user library
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    # -I: ignore the current directory and PYTHON* variables, as an installed tool would run.
    out = subprocess.run(
        [sys.executable, "-I", "-m", "reader", "export", "--format", "json"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert len(doc["articles"]) == 7
    assert doc["articles"][0]["headline"] == "昌吉国家高新区：数字技术研发成果向多领域延伸"
