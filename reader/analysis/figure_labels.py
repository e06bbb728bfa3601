"""What a figure measures: a noun phrase of a few words from its clause.

(Eleven modules: this one holds the rules, which phrase names a figure, kept
together so that one label's path can be read top to bottom;
:mod:`reader.analysis.label_phrases` the phrase cutting they stand on (jieba
words and tags, the noun after a figure, the subject before it, the verb
before it, where a sentence and a clause end);
:mod:`reader.analysis.person_labels` who a person is, for an age or a count of
people (the name beside an age, the last person named, whom a 他 or 我 stands
for, an age at death or as a limit); :mod:`reader.analysis.result_labels`
whose result a time or a score is (the player, the pair, the team that got
it); :mod:`reader.analysis.list_labels` labels read from a list (the names a
count closes, the items a total sums, the parts of a whole);
:mod:`reader.analysis.doing_labels` a count or amount named by the doing right
before it (开行列数, 送水量); :mod:`reader.analysis.size_labels` what a length,
weight or area is of (哨所海拔, 机耕道宽度, 距河南);
:mod:`reader.analysis.span_labels` the
naming of spans of time, a different grammar (a span is the time *of a doing*,
where a count or an amount is *of* a noun), with
:mod:`reader.analysis.period_labels` for a period opening its clause and
:mod:`reader.analysis.run_labels` for a run (连续N年…); :mod:`reader.analysis.paragraph_labels` the passes that run after
every figure has a label and name figures by the others around them (lists,
the sides of a score). All of them import label_phrases, and this module and
paragraph_labels import person_labels, never the other way; :func:`label`
imports span_labels inside the function, so the module-level imports run one
way.)

The label is what a reader would write beside the number in a table:

1. **The noun the figure counts**, right after it (``21万辆注册车辆`` →
   注册车辆, ``90%以上的份额`` → 份额, ``10名来自基层的州人大代表`` →
   州人大代表, ``85岁的卡孜木·哈得尔`` → the person).
2. Otherwise **the subject before it**, stepping back over the words that
   link a subject to its figure: verbs of being and reaching (达 为 占 有
   突破), of change (增长 下降 增至), adverbs and qualifiers (同比 已经 整整
   约 近): ``种植面积达4.4万亩`` → 种植面积, ``营收同比增长10.88%`` → 营收.
   ``占销售收入的60%`` names the whole the share is of: 销售收入占比.
3. A span of time is named by a time noun before it (工期3年) or by the
   doing it measures (被困11小时 → 被困时间, 3分钟救下… → 救下用时,
   汤普森以５４秒９５… → 汤普森成绩), or, opening its sentence, by the doing in
   the next clause (不到20天，全部耕完 → 耕完用时): see span_labels; money after a money verb by the
   verb (获利449.32万元); a count after 卖/生产 by the measure (每天能卖1000个 →
   销量), of people by what they do (近五萬九千人次參與 → 參與人次); a length
   after 距/靠近 by what it is the distance to (距中华白海豚), before 宽/高 by
   that dimension (3米多宽的机耕道 → 机耕道宽度).
4. Otherwise the figure before it in the same sentence
   (``净资产增长19%，…户均总资产增加…``), or the subject of the clause the
   figure's clause only links to (累计雨量最大出现在…，为4.4毫米).
5. With the figures around it (:mod:`reader.analysis.paragraph_labels`, after
   this module has named each figure alone): the k figures of a list after
   分别/的 take the k names before it, in order, and the two sides of a score
   take the subject and the opponent.

A label is never a verb, a function word or a stray quote; when no noun
phrase is found it is empty (the pane then shows the figure's clause).
Words and tags come from jieba on the short snippets only, with tags looked
up in its dictionary (the POS tagger itself is about ten times slower).
"""

from __future__ import annotations

import re

from reader.analysis.label_phrases import (
    _MODALS,
    ON_A_BASE,
    _AFTER_SKIP,
    _ALT_MEASURE_RE,
    _DETERMINERS,
    _LINKS,
    _MAX_CHARS,
    _MONEY_WORDS,
    _NEVER,
    _NOT_DOING,
    _PREDICATES,
    _QUOTES,
    _SAYING,
    _VERB_MEASURE,
    _WHEN_WORDS,
    _described_head,
    _moved_to,
    _nounish,
    _relative_head,
    _strip_links,
    _tag,
    _tagger,
    _tokens,
    _verb_before,
    after_label,
    lead_label,
    numbered_noun,
    subject_label,
    CLAUSE_SEP,
)
from reader.analysis.person_labels import (
    _AGE_LIMIT_RE,
    _DIED_AT_RE,
    _PEOPLE_UNITS,
    _PRONOUN_END_RE,
    _PRONOUN_RE,
    _age_name,
    _died_subject,
    _first_person,
    _last_person,
    _moment_then_pronoun,
    _name_glued,
    _name_then_doing,
    _past_advanced_age,
    _person_at_home,
    _person_further_back,
    _whole_name,
)
from reader.analysis.doing_labels import _DONE_COUNT_RE, _HURT_COUNTS, done_amount, done_count
from reader.analysis.figure_lexicon import BARE_MEASURES as _BARE_MEASURES
from reader.analysis.figure_lexicon import LENGTH_UNITS as _LENGTH_UNITS
from reader.analysis.figure_lexicon import MONEY_UNITS
from reader.analysis.figure_lexicon import TIMES_UNITS as _TIMES_UNITS
from reader.analysis.list_labels import (
    _LAST_CLAUSE_RE,
    _listed_doing,
    _listed_item,
    parts_whole,
    summed_items,
)
from reader.analysis.result_labels import _PLACED_RE, _result_of, points_of
from reader.analysis.size_labels import DIMENSION_NOUNS, attribute_of, away_from, dimension_of, distance_to


_LINK_END_RE = re.compile(
    r"(?:达|达到|为|是|占|约|近|超过?|逾|突破|增长|增加|下降|减少|提高|降低|增至|降至|升至|共|有|合计|累计|总计)$"
)
#: Verbs whose object is money: with no subject in its clause, the verb is what the amount measures
#: (获利449.32万元 → 获利, 收购1.4亿美元 → 收购).
_MONEY_VERBS = frozenset(
    "获利 盈利 亏损 亏 赚 日赚 耗资 投入 注资 收购 投资 融资 出资 罚款 罚没 赔偿 补贴 补助 奖励 捐赠 捐款 成交 销售 消费 支出 花费 "
    "贷款 募集 筹集 拨付 发放 节约 节省 增收 创收 纳税 缴纳 认购 中标 签约 营收 收入 交易 结算 兑付 理赔 减免 退税 "
    "捐资 斥资 集资 筹资 拨款 筹措".split()  # (人民日报 1998: 他带头捐资１０００元, 全省将斥资４０．８９亿元 were empty)
)
#: Medals counted by their metal alone (2金1银, 28金21银9铜): the measure word names the medal.
_MEDALS = {"金": "金牌", "银": "银牌", "铜": "铜牌"}
_MEASURE_NOUNS = ("占比", "增速", "增幅", "降幅", "比重", "涨幅", "跌幅", "比例", "比率", "份额")


_RELATIVE_TAGS = frozenset("v vd p a ad d l".split())


def _opens_relative(after: str) -> bool:
    """Whether the words after a measure word open a relative clause with no 的 yet (来自广西…)."""
    toks = _tokens(after.lstrip(_QUOTES)[:8])
    return bool(toks) and toks[0][1] in _RELATIVE_TAGS and "的" not in after


#: Of those, the counts: alone opening a clause, they count what the clause before is about.
_COUNT_MEASURES = frozenset("人数 人次 户数 数量 次数".split())


#: The member of a category before 、 that ends the text before a clause: 全省大、|中型水库, 一季度，中、|西部地区.
_CONJUNCT_RE = re.compile(r"(?P<c>[\u4e00-\u9fff]{1,2})、$")
#: One-character members of a category pair: 大、中型水库, 水、海产品, 东、西部.
_CATEGORY_CHARS = frozenset("大中小内外东西南北上下前后新老公私国省市县乡村水海陆空")
#: The member of a category before / inside a clause: 国际/|港澳台业务量.
_SLASH_CONJUNCT_RE = re.compile(r"(?<![\u4e00-\u9fffA-Za-z])(?P<c>[\u4e00-\u9fff]{1,4})/$")


def conjoined_category(said: str, before: str, sentence_head: str) -> str:
    """A label that opens its clause right after ``X、`` or ``X/`` is of the category with X too, not of its
    last member alone: ``全省大、中型水库总蓄水量37.54亿立方米`` → 大、中型水库总蓄水量; ``国际/港澳台业务量…完成
    6.3亿件`` → 国际/港澳台业务量; ``中、西部地区业务量`` → 中、西部地区业务量 (人民日报 2023). Not when the figures
    go one to each member (分别)."""
    at = before.find(said)
    if at < 0 or "分别" in before or len(said) < 3:
        return said
    slash = _SLASH_CONJUNCT_RE.search(before[:at])
    if slash:
        whole = slash.group("c") + "/" + said
        return whole if len(whole) <= _MAX_CHARS else said
    conjunct = _CONJUNCT_RE.search(sentence_head)
    modifier = before[:at]
    if not conjunct or len(modifier) > 2 or not re.fullmatch(r"[\u4e00-\u9fff]*", modifier):
        return said
    member = _LAST_CLAUSE_RE.split(sentence_head[:-1])[-1]
    if "、" in member or re.search(r"[0-9０-９]", member):
        return said  # 小麦、大豆、玉米: a longer list, its first members would be lost; 1.2亿元、: a figure's unit
    toks = _tokens(member)
    if not toks or toks[-1][0] != conjunct.group("c")[-len(toks[-1][0]) :] or len(toks[-1][0]) > 2:
        return said
    if len(toks[-1][0]) == 1 and toks[-1][0] not in _CATEGORY_CHARS:
        return said  # 快递业回暖向好、日均件量: a one-character member only as a category (大、中型)
    if len(toks) > 1 and said.startswith(toks[-2][0]):
        whole = toks[-2][0] + toks[-1][0] + "、" + modifier + said  # 街头游园、街头绿地165处: both, whole
        return whole if len(whole) <= _MAX_CHARS else said
    if len(toks) > 1 and _nounish(toks[-2][1]) and toks[-2][1] not in ("ns", "nt", "s") and toks[-2][0][0] != "全":
        return said  # 公益讲座、开放性学术沙龙: the member is a compound noun, not a modifier of the head
    if said.endswith(toks[-1][0]):
        return said  # 评聘特级技师、首席技师: two of a kind, the figure counts the last
    whole = toks[-1][0] + "、" + modifier + said
    return whole if len(whole) <= _MAX_CHARS else said


#: A comparison right before a figure that is the gap between two quantities: 高于X…, 比X多…
_GAP_RE = re.compile(
    r"(?:(?<!不)(?P<than>高于|低于|快于|慢于|多于|少于|落后于?|领先于?)(?P<base>[^，。；、：]{1,14})"
    r"|比(?P<base2>[^，。；、：]{1,14}?)(?<![提升增降减加调抬拉])(?P<more>高出|多出|高|低|多|少|快|慢)了?)$"
)


#: A time that beat or trailed another's: 比获得第二名的俄罗斯选手切梅索娃快了近１秒.
_FASTER_RE = re.compile(r"比(?P<base>[^，。；：]{1,24}?)(?P<more>快|慢|早|晚|提前|推迟)了?$")


def _compared_gap(said: str, clause_before: str, kind: str, unit: str) -> str:
    """A figure after 高于X, 比X多 is the gap between the subject and X, not X: a label read from X would
    name the base as if it were the quantity (人民日报 2023: ``高于我自东盟进口整体增速6.4个百分点`` → 高于东盟进口整体增速,
    not 东盟进口整体增速; ``整场比赛吴易昺打出49个制胜分，比对手多了11个`` → 比对手多, not 对手); "" when the label is not
    read from the base (增速均高于全国农村居民人均可支配收入10.5% names its subject), or the figure is the base's
    own value (快于去年全年的3%; 远高于社会车通行时速25.7公里: a measure of the base, in its own unit, not in 百分点),
    or a threshold (不低于90%)."""
    if kind == "duration":  # 比…切梅索娃快了近１秒 → 比切梅索娃快 (was 切梅索娃快时间, as if her time)
        fast = _FASTER_RE.search(clause_before) if "比" in clause_before else None
        who = (_last_person(fast.group("base")) or subject_label(fast.group("base"))) if fast else ""
        if (
            not fast or not who or who == "时间" or len(who) + 2 > _MAX_CHARS
        ):  # (比原定的时间晚了: 比时间晚 says nothing)
            return ""
        gap = f"比{who}{fast.group('more')}"
        what = subject_label(clause_before[: fast.start()].rstrip("竟还也都却就要")) if fast.start() else ""
        # 成熟期竟比一般小麦晚了２７天 → 成熟期比一般小麦晚 (the thing compared, when the clause names it)
        return what + gap if what and not what.startswith("这") and len(what + gap) <= _MAX_CHARS else gap
    m = _GAP_RE.search(clause_before)
    if not m or not said:
        return ""
    base = m.group("base") or m.group("base2")
    if base.endswith("的") or said not in base:
        return ""
    if said[-1] in "速率量额值价数度重" and unit != "百分点":
        return ""  # (社会车通行时速25.7公里: the base's own value)
    return m.group("than") + said if m.group("than") else "比" + said + m.group("more")


def _people_of_doing(said: str, clause_before: str, clause_after: str, rest: str, unit: str, kind: str) -> str:
    """A count of people labelled by a lone verb counts the people it is done to or who do it, ``X人数``
    (X人次): ``今年轮训工作…共安排8期班，预计培训约900人`` → 培训人数, ``…媒体机构代表等300余人参会`` → 参会人数
    (人民日报 2017, 2023; not 培训, 参会, a verb alone). Only for a verb right before the count, or one that ends the
    clause after it (20人服务5万人: the 20 serve, they are no 服务人数)."""
    if unit not in _PEOPLE_UNITS or kind != "count" or len(said) < 2:
        return ""
    tab = _tagger()[0]
    raw = tab.get(said) or (tab.get(said[0], "") if len(said) == 2 and said[-1] not in _PERSON_ENDS else "")
    # (参会: a verb by its first character; 跑者 is the people themselves)
    if said in _LINKS or said in _NEVER or said in _PREDICATES or not raw.startswith("v"):
        return ""
    before = re.sub(r"(?:约|近|超过|超|逾|达|共|了|累计|总计)+$", "", clause_before.rstrip(_QUOTES))
    ends = clause_after.strip(_QUOTES) == said and rest.strip(_QUOTES + "。") in ("", said)
    return said + _PEOPLE_UNITS[unit] if before.endswith(said) or ends else ""


def restated(
    said: str, clause_before: str, clause_after: str, rest: str, kind: str, unit: str, listed: bool = False
) -> str:
    """A label read from the clause, restated where the figure is not that noun's own quantity: the gap
    after 高于X/比X多 is named by the comparison (:func:`_compared_gap`), a count of people after a lone
    verb is its 人数/人次 (:func:`_people_of_doing`), a count of times after a verb and its object counts the
    doing (:func:`_times_done_to`; not when ``listed``, the clause opens after a 、: 检查、评比、达标活动４１７次 lists
    活动, no 达标 done); else ``said``. :func:`figures._label_for` applies it around :func:`label`."""
    return (
        _compared_gap(said, clause_before, kind, unit)  # 高于X 6.4个百分点: the gap, not X
        or _people_of_doing(said, clause_before, clause_after, rest, unit, kind)
        or ("" if listed else _times_done_to(said, clause_before, unit))
        or said
    )


