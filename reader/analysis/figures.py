"""Find the *figures* in an article: numbers that measure something.

:func:`find_figures` scans paragraphs with regular expressions (never with
jieba tokens: jieba tags 台 as a place and glues 3000多元 into 多元) and
returns one :class:`reader.model.Figure` per measurement, in text order.

One concern, reading a number and its unit: the grammar and the small rules
beside it are here, the words they consult (units, measure words and the
characters that break them, fixed names, qualifiers) are data in
:mod:`reader.analysis.figure_lexicon`. Naming a figure (its label) lives in
:mod:`reader.analysis.figure_labels` (spans of time in
:mod:`reader.analysis.span_labels`, a period opening its clause in
:mod:`reader.analysis.period_labels`, the passes over a paragraph's labelled
figures, lists and scores, in :mod:`reader.analysis.paragraph_labels`).

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

Figures the grammar above does not read are added by small rules of their
own (:func:`_special_spans`): signed temperatures (-3°C), fractions
(四分之三, 1/3), doubling (翻一番, 翻番, 提高一倍), medals (2金1银, 再添一金),
spans of a half (半年, 一个半月, 两年半), rough ranges (两三天, 十五六个),
race times (1分29秒, ４分３６秒６６), scores (21∶16) and points (落后５分),
levels on a scale (11级以上, ６．２级), magnitudes without a digit
(数百万人, 几十个, 上千项; value = the magnitude, the word kept as the
qualifier), a magnitude passed (突破亿元), days with a qualifier or a verb
of lasting (不足一百八十三日, 连续3日), a round number and 来 (十来岁, 约),
an age without 岁 (年近五十, 年过八旬), a list of years closed by their
count (2024年、2026年、2028年3届) or a verb that has or holds them
(已有10届毕业生), a lone 一 said to be only one (只跑一个窗口) or in a list
of counts (一部手机、两台电脑; 3名老师和一个班级: otherwise 一个 is "a"), one
or two (一斤两斤), and a magnitude of 万 or 亿 before a noun (数百万扶贫干部,
上万观众: counted without a measure word, as 61.84万老年人 is).
Two bounds joined by 至/到/—/~ are one range figure
(3至5年, 10%—15%: ``value`` low, ``value_max`` high); a measure followed by
级 is a size class (30万吨级).

Not figures (by general rules, plus a short list of fixed phrases):
dates and periods (2019年, 11月10日, 12月底, 四季度, 今年前两个月, 过去一年
-- 月 日 季度 are not units, 年 after a four-digit number is a year);
ordinals, ranks and sessions (第七代, 第三十三次, 十六届, 第二、三名,
前八名); list markers (一是, （一）); small counts that point back at what
was named (这两个, 两人先后…, 三人中, and 两个飞行器 at a clause's head
once the article has named the craft: 两名日本选手 naming them first is a
count); measure words said of a story's steps (两步: 步 counts after Arabic
digits only, 20步); numbered names (“十件事”, 二院二十五所,
中铁十一局, ４００米个人混合泳, 1/4决赛); numbered slogans, idioms and place
names that contain numeral+classifier (五位一体, 三番五次, 七台河, 五家渠,
金九银十 ... :data:`_FIXED_PHRASES`); by rule, a numeral and measure word
inside a place name or idiom of jieba's dictionary (三门峡, 三台村, 五花八门,
四处奔走) or before a lone place suffix (九户镇, 七门堰, 九台区: not 三个镇,
两座桥, see :func:`_numbered_name`), and any number inside book-title marks
(《长安三万里》, 《三个和尚》: :func:`_in_title`); addresses (28幢2单元).

Ages: ``N岁`` is a figure (85岁), and so is an age that bounds a group
(65岁及以上老年人: 65, qualifier 以上, as every marker of real articles
counts it); 18至35岁 is a range.

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
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation

from reader.analysis.figure_lexicon import (
    DURATION_UNITS,
    MEASURE_UNITS,
    MONEY_UNITS,
    TEMPERATURE_UNITS,
    UNITS,
    ARABIC_ONLY_UNITS as _ARABIC_ONLY_UNITS,
    BUILDING_RE as _BUILDING_RE,
    DENOMS as _DENOMS,
    ERA_RE as _ERA_RE,
    FIXED_PHRASES as _FIXED_PHRASES,
    FORWARD as _FORWARD,
    MULT as _MULT,
    PARTIES as _PARTIES,
    PERIOD_AFTER_GE as _PERIOD_AFTER_GE,
    PREFIX_BLOCKERS as _PREFIX_BLOCKERS,
    PREFIX_CANON as _PREFIX_CANON,
    RECENT_YEARS_RE as _RECENT_YEARS_RE,
    SUFFIX_CANON as _SUFFIX_CANON,
    TIME_CHARS as _TIME_CHARS,
    UNIT_BREAKERS as _UNIT_BREAKERS,
    UNIT_KEPT as _UNIT_KEPT,
    YEAR_NOT_SPAN as _YEAR_NOT_SPAN,
)
from reader.analysis.figure_labels import (
    _REGIONS_COUNTED,
    BASE_WHEN_RE,
    conjoined_category,
    label,
    restated,
    told_apart,
)
from reader.analysis.label_phrases import CLAUSE_SEP as _CLAUSE_SEP
from reader.analysis.label_phrases import ON_A_BASE_RE, after_label
from reader.analysis.label_phrases import SENTENCE_SEP as _SENTENCE_SEP
from reader.analysis.list_labels import closed_list
from reader.analysis.paragraph_labels import label_lists, label_per_head, label_score_sides
from reader.analysis.period_labels import period_opening
from reader.model import Figure

__all__ = ["find_figures", "UNITS"]

# --------------------------------------------------------------------------
# Lexicon: the words themselves are data, in reader.analysis.figure_lexicon
# --------------------------------------------------------------------------


def _ago(text: str, end: int) -> bool:
    """A span followed by 前 is a time in the past, a date (三年前, 两个月前, 数十年前), unless 前 starts a
    word of going (三天前往…)."""
    return text.startswith("前", end) and not text.startswith(_FORWARD, end)


# --------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------

_CN_DIGITS = "〇零一二两三四五六七八九"
#: 廿 and 卅 are twenty and thirty in one character (卅一億元, 廿多家: 澳門日報 prints them)
_CN_TENS = "廿卅"
_CN_CHARS = _CN_DIGITS + "十百千万亿" + _CN_TENS
# 千 before 瓦/克/米/伏/卡/兆 starts a unit (千瓦, 千兆), not a multiplier.
_QIAN_OK = "千(?![瓦克米伏卡帕兆])"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMBER_RE = re.compile(
    rf"""
    (?P<prefix>{_alt(_PREFIX_CANON)})?
    (?:
        (?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ_:,\-#第几每其×])(?<![0-9０-９A-Za-z]/)(?<!(?<!最)初)(?<![0-9０-９][.．])(?<!^[.．])  # 54万千瓦/105万千瓦时, not 1/3
        (?<![^\u4e00-\u9fff]数)(?<!^数)(?<![有达近约超了的是为上至到和、]数)  # 数10万: several; 人数8万: a count
        (?P<ar>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])
              |[０-９]{{1,3}}(?:[,，][０-９]{{3}})+(?![０-９])
              |[0-9０-９]+)
        (?P<ardec>[.．·][0-9０-９]+)?
      |
        (?<![{_CN_CHARS}○Ｏ第数几每初其])(?<!(?<!每)周)
        (?P<cn>(?:[{_CN_DIGITS}十百万亿{_CN_TENS}]|{_QIAN_OK})+(?:点[{_CN_DIGITS}]+)?)
    )
    (?P<inner>[余多几](?=[^\W\d_]))?
    (?P<mult>万亿|千亿|百亿|千万|百万|亿|万|{_QIAN_OK}|百(?!分))?
    """,
    re.VERBOSE,
)

_SIGNED_TEMP_RE = re.compile(
    r"(?<![0-9０-９A-Za-z])(?P<sign>[-－−])(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)[ ]?(?P<unit>℃|°C|°F|摄氏度)"
)
_FRACTION_RE = re.compile(
    rf"(?P<den>[0-9０-９]+|[{_CN_DIGITS}十]+)分之(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?|[{_CN_DIGITS}十]+)"
)
_DOUBLING_RE = re.compile(r"翻了?(?P<n>[一二两三四五])番")
_MEDALS_RE = re.compile(
    rf"(?<![统唯第万之])(?P<n>[0-9０-９]{{1,3}}|[{_CN_DIGITS}十]{{1,3}})(?P<m>金|银|铜)"
    rf"(?=[、，]?[0-9０-９{_CN_DIGITS}十]{{1,3}}[银铜]|牌)"
)
#: 再添一金, 夺得一银: one medal won
_MEDAL_WON_RE = re.compile(r"(?<=[夺获摘添得揽])(?P<n>一|两|[0-9０-９]{1,2})(?P<m>金|银|铜)(?![属融额价条卡矿币])")
_MEDALS_TAIL_RE = re.compile(
    rf"(?:(?<=[金银])|(?<=[金银][、，]))(?P<n>[0-9０-９]{{1,3}}|[{_CN_DIGITS}十]{{1,3}})(?P<m>银|铜)"
)
#: 数百万人, 几百名, 上千项, 数十个: a magnitude without a digit; the value is the magnitude
_VAGUE_RE = re.compile(
    r"(?<![无好马早晚路桌身面以之向往线网会台世山天手地街车楼岸海江湖千])"
    r"(?P<q>数|數|几|幾|上)(?P<base>十万|百万|千万|百亿|千亿|万亿|十|百|千|万|亿)(?P<inner>余|多)?"
)
#: 突破亿元, 突破百万门: a round magnitude passed
#: 营收均过百亿元, 逼近百亿元 too (not 通过百度, 经过千兆光网: 过 closing a verb, and names)
_PASSED_RE = re.compile(
    r"(?:突破|破|(?<![通经度穿错越跨走闯超看路])过|逼近)(?P<base>百万|千万|百亿|千亿|万亿|十万|百|千|万|亿)(?![度兆])"
)
#: 数以百万计的国际旅客, 数以千计民众: a magnitude counted in, the value is the magnitude
_COUNTED_IN_RE = re.compile(r"数以(?P<base>十万|百万|千万|万|千|百|十|亿)计")
#: 有５出大戏，４０出折子戏: plays counted with 出 (a verb everywhere else)
_PLAYS_RE = re.compile(r"(?P<n>[0-9０-９]{1,3}|[两二三四五六七八九十]{1,3})出(?=(?:大|好|新|折子|京|昆|地方)?[戏剧])")
#: 一个半月, 两年半: a span and a half
_AND_HALF_RE = re.compile(
    rf"(?P<q>不到|不足|将近|接近|近|大约|约|超过|逾)?"  # 不到一年半: the qualifier before the span is its own
    rf"(?<![{_CN_CHARS}第])(?P<n>[0-9０-９]{{1,3}}|[{_CN_DIGITS}十]{{1,3}})(?P<u>个半月|个半小时|个半钟头|年半|天半)(?![年天])"
)  # (not 一年半年都能租: a year or half a year)
#: 2米32, 16米84, 1米8, 一米七五: a length said in metres and then its fraction (2.32 m, 1.8 m)
#: as heights and field-event marks are printed; not 2米3个 (a count follows); two Chinese digits
#: only where the length ends (一米七五的个子; 三米五一行 is 3.5 m and one row)
_METRES_AND_RE = re.compile(
    rf"(?<![0-9０-９.．])(?P<a>[0-9０-９]{{1,2}})米(?P<b>[0-9０-９]{{1,2}})(?![0-9０-９.．%％])"
    rf"|(?<![{_CN_CHARS}第])(?P<ca>[一两二三四五六七八九])米"
    rf"(?P<cb>[一二三四五六七八九](?:[一二三四五六七八九](?=[^\u4e00-\u9fff]|的|$))?)(?![十百千万亿])"
)
#: 不足一百八十三日, 约五日, 连续3日: 日 counts days only where a qualifier or a verb of lasting says it is a span
_QUALIFIED_DAYS_RE = re.compile(
    rf"(?P<q>不足|不到|约|超过|逾|近|至少|长达|多达|连续|持续|历时|为期)(?P<n>[0-9０-９]{{1,4}}|[{_CN_DIGITS}十百千]{{1,6}})日(?![期子常报])"
)
#: 难度翻番, 精度提高一倍: a doubling said without a number of times
_BARE_DOUBLING_RE = re.compile(
    r"(?<![一二两三四五了])翻番|(?<=提高|增长|增加|扩大|多出|高出|提升)一倍|(?<=提高了|增长了|增加了|扩大了)一倍"
)
#: Points of a statement, counted: 提出五点建议, 發佈五點提醒 (not 下午3点, a time of day; not 一点, "a little").
_POINTS_OF_RE = re.compile(
    r"(?<![0-9０-９一二三四五六七八九十两])(?P<n>[二两三四五六七八九十]|[二三四五六七八九]?十[一二三四五六七八九]?)[点點]"
    r"(?=建议|建議|意见|意見|要求|提醒|希望|主张|主張|共识|共識|看法|体会|體會|倡议|倡議|措施|举措|舉措|声明|聲明)"
)
_HALF_RE = re.compile(  # not 2023年半年度报告, 半年报, 公司半年实现营业收入: the first half, a period
    r"(?<![上下前后多])半(?P<unit>个多?月|个小时|个世纪|年(?!度|报|营业|营收|实现|业绩|净利|利润|财报)|天|小时)"
)
#: 十来岁, 二十来个, 百来人: 来 after a round number says "about"
_ROUND_ABOUT_RE = re.compile(
    rf"(?<![{_CN_CHARS}0-9０-９第])(?P<n>[一二三四五六七八九]?十|[一二两三四五六七八九]?百|[1-9１-９][0-9０-９]*[0０])来"
)
#: 年近五十, 年过八旬, 年逾七十: an age said of a person without 岁 (旬: ten years of age);
#: not 今年近五十家企业, a year and a count
_AGE_OF_LIFE_RE = re.compile(
    r"(?<![今去明当同每全该本上近往半多])年(?P<q>近|过|逾|届|已过|已近)"
    r"(?P<n>[二三四五六七八九]十(?:[一二三四五六七八九])?|[二三四五六七八九]旬|百)"
    r"(?:岁|歲|(?![万亿千百家个名位项座所次倍条件辆台种户%％]))"
)
#: 已有10届毕业生, 成功举办3届: 届 counted after a verb that has or holds them (not 十六届人大, a session)
_SESSIONS_HELD_RE = re.compile(
    r"(?<=[有办行续共计历])(?P<n>[0-9０-９]{1,3}|[两三四五六七八九十]{1,3})(?P<u>届)(?![一-龥]{0,3}[会大])"
)
#: 營收增一成七, 徵收一成至一成半關稅: a lone 一成 with its next place, or after a change or a cut, is
#: a tenth (not 一成不变)
_ONE_TENTH_RE = re.compile(r"一成(?:[一二三四五六七八九半]|至)|(?<=[增减升降跌涨收])一成(?![不为功立员本])")
#: 参加过两届奥运会: the Games one took part in, counted (not 十届全国人大, an ordinal)
_TOOK_PART_RE = re.compile(
    r"(?<=参加过|参加了|出战过|征战过|参与过|亮相过)(?P<n>[0-9０-９]{1,2}|[两三四五六七八九十]{1,3})(?P<u>届)"
    r"(?!全国|人大|政协|党代|中央|代表|[一二三四五六七八九十]+(?:次|中)|[省市县区]委)"  # 十届全国人大: which one
)
#: 2024年、2026年、2028年3届: a list of years closed by the count of them
_YEARS_COUNTED_RE = re.compile(
    r"(?:[0-9０-９]{4}年[、和及与]){1,}[0-9０-９]{4}年(?P<n>[0-9０-９]{1,2}|[两三四五六七八九十])(?P<u>届|次|轮|场)"
)
#: 只跑一个窗口, 只有一个车间在生产: a lone one said to be only one is a count (not 一个 as "a");
#: 仅一天前 dates, like 三年前; not 不仅仅是一座变电站 ("not merely a"), 只有把每一件事做好, 一个个项目
_ONLY_ONE_RE = re.compile(
    r"(?<!不)(?:只有|仅有|只剩|仅剩|只|仅|僅)(?![见見可是能怕管好顾此])(?:[^\W\d_是每个]{0,2}?)(?P<n>一)"
    r"(?P<u>个|名|位|家|项|次|所|座|间|台|辆|条|种|件|张|份|人|节|场|批|天|年|周|滴)(?![前后])(?!(?P=u))"
)
_ONE_SPAN_RE = re.compile(
    # 一个多月吸引观众逾40万人次, 一年多来, 颠儿了一个多小时: more than one is never "a", whatever follows
    r"(?<![有这那每同某第哪另逐统唯之单去比〇零一二三四五六七八九])(?<![^续續连連留]任)一(?P<more>个多月|年多|个多小时|个多钟头|个多星期|个多礼拜|周多)(?!前)"  # not 一年比一年多
    r"|(?<![有这那每同某第哪另逐统唯之单去比上〇零一二三四五六七八九])(?<![^续續连連留]任)(?<![^提]前)(?<!^前)"
    # (前一年: a date; 新的一年, 过去的一年, 至关重要的一年: a year named, not a span measured, as markers of
    # every set read it; 接下来的一周内, 同吃同住的一个月 stay spans)
    r"(?:(?<!的)一(?P<unit>年)|一(?P<unit1>个月|周|个星期))(?=[来多内间后中里，。、；的]|以来|$)"
    r"|(?<=[了过])一(?P<unit2>天|夜|年|个月|周)"  # 下了一天雨, 熬了一夜: a verb's span (not 有一天, 一天，我…)
)
#: 六成六: a digit after 成 is the next place (66 %), where the number ends there
_TENTHS_DIGIT_RE = re.compile(r"[一二三四五六七八九](?=$|[^\u4e00-\u9fff]|[的以左多之])")
_APPROX_TIMES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_BARE_ROUND_TIMES = {**_APPROX_TIMES, "百万": 10**6, "千万": 10**7}  # 沿海百万亩滩涂
_HALF_OF_RE = re.compile(r"(?<![另])一半")
#: 一年零三个月, 2年3个月: years and months of one span (not 2023年3月, a date)
_YEARS_MONTHS_RE = re.compile(
    rf"(?<![0-9０-９{_CN_CHARS}今去明前后当同每第])(?P<y>[0-9０-９]{{1,2}}|[{_CN_DIGITS}十]{{1,3}})年零?"
    rf"(?P<m>[0-9０-９]{{1,2}}|[{_CN_DIGITS}十]{{1,2}})个月"
)
_APPROX_RE = re.compile(
    rf"(?<![{_CN_CHARS}])(?:(?P<dec>[二三四五六七八九])?(?P<ten>十))?(?P<a>[一两二三四五六七八九])(?P<b>[两二三四五六七八九])"
    r"(?P<tens>十|百|千|万)?"
    r"(?P<unit>个小时|个钟头|个月|个星期|个礼拜|个|名|人|家|天|年|次|辆|位|件|只|条|所|座|种|项|场|斤|公斤|本|张|户|台|头|遍|回|岁"
    r"|份|元|亩|米|吨|摄氏度|度)"
)
#: The measure words (one character each) of counts listed together, where a lone 一 counts too.
_LISTED_COUNTS = "个名位家项件座辆台所部条张块套本支间处"
#: 一部手机、两台电脑、几块大屏: a lone 一 that opens a list of counts is one of them (not "a")
_ONE_IN_A_LIST_RE = re.compile(
    rf"(?<![{_CN_CHARS}0-9０-９第每其任某同这那哪唯统单])(?P<n>一)(?P<u>[{_LISTED_COUNTS}])"
    rf"(?P<noun>[^、，。；：！？\s{_CN_CHARS}]{{1,8}})、(?=[两二三四五六七八九十几][{_LISTED_COUNTS}]|[0-9０-９]+[{_LISTED_COUNTS}])"
)
#: 3名老师和一个班级的学生: a lone 一 joined to a count before it is a count too (not in
#: 一辆搭乘了30个人的中巴车与一辆卡车, where the count is inside a description)
_ONE_AFTER_A_COUNT_RE = re.compile(
    rf"(?:[0-9０-９]+|[两三四五六七八九十]+)[{_LISTED_COUNTS}]"
    rf"[^、，。；：！？\s{_CN_CHARS}和与及的]{{1,8}}[和与及、](?P<n>一)(?P<u>[{_LISTED_COUNTS}])(?![{_LISTED_COUNTS}])"
)
#: 包括一名中国公民和一名英国公民, 明确一名班子成员、一名业务骨干: lone ones joined to each other
#: are counted, each of them (one of this and one of that, not "a")
_ONE_AND_ONE_RE = re.compile(
    rf"(?<![{_CN_CHARS}0-9０-９第每其任某同这那哪唯统单是])一(?P<u>[名位家辆台座所部张])(?!(?P=u))"  # not 一个个
    rf"[^、，。；：！？\s{_CN_CHARS}]{{1,10}}?(?:[和与及、]|，另有)(?P<n2>一)(?P=u)(?!(?P=u))"
)
#: 有一儿一女, 两子一女: children counted, sons and daughters
_SONS_DAUGHTERS_RE = re.compile(rf"(?<![{_CN_CHARS}])(?P<a>[一两三四五])(?P<u>儿|子)(?P<b>[一两三四五])女(?![士婿装])")
#: 一死两伤: a lone 一 counts the dead only beside the hurt (父亲一死 is "as soon as he died")
_HURT_TOO_RE = re.compile(rf"[0-9０-９{_CN_DIGITS}十百]{{1,5}}伤")
#: 事故致十九死, 3死5伤: the dead and hurt of a disaster, counted without a measure word (not 九死一生)
_DEAD_HURT_RE = re.compile(
    rf"(?<![{_CN_CHARS}0-9０-９])(?P<n>[0-9０-９]{{1,4}}|[{_CN_DIGITS}十百]{{1,5}})(?P<u>死|伤)"
    rf"(?=(?:{_HURT_TOO_RE.pattern})|[，。、；！？\s)）]|$)"
)
#: 82.82分、84.41分: points to the hundredth are a score (a time says 分钟)
_HUNDREDTHS_SCORE_RE = re.compile(
    r"(?<![0-9０-９.．])(?P<n>[0-9０-９]{1,3}[.．][0-9０-９]{2})分(?![钟之别局队行成配析享类区期级])"
)
#: 万亩田园, 亩产千斤, 万名路跑爱好者, 沿海百万亩滩涂: a round magnitude said without a digit, before a measure
#: that no idiom takes (not 千斤顶, 千斤重担, 万吨轮, 万吨级, 千万吨局 which are kinds; not 百万吨死亡率, a rate's base)
_BARE_ROUND_RE = re.compile(
    rf"(?<![{_CN_CHARS}0-9０-９数几上近约超逾每])(?P<m>百万|千万|百|千|万)(?P<u>亩|名|斤|吨)(?![顶重担级轮位船井局]|巨轮|死亡)"
)
#: 一斤两斤, 一天两天: one or two, the measure said twice (not 一步、两步, steps counted aloud)
_ONE_OR_TWO_RE = re.compile(rf"(?<![{_CN_CHARS}第])一(?P<u>斤|公斤|个|天|年|次|件|本|张|块|瓶|杯|碗|袋|盒)两(?P=u)")
_CLOCK_RE = re.compile(
    r"(?P<h>[0-9０-９]{1,3})(?:个)?小时(?P<m>[0-9０-９]{1,2})分钟?(?:(?P<hs>[0-9０-９]{1,2})秒)?"
    r"|(?P<m2>[0-9０-９]{1,3})分(?P<s>[0-9０-９]{1,2})秒(?P<cs>[0-9０-９]{2}(?![0-9０-９]))?"
    r"|(?<![0-9０-９分])(?P<s2>[0-9０-９]{1,2})秒(?P<cs2>[0-9０-９]{2})(?![0-9０-９])"
)
#: A sports event named by its distance: ４００米个人混合泳, ３米跳板, 110米栏 (not a measurement)
_EVENT_AFTER_RE = re.compile(
    r"(?:个人)?(?:自由泳|蛙泳|仰泳|蝶泳|混合泳|跳板|跳台|栏|跑(?!步)|接力|竞走|速滑|步枪|手枪|移动靶"
    r"|(?:决赛|比赛|项目)?(?:金牌|银牌|铜牌|冠军|亚军|季军|成绩|纪录|决赛|预赛|半决赛)"
    r"|[台板](?![阶上下面前后])"  # 十米台, 三米板: diving from a platform, a springboard
    r")"
)
#: What an anniversary can name when the noun follows it directly: the event held for it
#: (纪念…胜利70周年文艺晚会《胜利与和平》, 歌舞团成立20周年庆典, 授予关衔20周年大会)
_CELEBRATION_RE = re.compile(r"(?:文艺|纪念|庆祝)?(?:晚会|庆典|大会|招待会|座谈会|音乐会|演出|活动|特展|展览|主题展)")
#: 男子100米, 女子十米台, 男、女100米, 双人三米板: a distance after the category of the
#: competitors names an event (the sportsmen's 100 m race), not a length measured
_EVENT_BEFORE_RE = re.compile(r"(?:男子|女子|男、女|男女|混合|混双|双人|单人)$")
#: Points as a number before 分, not minutes (分钟), a fraction (分之), a branch (分行, 分店) or cents (分钱).
_POINTS = (
    r"(?P<n>[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})?)分(?!钟|之|别|局|队|行|成|配|析|享|类|区|期|级|钱|公司|店|院|校)"
)
#: Points scored or lost: 落后５分, 连丢14分, 只够打３分, 以３１３．５０分 (not minutes: those are 分钟 or a time of day)
_POINTS_RE = re.compile(
    r"(?:(?:得|丢|落后|领先|净胜|以|拿下|赢|输|高出|取得|获得|仅差|总分|打|积"
    r"|得到|得分|贡献|砍下|砍得|独得|攻下|拿到|斩获|轰下)了?)" + _POINTS  # 分别得到56.720分, 场均得分8.8分, 贡献了16分
)
#: Points right after points, joined by 和 or 、: the next side's (得到56.720分和55.790分).
_MORE_POINTS_RE = re.compile(r"(?:和|、|与)" + _POINTS)
#: What a 级 before it makes a grade or a class, not a level measured: 5级机, 3级医院, 4级公务员.
_GRADE_AFTER = r"[0-9０-９A-Za-z]|机|码头|船|泊位|公路|医院|学校|景区|文物|保护|公务员|职称|台阶"
_WIND_RE = re.compile(
    r"(?<![0-9０-９A-Za-z.．·第])(?<!第[0-9０-９][~～至到\-—])(?<!第[0-9０-９]{2}[~～至到\-—])(?P<n>[0-9０-９]{1,2}(?:[.．·][0-9０-９])?)(?:[~～至到\-—](?P<n2>[0-9０-９]{1,2}))?级(?P<suf>以上|以下|左右)?"
    rf"(?!{_GRADE_AFTER})"
)
#: 里氏六点二级, 四级以上余震, 五级左右: a level in Chinese numerals, with a decimal or a bound
#: (a bare 三级 is a grade or a tier: 三级医院, 省市县三级)
_CN_LEVEL_RE = re.compile(
    rf"(?<![{_CN_CHARS}第])(?P<n>[{_CN_DIGITS}十]{{1,3}}(?:点(?P<dec>[{_CN_DIGITS}]{{1,2}}))?)级(?P<suf>以上|以下|左右)?"
    rf"(?!{_GRADE_AFTER}|医|甲|乙|资质|企业|单位|干部|岗位|公立|综合)"  # (and the tiers a bare 三级 names)
)
#: 豫、鲁、皖三省, 北京、上海、海南、深圳四地: a count that closes a list of names
#: and counts them (the number equals the items), whatever its measure word
_LIST_COUNT_RE = re.compile(
    r"(?P<n>[两二三四五六七八九十]|[0-9０-９]{1,2})"
    r"(?P<u>省|市|地|县|区|家|所|校|镇|村|乡|部|委|个|项|种|类|座|条|名|位|人|队|届)"
)
_LIST_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,8}")
#: 以1胜1平积4分, 3胜2负: a team's record, each result counted (at least two of 胜, 平, 负 together)
_RECORD_RE = re.compile(
    r"(?<![0-9０-９A-Za-z])(?P<w>[0-9０-９]{1,2})胜(?:(?P<d>[0-9０-９]{1,2})平)?(?:(?P<l>[0-9０-９]{1,2})负)?"
)
#: A ratio with a decimal on one side: a rate said as so much to one (泰铢对美元的比价为５０·３５∶１), no score or time.
_DECIMAL_RATIO_RE = re.compile(
    r"(?<![0-9０-９:：∶.．·])"
    r"(?P<a>[0-9０-９]{1,5}(?P<da>[.．·][0-9０-９]{1,4})?)[∶:：](?P<b>[0-9０-９]{1,5}(?P<db>[.．·][0-9０-９]{1,4})?)"
    r"(?![0-9０-９:：∶.．·])"
)
_SCALE_AFTER_RE = re.compile(r"的?(?:比例|比例尺|比率)")
_WON_AFTER_RE = re.compile(r"(?:战胜|击败|获胜|取胜|胜|负|战平|领先|落后|赢|输)")
#: (not the ends of a ratio with decimals: ５０·３５∶１, 1:5.3 are one rate, no two sides' points)
_SCORE_RE = re.compile(
    r"(?<![0-9０-９:：∶.．·])(?P<a>[0-9０-９]{1,3})[∶:：比](?P<b>[0-9０-９]{1,3})(?![0-9０-９:：∶]|[.．·][0-9０-９])"
)
_SLASH_FRACTION_RE = re.compile(
    r"(?<![0-9０-９/／.．])(?P<num>[1-9１-９])[/／](?P<den>[2-9２-９]|10|１０)(?![0-9０-９/／]|决赛|赛区)"
)  # 1/3, and 全县１／３的学校 as 1998's 人民日报 prints it
_NEG_PERCENT_RE = re.compile(r"(?<![0-9０-９A-Za-z.])[-－−](?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]")
#: (层 followed by 楼, 高, 住宅: storeys, 已建成的４栋２８层楼的住宅 counts buildings, no address)
_STOREYS = r"层(?!楼|高|住宅|大楼|建筑)"
_ADDRESS_AFTER_RE = re.compile(rf"[0-9０-９]+(?:单元|号|{_STOREYS}|楼|室|幢|栋)")
_ADDRESS_NAME_RE = re.compile(rf"(?<![0-9０-９])([0-9０-９]+(?:幢|栋|号楼))(?=[0-9０-９]+(?:单元|号|{_STOREYS}|室))")
_RANGE_SEP_RE = re.compile(r"(?:至|到|~|～|—{1,2}|－|-)$")
_RANGE_LOW_RE = re.compile(
    rf"(?P<low>(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[{_CN_DIGITS}十百千]+)(?:万亿|亿|万|千)?)(?P<unit>[^\s，。、；0-9０-９]{{0,4}}?)"
    rf"(?:至|到|~|～|—{{1,2}}|－|-)$"
)
_UP_VERBS = rf"增长|增加|提高|提升|上升|上涨|增收|增产|扩大|拓宽|攀升|跃升|增多|多出|高出|延长|翻了?|增|(?<={ON_A_BASE_RE}|按月)[升涨]"
_DOWN_VERBS = (
    rf"下降|减少|降低|回落|下跌|下滑|减收|减产|缩小|缩减|压减|压缩|缩短|便宜|减|(?<={ON_A_BASE_RE}|按月)[跌降]"
)
_UP_RE = re.compile(rf"(?:{_UP_VERBS})(?:了|达|到|为|约|近|超过?|逾|至)?$")
_DOWN_RE = re.compile(rf"(?:{_DOWN_VERBS})(?:了|达|到|为|约|近|超过?|逾|至)?$")
_CHANGE_ADVERBS = re.compile(rf"(?:{ON_A_BASE_RE}|比上年|较上年|比去年|较去年|分别|均|累计|年均|平均|共|又|再|已|)$")

#: the numerals of a share said in words (百分之卅二: 32 %), its low end and its high one alike
_PERCENT_NUMERALS = rf"(?:[{_CN_DIGITS}十百{_CN_TENS}]|{_QIAN_OK})+(?:点[{_CN_DIGITS}]+)?"
_PERCENT_WORDS_RE = re.compile(
    rf"百分之(?P<pct>{_PERCENT_NUMERALS}"
    rf"|[0-9０-９]+(?:[.．][0-9０-９]+)?)"
)

_UNIT_RE = re.compile(
    rf"(?P<unit>个百分点|百分点|[%％‰]|{_alt(UNITS)}|成)"
    rf"(?:/(?P<denom>{_alt(_DENOMS)}))?"
)
_SUFFIX_RE = re.compile(_alt(_SUFFIX_CANON))

_LABEL_SEP = re.compile(r"[，。；！？!?;：:\n…、（）()《》【】]|——")
#: 四周 is "all around" (环顾四周), but 战争爆发四周年 is an age of four years; （附图片１张）: the page's note that
#: a photo goes with the article, no figure of it (人民日报 1998); 五百亿级产业集群: a class of size, as 千亿级 is
_FIXED_RE = re.compile(
    rf"{_alt(_FIXED_PHRASES)}|四周(?!年)|[（(]附(?:图片|照片|图)[0-9０-９一二三四五六七八九十]{{1,2}}[张幅][）)]"
    r"|(?:[0-9０-９]+|[一二两三四五六七八九十百千]+)[万亿]级"
)
_QUOTES = " \t\u3000“”\"'‘’「」『』"

#: A Latin word before a figure in a Latin unit and another after it: the figure is in a product's name.
_LATIN_NAME_BEFORE_RE = re.compile(r"[A-Za-z]{2,} ?$")
_LATIN_AFTER_RE = re.compile(r" ?[A-Za-z]")
#: Measure words that count places: a list of names closed by one of them is the places counted.
_PLACE_COUNTS = frozenset("省 市 区 县 地 国 州 村 镇 乡 省份 省区 地市 市县".split())
#: What follows a train's number said with 次 (４０３次列车, Ｋ６次特快).
_TRAIN_AFTER = ("列车", "特快", "快车", "直快", "普快", "动车", "客车", "旅客列车")
#: The labels of counts of places, named by their measure word alone (11国 → 国家, 5县 → 县份).
_PLACES_COUNTED = frozenset(_REGIONS_COUNTED.values())
#: What opens a dateline (新华社南京１月２９日电), never a label.
_DATELINE_HEADS = ("新华社", "本报", "中新社", "新华网", "人民网")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．·", "0123456789..")


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def find_figures(paragraphs: list[str]) -> list[Figure]:
    """Every figure in ``paragraphs``, in text order.

    ``paragraph[f.start:f.end] == f.text`` holds for every returned figure
    ``f`` (with ``paragraph = paragraphs[f.paragraph]``).
    """
    from reader.hanzi import fold

    figures: list[Figure] = []
    addresses = {m.group(1) for p in paragraphs for m in _ADDRESS_NAME_RE.finditer(fold(p))}
    earlier: list[str] = []  # the article so far, to tell a count of new things from one pointing back
    for index, paragraph in enumerate(paragraphs):
        key = fold(paragraph)  # 三十五萬人 is read as 三十五万人, shown as printed
        key = _CIRCLE_ZERO_RE.sub("〇", key)  # 一萬二千○五十七元: ○ printed for the zero
        if paragraph and _HAS_NUMERAL_RE.search(key):
            found = _paragraph_figures(index, key, earlier)
            if key != paragraph:
                back = {k: t for k, t in zip(key, paragraph) if k != t}
                for f in found:
                    f.text = paragraph[f.start : f.end]
                    f.label = "".join(back.get(c, c) for c in f.label)
                    f.context = "".join(back.get(c, c) for c in f.context)
            figures.extend(f for f in found if f.text not in addresses)  # 28幢 named as an address elsewhere
        earlier.append(key)
    return figures


_HAS_NUMERAL_RE = re.compile(rf"[0-9０-９{_CN_CHARS}半番]")
_PERCENT_RANGE_TAIL_RE = re.compile(rf"(?:至|到|—|－|~|～)(?:百分之)?(?P<hi>{_PERCENT_NUMERALS})(?![{_CN_CHARS}])")
#: 1７元７角: the dimes after the yuan are part of the amount (17.7 元)
_JIAO_RE = re.compile(r"(?P<j>[0-9０-９]|[一二两三四五六七八九])角")
_CIRCLE_ZERO_RE = re.compile(
    r"(?<=[一二三四五六七八九十百千万亿〇])[○Ｏ](?=[一二三四五六七八九十〇○Ｏ])"
    r"|[○Ｏ](?=点[一二三四五六七八九〇○Ｏ])|(?<=点)[○Ｏ](?=[一二三四五六七八九〇○Ｏ])"  # 百分之○點○二五: 0.025 %
)


# --------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------


class _Span:
    __slots__ = ("start", "end", "value", "unit", "qualifier", "kind", "value_max", "mult")

    def __init__(
        self,
        start: int,
        end: int,
        value: int | float,
        unit: str,
        qualifier: str | None,
        kind: str = "",
        value_max: int | float | None = None,
        mult: int = 1,
    ) -> None:
        self.start, self.end = start, end
        self.value, self.unit, self.qualifier = value, unit, qualifier
        self.kind, self.value_max, self.mult = kind, value_max, mult


def _paragraph_figures(index: int, text: str, earlier: Sequence[str] = ()) -> list[Figure]:
    blocked = [(m.start(), m.end()) for m in _FIXED_RE.finditer(text)]
    spans: list[_Span] = []
    for m in _PERCENT_WORDS_RE.finditer(text):
        value = _parse_core(m.group("pct"))
        if value is not None:
            hi = _PERCENT_RANGE_TAIL_RE.match(text, m.end())
            top = _parse_core(hi.group("hi")) if hi else None
            if hi and _UNIT_RE.match(text, hi.end()):
                hi = None  # 減少百分之八十九至一百七十五宗: fell 89 % to 175 cases, no range of shares
            if hi and top is not None and top > value:  # 平均降幅百分之三十至四十: a range, 30 to 40 %
                spans.append(_Span(m.start(), hi.end(), _normalise(value), "%", None, "range", _normalise(top)))
            else:
                spans.append(_Span(m.start(), m.end(), _normalise(value), "%", None, "percent"))
    spans.extend(s for s in _special_spans(text) if not any(a <= s.start < b for a, b in blocked))
    pos = 0
    while True:
        number = _NUMBER_RE.search(text, pos)
        if number is None:
            break
        span = _read_figure(text, number, earlier)
        if span is not None and not any(a <= span.start < b or a < number.end() <= b for a, b in blocked):
            spans.append(span)
            pos = span.end
        else:
            pos = number.end()
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
    kept = [
        s
        for s in _merge_ranges(text, kept)
        if not _quoted_name(text, s)
        and not _in_title(text, s)
        and not _numbered_name(text, s)
        and not _everywhere(text, s)
        and not _exchange_base(text, s)
    ]
    seps = [m.start() for m in _CLAUSE_SEP.finditer(text)]
    label_seps = [(m.start(), m.end()) for m in _LABEL_SEP.finditer(text)]
    label_starts = [a for a, _ in label_seps]
    out: list[Figure] = []
    listed: str | None = None  # the change of a verb before its object, for the list it opens
    for k, s in enumerate(kept):
        change = _change(text, s.start, seps)
        growth = change is not None and _kind(s, "up") != "duration"
        before = _carrier(out, text) if growth else (out[-1] if out else None)
        if before is not None and _SENTENCE_SEP.search(text, before.end, s.start):
            before = None  # only a figure of the same sentence lends its label
        if before is not None and before.label in _PLACES_COUNTED:
            before = None  # 纵贯杭州6区3县（市），全长235公里: a count of places lends no label (县份全长)
        name = _label_for(
            text,
            kept,
            k,
            label_seps,
            label_starts,
            before.label if before is not None else "",
            before.unit if before is not None else "",
        )
        if change is None and out and out[-1].change and text[out[-1].end : s.start] in _LIST_JOINS:
            change = out[-1].change  # 分别下降12.3%、21.6%: the list goes on falling
        if change is None and listed and _next_object(text[out[-1].end : s.start]):
            change = listed  # 减少二氧化碳145吨、氮氧化物483吨: each object of 减少 fell
        elif change:
            clause = a_clause(seps, s.start)
            listed = _change_of_object(text[max(clause, s.start - 10) : s.start])
        else:
            listed = None
        reached = change is not None and _reached(text, s.start, seps) == change
        if reached and out and _from_value(text, out[-1].start, out[-1].end, s.start, seps):
            out[-1].change = None  # 由4位: the old level has no arrow
            out[-1].kind = _kind(kept[k - 1], None)
        if not s.kind and "/" not in s.unit and s.unit in MONEY_UNITS:
            per = _PER_RE.search(text, max(a_clause(seps, s.start), s.start - 14), s.start)
            if per:  # 每桶21.48美元, 每亩土地流转价格在700元以上: a price per unit
                s.unit = f"{s.unit}/{per.group(1)}"
        out.append(
            Figure(
                text=text[s.start : s.end],
                value=s.value,
                unit=s.unit,
                qualifier=s.qualifier,
                label=name,
                context=_context(text, s, seps),
                paragraph=index,
                start=s.start,
                end=s.end,
                kind=_kind(s, None if reached else change),  # 提高到27%: a level, not a change
                change=change,
                value_max=s.value_max,
                reached=reached,
            )
        )
    label_lists(text, out)
    label_score_sides(text, out)
    label_per_head(text, out)
    return out


def _rate(m: re.Match[str]) -> list[_Span]:
    """A ratio whose groups ``a`` and ``b`` are Arabic digits, read as one figure, a over b (５０·３５∶１ → 50.35,
    1∶100 → 0.01); nothing when b is 0."""
    a, b = _arabic(m.group("a")), _arabic(m.group("b"))
    return [_Span(m.start(), m.end(), _normalise(round(a / b, 6)), "", None, "rate")] if b else []


def _hits(rx: re.Pattern[str], text: str, *needles: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, skipped when none of the characters its matches need is in the text
    (a scan of a rare figure's pattern costs more than the test)."""
    return rx.finditer(text) if any(n in text for n in needles) else iter(())


