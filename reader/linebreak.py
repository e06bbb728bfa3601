"""Chinese line breaking (避头尾) for terminal cells, written once, used everywhere.

Rich and Textual wrap CJK text only at whitespace or by folding, so their lines
may begin with ``，`` or ``。``. This module wraps properly and returns *offsets*,
so the UI can slice styled ``rich.text.Text`` (inline figure highlights) without
re-measuring anything. It is part of the headless core: no textual import.

API
---
``wrap_offsets(text, width, *, indent="\\u3000\\u3000") -> list[tuple[int, int]]``
    One ``(start, end)`` span into ``text`` per output line. The caller
    prepends the indent to line 0; line 0's budget is ``width`` minus the
    indent's cells. Whitespace at a soft break is *dropped* (it is only the
    break), and so is whitespace ending a hard line: the gaps between
    consecutive spans (and after the last) hold only whitespace and at most
    one ``"\\n"`` (a hard break). Leading whitespace of a hard line is
    content and is kept.
    Every hard line yields at least one span (possibly empty), so ``""``
    gives ``[(0, 0)]``.
``wrap(text, width, *, indent=...) -> list[str]``
    The same lines as strings, with the (effective) indent on line 0.
``cell_width(text) -> int``
    Terminal cells, identical to ``rich.cells.cell_len`` but cached per
    character.
``effective_indent(indent, width) -> str``
    The indent actually used: ``indent`` when at least one full-width
    character still fits after it (``cell_width(indent) + 2 <= width``),
    otherwise ``""``. Callers that prepend the indent themselves must
    prepend this (it only differs at widths below 6 for the default).
``break_classes(segment) -> bytes``
    For a text without ``"\\n"``: the class of the break at every boundary
    ``0..len(segment)`` (see below). Exposed for tests and other layouts.

Rules (what a break between two characters costs)
-------------------------------------------------
``BREAK_OK`` (0)
    Between CJK characters, at whitespace, between CJK and Latin.
``BREAK_AFTER_OPENING`` (1)
    The line would end with opening punctuation (``（「『《“‘【〔〈`` …,
    both widths, and currency signs), or would break inside the leading
    whitespace of a hard line.
``BREAK_IN_WORD`` (2)
    Inside a Latin word or a number with its unit: a run of
    ``[A-Za-z0-9.,%/+-…]`` (also full-width alphanumerics, Latin-1 letters,
    Greek/Cyrillic), optionally prefixed by ``第``, followed by CJK numeral
    multipliers (``万 亿 千 百 多 余``) and a unit or classifier
    (``吨 元 个 家 … 公里 千瓦时 年 月 日 岁``), optionally ``/unit``:
    ``AI``, ``7.5MW``, ``5800万吨``, ``86.34%``, ``103元/吨``, ``2019年``,
    ``4.8亿千瓦时``.
    Also on both sides of a no-break space (U+00A0, U+2007, U+202F) or
    word joiner (U+2060).
``BREAK_BEFORE_CLOSING`` (3)
    The next line would begin with closing punctuation (``，。、；：？！）」』》…”’``
    ``〕】〉％·～`` …, both widths), or the break splits ``——`` / ``……``.
``BREAK_IN_CLUSTER`` (4)
    Inside a grapheme cluster (combining marks, ZWJ sequences, VS16).

Filling is greedy: each line takes as much as fits in its budget, then
breaks at the *last* boundary of the lowest class available within the
fitting range — so characters are pushed to the next line (推出); a line
never exceeds the width. Degradation when nothing better fits: first a line
may end with opening punctuation, then a word/number is folded, then a line
may begin with closing punctuation, and only then is a cluster split (that
last never happens: a fitting end is always at a cluster boundary).

Exactly when a rule is broken (the chunk is too wide)
-----------------------------------------------------
* A line ``k`` (not the first line of a hard line) begins with closing
  punctuation or the second half of ``——`` only if every boundary between
  the start of line ``k-1`` and the end of the part that fits is of class
  3 or 4 — i.e. line ``k-1`` is one character followed only by characters
  that may not start a line (closing punctuation, dash/ellipsis halves,
  zero-width marks, whitespace before those), and that run plus the first
  character of line ``k`` is wider than line ``k-1``'s budget. With width
  >= 2 and ordinary text this needs e.g. ``好。」`` at width 4.
* A line ends with opening punctuation only if the stretch from the line's
  start to its first class-0 break is wider than the line's budget (``“《``
  at width 2); a word/number is folded only if the stretch to its first
  class-0/1 break is — the run plus the closing punctuation it drags along
  is wider than the budget (``7.5MW，`` at width 6 folds to ``7.5M`` /
  ``W，``).
* Line 0 has a smaller budget (width minus indent). When line 0 would have
  to break a rule that the full width avoids, line 0 is left empty (the
  indent alone) and the text starts on line 1.
* A character wider than the width (a CJK character at width 1) stands
  alone on its line and overflows: unavoidable. ``width < 1`` counts as 1.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

from rich.cells import get_character_cell_size, split_graphemes
from rich.cells import cell_len as _rich_cell_len

__all__ = [
    "BREAK_AFTER_OPENING",
    "BREAK_BEFORE_CLOSING",
    "BREAK_IN_CLUSTER",
    "BREAK_IN_WORD",
    "BREAK_OK",
    "DEFAULT_INDENT",
    "NO_LINE_END",
    "NO_LINE_START",
    "break_classes",
    "cell_width",
    "set_ambiguous_width",
    "ambiguous_width",
    "effective_indent",
    "wrap",
    "wrap_offsets",
]

DEFAULT_INDENT = "\u3000\u3000"

BREAK_OK = 0
BREAK_AFTER_OPENING = 1
BREAK_IN_WORD = 2
BREAK_BEFORE_CLOSING = 3
BREAK_IN_CLUSTER = 4

#: Characters that may not begin a line (closing punctuation and friends).
NO_LINE_START = frozenset(
    # full-width / CJK
    "，。、；：？！）」』》〉】〕〗〙〛〞〟”’…‥⋯·・‧～〜％‰℃°′″"
    "．，：；？！）］｝｠｡｣､﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
    # half-width
    ",.;:?!)]}%"
)
#: Characters that may not end a line (opening punctuation, currency signs).
NO_LINE_END = frozenset("（「『《〈【〔〖〘〚〝“‘［｛｟｢﹙﹛﹝([{$￥¥£€＄￡")

_NO_BREAK_SPACES = "\xa0\u2007\u202f"
#: Whitespace that is a break opportunity (and dropped at a break).
#: (Every ``str.isspace()`` character up to U+3000 but newline and the
#: no-break spaces, written out: computing it cost ~1 ms at start-up.)
_WS = frozenset(
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2008\u2009\u200a\u2028\u2029\u205f\u3000"
)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class _OnFirstUse:
    """A pattern compiled when first used. Each character class that reaches
    past Latin-1 costs ~0.3 ms to compile at import; these are needed only by
    text that has whitespace, no-break spaces or paired dashes, which a
    Chinese page mostly has not (a cheap set test guards each use)."""

    __slots__ = ("_pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        return self._compile().match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compile().finditer(text)


_WS_CLASS = _char_class(_WS)
_GLUE = frozenset(_NO_BREAK_SPACES + "\u2060")  # no-break spaces, word joiner
_CLOSE_RE = re.compile(_char_class(NO_LINE_START))
_OPEN_RE = re.compile(f"{_char_class(NO_LINE_END)}{_WS_CLASS}*")
_WS_CLOSE_RE = _OnFirstUse(f"{_WS_CLASS}+(?={_char_class(NO_LINE_START)})")
_LEAD_WS_RE = _OnFirstUse(f"{_WS_CLASS}+")
_GLUE_RE = _OnFirstUse(f"[{_NO_BREAK_SPACES}\u2060]+")
_PAIR_RE = _OnFirstUse("—{2,}|…{2,}|⋯{2,}")

# A Latin word / number run and the unit that directly follows it.
_RUN = (
    r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
    r"\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
    r".,%/+\-_&@#'~‰°℃$￥¥£€]"
)
_MULT = "(?:[万亿百多余]|千(?![瓦米克]))"
_UNITS_MULTI = (
    "千瓦时 平方公里 平方千米 个百分点 百分点 平方米 立方米 千瓦 兆瓦 千米 千克 公里 公斤 "
    "公顷 小时 分钟 毫米 厘米 毫升 美元 欧元 英镑 日元 港元 周岁 人次 户次 架次"
).split()
_UNITS_SINGLE = (
    "吨元角个家名辆台座株亩年月日号岁人次项件户位条只头匹张本册部套架艘列栋幢间所处层级"
    "度倍斤克米升天周时分秒份批场届期款种类轮组支篇首块片棵根双对枚颗粒成"
)
_UNIT = "(?:" + "|".join(sorted(_UNITS_MULTI, key=len, reverse=True)) + f"|[{_UNITS_SINGLE}])"
# (``第?RUN+``, not the same run class three times: compiling a class with wide
# ranges is what costs at import)
# A run starts with a letter, a digit or a sign: ``,AI`` after ``2019年`` is a
# comma and a word, not one word (the break after the comma is a fine one).
_RUN_START = r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff+\-$￥¥£€#@~]"
_UNIT_RE = re.compile(f"第?{_RUN_START}{_RUN}*{_MULT}*(?:{_UNIT}(?:/{_MULT}*{_UNIT})?)?")


class _Widths(dict):
    """Per-character cell width, computed once by rich and cached.

    The ranges a Chinese page is made of are answered without rich's table
    search (a first screen meets a few hundred distinct characters); a test
    checks every character of them against rich.
    """

    #: cells of an East Asian "ambiguous" character (“”—…·●★): 1 as rich counts
    #: them, 2 on a terminal that draws them wide (set_ambiguous_width)
    ambiguous = 1

    def __missing__(self, char: str) -> int:
        if " " <= char <= "~":
            w = 1  # printable ASCII
        elif "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uff01" <= char <= "\uff60":
            w = 2  # CJK ideographs (and extension A), full-width forms
        else:
            w = get_character_cell_size(char)
            if w == 1 and self.ambiguous == 2 and unicodedata.east_asian_width(char) == "A":
                w = 2
        self[char] = w
        return w


_WIDTH = _Widths()
_width_of = _WIDTH.__getitem__


def cell_width(text: str) -> int:
    """Cells ``text`` occupies; the same as ``rich.cells.cell_len`` (but see
    :func:`set_ambiguous_width`)."""
    if ("\u200d" in text or "\ufe0f" in text) and _WIDTH.ambiguous == 1:
        return _rich_cell_len(text)
    return sum(map(_width_of, text))


def set_ambiguous_width(cells: int) -> None:
    """How many cells the terminal gives East Asian "ambiguous" characters
    (“” — … · ● ★ and the like): 1 (most Western terminals; what rich assumes)
    or 2 (terminals set up for CJK, e.g. with ``ambiwidth=double``). With 2,
    lines are laid out so none overflows on such a terminal; the caches of
    widths and break analyses start again."""
    if cells not in (1, 2):
        raise ValueError(f"ambiguous width must be 1 or 2, not {cells!r}")
    if _WIDTH.ambiguous != cells:
        _WIDTH.ambiguous = cells
        _WIDTH.clear()
        _analyse.cache_clear()


def ambiguous_width() -> int:
    """The current setting of :func:`set_ambiguous_width`."""
    return _WIDTH.ambiguous


def effective_indent(indent: str, width: int) -> str:
    """The indent used at ``width``: dropped unless a full-width char fits after it."""
    if indent and cell_width(indent) + 2 > width:
        return ""
    return indent


@lru_cache(maxsize=2048)
def _analyse(seg: str) -> tuple[list[int], bytes]:
    """Cumulative cell widths at each boundary, and each boundary's break class."""
    n = len(seg)
    cls = bytearray(n + 1)
    if seg.isascii() and seg.isprintable():
        cum = list(range(n + 1))
        clusters: list[tuple[int, int]] = []
    elif "\u200d" in seg or "\ufe0f" in seg:
        spans, _ = split_graphemes(seg)
        widths = [0] * n
        clusters = []
        for a, z, w in spans:
            widths[a] = w
            if z - a > 1:
                clusters.append((a, z))
        cum = list(accumulate(widths, initial=0))
    else:
        widths = list(map(_width_of, seg))
        cum = list(accumulate(widths, initial=0))
        clusters = []
        if 0 in widths:
            # zero-width characters (combining marks, controls) belong to the
            # character before them; whitespace (tab) stays a break.
            for i in range(1, n):
                if widths[i] == 0 and seg[i] not in _WS:
                    clusters.append((i - 1, i + 1))

    # Writes go in increasing class order, so each boundary ends with the max.
    m = _LEAD_WS_RE.match(seg) if seg[:1] in _WS else None
    if m:
        z = m.end()
        cls[1 : z + 1] = b"\x01" * z
    for m in _OPEN_RE.finditer(seg):
        a, z = m.span()
        cls[a + 1 : z + 1] = b"\x01" * (z - a)
    for m in _UNIT_RE.finditer(seg):
        a, z = m.span()
        if z - a > 1:
            cls[a + 1 : z] = b"\x02" * (z - a - 1)
    if not _GLUE.isdisjoint(seg):
        for m in _GLUE_RE.finditer(seg):
            a, z = m.span()
            cls[a : z + 1] = b"\x02" * (z - a + 1)
    for m in _CLOSE_RE.finditer(seg):
        cls[m.start()] = BREAK_BEFORE_CLOSING
    if not _WS.isdisjoint(seg):
        # "word ," : the boundaries before the whitespace are before closing too
        for m in _WS_CLOSE_RE.finditer(seg):
            a, z = m.span()
            cls[a:z] = b"\x03" * (z - a)
    if "——" in seg or "……" in seg or "⋯⋯" in seg:
        for m in _PAIR_RE.finditer(seg):
            a, z = m.span()
            cls[a + 1 : z] = b"\x03" * (z - a - 1)
    for a, z in clusters:
        cls[a + 1 : z] = b"\x04" * (z - a - 1)
    return cum, bytes(cls)