#: Verbs of must, can and will before a doing counted in times: they say how it is done, not which (途中至少要
#: 换乘3次). label_phrases' modals, which leave 需要 out for a span's doing, and the verbs of need and wish.
_TIMES_MODALS = _MODALS | frozenset("需要 得 将 想 愿 必须".split())


def _times_done_to(said: str, clause_before: str, unit: str) -> str:
    """A count of times after a verb and its object counts the doing, not the object (人民日报 2023:
    ``我曾访问斯里兰卡50多次`` → 访问斯里兰卡, was 斯里兰卡, as if 50 of Sri Lanka); "" when the label is not the
    object right before the count, or no verb stands before it."""
    if unit not in _TIMES_UNITS or len(said) < 2:
        return ""
    before = re.sub(r"(?:约|近|超过|超|逾|达|共|了|累计|总计|先后|多达)+$", "", clause_before.rstrip(_QUOTES))
    if not before.endswith(said) or len(before) == len(said):
        return ""
    w, t = _tokens(before[: -len(said)])[-1]
    if w in _TIMES_MODALS or w in _LINKS or not t.startswith("v"):
        return ""  # (途中至少要换乘3次: 要 says must, not what was done)
    return w + said if len(w) <= 2 and len(w) + len(said) <= _MAX_CHARS else ""


_COUNT_OPENERS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千")
#: A verb before the noun of two counts in a row that tells them apart: 接到退货申请660起，受理退货申请619起.
_TOLD_VERB_RE = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})$")


def told_apart(named: str, before: str, previous: str, following: str) -> str:
    """A count whose label is the object of a verb, beside another count of the same object under another verb,
    keeps its verb: ``中心就接到退货申请660起，受理退货申请619起`` → 接到退货申请 and 受理退货申请 (人民日报 2017:
    both were 退货申请, one of them a different number of the same thing)."""
    text = before.strip(_QUOTES)
    if not named or not text.endswith(named) or len(named) < 2:
        return named
    m = _TOLD_VERB_RE.search(text[: -len(named)])
    if not m:
        return named
    verb = m.group("verb")
    if verb in _LINKS or verb in _NEVER or verb in _PREDICATES or len(verb) + len(named) > _MAX_CHARS:
        return named
    # the next clause opens with another two-character verb of the same noun and its count (受理退货申请619起);
    # a plain test, not a pattern compiled for each label (it was ~2 % of `analyze`'s time)
    other = following[:2]
    count_next = following[2 + len(named) : 3 + len(named)]
    other_verb = (
        len(other) == 2
        and all("\u4e00" <= c <= "\u9fff" for c in other)
        and following.startswith(named, 2)
        and count_next != ""
        and count_next in _COUNT_OPENERS
        and other != verb
    )
    told = previous == named or (previous.endswith(named) and previous != verb + named)  # (接到退货申请 kept its verb)
    if not told and not other_verb:
        return named
    if not _tag(verb, _tagger()[0]).startswith("v"):
        return named
    toks = _tokens(text[: -len(named)][-6:])
    if not toks or toks[-1][0] != verb:
        return named  # (急难|愁盼问题, 离退休|党员: the two characters are no word of their own)
    return verb + named


