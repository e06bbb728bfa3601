"""An edition as Markdown (for `reader export --format markdown`), and one
article as plain text (what the reader copies and hands to a pager)."""

from __future__ import annotations

from collections.abc import Mapping

from reader.model import Article, Edition, change_mark, clean_credit, format_value


def _md_escape(s: str) -> str:
    # Keep the text as written, but stop Markdown from reading it as markup.
    out = []
    for ch in s:
        if ch in "\\`*_[]<>#|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def to_markdown(edition: Edition, sections: list | None = None) -> str:
    names = {s.id: s.name_zh for s in (sections or [])}
    lines = [f"# {_md_escape(edition.title)}", ""]
    where = [edition.date or "undated"]
    if edition.page:
        where.append(f"第{edition.page}版" + (f" {edition.page_name}" if edition.page_name else ""))
    count = sum(1 for a in edition.articles if a.is_article())
    lines.append(f"*{_md_escape(' · '.join(where))}* · {count} articles · `{edition.id}`")
    lines.append("")
    for a in edition.articles:
        if a.column:
            lines += [f"【{_md_escape(a.column)}】", ""]
        if a.kicker:
            lines += [f"**{_md_escape(a.kicker)}**", ""]
        photo = "（图片）" if a.kind == "photo" and not a.headline.endswith(("（图片）", ")")) else ""
        lines += [f"## {_md_escape(a.headline)}{photo}", ""]
        if a.subtitle:
            lines += [f"### ——{_md_escape(a.subtitle)}", ""]
        meta = [names.get(a.section, a.section)]
        if by := a.byline.display(" · "):
            meta.append(by)
        if a.dateline:
            meta.append(a.dateline)
        if a.source:
            meta.append("来源：" + a.source)
        lines += ["*" + _md_escape(" · ".join(meta)) + "*", ""]
        if a.editor_box:
            lines += ["> " + _md_escape(line) for line in a.editor_box.split("\n")] + [""]
        if a.summary:
            lines += ["> " + _md_escape("".join(a.summary)), ""]
        for i, p in enumerate(a.paragraphs):
            lines += [f"**{_md_escape(p)}**" if i in a.crossheads else _md_escape(p), ""]
        for c in a.captions:
            if c.credit:
                who = f"（{clean_credit(c.credit)}）"
            else:
                who = f"（{'、'.join(c.photographers)} 摄）" if c.photographers else ""
            lines += [f"*图：{_md_escape(c.text)}{_md_escape(who)}*", ""]
        for credit in a.credits:
            lines += [f"*{_md_escape(credit)}*", ""]
        if a.figures:
            lines.append("| 数字 | 数值 | 单位 | 说明 |")
            lines.append("|---|---|---|---|")
            for f in a.figures:
                lines.append(
                    f"| {_md_escape(f.text)} | {format_value(f.value)} | {_md_escape(f.unit)} | {_md_escape(f.label)} |"
                )
            lines.append("")
        if a.keywords:
            lines += ["关键词：" + _md_escape("、".join(a.keywords)), ""]
    return "\n".join(lines).rstrip() + "\n"


# -- one article as plain text (what `y`, `Y` and `o` in the reader hand on) ---------------


def article_text(edition: Edition, article: Article) -> str:
    """The article as a reader would paste it: headline (with kicker and
    subtitle), where it is from (edition, date, byline, dateline, source),
    then its paragraphs and captions."""
    lines = []
    if article.kicker:
        lines.append(article.kicker)
    lines.append(article.headline)
    if article.subtitle:
        lines.append("——" + article.subtitle)
    from reader.dates import format_date

    where = [edition.title]
    said = format_date(edition.date, "zh")
    if said and said.split(" ")[0] not in edition.title and (edition.date or "") not in edition.title:
        where.append(said)
    if by := article.byline.display(" "):
        where.append(by)
    if article.dateline:
        where.append(article.dateline)
    if article.source:
        where.append("来源：" + article.source)
    lines += [" · ".join(where), ""]
    if article.editor_box:
        lines += [article.editor_box, ""]
    for p in article.paragraphs:
        lines += [p, ""]
    for c in article.captions:
        lines += [f"图：{c.text}", ""]
    return "\n".join(lines).rstrip() + "\n"


def summary_text(article: Article) -> str:
    """The article's summary and its figures (one per line: label, value, unit, change)."""
    lines = [article.headline, ""]
    if article.summary:
        lines += ["摘要：" + "".join(article.summary), ""]
    if article.figures:
        lines.append("数字：")
        for f in article.figures:
            mark = change_mark(f.change, f.reached)
            change = f" {mark}" if mark else ""
            value = f"{format_value(f.value)}{f.unit}"
            lines.append(f"  {f.label or '—'}：{f.text}" + (f"（{value}）" if value != f.text else "") + change)
    return "\n".join(lines).rstrip() + "\n"


def pager_command(environ: Mapping[str, str], *, editor: bool = False) -> list[str]:
    """The command that shows a file: ``$PAGER`` (``less`` when unset), or
    ``$VISUAL``/``$EDITOR`` (``vi``) with ``editor=True``; split as a shell would."""
    import shlex

    if editor:
        value = environ.get("VISUAL") or environ.get("EDITOR") or "vi"
    else:
        value = environ.get("PAGER") or "less"
    try:
        argv = shlex.split(value)
    except ValueError:
        argv = [value]
    return argv or (["vi"] if editor else ["less"])