def _special_spans(text: str) -> list[_Span]:
    """Figures the number grammar does not read: -3°C, 四分之三, 翻一番, 2金1银, 半年."""
    out: list[_Span] = []
    for m in _SIGNED_TEMP_RE.finditer(text):
        v = _parse_core(m.group("num"))
        if v is not None:
            unit = "℃" if m.group("unit") == "°C" else m.group("unit")
            out.append(_Span(m.start(), m.end(), -_normalise(v), unit, None, "temperature"))
    for m in _FRACTION_RE.finditer(text):
        if text.endswith(("百", "千"), 0, m.start("den") + 1) and m.group("den") in ("百", "千"):
            continue
        den, num = _parse_core(m.group("den")), _parse_core(m.group("num"))
        if den and num is not None and m.group("den") not in ("百",):
            if m.group("den") == "千":
                out.append(_Span(m.start(), m.end(), _normalise(num), "‰", None, "percent"))
            else:
                out.append(_Span(m.start(), m.end(), _normalise(num / den), "", None, "fraction"))
    for m in _DOUBLING_RE.finditer(text):
        n = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}[m.group("n")]
        out.append(_Span(m.start(), m.end(), 2**n, "倍", None, "multiple"))
    for rx in (_MEDALS_RE, _MEDALS_TAIL_RE):
        for m in rx.finditer(text):
            v = _parse_core(m.group("n"))
            if v is not None:
                out.append(_Span(m.start(), m.end(), _normalise(v), m.group("m"), None, "count"))
    for m in _MEDAL_WON_RE.finditer(text):
        v = _parse_core(m.group("n"))
        if v is not None:
            out.append(_Span(m.start(), m.end(), _normalise(v), m.group("m"), None, "count"))
    for rx in (_VAGUE_RE, _PASSED_RE):  # 数百万人, 上千项; 突破亿元: the magnitude is the value
        for m in rx.finditer(text):
            if _FIXED_RE.match(text, max(0, m.start() - 2)) or _FIXED_RE.match(text, m.start()):
                continue
            counted = _magnitude_unit(text, m.end())
            if counted is None and rx is _VAGUE_RE and _bare_magnitude(text, m):
                counted = ("", m.end())  # 数百万扶贫干部, 上万观众: a magnitude of 万 counts what follows
            if counted is None:
                continue
            unit, end = counted
            if unit in DURATION_UNITS and _ago(text, end):
                continue  # 數十年前是澳門少數…的街道: a time in the past, as 三年前 is
            base = _parse_core(m.group("base"))  # 十万 = 100000
            value = _normalise(base) if base is not None else 10
            if rx is _VAGUE_RE:
                out.append(_Span(m.start(), end, value, unit, m.group("q"), ""))
            else:
                out.append(_Span(m.start("base"), end, value, unit, None, ""))
    for m in _hits(_COUNTED_IN_RE, text, "数以"):  # 数以千计
        base = _parse_core(m.group("base"))
        if base is not None:
            out.append(_Span(m.start(), m.end(), _normalise(base), "", "数", "count"))
    for m in _hits(_PLAYS_RE, text, "出"):  # ５出大戏
        v = _parse_core(m.group("n"))
        if v is not None:
            out.append(_Span(m.start(), m.end(), _normalise(v), "出", None, "count"))
    for m in _AND_HALF_RE.finditer(text):
        v = _parse_core(m.group("n"))
        if v is not None:
            unit = {"个半月": "个月", "个半小时": "小时", "个半钟头": "小时", "年半": "年", "天半": "天"}[m.group("u")]
            start, q = m.start(), m.group("q")
            if q and len(q) == 1 and start > 0 and text[start - 1] in _PREFIX_BLOCKERS.get(q, ""):
                start, q = m.start("n"), None  # 签约一年半: 约 ends a word
            qualifier = _PREFIX_CANON[q] if q else None
            out.append(_Span(start, m.end(), _normalise(v) + 0.5, unit, qualifier, "duration"))
    out.extend(_metres_and(text))
    for m in _QUALIFIED_DAYS_RE.finditer(text):
        v = _parse_core(m.group("n"))
        if v is not None:
            q = m.group("q")
            start = m.start("n") if q in ("长达", "多达", "连续", "持续", "历时", "为期") else m.start()
            out.append(_Span(start, m.end(), _normalise(v), "日", _PREFIX_CANON.get(q), "duration"))
    for m in _BARE_DOUBLING_RE.finditer(text):
        out.append(
            _Span(
                m.start(),
                m.end(),
                2 if m.group() == "翻番" else 1,
                "倍",
                None,
                "multiple" if m.group() == "翻番" else "",
            )
        )
    for m in _HALF_RE.finditer(text):  # 半个多月: more than half a month
        if text.startswith("前", m.end()) and not text.endswith("提前", 0, m.start()):
            continue  # 半个多月前的暴雨, 半年前: a time in the past, like 三年前 (提前半个月 is a span)
        more = "多" in m.group("unit")
        out.append(
            _Span(m.start(), m.end(), 0.5, m.group("unit").replace("多", ""), "多" if more else None, "duration")
        )
    out.extend(_round_about(text))
    for m in _AGE_OF_LIFE_RE.finditer(text):  # 年近五十, 年过八旬
        age = _parse_core(m.group("n").replace("旬", "十"))
        if age is not None:
            q = "近" if "近" in m.group("q") else "逾"
            out.append(_Span(m.start(), m.end(), _normalise(age), "岁", q, "age"))  # the age is 年…
    for rx in (_YEARS_COUNTED_RE, _SESSIONS_HELD_RE, _TOOK_PART_RE):  # 2024年、2026年、2028年3届; 已有10届毕业生
        for m in rx.finditer(text):
            v = _parse_core(m.group("n"))
            if v is not None:
                out.append(_Span(m.start("n"), m.end(), _normalise(v), m.group("u"), None, "count"))
    for m in _ONLY_ONE_RE.finditer(text):  # 只跑一个窗口: one, and only one
        unit = m.group("u")
        nxt = text[m.end() : m.end() + 1]
        if not nxt or nxt not in _UNIT_BREAKERS.get(unit, ""):
            out.append(_Span(m.start("n"), m.end(), 1, unit, None, "duration" if unit in DURATION_UNITS else ""))
    for m in _POINTS_OF_RE.finditer(text):  # 五点建议: points of what was said, counted
        points = _parse_core(m.group("n"))
        if points is not None:
            out.append(_Span(m.start(), m.end(), _normalise(points), "点", None, "count"))
    for m in _ONE_SPAN_RE.finditer(text):  # 一年来, 一个多月后, 续任一年: a span of one
        unit = m.group("more") or m.group("unit") or m.group("unit1") or m.group("unit2")
        q = "多" if "多" in unit else None
        out.append(_Span(m.start(), m.end(), 1, unit.replace("多", ""), q, "duration"))
    for m in _HALF_OF_RE.finditer(text):
        out.append(_Span(m.start(), m.end(), 0.5, "", None, "fraction"))
    for m in _APPROX_RE.finditer(text):  # 两三天, 五六个人: a rough range
        a, b = _parse_core(m.group("a")), _parse_core(m.group("b"))
        if m.group("unit") == "年" and text.startswith((*_YEAR_NOT_SPAN, "前"), m.end()):
            continue  # 三四十年代: a decade, a date; 三四百年前, a time in the past
        if m.group("unit") == "年" and m.group("a") == "二" and not m.group("tens"):
            continue  # 自一七年起…二三年: 2023 said short (a count of two or three years says 两三年)
        if a is not None and b is not None and b == a + 1 and not _FIXED_RE.match(text, m.start()):
            # 十五六个: 15 to 16; 三十八九摄氏度: 38 to 39
            dec = _parse_core(m.group("dec")) if m.group("dec") else 1
            ten = 10 * int(dec or 1) if m.group("ten") else 0
            times = _APPROX_TIMES.get(m.group("tens"), 1)  # 二三十斤: 20 to 30; 每天能卖三四百份
            low, high = (_normalise(a) + ten) * times, (_normalise(b) + ten) * times  # 十七八万元: 170,000
            unit = {"个小时": "小时", "个钟头": "小时"}.get(m.group("unit"), m.group("unit"))  # 三四个小时: a span
            start = m.start()
            if unit in ("摄氏度", "度") and text.endswith("零下", 0, start):
                start, low, high = start - 2, -low, -high  # 零下四五十摄氏度: -40 to -50
            out.append(_Span(start, m.end(), low, unit, None, "range", high))
    for rx in (_ONE_IN_A_LIST_RE, _ONE_AFTER_A_COUNT_RE):  # 一部手机、两台电脑; 3名老师和一个班级
        for m in rx.finditer(text):
            out.append(_Span(m.start("n"), m.end("u"), 1, m.group("u"), None, "count"))
    for m in _ONE_OR_TWO_RE.finditer(text):
        out.append(_Span(m.start(), m.end(), 1, m.group("u"), None, "range", 2))
    for m in _CLOCK_RE.finditer(text):  # 2小时13分钟, 1分29秒: one span of time
        length: int | float
        if m.group("h"):
            length, unit = int(_arabic(m.group("h"))) * 60 + int(_arabic(m.group("m"))), "分钟"
            if m.group("hs"):  # 4小时40分50秒: a race time to the second, in seconds
                length, unit = length * 60 + int(_arabic(m.group("hs"))), "秒"
        elif m.group("m2"):
            length, unit = int(_arabic(m.group("m2"))) * 60 + int(_arabic(m.group("s"))), "秒"
            if m.group("cs"):  # ４分３６秒６６: hundredths of a second, as race times are printed
                length = _normalise(Decimal(length) + _arabic(m.group("cs")) / 100)
        else:
            length, unit = _normalise(_arabic(m.group("s2")) + _arabic(m.group("cs2")) / 100), "秒"
        out.append(_Span(m.start(), m.end(), length, unit, None, "duration"))
    for m in _YEARS_MONTHS_RE.finditer(text):  # 一年零三个月: one span, in years
        y, mo = _parse_core(m.group("y")), _parse_core(m.group("m"))
        if y is not None and mo is not None and 0 < mo < 12:
            out.append(_Span(m.start(), m.end(), _normalise(round(y + mo / 12, 4)), "年", None, "duration"))
    for m in _POINTS_RE.finditer(text):
        v = _parse_core(m.group("n"))
        if v is not None:
            out.append(_Span(m.start("n"), m.end(), _normalise(v), "分", None, "other"))
        next_side = _MORE_POINTS_RE.match(text, m.end())  # 分别得到56.720分和55.790分: the second side's points
        if v is not None and next_side and (w := _parse_core(next_side.group("n"))) is not None:
            out.append(_Span(next_side.start("n"), next_side.end(), _normalise(w), "分", None, "other"))
    for m in _DECIMAL_RATIO_RE.finditer(text):  # ５０·３５∶１, 1:5.3: a rate, one figure (a over b)
        a, b = _arabic(m.group("a")), _arabic(m.group("b"))
        if not b or not (m.group("da") or m.group("db")):
            continue  # (21∶16, 8:23: a score, a time)
        if text.endswith(("以", "比分", "比分为", "比分是"), 0, m.start()) or _WON_AFTER_RE.match(text, m.end()):
            if (a * 2) % 1 == 0 and (b * 2) % 1 == 0:  # 以总比分6.5∶5.5战胜: a chess match's score, one per side
                out.append(_Span(m.start("a"), m.end("a"), _normalise(a), "", None, "other"))
                out.append(_Span(m.start("b"), m.end("b"), _normalise(b), "", None, "other"))
            continue
        out.extend(_rate(m))
    for m in _SCORE_RE.finditer(text):  # 21∶16: a score is two figures, one per side
        sep = text[m.end("a")]
        if sep in ":：" and len(m.group("b")) == 2 and int(m.group("a").translate(_FULLWIDTH)) <= 24:
            continue  # 8:23, 17:00: a time of day
        if _SCALE_AFTER_RE.match(text, m.end()):  # 按1∶100比例做成的船模: a scale, one figure (a over b)
            out.extend(_rate(m))
            continue
        for g in ("a", "b"):
            v = _parse_core(m.group(g))
            if v is not None:
                out.append(_Span(m.start(g), m.end(g), _normalise(v), "", None, "other"))
    for m in _SLASH_FRACTION_RE.finditer(text):  # 1/3
        out.append(
            _Span(
                m.start(), m.end(), _normalise(_arabic(m.group("num")) / _arabic(m.group("den"))), "", None, "fraction"
            )
        )
    for m in _NEG_PERCENT_RE.finditer(text):  # -0.3%: a fall
        v = _parse_core(m.group("num"))
        if v is not None:
            out.append(_Span(m.start(), m.end(), -_normalise(v), "%", None, "change"))
    for m in _WIND_RE.finditer(text):  # 11级以上大风, 8~10级: a level on a scale
        v = _arabic(m.group("n"))
        v2 = _arabic(m.group("n2")) if m.group("n2") else None
        q = _SUFFIX_CANON.get(m.group("suf") or "")
        out.append(
            _Span(
                m.start(),
                m.end(),
                _normalise(v),
                "级",
                q,
                "range" if v2 is not None else "other",
                _normalise(v2) if v2 is not None else None,
            )
        )
    for m in _hits(_CN_LEVEL_RE, text, "级"):  # 里氏六点二级, 四级以上: a level, said in Chinese numerals
        v = _parse_core(m.group("n"))
        if v is not None and (m.group("dec") or m.group("suf")):
            q = _SUFFIX_CANON.get(m.group("suf") or "")
            out.append(_Span(m.start(), m.end(), _normalise(v), "级", q, "other"))
    out.extend(_list_counts(text) if "、" in text else ())
    out.extend(_ones_and_kin(text))
    for m in _hits(_RECORD_RE, text, "胜"):  # 以1胜1平积4分: wins, draws and losses
        results = [(g, u) for g, u in (("w", "胜"), ("d", "平"), ("l", "负")) if m.group(g)]
        if len(results) >= 2:
            for g, u in results:
                out.append(_Span(m.start(g), m.end(g) + 1, _normalise(_arabic(m.group(g))), u, None, "count"))
    for m in _hits(_DEAD_HURT_RE, text, "死", "伤"):  # 事故致十九死
        v = _parse_core(m.group("n"))
        if v is not None and v > 0 and (m.group("n") != "一" or _HURT_TOO_RE.match(text, m.end())):
            out.append(_Span(m.start(), m.end(), _normalise(v), m.group("u"), None, "count"))  # not 父亲一死
    for m in _hits(_HUNDREDTHS_SCORE_RE, text, "分"):  # 84.41分
        out.append(_Span(m.start(), m.end(), _normalise(_arabic(m.group("n"))), "分", None, "other"))
    for m in _hits(_BARE_ROUND_RE, text, "百", "千", "万"):  # 万亩田园
        out.append(_Span(m.start(), m.end(), _BARE_ROUND_TIMES[m.group("m")], m.group("u"), None, ""))
    return out


