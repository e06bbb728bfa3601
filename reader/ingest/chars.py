"""Character classes the page rules share (stdlib only)."""

from __future__ import annotations

import re

from reader.hanzi import fold  # noqa: F401 - the rules read a folded copy of each line

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Whitespace a page uses for layout: ASCII, ideographic space, no-break spaces.
WS = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"
MARKS = "□■◎●○◆◇★☆◉▌▍▎┃｜|"  # what papers put before a byline, a crosshead, a column tag
PHOTO_MARKS = "▲△▼▽↑↓←→"  # what points at a picture
# A line ends a sentence when its last character is one of these ...
FINAL = set("。！？!?…；;")
# ... or one of these closers (a quotation or bracket that itself closes a sentence).
CLOSE = set("”’」』）)\"'》】〕]")
# A title never ends with these: the text goes on.
CONT_END = set("，,、（(“‘《【〔[—–-·/")
# A fragment broken by the layout often ends with a function word ...
FUNC_END = set("的和与及在对把被为从向将是或并而但且之以于等")
# ... and the text after a break may start with a particle or closing punctuation.
PARTICLE_START = set("的了地得着过们吗呢吧啊")
PUNCT_START = set("，,。、：:；;！？!?）)”’」』》】〕…")
DASHES = "—―─━－~～\\-"

_WORD = re.compile(rf"[{CJK}A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def has_word(t: str) -> bool:
    return _WORD.search(t) is not None


def ends_sentence(t: str) -> bool:
    """The text ends a sentence: 。！？…；, a closing quote/bracket, or a full stop."""
    t = t.rstrip(WS)
    if not t:
        return True
    c = t[-1]
    if c in FINAL or c in CLOSE:
        return True
    return c in ".．" and not (len(t) > 1 and t[-2].isdigit())
