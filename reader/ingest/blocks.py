"""From page text to *units*: the lines a page is made of, with their layout.

Real pages come in several shapes, and this step makes them one:

* blank-line-separated blocks (what e-paper crawlers write), one or more
  lines each;
* no blank line at all: every line is a block;
* CRLF, NBSP and full-width (U+3000) indents; web-layout tabs.

A *unit* is one non-blank line. It remembers its block, its place in the
block, its line number in the page (for ``--dry-run`` reports) and its
layout: how it is indented (``full`` – U+3000 or NBSP, the way a Chinese
paragraph is indented; ``tab``; ``space``; or none) and whether it carries
trailing whitespace (some web e-papers end a title element that way). A line
that ends a caption with its credit (``图为……。□张三摄``) or a sentence with
a source note (``……。（XX供稿）``) is split in two units here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby

from reader.ingest import people
from reader.ingest.chars import MARKS, WS, fold

_SENT_END_IN_LINE = "。！？!?…”"
_INLINE_SOURCE_HINTS = ("供稿", "来源", "据", "综合", "本报")


@dataclass
class Unit:
    """One line of the page and what the rules found out about it."""

    index: int
    line: int  # 1-based line number in the page text
    text: str  # without layout whitespace at either end
    block: int
    first: bool  # first line of its block
    last: bool  # last line of its block
    indent: str = ""  # "" | "full" | "tab" | "space"
    lead_ws: str = ""  # the leading whitespace as written
    trail: bool = False  # trailing whitespace after the text
    hint: str | None = None  # a role the source itself gives (HTML title elements)
    split: bool = False  # cut from the line before it (an inline credit or note)
    key: str = ""  # the text the rules read: traditional characters folded (chars.fold)
    # filled by the rules:
    role: str = "body"
    article: int = -1
    data: dict = field(default_factory=dict)

    def restore(self, s: str) -> str:
        """A string the rules took from ``key``, in the page's own script."""
        if self.key == self.text or not s:
            return s
        back = {k: t for k, t in zip(self.key, self.text) if k != t}
        return "".join(back.get(c, c) for c in s)


def _indent(lead: str) -> str:
    if not lead:
        return ""
    if "\t" in lead:
        return "tab"
    if "\u3000" in lead or "\u00a0" in lead:
        return "full"
    return "space"


def split_inline(line: str) -> list[str]:
    """Split a trailing credit or source note off a sentence: ``图为…。□张三摄``.

    Also a credit after a space: ``机器人正在铲爆米花 杭州具身智能展示中心供图``.
    """
    if people.credit(line) is not None or people.agency_photo(line):
        return [line]
    k = max(line.rfind(c) for c in _SENT_END_IN_LINE)
    cut = -1
    if 0 <= k < len(line) - 1:
        cut = k + 1
    else:
        # "新建的能源站 □赵善宾摄": a credit marker after some text.
        for i, ch in enumerate(line):
            if i > 0 and ch in MARKS:
                cut = i
        if cut < 0:
            return _split_spaced_credit(line)
    head, tail = line[:cut].rstrip(WS), line[cut:].strip(WS)
    if not head or not tail:
        return [line]
    if people.credit(tail) is not None or people.agency_photo(tail):
        return [head, tail]
    if tail[0] in "（(" and tail[-1] in "）)":
        inner = tail[1:-1].strip(WS)
        if "（" not in inner and len(inner) <= 40 and any(h in inner for h in _INLINE_SOURCE_HINTS):
            return [head, tail]
        if "（" not in inner and people.signature(inner):
            return [head, tail]  # "……。（孟西安王鸣媛）": the writers sign off
    return [line]


def _split_spaced_credit(line: str) -> list[str]:
    for m in reversed(list(re.finditer(rf"[{WS}]+", line))):
        head, tail = line[: m.start()], line[m.end() :]
        if len(head.strip(WS)) < 4:
            break
        if people.credit(tail) is not None and not people.credit(head):
            return [head.rstrip(WS), tail]
    return [line]


def units(text: str, hints: list[str | None] | None = None) -> list[Unit]:
    """The page's units in order. ``hints`` gives a role per input line (HTML)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # blocks: runs of non-blank lines
    blocks = [
        [i for i, _ in run] for filled, run in groupby(enumerate(lines), key=lambda t: bool(t[1].strip())) if filled
    ]
    if len(blocks) == 1 and len(blocks[0]) > 1:
        blocks = [[i] for i in blocks[0]]  # no blank line at all: one block per line
    out: list[Unit] = []
    for b, block in enumerate(blocks):
        pieces: list[tuple[int, str, str, bool, bool]] = []
        for i in block:
            raw = lines[i]
            body = raw.strip()
            lead = raw[: len(raw) - len(raw.lstrip())]
            trail = raw != raw.rstrip()
            parts = split_inline(body)
            for k, p in enumerate(parts):
                pieces.append((i, p, lead if k == 0 else "", trail and k == len(parts) - 1, k > 0))
        for k, (i, p, lead, trail, was_split) in enumerate(pieces):
            out.append(
                Unit(
                    index=len(out),
                    line=i + 1,
                    text=p,
                    block=b,
                    first=k == 0,
                    last=k == len(pieces) - 1,
                    indent=_indent(lead),
                    lead_ws=lead,
                    trail=trail,
                    hint=hints[i] if hints is not None and i < len(hints) else None,
                    split=was_split,
                    key=fold(p),
                )
            )
    return out
