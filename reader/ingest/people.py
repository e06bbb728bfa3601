"""Who wrote it and who took the picture: bylines, credits and names.

A byline is roles and names: ``□本报记者 杨雍 刘茜 通讯员 宋华敏``,
``本报驻俄罗斯记者许宏治``, ``（记者 张三）``, ``文/李四``. Names that a
paper writes together with no space (``本报记者何伟余继军``) are split with
a table of Chinese surnames: each part must start with a surname and be two
to three characters long (four for a compound surname), the split with the
fewest unusual parts wins. A name with a middle dot (``古丽帕·吾孜坎``) or a
Latin name is kept whole. jieba is not used here: import must not need it
to read a page, and its person-name tags miss most two-character names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.ingest.chars import CJK, MARKS, PHOTO_MARKS, WS

# Single-character surnames, most frequent first (the first ~60 cover ~85 %
# of the population); enough to split names written together.
_SURNAME_ORDER = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
    "方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐"
    "冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁"
    "芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸"
    "奉植衡富尧闭由傅萧阎钮凤言靖鄂邴矫郦滑蔚綦"
)
_SURNAME_RANK = {c: i for i, c in reversed(list(enumerate(_SURNAME_ORDER)))}
_SURNAMES_2 = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "轩辕",
    "令狐",
    "端木",
    "西门",
    "南宫",
    "独孤",
    "呼延",
    "司空",
    "澹台",
    "公冶",
    "申屠",
    "太史",
    "闻人",
    "钟离",
    "万俟",
}

ROLE = re.compile(
    rf"(?:本报|新华社|中新社|人民日报|光明日报|经济日报|[{CJK}]{{2,8}}?(?:日报|晚报|报社|电视台|融媒体中心|新闻网))?"
    rf"(?:驻[{CJK}]{{1,8}}?)?"
    r"(?:全媒体|融媒体|全媒|首席|见习|实习|特约|摄影|驻站|驻地|本报)?"
    r"(?:记者|通讯员|评论员|撰稿人)|实习生|编译|整理"
)
_NAME_SEP = re.compile(rf"[{WS}、，,；;/／]+")
_NAME = re.compile(
    rf"^(?:[{CJK}]{{2,6}}|[{CJK}]{{1,10}}(?:[·•‧・．.][{CJK}]{{1,10}}){{1,3}}|[A-Za-z][A-Za-z'\-]{{1,20}})$"
)
_CREDIT_PREFIX = re.compile(rf"^(?:(?:图片|图|摄影|摄|照片)[{WS}]*[/／：:]|图据|图片来源[：:]?|图源[：:]?)[{WS}]*")
_CREDIT_SUFFIX = re.compile(
    rf"[{WS}]*[/／]?[{WS}]*(?P<kw>摄影报道|摄影|摄|供图|提供|供稿图)(?:[{WS}]*[（(][^（）()]{{2,10}}[）)])?$"
)
# Picture agencies a credit may name alone: "人民视觉", "视觉中国".
PHOTO_AGENCIES = (
    "人民视觉",
    "视觉中国",
    "东方IC",
    "CFP",
    "IC photo",
    "图虫创意",
    "新华社发",
    "中新社发",
    "人民图片",
    "全景网",
)
_WORK_CREDIT = re.compile(
    rf"^(?P<what>本版责编|本版编辑|责任编辑|责编|编辑|美编|校对|版式设计|版式|制图|设计|插图|漫画|绘图|数据来源|资料来源)"
    rf"(?:[{WS}]*[：:/／]|[{WS}]+)[{WS}]*(?P<who>.{{1,60}})$"
)


def is_surname(s: str) -> bool:
    return s in _SURNAME_RANK or s in _SURNAMES_2


@lru_cache(maxsize=4096)
def split_names(run: str) -> tuple[str, ...] | None:
    """Split names written together (``何伟余继军`` → 何伟, 余继军), or ``None``.

    Only a run of 4 to 12 Han characters is split; each part is a surname and
    one or two given-name characters. When no split makes every part start
    with a surname, ``None``: the caller keeps the run whole.
    """
    if not (4 <= len(run) <= 12) or not re.fullmatch(rf"[{CJK}]+", run):
        return None
    best: dict[int, tuple[float, tuple[str, ...]]] = {0: (0.0, ())}
    for i in range(len(run)):
        if i not in best:
            continue
        cost, parts = best[i]
        for sl in (2, 1):
            sur = run[i : i + sl]
            if len(sur) < sl or not is_surname(sur):
                continue
            for gl in (1, 2):
                j = i + sl + gl
                if j > len(run):
                    continue
                # fewest people first; then two-character names (the most
                # common) and frequent surnames
                rank = _SURNAME_RANK.get(sur, 0) if sl == 1 else 0
                c = cost + 1 + (0.3 if sl == 1 and gl == 2 else 0) + rank / 10000
                if j not in best or c < best[j][0]:
                    best[j] = (c, parts + (run[i:j],))
    done = best.get(len(run))
    if done is None or len(done[1]) < 2:
        return None
    return done[1]


def names(seg: str) -> list[str] | None:
    """Split a run of names; ``None`` when something is not a name."""
    seg = seg.strip(WS + "、，,；;/／")
    if not seg:
        return []
    toks = [t for t in _NAME_SEP.split(seg) if t]
    merged: list[str] = []
    i = 0
    while i < len(toks):
        # "张  三": papers pad two-character names; rejoin single characters pairwise.
        if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            merged.append(toks[i] + toks[i + 1])
            i += 2
        else:
            merged.append(toks[i])
            i += 1
    out: list[str] = []
    for t in merged:
        if not _NAME.match(t):
            return None
        parts = split_names(t) if len(t) >= 4 and "·" not in t else None
        out.extend(parts or (t,))
    return out


def signature(inner: str) -> list[str] | None:
    """Names that sign a piece: ``孟西安王鸣媛``, ``赵相如  陈平``, ``王璐`` (2–4 characters,
    each starting with a surname), or ``None``."""
    found = names(inner)
    if not found or not all(2 <= len(n) <= 4 and is_surname(n[0]) or "·" in n for n in found):
        return None
    return found


def role_kind(role: str) -> str:
    return "correspondent" if ("通讯员" in role or "实习生" in role) else "reporter"


def parse_people(text: str, need_role: bool = False) -> list[tuple[str, str]] | None:
    """``[(kind, name)]`` for a run of roles and names, or ``None``.

    ``kind`` is ``reporter`` or ``correspondent``. A role with no name after
    it (``本报评论员``) is kept as the name itself, so nothing is lost.
    """
    s = text.strip(WS + "：:")
    s = re.sub(rf"[{WS}]*报道$", "", s)
    if not s or len(s) > 80:
        return None
    pieces: list[tuple[str | None, str]] = []
    pos = 0
    role: str | None = None
    for m in ROLE.finditer(s):
        pieces.append((role, s[pos : m.start()]))
        role, pos = m.group(0), m.end()
    pieces.append((role, s[pos:]))
    if need_role and all(r is None for r, _ in pieces):
        return None
    out: list[tuple[str, str]] = []
    for r, seg in pieces:
        found = names(seg)
        if found is None:
            return None
        if (
            r is None
            and need_role is False
            and found
            and not all(is_surname(n[0]) or is_surname(n[:2]) or "·" in n or n.isascii() for n in found)
        ):
            return None  # "■回顾": a marker and a word, not a name
        if r is None:
            out.extend(("reporter", n) for n in found)
        elif found:
            out.extend((role_kind(r), n) for n in found)
        else:
            out.append(("reporter", r))
    return out or None


def credit(line: str) -> list[str] | None:
    """Photographers of a photo credit line (``□张三摄``, ``图/李四``), or ``None``."""
    t = line.strip(WS)
    if not t or len(t) > 60:
        return None
    marked = t[0] in MARKS + PHOTO_MARKS
    t = t.lstrip(MARKS + PHOTO_MARKS + WS)
    bracketed = len(t) > 2 and t[0] in "（(" and t[-1] in "）)"
    if bracketed:
        t = t[1:-1].strip(WS)
    pm = _CREDIT_PREFIX.match(t)
    if pm:
        t = t[pm.end() :]
    sm = _CREDIT_SUFFIX.search(t)
    kw = sm.group("kw") if sm else None
    spaced = bool(sm and sm.group(0)[:1] in WS + "/／")
    if sm:
        t = t[: sm.start()]
    if not (pm or sm):
        return None
    people = parse_people(t)
    if people is None and kw in ("供图", "提供", "供稿图") and re.fullmatch(rf"[{CJK}A-Za-z0-9·（）()]{{2,24}}", t):
        people = [("reporter", t)]  # an organisation: "新疆日报供图", "杭州具身智能展示中心供图"
    if people is None and pm is not None and pm.group(0).startswith("图") and not sm and 2 <= len(t) <= 30:
        people = [("reporter", t)]  # "图据“钱塘江道长”社交账号": where the picture comes from
    if people is None and spaced and kw == "摄" and 2 <= len(t) <= 16 and not any(c in t for c in "，。！？"):
        people = [("reporter", t)]  # "橙友“里尔” 摄": a reader's pen name
    if not people:
        return None
    has_role = ROLE.search(t) is not None
    personal = all(2 <= len(n) <= 4 and is_surname(n[0]) or is_surname(n[:2]) for _, n in people)
    if not (marked or bracketed or pm or has_role or spaced or kw in ("供图", "摄影报道", "摄影") or personal):
        return None  # "他们正在拍摄" is not a credit
    return [n for _, n in people]


def agency_credit(line: str) -> bool:
    """A picture agency named alone under a caption: ``人民视觉``."""
    t = line.strip(WS).strip("（）()")
    return t in PHOTO_AGENCIES


_AGENCY_PHOTO = re.compile(rf"^[（(][{CJK}A-Za-z·]{{2,20}}发(?:[{CJK}A-Za-z·]{{0,12}}(?:照片|图片|传真照片))?[）)]$")


def agency_photo(line: str) -> bool:
    """``（新华社发美联社照片）``, ``（新华社发）``: a picture credited to an agency."""
    return _AGENCY_PHOTO.match(line.strip(WS)) is not None


def work_credit(line: str) -> tuple[str, str] | None:
    """``制图：张三``, ``本版责编：李四``: who made a graphic or edited the page."""
    t = line.strip(WS).lstrip(MARKS + WS)
    if len(t) > 2 and t[0] in "（(【[" and t[-1] in "）)】]":
        t = t[1:-1].strip(WS)
    m = _WORK_CREDIT.match(t)
    if not m:
        return None
    who = m.group("who").strip(WS)
    # a credit names people, not a sentence
    if any(c in who for c in "。！？，"):
        return None
    return m.group("what"), who


_AFFILIATION = re.compile(
    rf"^(?P<where>[{CJK}A-Za-z0-9０-９（）()·]{{3,30}}?(?:小学|中学|学校|学院|大学|幼儿园|班|医院|研究院|研究所|公司|协会|中心))"
    rf"[{WS}]+(?P<who>[{CJK}·]{{2,12}})$"
)


def affiliated(line: str) -> list[str] | None:
    """``杭州市行知小学三（5）班 裘晚舟``: where the writer is from, then the writer."""
    m = _AFFILIATION.match(line.strip(WS))
    return signature(m.group("who")) if m else None


def byline(line: str) -> list[tuple[str, str]] | None:
    """People of a byline line, or ``None`` if the line is not one."""
    t = line.strip(WS)
    if not t or len(t) > 70:
        return None
    marked = t[0] in MARKS
    t = t.lstrip(MARKS + WS)
    labelled = re.match(rf"^(?:文/图|图/文|文字|作者|撰文|撰稿|文图|图文|文|图)[{WS}]*[/／：:][{WS}]*", t)
    if labelled:  # "文/图：梁桂婵", "撰文:郎慧": the label says who wrote it
        t = t[labelled.end() :]
    if len(t) > 2 and t[0] in "（(" and t[-1] in "）)":
        t = t[1:-1]
    return parse_people(t, need_role=not (marked or labelled))
