"""What a line is, read on its own: each rule a small function with an example.

These rules look at one unit's text only; ``segment`` then weighs them with
the unit's neighbours and the page's own conventions. Every function returns
``None`` (or ``False``) when the line is not what it looks for.

==================  ====================================================
rule                example
==================  ====================================================
``dateline_lead``   ``新华社北京1月4日电（记者李努尔）全国人大…`` →
                    dateline ``新华社北京1月4日电``, byline 李努尔, rest
``closing_note``    ``（本报悉尼１月１日电）``, ``（据新华社电）``
``source_line``     ``（来源：新华社）``, ``据新疆日报报道``
``editor_box``      ``核心阅读``, ``编者按：……``
``column_tag``      ``（人民时评）``, ``【新论】``
``numbered``        ``一、``, ``（二）``, ``3.`` opening a crosshead
``bullet``          ``●``, ``■`` opening a crosshead or a list item
``photo_title``     ``开发沙漠结硕果（图片）``, ``图片报道``
``caption_start``   ``图为……``, ``上图：……``, ``▲……``
``title_shape``     short, no sentence inside, not ending mid-clause
==================  ====================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.ingest import people
from reader.ingest.chars import CJK, CONT_END, DASHES, MARKS, PHOTO_MARKS, WS, has_word

# --------------------------------------------------------------------------
# Leads: what opens a news paragraph

_DATELINE = re.compile(
    rf"^(?P<org>本报|新华社|中新社|人民日报|光明日报|经济日报|央视新闻|[{CJK}]{{1,10}}?(?:社|报|网|台|客户端))"
    rf"(?P<place>(?:驻[{CJK}]{{1,8}}?记者)?[{CJK}]{{0,8}}?)"
    r"(?P<date>[0-9０-９一二三四五六七八九十〇]{1,3}月[0-9０-９一二三四五六七八九十〇]{1,3}日)?(?P<kind>讯|电)"
)
_KNOWN_ORGS = {"本报", "新华社", "中新社", "人民日报", "光明日报", "经济日报", "央视新闻"}
_ATTRIB = re.compile(rf"^(?P<src>据[^{WS}，,。：:、；;]{{2,24}}?(?:报道|消息|电))(?=[{WS}，,：:（(]|$)")
_REPORTED = re.compile(r"^(?P<who>[^。！？，,：:（）()]{1,60}?)[\s\u3000\u00a0]*报道[\s\u3000\u00a0]*[：:]")
_LEAD_BRACKET = re.compile(r"^[（(](?P<who>[^（）()]{1,60})[）)]")


@dataclass
class Lead:
    """What a news paragraph opens with, and the rest of it."""

    dateline: str | None = None
    source: str | None = None
    people: list[tuple[str, str]] = field(default_factory=list)
    printed_byline: str | None = None  # the byline part as printed, e.g. "（记者 张三）"
    rest: str = ""


def _lead_people(lead: Lead, rest: str) -> str:
    bm = _LEAD_BRACKET.match(rest)
    rm = _REPORTED.match(rest)
    if bm:
        found = people.parse_people(bm.group("who"), need_role=True)
        if not found and lead.dateline:  # "本报讯 （张涛 彭波）": names in brackets after a dateline
            found = [("reporter", n) for n in people.signature(bm.group("who")) or []]
        if found:
            lead.people, lead.printed_byline = found, bm.group(0)
            return rest[bm.end() :]
    elif rm:
        found = people.parse_people(rm.group("who"), need_role=True)
        if found:
            lead.people, lead.printed_byline = found, rm.group(0)
            return rest[rm.end() :]
    return rest


_BRACKET_DATELINE = re.compile(
    rf"^[【〔\[](?P<d>(?:本报|本台|本网|新华社|中新社|[{CJK}]{{1,10}}?(?:社|报|网|台))?[{CJK}0-9０-９月日]{{0,12}}?(?:消息|讯|电|报道))[】〕\]]"
)


_DATED_ATTRIB = re.compile(r"^据\S{2,20}?[0-9０-９一二三四五六七八九十]{1,3}日电$")


def dated_attribution(source: str) -> bool:
    """``据新华社北京１月１２日电`` says where and when (a dateline, relayed); ``据新华社电`` and
    ``据新疆日报报道`` only say who."""
    return bool(_DATED_ATTRIB.match(source))


def dateline_lead(text: str) -> Lead | None:
    """A dateline, attribution or ``记者…报道：`` opening a paragraph.

    ``本报讯（记者 林建安 通讯员 黄小依）3月…`` → 本报讯 + 林建安, 黄小依;
    ``据新华社北京１月３日电（记者江红）不久前…`` → source + 江红;
    ``本报北京１月１２日讯河北省…`` → 本报北京１月１２日讯.
    """
    m = _BRACKET_DATELINE.match(text)
    if m:  # "【本报消息】" (澳門日報), "【新华社北京1月4日电】"
        lead = Lead(dateline=m.group("d"))
        rest = _lead_people(lead, text[m.end() :].lstrip(WS))
        lead.rest = rest.lstrip(WS + "：:")
        return lead
    m = _ATTRIB.match(text)
    if m:  # before the dateline: "据新华社电" is an attribution, not a dateline
        lead = Lead(source=m.group("src"))
        rest = text[m.end() :].lstrip(WS)
        rest = _lead_people(lead, rest)
        lead.rest = rest.lstrip(WS + "，,：:")
        return lead
    m = _DATELINE.match(text)
    if m:
        after = text[m.end() : m.end() + 1]
        if m.group("org") in _KNOWN_ORGS or m.group("date") or after == "" or after in WS + "（(【[":
            lead = Lead(dateline=m.group(0))
            rest = _lead_people(lead, text[m.end() :].lstrip(WS))
            lead.rest = rest.lstrip(WS + "：:")
            return lead
    m = _REPORTED.match(text)
    if m:
        found = people.parse_people(m.group("who"), need_role=True)
        if found:
            return Lead(people=found, printed_byline=m.group(0), rest=text[m.end() :].lstrip(WS))
    return None


# --------------------------------------------------------------------------
# Whole-line notes

_SOURCE_HINT = re.compile(
    r"供稿$|^来源[：:]|^稿件来源|^(?:均|本栏均|以上均|本版均|本组稿件均)?据\S{2,24}(?:报道|电|消息|社)?$|综合$|^本报综合|编译$"
    r"|^转自|^选自|^摘自|^摘编自|^原载"
)


def _bracketed(t: str) -> str | None:
    t = t.strip(WS)
    if len(t) >= 3 and t[0] in "（(【〔[" and t[-1] in "）)】〕]":
        inner = t[1:-1].strip(WS)
        if not any(c in inner for c in "（）()【】"):
            return inner
    return None


def source_line(t: str) -> str | None:
    """``（来源：新华社）``, ``（本报综合）``, ``据新疆日报报道``, ``据新华社`` (都市快报 2026): the source,
    without brackets."""
    inner = _bracketed(t)
    if inner is not None and len(inner) <= 60 and _SOURCE_HINT.search(inner):
        return inner
    s = t.strip(WS)
    if len(s) <= 30 and re.fullmatch(
        r"(?:据|综合)\S{2,24}(?:报道|电|消息)|据(?!说|悉|称|了解)\S{1,14}(?:社|网|台|报|新闻|客户端)"
        r"|(?:来源|稿件来源|本文来源)[：:]\S{2,24}",
        s,
    ):
        return s
    return None


def closing_note(t: str) -> str | None:
    """A dateline printed after the text: ``（本报悉尼１月１日电）`` → 本报悉尼１月１日电."""
    inner = _bracketed(t)
    if inner is None or len(inner) > 30:
        return None
    m = _DATELINE.match(inner)
    if m and m.end() == len(inner):
        return inner
    return None


_EDITOR = re.compile(
    rf"^[{MARKS}【\[〔（(]?[{WS}]*(?P<label>编者按|编者的话|核心阅读|导语|导读|阅读提示|内容提要|提要|编辑点评|开栏的话|写在前面)"
    rf"[{WS}]*[】\]〕）)]?[{WS}]*[：:]?"
)


def editor_box(t: str) -> str | None:
    """The label of an editor's box that opens a feature: ``核心阅读``, ``编者按：……``."""
    m = _EDITOR.match(t.strip(WS))
    return m.group("label") if m else None


