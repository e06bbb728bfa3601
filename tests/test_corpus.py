"""The importer on every real page of the labelled corpus (bench/corpus.md).

The pages live outside this repository (../shared/corpus, ../corpus/*,
$READER_CORPUS); without them these tests skip, saying which corpus is
missing. They check what holds for every page (nothing dropped or doubled,
paragraphs in page order) and that the figures bench/page_eval.py prints for
the shared corpus do not fall below what was measured when this was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest_check import dropped_and_doubled, paragraphs_in_page_order

from reader.importer import read_page
from reader.ingest import parse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import pagecorpus  # noqa: E402

pytestmark = pytest.mark.corpus

DIRS = pagecorpus.corpus_dirs()
PAGES = [
    p
    for d in DIRS
    for p in sorted(d.iterdir())
    if p.suffix in ((".html", ".htm") if d.name == "html" else (".txt", ".html", ".htm"))
    and p.with_name(f"gold-{p.stem}.json").is_file()
]
needs_shared = pytest.mark.skipif(
    not pagecorpus.SHARED_CORPUS.is_dir(), reason=f"the shared page corpus is not at {pagecorpus.SHARED_CORPUS}"
)


@pytest.mark.skipif(not PAGES, reason="no page corpus here (../shared/corpus, ../corpus/*, $READER_CORPUS)")
@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_every_character_of_a_real_page_lands_in_one_field(path):
    page = read_page(path)
    parsed = parse(page.text, page.hints)
    dropped, doubled = dropped_and_doubled(page.text, parsed)
    assert not dropped and not doubled, (dropped.most_common(5), doubled.most_common(5))
    assert paragraphs_in_page_order(page.text, parsed.articles)
    assert all(a.headline.strip() for a in parsed.articles)


def _score(paper: str) -> pagecorpus.Score:
    total = pagecorpus.Score()
    for gp in pagecorpus.iter_pages([pagecorpus.SHARED_CORPUS]):
        if gp.paper == paper:
            page = read_page(gp.path)
            total.add(pagecorpus.score_page(gp, parse(page.text, page.hints).articles))
    return total


@needs_shared
@pytest.mark.parametrize(
    "paper, recall, headline, false_articles",
    # measured when the rules were written (bench/page_eval.py), less one point
    [("都市快报", 0.97, 0.80, 0.04), ("人民日报", 0.86, 0.79, 0.10)],
)
def test_shared_corpus_does_not_fall_below_what_was_measured(paper, recall, headline, false_articles):
    s = _score(paper)
    assert s.found / s.gold_articles >= recall
    assert s.headline_exact / s.headlines >= headline
    assert s.false_articles / s.predicted <= false_articles
    assert s.wrong_joins <= 1
