"""The "nothing is dropped" check shared by the parser's example, property and
corpus tests: every letter, digit and Han character of a page ends up in
exactly one printed field of the result (punctuation, markers such as □ and
whitespace may be re-set by the reader: brackets around a source, the dash
of a subtitle). Derived fields (names taken from a byline, a brief's
made-up headline, summaries) are not printed fields."""

from __future__ import annotations

from collections import Counter

from reader.ingest import ParsedPage
from reader.model import Article


def printed_fields(a: Article) -> list[str]:
    """Every field of an article that holds text as the page printed it."""
    out = [
        a.column or "",
        a.kicker or "",
        a.subtitle or "",
        a.dateline or "",
        a.source or "",
        a.editor_box or "",
        a.printed_date or "",
    ]
    if a.kind != "brief":
        out.append(a.headline)
    out += a.byline.printed
    out += a.paragraphs
    for c in a.captions:
        out += [c.text, c.credit or ""]
    out += a.credits
    return out


def _words(s: str) -> Counter[str]:
    return Counter(c for c in s if c.isalnum())


def dropped_and_doubled(text: str, parsed: ParsedPage) -> tuple[Counter[str], Counter[str]]:
    """(characters of the page found in no field, characters found more often than printed)."""
    page = _words(text)
    got: Counter[str] = Counter()
    for a in parsed.articles:
        for f in printed_fields(a):
            got.update(_words(f))
    for line in parsed.page_lines:
        got.update(_words(line))
    return page - got, got - page


def paragraphs_in_page_order(text: str, arts: list[Article]) -> bool:
    """Each article's paragraphs start where the page has them, in order."""
    flat = "".join(text.split())
    pos = 0
    for a in arts:
        for p in a.paragraphs:
            key = "".join(p.split())[:12]
            if not key:
                continue
            # a paragraph joined across a picture is not one stretch of the page:
            # its longest opening stretch must come next
            at = next((flat.find(key[:k], pos) for k in range(len(key), 0, -1) if flat.find(key[:k], pos) >= 0), -1)
            if at < 0:
                return False
            pos = at
    return True
