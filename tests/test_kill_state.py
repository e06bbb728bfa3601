"""Killing the reader while it saves (hang-up and SIGKILL, alternately) never
leaves an invalid state file nor loses saved data. The full run is
bench/kill_state.py (100+ rounds); this is a shorter one, marked slow."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_kill_while_saving_keeps_state_valid():
    if importlib.util.find_spec("reader.ui.app") is None:
        pytest.skip("the reader's UI (reader.ui.app) is not in this tree yet")
    spec = importlib.util.spec_from_file_location("kill_state_bench", REPO / "bench" / "kill_state.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["kill_state_bench"] = bench
    spec.loader.exec_module(bench)
    if not bench.harness.seed_pages():
        pytest.fail("no seed page: expected ../shared/seed/*.txt beside the repository")
    problems: list[str] = []
    stats = bench.run(rounds=12, seed=7, log=problems.append)
    assert stats["rounds"] == 12
    assert stats["invalid"] == 0, problems
    assert stats["lost_committed"] == 0, problems
    assert stats["position_regressed"] == 0, problems
