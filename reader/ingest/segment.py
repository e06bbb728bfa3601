"""Give every unit of a page its role, and every article its units.

(One concern at ~850 lines: the weighing of evidence below needs every piece of
it in one place to be read as one argument; the rules a line obeys on its own
are in ``rules``, ``people`` and ``dates``.)

This is where a line's own shape (``rules``) meets its neighbours and the
page's conventions. The steps:

1. **Kinds.** Each unit gets a kind from its text alone (``classify``):
   date line, page header, photo credit, work credit (制图/责编), byline,
   source or closing note, editor's box label, column tag, dash subtitle,
   dateline lead, title-shaped, or text.
2. **Conventions.** The page's own habits, counted over the whole page
   (``Conventions``): does a date line stand under every title (web
   e-papers print one)? Are body paragraphs indented while titles are not?
   A title rule then follows the page instead of a guess.
3. **Title runs.** A run of title-shaped units is weighed as the title of a
   new article, a crosshead inside the current one, or a fragment of a
   paragraph broken by the layout (``weigh_run``). Each piece of evidence
   is named, with its weight, and kept in the unit's ``why`` so
   ``reader import --dry-run --format json`` can show it.
4. **Roles inside a title run** (``title_roles``): column tag, kicker,
   headline, subtitle, by the source's own markup where it has one (HTML
   title elements, web-layout indents), else by typography.
5. **The rest**: bylines, captions and credits, editor's boxes, crossheads,
   body and continuation (``cont``: a paragraph broken by the layout, joined
   only where the page shows it; see ``joins``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from reader.ingest import dates, people, rules
from reader.ingest.blocks import Unit
from reader.ingest.chars import CJK, CONT_END, FUNC_END, MARKS, PARTICLE_START, PUNCT_START, WS, ends_sentence

TITLE_KINDS = {"title", "column", "dash"}
# What a news article opens with under its title: strong evidence of a start.
OPENERS = {"byline", "lead", "editor", "names"}


def classify(u: Unit) -> None:
    """Set ``u.data['kind']`` (and what the rule found) from the text alone."""
    t = u.key
    d = u.data
    if u.hint in ("kicker", "headline", "subtitle") and len(t) <= 80 and dates.date_line(t) is None:
        d.update(kind="dash" if rules.dash_subtitle(t) else "title", final=ends_sentence(t))
        if d["kind"] == "dash":
            d["subtitle"] = rules.dash_subtitle(t)
        return
    if (iso := dates.date_line(t)) is not None:
        d.update(kind="date", date=iso)
    elif (pg := dates.page_line(t)) is not None:
        d.update(kind="page", page=pg[0], page_name=pg[1])
    elif (ph := people.credit(t)) is not None:
        d.update(kind="credit", photographers=ph)
    elif people.agency_photo(t) or people.agency_credit(t):
        d.update(kind="credit", photographers=[])
    elif (wc := people.work_credit(t)) is not None:
        d.update(kind="work_credit", what=wc[0], who=wc[1])
    elif (src := rules.source_line(t)) is not None:
        d.update(kind="source", source=src)
    elif (note := rules.closing_note(t)) is not None:
        d.update(kind="closing", dateline=note)
    elif (label := rules.editor_box(t)) is not None:
        d.update(kind="editor", label=label)
    elif (who := _labelled_names(t) or people.affiliated(t)) is not None:
        d.update(kind="byline", people=[("reporter", n) for n in who])
    elif _QR.match(t):
        d.update(kind="text", caption=True)  # "扫码投票": the words of a QR code picture
    elif (signed := _signed_names(t)) is not None:
        d.update(kind="byline", people=[("reporter", n) for n in signed], signed=True)
    elif (col := rules.column_tag(t)) is not None:
        d.update(kind="column", column=col)
    elif (credited := people.byline(t)) is not None:
        d.update(kind="byline", people=credited)
    elif (sub := rules.dash_subtitle(t)) is not None and re.fullmatch(rf"(?:编[{WS}]*者|编[{WS}]*辑|作[{WS}]*者)", sub):
        d.update(kind="signature")  # "——编 者": who signs an editor's note
    elif (sub := rules.dash_subtitle(t)) is not None and len(sub) <= 60 and "。" not in sub:
        d.update(kind="dash", subtitle=sub)
    elif (lead := rules.dateline_lead(t)) is not None:
        d.update(kind="lead", lead=lead)
    elif rules.title_shape(t):
        d.update(kind="title")
    else:
        d.update(kind="text")
    d["final"] = ends_sentence(t)
    if u.key != u.text:
        _restore(u, d)


def _restore(u: Unit, d: dict) -> None:
    """Put what the rules found back into the page's own script (繁體 pages)."""

    def back(v):  # type: ignore[no-untyped-def]
        if isinstance(v, str):
            return u.restore(v)
        if isinstance(v, list):
            return [back(x) for x in v]
        if isinstance(v, tuple):
            return tuple(back(x) for x in v)
        if isinstance(v, rules.Lead):
            return rules.Lead(
                dateline=back(v.dateline),
                source=back(v.source),
                people=back(v.people),
                printed_byline=back(v.printed_byline),
                rest=back(v.rest),
            )
        return v

    for k in list(d):
        if k != "kind":
            d[k] = back(d[k])