def label(
    clause_before: str,
    clause_after: str,
    counted: bool,
    sentence_head: str = "",
    previous: str = "",
    person: bool = False,
    kind: str = "",
    unit: str = "",
    following: str = "",
    relative: str = "",
    rest: str = "",
    whole_before: bool = True,
    previous_unit: str = "",
    adjacent: bool = False,
    paragraph_head: str = "",
) -> str:
    """The label of one figure (see the module doc).

    ``clause_before``/``clause_after``: the clause's text on either side of
    the figure; ``counted``: the figure's unit is a measure word, so what
    follows it is what it counts; ``sentence_head``: the sentence up to this
    clause; ``previous``: the label of the figure before it in the sentence;
    ``kind``: the figure's kind (a duration or an amount may be named by the
    verb before it); ``following``: the start of the next clause of the
    sentence (a span of time opening a sentence is the time of what follows);
    ``relative``: the rest of the clause when another figure cuts ``clause_after`` short;
    ``rest``: the clause after the figure to its end, past any 、 (for :func:`_described_head`);
    ``whole_before``: ``clause_before`` starts the clause (no figure before it in the clause);
    ``previous_unit``: the unit of the figure before (a label for 次 does not go on to 人);
    ``adjacent``: another figure follows right after this one, and ``clause_after`` is what follows both;
    ``paragraph_head``: the paragraph before this sentence (whom a 他, 她 or 我 stands for).
    """
    from reader.analysis import span_labels as spans  # (it imports this module: see its doc)

    clause_before = _COMPUTED_ON_RE.sub("", clause_before)  # 通胀率按年率计算为5.3%: how it was computed
    clause_before = _TIME_BASE_RE.sub("", clause_before)  # 比上个交易日下跌０·７４日元: the base is a day, no subject
    clause_before = _CLOSE_AT_RE.sub(
        "", clause_before
    )  # 收盘时报７９６５·０４点: where it closed (时报 is no noun here)

    if unit in _PEOPLE_UNITS and clause_before.strip(_QUOTES) in _HURT_COUNTS:
        return _HURT_COUNTS[clause_before.strip(_QUOTES)]  # 死２７２２人，伤４９３０人: the dead, the hurt
    exchanged = kind == "amount" and (
        "合" in clause_before[-3:] or "兑" in clause_before[-3:] or "于" in clause_before[-3:]
    )
    rate = _EXCHANGE_BEFORE_RE.search(clause_before) if exchanged else None
    if rate:
        # 买入价：１美元兑５９３０卢布 → 买入价; （1美元约合1.5万印尼盾） → 美元汇率 (was 美元兑, or the amount before)
        named = subject_label(rate.group("pre").rstrip("：:，, ")) if rate.group("pre").strip() else ""
        return named if named and named not in ("汇率",) else rate.group("cur").removeprefix("元") + "汇率"
    quoted_rate = _RATE_AFTER_RE.match(clause_after) if kind in ("amount", "range") else None
    if quoted_rate:
        # 跌破５０铢兑１美元大关, 收盘时报４５·２０９比索兑１美元: a rate said the other way round
        rates = re.findall(r"[\u4e00-\u9fff]{0,12}?(?:汇率|比价)", clause_before)
        # (…１月３日电菲律宾…, 东京外汇市场日元对美元的比价: the dateline and the market are no part of the rate)
        return rates[-1].split("日电")[-1].split("市场")[-1] if rates else f"兑{quoted_rate.group('cur')}汇率"
    if clause_after.removeprefix("的").startswith("历史") and kind == "duration" and clause_before:
        owner = subject_label(re.sub(r"(?:已经|已)?(?:有|长达|达)$", "", clause_before))
        if owner and len(owner) + 2 <= _MAX_CHARS and owner not in ("距今", "至今", "迄今", "戏迷"):
            return owner + "历史"  # 假冒伪劣商品的出现已有１００多年的历史: whose history (历史 alone says not)
    term = (
        after_label(re.sub(r"^(?:及?以上|及?以下)", "", clause_after[1:]))
        if unit in ("年", "个月", "天") and clause_after.startswith("期")
        else ""
    )
    if term and len(term) + 2 <= _MAX_CHARS:
        return term + "期限"  # 发行了10年期绿色债券: the bond's term (was 发行期绿色债券时间)
    if clause_after.startswith("之差") and clause_before.endswith("以"):
        return "差距"  # 克利姆以０．２３秒之差名列第二: the margin (was 之差名列)
    moved = _OF_BEFORE_MOVED_RE.match(clause_before) if not whole_before and previous else None
    if moved and subject_label(moved.group("n")) == moved.group("n"):
        return moved.group("n")  # 需要30分钟的车程缩短到5分钟左右: both are the 车程 (was empty)
    whole = parts_whole(clause_before, clause_after, sentence_head) if counted else ""
    if whole:
        return whole  # 《条例》共分总则、职责、…、附则等８章４６条: the parts of the 条例, not its last part
    summed = summed_items(clause_before, sentence_head) if kind == "amount" else ""
    if summed:
        return summed  # 赔偿李建国购车费、汽车修理费等共计２０１３６元: the items summed, not the last
    lap = _EACH_ONE_RE.fullmatch(clause_before.strip(_QUOTES)) if unit in _LENGTH_UNITS and whole_before else None
    if lap:
        return lap.group() + "长度"  # 车手们沿赛道绕行8圈，每圈13.6公里: the length of one lap (was carried: 赛道绕行)
    if spans._span_range(kind, unit):
        span = label(
            clause_before,
            clause_after,
            counted,
            sentence_head,
            previous,
            person,
            "duration",
            unit,
            following,
            relative,
            rest,
            whole_before,
            previous_unit,
            adjacent,
            paragraph_head,
        )
        if span:
            return span  # 每隔两三天，就有邮车来拉走蔬菜: 每隔, as for 每隔3天
    changed = (
        _changed_from_to(
            # 产品库存量，由９０吨一下子增到９００吨: the subject ends the clause before 由
            _LAST_CLAUSE_RE.split(sentence_head.rstrip("，,"))[-1] + "由"
            if _FROM_ALONE_RE.fullmatch(clause_before)
            and (clause_before in ("由", "从") or kind in ("count", "amount"))
            else clause_before,  # (已由2017年的: the year the change starts from is no part of its subject)
            clause_after,
            kind == "amount" or unit in _LENGTH_UNITS,
        )
        if (kind not in ("duration", "change") or (kind == "duration" and unit in ("天", "日"))) and not person
        else ""
    )
    if kind == "duration" and not changed.endswith(("天数", "日数")):
        changed = ""  # 重污染天数从2013年的58天减少到3天: days counted (a span's own change is named by the span rules)
    if changed in _BARE_MEASURES or changed in ("比例", "比重", "数量", "规模"):
        changed = ""  # 中国的比例将从１９９７年的０．７４％上调到…: a bare measure says not whose (the rules after do)
    if changed and not (kind == "amount" and changed.endswith(("占比", "比重", "比例"))):
        # (可再生能源行业投资占比最大，从2019年的400亿美元增加到…: an amount is no share)
        return changed  # 窗口从48个缩减到8个: 窗口, for both ends of the change
    raised = _raised_object(sentence_head, clause_before, clause_after, previous) if not person else ""
    if raised:
        return raised  # 调高每日观众接待量，从每日1.2万人上调至每日1.5万人: 观众接待量, for both ends
    shared = _list_noun(rest, unit) if not clause_after and not person and kind != "duration" else ""
    if shared:
        return shared  # 分别给予200万元、100万元、50万元奖励: 奖励 for each
    if clause_after[:2] in ("多的", "余的"):
        clause_after = clause_after[1:]  # 8吨多的天宫二号: the 多 the figure left is part of the number
    if kind == "duration" and spans._SINCE_RE.match(clause_after):
        clause_after = clause_after[1:]  # 创10年来最低记录: 来 ends the span, the record is what it measures
    if person:
        clause_after, rest = _past_advanced_age(clause_after), _past_advanced_age(rest)
    if person and (
        _PRONOUN_RE.match(clause_after)
        or (_PRONOUN_END_RE.search(clause_before) and not clause_after.startswith("的"))  # 她12岁的儿子: his
    ):
        name = _last_person(sentence_head + clause_before) or _person_further_back(paragraph_head)
        if name:
            return name  # 李殿永是…居民，今年45岁的他…: the person the pronoun stands for
    if person and _moment_then_pronoun(clause_before, clause_after, following):
        name = _last_person(sentence_head + clause_before) or _person_further_back(paragraph_head)
        if name:
            return name  # 王陆芬…学得一手好手艺。十六岁那年，她的一幅绣品…: the person the 她 stands for
    if person and _DIED_AT_RE.search(clause_before):
        died = _person_further_back(sentence_head) or _died_subject(sentence_head)
        if died:
            return died  # 母亲王岸佛…这位了不起的母亲于2004年去世，享年106岁: the one who died
    named = (
        (
            _age_name(clause_before, clause_after)
            or _first_person(clause_before, clause_after, sentence_head, paragraph_head)
        )
        if person
        else ""
    )
    if named:
        return named  # 81岁的张大力享受了…, 达娃今年38岁: the person, named right beside the age
    each = _each_of(sentence_head + clause_before) if counted and not after_label(clause_after) else ""
    if each:
        return each  # 连队荣立集体一等功、二等功、三等功各1次: the things listed before 各
    listed = _LISTED_RE.match(rest) if counted or person else None
    if listed and _goes_from(listed.group(0)):
        listed = None  # 200台发电机分别从天津、河南、山东等周边省份出发: the places are where they come from
    if listed and (head := after_label(listed.group("head"))):
        return head  # 8到14岁的听力、言语、肢体等重度残疾儿童: the head after 等
    ones = _headless(rest.strip(_QUOTES), after=True) if counted and rest else ""
    if ones:
        return ones  # 你三个咸的，我三个芝麻的: the ones counted
    if unit in _MEDALS:
        return _MEDALS[unit]  # 获得28金21银9铜: the medals counted (not 中国游泳队, nor 遥遥领先 after 15金7银6铜)
    if counted and unit in _REGIONS_COUNTED:
        return _REGIONS_COUNTED[unit]  # 长江经济带11省市船舶: the provinces counted, not the ships after
    sized = (
        dimension_of(clause_after, unit)
        or away_from(clause_after, unit)
        or attribute_of(clause_before, rest or clause_after, unit, previous, sentence_head)
    )
    if sized:
        return sized
    owned = _kind_of_noun(clause_before, rest or clause_after) if not counted and not person else ""
    if owned:
        return owned  # 享受价值100元的上门助餐…等服务: 服务价值 (价值 alone says not of what)
    anniversary = _anniversary_of(clause_before) if unit == "周年" else ""
    marked = _COMMEMORATED_RE.search(clause_before) if unit == "周年" and not anniversary else None
    if marked and 2 <= len(marked.group("x")) <= _MAX_CHARS - 2:
        anniversary = marked.group("x")  # 纪念中国话剧９０周年的新剧目交流演出: 中国话剧 (was 新剧目交流)
    if anniversary:
        return anniversary  # 今年是新中国成立70周年: 新中国成立
    if unit in ("遍", "趟", "回") and clause_before:
        doing = _verb_before(clause_before)
        if len(doing) >= 2:
            return doing + "次数"  # 每天巡查两遍重点部位: 巡查次数 (遍 counts the doing, not 重点部位)
    if counted and unit == "方面" and (pair := _aspects_listed(clause_before)) and "等" not in pair:
        return pair  # 在观众口碑和票房收益两方面屡创佳绩: the aspects, not the doing after
    if (
        counted
        and _unit_noun(unit)
        and not clause_before.endswith("等")
        and (adjacent or not after_label(clause_after) or _verb_after(rest or clause_after))
    ):
        if unit == "方面":  # 从住房安居、交通出行等6方面: 住房安居等方面
            return _aspects_listed(_LAST_CLAUSE_RE.split(sentence_head)[-1] + clause_before) or unit
        return unit  # 造成18省份的234条河流, 27省份1187个县: the measure word is the noun counted
    after = after_label(clause_after, ended=not relative, lists=kind == "count") if clause_after else ""
    doings = clause_after[1:].strip(_QUOTES) if unit in _TIMES_UNITS and clause_after.startswith("的") else ""
    if not after and 2 <= len(doings) <= 10 and re.fullmatch(r"[\u4e00-\u9fff]+", doings):
        after = doings  # 不少于5次的精准就业岗位推荐: the doing counted, a verb as a noun that ends the clause
    reporters = _REPORTERS_RE.match(clause_after) if counted and unit in ("名", "位") and not after else None
    if reporters:
        after = reporters.group()  # 近百名记者组织负责人: the journalists counted (a word of the telling elsewhere)
    if kind not in ("percent", "change", "fraction"):
        after = _owner_of_next_share(after)
    if kind == "duration" and after.startswith(tuple(spans._SPAN_NOUNS)):
        after = (
            ""  # 经过一年多时间全流域精心打造: 时间 is the span's own word, no noun it measures (was 时间全流域精心)
        )
    if counted and not after and not clause_before.endswith("等"):
        after = numbered_noun(clause_after)  # 一台386电脑, 培育20个5G全连接工厂: a model or class number is the noun's
    if counted and not clause_after and not after:
        after = _counted_title(rest)
    if counted and not clause_after and not after and _ALT_MEASURE_RE.match(rest):
        after = after_label(rest)  # 186万余件（套）文物藏品: the bracket holds a second measure word, not an aside
    if counted and after:
        after = _shared_head(after, rest, unit) or after
    if counted and after:
        after = _listed_after(after, clause_after, rest) or after
    if counted and after:
        after = _joined_after(after, rest or clause_after) or after
    if counted and after and unit in ("次", "场", "轮"):
        after = _counted_doing(after, clause_after)
    if counted and after and _ASIDE_RE.search(rest[: len(after) + 12]):
        whole = after_label(_ASIDE_RE.sub("", rest))
        if len(whole) > len(after) and whole.startswith(after):
            after = whole  # 15个专家（名医）工作室: the aside in brackets cuts the noun, not the phrase
    if counted and after == "方面":
        after = _aspects_listed(_LAST_CLAUSE_RE.split(sentence_head)[-1] + clause_before) or after
    target = _object_of_dui(clause_before, clause_after) if counted else ""
    if target:
        return target  # 对160多家在华外资企业和外国商协会进行的调研: the firms, not the survey
    described = (_described_head(rest) or _negated_relative_head(rest)) if counted and rest else ""
    agent = _agent_relative(clause_after) if counted and unit not in _PEOPLE_UNITS else ""
    if agent:
        after = agent  # 430余封运动员手写的感谢信: the letters, not the athletes who wrote them
    elif described:
        after = after_label(described) or after  # 11支群众认可度高、工作能力强的…互助工作队
    elif counted and relative and _opens_relative(clause_after):
        # 1.65万名来自广西32所高校的志愿者: the relative clause runs past the next figure to its noun
        after = after_label(relative) or after
    if (
        kind == "duration"
        and after
        and (taught := spans._verb_then_object(clause_before.rstrip(_QUOTES), clause_after))
    ):
        return taught  # 教了20多年唢呐: 教唢呐时间
    since = (
        (
            spans.source_period(clause_before, rest)
            or spans.before_nouns(clause_before, clause_after, unit, following, sentence_head)
        )
        if kind == "duration"
        else ""
    )
    if since:
        return since  # 上市一个月的涨幅: the time since listing, not the rise
    if kind == "duration" and after in spans._SPAN_NOUNS:
        # 3天时间，团队走进…: 时间 is the span
        return spans.duration_label(clause_before, clause_after, following, sentence_head)
    glued = (
        bool(after)
        and clause_after.lstrip(_QUOTES).startswith(after[:1])
        and (counted or not _adverbial(clause_after.lstrip(_QUOTES)))
    )
    if after and _visits_doing(after, clause_after, unit):
        return after + "人次"  # 再生水資訊站吸引三千人次參觀: 参观人次, not 参观
    if person and after:
        after = _whole_name(_person_at_home(after), clause_after)
    if person and after:
        after = _name_glued(after)
    if person and after:
        after = _name_then_doing(after)
    if person and len(after) == 3 and after.endswith("以") and clause_after.endswith(after) and rest != clause_after:
        after = after[:-1]  # 21岁的王振以2米32的成绩: 以 opens the next figure (jieba's name 王振以)
    if after and unit in ("人", "名", "位") and len(after) >= 3 and _last_person(after) == after:
        after = ""  # 涉案三人鲁世君、傅国伟、金观木: a count of people is no one of them
    if after and kind == "amount" and _threshold_of(clause_before, clause_after):
        return subject_label(clause_before)  # 千户企业销售收入１００亿元以上的企业: the 销售收入, not the 企业
    result = (
        _result_of(clause_before, sentence_head, previous if previous_unit == "岁" else "")
        if (after in ("成绩", "总成绩") and clause_after.startswith("的"))
        or (unit == "分" and _PLACED_RE.match(clause_after))
        else ""
    )
    if result and after == "总成绩" and len(result) < _MAX_CHARS:
        result = result.removesuffix("成绩") + after  # 田亮以５１８．５８分的总成绩: 田亮总成绩
    if result:
        return result  # 葛曼棋以11秒23的成绩夺冠: 葛曼棋成绩 (成绩 alone says not whose)
    scored = points_of(clause_before, sentence_head) if unit == "分" and kind == "other" else ""
    if scored:
        return scored  # 崔永熙9投6中贡献了16分: 崔永熙得分
    if (
        after
        and kind in ("change", "percent")
        and clause_after.startswith("的")
        and _CHANGE_END_RE.search(clause_before)
    ):
        changed = subject_label(clause_before)
        if changed:
            return changed  # 外资金额比上年同期增长6.3%的高基数效应: what grew, not what the clause qualifies
    if after and kind == "amount" and not counted and _purpose_after(after, clause_before, clause_after):
        after = ""  # 每村投入扶持资金200万元发展集体经济: what the money is for, not the money
    spent = kind == "amount" and not counted and _spent_on(clause_before, clause_after)
    if spent:
        after = ""  # 该区投入近300万元购买68套智能研修设备: 投入 (the verb before), not 购买
    pace = _pace_of(clause_before, clause_after) if after == "速度" else ""
    if pace:
        return pace  # 地下水位曾以每年10厘米的速度下降: 地下水位下降速度 (速度 alone says not of what)
    if after and kind == "duration" and after[0] in "多余来内间":
        after = ""  # 一年多来，…, 5年间总投资…, 3天内鲜花…: the word ends the span, what follows is no noun of it
    if after and (
        counted
        or person
        or clause_after.lstrip(_QUOTES).startswith("的")
        or (glued and (kind == "amount" or not _LINK_END_RE.search(clause_before)))
        or (glued and kind == "duration" and after[0] not in "之多余来内后前间里")  # 每周有两小时劳动课
    ):
        # what it counts (21万辆注册车辆), whose age it is (89岁厉奶奶), what
        # it is a share of (九成市场, 90%以上的份额), what has that length or
        # weight (长达１２１３公里天然气管道)
        if len(after) > 1 or not clause_before or (counted and _counted_char(after)):
            return after
    if kind == "duration":
        span = spans.duration_label(clause_before, clause_after, following, sentence_head)
        if span or not previous or whole_before or _strip_links(clause_before.strip(_QUOTES)):
            return span  # (10多年来，员工…: a span opening its clause is no span of the figure before)
        return previous  # 展望期由20天延长至30天: the same span, changed
    aspects = _aspects_listed(_LAST_CLAUSE_RE.split(sentence_head)[-1] + clause_before) if unit == "方面" else ""
    if aspects:
        return aspects  # 从住房安居、交通出行等6方面: 住房安居等方面
    if counted and not after and len(unit) >= 2 and clause_before.endswith("等"):
        examples = subject_label(clause_before[:-1])
        if examples and len(examples) + len(unit) < _MAX_CHARS:
            return f"{examples}等{unit}"  # 海关总署、发展改革委、财政部等七部委: the kind, by its examples
        if _unit_noun(unit):
            return unit  # 商务部、中华全国供销合作总社等9部门印发…: the departments, not the last one listed
    price = _PRICE_AFTER_RE.match(clause_after) if clause_before.endswith("以") and kind == "amount" else None
    if price:
        return price.group("deal") + "价"  # 以1.4亿美元被收购: the price of the deal, not 项目启动
    share = _share_cut(sentence_head, clause_before) if kind == "percent" and not whole_before else ""
    if share:
        return share  # 实现销售收入…亿元，占６．７万户国有及国有控股企业的６０％: 销售收入占比
    near = distance_to(clause_before, unit)
    if near:
        return near
    ones = _headless(_ADVERB_END_RE.sub("", _strip_links(clause_before.strip(_QUOTES)))) if whole_before else ""
    if ones and not _de_phrase_of_noun_after(after, clause_after):
        return ones  # 卖青团的就有6家, 个头较小的10元/斤: the ones a 的 phrase stands for
    ones = _long_headless(clause_before) if whole_before and kind == "percent" else ""
    if ones:
        return ones  # 升入各类高一级学校就读的占25.10%: 升入高一级学校就读的
    earning = _per_time_earning(clause_before) if kind == "amount" else ""
    if earning:
        return earning  # 公司日赚约5247万元: 公司日赚 (not 公司日, cut inside 日赚)
    ones = _people_who(clause_before) if whole_before and not person else ""
    if ones:
        return ones  # 具有大专以上学历的人超过15%: the people the 的 phrase describes (人 alone was dropped)
    times = (
        None
        if not clause_before.endswith(("的", "的约", "的近", "的超过"))  # (a cheap test before the regexes)
        else _TIMES_BASE_RE.search(clause_before)
        if unit == "倍"
        else _PART_BASE_RE.search(clause_before)
        if kind == "percent"
        else None
    )
    if times:
        return _times_of(times.group("what"), previous, sentence_head)  # 新馆展陈面积是旧馆的5倍: 新馆展陈面积
    subject = subject_label(clause_before, kind == "amount" or unit in _LENGTH_UNITS) if clause_before else ""
    if not subject and kind == "amount" and clause_before:
        subject = _needed_for(clause_before)  # 仅检测费就需要20多万元: 检测费
    when = _FROM_WHEN_RE.search(clause_before) if kind in _FROM_WHEN_KINDS and not person else None
    if when and when.start() >= 2:
        # 收入从移民之初的500元: 收入; 森林覆盖率由1986年的8%提高到…: 森林覆盖率
        subject = subject_label(clause_before[: when.start()], kind == "amount") or subject
    base = _compared_with_before(clause_before, previous) if kind in _FROM_WHEN_KINDS | {"change"} else None
    if base is not None:
        subject = base
    if (
        subject
        and previous
        and subject == _strip_links(clause_before.strip(_QUOTES)) != clause_before.strip(_QUOTES)
        and _verbal(subject)
        and (len(_tokens(subject)) == 1 or _moved_to(clause_before.strip(_QUOTES)) or clause_before.endswith("为"))
    ):
        # 间隔由０．７４微米调整为０．３７微米, 20余块牌子拆除减少到16块: the verb only links the second figure to
        # the first's label; not a noun and its verb, which say what this figure is (人民日报 2023: 工伤保险报销了1.8万多元, not the 医疗费 before;
        # 民营企业进出口增长6.7%, not the 比重 before)
        subject = ""
    if not subject and kind in ("change", "percent"):
        subject = _changed_object(clause_before) or _doing_changed(clause_before)
    if subject and kind not in ("change", "percent"):  # (减少碳排放5%: a share of a change, its arrow says which)
        subject = _kept_change_verb(subject, clause_before)
    if previous and _THIS_MEASURE_RE.fullmatch(subject):
        # 出口额…增至600亿欧元，预计今年这一数值将达到681.8亿欧元: 出口额 (这一数值 says of what not)
        subject = previous
    if subject in ("人民币", "美元", "欧元", "日元", "港币", "港元"):
        subject = ""  # 约合人民币210亿元: the currency is the unit, the label goes on from the figure before
    if len(subject) == 1 and _strip_links(clause_before.strip(_QUOTES)) != subject:
        subject = ""  # a lone character is a label only when it is the whole clause (煤５８８吨, 砂达1001.25万吨)
    if subject in _KIND_ALONE and not clause_after.startswith("的"):
        subject = _kind_modifier(subject, clause_before)  # (免费享受价值100元的上门助餐: 享受 takes the 服务)
    if subject in _BARE_MEASURES or subject in ("幅度", "范围"):
        subject = _measure_owned(clause_before, subject) or subject
    if subject in _BARE_MEASURES and previous:
        subject = _measure_of(previous, subject)
    if subject in _COUNT_MEASURES and clause_before.strip(_QUOTES).startswith(subject) and sentence_head:
        subject = _whose(subject, sentence_head)
    per = _PER_BASE_RE.match(clause_before.strip(_QUOTES)) if subject else None
    if per and len(per.group("base")) + len(subject) < _MAX_CHARS:
        subject = f"每{per.group('base')}{subject}"  # 每千名老人拥有床位46张: a ratio, not the beds
    if subject and counted:
        subject = _part_of_whole(subject, clause_before, rest) or subject
    if subject and counted and clause_before.endswith("的") and after_label(clause_after):
        subject = ""  # 来自40多个国家和地区的近百名记者: the 记者 counted, not whose they are
    if subject:
        return subject
    heat = _temperature_named(clause_before) if kind == "temperature" else ""
    if heat:
        return heat
    household = _household(clause_before, unit) if counted else ""
    if household:
        return household
    doing = (
        _doing_after(clause_after)
        if not after and not spent and unit and not person and unit not in _PEOPLE_UNITS
        else ""
    )
    if doing:
        return doing  # 从２月起实施２万亿日元的特别减税, 公告發佈五點提醒：
    quoted = _people_doing("", clause_after, unit) if clause_before.endswith("“") else ""
    if quoted:
        return quoted  # 更响应“三亿人参与冰雪运动”的号召: 参与人数 (the quote opens its own clause, not 响应人数)
    verb = _verb_before(clause_before) if clause_before else ""
    if len(verb) >= 2 and unit == "次":
        return verb + "次数"  # 受到巡防大队表彰14次: 表彰次数
    if len(verb) >= 2 and unit in ("场", "场次") and verb not in _LINKS:
        return verb + "场次"  # 合共舉辦逾八千一百場次: 舉辦場次
    if len(verb) >= 2 and unit == "户" and verb not in _PREDICATES:
        return verb + "户数"  # 全省将实施困难残疾人家庭无障碍改造1.5万户: 改造户数
    if len(verb) >= 2 and unit in _PEOPLE_UNITS and kind in ("count", "range"):
        if verb in _CAUSATIVES:  # 带动6万人次参与: 参与人次, what the people do, not 带动
            return _people_doing("", clause_after, unit)
        who = _people_before_verb(clause_before, verb)
        return (
            who + verb + _PEOPLE_UNITS[unit]
        )  # 累计接收安置498人: 安置人数; 培训9225人次: 培训人次; 安排四五十人 (a range)
    if len(verb) >= 2 and kind == "duration":
        return verb if verb.endswith(("时", "长", "期", "龄")) else verb + "时间"  # 被困11小时: 被困时间
    closes = not clause_after.strip(_QUOTES + "）)")  # the count ends its clause: nothing after it is counted
    doing = _count_of_doing(clause_before) if counted and kind == "count" and closes else ""
    if doing:
        return doing  # 共造成抱龙镇房屋倒塌65间: 房屋倒塌
    cases = _cases_of_doing(clause_before, unit) if counted and kind == "count" and closes else ""
    if cases:
        return cases  # 中心就接到退货申请660起: 退货申请
    doing = _amount_of_doing(clause_before) if kind == "amount" else ""
    if doing:
        return doing  # 每年亩均增收约300元: 亩均增收; 占地100亩: 占地面积
    if verb in _MONEY_WORDS and kind in ("amount", "change", "rate"):
        return _MONEY_WORDS[verb]  # 结果亏了45.47万元: 亏损 (a one-character verb says it as a noun)
    if verb in _MONEY_VERBS and kind in ("amount", "change", "rate"):
        return verb + "金额" if verb in _SAVING_VERBS else verb  # 获利449.32万元; 节约了不低于700万元: 节约金额
    if verb in _VERB_MEASURE and kind in ("count", "amount", "range"):
        return _VERB_MEASURE[verb]  # 每天能卖1000个: 销量
    if after:
        return after  # even one character: 挣3000多元钱 → 钱
    peak = _peak_clause(sentence_head, clause_before)
    if peak:
        return peak  # 3个…门诊的周末单日接种量，最高达569针次: 单日接种量
    own = _own_measure_verb(clause_before, kind) or _people_doing(clause_before, clause_after, unit)
    if own:
        return own
    done = _done_of_previous(previous, clause_before, unit, previous_unit) if counted and whole_before else ""
    if done:
        return done  # 累计受理各类民情10193件，已办结10019件: 办结民情 (not 民情, the count before)
    flow = _flow_of(previous, clause_before, kind) or _peak_of(previous, sentence_head, clause_before)
    if flow:
        return flow
    item = (
        _listed_item(clause_before, sentence_head)
        if counted and whole_before
        else _listed_doing(clause_before, sentence_head, previous)
        if kind == "amount" and whole_before
        else ""
    )
    if item:
        return item  # 移动泵车18台、抢修保障车17辆: the item named before its count
    base = _base_level(previous, clause_before, unit, previous_unit)
    if base:
        return base  # 人均住房面积９．３平方米，比１９９２年人均６平方米增加５５％: １９９２年人均住房面积
    owner = _share_owner(previous, sentence_head, unit, kind)
    if owner:
        return owner  # 全县石材年产值占全县工农业年总产值的３０％，达到８．６亿元: 石材年产值
    if previous and _carries(previous, unit, kind, clause_before) and _same_count(previous_unit, unit, counted):
        return previous  # 3个…、5个: the list goes on (but 解决上万人的就业，排放110万吨 is no 人数)
    if person:  # 李昌钰当天在…家中逝世，享年87岁: whose age it is, the person the sentence names last
        name = _last_person(sentence_head + clause_before)
        if name:
            return name
    if person and _AGE_LIMIT_RE.search(clause_before):
        return "年龄"  # 一般未達六十五歲不可提取: an age limit, no one's age
    again = (
        _measured_again(previous, previous_unit, unit)
        if counted
        and not person
        and not whole_before
        and not clause_before.strip(_QUOTES)
        and not clause_after.strip(_QUOTES)
        else ""
    )
    if again:
        return again  # 派出巡回医疗队547支2800余人: the teams' people, not 河北省 opening the sentence
    if sentence_head and _only_when(_strip_links(clause_before.strip(_QUOTES))):
        # 累计雨量最大出现在双溪村，为4.4毫米: the clause only links; its subject opens the clause before
        return lead_label(_LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: "))[-1])
    if counted and kind == "count" and not person and not adjacent and not clause_after.strip(_QUOTES + "。，,；;！？"):
        return done_count(clause_before, unit)
    if kind == "amount" and not adjacent and not clause_after.strip(_QUOTES + "。，,；;！？"):
        return done_amount(clause_before, unit)
    return ""


#: A share word ending the noun after a figure: 十九至卅九歲青壯年客群佔比約百分之卅二.
_NEXT_SHARE_RE = re.compile(r"(?:占比|佔比|比重)$")


def _owner_of_next_share(after: str) -> str:
    """The noun after a figure that is no share, less the share word, which names the next figure or no
    figure (澳門日報 2026: ``十九至卅九歲青壯年客群佔比約百分之卅二`` → 青壯年客群 for the ages, the 佔比 is the
    百分之卅二's; ``五至七天中短途出境產品佔比顯著上升`` → 中短途出境產品)."""
    return after[:-2] if _NEXT_SHARE_RE.search(after) and len(after) >= 4 else after


#: A list of aspects before their count: 包括科学观念、科学思维…和态度责任4个方面, 从住房安居、交通出行等6方面.
#: Two aspects joined by 和/与/及 before their count: 在地质理论与工程技术两方面 (人民日报 2023).
_ASPECT_PAIR_RE = re.compile(
    r"(?:包括|包含|涵盖|聚焦|围绕|涉及|从|在|把|将)(?P<pair>[^、，。；：“”从在把将了和与及]{2,5}[和与及][^、，。；：“”从在把将了和与及]{2,6})$"
)
_ASPECTS_LISTED_RE = re.compile(
    r"(?:包括|包含|涵盖|聚焦|围绕|涉及|从|在|把|将|了)(?P<first>[^、，。；：“”从在把将了]{2,10})(?:、[^，。；：]*|等)$"
)


#: A word of a measure right before its figure, when a 的-noun after the figure says what it is the measure of:
#: 价值100元的…服务, 规模1000亿元的基金, 总额5亿元的贷款.
_KIND_BEFORE_RE = re.compile(r"(?<!总)(?P<kind>价值|规模|总额|金额|面积|总面积)(?:约|达|近|超过|超|逾|高达|仅)?$")


#: How a group of people is named: 困难人员, 高校毕业生, 农村劳动力, 农民工.
_GROUP_ENDS = ("人员", "毕业生", "劳动力", "农民工", "群众", "青年", "残疾人")


def _people_before_verb(before: str, verb: str) -> str:
    """The group whose doing a count of people counts, named right before the verb (人民日报 2023:
    ``城镇失业人员再就业268万人、困难人员就业87万人`` → 困难人员就业人数, not 就业人数 for both), with a 再 between
    them; empty when none is named or the label would grow too long."""
    head = before.rstrip(_QUOTES)
    if not head.endswith(verb):
        return ""
    head = head[: -len(verb)]
    again = "再" if head.endswith("再") else ""
    head = head[: len(head) - len(again)]
    who = subject_label(head) if head.endswith(_GROUP_ENDS) else ""
    if not who.endswith(_GROUP_ENDS) or len(who) + len(again) + len(verb) + 2 > _MAX_CHARS:
        return ""
    return who + again


def _kind_of_noun(before: str, rest: str) -> str:
    """A measure word before a figure and a 的-noun after it: the measure is of that noun (``免费享受价值100元的
    上门助餐、助洁、助医等服务`` → 服务价值, ``规模1000亿元的基金`` → 基金规模; 人民日报 2023), not the bare 价值 nor the
    noun alone (设备 for 价值200万元的设备 reads as a count)."""
    m = _KIND_BEFORE_RE.search(before.rstrip(_QUOTES))
    said = subject_label(before) if m else ""
    done = m.group("kind") == "价值" and said.endswith("价值") and _verbal(said[:-2]) if m and said else False
    if not m or not rest.startswith("的") or not (said in _KIND_ALONE or done):
        return (
            ""  # (签约金额105.35亿元的…项目: the clause names its own measure; 调拨价值100万元的…: 调拨 only says how)
        )
    listed = _LISTED_RE.match(rest[1:])
    noun = after_label(listed.group("head")) if listed else ""
    noun = noun or after_label(rest[1:])
    if not noun or len(noun) > 8 or noun.endswith(m.group("kind")):
        return ""
    return noun + m.group("kind")


def _aspects_listed(before: str) -> str:
    """方面 counted after a list of them is said by the first listed and 等: ``主要包括科学观念、科学思维、探究实践和态度
    责任4个方面`` → 科学观念等方面 (方面 alone names the aspects of nothing; 人民日报 2023)."""
    m = _ASPECTS_LISTED_RE.search(before.rstrip(_QUOTES))
    if m:
        return m.group("first") + "等方面"
    pair = _ASPECT_PAIR_RE.search(before.rstrip(_QUOTES))
    return pair.group("pair") if pair else ""  # 在观众口碑和票房收益两方面: the two aspects named


#: A verb of change or saving right before the noun a figure measures: the figure is the change, not the level.
_KEPT_CHANGE_RE = re.compile(
    r"(?P<verb>减少|节约|节省|新增|增加|降低)了?(?P<noun>[^，。；、]{2,8}?)(?:约|近|超过|超|达到|达|逾|共|共计|累计)*$"
)


#: A measure named only as "this one": 这一数值, 该比例, 这个数字 point back to the figure before.
_THIS_MEASURE_RE = re.compile(
    r"(?:这一|这个|该|此)(?:数值|数字|数据|比例|比重|指标|人数|数量|规模|水平|汇率|总额|金额)"
)


#: Verbs of saving money, whose object is the figure: alone they are no label (村里就节约了不低于700万元;
#: 人民日报 2023: judged "a verb alone"), so the amount saved is named (节约金额). A count held, 可容纳1.1万人, is
#: named by doing_labels.done_count (容纳人数).
_SAVING_VERBS = frozenset("节约 节省 省下 节支".split())


def _kept_change_verb(subject: str, before: str) -> str:
    """A figure after a verb of change and its noun is the change of that noun, so the label keeps the verb:
    ``减少工程占地近10万亩`` → 减少工程占地 (工程占地 alone reads as the land the works take), ``累计增加农民工收入
    超过16.2亿元`` → 增加农民工收入, ``全省新增科技型中小企业6509家`` → 新增科技型中小企业 (人民日报 2023)."""
    m = _KEPT_CHANGE_RE.search(before.rstrip(_QUOTES))
    if not m or m.group("noun") != subject or len(subject) + len(m.group("verb")) > _MAX_CHARS:
        return subject
    return m.group("verb") + subject


#: Words that link a year to the anniversary it is (今年是…, 召开于…之际, 迎来…).
_ANNIVERSARY_LINK_RE = re.compile(r".*(?:是|于|迎来|庆祝|纪念|值此|适逢|正值|逢)")


#: Between a figure and the next: 的, the noun the first measured, and a verb that moves it to the second.
_OF_BEFORE_MOVED_RE = re.compile(
    r"^的(?P<n>[\u4e00-\u9fff]{1,8}?)(?:缩短|缩减|减少|降低|下降|压缩|增加|提高|延长|提升|扩大|增长)(?:到|至|为)$"
)
#: How a figure was computed, between its subject and 为: 欧元区7月通胀率按年率计算为5.3%, 按可比价格计算.
_COMPUTED_ON_RE = re.compile(r"按[\u4e00-\u9fff]{1,6}(?:计算|计)(?=(?:为|是|约|达)?$)")


#: What an anniversary is of, after 纪念/庆祝 and no verb: 纪念中国话剧９０周年, 庆祝建党100周年.
_COMMEMORATED_RE = re.compile(r"(?:纪念|庆祝|庆贺|迎接)(?P<x>[\u4e00-\u9fff“”《》]{2,10})$")
#: Where a price or an index closed or opened, before its figure: 收盘时报, 开盘报.
_CLOSE_AT_RE = re.compile(r"(?:收盘|开盘|收市)时?报$")
#: A rate said as so much of a currency for one of another: ５０铢兑１美元.
_RATE_AFTER_RE = re.compile(r"^(?:兑换?|对)[1１](?P<cur>" + "|".join(sorted(MONEY_UNITS, key=len, reverse=True)) + ")")
#: A comparison with a time before a change, which names no subject: 比上个交易日下跌０·７４日元.
_TIME_BASE_RE = re.compile(
    r"^(?:比|较)(?:上个|上一个|前一个|上|去年|上年|前一年|昨日|昨天)"
    r"(?:交易日|财年|同期|年底|年末|年初|全年|季度|年|月|周|期)?(?:分别)?"
    r"(?=(?:增长|下降|增加|减少|上涨|下跌|回升|回落|提高|降低|上升|增|降|多|少|高|低|快|慢|升|跌|涨)了?$)"
)
#: A clause that opens with 每 and one measure word, then a length: 每圈13.6公里, 每段2公里.
_EACH_ONE_RE = re.compile(r"每[圈段节级层站趟根条]")
#: One unit of a currency said to buy another (the base is no figure: figures._exchange_base).
_EXCHANGE_BEFORE_RE = re.compile(
    r"(?P<pre>[^，。；（(]*?)[1１](?P<cur>" + "|".join(sorted(MONEY_UNITS, key=len, reverse=True)) + r")"
    r"(?:约合|约|合|兑换?|折合|相当于|可兑换?)$"
)
#: Journalists counted: 近百名记者, 200多名中外记者 (记者 elsewhere is who tells, never what is measured).
_REPORTERS_RE = re.compile(r"(?:中外|境内外|国内外|随行|驻华|各地)?(?:记者|通讯员)")
#: Measures that alone name only the kind of figure (标准 of what? 浓度 of what?).
_KIND_ALONE = frozenset("标准 浓度 平均浓度 价格 幅度 规模 比例 金额 总额 面积 总面积 产量 价值 数量".split())


_SAVED_END_RE = re.compile(r"(?:节省|节约)了?$")


def _doing_changed(before: str) -> str:
    """A noun and its doing before a verb of change, the whole clause: the doing of that thing changed
    (人民日报 2023: ``工期节省15%、水电节省20%、垃圾排放减少20%`` → 垃圾排放, was the 水电 before it carried on,
    as jieba's 排放 is a verb that ends no subject); "" for anything longer than a short compound."""
    m = _CHANGE_END_RE.search(before) or _SAVED_END_RE.search(before)
    stem = before[: m.start()].strip(_QUOTES) if m else ""
    toks = _tokens(stem) if 2 <= len(stem) <= 6 else []
    if len(toks) == 2 and toks[0][1].startswith("n") and toks[1][1].startswith("v") and len(toks[1][0]) == 2:
        return stem
    if m and m.re is _SAVED_END_RE and toks and all(t.startswith("n") for _, t in toks):
        return stem  # 工期节省15%、水电节省20%: the thing saved on (节省 is no link word: 节省5—10分钟 is 节省时间)
    return ""


def _kind_modifier(subject: str, before: str) -> str:
    """A bare measure with the word jieba cut off before it put back: a verb that modifies it (``补助标准提高到``
    → 补助标准: 补助 is no predicate there, it says which 标准) or a pollutant's name in Latin letters and
    digits (``PM10浓度同比下降`` → PM10浓度) (人民日报 2023)."""
    at = before.rfind(subject)
    toks = _tokens(before[:at]) if at > 0 else []
    if not toks:
        return subject
    w, t = toks[-1]
    if (t.startswith("v") and len(w) == 2 and w not in _LINKS and w not in _NEVER) or re.fullmatch(
        r"[A-Za-z][A-Za-z0-9.]*[0-9][A-Za-z0-9.]*", w
    ):
        return w + subject
    return _owner_of_kind(toks, subject)


#: Nouns that own no measure before 的: times and places of the telling, pronouns.
_NOT_OWNERS = frozenset("其中 今年 去年 当年 目前 如今 当地 全国 全省 全市 全县 我们 他们 她们 大家".split())


def _owner_of_kind(toks: list[tuple[str, str]], kind: str) -> str:
    """A bare measure after a noun and 的 is that noun's measure (人民日报 2017: ``其中天鹅的数量达4000多只`` →
    天鹅数量, not 数量 alone)."""
    if len(toks) < 2 or toks[-1][0] != "的":
        return kind
    w, t = toks[-2]
    if t not in ("n", "nz", "nr", "ns", "nt") or len(w) < 2 or w in _NOT_OWNERS or len(w) + len(kind) > 8:
        return kind
    for _w, tag in reversed(toks[:-2]):
        if tag == "x":
            break
        if tag.startswith(("v", "p")):
            return kind  # 领取养老待遇的比例, 比当地水稻品种的产量: the noun is a verb's object, not the owner
    return w + kind


#: A verb of change before the thing it changes: 减少碳排放, 降低能耗, 提高产量.
_CHANGE_THEN_OBJECT_RE = re.compile(
    r"(?:减少|降低|增加|提高|提升|削减|压缩|缩短|节约|节省|减轻)(?P<what>[^，。；、了]{2,8}?)(?:约|近|超过|达|了)?$"
)


def _changed_object(before: str) -> str:
    """A change after a verb of change and its object is the change of that object (the arrow says which way):
    ``每辆车每年累计减少碳排放5%左右`` → 碳排放 (人民日报 2023; not the 降幅 of the figure before, carried)."""
    m = _CHANGE_THEN_OBJECT_RE.search(before.strip(_QUOTES))
    if m is None:
        return ""
    what = subject_label(m.group("what"), measured=True)
    return what if len(what) >= 2 and m.group("what").startswith(what) else ""


def _anniversary_of(before: str) -> str:
    """What an anniversary (…周年) is of: the doing it counts the years since and its subject,
    ``今年是新中国成立70周年`` → 新中国成立, ``今年是共建“一带一路”倡议提出10周年`` → 共建一带一路倡议提出
    (人民日报 2023): the words after the link that opens it when they are short, else the subject before the verb
    and the verb (周年 alone, or 年龄, names nothing)."""
    verb = _verb_before(before)
    if not verb:
        return ""
    cut = before.rstrip(_QUOTES).removesuffix("了")
    m = _ANNIVERSARY_LINK_RE.match(cut)
    whole = "".join(ch for ch in cut[m.end() if m else 0 :] if ch not in _QUOTES)
    if m and len(whole) > len(verb) and len(whole) <= _MAX_CHARS - 2:
        return whole
    subject = subject_label(cut[: cut.rfind(verb)])
    return subject + verb if subject and len(subject) + len(verb) <= _MAX_CHARS else ""


def _agent_relative(after: str) -> str:
    """After a count of things, a relative clause whose subject is a person and whose verb closes it with
    的 qualifies the noun after 的, which is what is counted: ``收到430余封运动员手写的感谢信`` → 感谢信 (not
    运动员手写: the athletes are who wrote them). Not for counts of people (5名学生参加的活动 counts 学生)."""
    head = _relative_head(after)
    if not head or not after.startswith(("的", "“")) and "的" not in after[:10]:
        return ""
    toks = _tokens(after[: after.index("的")])
    if (
        len(toks) < 2
        or not all(_nounish(t) for _, t in toks[:-1])
        or toks[-2][0][-1] not in _PERSON_ENDS
        or not toks[-1][1].startswith("v")
        or toks[-1][1] == "vn"
        or toks[-1][0] in _LINKS
    ):
        return ""
    return after_label(head)


#: How the noun of a sum of money ends (扶持资金, 专款, 油费, 奖金, 金额, 投资).
_MONEY_ENDS = ("资金", "款", "费", "金", "额", "投资")


def _purpose_after(after: str, before: str, clause_after: str) -> bool:
    """An amount between the noun it measures and a verb with its object: the verb says what the money is
    for (人民日报 2023: ``每村投入扶持资金200万元发展集体经济`` → 扶持资金, not 发展集体经济). Only when the
    words before end with a noun and the phrase after opens with a verb, ends the clause (not 10千伏|供电线路|
    发生故障: the noun the clause is about) and ends with no money noun."""
    if not clause_after.strip(_QUOTES).startswith(after) or clause_after.strip(_QUOTES)[len(after) :].strip("。！？!?"):
        return False
    toks = _tokens(after)
    if len(toks) < 2 or not toks[0][1].startswith("v") or after.endswith(_MONEY_ENDS):
        return False
    last = _tokens(before[-8:])[-1:] if before else []
    return (
        bool(last)
        and last[0][1] in ("n", "nz", "vn")
        and len(last[0][0]) >= 2
        and last[0][0] in _tagger()[0]
        and last[0][0][-1] not in "年月日天周期"  # (完成全年1.8万亿元投资目标: a time, not the noun measured)
    )


def _spent_on(before: str, after: str) -> bool:
    """An amount right after a verb of spending (投入 出资 拨付, :data:`_MONEY_VERBS`) and before a verb: the
    verb after says what the money buys, the verb before is what the amount measures (新华日报 2024: ``该区
    投入近300万元购买68套智能研修设备`` → 投入, not 购买; ``继续投入270万元增扩…设备`` → 投入)."""
    if not before or not after or _verb_before(before) not in _MONEY_VERBS:
        return False  # (the cached verb first: most amounts follow no verb of spending)
    toks = _tokens(after[:6])
    if not toks or toks[0][1] != "v" or toks[0][0] in _LINKS:
        return False
    return not after_label(after).endswith(_MONEY_ENDS)  # (投入200万元援疆资金: the money's own noun)


_THRESHOLD_RE = re.compile(r"^(?:以上|以下|及以上|左右)?的")


def _threshold_of(before: str, after: str) -> bool:
    """An amount right after a measure noun, then 的 and a noun, is a threshold of that measure that
    qualifies the noun: ``千户企业销售收入１００亿元以上的企业２３户`` → 销售收入, ``连续3日累积雨量50毫米以上雨区``
    → 累积雨量 (not 企业, 雨区: the things that pass the threshold)."""
    before = before.strip(_QUOTES)
    if not (_THRESHOLD_RE.match(after) or _nounish(_tokens(after[:6])[0][1])):
        return False
    return before.endswith(_MEASURE_NOUNS + ("收入", "雨量", "产值", "总额", "金额")) and bool(subject_label(before))


def _whose(measure: str, sentence_head: str) -> str:
    """A bare measure of whose (数量, 人数) opening a clause is the measure of the subject of the clause
    before: ``全省彩虹基地已累计安置…5000余人，数量已经发展到358个`` → 全省彩虹基地数量 (数量 alone says not of what)."""
    lead = lead_label(_LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: "))[-1])
    return lead + measure if lead and len(lead) + len(measure) <= _MAX_CHARS else measure


_SHARE_OPENING_RE = re.compile(r"^[约近]?占[^，。；]*$")
_FIRST_NUMBER_RE = re.compile(r"[0-9０-９]")  # (digits: 千户企业 is a name, not its figure)


#: A time a figure is said at, between a subject and an amount: 从移民之初的, 从2012年的; a share or a
#: count too (森林覆盖率由1986年的8%提高到…, 比重由5年前的不足1%上升到…).
_FROM_WHEN_RE = re.compile(
    r"[从由](?:[^，。；从由的]{0,6}(?:之初|初期|之前|以前|年|年初|年底|年末|月|月底|月末|时|时期|前)|过去)的$"
)
#: The kinds whose subject :data:`_FROM_WHEN_RE` steps back to (not a span, not an age).
_FROM_WHEN_KINDS = frozenset(("amount", "percent", "count", "rate", "other", "temperature"))


#: The start of a change, with its subject: 窗口从|48个, 观众接待量由每日|1.2万人, 清单从最初的|190项.
#: A clause that opens with where a change starts, its subject in the clause before: 由, 已由2017年的 (黑龙江…高新技术
#: 企业，已由2017年的929家增至目前的3605家; 人民日报 2023: both were empty).
_FROM_ALONE_RE = re.compile(r"(?:已经|已|将|均|都|也|则|还|现)?(?:由|从)(?:[0-9０-９]{4}年(?:底|末|初)?的?)?")
_FROM_START_RE = re.compile(
    r"(?P<s>[^，。；：]*?)[从由](?:[0-9０-９]{1,4}年(?:前|底|末|初)?的?)?(?P<m>[^，。；：从由0-9０-９]{0,5})$"
)  # (人均生活水平从5年前不足1.4万元增至…: the time the change starts from is no part of its subject)
#: The verb of change after a change's start, up to its end: 48个|缩减到8个, 190项|“瘦身”至现在的27项.
_TO_AFTER_RE = re.compile(r"^(?:一下子|一举|迅速|陡然|骤然|猛然|逐年|逐步|大幅)?[“”]?[\u4e00-\u9fff]{1,2}[“”]?[到至]")
#: The end of a change, with its subject: 窗口从48个缩减到|8个, 清单从最初的190项“瘦身”至现在的|27项.
_TO_END_RE = re.compile(
    r"(?P<s>[^，。；：]*?)[从由][^，。；：从由0-9０-９]{0,5}[0-9０-９][^，。；：从由]{0,8}?"
    r"[\u4e00-\u9fff]{0,3}[^\u4e00-\u9fff，。；：0-9０-９]?(?P<v>[\u4e00-\u9fff]{2})[“”]?[到至][^，。；：0-9０-９]{0,5}$"
)


def _list_noun(rest: str, unit: str) -> str:
    """Figures of one unit listed with 、 share the noun after the last: ``分别给予200万元、100万元、50万元奖励``
    → 奖励 for 200万元 and 100万元 too (they were empty), as for the last (人民日报 2023)."""
    if not unit or not rest.startswith("、"):
        return ""
    members = re.match(
        r"(?:、[约近超逾]?[0-9０-９.．一二三四五六七八九十百千万亿两几]+[多余]?[万亿]?" + re.escape(unit) + ")+", rest
    )
    if not members:
        return ""
    return after_label(rest[members.end() :])  # (the noun the last member is given, verbal or not: 奖励)


#: A clause that is only a 的 phrase and the people it describes, before a figure's links.
_PEOPLE_WHO_RE = re.compile(r"(?:^|[，,：:])(?P<rel>[^，。；：、的“”0-9０-９]{2,10})的(?P<head>人|人群|人员)$")


def _people_who(before: str) -> str:
    """A subject that is a 的 phrase and 人 names the people it describes, the phrase and all (人 alone names
    no one): ``其中，具有大专以上学历的人超过15%`` → 具有大专以上学历的人 (was empty; 人民日报 2023)."""
    m = _PEOPLE_WHO_RE.search(_strip_links(before.rstrip(_QUOTES)))
    if not m:
        return ""
    rel = m.group("rel")
    toks = _tokens(rel)
    if not toks or not toks[0][1].startswith("v") or toks[0][0] in _LINKS:
        return ""  # (a verb opens the phrase: 具有…, 参加…; not 其中 or a noun's modifier)
    return rel + "的" + m.group("head")


def _changed_from_to(before: str, after: str, measured: bool = False) -> str:
    """Both ends of a change 从X…到Y are figures of the subject before 从/由, not of the verb between them:
    ``窗口从48个缩减到8个`` → 窗口 (was 缩减到), ``这份“清单”从最初的190项“瘦身”至现在的27项`` → 清单
    (was 瘦身). A range with no verb (从8吨到180吨的各种航天器) is not a change and is left to the noun after it;
    a measure named after 从 (玉米从亩产2吨增长到6吨, 能力从水深不到50米…) is left to the rules that name it."""
    start = _FROM_START_RE.search(before)
    if start and _TO_AFTER_RE.match(after):
        subject, lead = start.group("s"), start.group("m")
    else:
        end = _TO_END_RE.search(before)
        if not end or not _tagger()[0].get(end.group("v"), "v").startswith(("v", "n")):
            return ""
        subject = end.group("s")
        lead_m = re.search(r"[从由](?P<m>[^，。；：从由0-9０-９]{0,5})[0-9０-９]", before[len(subject) :])
        lead = lead_m.group("m") if lead_m else ""
    if any(_nounish(tag) and not word.startswith("每") for word, tag in _tokens(lead.rstrip("的"))) and not (
        lead.endswith("的")
    ):
        return ""
    subject = subject.strip().strip(_QUOTES)
    said = subject_label(subject, measured) if subject else ""
    ahead = subject[: -len(said)][-1:] if said and subject.endswith(said) else ""
    if len(said) <= 2 and re.match(r"[\u4e00-\u9fff]", ahead) and ahead != "的":
        return ""  # 供养补助标准由…: a two-character head cut off a compound is left to the rules before
    return "" if not said or _verbal(said) else said


#: A clause that raises or cuts a measure, the measure its object: 调高每日观众接待量, 将补助标准提高.
_RAISED_RE = re.compile(
    r"(?:调高|调低|提高|提升|扩大|增加|降低|减少|压缩|压减|调整|上调|下调|放宽|延长|缩短|加大|缩小)"
    r"(?P<obj>[\u4e00-\u9fff“”]{2,12})$"
)
#: A change's start that opens its clause, after at most a per-word: 从每日|1.2万人; its end: 上调至每日|1.5万人.
_BARE_FROM_RE = re.compile(r"^[从由](?:每[\u4e00-\u9fff]{1,2})?$")
_BARE_TO_RE = re.compile(r"^[“”]?[\u4e00-\u9fff]{2}[“”]?[到至](?:每[\u4e00-\u9fff]{1,2})?$")


def _raised_object(sentence_head: str, before: str, after: str, previous: str) -> str:
    """Both ends of a change 从X…到Y that opens its clause are figures of the measure the clause before
    raises or cuts (人民日报 2023: ``湖南博物院调高每日观众接待量，从每日1.2万人上调至每日1.5万人`` → 观众接待量
    for both, were empty). The end only when the start was so named (``previous``)."""
    clause = _LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: "))[-1] if sentence_head else ""
    m = _RAISED_RE.search(clause)
    if not m:
        return ""
    said = subject_label(m.group("obj"))
    if len(said) < 2 or _verbal(said):
        return ""
    if _BARE_FROM_RE.match(before) and _TO_AFTER_RE.match(after):
        return said
    return said if _BARE_TO_RE.match(before) and previous == said else ""


def _verb_after(after: str) -> bool:
    """A noun measure word is followed by its predicate, not by a noun it counts: ``此次3部门发文`` → 部门
    (jieba's phrase after it, 发文, is a verb)."""
    noun = after_label(after)
    if not noun or not after.startswith(noun) or not _verbal(noun):
        return False
    # a verbal noun (工作, 设置) is the predicate only when something follows it: 四方面工作：is the work
    return _tag(noun, _tagger()[0]) == "v" or bool(after[len(noun) :].strip(_QUOTES))


#: The nouns of a temperature, and a change of one (温度波动).
_TEMPERATURE_NOUN_RE = re.compile(r"(?:温度|气温|水温|体温|室温|温差|油温|地温)(?:上下)?(?:波动|变化)?")


def _temperature_named(before: str) -> str:
    """A temperature set, kept or bounded by a verb the subject does not step over is the temperature named
    before that verb: ``将空调温度调到26摄氏度`` → 空调温度, ``让冷冻食材温度波动小于0.2摄氏度`` → 温度波动."""
    found = list(_TEMPERATURE_NOUN_RE.finditer(before))
    if not found:
        return ""
    last = found[-1]
    named = subject_label(before[: last.end()])
    if named.endswith(last.group()):
        return named
    return last.group() if len(last.group()) > 2 else ""  # 温度上下波动控制在3摄氏度以内: the change named


#: A title in 《》 right after a count, the thing counted (the finder keeps the title out of the clause).
_COUNTED_TITLE_RE = re.compile(r"^《(?P<title>[^《》，。]{1,12})》")


def _counted_title(rest: str) -> str:
    """The book, paper or work a count counts when its title follows it: ``至今已有近2亿册《新华字典》发放到…``
    → 《新华字典》 (the finder cuts the clause at the title, which is no figure)."""
    m = _COUNTED_TITLE_RE.match(rest)
    return f"《{m.group('title')}》" if m else ""


#: A comparison with the time before a doing, then the change: 较优化前增长|35.21%, 比改革前增长.
_BEFORE_BASE_RE = re.compile(
    r"(?:较|比|相比|相较|与)[^，。；较比]{1,10}?(?:前|之前|以前)(?:相比|比)?(?:"
    r"增长|下降|增加|减少|上涨|下跌|提高|降低|上升|回落|提升|缩短|延长|扩大|缩小)了?(?:约|近|超过|逾)?$"
)


def _compared_with_before(before: str, previous: str) -> str | None:
    """A change measured against the time before a doing names what changed, not the doing:
    ``海口公交…日均运送乘客16.96万人次，较优化前增长35.21%`` → 日均运送乘客 (the figure before, the
    same thing's level), ``营收比改革前增长12%`` → 营收. None when the clause is no such comparison."""
    m = _BEFORE_BASE_RE.search(before)
    if not m:
        return None
    head = _strip_links(before[: m.start()].strip(_QUOTES + "，, "))
    if head:
        return subject_label(head) or previous or None
    return previous or None


def _share_cut(sentence_head: str, before: str) -> str:
    """A share whose clause opens with 占 and whose whole a count cuts off (占６．７万户…企业的６０％) is the
    share of what the clause before measures: ``实现销售收入１５２３０．８亿元，占６．７万户国有及国有控股企业的６０％``
    → 销售收入占比, ``工业总产值９５８８．２亿元（不变价），占６．７万户…工业总产值的４０．９％`` → 工业总产值占比
    (not the whole, 国有及国有控股企业, or a fragment of it)."""
    if not before.rstrip(_QUOTES).endswith("的"):
        return ""
    clauses = CLAUSE_SEP.split(sentence_head)
    if len(clauses) < 2 or not _SHARE_OPENING_RE.match(clauses[-1].strip(_QUOTES)):
        return ""
    prior = clauses[-2].strip(_QUOTES)
    m = _FIRST_NUMBER_RE.search(prior)
    what = subject_label(prior[: m.start()]) if m and m.start() else ""
    return what + "占比" if 2 <= len(what) <= _MAX_CHARS - 2 else ""


#: Verbs that close the phrase of 对 and what it is the object of: 对…进行的调研, 对…开展的检查.
_DUI_VERB_RE = re.compile(r"(?:进行|开展|展开|实施|作出|做出|开展了|进行了)的?")


def _object_of_dui(before: str, after: str) -> str:
    """A count after 对 is the object of the doing that closes the phrase: ``中国贸促会对160多家在华外资企业和外国
    商协会进行的调研结果显示`` → 外资企业和外国商协会 (not 调研结果显示, what follows the 的)."""
    if not before.rstrip(_QUOTES).endswith("对"):
        return ""
    m = _DUI_VERB_RE.search(after)
    if not m or m.start() < 2:
        return ""
    return subject_label(after[: m.start()])


def _household(before: str, unit: str) -> str:
    """一家三口, 全家五口: 口 counts the people of a household (``租住着一家四口`` → 家庭人口, not nothing)."""
    return "家庭人口" if unit == "口" and before.strip(_QUOTES).endswith(("一家", "全家")) else ""


#: The verbs closing a comparison frame 与…相比 (人民日报 2023: ``与前6批相比，第七批…``): never a doing counted.
_COMPARING = frozenset("相比 相较 比较 对比".split())


def _doing_after(after: str) -> str:
    """A doing that closes the clause right after a figure (past 的 and an adverb) is what the figure
    counts or costs: ``实施２万亿日元的特别减税`` → 特别减税, ``公告發佈五點提醒：`` → 提醒 (jieba has them verbs,
    which a label otherwise never ends with)."""
    text = after.strip(_QUOTES).removeprefix("的")
    toks = _tokens(text)
    if not toks or len(toks) > 2 or len(text) > 6:
        return ""
    w, t = toks[-1]
    if not t.startswith("v") or len(w) != 2 or w in _LINKS or w in _SAYING or w in _NOT_DOING or w[-1] in "着了过":
        return ""
    if w in _COMPARING or w in _CLOSING:
        return ""  # 与前6批相比，…: the figure is the base of a comparison, no doing it counts; 以…点报收: a close
    if len(toks) == 2 and toks[0][1] not in ("d", "a", "ad"):
        return ""
    return text


#: Verbs of where a price or an index closed: 以１４８９６·４０点报收.
_CLOSING = frozenset("报收 收盘 收市 报价 收报".split())
_PER_TIME_MONEY_RE = re.compile(r"(?P<per>[日月年周])(?P<verb>赚|挣|亏|花)(?:了|约|近|超|逾|达)*$")


def _per_time_earning(before: str) -> str:
    """A money verb after 日/月/年 (per day, month, year), one word jieba does not know: ``公司日赚约5247万元`` →
    公司日赚 (jieba gives 公司|日|赚, and 赚 is stepped over as a link, leaving 公司日)."""
    m = _PER_TIME_MONEY_RE.search(before.strip(_QUOTES))
    if not m:
        return ""
    who = subject_label(before.strip(_QUOTES)[: m.start()]) if m.start() else ""
    return who + m.group("per") + m.group("verb") if len(who) <= 8 else m.group("per") + m.group("verb")


def _counted_doing(noun: str, after: str) -> str:
    """A count of times, then a noun and the verbs that close the clause: the doing is what is counted,
    ``对天舟一号实施了5次远距离导引控制，`` → 远距离导引控制 (not 远距离, the noun the doing qualifies); up to a
    conjunction, and with a noun of a task after the verbs (澳門日報 2026: ``七次飛船返回任務`` → 飞船返回任务,
    ``十三次航天員出艙和多次應用載荷出艙`` → 航天员出舱; were 飛船, 航天員, the doers, not what was done)."""
    text = after.strip(_QUOTES)
    if not text.startswith(noun):
        return noun
    toks = _tokens(text[len(noun) :])
    cut = next((i for i, (_, t) in enumerate(toks) if t == "c"), len(toks))
    verbs = toks[:cut]
    if verbs and len(verbs) > 1 and verbs[-1][0] in _TASK_NOUNS:
        verbs = verbs[:-1]  # 返回任务: the task is the doing's
    if not verbs or len(verbs) > 2 or not all(t == "v" and len(w) == 2 and w not in _LINKS for w, t in verbs):
        return noun
    done = noun + "".join(w for w, _ in toks[:cut])
    return done if len(done) <= 10 else noun


def _joined_after(noun: str, after: str) -> str:
    """A counted noun joined by 和 or 及 to a category that pairs with it: the count is of both (人民日报 2023:
    ``在40多个国家和地区演出3899场`` → 国家和地区, was 国家; ``317家企业和机构加入联盟`` → 企业和机构). Only the
    categories of :data:`_JOINED_CATEGORIES`, and only where the category ends the noun phrase: any second noun
    read over 3,037 unmarked articles gave as many wrong labels as right ones (25所高校和开幕式举办场地, 131名租户和
    农贸市场达成调解协议: 和 says with whom; 国家和国际|组织, cut by jieba; 6个东盟成员国和中国、日本: the count is
    of the first). Not 与, which also says with whom (48位八路军战士与敌人交战)."""
    text = after.strip(_QUOTES)
    if not text.startswith(noun) or len(noun) > 6:
        return ""
    rest = text[len(noun) :]
    if rest[:1] not in ("和", "及"):
        return ""
    second = next((c for c in _JOINED_CATEGORIES if rest.startswith(c, 1)), "")
    if not second:
        return ""
    tail = rest[1 + len(second) :]
    if tail[:1] == "、" or (tail[:1] and _tagger()[0].get(second + _tokens(tail[:6])[0][0], "")):
        return ""  # 国家和地区、…: a list goes on; 国家和国际组织 was read as 国际 (a longer word)
    joined = noun + rest[0] + second
    return joined if len(joined) <= _MAX_CHARS else ""


#: Categories a counted noun is joined to: 国家和地区, 企业和机构, 家庭和个人 (the longest first).
_JOINED_CATEGORIES = (
    "国际组织",
    "國際組織",
    "科研院所",
    "地区",
    "地區",
    "机构",
    "機構",
    "企业",
    "企業",
    "单位",
    "單位",
    "个人",
    "個人",
    "集体",
    "集體",
    "团体",
    "團體",
)


_NEGATED_RELATIVE_RE = re.compile(
    r"^(?:无法|無法|不能|未能|没有|沒有)[^，。；：“”的]{2,24}的(?P<head>[\u4e00-\u9fff]{1,8})$"
)


def _negated_relative_head(rest: str) -> str:
    """A count, then a negated relative clause that runs to 的 and the noun closing the clause: the noun is
    what is counted, never the clause cut off its negation (澳門日報 2026: ``二十家無法核實兩用物項最終用戶、最終用途
    的企業`` → 企业, was 核實兩用物項最終用戶, the opposite)."""
    m = _NEGATED_RELATIVE_RE.match(rest.strip(_QUOTES))
    return m.group("head") if m else ""


#: Nouns of a task that close a doing counted in 次: 返回任务, 出舱活动.
_TASK_NOUNS = frozenset("任务 活动 行动 作业".split())


#: Adverbs between a subject and its figure: 最小的才28平方米, 卖青团的就有6家.
_ADVERB_END_RE = re.compile(r"(?:才|就|都|也|只|仅|还|则)+$")


#: A share's verb opening a 的 phrase before the share: 占总投资的, 约占据总数的.
_SHARE_OF_RE = re.compile(r"^[约近共仅]?占(?:据|到)?")


#: A conjunction or linking adverb that opens a clause: 但先富的…, 而留下的….
_CONJUNCTION_OPEN_RE = re.compile(r"^(?:但是|但|可是|而且|而|并且|不过|于是|所以|因此|例如|比如|譬如)(?=..)")


def _headless(text: str, after: bool = False) -> str:
    """A whole clause side ``X的`` with no noun after 的 stands for the ones that are X: ``卖青团的就有6家`` →
    卖青团的, ``个头较小的10元/斤`` → 个头较小的, after a count ``三个咸的`` → 咸的 (not 咸, an adjective alone,
    nor the label of the figure before). Before a figure X must hold a verb or an adjective (公司的 is
    whose); after a count a noun will do (我三个芝麻的). A conjunction opening the clause is no part of the
    ones (人民日报 2017: ``但先富的60多户`` → 先富的, was 但先富的), nor is 例如 (``例如海洋的1/3`` → 海洋, was 例如海洋的)."""
    text = _CONJUNCTION_OPEN_RE.sub("", text)
    if not text.endswith("的") or not 2 <= len(text) <= 8 or CLAUSE_SEP.search(text):
        return ""
    if _SHARE_OF_RE.match(text):
        return ""  # 占总投资的79%: the whole a share is of (the subject rule says 投资占比), not ones that are X
    toks = _tokens(text[:-1])
    if not toks or any(t in ("x", "m", "r", "t") or w in _NEVER for w, t in toks):
        return ""
    if any(t.startswith(("v", "a")) and w not in _LINKS for w, t in toks) or (after and _nounish(toks[-1][1])):
        return text
    return ""


_DONE_ADVERBS_RE = re.compile(r"^(?:其中|目前|现已|已经|已|均|共|累计|先后|全部)*")


def _done_of_previous(previous: str, before: str, unit: str, previous_unit: str) -> str:
    """A count whose clause is only a verb, in the same measure word as the count before, counts the things
    of the count before that the verb was done to: ``累计受理各类民情10193件，已办结10019件`` → 办结民情 (not 民情
    again, a different quantity)."""
    if not previous or unit != previous_unit or not _nounish(_tag(_tokens(previous)[-1][0], _tagger()[0])):
        return ""
    verb = _DONE_ADVERBS_RE.sub("", before.strip(_QUOTES))
    if len(verb) != 2 or verb in _LINKS or verb in _NEVER or previous.startswith(verb):
        return ""
    if not _tag(verb, _tagger()[0]).startswith("v") or len(verb) + len(previous) > _MAX_CHARS:
        return ""
    return verb + previous


def _de_phrase_of_noun_after(after: str, clause_after: str) -> bool:
    """Whether the figure's own noun follows it right away, so that a ``X的`` before the figure qualifies that
    noun and stands for no ones of its own: ``剩余的400多万元村集体收入则用于村基建`` → 村集体收入 (人民日报 2017,
    was 剩余的, naming nothing)."""
    return bool(after) and clause_after.lstrip("".join(_QUOTES)).startswith(after[:2])


def _long_headless(before: str) -> str:
    """A share after ``X的占`` where X is a whole doing too long for :func:`_headless` is the share of the ones
    doing it, said without its determiners: ``升入各类高一级学校就读的占25.10%`` → 升入高一级学校就读的 (a 的 phrase
    of a verb and its object; not nothing)."""
    text = before.strip(_QUOTES)
    if not text.endswith("的占"):
        return ""
    text = text[:-1]
    for word in _DETERMINERS:
        text = text.replace(word, "")
    if not 9 <= len(text) <= _MAX_CHARS or CLAUSE_SEP.search(text) or any(c.isdigit() for c in text):
        return ""
    toks = _tokens(text[:-1])
    if not toks or not toks[0][1].startswith("v") or toks[0][0] in _LINKS or any(t in ("x", "r") for _, t in toks):
        return ""
    return text


#: An aside in brackets inside a noun phrase: 专家（名医）工作室.
_ASIDE_RE = re.compile(r"（[^（）。，；]{1,8}）|\([^()。，；]{1,8}\)")

#: A verb of change right before a figure: its subject is what changed, whatever 的 qualifies after.
_CHANGE_END_RE = re.compile(r"(?:增长|下降|增加|减少|上涨|下跌|提高|降低|上升|回落)了?$")


#: Examples listed after a figure and closed by 等, then the noun they are examples of:
#: 8到14岁的听力、言语、肢体等重度残疾儿童 (the figure qualifies the head, not the first example).
_LISTED_RE = re.compile(r"^的?(?:[^，。；、等的]{1,8}[、])+[^，。；、等的]{1,8}等(?P<head>[^，。；、]{2,})")


#: A preposition of place or a 分别 in the first item of a list after a figure: the list is the places the
#: things counted go from or to, not examples of them.
_FROM_PLACE_RE = re.compile(r"分别|[从自由向往赴到在]")


def _goes_from(listed: str) -> bool:
    """Whether the examples a 等 closes after a figure are places its things go from or to, not examples of the
    things (人民日报 2023: ``200台发电机分别从天津、河南、山东等周边省份出发`` → 发电机, was 周边省份)."""
    return bool(_FROM_PLACE_RE.search(listed.split("、", 1)[0]))


#: Nouns of a stock (a level at one time), and the verbs of a flow (how much it moved in a period).
_STOCK_RE = re.compile(r"(?:余额|总额|总量|存量|餘額|總額|總量)$")
_FLOW_RE = re.compile(r"(?:同比|环比|同比例)?(?:增加|减少|多增|少增|净增|净减|新增)$")


def _flow_of(previous: str, before: str, kind: str) -> str:
    """An amount after 增加/多增… with no subject of its own is a flow of the stock named before it, not the
    stock: ``中长期贷款余额42.32万亿元，…，一季度增加2.64万亿元，同比多增7081亿元`` → 中长期贷款增加,
    中长期贷款同比多增 (not 中长期贷款余额 three times)."""
    if kind != "amount" or not previous:
        return ""
    verb = _FLOW_RE.search(before.strip(_QUOTES))
    if not verb:
        return ""
    stock = _STOCK_RE.search(previous) or _FLOW_RE.search(previous)
    stem = previous[: stock.start()] if stock else ""
    return stem + verb.group() if len(stem) >= 2 else ""


#: A clause that says only "at most": 最高达, 最多时有 (高达 is no link here, 最高 is the word).
_PEAK_ONLY_RE = re.compile(r"^(?:最高|最低|最大|最小|最多|最少)(?:时|可|曾)?(?:达到|达|为|是|有|超过)?$")


def _peak_clause(sentence_head: str, before: str) -> str:
    """A clause that is only 最高/最多 and a link gives the peak of the measure the clause before ends with:
    ``3个预防接种门诊的周末单日接种量，最高达569针次`` → 单日接种量, ``广东工业机器人产量增速近5年来远超全国增速，
    最高达56.5%`` → 工业机器人产量增速 (cut at the clause's own figure; not nothing, nor the label of that figure)."""
    if not sentence_head or not _PEAK_ONLY_RE.match(before.strip(_QUOTES)):
        return ""
    last = _LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: "))[-1].strip(_QUOTES)
    m = _FIRST_NUMBER_RE.search(last)
    return subject_label(last[: m.start()] if m and m.start() >= 2 else last)


_PEAK_RE = re.compile(r"^(?:最高|最低|最大|最小|最多|最少)")


def _peak_of(previous: str, sentence_head: str, before: str) -> str:
    """A clause opening with 最高/最大… that a figure's clause only links to names the peak of the measure
    named before, not the measure over the whole: ``大部分地区最高气温在19~23℃，最高出现在奉化，为23.2℃`` →
    最高气温 (not 大部分地区最高气温, the range of most areas)."""
    if not previous or not sentence_head or _strip_links(before.strip(_QUOTES)):
        return ""
    last = _LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: "))[-1]
    peak = _PEAK_RE.match(last)
    if not peak or peak.group() not in previous or previous.startswith(peak.group()):
        return ""
    return previous[previous.index(peak.group()) :]


def _measure_owned(before: str, measure: str) -> str:
    """A bare measure whose owner stands right before it in the clause, with the doing it measures (人民日报
    2023: ``全国城市公交客运量下滑幅度分别为36.1%`` → 客运量下滑幅度, ``公交专用车道长度达19807.4公里`` →
    公交专用车道长度; both were the bare 幅度, 长度); "" when no noun stands there."""
    at = before.rfind(measure)
    toks = [(w, t) for w, t in (_tokens(before[:at]) if at > 0 else []) if w not in ON_A_BASE]
    picked: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        w, t = toks[k]
        glued = t in ("q", "zg") and k > 0 and _nounish(toks[k - 1][1]) and toks[k - 1][1] != "m"  # 专用车|道
        if w in ("年", "月", "日", "号", "周", "季度") or not (
            glued or (_nounish(t) and t not in ("m", "t")) or (t.startswith("v") and not picked and len(w) == 2)
        ):
            break  # (6月|核心CPI: a date's month is no owner)
        picked.insert(0, w)
        if sum(map(len, picked)) + len(measure) >= _MAX_CHARS - 2:
            break
    while picked and (len(picked[0]) == 1 or not _nounish(_tokens(picked[0])[0][1])):
        picked.pop(0)  # (the phrase opens with its noun, not a verb, a measure word or a lone 田 of 在田面积)
    if not picked or picked[-1] in ("的",):
        return ""
    return "".join(picked) + measure


def _measure_of(previous: str, measure: str) -> str:
    """A bare measure after a count is the measure of what was counted: ``移交不动产95处，面积约10万
    平方米`` → 不动产面积 (the last noun of the figure before's label, 张湾区移交不动产)."""
    toks = _tokens(previous)
    if (
        not toks
        or not _nounish(toks[-1][1])
        or len(toks[-1][0]) < 2
        or toks[-1][0] in _BARE_MEASURES
        or previous.endswith(measure)
        or previous.endswith(("时间", "用时", "时长", "期限", "年龄"))  # (上市一个月的涨幅: no 时间涨幅)
        or _DONE_COUNT_RE.fullmatch(previous)  # (拆除围挡564处，总长度…: no 处数总长度; see done_count)
    ):
        return measure
    return toks[-1][0] + measure if len(toks[-1][0]) + len(measure) <= 8 else measure


#: Verbs that are their own measure when a clause is only the verb and its figure: 出栏3.2万头,
#: 每户年均增收8000余元 (links such as 增收 elsewhere, stepped over to a subject).
_MEASURE_VERBS = frozenset(
    "增收 减收 增产 减产 出栏 存栏 出口 进口 营收 盈利 亏损 发电 销售 售出 出货 签约 成交".split()
)


#: Verbs that make people do or undergo something: the people are counted by the doing after (带动6万人次参与,
#: 造成84人死亡 → 死亡人数, not 造成人数).
_CAUSATIVES = frozenset("带动 吸引 组织 动员 引导 鼓励 推动 促进 让 使 造成 导致 致使".split())


_NEXT_COUNT_RE = re.compile(r"^、[0-9０-９.．一二三四五六七八九十百千万亿两余多几]+")


def _listed_after(after: str, clause_after: str, rest: str) -> str:
    """The list of nouns a count is of, when its clause stops at the 、 after the first: ``更有数千名教师、医生和
    科技人员跨越山海`` → 教师、医生和科技人员 (人民日报 2023; not 教师); "" when the noun is not the whole clause
    or the words after the 、 are no list of nouns ending the clause (or before an adverb: ``513家食堂、用餐点已经
    纳入…``): after a 、, a list before a verb or a 的 may be a doing's object or a modifier."""
    if clause_after.strip(_QUOTES) != after or not rest.startswith(clause_after + "、"):
        return ""
    listed = after_label(rest)
    if not listed.startswith(after + "、") or not rest.startswith(listed):
        return ""
    nxt = rest[len(listed) :]
    if nxt and nxt[0] not in "，。；：！？）" and _tokens(nxt[:4])[0][1] != "d":
        return ""  # (支援房山、门头沟|抢险救援, 高校、科研院所|的学科带头人: a doing's object or a modifier, not what is counted)
    return listed


def _shared_head(after: str, rest: str, unit: str) -> str:
    """The noun two counts share when the first says only its kind: ``实施128座大中型、3500座小型病险
    水库除险加固`` → 大中型病险水库 for 128座 (大中型 alone names no thing), a level too (``巴南区已建成30所区级、
    11所市级艺术特色学校`` → 区级艺术特色学校: jieba tags 区级 a noun); "" when the words after the count are more
    than kind words, or no count with the same measure word follows."""
    toks = _tokens(after)
    if not toks or any(t != "b" and not w.endswith("级") for w, t in toks) or not rest.startswith(after):
        return ""
    m = _NEXT_COUNT_RE.match(rest[len(after) :])
    if not m or not rest[len(after) + m.end() :].startswith(unit):
        return ""
    nxt = _tokens(after_label(rest[len(after) + m.end() + len(unit) :]))
    if not nxt or (nxt[0][1] != "b" and not nxt[0][0].endswith("级")) or len(nxt) < 2:
        return ""
    return after + "".join(w for w, _ in nxt[1:])


#: Last characters of nouns that name people (志愿者, 游客, 观众, 居民, 学生).
_PERSON_ENDS = frozenset("人员者客众民生师家手工友士兵长")


def _visits_doing(after: str, clause_after: str, unit: str) -> bool:
    """Whether a count in 人次 is followed, to the end of its clause, only by a word that names no
    person, which then is what the people do: ``再生水資訊站吸引三千人次參觀`` → 参观人次 (参观 is a noun
    to jieba; 人次 counts people, never a 参观)."""
    return unit == "人次" and len(after) == 2 and clause_after.strip(_QUOTES) == after and after[-1] not in _PERSON_ENDS


def _people_doing(before: str, after: str, unit: str) -> str:
    """A count of people that opens its clause, followed by what they do, counts the people doing it:
    ``190人出狱即就业`` → 出狱人数, ``近五萬九千人次參與`` → 參與人次 (not the label of the figure before);
    past the place it is done in (澳門日報 2026: ``六個太空人乘組、十八人次在軌長期駐留`` → 驻留人次, was
    太空人乘組, the count before's)."""
    if unit not in _PEOPLE_UNITS or before.strip(_QUOTES + "约近超逾共有") or not after:
        return ""
    placed = False
    for w, t in _tokens(after.lstrip(_QUOTES)[:10]):
        if w in _AFTER_SKIP or t in ("d", "p", "c"):
            placed = placed or w in ("在", "于")
            continue
        if placed and t in ("n", "s", "ns") and len(w) <= 2:
            continue  # 在轨, 在岗: the place, then the doing
        if t.startswith("v") and len(w) >= 2 and w not in _LINKS and w not in _NEVER:
            return w + _PEOPLE_UNITS[unit]  # (漫步 is a verbal noun to jieba)
        break
    return ""


def _own_measure_verb(before: str, kind: str) -> str:
    """The verb a clause opens with names what its figure measures when nothing else in the clause
    does: ``全县牛存栏15.92万头、出栏3.2万头`` → 出栏 (not the 存栏 of the figure before),
    ``带动11505户养殖，每户年均增收8000余元`` → 增收 (not 养殖)."""
    if kind not in ("amount", "count", "change", "rate", "other", "percent"):
        return ""  # (a percent too: ``拖拉机深耕达到60厘米，每亩可增产30%`` → 增产, not the 成本 of a figure before)
    rest = re.sub(r"^(?:每.)?(?:年均|人均|日均|户均|平均)?(?:可以|可|能|将|还)?", "", before.strip(_QUOTES))
    rest = re.sub(r"(?:约|近|超|逾|达|共|了|累计|同比)+$", "", rest)
    return rest if rest in _MEASURE_VERBS else ""


#: Measure words of how often or of cases: the people after them are no members of what they count
#: (劝阻…事件86次197人: 197 people are no 事件).
_OCCASION_UNITS = frozenset("次 回 遍 趟 批 批次 场 场次 起 件 宗 例 项 轮".split())


def _measured_again(previous: str, previous_unit: str, unit: str) -> str:
    """A count right after another count, in another measure, with nothing between them nor after: the
    same thing measured again (人民日报 2023: ``河北省累计派出巡回医疗队547支2800余人`` → 2800余人 is
    巡回医疗队, was 河北省, the sentence's opening; ``共迁地保护极小种群野生植物61种10万余株`` →
    种群野生植物, was 共迁; ``共转移受灾群众272户865人``). Not after a count of occasions or cases
    (:data:`_OCCASION_UNITS`), whose people are no part of them. Not when words follow the count
    (澳門日報 2026: ``六個太空人乘組、十八人次在軌長期駐留`` → 十八人次 stayed in orbit, was 太空人乘組)."""
    if not previous or not previous_unit or previous_unit == unit or previous_unit in _OCCASION_UNITS:
        return ""
    if not _is_measure_word(previous_unit) or previous_unit in _PEOPLE_UNITS:
        return ""
    return previous


def _only_when(before: str) -> bool:
    """Whether the words before a figure say only when (or nothing): ``１１月末达１３％`` after
    ``…货币资金占用系数一直呈上升趋势，``: the subject is the clause before's."""
    if not before:
        return True
    return all(t in ("t", "m", "q", "x") or w in _WHEN_WORDS for w, t in _tokens(before))


#: Measure words that are the regions they count (马里、阿曼等11国首次参展: 国家, not 阿曼)
_REGIONS_COUNTED = {"国": "国家", "省": "省份", "县": "县份", "省市": "省市", "省区市": "省区市"}


def _unit_noun(unit: str) -> bool:
    """A measure word that is a noun of its own (省份, 国家): with nothing after it, it is what is counted.
    Not a unit of measure (人民日报 2017: ``水泥窑炉温高达1400—1800摄氏度`` → 水泥窑炉温, was 摄氏度, the
    unit alone, for a range whose kind is counted)."""
    return (
        len(unit) >= 2
        and not unit.endswith("次")
        and not any(c in _MEASURE_UNIT_CHARS for c in unit)
        and _tagger()[0].get(unit, "") in ("n", "ns")
    )


def _same_count(previous_unit: str, unit: str, counted: bool) -> bool:
    """Whether a count may take the label of the count before: not across measure words
    (劝阻…事件86次197人: 197 people are no 事件; 两班人、两根尺: rulers are no 人)."""
    if not counted or not previous_unit or not unit or previous_unit == unit:
        return True
    if previous_unit in _PEOPLE_UNITS and unit in _PEOPLE_UNITS:
        return True  # 30名工人在岗外，…另外28人: people both
    if unit in ("次", "回", "遍", "趟", "批", "批次"):
        return True  # 截获外来有害生物6305种、122万次: how often the same thing was done
    return not (_is_measure_word(previous_unit) and _is_measure_word(unit))


def _is_measure_word(unit: str) -> bool:
    """A classifier of things counted (根, 班, 次), not a unit of measure (米, 元, 吨) nor a sign (%)."""
    return (
        1 <= len(unit) <= 2
        and all("\u4e00" <= c <= "\u9fff" for c in unit)
        and unit not in _LENGTH_UNITS
        and not any(c in _MEASURE_UNIT_CHARS for c in unit)
    )


#: Characters of units of measure, money and time: a figure in them is no count of things.
_MEASURE_UNIT_CHARS = frozenset("元米吨斤亩克升度时年月天日周岁秒分钟瓦焦帕码镑倍")


_AMONG_RE = re.compile(r"(?:之中|当中|中)(?:有|的)?$")


def _part_of_whole(whole: str, before: str, rest: str) -> str:
    """A count of some among a whole named before it, and what those do after it: the ones that do it, not
    the whole (人民日报 2023: ``10个“全国国际象棋之乡”中有两个落户重庆`` → 落户重庆的全国国际象棋之乡, was
    全国国际象棋之乡, the total's label on the part). ``rest`` is the clause after the count to its end: the
    doing is all of it, no figure inside (``183个重点项目中有98个获得1821.63亿元授信``: no 获得的重点项目)."""
    if not _AMONG_RE.search(before.rstrip(_QUOTES)) or _FIRST_NUMBER_RE.search(rest):
        return ""
    doing = rest.strip(_QUOTES)
    toks = _tokens(doing)
    if not toks or toks[0][1] != "v" or len(toks[0][0]) < 2 or toks[0][0] in _LINKS or len(doing) > 6:
        return ""
    return f"{doing}的{whole}"


#: 比 and a time (and 的, a per-word) right before a level: the level then, the base of a comparison.
BASE_WHEN_RE = re.compile(
    r"(?<![同环])(?:比|较|相比|相较)(?P<when>[0-9０-９]{4}年|[一二三四五六七八九〇零]{4}年|去年|上年|前年|上届|上一届|同期|上年同期)"
    r"(?:的)?(?P<per>人均|户均|日均|年均|平均)?$"
)


def _base_level(previous: str, before: str, unit: str, previous_unit: str) -> str:
    """A level in the unit of the one before, put after 比 and a time, is the same measure at that time, the
    base of the comparison (人民日报 1998: ``市区人均住房面积９．３平方米，比１９９２年人均６平方米增加５５％`` →
    １９９２年人均住房面积, was 市区人均住房面积, the level now)."""
    stripped = before.strip(_QUOTES)
    m = BASE_WHEN_RE.search(stripped)
    if not m or m.start() or not previous or unit != previous_unit or unit in ("%", "百分点", "倍", ""):
        return ""
    per = m.group("per") or ""
    measure = previous[previous.index(per) :] if per and per in previous else previous
    return m.group("when") + measure


_SHARE_CLAUSE_RE = re.compile(r"^(?P<owner>[^，,；;：:]+?)(?:约|近|已|则|仅|只)?占(?:据|到)?[^，,；;：:]+$")


def _share_owner(previous: str, sentence_head: str, unit: str, kind: str) -> str:
    """An amount right after a share, in the same sentence, is the amount of what has the share, not the
    share (人民日报 1998: ``全县石材年产值占全县工农业年总产值的３０％，达到８．６亿元`` → 石材年产值, was
    全县工农业年总产值占比, the share's label carried to 亿元): the owner is the subject before 占 in the
    clause before."""
    if not previous.endswith(("占比", "比重")) or kind not in ("amount", "count") or not unit or unit == "%":
        return ""
    clauses = CLAUSE_SEP.split(sentence_head.rstrip("，,；; "))
    m = _SHARE_CLAUSE_RE.match(clauses[-1].strip(_QUOTES)) if clauses else None
    return subject_label(m.group("owner"), kind == "amount") if m else ""


def _carries(previous: str, unit: str, kind: str, before: str = "") -> bool:
    """Whether the label of the figure before may go on to this one: not a label made for one kind of
    measure onto another (排放110万吨 is no 人数; 降速（不超过5节） is no 距中华白海豚; a span's 用时 is no
    amount; 首轮仅耗时1小时10分钟，就以6∶4… is no 首轮用时 for a set's games)."""
    if previous.endswith("汇率"):  # (…（1雷亚尔约合1.48元人民币），其中18亿雷亚尔: no rate for an amount)
        return kind in ("percent", "change") or bool(_CHANGE_END_RE.search(before))  # 比上一个交易日上涨１·６７日元
    if previous.endswith(("用时", "时间")) and not unit and kind == "other":
        return False  # a bare number after a span: a score or a count of games, not the span's doing
    if unit in ("%", "百分点", "倍", "") or kind in ("percent", "change", "multiple", "fraction"):
        return True  # 整体通关时间…，较2017年压缩84.35%: a share or change of what was named
    if previous.endswith(_MEASURE_NOUNS):
        return False  # 石材年产值占…总产值的３０％，达到８．６亿元: 亿元 is no 占比 (see _share_owner)
    if _DONE_COUNT_RE.fullmatch(previous) and previous[2] not in "数人次":
        return previous[2] == unit  # (回归定植16种3万余株: 定植种数 counts no 株)
    if previous.endswith(("人数", "次数", "人次", "户数", "场次")):
        return unit in ("人", "名", "位", "次", "人次", "户", "场", "场次")
    if previous.startswith("距") or previous.endswith(tuple(DIMENSION_NOUNS.values())):
        return unit in _LENGTH_UNITS  # (梁体长度约33米、…重约724吨: no 梁体长度 for a weight)
    if previous.endswith(("用时", "时间")):
        return kind == "duration"  # (终场前３分钟还落后５分: no 距终场时间 for points)
    return True


#: The base of a ratio opening its clause: 每千名老人拥有…, 每万人有….
_PER_BASE_RE = re.compile(r"每(?P<base>[千万百十0-9０-９]+[名个位户人]?[^，。；拥有配]{0,4}?)(?:拥有|有|配备|配有)")
_PRICE_AFTER_RE = re.compile(
    r"^(?:的价格|的价钱)?被?(?P<deal>收购|出售|卖出|售出|成交|中标|拍得|拍出|买下|转让|出让|竞得)"
)


def _verbal(word: str) -> bool:
    """Whether a word is a verb or a verbal noun (调整, 扩大; not 增速, which jieba calls a verb). A phrase
    jieba's dictionary lacks is as verbal as its last word: 关联|产业|规模 is a noun, though 关 is a verb."""
    tab = _tagger()[0]
    if word not in tab and len(word) > 2:
        toks = _tokens(word)
        if len(toks) > 1:
            return toks[-1][1].startswith("v")
    return _tag(word, tab).startswith("v")


def _counted_char(noun: str) -> bool:
    """A one-character noun a measure word counts is what is counted (70个村, 近8万只羊, 30头牛),
    except 人, which the subject before says more of (物业五六个人), and 方, a unit (1500万方)."""
    tag = _tagger()[0].get(noun, "")
    return noun not in ("人", "方") and (tag.startswith("n") or tag == "zg")


def _adverbial(after: str) -> bool:
    """``精准复刻书法大师`` after 99%: an adverb or adjective before a verb qualifies the doing; the
    figure names no noun after it (unlike 100%清洁能源, 約五日審批時間)."""
    toks = _tokens(after[:8])
    return len(toks) > 1 and toks[0][1] in ("a", "ad", "d") and toks[1][1] in ("v", "vd", "a", "ad")


_EACH_RE = re.compile(r"各(?:约|近|有|为|达|计)?$")


def _each_of(before: str) -> str:
    """A count after 各 is one for each of the things listed before it (人民日报 2023): ``连队荣立集体一等功、
    二等功、三等功各1次`` → 一等功、二等功、三等功, ``新开通国内、国际集装箱航线各3条`` → 国内、国际集装箱航线 (the
    first item is the word before the first 、, or its last two characters when jieba cut one off: 已发现锶矿、陶土矿…各1个), ``派出男女运动员各9名`` →
    男女运动员 (the nouns back to the verb). Only when no noun after the figure says what it counts."""
    m = _EACH_RE.search(before)
    if not m:
        return ""
    clause = CLAUSE_SEP.split(before[: m.start()])[-1]
    if "、" in clause:
        first, *others = clause.split("、")
        toks = _tokens(first)
        if not toks or not (_nounish(toks[-1][1]) or toks[-1][1] == "l") or not all(1 <= len(o) <= 10 for o in others):
            return ""
        item = (
            toks[-1][0] if len(toks[-1][0]) > 1 else first[-2:]
        )  # 发现锶|矿: jieba glued the item's start to the verb
        return "、".join([item, *others])
    picked: list[str] = []
    for w, t in reversed(_tokens(clause)):
        if not _nounish(t) or t.startswith("nr") or t == "s":
            break
        picked.insert(0, w)
    phrase = "".join(picked)
    return phrase if 2 <= len(phrase) <= 12 else ""


#: An amount closing a clause after one of these doings, with no subject: the doing names it, as a
#: noun where the verb alone is no measure (占地 → 占地面积), after a per-word it keeps (亩均增收).
_DOING_AMOUNT_RE = re.compile(
    r"(?P<per>亩均|人均|户均|每亩|每人|每户)?(?:能|可|还能|就能|可以)?(?P<verb>占地|出口|进口|支付|增收|创收|分红)"
    r"(?:了|约|近|超过|超|逾|达|共)*$"
)
_DOING_AMOUNTS = {"占地": "占地面积", "出口": "出口额", "进口": "进口额", "支付": "支付金额"}


def _count_of_doing(before: str) -> str:
    """A count right after a noun and the two-character doing it undergoes, when no verb rule of its measure
    word named it: ``共造成抱龙镇房屋倒塌65间`` → 房屋倒塌, ``市场里肉牛成交4.09万头`` → 肉牛成交,
    ``已完成绿色矿山创建43座`` → 绿色矿山创建 (the noun alone is the subject jieba's verb cuts off; the
    verbal noun of :func:`_verbal_noun`, kept off counts where 表彰次数 or 抽查人数 name them better).
    Only when the count ends its clause (not 打出49个制胜分, 坚守坑道作战14个昼夜: the count is of that noun); not when the noun alone is
    what the plain subject gives (the doing then adds nothing)."""
    named = subject_label(before, measured=True)
    if len(named) < 3 or named == subject_label(before):
        return ""
    toks = _tokens(named)
    if toks[-1][0] in _GOING_ON or toks[-1][0][-1] in "成为到至":
        # 就业规模继续稳定在3000万人以上: 继续 is how it goes on; 把6间房改成了8间: the count is what it became
        return ""
    if "的" in before[before.rfind(named) + len(named) :]:
        return ""  # 未办理备案手续的为36.41万人次: the ones who did not, a 的 phrase, not the doing
    # the noun next to the doing: 房屋倒塌, not 龙镇房屋倒塌 (jieba: 抱|龙镇, cut inside the place name)
    return "".join(w for w, _ in toks[-2:])


_PACE_BEFORE_RE = re.compile(r"(?:曾|将|正|仍|还|也|都|已)?以(?:每年|每月|每天|每日|每小时|每秒|每分钟|年均|日均)?$")


def _pace_of(before: str, after: str) -> str:
    """A figure of ``以…的速度`` + a verb is the pace of that doing, of the subject before 以 (人民日报 2023:
    ``当地地下水位曾以每年10厘米的速度下降`` → 当地地下水位下降速度, ``预计将以每小时15—20公里的速度向西北方向
    移动`` → 移动速度; were 速度 alone, naming neither who nor what). The verb is the first of the clause after
    速度, past a 向/朝 phrase of where."""
    m = _PACE_BEFORE_RE.search(before)
    if not m or not after.startswith("的速度"):
        return ""
    verb = ""
    for w, t in _tokens(after[3:15]):
        if t.startswith("v") and len(w) >= 2:  # (下降, 增长: a change of the subject is its doing here)
            verb = w
            break
        if t == "x":
            break
    if not verb:
        return ""
    who = subject_label(before[: m.start()]) if m.start() else ""
    doing = verb + "速度"
    return who + doing if who and len(who) + len(doing) <= _MAX_CHARS else doing


#: A need before an amount, with the adverbs around it: 仅检测费就需要, 原本需要, 要是维修需.
_NEED_END_RE = re.compile(r"(?:原本|本来|仅|只|就|还|则|也|都)*(?:需要|需)$")
_ADVERBS_END_RE = re.compile(r"(?:原本|本来|仅|只|就|还|则|也|都)+$")


def _needed_for(before: str) -> str:
    """What an amount after 需要/需 is the cost of: the noun before the need, or the doing as its cost
    (人民日报 2017 and 2023: ``仅检测费就需要20多万元`` → 检测费, ``要是维修需165万元`` → 维修费用, were empty;
    jieba's 需要 is a verb, no link the subject rule steps over)."""
    m = _NEED_END_RE.search(before) if before.endswith(("需", "需要")) else None
    if not m or m.start() == 0:
        return ""
    head = _ADVERBS_END_RE.sub("", before[: m.start()]).strip(_QUOTES)
    named = subject_label(head, measured=True) if head else ""
    if named:
        return named
    toks = _tokens(head[-8:]) if head else []
    if toks and toks[-1][1] in ("v", "vn") and len(toks[-1][0]) == 2 and toks[-1][0] not in _LINKS:
        return toks[-1][0] + "费用"
    return ""


#: ``X为Y的N%``: Y is the base of the part, X what the part measures (not 占…的, a share of a whole).
_PART_BASE_RE = re.compile(
    r"(?P<what>[^，。；：]*?)(?<![成作因认])(?:仅相当于|相当于|仅为|只有|是|为)(?:约|近)?[^，。；：是为占]{1,12}的(?:约|近)?$"
)
#: A 这 or 它 (with a time word or a 项 before what it stands for): 这, 如今这项数据.
_THIS_RE = re.compile(r"^(?:如今|现在|目前|今年|去年)?(?:这|它|其)(?:项|个|些)?(?:数据|数字)?$")
#: ``X是Y的N倍``: Y is the base of the multiple, X what the multiple measures.
_TIMES_BASE_RE = re.compile(
    r"(?P<what>[^，。；：]*?)(?:是|为|相当于|达到|达)(?:约|近|超过)?[^，。；：是为]{1,12}的(?:约|近|超过)?$"
)


def _times_of(what: str, previous: str, sentence_head: str) -> str:
    """What a multiple or a part of a base measures: the subject before 是, never the base after it (人民日报 2023:
    ``新馆展陈面积是旧馆的5倍`` → 新馆展陈面积, was 旧馆; ``采购成本是同规格纸箱的15至20倍`` → 采购成本, was
    规格纸箱; ``能源需求仅为同类建筑的70%`` → 能源需求, was 同类建筑). With no subject in the clause (``…，是老馆的3倍``), the figure before's label, or the subject
    of the clause before; else nothing, rather than the base."""
    what = _THIS_RE.sub("", what.strip(_QUOTES))  # 这是10年前的10倍以上: 这 stands for what was said before
    named = (subject_label(what) or subject_label(what, measured=True)) if what else ""
    if named:
        return named  # (单位能耗和气体排放仅为电解铝生产的3%左右: 气体排放, the doing as a noun)
    if what:
        return ""
    if previous:
        return previous
    return lead_label(_LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: "))[-1]) if sentence_head else ""


#: Measure words of cases or items handled (a 申请, a 投诉, a 案件).
_CASE_UNITS = frozenset("起 件 宗 份 例 单 条".split())


def _cases_of_doing(before: str, unit: str) -> str:
    """A count of cases right after a verb and its object, a verbal noun (jieba tags both verbs, so no noun
    rule names it): the object is what is counted (人民日报 2017: ``中心就接到退货申请660起，受理退货申请619起``
    → 退货申请, were empty). The verb must be two characters or more and the object two words, or one that
    is a noun (not 协助解决430件: 解决 is a second verb)."""
    if unit not in _CASE_UNITS:
        return ""
    toks = _tokens(before[-12:])
    for n in (2, 1):
        if len(toks) <= n:
            continue
        verb, obj = toks[-n - 1], toks[-n:]
        if not (verb[1].startswith("v") and len(verb[0]) >= 2 and verb[0] not in _LINKS):
            continue
        if n == 1 and not (obj[0][1].startswith("n") or obj[0][1] == "vn"):
            continue  # 协助|解决430件, 就业|创业20条: a second verb alone is no object
        if all(t.startswith(("v", "n")) and w not in _LINKS and w not in _NEVER for w, t in obj):
            named = "".join(w for w, _ in obj)
            return named if len(named) >= 2 else ""
    return ""


#: Verbs that say a state goes on; before a figure they are no doing it counts.
_GOING_ON = frozenset(("继续", "持续", "保持", "稳定", "维持", "不断"))


def _amount_of_doing(before: str) -> str:
    """What an amount after a doing measures, when nothing before the doing names it: ``每年亩均增收约300元``
    → 亩均增收, ``今年有望每亩分红1200元左右`` → 每亩分红, ``“今年我们又摆放了100万段木耳，占地100亩。”`` → 占地面积, ``白沟箱包企业便实现出口500万美元`` →
    出口额 (人民日报 2023)."""
    m = _DOING_AMOUNT_RE.search(before.rstrip(_QUOTES))
    if not m:
        return ""
    return (m.group("per") or "") + _DOING_AMOUNTS.get(m.group("verb"), m.group("verb"))