def break_classes(segment: str) -> bytes:
    """Break class (0–4) at each boundary ``0..len(segment)`` of a text without newlines.

    Boundary ``i`` is between ``segment[i-1]`` and ``segment[i]``; entries 0
    and ``len(segment)`` are meaningless (always 0 or whatever rules gave).
    """
    if "\n" in segment:
        raise ValueError("break_classes takes one hard line (no newline)")
    return _analyse(segment)[1]


def _fill(seg: str, off: int, budget: int, width: int, first: bool, out: list[tuple[int, int]]) -> None:
    """Append the spans of one hard line (``seg`` starts at ``off`` in the text)."""
    cum, cls = _analyse(seg)
    n = len(seg)
    total = cum[n]
    ws = _WS
    s = 0
    while True:
        base = cum[s]
        if total - base <= budget:
            end = n
            while end > s and seg[end - 1] in ws:
                end -= 1
            out.append((off + s, off + end))
            return
        e = bisect_right(cum, base + budget, s + 1, n) - 1
        if e <= s:
            # Not even one character fits (wide char, width 1): overflow.
            b = s + 1
            while b < n and cls[b] == BREAK_IN_CLUSTER:
                b += 1
        elif cls[e] == BREAK_OK:
            b = e
        else:
            b = cls.rfind(BREAK_OK, s + 1, e + 1)
            if b < 0:
                level = 1
                while level < BREAK_IN_CLUSTER:
                    b = cls.rfind(level, s + 1, e + 1)
                    if b >= 0:
                        break
                    level += 1
                else:
                    b = e
                if first and budget < width and _better_at_full_width(cum, cls, s, n, width, level):
                    out.append((off + s, off + s))
                    first = False
                    budget = width
                    continue
        end = b
        while end > s and seg[end - 1] in ws:
            end -= 1
        out.append((off + s, off + end))
        s = b
        while s < n and seg[s] in ws:
            s += 1
        if s >= n:
            return
        first = False
        budget = width


