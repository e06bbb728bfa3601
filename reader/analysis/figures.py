"""Find the *figures* in an article: numbers that measure something.

:func:`find_figures` scans paragraphs with regular expressions (never with
jieba tokens: jieba tags 台 as a place and glues 3000多元 into 多元) and
returns one :class:`reader.model.Figure` per measurement, in text order.

Grammar
-------
A figure is, in this order (``?`` optional)::

    PREFIX? NUMBER INNER? MULT? UNIT ("/" DENOM)? SUFFIX?
  | PREFIX? NUMBER INNER? MULT          -- bare count, see below
  | 百分之 NUMBER                        -- "百分之三十" = 30 %

``PREFIX``
    a qualifier written before the number: 近 约 超 逾 (and 将近/接近 -> 近,
    超过 -> 超, 大约 -> 约, 不足/不到 -> 不足, 至少).  Ignored when it is the
    tail of a word (签约, 节约, 最近, 附近 ...).
``NUMBER``
    Arabic digits, ASCII or full-width, with an optional decimal part
    (``.`` or ``．``) and ``,`` thousands separators; or a run of Chinese
    numerals (一万, 两万三, 二十, 九).  Arabic cores are parsed exactly with
    :class:`~decimal.Decimal` (16.61万 is 166100, not 166100.00000000003;
    cn2an's smart mode also rejects 1.2万亿).  Chinese runs are parsed by
    ``cn2an.cn2an(core, "smart")`` and must look like a number, not a digit
    string: adjacent digits (二〇二四, 三五, 七八) are rejected, a bare 一
    (一张, 一点, 一批, 最后一公里) or a bare 百/千/万/亿 (千家万户, 万元GDP)
    only counts with a PREFIX (逾千名, 近一成) or an INNER (百余家), and a
    bare 二 is ordinal-like (二次供水, 二期, 二人转: a count says 两) except
    in 二成.
    Arabic digits glued to letters (C919, 5G, 5A级) are not numbers.
``INNER``
    余 or 多 between number and multiplier/unit: 10余万株, 3000多元, 两千余人;
    also right after the multiplier: 10万余人, 1万多名.
``MULT``
    万 亿 万亿 千万 百万 千 百 after Arabic digits (21万, 1.2万亿).  The
    multiplier goes into ``value`` and never into ``unit``: 5800万吨 is
    58000000 吨, 4.8亿千瓦时 is 480000000 千瓦时.  千 followed by 瓦/克/米/伏
    belongs to the unit (20万千瓦 is 200000 千瓦).
``UNIT``
    the longest entry of :data:`UNITS` (classifiers and measures: 个 家 名 辆
    台 株 亩 吨 元 公里 千瓦时 MW 岁 ...), or ``%``/``％``/``‰``/个百分点/倍/成.
    成 is tenths and is normalised to percent: 九成 -> value 90, unit "%".
    A unit is refused when its character starts a longer word instead
    (台湾, 对接, 家庭, 成为, 位数 ... see :data:`_UNIT_BREAKERS`).
``DENOM``
    a per-unit after a slash: 103元/吨 has unit "元/吨".
``SUFFIX``
    以上 以下 左右 (及以上 -> 以上): 90%以上.

Bare count: a number carrying 万/亿 followed by neither a unit nor a time
word is still a figure with ``unit=""`` -- "61.84万65岁及以上老年人" yields
61.84万 = 618400 counting 老年人, "月薪两万三" yields 23000.

Not figures (by general rules, plus a short list of fixed phrases): dates and periods (2019年, 11月10日,
12月底, 四季度, 3个月 -- 年 月 日 天 季度 are not units and 个 before a time
word is refused); ordinals and sessions (第七代, 第三十三次, 十六届 -- a
number after 第 is skipped, 届/代/级/期 are not units); list markers (一是,
（一）); approximate counts without a number (数十个, 几百家, 上百家);
numbered slogans, idioms and place names that contain numeral+classifier
(五位一体, 三番五次, 七台河, 五家渠 ... :data:`_FIXED_PHRASES`).

Ages: ``N岁`` is a figure (85岁), but an age used as a category boundary --
followed by 及以上/以上/以下/以内 or part of a range (65岁及以上老年人,
18至35岁) -- is a category, not a measurement, and is skipped.

Ranges (3至5万元) are not merged: only the bound carrying the unit is
reported.

Labels
------
``label`` says what the figure measures, in a few words.  First the noun
phrase right after the figure in the same sub-clause (21万辆注册车辆 ->
注册车辆, 90%以上的份额 -> 份额, skipping a following figure or age
category: 27台7.5MW风电机组 -> 风电机组); otherwise the noun phrase just
before it (减少二氧化碳145吨 -> 二氧化碳), stepping back over a verb such as
达/为/超/突破/完成 to the subject (种植面积达4.4万亩 -> 种植面积).  Words come
from ``jieba.lcut`` on those short snippets only, with part-of-speech tags
looked up in jieba's dictionary (``posseg.dt.word_tag_tab``) -- the POS
tagger itself is about ten times slower.

jieba (through :mod:`reader.analysis._jieba`) and cn2an are imported on first
use, so importing this module is cheap.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from reader.model import Figure

__all__ = ["find_figures", "UNITS"]

# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

#: Units and classifiers that make a number a figure.  Order does not
#: matter: the regex is built longest-first.
UNITS: tuple[str, ...] = (
    # money
    "元", "美元", "欧元", "日元", "港元", "英镑", "卢布", "坚戈", "块",
    # mass
    "吨", "公斤", "千克", "克", "斤",
    # length / area / volume
    "公里", "千米", "米", "厘米", "毫米", "海里", "km",
    "亩", "公顷", "平方米", "平米", "平方公里", "平方千米",
    "升", "毫升", "立方米", "标准立方米",
    # energy / power
    "千瓦时", "千瓦", "瓦", "兆瓦时", "兆瓦", "吉瓦", "度", "千伏", "伏",
    "kWh", "kW", "KW", "MWh", "MW", "GWh", "GW", "kV",
    # people / ages
    "人次", "人", "名", "位", "户", "岁", "周岁",
    # classifiers (counts)
    "个", "家", "项", "辆", "台", "座", "对", "株", "棵", "头", "只", "匹",
    "套", "件", "条", "张", "份", "所", "栋", "幢", "间", "架", "艘", "部门",
    "部", "篇", "本", "册", "场", "场次", "例", "宗", "起", "批", "种", "款",
    "处", "支", "枚", "颗", "根", "片", "箱", "标箱", "单", "笔", "车次",
    "架次", "辆次", "部委",
    "次",
    # ratios
    "倍",
)

#: Per-unit denominators allowed after "/" (103元/吨, 0.3元/千瓦时).
_DENOMS = (
    "吨", "千瓦时", "度", "公斤", "千克", "斤", "平方米", "亩", "人", "年",
    "月", "天", "日", "小时", "次", "kWh", "立方米", "升", "公里", "米",
    "件", "台", "辆", "户", "个",
)

#: A unit character that is really the first character of another word.
_UNIT_BREAKERS: dict[str, str] = {
    "个": "体性案",
    "台": "湾阶风账州上",
    "座": "谈右",
    "对": "接于外话象比标口应称待照策手岸面方立抗此",
    "名": "单称牌优片义额字录列誉胜气次",
    "家": "庭电居长属乡园具族门务政底风书",
    "项": "目",
    "条": "件例码幅约理形",
    "张": "贴家力",
    "份": "额子",
    "所": "有在属以谓得",
    "场": "所景地馆合面均",
    "部": "分署长队件位",
    "起": "来步点草源诉初始飞到",
    "批": "准复次评发",
    "种": "植类子苗养田地",
    "款": "项",
    "处": "理于置罚长室",
    "支": "持付援撑出部柱",
    "元": "素旦宵首老帅",
    "人": "民员才口类工士大物数气心生力身均",
    "头": "部脑条号等衔",
    "只": "是要有能",
    "套": "餐路",
    "间": "隔接",
    "本": "地土次届身质领科市县报着来",
    "片": "区面",
    "单": "位元独一车项",
    "笔": "者记试画",
    "度": "过假",
    "吨": "位",
    "克": "服拉",
    "升": "级高值温空学旗入",
    "位": "于置居列次数",
    "户": "口外",
    "株": "洲",
    "匹": "配",
    "颗": "粒",
    "枚": "举",
    "篇": "章",
    "例": "如",
    "宗": "旨教",
    "根": "本据源",
    "次": "要日产供创元方生级序",
    "倍": "增",
    "成": "果为功立本效员绩熟长都交品型年就分套片群规语色批倍千",
}

#: Words after 个 that make "N个X" a period, not a count (3个月, 1个多小时).
_PERIOD_AFTER_GE = ("月", "多月", "小时", "多小时", "工作日", "季度", "学期",
                    "年头", "星期", "礼拜", "周", "世纪", "晚上", "白天")

#: Time words: a bare multiplier number before them is a period (3万年前).
_TIME_CHARS = frozenset("年月日天周时分秒")

#: Idioms, numbered slogans and place names containing numeral+classifier.
#: Figures starting inside one of these are dropped.
_FIXED_PHRASES = (
    "千家万户", "三番五次", "万人空巷", "五位一体", "三天两头", "十万火急",
    "十万八千里", "三五成群", "一五一十", "九牛一毛", "一举两得", "成千上万",
    "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "三个代表",
    "两个一百年", "三个务必", "四个面向", "五个必由之路", "两个大局",
    "两个结合", "四个革命", "三个有利于", "八个明确", "十个坚持",
    "十四个坚持", "五家渠", "七台河", "三台县", "十三间房", "三个泉",
    "一国两制", "两学一做", "八项规定",
)

_PREFIX_CANON = {
    "近": "近", "将近": "近", "接近": "近",
    "约": "约", "大约": "约",
    "超": "超", "超过": "超",
    "逾": "逾",
    "不足": "不足", "不到": "不足",
    "至少": "至少",
}
#: Characters that, just before a prefix qualifier, make it part of a word
#: (签约 节约 最近 附近 赶超 ...) rather than a qualifier.
_PREFIX_BLOCKERS = {
    "近": "最附临靠亲邻就贴走逼",
    "约": "签节制合预履公条契特邀相违守誓婚隐",
    "超": "赶高",
    "逾": "",
}
_SUFFIX_CANON = {"以上": "以上", "及以上": "以上", "以下": "以下",
                 "及以下": "以下", "左右": "左右"}

_MULT = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "千万": 10**7,
    "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 10**2,
}

# --------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------

_CN_DIGITS = "〇零一二两三四五六七八九"
_CN_CHARS = _CN_DIGITS + "十百千万亿"
# 千 before 瓦/克/米/伏/卡 starts a unit (千瓦), not a multiplier.
_QIAN_OK = "千(?![瓦克米伏卡帕])"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMBER_RE = re.compile(
    rf"""
    (?P<prefix>{_alt(_PREFIX_CANON)})?
    (?:
        (?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ._/:,\-#第数几每初其])
        (?P<ar>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])
              |[０-９]{{1,3}}(?:[,，][０-９]{{3}})+(?![０-９])
              |[0-9０-９]+)
        (?P<ardec>[.．][0-9０-９]+)?
      |
        (?<![{_CN_CHARS}第数几每初其周])
        (?P<cn>(?:[{_CN_DIGITS}十百万亿]|{_QIAN_OK})+(?:点[{_CN_DIGITS}]+)?)
    )
    (?P<inner>[余多](?=[^\W\d_]))?
    (?P<mult>万亿|千亿|百亿|千万|百万|亿|万|{_QIAN_OK}|百(?!分))?
    """,
    re.VERBOSE,
)

_PERCENT_WORDS_RE = re.compile(
    rf"百分之(?P<pct>(?:[{_CN_DIGITS}十百]|{_QIAN_OK})+(?:点[{_CN_DIGITS}]+)?"
    rf"|[0-9０-９]+(?:[.．][0-9０-９]+)?)"
)

_UNIT_RE = re.compile(
    rf"(?P<unit>个百分点|百分点|[%％‰]|{_alt(UNITS)}|成)"
    rf"(?:/(?P<denom>{_alt(_DENOMS)}))?"
)
_SUFFIX_RE = re.compile(_alt(_SUFFIX_CANON))
_AGE_CATEGORY_RE = re.compile(r"(?:及以上|及以下|以上|以下|以内|至|到|[-—－~～])")
_RANGE_BEFORE = frozenset("至到-—－~～")

_CLAUSE_SEP = re.compile(r"[，。；！？!?;：:\n…]")
_LABEL_SEP = re.compile(r"[，。；！？!?;：:\n…、（）()《》【】]|——")
_FIXED_RE = re.compile(_alt(_FIXED_PHRASES))
_LIST_JOINERS = frozenset(("、", "和", "及", "与", "以及"))
_QUOTES = " \t\u3000“”\"'‘’「」『』"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def find_figures(paragraphs: list[str]) -> list[Figure]:
    """Every figure in ``paragraphs``, in text order.

    ``paragraph[f.start:f.end] == f.text`` holds for every returned figure
    ``f`` (with ``paragraph = paragraphs[f.paragraph]``).
    """
    figures: list[Figure] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph and _HAS_NUMERAL_RE.search(paragraph):
            figures.extend(_paragraph_figures(index, paragraph))
    return figures


_HAS_NUMERAL_RE = re.compile(rf"[0-9０-９{_CN_CHARS}]")


# --------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------


class _Span:
    __slots__ = ("start", "end", "value", "unit", "qualifier")

    def __init__(self, start: int, end: int, value: int | float, unit: str,
                 qualifier: str | None) -> None:
        self.start, self.end = start, end
        self.value, self.unit, self.qualifier = value, unit, qualifier


def _paragraph_figures(index: int, text: str) -> list[Figure]:
    blocked = [(m.start(), m.end()) for m in _FIXED_RE.finditer(text)]
    spans: list[_Span] = []
    for m in _PERCENT_WORDS_RE.finditer(text):
        value = _parse_core(m.group("pct"))
        if value is not None:
            spans.append(_Span(m.start(), m.end(), _normalise(value), "%", None))
    pos = 0
    while True:
        m = _NUMBER_RE.search(text, pos)
        if m is None:
            break
        span = _read_figure(text, m)
        if span is not None and not any(a <= span.start < b or a < m.end() <= b
                                        for a, b in blocked):
            spans.append(span)
            pos = span.end
        else:
            pos = m.end()
    if not spans:
        return []
    spans.sort(key=lambda s: s.start)
    # drop overlaps (百分之三十 vs. 三十), keeping the earlier/longer one
    kept: list[_Span] = []
    for s in spans:
        if kept and s.start < kept[-1].end:
            if s.end - s.start > kept[-1].end - kept[-1].start:
                kept[-1] = s
            continue
        kept.append(s)
    seps = [m.start() for m in _CLAUSE_SEP.finditer(text)]
    label_seps = [(m.start(), m.end()) for m in _LABEL_SEP.finditer(text)]
    label_starts = [a for a, _ in label_seps]
    out: list[Figure] = []
    for k, s in enumerate(kept):
        label = _label_for(text, kept, k, label_seps, label_starts)
        if not label and out and text[out[-1].end:s.start] in _LIST_JOINERS:
            label = out[-1].label  # 全村共有一百二十户、四百六十人
        out.append(Figure(
            text=text[s.start:s.end],
            value=s.value,
            unit=s.unit,
            qualifier=s.qualifier,
            label=label,
            context=_context(text, s, seps),
            paragraph=index,
            start=s.start,
            end=s.end,
        ))
    return out


def _read_figure(text: str, m: re.Match[str]) -> _Span | None:
    """Turn one number match into a figure span, or ``None``."""
    start = m.start()
    prefix = m.group("prefix")
    if prefix and len(prefix) == 1 and start > 0 and (
        text[start - 1] in _PREFIX_BLOCKERS.get(prefix, "")
    ):
        start += 1  # 签约3家: 约 ends a word, it is no qualifier
        prefix = None
    qualifier = _PREFIX_CANON[prefix] if prefix else None
    inner = m.group("inner")
    mult = m.group("mult")
    cn = m.group("cn")
    end = m.end()

    if cn is not None:
        # The run already holds its 万/亿; a MULT only follows 余/多 (十余万).
        if not _valid_cn(cn, has_prefix=bool(prefix), has_inner=bool(inner)):
            return None
        value = _parse_core(cn)
        if value is None:
            return None
        has_mult = bool(mult) or "万" in cn or "亿" in cn
        num_start = m.start("cn")
    else:
        ar = m.group("ar")
        if len(ar) > 1 and ar[0] in "0０":
            return None  # a code or phone number (0994), not a quantity
        digits = (ar + (m.group("ardec") or "")).translate(_FULLWIDTH)
        value = Decimal(digits.replace(",", "").replace("，", ""))
        has_mult = bool(mult) and ("万" in mult or "亿" in mult)
        num_start = m.start("ar")
    if mult:
        value = value * _MULT[mult]
        if not inner and end < len(text) and text[end] in "余多" and (
            _UNIT_RE.match(text, end + 1)
        ):
            inner = text[end]  # 10万余人, 1万多名
            end += 1

    unit = None
    u = _UNIT_RE.match(text, end)
    if u is not None:
        unit = u.group("unit")
        nxt = text[u.end()] if u.end() < len(text) else ""
        if unit.isascii() and unit.isalpha() and nxt.isascii() and nxt.isalpha():
            unit = None  # 7.5MWp is no MW
        elif not u.group("denom") and nxt and nxt in _UNIT_BREAKERS.get(unit[-1], ""):
            unit = None  # 台湾, 对接, 家庭, 成为, 两位数 ...
        elif unit == "个" and text.startswith(_PERIOD_AFTER_GE, u.end()):
            return None  # 3个月: a period
        elif nxt == "级":
            return None  # 30万吨级, 5A级: a grade
        elif unit in ("岁", "周岁") and (
            _AGE_CATEGORY_RE.match(text, u.end())
            or (num_start > 0 and text[num_start - 1] in _RANGE_BEFORE)
        ):
            return None  # 65岁及以上, 18至35岁: an age category
        elif cn == "二" and unit != "成":
            return None  # 二次, 二期, 二人转: ordinal-like; a count says 两
    if unit is None:
        # A bare count: 61.84万(65岁及以上)老年人, 月薪两万三.
        if not has_mult or (end < len(text) and text[end] in _TIME_CHARS):
            return None
        return _Span(start, end, _normalise(value), "", qualifier or inner)

    end = u.end()
    if unit in ("%", "％"):
        unit = "%"
    elif unit == "成":
        value = value * 10  # tenths, reported as percent: 九成 = 90 %
        unit = "%"
    elif unit == "个百分点":
        unit = "百分点"
    elif unit == "周岁":
        unit = "岁"
    if u.group("denom"):
        unit = f"{unit}/{u.group('denom')}"
    suffix = _SUFFIX_RE.match(text, end)
    suffix_q = None
    if suffix is not None:
        suffix_q = _SUFFIX_CANON[suffix.group()]
        end = suffix.end()
    return _Span(start, end, _normalise(value), unit, qualifier or inner or suffix_q)


def _valid_cn(core: str, *, has_prefix: bool, has_inner: bool) -> bool:
    """Does a run of Chinese numerals read as a number (not 一是, 三五, 万一)?"""
    integer = core.split("点", 1)[0]
    if not integer:
        return False
    for a, b in zip(integer, integer[1:]):
        if a in _CN_DIGITS and b in _CN_DIGITS and a not in "零〇":
            return False  # digit string: 二〇二四, 三五成群, 七八个
    if integer[0] in "百千万亿":
        return has_prefix or has_inner  # 逾千名, 百余家; not 千家万户
    if integer == "一":
        return has_prefix  # 近一成; not 一张, 一批, 最后一公里
    return True


def _parse_core(core: str) -> Decimal | None:
    """Numeric value of a numeral core (Chinese via cn2an, Arabic direct)."""
    core = core.translate(_FULLWIDTH)
    if core.replace(".", "", 1).isdigit():
        return Decimal(core)
    if core[0] in "百千万亿":
        core = "一" + core  # 逾千名, 超百亿元: cn2an wants 一千, 一百亿
    import cn2an  # noqa: PLC0415 - deliberately lazy

    try:
        value = cn2an.cn2an(core, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _normalise(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _context(text: str, s: _Span, seps: list[int]) -> str:
    i = bisect.bisect_left(seps, s.start)
    a = seps[i - 1] + 1 if i > 0 else 0
    j = bisect.bisect_left(seps, s.end)
    b = seps[j] if j < len(seps) else len(text)
    return text[a:b].strip(_QUOTES)


# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------

_NOUNISH = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "eng", "j", "b")
#: jieba dictionary tags that are wrong in news prose.
_TAG_FIX = {
    "节约": "v", "进度": "n", "梯次": "d", "精准": "a", "发力": "v",
    "新建": "v", "苗木": "n", "苗圃": "n", "首批": "b", "占比": "n",
    "收入": "n", "口": "n",
}
#: Words jieba splits badly that are complete measure nouns.
_MEASURE_NOUNS = ("占比", "增速", "增幅", "降幅", "比重", "涨幅", "跌幅")
#: Verbs and adverbs between a subject and its figure (种植面积 *达* 4.4万亩).
_LINKS = frozenset(
    "达 达到 为 是 超 超过 突破 完成 实现 有望 预计 已 已经 共 共计 累计 合计 "
    "总计 约 近 占 增长 增加 下降 减少 提高 提升 上涨 下跌 回落 增至 降至 "
    "达成 分别 均 都 也 还 再 又 将 可 能 仅 同比 环比 较 年均 平均 首次 "
    "创 再创 稳定 保持 攀升 跃升 拟 逾 超出 高达 多达 长达 只有 约为 "
    "比 较上年 比上年 同期 有 共有 拥有 现有 新增 新建 建成 涉及 包括 "
    "实施 培训 接待 吸纳 带动 增收 增产 减收 减产".split()
)
#: Linking words stripped off the raw text before tokenising.
_STRIP_LINKS = tuple(sorted(
    (w for w in _LINKS if len(w) > 1 or w in "达为"), key=len, reverse=True))
#: Words ending in 达/为 that are not a link (成为, 高达 is a link itself).
_NOT_LINK_WORDS = frozenset(
    "成为 作为 认为 因为 称为 以为 行为 更为 较为 极为 尤为 "
    "到达 抵达 直达 送达 传达 表达 下达 发达 通达 雷达".split())
#: Verbs that typically follow a counted noun as its predicate.
_PREDICATES = frozenset(
    "获得 获 参加 参与 开展 完成 提供 享受 进入 通过 签署 申请 落户 入驻 入选 "
    "参展 签约 受益 投产 开工 竣工 成为 获评 覆盖 惠及 纳入 上榜 认定 出口 "
    "发放 使用 接受 形成 组成 加入 推出 取得 承担 集聚 聚集 落地 实现 带动 "
    "走进 来到 前往 返回 到达 报名 参赛 就业 创业 入住 入学 毕业 脱贫".split())
_CHANGE_VERBS = frozenset(
    "增长 增加 下降 减少 提高 提升 上涨 下跌 回落 攀升 跃升 增收 增产 减收 减产".split())
_SKIP_AFTER_RE = re.compile(
    rf"(?:[0-9０-９.．,]+|[{_CN_CHARS}]+)[余多]?[万亿]?"
    rf"(?:{_UNIT_RE.pattern})?(?:及以上|及以下|以上|以下)?"
)
#: The lower bound of a range before a figure (3至|5万元), dropped for labels.
_RANGE_TAIL_RE = re.compile(
    rf"(?:[0-9０-９.．,]+|[{_CN_CHARS}]+)[余多]?[万亿]?[至到~～\-—－]$")
_ARABIC = frozenset("0123456789０１２３４５６７８９")
_MAX_LABEL_TOKENS = 4
_MAX_LABEL_CHARS = 12
_SNIPPET = 16


def _label_for(text: str, spans: list[_Span], k: int,
               seps: list[tuple[int, int]], sep_starts: list[int]) -> str:
    """Label of ``spans[k]`` from the sub-clause around it."""
    s = spans[k]
    i = bisect.bisect_left(sep_starts, s.start)
    a = seps[i - 1][1] if i > 0 else 0
    j = bisect.bisect_left(sep_starts, s.end)
    b = seps[j][0] if j < len(seps) else len(text)
    # The snippets stop at neighbouring figures, except one glued right
    # after this one, which the after-label skips (27台|7.5MW风电机组).
    if k > 0:
        a = max(a, spans[k - 1].end)
    if k + 1 < len(spans) and spans[k + 1].start > s.end:
        b = min(b, spans[k + 1].start)
    before = _RANGE_TAIL_RE.sub("", text[max(a, s.start - _SNIPPET):s.start])
    after = text[s.end:min(b, s.end + _SNIPPET)] if b > s.end else ""
    return _label(before, after, s.unit)


@lru_cache(maxsize=4096)
def _label(before: str, after: str, unit: str) -> str:
    tab, lcut = _tagger()
    # skip a following figure or age category: 27台7.5MW风电机组, 65岁及以上
    after = after.lstrip()
    m = _SKIP_AFTER_RE.match(after)
    if m and (m.group("unit") or after[0] in _ARABIC):
        after = after[m.end():]
    label = _after_label(after, tab, lcut)
    if label:
        return label
    return _before_label(before, unit, tab, lcut)


def _tagger():
    from reader.analysis import _jieba  # noqa: PLC0415 - deliberately lazy

    tab = _jieba.posseg().dt.word_tag_tab
    return tab, _jieba.get().lcut


def _tag(word: str, tab: dict[str, str]) -> str:
    if word in _TAG_FIX:
        return _TAG_FIX[word]
    if word in _MEASURE_NOUNS:
        return "n"
    t = tab.get(word)
    if t:
        return t
    if word.isascii():
        if word.isalpha():
            return "eng"
        if any(c.isdigit() for c in word):
            return "m"
        return "x"
    if word[0] in _CN_CHARS or word[0].isdigit():
        return "m"
    if not word[0].isalnum():
        return "x"
    # An unknown word found by jieba's HMM: mostly a name or noun, but a
    # verb when its first character is one (筑牢, 稳住).
    first = tab.get(word[0], "")
    return "v" if first.startswith("v") else "n"


def _nounish(tag: str) -> bool:
    return tag.startswith(_NOUNISH)


def _verbish(tag: str) -> bool:
    return tag.startswith("v")


def _tokens(snippet: str, tab, lcut) -> list[tuple[str, str]]:
    """Tokens with tags; “quoted” stretches become one noun token."""
    raw = lcut(snippet)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        if w == "“":
            for k in range(i + 1, min(i + 6, len(raw))):
                if raw[k] == "”":
                    out.append(("".join(raw[i:k + 1]), "nz"))
                    i = k + 1
                    break
            else:
                out.append((w, "x"))
                i += 1
            continue
        if w == "·" and out and _nounish(out[-1][1]):
            out.append((w, "nr"))  # 卡孜木·哈得尔
            i += 1
            continue
        out.append((w, _tag(w, tab)))
        i += 1
    return out


def _after_label(after: str, tab, lcut) -> str:
    if not after:
        return ""
    if after[0] == "的":
        after = after[1:]
    else:
        toks = _tokens(after[:8], tab, lcut)
        if toks and _verbish(toks[0][1]) and "的" in after[:12]:
            after = after[after.index("的") + 1:]  # 10名来自基层的州人大代表
    toks = _tokens(after, tab, lcut)
    picked: list[str] = []
    for k, (w, t) in enumerate(toks):
        nxt = toks[k + 1][1] if k + 1 < len(toks) else ""
        if picked and w in _LINKS:
            break  # 18个行业利润|同比增长
        if _nounish(t) or (t == "l" and not picked):
            picked.append(w)
        elif (t.startswith("v") or t == "a") and _nounish(nxt) and (
            not picked
            or (w not in _LINKS and w not in _PREDICATES and (
                w in tab or any(_verbish(t2) for _, t2 in toks[k + 2:])))
        ):
            # A verb before a noun is a modifier at the start (注册车辆,
            # 新建项目).  Inside the phrase it is one when a later verb is
            # the predicate (居家失能老年人|提供) or it is a known word that
            # is not a typical predicate (能源补给项目); otherwise it is the
            # predicate itself (创新平台|筑牢根基, 企业|获得资金).
            picked.append(w)
        else:
            break
        if len(picked) >= _MAX_LABEL_TOKENS or sum(map(len, picked)) >= _MAX_LABEL_CHARS:
            break
    while picked and not _nounish(_tag(picked[-1], tab)) and not picked[-1].startswith("“"):
        picked.pop()
    return "".join(picked).strip(_QUOTES)


def _before_label(before: str, unit: str, tab, lcut) -> str:
    """The noun phrase before the figure: an object (减少二氧化碳145吨) or,
    across linking verbs and adverbs, a subject (种植面积达4.4万亩)."""
    # Strip linking words off the raw text first: jieba glues them to the
    # noun (占比达 -> 占|比达, 人口达 -> 人口达).
    skipped: list[str] = []
    while True:
        for w in _STRIP_LINKS:
            if before.endswith(w) and before[-2:] not in _NOT_LINK_WORDS:
                skipped.insert(0, w)
                before = before[: -len(w)]
                break
        else:
            break
    if not before:
        return "".join(skipped)[-4:]
    for noun in _MEASURE_NOUNS:  # 占比达三成
        if before.endswith(noun):
            return noun
    toks = _tokens(before, tab, lcut)
    n_skipped = len(skipped)
    while toks and (toks[-1][0] in _LINKS or toks[-1][1] in ("d", "p", "uj", "ul")
                    or (len(skipped) == n_skipped == 0 and toks[-1][1] == "v")):
        skipped.insert(0, toks.pop()[0])
        if len(skipped) > 4:
            break
    subject_mode = bool(skipped)
    change = [w for w in skipped if w in _CHANGE_VERBS]
    picked: list[str] = []
    used_edge_verb = False
    k = len(toks) - 1
    while k >= 0:
        w, t = toks[k]
        prev_w, prev = toks[k - 1] if k > 0 else ("", "")
        if not picked:
            ok = _nounish(t) or t in ("l", "vn") or (
                subject_mode and _verbish(t) and _nounish(prev)  # 研发投入|增长
            )
        elif _nounish(t):
            ok = True
        elif (t.startswith("v") or t == "a") and w not in _LINKS:
            if _nounish(prev):
                ok = True  # sandwiched: 医养结合机构, 整体建设进度
            elif t == "vn" and _verbish(prev) and not subject_mode:
                ok = True  # 发放|消费券, 签署|合作文件
            elif subject_mode and not change and not used_edge_verb and t != "a":
                ok = used_edge_verb = True  # 种植面积, 签约合作
            else:
                ok = False
        else:
            ok = False
        if not ok:
            break
        picked.insert(0, w)
        if used_edge_verb or (t == "vn" and _verbish(prev) and len(picked) > 1):
            break
        if len(picked) >= _MAX_LABEL_TOKENS or sum(map(len, picked)) >= _MAX_LABEL_CHARS:
            break
        k -= 1
    if len(picked) > 1 and len(picked[0]) == 1 and _tag(picked[0], tab).startswith("n"):
        picked.pop(0)  # a split-off fragment: 每千人|口执业医师, 博斯坦|乡
    # a sandwiched verb cannot be the left edge
    while (len(picked) > 1 and _tag(picked[0], tab) == "v"
           and not (subject_mode and used_edge_verb)):
        picked.pop(0)
    label = "".join(picked).strip(_QUOTES)
    if label:
        if change and change[-1] not in label:
            label += change[-1]  # GDP增长 12.5%, 农户增收 1.2亿元
        return label
    # nothing nominal: fall back to the verb phrase (拟投入, 同比增长)
    return "".join(skipped)[-4:]
