"""Markdown rendering of an edition (for `reader export --format markdown`)."""

from __future__ import annotations

from reader.model import Edition, format_value


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
    lines.append(f"*{edition.date or 'undated'}* · {len(edition.articles)} articles · `{edition.id}`")
    lines.append("")
    for a in edition.articles:
        if a.kicker:
            lines += [f"**{_md_escape(a.kicker)}**", ""]
        lines += [f"## {_md_escape(a.headline)}", ""]
        if a.subtitle:
            lines += [f"### ——{_md_escape(a.subtitle)}", ""]
        meta = [names.get(a.section, a.section)]
        if by := a.byline.text(" · "):
            meta.append(by)
        if a.dateline:
            meta.append(a.dateline)
        if a.source:
            meta.append("来源：" + a.source)
        lines += ["*" + _md_escape(" · ".join(meta)) + "*", ""]
        if a.summary:
            lines += ["> " + _md_escape("".join(a.summary)), ""]
        for p in a.paragraphs:
            lines += [_md_escape(p), ""]
        for c in a.captions:
            who = f"（{'、'.join(c.photographers)} 摄）" if c.photographers else ""
            lines += [f"*图：{_md_escape(c.text)}{who}*", ""]
        if a.figures:
            lines.append("| 数字 | 数值 | 单位 | 说明 |")
            lines.append("|---|---|---|---|")
            for f in a.figures:
                lines.append(f"| {_md_escape(f.text)} | {format_value(f.value)} | {_md_escape(f.unit)} | {_md_escape(f.label)} |")
            lines.append("")
        if a.keywords:
            lines += ["关键词：" + _md_escape("、".join(a.keywords)), ""]
    return "\n".join(lines).rstrip() + "\n"
