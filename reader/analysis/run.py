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
    if not article.summary_pinned:
        article.summary = summarize(article.paragraphs, headline=article.headline, figures_per_paragraph=per_par)
    names = set(article.byline.reporters) | set(article.byline.correspondents)
    for c in article.captions:
        names.update(c.photographers)
    article.keywords = keywords(article.headline, article.paragraphs, exclude=names)


def analyze_text(text: str) -> dict[str, Any]:
    """One article's text (paragraphs separated by blank lines) -> summary, keywords, figures."""
    paragraphs = [_join_lines(block) for block in re.split(r"\n[ \t\u3000]*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    art = Article(id="text", headline="", paragraphs=paragraphs)
    analyze_article(art)
    js = art.to_json()
    return {"summary": js["summary"], "keywords": js["keywords"], "figures": js["figures"]}


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
