"""The "nothing is lost" check shared by the parser's example and property
tests: every piece of every input line (markers such as □, ——, 本报讯 aside)
must turn up in some output field, and paragraphs keep page order."""

from __future__ import annotations

import re

from reader.ingest import _ATTRIB, _DATELINE, _ROLE
from reader.model import Article

_MARKERS = re.compile(_ROLE.pattern + r"|报道|摄影|摄|供图|[（）()□■◎●○◆◇★☆▲△\s\u3000]")


def _word(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def _fields(arts: list[Article]) -> tuple[list[str], set[str]]:
    fields: list[str] = []
    names: set[str] = set()
    for a in arts:
        fields += [a.headline, a.kicker or "", a.subtitle or "", a.dateline or "", a.source or ""]
        fields += a.paragraphs
        fields += [c.text for c in a.captions]
        people = a.byline.reporters + a.byline.correspondents + [n for c in a.captions for n in c.photographers]
        names.update(w for n in people for piece in _MARKERS.split(n) if (w := _word(piece)))
    return [_word(f) for f in fields if f], {n for n in names if n}


def _pieces(line: str) -> list[str]:
    """Cut a line where the parser may cut it: markers, brackets, a leading
    dateline, the end of its last sentence (a credit or source may follow)."""
    line = line.strip()
    m = _DATELINE.match(line) or _ATTRIB.match(line)
    parts = [line[: m.end()], line[m.end() :]] if m else [line]
    k = max(parts[-1].rfind(c) for c in "。！？!?…”") + 1
    parts[-1:] = [parts[-1][:k], parts[-1][k:]]
    return [piece for part in parts for piece in _MARKERS.split(part)]


def _made_of_names(piece: str, names: set[str]) -> bool:
    ok = [True] + [False] * len(piece)
    for i in range(len(piece)):
        if ok[i]:
            for n in names:
                if piece.startswith(n, i):
                    ok[i + len(n)] = True
    return ok[-1]


def lost_pieces(text: str, arts: list[Article]) -> list[str]:
    fields, names = _fields(arts)
    lost = []
    for line in text.split("\n"):
        for piece in _pieces(line):
            w = _word(piece)
            if w and not any(w in f for f in fields + list(names)) and not _made_of_names(w, names):
                lost.append(w)
    return lost


def paragraphs_in_page_order(text: str, arts: list[Article]) -> bool:
    """All paragraphs, concatenated, are a subsequence of the page's characters."""
    page = iter(_word(text))
    return all(c in page for a in arts for p in a.paragraphs for c in _word(p))