def _ones_and_kin(text: str) -> list[_Span]:
    """一名中国公民和一名英国公民: two lone ones joined, each a count; 一儿一女: children."""
    out: list[_Span] = []
    for m in _ONE_AND_ONE_RE.finditer(text) if text.count("一") > 1 else ():
        out.append(_Span(m.start(), m.start() + 2, 1, m.group("u"), None, "count"))
        out.append(_Span(m.start("n2"), m.end(), 1, m.group("u"), None, "count"))
    for m in _hits(_SONS_DAUGHTERS_RE, text, "女"):
        a, b = _parse_core(m.group("a")), _parse_core(m.group("b"))
        if a is not None and b is not None:
            out.append(_Span(m.start("a"), m.end("u"), _normalise(a), m.group("u"), None, "count"))
            out.append(_Span(m.start("b"), m.end(), _normalise(b), "女", None, "count"))
    return out


#: what ends the run of a list before its count (a clause's or a quotation's edge)
_LIST_EDGE_RE = re.compile(r"[，。；：！？（）()“”‘’《》「」\s,;:!?]")


def _list_counts(text: str) -> list[_Span]:
    """豫、鲁、皖三省, 上海、杭州两地: a count closing a list of names, when it counts them; a lone
    三省 stays a name (and 省、市、县三级 a tier: 级 is no measure word here)."""
    out: list[_Span] = []
    edges = [e.end() for e in _LIST_EDGE_RE.finditer(text)]
    for m in _LIST_COUNT_RE.finditer(text):
        glued = text[m.start() - 1] if m.start() else ""
        if not "\u4e00" <= glued <= "\u9fff" or glued in _CN_CHARS or glued == "第":
            continue  # the last name is glued to the count; not 二十三省, not 第三方
        i = bisect.bisect_right(edges, m.start())
        edge = edges[i - 1] if i else 0
        items = text[edge : m.start()].split("、")
        last = re.split(r"[和与及]", items[-1])
        if len(last) == 2:  # 北京、上海和深圳三地: the join before the last name
            items[-1:] = last
        if "、" not in text[edge : m.start()]:
            continue  # 改善和发展两国关系: a bare 和 joins words, not a list that is counted
        if len(items) < 2 or not all(_LIST_ITEM_RE.fullmatch(item) for item in items[1:]) or not items[0]:
            continue
        if _parse_core(m.group("n")) == len(items):
            out.append(_Span(m.start(), m.end(), len(items), m.group("u"), None, "count"))
    return out