def column_tag(t: str) -> str | None:
    """A column's name standing alone: ``（人民时评）`` → 人民时评, ``【新论】`` → 新论."""
    inner = _bracketed(t)
    if inner is None or not (2 <= len(inner) <= 12) or not has_word(inner):
        return None
    if source_line(t) or closing_note(t) or any(c in inner for c in "，。、：:；！？"):
        return None
    if re.search(r"[0-9０-９]|附图|图片|照片|摄|供图|记者|上接|下转|转第|接第", inner):
        return None
    return inner


_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d０-９]+[）)]|[\d０-９]{1,2}[、．.](?![\d０-９])"
    r"|[\d０-９]{1,2}(?:[．.][\d０-９]{1,2})+[．.、]?(?![\d０-９])"
    r"|第[一二三四五六七八九十]+[，、,：:]|[①②③④⑤⑥⑦⑧⑨⑩])"
)


def numbered(t: str) -> bool:
    """A list or crosshead number opens the line: ``一、`` ``（二）`` ``3.`` ``①``."""
    return _NUMBERED.match(t) is not None


def bullet(t: str) -> bool:
    """A bullet opens the line: ``●`` ``■`` ``◆`` ``▌``."""
    return bool(t) and t[0] in MARKS


_PHOTO_TITLE = re.compile(
    r"[（(](?:附)?(?:图片|照片)(?:[０-９0-9一二三四五六七八九十]+张)?[）)]$|^(?:图片报道|图片新闻|新闻图片|图说新闻|图览|组图)$"
)


