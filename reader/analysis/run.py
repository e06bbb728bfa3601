"""Analysis glue: fill an article's figures, summary and keywords.

Called once per article at import. Editor pins win: a pinned summary is kept.
"""

from __future__ import annotations

import re
from typing import Any

from reader.model import Article


def analyze_article(article: Article) -> None:
    from reader.analysis.figures import find_figures
    from reader.analysis.keywords import keywords
    from reader.analysis.summary import summarize

    article.figures = find_figures(article.paragraphs)
    per_par = [0] * len(article.paragraphs)
    for f in article.figures:
        per_par[f.paragraph] += 1
    # Crossheads are signposts, captions and credits are not the article's
    # text: only body paragraphs are summarised and searched for keywords.
    heads = set(article.crossheads)
    body = [p for i, p in enumerate(article.paragraphs) if i not in heads]
    body_figs = [n for i, n in enumerate(per_par) if i not in heads]
    if not article.summary_pinned:
        article.summary = summarize(body, headline=article.headline, figures_per_paragraph=body_figs)
    names = set(article.byline.reporters) | set(article.byline.correspondents)
    for c in article.captions:
        names.update(c.photographers)
    article.keywords = keywords(article.headline, body, exclude=names)


def analyze_text(text: str, headline: str | None = None) -> dict[str, Any]:
    """One article's text (paragraphs separated by blank lines) -> summary, keywords, figures."""
    paragraphs = [_join_lines(block) for block in re.split(r"\n[ \t\u3000]*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    art = Article(id="text", headline=headline or "", paragraphs=paragraphs)
    analyze_article(art)
    js = art.to_json()
    return {"summary": js["summary"], "keywords": js["keywords"], "figures": js["figures"]}


def analyze_record(line: str) -> dict[str, Any]:
    """One ``--jsonl`` input line -> its result, or ``{"id", "error"}``."""
    import json

    from reader.sanitize import clean

    try:
        obj = json.loads(line)
    except ValueError as exc:
        return {"id": None, "error": f"not a JSON object ({exc})"}
    if not isinstance(obj, dict):
        return {"id": None, "error": "not a JSON object"}
    rid = obj.get("id")
    text, headline = obj.get("text"), obj.get("headline")
    if not isinstance(text, str) or not text.strip():
        return {"id": rid, "error": '"text" is missing or empty'}
    if headline is not None and not isinstance(headline, str):
        return {"id": rid, "error": '"headline" must be a string'}
    try:
        out = analyze_text(clean(text), headline=clean(headline) if headline else None)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        return {"id": rid, "error": f"could not be analysed ({type(exc).__name__}: {exc})"}
    return {"id": rid, **out}


def analyze_records(lines: list[str], *, jobs: int = 1):  # type: ignore[no-untyped-def]
    """Results in input order; the dictionary is loaded once, then shared by forked workers."""
    import sys

    from reader.analysis import _jieba

    _jieba.get()
    if jobs <= 1 or len(lines) < 8 or sys.platform == "win32":
        for line in lines:
            yield analyze_record(line)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    analyze_text("预热：园区投入5000万元，支持86家企业。")  # fill the shared tables before forking
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        yield from pool.map(analyze_record, lines, chunksize=16)


def _join_lines(block: str) -> str:
    """Lines inside one block are one paragraph: Chinese joins without a space,
    Latin words keep one."""
    out = ""
    for line in (ln.strip() for ln in block.splitlines()):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out
