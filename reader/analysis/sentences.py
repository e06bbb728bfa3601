"""Chinese sentence splitting and cached word segmentation.

A sentence ends at 。！？!? together with any closing marks that follow it, so
``……完成。”`` ends *with* its closing quote. A terminator inside an open
quotation or bracket (“…” （…） 《…》 「…」 『…』 【…】 (...)) does not end the
sentence: a quoted speech of several sentences stays one unit with its
quotation marks balanced. Two guards keep this robust on real pages:

* nesting is tracked per paragraph, so a stray opening quote cannot swallow
  the rest of the article;
* a sentence that has grown past ``_FORCE_SPLIT`` characters inside an
  unclosed quote is split at its next terminator anyway.

A short attribution that follows a quotation (``“……。”段希燕介绍。``) is
merged into it: on its own it says nothing.

Every sentence is returned with its paragraph index and offsets, and its text
is exactly ``paragraphs[p][start:end]`` — summaries copy text, never rewrite it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import _jieba

TERMINATORS = frozenset("。！？!?")
_OPEN_TO_CLOSE = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』", "【": "】", "〈": "〉"}
_CLOSERS = frozenset(_OPEN_TO_CLOSE.values()) | frozenset("\"'")
_QUOTE_CLOSERS = frozenset("”’」』")
_FORCE_SPLIT = 160

# “……。”某某某介绍。 — an attribution tail that belongs to the quote before it.
_ATTRIBUTION = re.compile(
    r"^[^，,。！？!?“”；;]{1,34}"
    r"(说|介绍|表示|称|指出|坦言|透露|感慨|感叹|告诉记者|说道|笑着说|补充道|强调|回忆)[道说]?[。！!]$"
)

# Datelines and wire credits at the very start of an article body.
_CREDIT = r"^\s*(?:本报讯|本报[^\s，。：:]{0,10}电|新华社[^\s，。：:]{0,12}电|据[^，。：:\s]{1,14}报道)"
_DATELINES = (
    re.compile(_CREDIT + r"[^，。：:“”]{0,40}[：:]\s*"),  # 本报讯 通讯员某某报道：
    re.compile(_CREDIT + r"\s+"),  # 据新疆日报报道 截至……
)


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the article, 0-based
    paragraph: int
    start: int  # offsets into paragraphs[paragraph]
    end: int
    text: str


def split_paragraph(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    stack: list[str] = []
    start = 0
    i = 0
    while i < n:
        ch = text[i]
        if ch in _OPEN_TO_CLOSE:
            stack.append(_OPEN_TO_CLOSE[ch])
            i += 1
            continue
        if stack and ch == stack[-1]:
            stack.pop()
            i += 1
            continue
        if ch in TERMINATORS:
            # inside brackets (（…。）, 《…。》) a terminator never ends the sentence;
            # inside a quotation it does once the quotation closes right after it
            in_brackets = any(c not in _QUOTE_CLOSERS for c in stack)
            j = i + 1
            while j < n and text[j] in TERMINATORS:
                j += 1
            while j < n and text[j] in _CLOSERS:
                if stack and text[j] == stack[-1]:
                    stack.pop()
                j += 1
            if (not stack and not in_brackets) or j - start > _FORCE_SPLIT:
                stack.clear()
                spans.append((start, j))
                start = j
            i = j
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    # trim whitespace, drop empties
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    # merge attribution tails into the quotation before them
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged:
            ps, pe = merged[-1]
            if text[pe - 1] in '”’"' and _ATTRIBUTION.match(text[s:e]):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def split_sentences(paragraphs: list[str], *, strip_dateline: bool = True) -> list[Sentence]:
    """Split body paragraphs into sentences, in text order."""
    result: list[Sentence] = []
    for p, para in enumerate(paragraphs):
        if not para:
            continue
        for s, e in split_paragraph(para):
            if strip_dateline and not result:
                s = _skip_dateline(para, s, e)
            if e > s:
                result.append(Sentence(len(result), p, s, e, para[s:e]))
    return result


def _skip_dateline(para: str, s: int, e: int) -> int:
    for rx in _DATELINES:
        m = rx.match(para[s:e])
        if m and s + m.end() < e:
            return s + m.end()
    return s


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """jieba's segmentation of ``text`` (cached: summary and keywords share it)."""
    return tuple(_jieba.get().lcut(text))