def _metres_and(text: str) -> list[_Span]:
    """2米32, 1米8, 一米七五: metres and, after them, the fraction of a metre, one length
    (王振跳过2米24的横杆, 挑战2米32的高度: 2.32 m, not 2 m); not when the digits after 米
    begin a count of their own (宽2米3个: no such length)."""
    out: list[_Span] = []
    for m in _METRES_AND_RE.finditer(text):
        whole, frac = (m.group("a"), m.group("b")) if m.group("a") else (m.group("ca"), m.group("cb"))
        if _UNIT_RE.match(text, m.end()):
            continue
        parsed = [_parse_core(c) for c in whole + frac] if m.group("ca") else [_arabic(whole), _arabic(frac)]
        digits = [d for d in parsed if d is not None]
        if len(digits) != len(parsed):
            continue
        w, f = digits[0], digits[1]
        for d in digits[2:]:  # 一米七五: 75 cm
            f = f * 10 + d
        out.append(_Span(m.start(), m.end(), _normalise(w + f / Decimal(10) ** len(frac)), "米", None))
    return out


def _round_about(text: str) -> list[_Span]:
    """十来岁, 二十来个人, 300来米: a round number and 来, "about", before its unit."""
    out: list[_Span] = []
    for m in _ROUND_ABOUT_RE.finditer(text):
        counted = _magnitude_unit(text, m.end())  # the measure word, as after 数十 or 上百
        value = _parse_core(m.group("n"))
        if counted is None or value is None or counted[0] in ("个百分点", "百分点"):
            continue
        out.append(_Span(m.start(), counted[1], _normalise(value), counted[0], "约"))
    return out