def photo_title(t: str) -> bool:
    """A picture item's title: ``开发沙漠结硕果（图片）``, ``图片报道``."""
    return _PHOTO_TITLE.search(t.strip(WS)) is not None


def picture_only(t: str) -> bool:
    """``（图片）`` marks an item that is only a picture; ``（附图片１张）`` a text that has one."""
    return (
        re.search(r"[（(](?:图片|照片)[）)]$|^(?:图片报道|图片新闻|新闻图片|图说新闻|组图)$", t.strip(WS)) is not None
    )


_CAPTION_START = re.compile(
    rf"^(?:[{PHOTO_MARKS}]|图为|图[：:]|[上下左右中]图|图[0-9０-９①②③④⑤⑥⑦⑧⑨]|[①②③④⑤⑥⑦⑧⑨⑩][{CJK}]|图片[：:]|照片[：:]|[0-9０-９][、．.]图为)"
)


def caption_start(t: str) -> bool:
    """``图为……``, ``上图：……``, ``▲……``, ``２、图为……``: text about a picture."""
    return _CAPTION_START.match(t) is not None


def dash_subtitle(t: str) -> str | None:
    """``——人大代表建议让木垒农牧民幸福底色更足`` → the subtitle without its dash."""
    m = re.match(rf"^[{DASHES}]{{2,}}[{WS}]*(?P<sub>\S.*)$", t)
    return m.group("sub").strip(WS) if m else None


#: A kicker that leads into the headline with a dash: ``湖南省益阳市安化县唐家观——`` (人民日报 2023).
_KICKER_DASH = re.compile(rf"^[^{DASHES}]{{4,38}}[{DASHES}]{{2}}$")


def kicker_dash(t: str) -> bool:
    """``湖南省益阳市安化县唐家观——``: a short line that leads with a dash into the title under it."""
    return bool(_KICKER_DASH.search(t.strip(WS))) and t.count("，") <= 1


def title_shape(t: str) -> bool:
    """Short, with no finished sentence inside, not ending mid-clause.

    ``昌吉国家高新区：数字技术研发成果向多领域延伸`` yes;
    ``种子会发生什么故事？`` yes; ``建议：一是……。`` no; ``能力较弱的情况，`` no.
    """
    if not 2 <= len(t) <= 60 or not has_word(t):
        return False
    if "。" in t or "；" in t or ";" in t:
        return False
    if t[0] in "，,。、：:；;）)”’":
        return False
    if t[-1] in CONT_END and not kicker_dash(t):
        return False
    if t[-1] in "：:" and len(t) > 24:
        return False
    if t[-1] in "…⋯" and t.count("，") >= 2:
        return False  # 走出老张家的院子，空中的红日升高了，今冬的太阳是这样温暖……: a sentence trailing off
    if _bracketed(t) is not None:
        return False
    return True