_LABELLED = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{1,4}}?(?:人|者|员))[{WS}]*[：:][{WS}]*(?P<names>\S.{{0,20}})$")
_QR = re.compile(r"^(?:扫码|扫描二维码|扫一扫|长按识别|扫描下方二维码)")


def _labelled_names(t: str) -> list[str] | None:
    """``寄思人：黄肖洁``, ``口述者：张三``, ``讲述人：李四``: a role word, a colon, names."""
    m = _LABELLED.match(t.strip(WS))
    if not m:
        return None
    found = people.names(m.group("names"))
    if not found or not all(2 <= len(n) <= 4 and people.is_surname(n[0]) or "·" in n for n in found):
        return None
    return found


def _signed_names(t: str) -> list[str] | None:
    """``（方明）``, ``（赵相如  陈平）``: a bracketed signature of people's names."""
    inner = t.strip(WS)
    if len(inner) < 4 or inner[0] not in "（(" or inner[-1] not in "）)":
        return None
    return people.signature(inner[1:-1])


def kind(u: Unit | None) -> str:
    return u.data.get("kind", "") if u is not None else ""


# --------------------------------------------------------------------------
# The page's conventions


@dataclass
class Conventions:
    """What this page does everywhere, so one line can be read by its page."""

    title_date: bool = False  # a date line stands under every title (web e-paper text)
    indented_body: bool = False  # body paragraphs are indented, titles are not
    body_indent: str = ""  # how: "full" (U+3000/NBSP), "space", "tab"
    lead_after_title: bool = False  # articles open with a dateline (本报讯, 【本報消息】)
    paired_titles: bool = False  # titles come as kicker + headline; a lone short line is a crosshead
    why: list[str] = field(default_factory=list)


def conventions(us: list[Unit]) -> Conventions:
    c = Conventions()
    dated = 0
    for i, u in enumerate(us):
        if kind(u) == "date" and i > 0 and kind(us[i - 1]) in TITLE_KINDS | {"date"}:
            dated += 1
    if dated >= 2:
        c.title_date = True
        c.why.append(f"{dated} date lines stand right under titles: a title is followed by one")
    body = [u for u in us if kind(u) in ("text", "lead") and len(u.key) >= 30 and u.data["final"]]
    if len(body) >= 3:
        kinds = Counter(u.indent for u in body if u.indent)
        if kinds:
            how, ind = kinds.most_common(1)[0]
            titles = [u for u in us if kind(u) == "title"]
            plain_titles = sum(1 for u in titles if u.indent != how)
            if ind >= 0.7 * len(body) and plain_titles >= 1:
                c.indented_body, c.body_indent = True, how
                c.why.append(f"{ind} of {len(body)} body paragraphs are indented: an unindented short line is a title")
    # What follows a title-shaped line that stands out: a dateline, or plain text?
    after: Counter[str] = Counter()
    for i, u in enumerate(us[:-1]):
        if kind(u) == "title" and (i == 0 or kind(us[i - 1]) not in TITLE_KINDS):
            j = i
            while j < len(us) and kind(us[j]) in TITLE_KINDS:
                j += 1
            if j < len(us):
                after[kind(us[j])] += 1
    runs = _title_runs(us)
    multi = sum(1 for r in runs if len(r) >= 2)
    if multi >= 3 and multi >= 0.3 * len(runs):
        c.paired_titles = True
        c.why.append(f"{multi} of {len(runs)} titles have two or more lines: a lone short line is a crosshead")
    if after["lead"] >= 3 and after["lead"] >= 0.2 * (after["lead"] + after["text"]):
        c.lead_after_title = True
        c.why.append(f"{after['lead']} titles are followed by a dateline: articles here open with one")
    return c


def _title_runs(us: list[Unit]) -> list[list[Unit]]:
    return [list(run) for titled, run in groupby(us, key=lambda u: kind(u) in TITLE_KINDS) if titled]


# --------------------------------------------------------------------------
# Weighing a run of title-shaped units


@dataclass
class Context:
    """Where the reading is when a title run comes."""

    has_article: bool = False
    article_has_text: bool = False  # body text
    article_has_content: bool = False  # body text, or a picture
    opened_by_byline: bool = False  # the current article opened with a byline of its own (a feature)
    opened_by_lead: bool = False  # the current article opened with a dateline
    prev: Unit | None = None  # the unit before the run
    prev_body_open: bool = False  # the last body paragraph stops mid-sentence
    signed_off: bool = False  # the text before ends with a closing note: the article ended
    picture_item: bool = False  # the current item is a picture only (its title says （图片）)


def _bare_names(u: Unit | None) -> list[str] | None:
    """``李霞``, ``顾 春  蒋 勇``: a short line of names only, as a feature's byline."""
    if u is None or kind(u) != "title" or len(u.key) > 16 or any(c in u.key for c in "，,：:！？"):
        return None
    found = people.names(u.key)
    if not found or not all(2 <= len(n) <= 4 and people.is_surname(n[0]) or "·" in n for n in found):
        return None
    return found