def _quoted_name(text: str, s: _Span) -> bool:
    """“十件事”, “五个一”, ‘三本账’: numbered names in quotation marks are titles, not counts."""
    if s.start == 0 or text[s.start - 1] not in '“「"‘『':
        return False
    close = re.compile(r"[”」\"’』]").search(text, s.end, s.end + 5)
    return close is not None


def _in_title(text: str, s: _Span) -> bool:
    """《长安三万里》: a number inside book-title marks is part of the title (no marked set
    ever marks a figure there; 《金砖国家领导人第十六次会晤喀山宣言》 is a name)."""
    a = text.rfind("《", max(0, s.start - 40), s.start)
    if a < 0 or text.rfind("》", a, s.start) >= 0:
        return False
    close = text.find("》", s.end, s.end + 40)
    return close >= 0 and text.find("《", s.end, close) < 0


#: Characters that end a place name: 九户镇, 七门堰, 九台区, 三门峡.
_PLACE_SUFFIXES = frozenset("镇乡县区堰峡寨桥渠")
#: Measure words that do count places (三个镇, 两座桥, 五家乡镇): a numeral with them is a count.
_PLACE_COUNTERS = frozenset("个座处所家条道名次位")
_CN_NAME_RE = re.compile(rf"[{_CN_CHARS}]+\w")


