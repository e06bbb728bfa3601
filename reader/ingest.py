"""Parse one sanitised newspaper page into articles.

Headless and dependency-free (stdlib ``re`` only). The input is the text of a
page after :func:`reader.sanitize.sanitize`; blank lines separate *blocks*
(paragraphs, titles, bylines, captions ...). :func:`parse_page` returns the
articles in page order with ``id=""`` and every derived field (section,
summary, keywords, figures) left at its default: those are other stages.

The rules, in the order they are applied
----------------------------------------

1. **Lines.** Every non-blank line is a *unit*; we remember which block it is
   in. A page without any blank line is read as one paragraph per line.
   A line that carries a photo credit or a source note after its last
   sentence (``图为……。□张三摄``, ``……。（XX供稿）``) is split in two.

2. **Kinds.** Each unit is classified on its own text:

   * *credit* – a photo credit: ``□本报记者 付小芳摄``, ``记者 王五 摄``,
     ``（新华社记者 李四 摄）``, ``图/张三``, ``XX供图``. Roles are dropped,
     names kept as ``Caption.photographers``.
   * *byline* – ``□本报记者 杨雍 刘茜 通讯员 宋华敏`` (a ``□■◎●…`` marker and
     names, roles optional) or an unmarked line made only of roles and names
     (``本报记者 张三 通讯员 李四``, ``（记者 张三）``). ``…记者`` roles give
     reporters; ``通讯员``/``实习生`` give correspondents.
   * *dash* – a line starting with ``——``: the subtitle when it directly
     follows a headline, otherwise ordinary text (dashes kept).
   * *source* – a whole line in brackets naming a source
     (``（XX供稿）``, ``（来源：新华社）``, ``（本报综合）``): stored without
     the brackets in ``Article.source``.
   * *lead* – a paragraph opening with a dateline (``本报讯``,
     ``本报昌吉11月10日讯``, ``新华社北京11月12日电``) optionally followed by
     a byline (``（记者 张三）`` or ``通讯员徐媛媛报道：``), or with an
     attribution ``据新疆日报报道``, or with ``记者 张三 报道：``. In an
     article's first paragraph these move to ``dateline``/``byline``/``source``
     and the paragraph keeps the rest.
   * *text* – everything else.

3. **Captions.** A credit takes the unit right before it as its caption when
   that unit reads like one (≤200 chars and ends a sentence, or starts with
   ``图为``/``▲``/``上图`` …); otherwise the caption text is empty. Both are
   taken out of the text stream wherever they are – between two halves of a
   paragraph, between a headline and its lead – and attached to the article
   the preceding unit belongs to (the first article if none).

4. **Titles.** A *title-like* unit is short (≤50 chars), has no ``。；`` and
   does not end with continuation punctuation (``，、：（“`` …), is not a
   bracketed note or a numbered crosshead (``一、`` ``（二）`` ``3.``), and
   stands in a block of its own (or one made only of title-like and
   structural lines). A run of title-like units starts an article when
   what follows is *strong* – a subtitle, a byline or a lead – and then the
   last one is the headline and those before it the kicker (joined by a
   space). When a plain paragraph follows, the run starts an article only
   under stricter conditions: no ``，！？…`` in it, no leading marker, it
   does not end with a function word (``的 和 与 在`` …), the current
   article already has text and its last paragraph is finished (ends a
   sentence), no photo was cut out between the title and the paragraph
   (that is the signature of a column broken around a photo), and the
   paragraph does not start with a particle (``的 了`` …). At the end of
   the page a title-like unit only opens an article if there is none yet.
   A numbered crosshead (``一、坚持问题导向``) is never a title: it stays in
   the body as a paragraph of its own.

5. **Articles without a title.** Text before the first title opens an
   article whose headline is its first line when that line is title-shaped
   (it then leaves the body), else a preview: the first sentence or clause
   (4–40 chars, a leading ``（上接第一版）`` skipped) or the first 30 chars
   and ``…`` (the paragraph stays whole). A dateline lead in an article that
   already has text opens a new article titled the same way. So a page with
   no recognisable headline still gives articles, each with a headline.

6. **Paragraphs.** A body unit that does not end a sentence (last char not
   one of ``。！？!?…；;`` or a closing ``”’」』）)``) continues in the next
   body unit of the same article: a column break, even across a caption or
   inside a word (``另一方`` + ``面壮大`` → ``另一方面壮大``). Pieces join
   with no space, except two ASCII letters, which get one. A single line
   break *inside* a block follows the same rule: after a finished sentence
   the next line is its own paragraph (seed: ``牛晓琳代表：…仍然存在。`` /
   ``建议：…``), otherwise the lines are joined.

Nothing is lost: every character of every non-blank line ends up in some
field, except the markers ``□``, dashes, brackets and punctuation around
them, role words (``本报记者``, ``通讯员`` …) and the words ``报道``/``摄``
/``供图`` of bylines and credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.model import Article, Caption

__all__ = ["parse_page"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WS = " \t\u3000\u00a0"
_BYLINE_MARKS = "□■◎●○◆◇★☆"
_CREDIT_MARKS = _BYLINE_MARKS + "▲△"
# A unit ends a sentence when its last char is one of these ...
_FINAL = set("。！？!?…；;")
# ... or one of these closers (the brief counts ” 」 ） as final).
_CLOSE_FINAL = set("”’」』）)\"'")
# A title never ends with these: the text goes on.
_CONT_END = set("，,、：:；;（(“‘《【〔[—–-·/")
# A continuation fragment often ends with a function word ...
_FUNC_END = set("的和与及在对把被为从向将是或并而但且之以于等")
# ... and the text after a column break may start with a particle.
_PARTICLE_START = set("的了地得着过们")

_ROLE = re.compile(
    rf"(?:本报|新华社|中新社|人民日报|[{_CJK}]{{2,8}}?(?:日报|晚报|报社|电视台|融媒体中心))?"
    r"(?:全媒体|融媒体|首席|见习|实习|特约|摄影|驻站|本报)?"
    r"(?:记者|通讯员)|实习生|评论员|特约撰稿人"
)
_NAME = re.compile(
    rf"^(?:[{_CJK}]{{2,6}}|[{_CJK}]{{1,10}}(?:[·•‧・．.][{_CJK}]{{1,10}}){{1,3}}|[A-Za-z][A-Za-z'\-]{{1,20}})$"
)
_NAME_SEP = re.compile(r"[\s\u3000、，,；;/／]+")
_DASH = re.compile(r"^[—―─━－\-~～]{2,}[\s\u3000]*(?P<sub>\S.*)$")
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十]+[，、,])"
)
_DATELINE = re.compile(
    rf"^(?P<org>本报|新华社|中新社|[{_CJK}]{{1,10}}?(?:社|报|网|台))"
    rf"(?P<place>[{_CJK}]{{0,8}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)?(?P<kind>讯|电)"
)
_KNOWN_ORGS = {"本报", "新华社", "中新社"}
_ATTRIB = re.compile(rf"^(?P<src>据[^{_WS}，,。：:、；;]{{2,20}}?(?:报道|消息|电))(?=[{_WS}，,：:]|$)")
_REPORTED = re.compile(r"^(?P<who>[^。！？，,：:（）()]{1,60}?)[\s\u3000]*报道[\s\u3000]*[：:]")
_LEAD_BRACKET = re.compile(r"^[（(](?P<who>[^（）()]{1,60})[）)]")
_SOURCE_HINT = re.compile(
    r"供稿$|^来源[：:]|^稿件来源|^据\S{2,20}(?:报道|电|消息)$|综合$|^本报综合|编译$|^转自|^选自|^摘自"
)
_INLINE_SOURCE_HINT = re.compile(r"供稿$|^来源[：:]|^据\S{2,20}(?:报道|电|消息)$|^本报综合$")
_CAPTION_START = re.compile(r"^(?:图为|图[：:]|[上下左右中]图|▲|△|图\d|图片[：:])")
_CREDIT_PREFIX = re.compile(r"^(?:图片|图|摄影)[\s\u3000]*[/／：:][\s\u3000]*")
_CREDIT_SUFFIX = re.compile(r"[\s\u3000]*[/／]?[\s\u3000]*(?P<kw>摄影|摄|供图)$")
_SENT_END_IN_LINE = "。！？!?…”"


# --------------------------------------------------------------------------
# People: bylines and credits


def _names(seg: str) -> list[str] | None:
    """Split a run of names; ``None`` when something is not a name."""
    seg = seg.strip(_WS + "、，,；;/／")
    if not seg:
        return []
    toks = [t for t in _NAME_SEP.split(seg) if t]
    merged: list[str] = []
    i = 0
    while i < len(toks):
        # "张  三": papers pad two-char names; rejoin single chars pairwise.
        if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            merged.append(toks[i] + toks[i + 1])
            i += 2
        else:
            merged.append(toks[i])
            i += 1
    if not all(_NAME.match(t) for t in merged):
        return None
    return merged


def _role_kind(role: str) -> str:
    return "correspondent" if ("通讯员" in role or "实习生" in role) else "reporter"


def _parse_people(text: str, need_role: bool = False) -> list[tuple[str, str]] | None:
    """``[(kind, name)]`` for a run of roles and names, or ``None``.

    ``kind`` is ``reporter`` or ``correspondent``. A role with no name after
    it (``本报评论员``) is kept as the name itself, so nothing is lost.
    """
    s = text.strip(_WS + "：:")
    s = re.sub(r"[\s\u3000]*报道$", "", s)
    if not s or len(s) > 80:
        return None
    pieces: list[tuple[str | None, str]] = []
    pos = 0
    role: str | None = None
    for m in _ROLE.finditer(s):
        pieces.append((role, s[pos : m.start()]))
        role, pos = m.group(0), m.end()
    pieces.append((role, s[pos:]))
    if need_role and all(r is None for r, _ in pieces):
        return None
    out: list[tuple[str, str]] = []
    for r, seg in pieces:
        names = _names(seg)
        if names is None:
            return None
        if r is None:
            out.extend(("reporter", n) for n in names)
        elif names:
            out.extend((_role_kind(r), n) for n in names)
        else:
            out.append(("reporter", r))
    return out or None


def _as_credit(line: str) -> list[str] | None:
    """Photographers of a credit line, or ``None`` if it is not one."""
    t = line.strip(_WS)
    if not t or len(t) > 60:
        return None
    marked = t[0] in _CREDIT_MARKS
    t = t.lstrip(_CREDIT_MARKS + _WS)
    bracketed = len(t) > 2 and t[0] in "（(" and t[-1] in "）)"
    if bracketed:
        t = t[1:-1].strip(_WS)
    pm = _CREDIT_PREFIX.match(t)
    if pm:
        t = t[pm.end() :]
    sm = _CREDIT_SUFFIX.search(t)
    kw = sm.group("kw") if sm else None
    spaced = bool(sm and sm.group(0)[:1] in _WS + "/／")
    if sm:
        t = t[: sm.start()]
    if not (pm or sm):
        return None
    people = _parse_people(t)
    if people is None and kw == "供图" and re.fullmatch(rf"[{_CJK}A-Za-z0-9·]{{2,20}}", t):
        people = [("reporter", t)]  # an organisation: "新疆日报供图"
    if not people:
        return None
    has_role = _ROLE.search(t) is not None
    if not (marked or bracketed or pm or has_role or spaced):
        return None  # "他们正在拍摄" is not a credit
    return [n for _, n in people]


def _as_byline(line: str) -> list[tuple[str, str]] | None:
    t = line.strip(_WS)
    if not t or len(t) > 70:
        return None
    marked = t[0] in _BYLINE_MARKS
    t = t.lstrip(_BYLINE_MARKS + _WS)
    t = re.sub(r"^文[\s\u3000]*[/／：:][\s\u3000]*", "", t)
    if len(t) > 2 and t[0] in "（(" and t[-1] in "）)":
        t = t[1:-1]
    return _parse_people(t, need_role=not marked)


def _as_source(line: str) -> str | None:
    t = line.strip(_WS)
    if len(t) < 4 or t[0] not in "（(" or t[-1] not in "）)":
        return None
    inner = t[1:-1].strip(_WS)
    if "（" in inner or "）" in inner or len(inner) > 60:
        return None
    return inner if _SOURCE_HINT.search(inner) else None


# --------------------------------------------------------------------------
# Leads


@dataclass
class _Lead:
    dateline: str | None = None
    source: str | None = None
    people: list[tuple[str, str]] = field(default_factory=list)
    rest: str = ""


def _as_lead(text: str) -> _Lead | None:
    m = _ATTRIB.match(text)
    if m:  # before the dateline: "据新华社电" is an attribution, not a dateline
        return _Lead(source=m.group("src"), rest=text[m.end() :].lstrip(_WS + "，,：:"))
    m = _DATELINE.match(text)
    if m:
        after = text[m.end() : m.end() + 1]
        if m.group("org") in _KNOWN_ORGS or m.group("date") or after == "" or after in _WS + "（(【[":
            lead = _Lead(dateline=m.group(0))
            rest = text[m.end() :].lstrip(_WS)
            bm = _LEAD_BRACKET.match(rest)
            rm = _REPORTED.match(rest)
            if bm:
                people = _parse_people(bm.group("who"), need_role=True)
                if people:
                    lead.people, rest = people, rest[bm.end() :]
            elif rm:
                people = _parse_people(rm.group("who"), need_role=True)
                if people:
                    lead.people, rest = people, rest[rm.end() :]
            lead.rest = rest.lstrip(_WS + "：:")
            return lead
    m = _REPORTED.match(text)
    if m:
        people = _parse_people(m.group("who"), need_role=True)
        if people:
            return _Lead(people=people, rest=text[m.end() :].lstrip(_WS))
    return None


# --------------------------------------------------------------------------
# Units


@dataclass
class _Unit:
    text: str
    first: bool  # first line of its block
    last: bool  # last line of its block
    kind: str = "text"  # text | credit | byline | dash | source | lead
    people: list[tuple[str, str]] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    lead: _Lead | None = None
    value: str = ""  # subtitle for dash, inner text for source
    captions: list[Caption] = field(default_factory=list)
    photo_after: bool = False
    tl: bool = False  # title-like
    tl_weak: bool = False  # title-like enough to stand before plain text
    run_end: int = 0  # index after the run of title-like units this one is in


def _split_inline(line: str) -> list[str]:
    """Split a trailing credit or source off a sentence: ``图为…。□张三摄``."""
    k = max(line.rfind(c) for c in _SENT_END_IN_LINE)
    cut = -1
    if 0 <= k < len(line) - 1:
        cut = k + 1
    else:
        # "新建的能源站 □赵善宾摄": a credit marker after some text.
        for i, ch in enumerate(line):
            if i > 0 and ch in _BYLINE_MARKS:
                cut = i
        if cut < 0:
            return [line]
    head, tail = line[:cut].rstrip(_WS), line[cut:].strip(_WS)
    if not head or not tail:
        return [line]
    if _as_credit(tail) is not None:
        return [head, tail]
    if tail[0] in "（(" and tail[-1] in "）)":
        inner = tail[1:-1].strip(_WS)
        if "（" not in inner and len(inner) <= 40 and _INLINE_SOURCE_HINT.search(inner):
            return [head, tail]
    return [line]


def _classify(u: _Unit) -> None:
    t = u.text
    photographers = _as_credit(t)
    if photographers is not None:
        u.kind, u.photographers = "credit", photographers
        return
    src = _as_source(t)
    if src is not None:
        u.kind, u.value = "source", src
        return
    people = _as_byline(t)
    if people is not None:
        u.kind, u.people = "byline", people
        return
    m = _DASH.match(t)
    if m:
        u.kind, u.value = "dash", m.group("sub").strip(_WS)
        return
    lead = _as_lead(t)
    if lead is not None:
        u.kind, u.lead = "lead", lead


def _has_word(t: str) -> bool:
    return re.search(rf"[{_CJK}A-Za-z0-9]", t) is not None


def _shape(t: str) -> bool:
    """Title-like on its own text (the block position is checked apart)."""
    if not 2 <= len(t) <= 50 or not _has_word(t):
        return False
    if "。" in t or "；" in t or ";" in t:
        return False
    if t[-1] in _CONT_END or t[0] in "，,。、：:；;！？!?）)”’":
        return False
    if t[0] in "（(" and t[-1] in "）)":
        return False
    return not _NUMBERED.match(t)


def _weak_shape(t: str) -> bool:
    if any(c in t for c in "，,！？!?…"):
        return False
    if t[0] in _CREDIT_MARKS + "【[" or t[-1] in _FUNC_END:
        return False
    return True


def _units(text: str) -> list[_Unit]:
    blocks: list[list[str]] = []
    cur: list[str] = []
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            cur.append(s)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    if len(blocks) == 1 and len(blocks[0]) > 1:
        blocks = [[s] for s in blocks[0]]  # no blank line at all: one per line

    units: list[_Unit] = []
    for block in blocks:
        lines = [p for s in block for p in _split_inline(s)]
        bu = [_Unit(s, first=(i == 0), last=(i == len(lines) - 1)) for i, s in enumerate(lines)]
        for u in bu:
            _classify(u)
        shape = [u.kind == "text" and _shape(u.text) for u in bu]
        special = [u.kind != "text" for u in bu]
        for i, u in enumerate(bu):
            if not shape[i]:
                continue
            before_ok = i == 0 or shape[i - 1] or special[i - 1]
            after_ok = i == len(bu) - 1 or shape[i + 1] or special[i + 1]
            if before_ok and after_ok:
                u.tl = True
                u.tl_weak = _weak_shape(u.text)
        units.extend(bu)
    return units


def _ends_final(t: str) -> bool:
    t = t.rstrip(_WS)
    if not t:
        return True
    c = t[-1]
    if c in _FINAL or c in _CLOSE_FINAL:
        return True
    if c == "." and not (len(t) > 1 and t[-2].isdigit()):
        return True
    return c in "》】]" and len(t) > 1 and t[-2] in _FINAL


def _looks_like_caption(t: str) -> bool:
    if len(t) > 200:
        return False
    return _ends_final(t) or _CAPTION_START.match(t) is not None


def _extract_captions(units: list[_Unit]) -> tuple[list[_Unit], list[Caption]]:
    """Take credits (and their captions) out of the stream; attach them."""
    out: list[_Unit] = []
    page_caps: list[Caption] = []
    after_credit = False  # the unit before this one was a credit: nothing left to caption
    for u in units:
        if u.kind != "credit":
            out.append(u)
            after_credit = False
            continue
        text = ""
        prev = out[-1] if out and not after_credit else None
        if prev is not None and prev.kind == "text":
            if (not prev.tl and _looks_like_caption(prev.text)) or (
                _CAPTION_START.match(prev.text) and len(prev.text) <= 200
            ):
                text = out.pop().text
        after_credit = True
        cap = Caption(text=text, photographers=list(u.photographers))
        if out:
            out[-1].captions.append(cap)
            out[-1].photo_after = True
        else:
            page_caps.append(cap)
    return out, page_caps


# --------------------------------------------------------------------------
# Segmentation


def _is_crosshead(t: str) -> bool:
    return len(t) <= 30 and _NUMBERED.match(t) is not None and not any(c in t for c in "。，,；;")


def _space_between(a: str, b: str) -> bool:
    """Pieces of a paragraph join with no space, but two ASCII letters get one."""
    return bool(a and b) and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha()


class _Builder:
    def __init__(self, art: Article) -> None:
        self.art = art
        self.open = False  # last paragraph does not end a sentence
        self.buf: list[str] = []  # pieces of the last paragraph (joined on flush)

    @property
    def has_text(self) -> bool:
        return bool(self.art.paragraphs or self.buf)

    def flush(self) -> None:
        if self.buf:
            self.art.paragraphs.append("".join(self.buf))
            self.buf = []

    def add_people(self, people: list[tuple[str, str]]) -> None:
        for kind, name in people:
            bucket = self.art.byline.correspondents if kind == "correspondent" else self.art.byline.reporters
            if name not in bucket:
                bucket.append(name)

    def add_source(self, src: str) -> None:
        self.art.source = src if not self.art.source else f"{self.art.source}；{src}"

    def add_text(self, t: str) -> None:
        if not t:
            return
        if self.buf and self.open:
            if _space_between(self.buf[-1], t):
                self.buf.append(" ")
            self.buf.append(t)
        else:
            self.flush()
            self.buf = [t]
        self.open = not _ends_final(t)

    def add(self, u: _Unit) -> None:
        self.art.captions.extend(u.captions)
        if u.kind == "byline":
            self.add_people(u.people)
            self.open = False
        elif u.kind == "source":
            self.add_source(u.value)
            self.open = False
        elif u.kind == "lead" and u.lead is not None and not self.has_text:
            lead = u.lead
            if lead.dateline:
                self.art.dateline = lead.dateline if not self.art.dateline else f"{self.art.dateline} {lead.dateline}"
            if lead.source:
                self.add_source(lead.source)
            self.add_people(lead.people)
            self.add_text(lead.rest)
        else:  # text, dash used as text, a lead that is not in first position
            self.add_text(u.text)
            if _is_crosshead(u.text):
                self.open = False  # "一、坚持问题导向" is a paragraph of its own


def _start_at(units: list[_Unit], i: int, b: _Builder | None) -> int | None:
    """Index of the headline if an article starts at ``i``, else ``None``."""
    if not units[i].tl:
        return None
    j = units[i].run_end
    head = j - 1
    f = units[j] if j < len(units) else None
    if f is not None and f.kind in ("dash", "byline", "lead"):
        return head
    if not all(u.tl_weak for u in units[i:j]):
        return None
    if f is None:
        return head if b is None else None
    if f.kind != "text" or f.text[0] in _PARTICLE_START:
        return None
    if b is not None:
        if not b.has_text:
            return None  # a title, a byline and then a title again: body text
        if b.open:
            return None  # the previous paragraph goes on: a column fragment
        if j - i == 1 and units[head].photo_after:
            return None  # a fragment broken around a photo
    return head


def _preview(a: Article) -> str:
    src = ""
    if a.paragraphs:
        src = a.paragraphs[0]
    elif a.captions and a.captions[0].text:
        src = a.captions[0].text
    else:
        people = a.byline.reporters + a.byline.correspondents
        people += [n for c in a.captions for n in c.photographers]
        src = a.subtitle or a.kicker or a.source or a.dateline or " ".join(people)
    src = src.strip()
    short = re.sub(r"^[（(][^（）()]{1,12}[）)]", "", src).strip()  # "（上接第一版）"
    if _has_word(short):
        for stop in "。！？!?；;", "，,：:、":
            m = re.match(rf"^(.{{4,40}}?)[{stop}]", short)
            if m and _has_word(m.group(1)):
                return m.group(1).strip()
        src = short
    return src if len(src) <= 30 else src[:30].rstrip() + "…"


def parse_page(text: str) -> list[Article]:
    """Split a sanitised page into articles, in page order (see module doc)."""
    units, page_caps = _extract_captions(_units(text))
    end = len(units)
    for k in range(len(units) - 1, -1, -1):
        if not units[k].tl:
            end = k
        units[k].run_end = end
    arts: list[Article] = []
    b: _Builder | None = None
    i, n = 0, len(units)
    while i < n:
        head = _start_at(units, i, b)
        if head is not None:
            art = Article(id="", headline=units[head].text)
            if head > i:
                art.kicker = " ".join(u.text for u in units[i:head])
            for u in units[i : head + 1]:
                art.captions.extend(u.captions)
            arts.append(art)
            if b is not None:
                b.flush()
            b = _Builder(art)
            i = head + 1
            if i < n and units[i].kind == "dash":
                art.subtitle = units[i].value
                art.captions.extend(units[i].captions)
                i += 1
            continue
        u = units[i]
        new_lead = (
            b is not None
            and u.kind == "lead"
            and u.lead is not None
            and u.lead.dateline is not None
            and (b.has_text or bool(b.art.dateline))
        )
        if b is None or new_lead:
            art = Article(id="", headline="")
            arts.append(art)
            first_on_page = b is None
            if b is not None:
                b.flush()
            b = _Builder(art)
            if first_on_page and u.kind in ("text", "dash") and _shape(u.text):
                art.headline = u.text
                art.captions.extend(u.captions)
                i += 1
                continue
        b.add(u)
        i += 1
    if b is not None:
        b.flush()
    if page_caps:
        if not arts:
            arts.append(Article(id="", headline=""))
        arts[0].captions[:0] = page_caps
    for a in arts:
        if not a.headline:
            a.headline = _preview(a)
    return arts


def _debug(text: str) -> None:  # pragma: no cover - a developer's aid
    for a in parse_page(text):
        print("=" * 60)
        for k, v in a.to_json().items():
            if v not in (None, [], "") and k not in ("summary", "keywords", "figures", "id"):
                print(f"{k}: {v}")


if __name__ == "__main__":  # pragma: no cover
    import sys

    _debug(open(sys.argv[1], encoding="utf-8").read())