_NOT_PEN_NAMES = frozenset(
    "综述 社论 短评 评论 编后 快评 时评 述评 点评 观察 特稿 专访 声音 提示 链接 背景 图片 新闻 简讯".split()
)


def _pen_name(u: Unit | None, above: Unit | None, below: Unit | None) -> bool:
    """``维辰``, ``晨曦``, ``甫跃辉`` between a title and the text: two or three characters alone, the
    author of a commentary (南方日报 2024, 人民日报 2017), though no surname list knows them."""
    if u is None or kind(u) != "title" or above is None or kind(above) not in ("title", "column", "dash"):
        return False
    t = re.sub(rf"[{WS}]+", "", u.key)
    if not re.fullmatch(rf"[{CJK}]{{2,3}}", t) or t in _NOT_PEN_NAMES or _place(t):
        return False
    return len(above.key) >= 6 and below is not None and kind(below) in ("text", "lead") and len(below.key) >= 40


_ORG_END = (
    "研究院",
    "研究所",
    "研究会",
    "研究室",
    "研究中心",
    "学会",
    "协会",
    "课题组",
    "委员会",
    "编辑部",
    "办公室",
    "调研组",
    "评论部",
)


def _org_author(u: Unit | None) -> bool:
    """``国家计委宏观经济研究院`` under a title: an institution as the author."""
    if u is None or kind(u) != "title":
        return False
    t = re.sub(rf"[{WS}]+", "", u.key)
    return len(t) <= 20 and t.endswith(_ORG_END) and not any(c in t for c in "，,：:！？“”")


def weigh_run(
    run: list[Unit], follower: Unit | None, ctx: Context, conv: Conventions, nxt: Unit | None = None
) -> tuple[str, list[str]]:
    """``("start" | "crosshead" | "fragment", reasons)`` for a run of title-shaped units."""
    why: list[str] = []
    first = run[0]
    fk = kind(follower)
    if _bare_names(follower) is not None or _org_author(follower):
        fk = "names"
    if not ctx.has_article:
        return "start", ["the first title on the page"]
    if any(u.hint == "headline" for u in run):
        return "start", ["the page marks it as a headline"]
    if conv.title_date:
        if fk == "date":
            return "start", ["a date line follows, as under every title on this page"]
        return _not_a_start(run, follower, ctx, conv, ["no date line follows; every title on this page has one"])
    score = 0.0

    def ev(w: float, reason: str) -> None:
        nonlocal score
        score += w
        why.append(f"{w:+g} {reason}")

    if fk in OPENERS:
        ev(3, f"a {'byline' if fk in ('byline', 'names') else 'dateline' if fk == 'lead' else 'editor’s box'} follows")
    if fk == "date":
        ev(3, "a date line follows")
    if nxt is not None and kind(nxt) == "credit" and not nxt.data.get("caption"):
        ev(3, "a picture credit follows the title (a picture story)")
    if any(kind(u) in ("dash", "column") for u in run):
        ev(3, "it has a subtitle or column tag")
    if (
        conv.lead_after_title
        and ctx.opened_by_lead
        and fk == "text"
        and not any(kind(u) in ("dash", "column") for u in run)
    ):
        ev(-3, "no dateline follows; on this page articles open with one, as the one above did")
    if conv.paired_titles and len(run) == 1 and fk == "text" and len(first.key) <= 12:
        ev(-2, "a lone short line where titles come in pairs")
    if conv.indented_body:
        if all(u.indent == conv.body_indent for u in run):
            ev(-4, "indented like the body paragraphs")
        else:
            ev(4, "not indented, unlike the body paragraphs")
    if any(rules.picture_only(u.key) for u in run):
        ev(6, "marked as a picture-only item, （图片）: an item of its own")
    elif any(rules.photo_title(u.key) for u in run):
        ev(3, "a picture item's title")
    elif len(run) == 1 and first.data.get("photo_heading"):
        ev(3, "a short title right above a picture's caption and credit (a picture item)")
    if rules.numbered(first.key) or rules.bullet(first.key):
        ev(-3, "numbered or bulleted like a crosshead")
    if ctx.signed_off:
        ev(2, "the text before ends with a closing note")
    elif ctx.opened_by_byline and fk not in OPENERS:
        ev(-2, "inside a feature that opened with its own byline")
    if ctx.prev_body_open and len(run) == 1:
        ev(-3, "the paragraph before stops mid-sentence")
    if follower is not None and follower.key[:1] in PARTICLE_START | PUNCT_START:
        ev(-5, "the next line cannot start a paragraph")
    if (
        follower is not None
        and fk == "text"
        and ((_list_line(follower.key) and not follower.data.get("final")) or _name_list(follower.key))
    ):
        ev(-3, "a list follows: a list heading")
    if len(run) == 1 and first.data.get("photo_after") and fk in ("text", "title"):
        ev(-3, "a picture cuts it from the text after it (a column broken around a photo)")
    if any(c in u.key for u in run for c in "，,！？!?…") and fk not in OPENERS:
        ev(-1, "has clause punctuation, like a crosshead")
    if first.key[-1] in FUNC_END:
        ev(-2, "ends with a function word")
    if not ctx.article_has_content:
        ev(-2, "the article above has no text yet")
    if fk == "text" and follower is not None and follower.data.get("final"):
        ev(1, "a plain paragraph follows")
    if score > 0:
        return "start", why
    return _not_a_start(run, follower, ctx, conv, why)