def _numbered_name(text: str, s: _Span) -> bool:
    """A Chinese numeral and a measure word that are part of a name, not a count: one word
    of jieba's dictionary that is a place or an idiom (三门峡市, 三台村, 五花八门的答案), or a
    word jieba leaves before a lone place suffix (李兆木是九户镇左李村村民, 从七门堰引来的水:
    九户 counts no 镇; 三个镇, 两座桥 do count, see :data:`_PLACE_COUNTERS`)."""
    if not _CN_NAME_RE.fullmatch(text, s.start, s.end) or s.qualifier:
        return False
    from reader.analysis import _jieba

    a = max(0, s.start - 4)
    window = text[a : s.end + 4]
    tags = _jieba.posseg().dt.word_tag_tab
    pos = a
    for word in _jieba.get().lcut(window):
        end = pos + len(word)
        if pos <= s.start < end and end > s.end and tags.get(word) in ("ns", "i"):
            return True  # 三门|峡 inside 三门峡, 八门 inside 五花八门
        if pos == s.end:
            return word in _PLACE_SUFFIXES and s.unit[-1:] not in _PLACE_COUNTERS
        pos = end
    return False


#: 1美元约合3.67迪拉姆: one unit of a currency said to buy so much of another is the rate's base.
_EXCHANGED_RE = re.compile(r"(?:约合|约|合|兑换?|折合|相当于|可兑换?)")


def _exchange_base(text: str, s: _Span) -> bool:
    """The one of an exchange rate (``1美元约合3.67迪拉姆``, ``1美元兑7.2元人民币``; 人民日报 2023; ``５０００盾兑１美元``,
    1998): a base, no amount."""
    if s.value != 1 or s.unit not in MONEY_UNITS:
        return False
    return bool(_EXCHANGED_RE.match(text, s.end)) or text.endswith(("兑", "兑换"), 0, s.start)


def _everywhere(text: str, s: _Span) -> bool:
    """四处 before a verb is the adverb "everywhere", no count of places (大家就在婺源县里四处看看,
    四处奔波, 四处打听); 发现四处隐患 counts four (a noun follows)."""
    if text[s.start : s.end] != "四处":
        return False
    from reader.analysis import _jieba

    words = _jieba.get().lcut(text[s.end : s.end + 6])
    tag = _jieba.posseg().dt.word_tag_tab.get(words[0], "") if words else ""
    return tag.startswith("v") and tag != "vn"


def _bare_magnitude(text: str, m: re.Match[str]) -> bool:
    """数百万扶贫干部, 吸引上万观众: a magnitude of 万 or 亿 before a noun counts it without a
    measure word, as 61.84万老年人 does (not 数十年, a span, nor 上万 before a time word)."""
    base = m.group("base")
    nxt = text[m.end() : m.end() + 1]
    return ("万" in base or "亿" in base) and bool(nxt) and "\u4e00" <= nxt <= "\u9fff" and nxt not in _TIME_CHARS


