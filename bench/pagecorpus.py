"""The labelled page corpus and the scoring of a page parser against it.

Used by ``bench/page_eval.py`` and by the corpus tests. Nothing here is part
of the product; it reads real pages that mostly cannot live in this
repository (see ``bench/corpus.md``).

A corpus folder holds ``<name>.txt`` (or ``.html``) pages, each with a
``gold-<name>.json`` from its source (headline fields the source itself
gives) and, where a person labelled it, ``<name>.labels.json`` (every
block's role and each article's fields; guide: ``bench/corpus.md``). Labels
are looked up beside the page and in ``bench/corpus_labels/``.

Scoring is text based, so it needs nothing but the parser's articles: each
field of each predicted article is located in the page (whitespace removed),
which gives the stretch of page text an article covers. A gold article is
*found* when one predicted item covers at least half of it and at least half
of what that item covers lies in it; a predicted article matching no gold
article is a *false article*.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tally import Tally

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "bench" / "corpus_labels"
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
LOCAL_CORPUS = REPO.parent / "corpus"

_WS = re.compile(r"\s+")


def norm(s: str | None) -> str:
    """Whitespace removed and NFKC-folded: what two spellings of a title share."""
    if not s:
        return ""
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def blocks_of(text: str) -> list[str]:
    """Blank-line-separated blocks, as the corpus files are written."""
    out: list[str] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line)
        elif cur:
            out.append("\n".join(cur))
            cur = []
    if cur:
        out.append("\n".join(cur))
    return out


@dataclass
class GoldArticle:
    index: int
    kind: str  # article | photo | brief
    headline: str | None
    kicker: str | None
    subtitle: str | None
    scope: str  # "headline": compare the headline; "title": the title block merged (PFR 1998)
    blocks: range
    dateline: str | None = None
    byline_names: list[str] | None = None  # None: not labelled
    captions: list[str] | None = None
    source_article: str = ""


@dataclass
class GoldPage:
    name: str
    path: Path
    paper: str
    date: str | None
    page: str | None
    blocks: list[str]
    roles: list[str] | None  # one per block, when labelled
    articles: list[GoldArticle]
    labelled: bool
    group: str = "dev"  # dev | heldout
    title_fields: bool = True  # the gold knows kickers and subtitles (else only the headline)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def corpus_dirs(extra: Iterable[str | Path] = ()) -> list[Path]:
    """The corpus folders present on this machine: shared/corpus, ../corpus/*, $READER_CORPUS, extra."""
    dirs: list[Path] = []
    if SHARED_CORPUS.is_dir():
        dirs.append(SHARED_CORPUS)
    if LOCAL_CORPUS.is_dir():
        for p in sorted(LOCAL_CORPUS.iterdir()):
            if p.is_dir() and not p.name.startswith("_"):
                dirs.append(p)
                if (p / "html").is_dir():
                    dirs.append(p / "html")
    for d in os.environ.get("READER_CORPUS", "").split(os.pathsep):
        if d:
            dirs.append(Path(d))
    dirs.extend(Path(d) for d in extra)
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def _strip_tags(s: str | None) -> str | None:
    """A source's title field with stray markup (``</p><p>``) removed."""
    return re.sub(r"<[^>]{1,20}>", "", s) if s else s


def _find_starts(blocks: list[str], arts: list[dict[str, Any]], name: str) -> list[int]:
    """First block of each gold article, in order, from its first title line or body start."""
    starts: list[int] = []
    cur = 0
    nb = [norm(b) for b in blocks]
    for a in arts:
        keys: list[str] = []
        for k in ("title_block_lines",):
            if a.get(k):
                keys.append(norm(a[k][0]))
        for k in ("kicker", "headline", "subtitle"):
            if a.get(k):
                keys.append(norm(a[k].split("\n")[0]))
        if a.get("byline"):
            keys.append(norm(a["byline"]))
        body = norm(a.get("first_body_chars"))
        found = None
        for i in range(cur, len(blocks)):
            if any(k and nb[i].startswith(k) for k in keys) or (not keys and body and nb[i].startswith(body)):
                found = i
                break
        if found is None:
            raise ValueError(f"{name}: cannot find where article {a.get('source_article')!r} starts")
        starts.append(found)
        cur = found + 1
    return starts


def load_page(path: Path) -> GoldPage:
    name = path.stem
    gold_path = path.with_name(f"gold-{name}.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if path.suffix == ".txt":
        blocks = blocks_of(path.read_text(encoding="utf-8"))
    else:  # a saved web page: its lines as the importer reads them
        from reader.importer import read_page

        blocks = blocks_of(read_page(path).text)
    label_dirs = [path.parent, LABELS] + [Path(d) for d in os.environ.get("READER_LABELS", "").split(os.pathsep) if d]
    labels_path = next((p for p in (d / f"{name}.labels.json" for d in label_dirs) if p.is_file()), None)
    merged_titles = name.startswith("rmrb-1998")  # PFR prints kicker+headline+subtitle as one paragraph
    scope = "title" if merged_titles else "headline"
    arts: list[GoldArticle] = []
    roles: list[str] | None = None
    if labels_path is not None:
        lab = json.loads(labels_path.read_text(encoding="utf-8"))
        rows = lab["blocks"]
        if blocks and [r["text"] for r in rows] != blocks:
            raise ValueError(f"{labels_path}: its blocks do not match {path}")
        blocks = blocks or [r["text"] for r in rows]
        roles = [r["role"] for r in rows]
        for la in lab["articles"]:
            idx = [r["block"] for r in rows if r["article"] == la["article"]]
            arts.append(
                GoldArticle(
                    index=la["article"],
                    kind=la.get("kind") or "article",
                    headline=la.get("headline"),
                    kicker=la.get("kicker"),
                    subtitle=la.get("subtitle"),
                    scope=scope,
                    blocks=range(min(idx), max(idx) + 1),
                    dateline=la.get("dateline"),
                    byline_names=list(la.get("byline_names") or []),
                    captions=list(la.get("captions") or []),
                    source_article=la.get("source_article") or "",
                )
            )
    else:
        ga = gold["articles"]
        counts = [a.get("paragraphs") for a in ga]
        if all(isinstance(c, int) for c in counts) and sum(counts) == len(blocks):
            # the source's own count of lines per article (PFR 1998, 澳門日報)
            starts, pos = [], 0
            for c in counts:
                starts.append(pos)
                pos += c
        else:
            starts = _find_starts(blocks, ga, name)
        for i, a in enumerate(ga):
            end = starts[i + 1] if i + 1 < len(ga) else len(blocks)
            arts.append(
                GoldArticle(
                    index=i,
                    kind="article" if a.get("headline") else "brief",
                    headline=_strip_tags(a.get("headline")),
                    kicker=a.get("kicker"),
                    subtitle=a.get("subtitle"),
                    scope=scope,
                    blocks=range(starts[i], end),
                    source_article=str(a.get("source_article") or ""),
                )
            )
    return GoldPage(
        name=name,
        path=path,
        paper=gold.get("newspaper") or "?",
        date=gold.get("date"),
        page=gold.get("page"),
        blocks=blocks,
        roles=roles,
        articles=arts,
        labelled=labels_path is not None,
        group=_group(path, gold),
        title_fields=any(a.kicker or a.subtitle for a in arts),
    )


def _group(path: Path, gold: dict[str, Any]) -> str:
    """A third of the pages we gathered ourselves are held out: nobody tunes on them.

    The pages of ../shared/corpus were all looked at while the rules were
    written, so they are all "dev". Elsewhere a page is held out when its
    gold file says so, or by a fixed hash of its name (crc32 % 3 == 0).
    """
    import zlib

    if "heldout" in gold:
        return "heldout" if gold["heldout"] else "dev"
    if path.parent.resolve() == SHARED_CORPUS.resolve():
        return "dev"
    return "heldout" if zlib.crc32(path.stem.encode("utf-8")) % 3 == 0 else "dev"


def iter_pages(dirs: Iterable[Path]) -> Iterator[GoldPage]:
    for d in dirs:
        for p in sorted(d.iterdir()):
            gold = p.with_name(f"gold-{p.stem}.json")
            kinds = (".html", ".htm") if d.name == "html" else (".txt", ".html", ".htm")
            if p.suffix in kinds and gold.is_file():
                arts = json.loads(gold.read_text(encoding="utf-8")).get("articles") or []
                if arts and all(a.get("first_body_chars") is None and not a.get("paragraphs") for a in arts):
                    continue  # a layout page that lists titles and holds no text
                yield load_page(p)


# --------------------------------------------------------------------------
# Locating a parser's output in the page


class Locator:
    """Finds pieces of output text in the page (whitespace removed)."""

    def __init__(self, blocks: list[str]) -> None:
        parts = [norm(b) for b in blocks]
        self.text = "".join(parts)
        self.block_at: list[int] = []
        for i, p in enumerate(parts):
            self.block_at.extend([i] * len(p))
        self.block_start: list[int] = []
        pos = 0
        for p in parts:
            self.block_start.append(pos)
            pos += len(p)

    def pieces(self, s: str, hint: int = 0) -> list[tuple[int, int]]:
        """Stretches of the page that spell ``s`` in order, searched from ``hint``."""
        s = norm(s)
        P = self.text
        if not s:
            return []
        whole = P.find(s, max(0, hint))
        if whole >= 0:
            return [(whole, whole + len(s))]
        out: list[tuple[int, int]] = []
        i, cur = 0, max(0, hint)
        while i < len(s):
            pos = -1
            for k in (24, 12, 6, 3):
                k = min(k, len(s) - i)
                pos = P.find(s[i : i + k], cur)
                if pos < 0:
                    pos = P.find(s[i : i + k], max(0, hint - 2000))
                if pos >= 0:
                    break
            if pos < 0:
                i += 1  # a character the parser added (a joining space, a marker): skip it
                continue
            j = 0
            while i + j < len(s) and pos + j < len(P) and P[pos + j] == s[i + j]:
                j += 1
            out.append((pos, pos + j))
            i += j
            cur = pos + j
        return out


def printed_fields(a: Any) -> list[tuple[str, str]]:
    """(field, text) of everything an article shows that came from the page, in reading order."""
    out: list[tuple[str, str]] = []
    for k in ("column", "kicker", "headline", "subtitle"):
        v = getattr(a, k, None)
        if v:
            out.append((k, v))
    box = getattr(a, "editor_box", None)
    if box:
        out.append(("editor_box", box))
    for k in ("printed_date", "dateline", "source"):
        v = getattr(a, k, None)
        if v:
            out.append((k, v))
    by = getattr(a, "byline", None)
    if by is not None:
        printed = getattr(by, "printed", None)
        if printed:
            out.extend(("byline", p) for p in printed)
        else:
            out.extend(("byline", n) for n in by.reporters + by.correspondents)
    out.extend(("paragraph", p) for p in a.paragraphs)
    for c in getattr(a, "captions", []):
        if c.text:
            out.append(("caption", c.text))
        credit = getattr(c, "credit", None)
        if credit:
            out.append(("credit", credit))
        else:
            out.extend(("credit", n) for n in c.photographers)
    for c in getattr(a, "credits", []) or []:
        out.append(("credit", c))
    return out


@dataclass
class Located:
    article: Any
    covered: set[int] = field(default_factory=set)
    paragraphs: list[list[tuple[int, int]]] = field(default_factory=list)
    start: int = 0


def locate(loc: Locator, arts: list[Any]) -> list[Located]:
    out: list[Located] = []
    cursor = 0
    for a in arts:
        L = Located(a)
        fields = printed_fields(a)
        # Anchor: the longest field found exactly, searched from where the last article ended.
        anchor = cursor
        best = max((t for _, t in fields), key=lambda t: len(norm(t)), default="")
        if best:
            p = loc.text.find(norm(best), cursor)
            if p < 0:
                p = loc.text.find(norm(best), max(0, cursor - 2000))
            if p < 0:
                p = loc.text.find(norm(best))
            if p >= 0:
                anchor = p
        hint = min(cursor, anchor)
        for name, t in fields:
            ps = loc.pieces(t, hint)
            for s, e in ps:
                L.covered.update(range(s, e))
            if name == "paragraph":
                L.paragraphs.append(ps)
                if ps:
                    hint = max(hint, ps[-1][1] - 1)  # paragraphs come in page order
        L.start = min(L.covered) if L.covered else anchor
        if L.covered:
            cursor = max(cursor, max(L.covered))
        out.append(L)
    return out


# --------------------------------------------------------------------------
# Scoring


@dataclass
class Score(Tally):
    gold_articles: int = 0
    found: int = 0
    predicted: int = 0  # predicted articles (photo items not counted)
    false_articles: int = 0
    headlines: int = 0  # gold articles with a headline
    headline_exact: int = 0
    kickers: int = 0
    kicker_exact: int = 0
    subtitles: int = 0
    subtitle_exact: int = 0
    spurious_kicker_or_subtitle: int = 0
    joins_checked: int = 0  # paragraph boundaries the labels decide
    wrong_joins: int = 0
    missed_joins: int = 0
    bylines: int = 0
    bylines_found: int = 0
    datelines: int = 0
    datelines_found: int = 0
    captions: int = 0
    captions_found: int = 0
    labelled_articles: int = 0
    misses: list[str] = field(default_factory=list)


def _is_photo(a: Any) -> bool:
    return getattr(a, "kind", "article") == "photo"


def _title_text(a: Any, gold: GoldArticle) -> str:
    """What to compare with the gold headline: the headline, or the merged title."""
    if gold.scope == "headline":
        return norm(a.headline)
    g = norm(gold.headline)
    parts = [norm(getattr(a, "column", None)), norm(a.kicker), norm(a.headline)]
    sub = norm(a.subtitle)
    if sub and sub in g and not (gold.subtitle and norm(gold.subtitle) == sub):
        parts.append(sub)
    return "".join(parts)


def score_page(page: GoldPage, arts: list[Any]) -> Score:
    sc = Score()
    loc = Locator(page.blocks)
    located = locate(loc, arts)
    spans = [
        (
            loc.block_start[g.blocks.start],
            loc.block_start[g.blocks.stop] if g.blocks.stop < len(page.blocks) else len(loc.text),
        )
        for g in page.articles
    ]
    match: dict[int, Located] = {}
    matched_pred: set[int] = set()
    for pi, L in enumerate(located):
        if not L.covered:
            continue
        best, best_ov = None, 0
        for gi, (s, e) in enumerate(spans):
            ov = sum(1 for x in L.covered if s <= x < e)
            if ov > best_ov:
                best, best_ov = gi, ov
        if best is None:
            continue
        s, e = spans[best]
        if best_ov * 2 >= len(L.covered) and best_ov * 2 >= (e - s) and best not in match:
            match[best] = L
            matched_pred.add(pi)
    sc.gold_articles = len(page.articles)
    sc.found = len(match)
    preds = [i for i, L in enumerate(located) if not _is_photo(L.article)]
    sc.predicted = len(preds)
    sc.false_articles = sum(1 for i in preds if i not in matched_pred)
    for i in preds:
        if i not in matched_pred:
            a = located[i].article
            sc.misses.append(
                f"{page.name} false article: {norm(a.headline or '')[:30]!r} ({norm(''.join(a.paragraphs[:1]))[:30]!r})"
            )
    for gi, g in enumerate(page.articles):
        L = match.get(gi)
        a = L.article if L else None
        where = f"{page.name}#{gi}"
        if not L:
            sc.misses.append(f"{where} not found: {norm(g.headline or '')[:30] or page.blocks[g.blocks.start][:30]}")
        if g.headline:
            sc.headlines += 1
            if a is not None and _title_text(a, g) == norm(g.headline):
                sc.headline_exact += 1
            elif a is not None:
                sc.misses.append(f"{where} headline {norm(a.headline)[:40]!r} != {norm(g.headline)[:40]!r}")
        if g.scope == "headline" and g.headline and page.title_fields:
            for kind in ("kicker", "subtitle"):
                gv = norm(getattr(g, kind))
                pv = norm(getattr(a, kind, None)) if a is not None else ""
                if kind == "subtitle":  # ——副题: the dash is how a subtitle is set (the reader prints it back)
                    gv, pv = gv.lstrip("—－-"), pv.lstrip("—－-")
                if gv:
                    setattr(sc, kind + "s", getattr(sc, kind + "s") + 1)
                    if pv == gv:
                        setattr(sc, kind + "_exact", getattr(sc, kind + "_exact") + 1)
                    elif a is not None:
                        sc.misses.append(f"{where} {kind} {pv[:30]!r} != {gv[:30]!r}")
                elif pv:
                    sc.spurious_kicker_or_subtitle += 1
                    sc.misses.append(f"{where} spurious {kind} {pv[:30]!r}")
        if page.labelled and g.byline_names is not None:
            sc.labelled_articles += 1
            pred_names = set()
            if a is not None:
                pred_names = {norm(n) for n in a.byline.reporters + a.byline.correspondents}
                pred_names |= {norm(n) for n in getattr(a.byline, "others", [])}
            for n in g.byline_names:
                sc.bylines += 1
                sc.bylines_found += norm(n) in pred_names
                if norm(n) not in pred_names:
                    sc.misses.append(f"{where} byline {n!r} not found (have {sorted(pred_names)[:4]})")
            if g.dateline:
                sc.datelines += 1
                if a is not None and norm(a.dateline) == norm(g.dateline):
                    sc.datelines_found += 1
                else:
                    sc.misses.append(f"{where} dateline {norm(a.dateline if a else '')!r} != {norm(g.dateline)!r}")
            for c in g.captions or []:
                sc.captions += 1
                got = [norm(x.text) for x in (a.captions if a is not None else [])]
                if norm(c) and any(
                    norm(c) == x or (x and norm(c) in x and len(norm(c)) * 5 >= len(x) * 4) for x in got
                ):
                    sc.captions_found += 1
    if page.roles is not None:
        _score_joins(page, loc, located, sc)
    return sc


_PARA_ROLES = {"body", "cont", "crosshead", "list", "editor_box"}


def _score_joins(page: GoldPage, loc: Locator, located: list[Located], sc: Score) -> None:
    """Wrong joins: a paragraph spanning a block boundary the labels call a new
    paragraph (or a title, caption…). Missed joins: a ``cont`` block (layout
    broke a sentence) that still starts a paragraph of its own."""
    roles = page.roles or []
    starts_para: set[int] = set()
    for L in located:
        for ps in L.paragraphs:
            seen_blocks: list[int] = []
            for s, e in ps:
                if e - s < 2:
                    continue
                for b in sorted({loc.block_at[x] for x in range(s, e)}):
                    if not seen_blocks or seen_blocks[-1] != b:
                        seen_blocks.append(b)
            if not seen_blocks:
                continue
            first = ps[0][0]
            if loc.block_start[loc.block_at[first]] == first:
                starts_para.add(loc.block_at[first])
            for _prev, b in zip(seen_blocks, seen_blocks[1:]):
                sc.joins_checked += 1
                if roles[b] != "cont":
                    sc.wrong_joins += 1
                    sc.misses.append(f"{page.name} wrong join at block {b} ({roles[b]}): {page.blocks[b][:24]!r}")
    for b, r in enumerate(roles):
        if r == "cont":
            sc.joins_checked += 1
            if b in starts_para:
                sc.missed_joins += 1
                sc.misses.append(f"{page.name} missed join at block {b}: {page.blocks[b][:24]!r}")
