"""Scores that add up across pages, articles and papers (the evaluation benches share it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields


class Tally:
    """Mixin for a dataclass of counts: ``a.add(b)`` sums ints, merges
    Counters and extends lists, field by field."""

    def add(self, other: Tally) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, f.name, mine + theirs)
