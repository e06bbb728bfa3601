"""Bytes → page text: encodings, and pages saved from an e-paper site as HTML.

Text: UTF-8 (with or without BOM), UTF-16 with a BOM, and GB18030/GBK when
the result is clearly Chinese; anything else is refused with one line that
says what was tried. HTML (``reader import page.html``): the charset the page
declares wins; the page is read with lxml (a well-kept, fast HTML parser
that copes with the tag soup e-paper sites serve), scripts, styles and
navigation are dropped, every block element (``p``, ``h1``…, ``li``, ``br``
breaks) becomes a line, and the page's own title elements become *role
hints*: Founder e-paper ``intro-title`` / ``main-title`` / ``sub-title``,
人民日报's ``h3`` / ``h1`` / ``h2`` / ``h4``, and similar class names. The
segmenter trusts a hint where the line's shape allows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.errors import InputError

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|meta|font|table|section)\b",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode_text(data: bytes, where: str) -> tuple[str, str]:
    """``(text, encoding)`` of a text page, or InputError (one line)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), enc.upper()
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise InputError(f"{where}: looks like a binary file (it contains NUL bytes); give a UTF-8 text page")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Not UTF-8. GB18030 (a superset of GBK/GB2312) decodes almost any byte
    # string, so only accept it when the result is clearly Chinese text.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        visible = [c for c in text if not c.isspace()]
        cjk = sum(1 for c in visible if _CJK.match(c))
        if visible and cjk / len(visible) >= 0.3 and "\ufffd" not in text:
            return text, "GB18030"
    line = data[: utf8_error.start].count(b"\n") + 1
    raise InputError(
        f"{where}:{line}: not UTF-8 text and not certainly GB18030/GBK (tried UTF-8, UTF-16 by BOM, GB18030); "
        "convert it with e.g. `iconv -f GB18030 -t UTF-8`"
    )