def sentence_like(t: str) -> bool:
    """A line with a clause inside: the part of a sentence, not a heading.

    ``和许多社区食堂一样，福雲幸福食堂也为老人提供专属折扣：60岁至79岁八折，80岁``
    (long, with commas); ``建议：一是深化校企合作机制，共`` (a label, then a
    sentence with a comma).
    """
    inner = t[:-1]
    if len(t) > 24 and any(c in inner for c in "，,：:；"):
        return True
    colon = max(inner.find("："), inner.find(":"))
    return colon > 0 and any(c in inner[colon:] for c in "，,")


_MEASURE_END = re.compile(r"[一二两三四五六七八九十几数每多半整][批个座家名位项条台辆件种所处栋间次场只张本部支]$")
_LATIN_BREAK = re.compile(r"[A-Za-z]$")


def _new_paragraph_by_indent(u: Unit | None, conv: Conventions) -> bool:
    """On a page that indents its paragraphs, an indented line starts one
    (unless it starts with what cannot start a paragraph)."""
    return (
        u is not None
        and conv.indented_body
        and u.indent == conv.body_indent
        and u.key[:1] not in PARTICLE_START | PUNCT_START
    )


def _short_tail(u: Unit) -> bool:
    """A few words that end a sentence begun above: ``纪录片。``."""
    return len(u.key) <= 8 and bool(u.data.get("final")) and not any(c in u.key[:-1] for c in "，,。：:")


_SENTENCE_END_RE = re.compile(r"(?:是[^，。；,;]{0,10}的|[吗呢吧嘛])$")


def _ends_without_its_mark(t: str) -> bool:
    """A long line ending as a sentence ends, only without its mark: ``……岂不是一样的`` (人民日报
    1998-01-13 p12, where the source dropped a ？), ``……好不好呢``."""
    return len(t) > 16 and _SENTENCE_END_RE.search(t.rstrip(WS)) is not None


def stops_mid_phrase(t: str) -> bool:
    """The line cannot end a phrase: ``全县今年新建了一批``, ``……，``, a long line ending in ``的``.

    A function word at the end (``的 和 向 在`` …) counts only on a long line:
    many short headings end with words that end in those characters (导向, 存在).
    """
    if rules.numbered(t) or rules.bullet(t) or rules.kicker_dash(t):
        return False  # (“锁”在系统—— leads into the heading's second line, not into a sentence)
    if t[-1:] in CONT_END or _MEASURE_END.search(t) is not None:
        return True
    return len(t) > 16 and t[-1:] in FUNC_END


def _not_a_start(
    run: list[Unit], follower: Unit | None, ctx: Context, conv: Conventions, why: list[str]
) -> tuple[str, list[str]]:
    """A run that opens no article: a crosshead, a paragraph fragment, or plain lines."""
    first = run[0]
    if _new_paragraph_by_indent(follower, conv):
        # the next line is indented as a new paragraph: this one is complete
        if len(run) >= 5:
            return "lines", why + ["five lines or more in a row: verse or a list, not a heading"]
        if len(run) == 1 and _speech_or_intro(first.key):
            return "lines", why + ["a quotation or a line that introduces what follows, not a heading"]
        return "crosshead", why
    if stops_mid_phrase(first.key):
        return "fragment", why + ["it stops in the middle of a phrase"]
    if (
        len(run) == 1
        and follower is not None
        and (
            _short_tail(follower)
            or (_LATIN_BREAK.search(first.key) and follower.key[:1].isascii() and follower.key[:1].islower())
        )
    ):
        return "fragment", why + ["the next line only ends its sentence"]
    if len(run) == 1 and (
        first.data.get("photo_after")
        or sentence_like(first.key)
        or (ctx.prev_body_open and follower is not None and follower.key[:1] in PARTICLE_START | PUNCT_START)
    ):
        return "fragment", why
    if len(run) >= 5:
        return "lines", why + ["five lines or more in a row: verse or a list, not a heading"]
    if len(run) == 1 and _speech_or_intro(first.key):
        return "lines", why + ["a quotation or a line that introduces what follows, not a heading"]
    return "crosshead", why


def _speech_or_intro(t: str) -> bool:
    """``“早上好，要来杯咖啡吗？”``, ``每天6:00至17:00，视情采取以下措施：``: a short paragraph."""
    if t[-1:] in "：:" and any(c in t for c in "，,"):
        return True
    return t[:1] in "“「" and t[-1:] in "”」" and any(c in t for c in "，,？！?!。")