def _better_at_full_width(cum: list[int], cls: bytes, s: int, n: int, width: int, level: int) -> bool:
    """Would starting this text on a full-width line avoid a break of ``level``?"""
    if cum[n] - cum[s] <= width:
        return True
    e = bisect_right(cum, cum[s] + width, s + 1, n) - 1
    return any(cls.rfind(lv, s + 1, e + 1) >= 0 for lv in range(level))


def wrap_offsets(text: str, width: int, *, indent: str = DEFAULT_INDENT) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` into ``text``, one per line, wrapped at ``width`` cells.

    The caller prepends ``effective_indent(indent, width)`` (normally just
    ``indent``) to line 0, whose budget is ``width`` minus its cells. ``"\\n"``
    is a hard break. See the module docstring for the rules.
    """
    if width < 1:
        width = 1
    ind = effective_indent(indent, width)
    budget = width - cell_width(ind) if ind else width
    out: list[tuple[int, int]] = []
    if "\n" not in text:
        _fill(text, 0, budget, width, True, out)
        return out
    off = 0
    first = True
    for seg in text.split("\n"):
        _fill(seg, off, budget, width, first, out)
        off += len(seg) + 1
        first = False
        budget = width
    return out


def wrap(text: str, width: int, *, indent: str = DEFAULT_INDENT) -> list[str]:
    """The wrapped lines as strings, line 0 carrying the effective indent."""
    lines = [text[a:b] for a, b in wrap_offsets(text, width, indent=indent)]
    ind = effective_indent(indent, max(width, 1))
    if ind:
        lines[0] = ind + lines[0]
    return lines
