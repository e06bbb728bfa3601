"""Build a synthetic archive of N editions (one a day) for benchmarks.

    python bench/make_archive.py 3650 [--out DIR] [--seed-page PATH] [--rng 3650]
    python bench/make_archive.py 0 --big 10000 --out DIR    # one edition of 10,000 articles
    python bench/make_archive.py 3650 --big 10000           # ten years plus that edition (the newest)

SYNTHETIC, and what that means:

* There is one real seed page (7 articles). It is imported once through the
  real importer (parser, sections, figures, summaries, keywords).
* Each synthetic edition takes 5-9 of those articles in a random order (one
  may appear twice, as "（续）"), dated one day after the previous edition,
  starting 10 years before the last.
* Each article's paragraphs are its own, shuffled, with one dropped and up to
  two borrowed from other articles - so texts differ between editions, but
  the vocabulary is the seed's: every query hits far more articles than it
  would in a real archive. That makes search *slower* than real (longer
  posting lists, more hits to rank), never faster.
* Figures: kept, exactly - they are per paragraph (paragraph index + offsets
  inside it), and whole paragraphs move, so the offsets are still right.
  Summaries: the source article's sentences that still occur in the new
  paragraphs, else the first sentence. Keywords: the source article's, not
  recomputed (jieba over 25,000 articles would take many minutes).
* Written through the real storage layer (``write_edition``: TOML, atomic,
  fsync) and one catalogue save at the end.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.importer import build_edition, edition_id, read_page  # noqa: E402
from reader.model import Article, Edition, Figure  # noqa: E402
from reader.store.catalogue import ContentDir, EditionEntry  # noqa: E402
from reader.store.editions import write_edition  # noqa: E402

SEED = REPO.parent / "shared" / "seed" / "000_6445cb2987957b36.txt"
_SENTENCE_END = re.compile(r"(?<=[。！？])")


def seed_articles(seed_page: Path) -> list[Article]:
    page = read_page(seed_page)
    edition = build_edition(
        page,
        date=None,
        sections_file=REPO / "content" / "sections.toml" if (REPO / "content" / "sections.toml").exists() else None,
    )
    return edition.articles


def _paragraph_figures(art: Article) -> list[list[Figure]]:
    per: list[list[Figure]] = [[] for _ in art.paragraphs]
    for f in art.figures:
        per[f.paragraph].append(f)
    return per


def synth_article(
    src: Article, pool: list[tuple[str, list[Figure]]], rng: random.Random, suffix: str, used_ids: set[str]
) -> Article:
    own = list(zip(src.paragraphs, _paragraph_figures(src)))
    rng.shuffle(own)
    if len(own) > 2:
        own.pop(rng.randrange(len(own)))
    for _ in range(rng.randint(0, 2)):
        own.insert(rng.randint(0, len(own)), rng.choice(pool))
    paragraphs: list[str] = []
    figures: list[Figure] = []
    for i, (text, figs) in enumerate(own):
        paragraphs.append(text)
        for f in figs:
            g = copy.copy(f)
            g.paragraph = i
            figures.append(g)
    joined = "".join(paragraphs)
    summary = [s for s in src.summary if s in joined] or [_SENTENCE_END.split(paragraphs[0])[0]]
    headline = src.headline + suffix
    aid = "a" + hashlib.sha1(headline.encode("utf-8")).hexdigest()[:8]
    while aid in used_ids:
        aid = aid + "x"
    used_ids.add(aid)
    return Article(
        id=aid,
        headline=headline,
        section=src.section,
        kicker=src.kicker,
        subtitle=src.subtitle,
        dateline=src.dateline,
        source=src.source,
        byline=copy.deepcopy(src.byline),
        captions=copy.deepcopy(src.captions),
        paragraphs=paragraphs,
        summary=summary,
        keywords=list(src.keywords),
        figures=figures,
    )


def make_archive(
    n: int, out: Path, *, seed_page: Path = SEED, rng_seed: int = 3650, quiet: bool = False, big: int = 0
) -> dict[str, float]:
    t0 = time.perf_counter()
    sources = seed_articles(seed_page)
    t_seed = time.perf_counter() - t0
    pool = [(p, figs) for a in sources for p, figs in zip(a.paragraphs, _paragraph_figures(a))]
    rng = random.Random(rng_seed)
    last = dt.date(2025, 11, 15)
    first = last - dt.timedelta(days=n - 1)
    out.mkdir(parents=True, exist_ok=True)
    cd = ContentDir(out)
    entries = []
    articles = 0
    text_bytes = 0
    t1 = time.perf_counter()
    for i in range(n + (1 if big else 0)):
        date = (first + dt.timedelta(days=i)).isoformat()
        k = big if i == n else rng.randint(5, 9)  # the big edition comes last: the newest, opened at start
        if k > len(sources) * 2:  # a huge edition: every source many times, numbered
            picks = [rng.choice(sources) for _ in range(k)]
        else:
            picks = rng.sample(sources, min(k, len(sources)))
            if k > len(sources):
                picks += rng.sample(sources, k - len(sources))
        seen: dict[str, int] = {}
        used: set[str] = set()
        arts = []
        for src in picks:
            seen[src.headline] = seen.get(src.headline, 0) + 1
            count = seen[src.headline]
            suffix = "" if count == 1 else "（续）" if count == 2 else f"（{count}）"
            arts.append(synth_article(src, pool, rng, suffix, used))
        body = json.dumps([a.to_json() for a in arts], ensure_ascii=False)
        sha = hashlib.sha256((date + body).encode("utf-8")).hexdigest()
        ed = Edition(id=edition_id(sha, date), title=f"合成日报 {date}", date=date, source_sha256=sha, articles=arts)
        path = write_edition(out, ed)
        entries.append(EditionEntry.from_edition(ed, out, path))
        articles += len(arts)
        text_bytes += sum(
            len(t.encode("utf-8")) for a in arts for t in [a.headline, *a.paragraphs, *(c.text for c in a.captions)]
        )
        if not quiet and (i + 1) % 500 == 0:
            print(f"  {i + 1}/{n} editions written", file=sys.stderr)
    cd.save_catalogue(entries)
    t_write = time.perf_counter() - t1
    files = sum(p.stat().st_size for p in (out / "editions").glob("*.toml"))
    stats = {
        "editions": n,
        "articles": articles,
        "text_mb": text_bytes / 1e6,
        "files_mb": files / 1e6,
        "seed_import_s": t_seed,
        "write_s": t_write,
        "catalogue_mb": (out / "catalogue.json").stat().st_size / 1e6,
    }
    if not quiet:
        print(f"archive: {out}")
        print(
            f"  {n} editions ({first} .. {last}), {articles} articles, {text_bytes / 1e6:.1f} MB of text "
            f"(headlines, paragraphs, captions), {files / 1e6:.1f} MB of TOML, "
            f"catalogue {stats['catalogue_mb']:.1f} MB"
        )
        print(
            f"  seed import (real parser + analysis): {t_seed:.1f} s; writing {n} editions "
            f"(write_edition: TOML, atomic, fsync): {t_write:.1f} s ({t_write / max(1, n + (1 if big else 0)) * 1000:.1f} ms each)"
        )
        print(
            "  synthetic: paragraphs recombined from ONE seed page; figures carried exactly (per paragraph);"
            " summaries filtered from the source article; keywords copied, not recomputed"
        )
    return stats


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of editions (one per day)")
    ap.add_argument("--out", type=Path, help="content dir to create (default: /tmp/reader-archive-N)")
    ap.add_argument("--seed-page", type=Path, default=SEED)
    ap.add_argument("--rng", type=int, default=3650, help="random seed (same seed, same archive)")
    ap.add_argument(
        "--big", type=int, default=0, metavar="N", help="add one more edition (the newest) of N articles, e.g. 10000"
    )
    args = ap.parse_args()
    out = args.out or Path(f"/tmp/reader-archive-{args.n}")
    if (out / "editions").exists() and any((out / "editions").iterdir()):
        print(f"{out}/editions is not empty; choose another --out", file=sys.stderr)
        return 2
    make_archive(args.n, out, seed_page=args.seed_page, rng_seed=args.rng, big=args.big)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