# --------------------------------------------------------------------------
# Roles inside a title run

_SPEECH_END = re.compile(r"(?:强调|指出|表示|要求|提出|称|说|透露|坦言|呼吁|认为|宣布)$")
_SUB_START = re.compile(rf"^(?:[{MARKS}]|强调|指出|表示|要求|提出|会见|确保|共有|勉励)")
_PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
    "甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()


def _place(t: str) -> bool:
    """A place or body standing alone as a kicker: ``安  徽``, ``广东揭阳``, ``农行江苏徐州分行``."""
    t = re.sub(rf"[{WS}]+", "", t)
    if not 2 <= len(t) <= 9 or any(c in t for c in "，,：:！？“”"):
        return False
    return t.startswith(tuple(_PROVINCES)) or t[-1] in "省市县区州盟旗镇乡村行局厅部委"


def _elements(run: list[Unit]) -> list[list[Unit]]:
    """Group the lines that are one title element: a line that shares its
    block with the line before (a title set on two lines, where the page
    separates its parts with blank lines), or a line indented with U+3000
    after one without trailing space (web e-paper text: ``山西太原小店区`` /
    ``　　一高层建筑着火``)."""
    out: list[list[Unit]] = []
    for u in run:
        prev = out[-1][-1] if out else None
        same = (
            prev is not None
            and kind(u) == "title"
            and kind(prev) == "title"
            and ((u.block == prev.block and not u.split) or (u.indent == "full" and not prev.trail))
        )
        if same:
            out[-1].append(u)
        else:
            out.append([u])
    return out


def _web_layout(els: list[list[Unit]]) -> int | None:
    """Index of the headline element from web-layout tabs, or ``None``.

    A web e-paper's text (都市快报) writes ``\\t\\t\\t    \\t`` before the
    headline that follows a kicker and ``\\t\\t\\t`` plus spaces before a
    subtitle: the source's own markup of which line is which.
    """
    tabbed = [(i, e[0].lead_ws) for i, e in enumerate(els) if e[0].lead_ws.startswith("\t")]
    if not tabbed:
        return None
    i, lead = tabbed[0]
    if " \t" in lead:
        return i  # a headline after its kicker
    return i - 1 if i >= 1 else None  # a subtitle: the headline is the element before


#: A leader's part in the event, the way 人民日报 sets it under a headline: ``蔡奇陪同考察``,
#: ``王沪宁主持``, ``丁薛祥点燃火炬并宣布火炬传递开始``, ``李书磊出席并致辞``.
_OFFICIAL_SUB = re.compile(
    r"(?:陪同(?:考察|调研|访问|视察)?|主持(?:会议|开幕式)?|出席(?:并(?:讲话|致辞|发言|颁奖|见证签约))?|并致辞|并讲话"
    r"|宣布[^，,]{1,10}开始|宣布开幕|会见)$"
)


def _sub_like(t: str) -> bool:
    """A line that reads like a subtitle: led by a bullet or a verb of report, a list of points, or
    a leader's part in the event (``王沪宁主持``)."""
    t = t.strip(WS)
    return (
        _SUB_START.match(t) is not None
        or sum(t.count(m) for m in MARKS) >= 2
        or (len(t) <= 30 and _OFFICIAL_SUB.search(t) is not None)
    )


#: A column's name in brackets closing a title line (not a picture note or a number).
_COLUMN_TAIL = re.compile(r"[（(](?![附图照])[^（）()0-9０-９，,。、]{2,10}[）)]$")


def _headline_by_typography(els: list[list[Unit]]) -> int:
    """Which title element is the headline, when the source does not mark it.

    Evidence, in order: a line that reads like a subtitle (``强调……``,
    ``●……``) follows the headline; a line ending in a verb of speech
    (``……时强调``) is a kicker; a place standing alone (``安  徽``) is a
    kicker; a clause with a comma over one without is a kicker, under one a
    subtitle. Otherwise the second line is the headline: kickers are far
    more common than subtitles (人民日报 2017: 92 kickers, 22 subtitles).
    """
    texts = ["".join(u.key for u in e) for e in els]
    if len(els) < 2:
        return 0
    tagged = [i for i, t in enumerate(texts) if _COLUMN_TAIL.search(t.strip(WS))]
    if len(tagged) == 1:
        return tagged[0]  # 敬畏每一种语言（五洲茶亭）: 人民日报 hangs the column's name on the headline
    for i in range(1, len(texts)):
        if _sub_like(texts[i]):
            return i - 1
    a, b = texts[0], texts[1]
    if _SPEECH_END.search(a) and not b.startswith(("“", "「")):
        return 1  # "王勇在…专题会上强调" / "促进安全生产…": a kicker
    if _place(a):
        return 1  # "安  徽" / "政务公开划出“硬杠杠”": a kicker
    comma_a, comma_b = any(c in a for c in "，,"), any(c in b for c in "，,")
    if comma_b and not comma_a and len(els) == 2 and len(b) >= 0.8 * len(a):
        return 0  # a clause as long as the line above, under it: a subtitle
    if comma_a and not comma_b:
        return 1
    if len(a) >= 1.6 * len(b):
        return 1  # a long kicker over a short headline
    return 1


