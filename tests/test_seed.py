"""The vendored seed page (tests/data/) is the shared one, byte for byte.

Every test that reads the seed reads the copy in tests/data/, so the suite
runs from a plain clone; this checks the copy has not drifted from
``../shared/seed/`` where that folder exists beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_PAGE

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "seed" / SEED_PAGE.name


def test_vendored_seed_is_there():
    assert SEED_PAGE.is_file()
    assert SEED_PAGE.read_text(encoding="utf-8").strip()


@pytest.mark.skipif(not SHARED.is_file(), reason=f"no shared seed at {SHARED} to compare with")
def test_vendored_seed_equals_the_shared_one():
    assert SEED_PAGE.read_bytes() == SHARED.read_bytes(), f"re-copy: cp {SHARED} {SEED_PAGE}"