def _magnitude_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The measure word after a bare magnitude (数百万|人, 突破亿|元), or ``None``:
    not a word it starts (几十|家庭), not a span of time (数十年来 is a period)."""
    u = _UNIT_RE.match(text, pos)
    if u is None:
        return None
    unit = u.group("unit")
    nxt = text[u.end()] if u.end() < len(text) else ""
    if (nxt and nxt in _UNIT_BREAKERS.get(unit[-1], "")) or unit in ("成", "%", "％", "大", "大类"):
        return None  # (数十年, 数百年来 are spans a reader counts: kept)
    return ("岁" if unit == "周岁" else unit), u.end()


def _merge_ranges(text: str, spans: list[_Span]) -> list[_Span]:
    """``3至5年``, ``10%—15%``, ``3~5万元``: one figure from the low to the high bound."""
    out: list[_Span] = []
    for s in spans:
        before = text[max(0, s.start - 16) : s.start]
        if not _RANGE_SEP_RE.search(before):
            out.append(s)
            continue
        prev = out[-1] if out else None
        gap = text[prev.end : s.start] if prev else ""
        if prev is not None and _RANGE_SEP_RE.fullmatch(gap) and (prev.unit == s.unit or not prev.unit):
            bare = not prev.unit and not any(c in "万亿" for c in text[prev.start : prev.end])
            low = prev.value * s.mult if bare else prev.value  # 3至5万元, not 3万至5万元
            out[-1] = _Span(prev.start, s.end, low, s.unit, prev.qualifier or s.qualifier, "range", s.value)
            continue
        m = _RANGE_LOW_RE.search(before)
        if m and (not m.group("unit") or s.unit.startswith(m.group("unit"))):
            core = m.group("low")
            mult = next((k for k in ("万亿", "亿", "万", "千") if core.endswith(k) and not core[: -len(k)] == ""), "")
            v = _parse_core(core[: len(core) - len(mult)] if mult else core)
            if v is not None:
                bound = v * _MULT[mult] if mult else v * s.mult
                start = s.start - len(before) + m.start()
                if not out or start >= out[-1].end:  # (not the tail of a figure already read: 百分之八十九至…宗)
                    out.append(_Span(start, s.end, _normalise(bound), s.unit, s.qualifier, "range", s.value))
                    continue
        out.append(s)
    return out


# a price per thing (每桶, 每亩); per span of time (每月还能挣3000多元) stays an amount
_PER_RE = re.compile(
    rf"每({_alt(tuple(d for d in _DENOMS if d not in ('年', '月', '天', '日', '小时', '次')) + ('桶', '间', '份', '盒', '瓶', '张'))})"
)


_LIST_JOINS = frozenset(("、", "和", "及", "与"))


def a_clause(seps: list[int], start: int) -> int:
    """Where the clause holding ``start`` begins."""
    i = bisect.bisect_left(seps, start)
    return seps[i - 1] + 1 if i > 0 else 0


def _change(text: str, start: int, seps: list[int]) -> str | None:
    """Up or down, when the clause says the figure is a rise or a fall (同比增长8.2%)."""
    i = bisect.bisect_left(seps, start)
    a = seps[i - 1] + 1 if i > 0 else 0
    before = text[max(a, start - 10) : start]
    before = _CHANGE_ADVERBS.sub("", before) if not _UP_RE.search(before) and not _DOWN_RE.search(before) else before
    if _UP_RE.search(before) or _UP_TO_RE.search(before):
        return "up"
    if _DOWN_RE.search(before) or _DOWN_TO_RE.search(before):
        return "down"
    return _change_of_object(before) or _change_by_comparison(before) or _reached(text, start, seps)


def _reached(text: str, start: int, seps: list[int]) -> str | None:
    """Up or down when a verb of change and 到/至 stand right before the figure: the
    figure is the level reached (将隐藏位数由4位提升至6位, 平均盐度降到2‰以下,
    将进馆人数从每日1.2万人上调至每日1.5万人), not the size of the change."""
    before = text[max(a_clause(seps, start), start - 10) : start]
    if _UP_REACHED_RE.search(before):
        return "up"
    if _DOWN_REACHED_RE.search(before):
        return "down"
    return None


#: 由4位, 从每日1.2万人, 由上年的5.2%: the level a change starts from
_FROM_RE = re.compile(r"(?:由|从)(?:每[日天年月周]|[^，。；、由从]{0,8}的)?$")


def _from_value(text: str, prev_start: int, prev_end: int, start: int, seps: list[int]) -> bool:
    """The figure before a reached level is the level the change started from when
    由/从 opens it in the same clause (由4位提升至6位, 年均生长量由0.72立方米提高到
    1立方米以上): the old level, not a change."""
    if a_clause(seps, prev_start) != a_clause(seps, start) or _SENTENCE_SEP.search(text, prev_end, start):
        return False
    return bool(_FROM_RE.search(text, max(a_clause(seps, prev_start), prev_start - 12), prev_start))


#: 升至, 涨到, 降至: a short verb of rising or falling, only with the bound it reaches
#: (每升5元 is a price per litre).
_UP_TO_VERBS = r"飙升|爬升|调高|上调|抬升|加快|回升"
_DOWN_TO_VERBS = r"减小|调低|下调|放缓"
_UP_TO_RE = re.compile(rf"(?:{_UP_TO_VERBS})(?:了|至|到)?$|(?:升|涨)(?:了|至|到)$")
_DOWN_TO_RE = re.compile(rf"(?:{_DOWN_TO_VERBS})(?:了|至|到)?$|降(?:了|至|到)$")
#: 提高到27%, 降至2‰以下, 上调至每日1.5万人: any verb of rising or falling above, then
#: 到, 至 or 为 — the figure is the level the change reached, not its size (not 达到:
#: no change; 将公交专用道的使用时间压缩为4小时, 核心概念从18个减为13个). ``每日`` may stand
#: between (从每日1.2万人上调至每日1.5万人).
_REACHED_TAIL = r"了?(?:到|至|为)(?:每[日天年月周]|约|近|超过?|逾)?$"
_UP_REACHED_RE = re.compile(rf"(?:{_UP_VERBS}|{_UP_TO_VERBS}|升|涨){_REACHED_TAIL}")
_DOWN_REACHED_RE = re.compile(rf"(?:{_DOWN_VERBS}|{_DOWN_TO_VERBS}|降){_REACHED_TAIL}")
#: 新增耕地7000余亩, 增加停车位120余个, 降低能耗15%以上: a verb of more or less, its
#: object, then the figure.
_OBJECT_CHANGE_RE = re.compile(
    r"(?P<verb>新增|增加|增设|增发|增添|减少|降低|节约|节省|削减|压减)"
    r"[\u4e00-\u9fff]{1,6}?(?:近|约|超过?|逾)?$"
)
_NOT_IN_OBJECT = frozenset("的了是为达有和与及在到至从")


def _change_of_object(before: str) -> str | None:
    """``新增耕地7000余亩``, ``增设排水管道1000余米``, ``可降低能耗15%以上``: the verb says the
    figure is how much its object rose or fell, though the object stands between them."""
    m = _OBJECT_CHANGE_RE.search(before)
    if m is None or any(c in _NOT_IN_OBJECT for c in before[m.end("verb") :]):
        return None
    return "down" if m.group("verb") in ("减少", "降低", "节约", "节省", "削减", "压减") else "up"


#: 、氮氧化物 between two figures: the next object of the same verb.
_NEXT_OBJECT_RE = re.compile(r"、[\u4e00-\u9fff]{1,6}(?:近|约|超过?|逾)?")


def _next_object(between: str) -> bool:
    """``、氮氧化物`` between 减少二氧化碳145吨 and 483吨: another object of the verb before the list."""
    return bool(_NEXT_OBJECT_RE.fullmatch(between)) and not any(c in _NOT_IN_OBJECT for c in between)


_COMPARISON_RE = re.compile(
    r"(?<!占)(?:比|较)(?P<base>[\u4e00-\u9fff\d]{1,8}?)(?<![最至])(?P<way>高|低|多|少)(?:了|出)?$|偏(?P<off>高|低)$"
)
#: A base of comparison that is an earlier time or the usual level, so the gap is a rise or a fall:
#: 比上年末, 比年初, 比常年同期, 较2019年.
_TIME_BASE_RE = re.compile(r"[年月日周期季初末前去往常]|以往|过去|此前|原来|平时")


def _change_by_comparison(before: str) -> str | None:
    """``增速比上年末高1.6个百分点``, ``水位偏低0.53米``: higher or lower than what it is compared
    with (not 占比最多40%, a share at most). Only against an earlier time or the usual level: a gap
    to another party is no rise (人民日报 2023: 整场比赛吴易昺打出49个制胜分，比对手多了11个)."""
    m = _COMPARISON_RE.search(before)
    if m is None:
        return None
    if m.group("base") and not _TIME_BASE_RE.search(m.group("base")):
        return None
    return "up" if (m.group("way") or m.group("off")) in ("高", "多") else "down"


def _kind(s: _Span, change: str | None) -> str:
    if s.kind:
        return s.kind
    u = s.unit
    if change and (u in ("%", "百分点", "倍") or not u.endswith("至")):
        if u in ("%", "百分点", "倍"):
            return "change"
    if u in ("%", "百分点", "‰"):
        return "percent"
    if u == "倍":
        return "multiple"
    if u in ("岁", "周年"):
        return "age"  # 派遣60周年: how long since, as markers read it
    if u in DURATION_UNITS:
        return "duration"
    if u in TEMPERATURE_UNITS:
        return "temperature"
    if "/" in u:
        return "rate"
    if u in MONEY_UNITS or u in MEASURE_UNITS or u.removesuffix("级") in MEASURE_UNITS:
        return "amount"
    return "count" if u else "other"


_ORDINAL_LIST_RE = re.compile(rf"第(?:[0-9０-９]+|[{_CN_CHARS}]+)、$")


def _read_figure(text: str, m: re.Match[str], earlier: Sequence[str] = ()) -> _Span | None:
    """Turn one number match into a figure span, or ``None``. ``earlier`` holds the article's
    paragraphs before this one."""
    start = m.start()
    prefix = m.group("prefix")
    if prefix and len(prefix) == 1 and start > 0 and (text[start - 1] in _PREFIX_BLOCKERS.get(prefix, "")):
        start += 1  # 签约3家: 约 ends a word, it is no qualifier
        prefix = None
    qualifier = _PREFIX_CANON[prefix] if prefix else None
    if not prefix and start > 0 and text[start - 1] in "这那哪该此" and not _RECENT_YEARS_RE.match(text, start):
        return None  # 这两个文件: pointing back at what was named, not counting (这两年 is a span)
    if _ORDINAL_LIST_RE.search(text, max(0, start - 6), start):
        return None  # 第二、三名: the ordinal goes on
    if not prefix and text.endswith(("平均", "每"), 0, start) and m.group("ar") in ("1", "１"):
        return None  # 平均1小时就有70辆: the per-unit of a rate
    if not prefix and start > 0 and text[start - 1] == "元" and m.group("ar") in ("1", "１"):
        return None  # 5元1个: the unit of a price
    inner = m.group("inner")
    mult = m.group("mult")
    cn = m.group("cn")
    end = m.end()
    if start > 0 and text[start - 1] in "/／" and not mult:
        return None  # 50毫克/100克, 9000美元/40英尺: the base of a rate (54万千瓦/105万千瓦时 is a second amount)
    if inner == "几" and not (cn or m.group("ar") or "").endswith(("十", "0", "０")):
        return None  # 十几辆, 二十几人 are rough counts; 三几 is not a number

    if cn is not None:
        # The run already holds its 万/亿; a MULT only follows 余/多 (十余万).
        tenths_of_one = cn == "一" and _ONE_TENTH_RE.match(text, m.start("cn"))
        if not tenths_of_one and not _valid_cn(cn, has_prefix=bool(prefix), has_inner=bool(inner)):
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
        if not inner and end < len(text) and text[end] in "余多" and (_UNIT_RE.match(text, end + 1)):
            inner = text[end]  # 10万余人, 1万多名
            end += 1

    unit = None
    u = _UNIT_RE.match(text, end)
    if u is not None:
        unit = u.group("unit")
        nxt = text[u.end()] if u.end() < len(text) else ""
        if unit.isascii() and unit.isalpha() and nxt.isascii() and nxt.isalpha():
            unit = None  # 7.5MWp is no MW
        elif (
            unit.isascii()
            and _LATIN_NAME_BEFORE_RE.search(text[max(0, start - 12) : start])
            and _LATIN_AFTER_RE.match(text, u.end())
        ):
            return None  # Voigtlander Septon 40mm F2 Aspherical: a lens's name, not a length
        elif (
            not u.group("denom")
            and nxt
            and nxt in _UNIT_BREAKERS.get(unit[-1], "")
            and not text.startswith(_UNIT_KEPT.get(unit, ()), u.end())  # 89家居家养老服务中心, 32.8万支出口到
        ):
            unit = None  # 台湾, 对接, 家庭, 成为, 两位数 ...
        elif cn in ("零", "〇") and unit not in TEMPERATURE_UNITS and unit != "度":
            return None  # 自行车零件, 零距离: zero counts nothing (零摄氏度 is a temperature)
        elif unit == "个" and text.startswith(_PERIOD_AFTER_GE, u.end()):
            word = next(w for w in sorted(_PERIOD_AFTER_GE, key=len, reverse=True) if text.startswith(w, u.end()))
            if word.startswith("多"):
                inner, word = "多", word[1:]  # 3个多月
            unit = "个" + word
            if text.endswith("前", 0, start) and not text.endswith("提前", 0, start):
                return None  # 今年前两个月: a period of the calendar, not a span measured
            duration_end = u.end() + len(word) + (1 if inner == "多" and text[u.end()] == "多" else 0)
            if _ago(text, duration_end):
                return None  # 两个月前，丁立人首次捧起…: a time in the past, as 三年前 is
            return _Span(start, duration_end, _normalise(value), unit, qualifier or inner, "duration")
        elif unit == "年" and (
            (cn is None and len(m.group("ar")) >= 4 and not mult)
            or text.startswith(_YEAR_NOT_SPAN, u.end())
            or (num_start > 0 and text[num_start - 1] in "—-－~～" and cn is None)
        ):
            return None  # 2024年, 三年级, 五年规划: a date or a name, not a span
        elif unit in DURATION_UNITS and _ago(text, u.end()):
            return None  # 三年前, 40多年前: a time in the past, a date, not a span measured
        elif unit in TEMPERATURE_UNITS and text.endswith("零下", 0, num_start):
            start, value = num_start - 2, -value  # 零下5℃
        elif nxt == "级" and unit in MEASURE_UNITS:
            unit += "级"  # 30万吨级码头, 100万千瓦级机组: a size class, measured
        elif nxt == "级":
            return None  # 三级, 5A级: a grade
        elif unit in ("幢", "栋", "号", "单元", "层") and _ADDRESS_AFTER_RE.match(text, u.end()):
            return None  # 28幢2单元: an address, not a count
        elif unit in ("米", "公里") and (
            _EVENT_AFTER_RE.match(text, u.end()) or _EVENT_BEFORE_RE.search(text, max(0, start - 4), start)
        ):
            return None  # ４００米个人混合泳, ３米跳板, 女子十米台, 男子100米决赛: the event's name
        elif unit == "周年" and _CELEBRATION_RE.match(text, u.end()):
            return None  # 胜利70周年文艺晚会, 成立20周年庆典: the name of the celebration, not an age
        elif unit == "名" and text.endswith("前", 0, start) and not text.endswith("提前", 0, start):
            return None  # 前八名: a rank
        elif unit == "次" and text.startswith(("全会", "全体会议"), u.end()):
            return None  # 十二届上海市委三次全会: the third plenary session, an ordinal
        elif unit == "局" and (
            text.startswith("集团", u.end()) or text.endswith(("中铁", "中建", "中交", "中冶"), 0, start)
        ):
            return None  # 中铁十一局: a company's name
        elif (
            unit == "所"
            and num_start > 1
            and text[num_start - 1] in "院局部厂"
            and (text[num_start - 2] in _CN_CHARS or text[num_start - 2].isdigit())
        ):
            return None  # 航天科工二院二十五所: an institute's name
        elif unit == "则" and cn is not None and (num_start == 0 or text[num_start - 1] in "；;，,。：:"):
            return None  # 一则…；二则…；三则对学校而言: a list marker opening its clause (发布两则公告 counts)
        elif unit == "阶段" and cn is None:
            return None  # 迈入…的2.0阶段: a version's name (分兩階段 counts stages)
        elif (
            unit == "次"
            and cn is None
            and value >= 10
            and text.startswith(_TRAIN_AFTER, u.end())
            and not text.endswith(("开行", "增开", "加开", "开出", "发出"), 0, num_start)
        ):
            return None  # 从合肥乘４０３次列车去广州: a train's number, no count of times
        elif unit == "轮" and text[num_start - 1 : num_start] in ("电", "小", "动"):
            return None  # 骑着电三轮, 小三轮: a tricycle
        elif unit in ("国", "省") and mult:
            return None  # 13万国商团: 万国 is a word, no count of countries
        elif cn is not None and unit in _ARABIC_ONLY_UNITS:
            return None  # 两步, 三步: steps of a story; 独自行走了20步 counts them
        elif cn == "二" and unit != "成" and not (unit == "层" and _BUILDING_RE.match(text, u.end())):
            return None  # 二次, 二期, 二人转: ordinal-like; a count says 两 (but 二层小楼 is two storeys)
        elif unit in ("大", "大类") and (
            value > 10 or mult or inner or prefix or text.endswith((*_PARTIES, "前"), 0, start)
        ):
            return None  # 党的二十大, 十九大: a congress, not ten-odd major things; 前两大经济体: a rank
        elif unit == "年" and cn is not None and _ERA_RE.search(text, max(0, num_start - 4), num_start):
            return None  # 乾隆三十二年, 民国二十年: a year of an era, a date
    if (u is None or unit is None) and _index_points(text, m, num_start, end):
        return _Span(start, end + 1, _normalise(value), "点", qualifier or inner, "amount")
    if u is None or unit is None:  # (no unit matched, or the one matched was not one)
        # A bare count: 61.84万(65岁及以上)老年人, 月薪两万三.
        if not has_mult or (end < len(text) and text[end] in _TIME_CHARS):
            return None
        return _Span(start, end, _normalise(value), "", qualifier or inner)

    end = u.end()
    if unit.endswith("级") and text.startswith("级", end):
        end += 1
    jiao = _JIAO_RE.match(text, end) if unit == "元" and not mult else None
    if jiao:  # 全加起来只有１７元７角: 17.7 元
        value, end = value + (_parse_core(jiao.group("j")) or Decimal(0)) / 10, jiao.end()
    if unit == "°C":
        unit = "℃"
    if unit in ("%", "％"):
        unit = "%"
    elif unit == "成":
        value = value * 10  # tenths, reported as percent: 九成 = 90 %
        unit = "%"
        if text.startswith("半", end) and not mult:
            value, end = value + 5, end + 1  # 增長兩成半: a half of a tenth more, 25 %
        elif _TENTHS_DIGIT_RE.match(text, end) and not mult:
            value, end = value + (_parse_core(text[end]) or Decimal(0)), end + 1  # 近六成六: 66 %
    elif unit == "个百分点":
        unit = "百分点"
    elif unit == "周岁":
        unit = "岁"
    if u.group("denom"):
        unit = f"{unit}/{u.group('denom')}"
    if _and_a_half(text, end, unit, value, mult):
        value, end = value + Decimal("0.5"), end + 1  # 两套半, 一斤半: 2.5 sets, not 2
    elif not inner and _more_after_unit(text, end, unit):
        inner, end = "多", end + 1  # 两年多以来, 5米多高: more than the count, 多 after its unit
    suffix = _SUFFIX_RE.match(text, end)
    suffix_q = None
    if suffix is not None:
        suffix_q = _SUFFIX_CANON[suffix.group()]
        end = suffix.end()
    if not (qualifier or inner or suffix_q) and _refers_back(text, start, end, value, unit, earlier, cn is None):
        return None
    # the multiplier the number carries (5万, 五万, 3亿): a bare lower bound before
    # it shares it, as 3至5万元 means 30,000 to 50,000 (read in _merge_ranges)
    factor = _MULT[mult] if mult else 1
    if cn is not None:
        factor *= 100_000_000 if "亿" in cn else 10_000 if "万" in cn else 1
    return _Span(start, end, _normalise(value), unit, qualifier or inner or suffix_q, mult=factor)


def _and_a_half(text: str, end: int, unit: str, value: Decimal, mult: str | None) -> bool:
    """两套半, 三斤半的鱼: 半 right after a whole count of a measure word adds a half
    (复原3支坐乐全套中的两套半: 2.5 sets); not when 半 starts a word of its own (两个半天,
    一套半导体: the next character is a word's, not a particle or punctuation). Spans of time
    in halves (两年半, 一个半月) are read by :data:`_AND_HALF_RE`."""
    if not text.startswith("半", end) or mult or value != value.to_integral_value():
        return False
    if unit in DURATION_UNITS or not (_is_classifier(unit) or unit in MEASURE_UNITS or unit == "倍"):
        return False
    nxt = text[end + 1 : end + 2]
    return not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in "的了多左以"


#: What may follow 多 said after a unit (两年多以来, 5米多高, 两周多的时间): 多 is "and more", not the
#: start of a word (多元, 多种, 多次 ...).
_AFTER_MORE = frozenset("的来以时高长宽深重远厚了就才里后过")


def _more_after_unit(text: str, end: int, unit: str) -> bool:
    """两年多以来, 5米多高的新铸楚大鼎, 比林改前增加了3倍多: 多 after the unit says "more than",
    a qualifier of the figure as 多 before the unit is (两千多人); the figure read without it
    says exactly two years. Not when 多 begins a word (两年多次, 3个多元化)."""
    if not text.startswith("多", end) or unit in ("%", "百分点", "‰"):
        return False
    nxt = text[end + 1 : end + 2]
    return not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in _AFTER_MORE


#: What is counted in points: an index of the market, a pay scale (公職薪俸表二百點).
_POINTS_CONTEXT_RE = re.compile(r"指数|股指|大盘|恒指|道指|纳指|点位|薪俸表")


#: Words 点 opens (点位, 点燃, 点赞…): a number before them is no index's points.
_POINT_WORDS = tuple("点" + c for c in "钟半位燃赞名击评亮睛子缀菜多") + tuple(
    "點" + c for c in "鐘半位燃贊名擊評亮睛子綴菜多"
)


def _index_points(text: str, m: re.Match[str], num_start: int, end: int) -> bool:
    """Points of an index or a scale (收盘时的指数为１４６６４·４４点, 下跌３３０·６６点, 薪俸表二百點):
    a number with a decimal part before 点, or one after a word of an index or a scale in its clause.
    Not a time of day (下午3点), nor a list (五点建议)."""
    if end >= len(text) or text[end] not in "点點" or text.startswith(("点钟", "點鐘", "点半", "點半"), end):
        return False
    if m.group("ardec"):
        return True
    digits = text[num_start:end].translate(_FULLWIDTH)
    if digits.isdigit() and int(digits) >= 25 and not text.startswith(_POINT_WORDS, end):
        return True  # 以１５１８点收市, 攀上８２５９点, 暴跌５５４点: no hour of the day, an index's points
    clause_start = max((k.end() for k in _CLAUSE_SEP.finditer(text, max(0, num_start - 24), num_start)), default=0)
    return bool(_POINTS_CONTEXT_RE.search(text, max(clause_start, num_start - 24), num_start))


#: Words that may open a clause before a number that refers back (虽然两个点位…, 让两个飞行器…).
_CLAUSE_OPENERS = (
    "虽然",
    "尽管",
    "但是",
    "但",
    "而且",
    "而",
    "并且",
    "并",
    "且",
    "让",
    "使",
    "令",
    "当",
    "若",
    "如果",
    "由于",
    "因为",
    "同时",
    "随后",
    "最终",
    "以往",
    "只有",
    "只要",
)
#: What happened to people counted at the head of a clause: that is news (3人死亡, 两人受伤).
_OUTCOME_RE = re.compile(
    r"死亡|身亡|遇难|丧生|受伤|轻伤|重伤|获救|失踪|被困|确诊|感染|中毒|落水|被捕|被抓|被刑拘|当选|入选|获奖|获刑|被判"
)


def _refers_back(
    text: str, start: int, end: int, value: Decimal, unit: str, earlier: Sequence[str] = (), arabic: bool = False
) -> bool:
    """两人先后翻越…, 两个飞行器建立连接, 三人中获利最大的: two or three of people or things
    already named, at the head of a clause (or "among the N"), point back; they count nothing new.
    A measure word that needs its noun (个 位 名) points back only to a noun the article has
    already named: 两个飞行器 after the two craft were introduced, but 女单比赛中，两名日本选手
    分别战胜中国选手 and 成員：三名正選成員：… count people named for the first time."""
    if value not in (2, 3) or unit not in ("人", "个", "位", "家", "名"):
        return False
    if text.startswith(("中", "之中", "当中"), end):
        return True
    if arabic:
        return False  # 3个党支部获评…，2个党支部被列为…: Arabic digits count anew; pointing back says 两个
    head = text[max(0, start - 4) : start]
    for opener in _CLAUSE_OPENERS:
        if head.endswith(opener):
            head = text[max(0, start - len(opener) - 1) : start - len(opener)]
            break
    if head and head[-1] not in "，。；：！？“”,;:!?\n":  # after 、 it is an item of a list of counts
        return False
    clause = _CLAUSE_SEP.split(text[end : end + 24], maxsplit=1)[0]
    outcome = _OUTCOME_RE.search(clause)
    if outcome is not None and not clause[: outcome.start()].endswith(("没有", "没", "未", "无", "不")):
        return False  # 两人受伤 is news; “两个人虽然没有受伤” points back at the two
    return not _names_new_noun(text, start, end, unit, earlier)


#: The head noun of firms counted by 家: 3家林产品综合采购商, 两家银行
_FIRMS_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:商|企业|公司|银行|机构|单位|医院|学校|工厂|厂家|门店|商家|平台|媒体|协会|合作社|酒店|餐厅)"
)


def _names_new_noun(text: str, start: int, end: int, unit: str, earlier: Sequence[str]) -> bool:
    """Is the noun a measure word 个/位/名 counts new to the article? Its first two characters
    are looked for, after a short description (让两个高速运行的飞行器: 飞行); 两个人 is people,
    never new. 家 counts firms when a firm's noun follows, new as a whole (3家林产品综合采购商)."""
    if text[end : end + 1] == "人" or text[start - 1 : start] == "“":
        return False  # 两个人: people, never new; “三个更加、四个持续”: a slogan's words
    if unit == "家":
        firms = _FIRMS_AFTER_RE.match(text, end)
        if firms is None:
            return False  # 三家总市值: the three firms just named
        noun = firms.group()
    elif unit in ("个", "位", "名"):
        described = _CLAUSE_SEP.split(text[end : end + 10], maxsplit=1)[0]
        noun = described[described.index("的") + 1 :][:2] if "的" in described else described[:2]
        if len(noun) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in noun):
            return False
    else:
        return False
    return noun not in text[:start] and not any(noun in p for p in earlier)


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
    if core == "一":
        return has_prefix  # 近一成; not 一张, 一批, 最后一公里 (but 一点七亿元 is 1.7 of them)
    return True