def title_roles(run: list[Unit]) -> None:
    """Set column / kicker / headline / subtitle on the units of a title run."""
    hinted = [u for u in run if u.hint in ("kicker", "headline", "subtitle", "column")]
    if hinted:
        for u in run:
            u.role = (
                u.hint
                if u.hint in ("kicker", "headline", "subtitle", "column")
                else ("subtitle" if kind(u) == "dash" else "kicker")
            )
        if not any(u.role == "headline" for u in run):
            run[-1].role = "headline"
        return
    core = list(run)
    while core and kind(core[0]) == "column":
        core.pop(0).role = "column"
    while len(core) > 1 and kind(core[-1]) == "column":
        core.pop().role = "column"
    dash = next((i for i, u in enumerate(core) if kind(u) == "dash"), None)
    subs: list[Unit] = []
    if dash is not None and dash > 0:
        subs, core = core[dash:], core[:dash]
    els = _elements(core)
    if not els:  # only column tags: the last one stands as the headline
        run[-1].role = "headline"
        return
    h = _web_layout(els)
    if h is None:
        h = _headline_by_typography(els)
    h = max(0, min(h, len(els) - 1))
    for i, e in enumerate(els):
        for u in e:
            u.role = "kicker" if i < h else "headline" if i == h else "subtitle"
    for u in subs:
        u.role = "subtitle"


# --------------------------------------------------------------------------
# The whole page


def _signoff(t: str) -> bool:
    """The paragraph ends with a closing note: ``……。（王璐）``, ``……。（据新华社电）``."""
    m = re.search(r"[。！？”][（(](?P<x>[^（）()]{1,20})[）)]$", t)
    if not m:
        return False
    x = m.group("x")
    return bool(
        re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", x)
        or rules.source_line(f"（{x}）")
        or rules.closing_note(f"（{x}）")
        or re.search(r"记者|通讯员|供稿|据|电$", x)
    )