_STRAY_TAG = re.compile(r"</?(?:p|br|span|strong|b|i|em|font|div)(?:\s[^<>]{0,200})?/?>", re.IGNORECASE)
_BREAK_TAG = re.compile(r"</p>\s*<p(?:\s[^<>]{0,200})?>|<br\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|mdash|hellip|middot|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def strip_stray_markup(text: str) -> tuple[str, int]:
    """A text page that carries a crawler's leftovers: ``</p><p>`` and ``<br>``
    become line breaks, other simple tags go, entities (``&nbsp;``) are decoded.
    Returns the text and how many were replaced."""
    import html

    n = 0

    def _count(repl: str):  # type: ignore[no-untyped-def]
        def f(_m: re.Match[str]) -> str:
            nonlocal n
            n += 1
            return repl

        return f

    text = _BREAK_TAG.sub(_count("\n"), text)
    text = _STRAY_TAG.sub(_count(""), text)
    text = _ENTITY.sub(lambda m: (_count("")(m), html.unescape(m.group(0)))[1], text)
    return text, n


def is_html(data: bytes, name: str = "") -> bool:
    """A saved web page: by its name (``.htm``/``.html``) or its first tag."""
    if name.lower().endswith((".htm", ".html", ".xhtml", ".shtml")):
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return _HTML_START.match(head) is not None


def decode_html_bytes(data: bytes, where: str) -> tuple[str, str]:
    """Text of an HTML file: its declared charset (GB2312/GBK read as GB18030), else as text."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        enc = "gb18030" if declared in ("gb2312", "gbk", "gb18030", "x-gbk") else declared
        try:
            return data.lstrip(b"\xef\xbb\xbf").decode(enc), enc.upper()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, where)


# --------------------------------------------------------------------------
# HTML

_DROP = {
    "script",
    "style",
    "noscript",
    "head",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "object",
    "embed",
    "map",
    "area",
    "template",
}
_BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "center",
    "founder-content",
    "founder-title",
    "address",
    "caption",
    "tbody",
    "thead",
}
_NAV = re.compile(
    r"(?:^|[-_ ])(?:nav|menu|footer|banner|toolbar|breadcrumb|share|pager|pagination|copyright|sidebar|"
    r"ad|ads|advert|login|search)(?:$|[-_ \d])",
    re.IGNORECASE,
)
# id/class names e-paper systems give their title elements
_HINT_NAMES = {
    "kicker": re.compile(
        r"^(?:intro-?title|pre-?title|yin-?ti|yt|kicker|lead-?title|sup-?title|up-?title|ytitle|"
        r"introtitle|top-?title|pretitle)$",
        re.IGNORECASE,
    ),
    "headline": re.compile(
        r"^(?:main-?title|maintitle|headline|bt|art-?title|article-?title|news-?title|"
        r"content-?title|dtitle|biaoti)$",
        re.IGNORECASE,
    ),
    "subtitle": re.compile(
        r"^(?:sub-?title|subtitle|fbt|ft|sub-?head|vice-?title|second-?title|fu-?ti|ftitle)$", re.IGNORECASE
    ),
    "byline": re.compile(r"^(?:author|byline|zz|writer|art-?author|news-?author)$", re.IGNORECASE),
}


@dataclass
class HtmlPage:
    """What an HTML page holds, as lines with role hints."""

    lines: list[str] = field(default_factory=list)
    hints: list[str | None] = field(default_factory=list)
    title: str | None = None  # the document <title>
    page: str | None = None  # a page number the markup names (nowLayout)

    @property
    def text(self) -> str:
        return "\n\n".join(self.lines) + "\n"


def _tokens(el) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for attr in ("id", "class"):
        v = el.get(attr)
        if v:
            out.extend(t for t in re.split(r"\s+", v.strip()) if t)
    return out


def _hint_of(el) -> str | None:  # type: ignore[no-untyped-def]
    for tok in _tokens(el):
        for role, rx in _HINT_NAMES.items():
            if rx.match(tok):
                return role
    return None


def _is_nav(el) -> bool:  # type: ignore[no-untyped-def]
    return any(_NAV.search(t) for t in _tokens(el)) or el.tag in ("nav",)


def _clean_line(s: str) -> str:
    # HTML whitespace is not layout, but a paragraph's leading ideographic
    # spaces are: keep them.
    s = s.replace("\r", "").replace("\n", " ")
    lead = re.match(r"^[\s\u3000\u00a0]*", s).group(0)  # type: ignore[union-attr]
    body = re.sub(r"[ \t]+", " ", s[len(lead) :]).rstrip()
    lead = "".join(c for c in lead if c in "\u3000\u00a0")
    return lead + body if body.strip() else ""


def read_html(text: str) -> HtmlPage:
    """Lines and role hints of an HTML page (see the module doc)."""
    import lxml.html

    page = HtmlPage()
    try:
        root = lxml.html.fromstring(text)
    except Exception as exc:  # lxml raises ParserError/ValueError on empty or broken input
        raise InputError(f"not readable HTML ({type(exc).__name__}); save the page as text instead") from None
    doc_title = root.find(".//title")
    if doc_title is not None and doc_title.text_content().strip():
        page.title = doc_title.text_content().strip()
    now = root.get_element_by_id("nowLayout", None) if hasattr(root, "get_element_by_id") else None
    if now is not None and now.text_content().strip():
        page.page = now.text_content().strip()
        now.drop_tree()
    buf: list[str] = []
    state = {"hint": None, "after_h1": False}

    def flush(hint: str | None = None) -> None:
        line = _clean_line("".join(buf))
        buf.clear()
        if line:
            page.lines.append(line)
            page.hints.append(hint)

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _DROP or (tag and _is_nav(el)):
            if el.tail:
                buf.append(el.tail)
            return
        hint = _hint_of(el) if tag else None
        if hint is None and tag in ("h1", "h2", "h3", "h4"):
            hint = {"h1": "headline", "h2": "subtitle" if state["after_h1"] else None, "h3": "kicker", "h4": "byline"}[
                tag
            ]
        if hint is not None:
            flush()
            buf.append(el.text_content())
            flush(hint)
            if hint == "headline":
                state["after_h1"] = True
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            flush()
        if tag == "br":
            flush()
        elif tag == "img":
            alt = el.get("alt")
            if alt and alt.strip():
                flush()
                buf.append(alt)
                flush()
        if el.text and tag:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    walk(root)
    flush()
    return page