def _parse_core(core: str) -> Decimal | None:
    """Numeric value of a numeral core (Chinese via cn2an, Arabic direct)."""
    core = core.translate(_FULLWIDTH)
    if core.replace(".", "", 1).isdigit():
        return Decimal(core)
    if core[0] in "百千万亿":
        core = "一" + core  # 逾千名, 超百亿元: cn2an wants 一千, 一百亿
    core = core.replace("廿", "二十").replace("卅", "三十")  # cn2an knows neither
    import cn2an  # noqa: PLC0415 - deliberately lazy

    try:
        value = cn2an.cn2an(core, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _arabic(digits: str) -> Decimal:
    """The value of what a pattern matched as Arabic digits (full-width too, perhaps with a
    decimal point): unlike a Chinese numeral (:func:`_parse_core`) it always reads."""
    return Decimal(digits.translate(_FULLWIDTH))


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
# Labels (the words: reader.analysis.figure_labels)
# --------------------------------------------------------------------------

_COUNTED_KINDS = frozenset(("count", "other", "range"))


def _carrier(found: list[Figure], text: str) -> Figure | None:
    """The figure before whose label a change after it may carry on: the last found, passing over a
    span that got no label (人民日报 2023: ``产业园蓝莓种植面积达6100多亩，7年来增长了2.2倍`` → 2.2倍 is the
    面积's growth; the unnamed 7年 between names nothing to carry), and over the base of the change (人民日报
    1998: ``人均住房面积９．３平方米，比１９９２年人均６平方米增加５５％`` → ５５％ is the growth of the ９．３, not of
    the １９９２年 level). Only for a change that is no span (由4天减少到1.65天 carries nothing past its own 4天)."""
    for f in reversed(found):
        if (f.kind != "duration" or f.label) and not BASE_WHEN_RE.search(text, max(0, f.start - 12), f.start):
            return f
    return None


def _label_for(
    text: str,
    spans: list[_Span],
    k: int,
    seps: list[tuple[int, int]],
    sep_starts: list[int],
    previous: str,
    previous_unit: str = "",
) -> str:
    """Label of ``spans[k]`` from the clause around it."""
    s = spans[k]
    i = bisect.bisect_left(sep_starts, s.start)
    a = seps[i - 1][1] if i > 0 else 0
    j = bisect.bisect_left(sep_starts, s.end)
    b = seps[j][0] if j < len(seps) else len(text)
    following = ""
    if j < len(seps) and text[seps[j][0] : seps[j][1]] in ("，", ","):
        following = text[seps[j][1] : seps[j][1] + 40]  # 不到20天，全部耕完: the clause after
    opens = k == 0 or spans[k - 1].end <= a  # the clause before the figure is whole, no figure cuts it
    if k > 0:
        a = max(a, spans[k - 1].end)
    after_from = s.end
    clause_end = b
    if k + 1 < len(spans) and spans[k + 1].start == s.end:
        after_from = spans[k + 1].end  # 27台|7.5MW风电机组: what both count comes after the second
    elif k + 1 < len(spans) and spans[k + 1].start > s.end:
        b = min(b, spans[k + 1].start)
    sent = max((m.end() for m in _SENTENCE_SEP.finditer(text, 0, a)), default=0)
    counted = (s.kind in _COUNTED_KINDS and s.unit not in DURATION_UNITS) or not s.unit or _is_classifier(s.unit)
    end = _CLAUSE_SEP.search(text, after_from)
    rest = text[after_from : end.start() if end else len(text)]  # past 、 to the clause's end
    before, after, head, kind = (
        text[a : s.start],
        text[after_from:b] if b > after_from else "",
        text[sent:a],
        _kind(s, None),
    )
    if kind == "duration":
        period = period_opening(before, after, following, s.qualifier or "", s.unit)
        if period:
            return period  # 近10年，中国网络文学出海…: a period named by what happened in it
    said = label(
        before,
        after,
        counted,
        head,
        previous,
        person=s.unit == "岁",
        kind=kind,
        unit=s.unit,
        following=following,
        relative=text[after_from:clause_end] if clause_end > b else "",
        rest=rest,
        whole_before=opens,
        previous_unit=previous_unit,
        adjacent=after_from != s.end,
        paragraph_head=text[:sent],
    )
    listed = closed_list(head, before, s.value) if kind == "count" and s.value and head.endswith("、") else ""
    if listed and (s.unit in _PLACE_COUNTS or not after_label(after.strip(_QUOTES))):  # (4个城市: 城市 says it)
        return listed  # 房山、门头沟、昌平三区, 武汉、鄂州两市的新城: the places counted (not 新城)
    if counted and s.unit != "岁":
        said = told_apart(said, before, previous, following)  # 接到/受理退货申请: two counts of one object
    said = restated(said, before, after, rest, kind, s.unit, text[a - 1 : a] == "、")  # 高于X 6.4个百分点: the gap
    if said.startswith(_DATELINE_HEADS):
        return ""  # 据新华社南京１月２９日电…今后３至５年内: the agency of a dateline measures nothing
    return conjoined_category(said, before, head) if said else said  # 大、中型水库总蓄水量


def _is_classifier(unit: str) -> bool:
    return (
        bool(unit)
        and unit not in MONEY_UNITS
        and unit.removesuffix("级") not in MEASURE_UNITS
        and unit not in DURATION_UNITS
        and unit not in TEMPERATURE_UNITS
        and unit not in ("%", "百分点", "‰", "倍", "岁")
        and "/" not in unit
    )