def _name_list(t: str) -> bool:
    """``王立平（满族）、王佐书、尹幼奇、邓伟志、…``: a run of short items (names), not a sentence that
    enumerates (人民日报 1998-01-24 p03, the CPPCC member list)."""
    items = [x for x in re.split(r"[、，,]", re.sub(r"[（(][^）)]{0,12}[）)]", "", t.strip(WS + "。"))) if x]
    if len(items) < 6:
        return False
    short = sorted(len(x) for x in items)[len(items) // 2]
    return short <= 4 and max(len(x) for x in items) <= 8


def _list_line(t: str) -> bool:
    """A line of a list (names, items) that no punctuation ends: ``丁衡高、千奋勇（蒙古族）、…``."""
    return t.count("、") >= 3 or t.count("  ") >= 2


def _leads_next(us: list[Unit], i: int) -> bool:
    """The unit after ``i`` opens a report with a dateline or byline lead."""
    return i + 1 < len(us) and kind(us[i + 1]) == "lead"


def _closing_dateline(us: list[Unit], i: int) -> bool:
    """A dateline with nothing after it on its line, at the end of a text and followed by a title
    or the page's end (南方日报 2024-10-24 p08: ``新华社俄罗斯喀山10月23日电`` under a speech)."""
    lead = us[i].data["lead"]
    if not lead.dateline or lead.rest or lead.people or lead.source:
        return False
    return i + 1 == len(us) or kind(us[i + 1]) == "title"


def _picture_heading(us: list[Unit], j: int) -> bool:
    """``水美鱼肥`` between a finished paragraph and a caption with its credit (人民日报 2017-04-22
    p10): a short unpunctuated line a picture item opens with, not text the picture cut."""
    u = us[j]
    return (
        kind(u) in ("text", "title")
        and not u.data["final"]
        and 2 <= len(u.key) <= 10
        and not rules.numbered(u.key)
        and (j == 0 or bool(us[j - 1].data.get("final")))
    )


def _mark_photos(us: list[Unit]) -> None:
    """A credit takes the unit before it as its caption when that reads like one."""
    for i, u in enumerate(us):
        if kind(u) != "credit":
            continue
        if i > 0:
            p = us[i - 1]
            if kind(p) in ("text", "title", "lead") and len(p.key) <= 200 and not p.data.get("caption_of"):
                if rules.caption_start(p.key) or p.data["final"] and kind(p) != "title" or p.block == u.block:
                    p.data["caption"] = True
                    p.data["caption_of"] = i
        # what stands before the picture is cut from what follows it
        j = i - 1
        while j >= 0 and (us[j].data.get("caption") or kind(us[j]) == "credit"):
            j -= 1
        captioned = any(us[x].data.get("caption") for x in range(j + 1, i))
        if j >= 0 and captioned and _picture_heading(us, j):
            us[j].data["photo_heading"] = True
        elif j >= 0 and captioned and not rules.photo_title(us[j].key):
            us[j].data["photo_after"] = True
    for u in us:
        if kind(u) in ("text", "title") and rules.caption_start(u.key) and len(u.key) <= 200:
            u.data["caption"] = True


def segment(us: list[Unit]) -> Conventions:
    """Set ``role``, ``article`` and ``data['why']`` on every unit."""
    for u in us:
        classify(u)
    _mark_photos(us)
    conv = conventions(us)
    ctx = Context()
    art = -1
    i, n = 0, len(us)
    while i < n:
        u = us[i]
        k = kind(u)
        if k == "page" or (k == "date" and art < 0):
            # the page's own header: its number, name and date, above every article
            u.role, u.article = k, -1
            i += 1
            continue
        if k in TITLE_KINDS and not u.data.get("caption") or (k == "dash" and not ctx.has_article):
            j = i
            while j < n and kind(us[j]) in TITLE_KINDS and not us[j].data.get("caption"):
                if j > i and (
                    _bare_names(us[j]) is not None
                    or _org_author(us[j])
                    or _pen_name(us[j], us[j - 1], us[j + 1] if j + 1 < n else None)
                ):
                    break  # "李霞" (or a pen name, "维辰") under a title is its byline
                j += 1
            run = us[i:j]
            f = j
            while f < n and (us[f].data.get("caption") or kind(us[f]) == "credit"):
                f += 1  # a picture between a title and its text
            follower = us[f] if f < n else None
            ctx.prev = us[i - 1] if i > 0 else None
            decision, why = weigh_run(run, follower, ctx, conv, us[j] if j < n else None)
            if (
                decision == "start"
                and follower is None
                and ctx.has_article
                and not (f > j and any(rules.picture_only(r.key) or r.data.get("photo_heading") for r in run))
            ):
                decision = "crosshead"  # (a picture item's title may close the page: its picture follows)
                why.append("nothing follows it on the page")
            run[0].data["why"] = why
            if decision == "start":
                art += 1
                title_roles(run)
                for r in run:
                    r.article = art
                # an editor's note just above a title opens that feature
                note = i - 1
                while note >= 0 and us[note].role == "editor_box" and us[note].article == art - 1:
                    note -= 1
                if note < i - 1 and note >= 0 and us[note].article == art - 1:
                    for m in range(note + 1, i):
                        us[m].article = art
                ctx = Context(has_article=True, picture_item=any(rules.picture_only(r.key) for r in run))
                i = j
                # an opening byline right under the title
                if follower is not None and (
                    _bare_names(follower) is not None
                    or _org_author(follower)
                    or _pen_name(follower, us[f - 1], us[f + 1] if f + 1 < n else None)
                ):
                    follower.data["people"] = [
                        ("reporter", follower.restore(nm))
                        for nm in _bare_names(follower) or [re.sub(rf"[{WS}]+", "", follower.key)]
                    ]
                    follower.data["kind"] = "byline"
                continue
            for r in run:
                r.article = max(art, 0)
                if decision == "crosshead" and kind(r) != "dash":
                    r.role = "crosshead"
                else:
                    r.role = "body"
                    r.data["open"] = decision == "fragment" and not r.data["final"]
                if art < 0:
                    art = 0
            ctx.has_article = True
            i = j
            continue
        if art < 0:
            art = 0
            ctx.has_article = True
        u.article = art
        if u.data.get("caption") and k not in ("credit",):
            u.role = "caption"
        elif k == "credit":
            u.role = "credit"
        elif k == "work_credit":
            u.role = "credit"
        elif k == "date":
            u.role = "date"
        elif k == "byline":
            u.role = "byline"
            if not ctx.article_has_text:
                ctx.opened_by_byline = True
        elif k == "source":
            u.role = "source"
            ctx.signed_off = ctx.article_has_text
        elif k == "closing":
            u.role = "dateline"
            ctx.signed_off = ctx.article_has_text
        elif k == "editor":
            u.role = "editor_box"
        elif k == "signature":
            u.role = "editor_box" if any(x.role == "editor_box" and x.article == art for x in us[:i]) else "byline"
            above = [
                x
                for x in us[:i]
                if x.article == art and x.role not in ("kicker", "headline", "subtitle", "column", "byline", "date")
            ]
            if u.role == "byline" and above and all(x.role == "body" for x in above) and _leads_next(us, i):
                # 日前，…  连日来，…  ——编  者, then 本报北京8月4日电: the unlabelled editor's note that
                # opens the feature (人民日报 2023-08-05 p04); the report begins after it
                for x in above:
                    x.role = "editor_box"
                u.role = "editor_box"
                ctx.article_has_text = False
        elif k == "lead" and ctx.article_has_text and _closing_dateline(us, i):
            u.role = "dateline"  # 新华社俄罗斯喀山10月23日电 alone after the text, a title next: it signs off
            u.data["why"] = ["a dateline alone after the text, with a title after it, closes the item"]
            ctx.signed_off = True
        elif (dated := k == "lead" and ctx.article_has_text and u.data["lead"].dateline) or (
            ctx.signed_off and k in ("text", "lead")
        ):
            # a dateline in an article that already has text, or text after a closing
            # note, opens a new, untitled item
            art += 1
            u.article = art
            u.role = "body"
            u.data["why"] = ["a dateline opens a new item" if dated else "the item before ended with a closing note"]
            ctx = Context(has_article=True, article_has_text=True, article_has_content=True)
        else:
            u.role = "body"
            if k == "lead" and not ctx.article_has_text:
                ctx.opened_by_lead = True
            ctx.article_has_text = True
        if u.role == "body":
            ctx.article_has_text = ctx.article_has_content = True
            ctx.prev_body_open = not u.data["final"] and not _list_line(u.key)
            ctx.signed_off = _signoff(u.key)
        elif u.role in ("caption", "credit"):
            ctx.article_has_content = True
            if u.role == "credit" and ctx.picture_item and not ctx.article_has_text:
                ctx.signed_off = True  # a picture-only item ends with its credit: text after it is another item
        elif u.role == "byline" and u.data.get("signed") and ctx.article_has_text:
            ctx.signed_off = True
        i += 1
    _editor_boxes(us)
    joins(us, conv)
    return conv


def _editor_boxes(us: list[Unit]) -> None:
    """An editor's box is its label and, when the label stands alone, the
    short paragraphs after it up to the byline or first dateline."""
    for i, u in enumerate(us):
        if u.role != "editor_box":
            continue
        label_only = len(u.key.strip(WS + "：:【】[]")) <= 6
        if not label_only:
            continue
        j = i + 1
        while j < len(us) and j - i <= 4 and us[j].article == u.article and us[j].role in ("body", "crosshead"):
            if kind(us[j]) == "lead":
                break
            us[j].role = "editor_box"
            if us[j].data.get("final") and len(us[j].key) > 60:
                break
            j += 1


def joins(us: list[Unit], conv: Conventions) -> None:
    """Mark ``cont`` where the page shows a paragraph broken by the layout.

    A body unit that stops mid-sentence continues in the next body unit of
    the same article (across captions and credits) only with evidence: it
    is not title-shaped (a long line, or one ending in ``，、`` …), or the
    next one cannot start a paragraph (it starts with a particle or
    punctuation, or is unindented among indented paragraphs), or the run
    weighing found it to be a fragment broken around a photo. A short line
    without final punctuation is otherwise a title, crosshead or list line,
    never glued onto the next paragraph.
    """
    prev: Unit | None = None
    for u in us:
        if u.role in ("caption", "credit"):
            continue
        if u.role != "body":
            prev = None if u.role not in ("date",) else prev
            continue
        if prev is not None and prev.article == u.article and not prev.data.get("final"):
            t = prev.key
            evidence = None
            if not rules.title_shape(t) or sentence_like(t) or t[-1] in CONT_END:
                evidence = "the line before stops mid-sentence"
            if u.key[:1] in PARTICLE_START | PUNCT_START:
                evidence = "it cannot start a paragraph"
            if prev.data.get("open"):
                evidence = "the line before was broken around a photo or stops mid-phrase"
            if stops_mid_phrase(t):
                evidence = "the line before stops in the middle of a phrase"
            if _LATIN_BREAK.search(t) and u.key[:1].isascii() and u.key[:1].islower():
                evidence = "an English phrase goes on"
            if prev.role == "cont" or prev.data.get("open"):
                evidence = evidence or "the broken paragraph goes on"
            if _short_tail(u):
                evidence = evidence or "a few words that end the sentence above"
            if conv.indented_body and u.indent != conv.body_indent and prev.indent == conv.body_indent:
                evidence = evidence or "it is not indented like a new paragraph"
            if (
                conv.indented_body
                and u.indent == conv.body_indent
                and rules.title_shape(t)
                and not prev.data.get("open")
            ):
                evidence = None
            if u.block == prev.block and not u.first and not prev.data.get("final"):
                evidence = evidence or "the same block goes on"
            if _new_paragraph_by_indent(u, conv):
                evidence = None  # indented as a new paragraph, as every paragraph on this page is
            if kind(u) == "lead" or rules.numbered(u.key) or rules.bullet(u.key) or rules.dash_subtitle(u.key):
                evidence = None  # a dateline, number, bullet or dash opens a paragraph of its own
            if t.rstrip(WS)[-1:] in "：:—" and u.key[:1] not in PARTICLE_START | PUNCT_START:
                evidence = None  # a colon or dash introduces what follows, which stands on its own
            if (
                rules.title_shape(u.key)
                and len(u.key) <= 24
                and u.key[:1] not in PARTICLE_START | PUNCT_START
                and not prev.data.get("open")
            ):
                evidence = None  # a short heading-like line is not the tail of a sentence
            if _ends_without_its_mark(t) and u.key[:1] not in PARTICLE_START | PUNCT_START:
                evidence = None  # …岂不是一样的 / 看京剧《沙家浜》…: a sentence that lost its mark, then a new one
            if evidence:
                u.role = "cont"
                u.data.setdefault("why", []).append(evidence)
        prev = u
