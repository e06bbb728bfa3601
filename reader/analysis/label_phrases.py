"""The words of a label: jieba words and tags, and the noun phrases around a figure.

:mod:`reader.analysis.figure_labels` decides *which* phrase names a figure
(the noun it counts, the subject before it), :mod:`reader.analysis.span_labels`,
:mod:`reader.analysis.period_labels` and :mod:`reader.analysis.run_labels` the doing a span measures,
:mod:`reader.analysis.person_labels` who a person is and
:mod:`reader.analysis.paragraph_labels` a list's names; this module holds the
phrase cutting all of them stand on, and where a sentence and a clause end
(``SENTENCE_SEP``, ``CLAUSE_SEP``, shared with the figure finder):

* words and tags (:func:`_tokens`, :func:`_tag`, :func:`_nounish`): jieba on
  short snippets, tags looked up in its dictionary with the fixes news prose
  needs (``_TAG_FIX``), glued words cut apart and split names joined;
* :func:`after_label`, the noun phrase right after a figure (``21万辆注册车辆``
  → 注册车辆), stopping at a manner word, a clause end or a dangling verb;
* :func:`subject_label`, the subject before it, stepping back over the words
  that link a subject to its figure (达 为 占 增长 同比 约 …);
* :func:`_verb_before`, the verb right before a figure.

Nothing here knows a figure's kind or unit; that is the rules' business.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.ingest.people import is_surname


_NOUNISH = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "eng", "j", "b", "vn", "an", "s")
#: Where a sentence ends, and where a clause does (the figure finder shares them).
SENTENCE_SEP = re.compile(r"[。！？!?；;\n]")
CLAUSE_SEP = re.compile(r"[，。；！？!?;：:\n…]")

#: jieba dictionary tags that are wrong in news prose.
_TAG_FIX = {
    "节约": "v",
    "回家": "v",  # 把７４厘米大彩电抱回家 (n in jieba's dictionary: the label ran on into the doing)
    "火速": "d",  # 等救灾物资火速送往灾区 (n in jieba's dictionary: the label ran on into the doing)
    "低至": "v",  # 最低气温低至零下5摄氏度 (not in jieba's dictionary: the label ran on into the verb)
    "着手": "v",  # 水利部将从六方面着手 (n in jieba's dictionary: a verb became the label of 六方面)
    "例如": "c",  # 例如售价为2.5亿印尼盾 ("for example" opens no noun phrase)
    "双双": "d",  # 1年期和5年期以上LPR双双下降 (n in jieba's dictionary)
    "长度": "n",  # 公交专用车道长度达19807.4公里 (ns, a place, in jieba's dictionary)
    "来信": "n",  # 今天刊登的两封来信 (v in jieba's dictionary: the letters counted were no noun)
    "高达": "v",  # 水位…但仍高达１８．５５米 (nr, a name, in jieba's dictionary: the label was 但仍高)
    "共分": "v",  # 这套…著作共分１８个部分 (n in jieba's dictionary)
    "极点": "n",  # 非洲大陆４个极点 (d in jieba's dictionary: the points counted were no noun)
    "面向": "v",  # 2800多名本科新生面向台上 (n in jieba's dictionary: the label ran on into the doing)
    "容纳": "v",  # 可容纳1.1万人 (nr, a name, in jieba's dictionary: no doing was read before the count)
    "本科": "n",  # 本科以上学历教师有111名 (r, a pronoun, in jieba's dictionary: the label lost it, 以上学历教师)
    "报收": "v",  # 最终以１４８９６·４０点报收 (n in jieba's dictionary: the label was 报收)
    "收盘": "v",  # 平均指数以１５１２１·９８点收盘 (n in jieba's dictionary: the label was 收盘)
    "首": "d",  # 优良水体比例首超80% ("for the first time"; the label was 水体比例首)
    "经": "p",  # １０００多块经派出所审定编号的门牌 (n in jieba's dictionary: 经 is "by way of", no noun)
    "高清": "a",  # 2000余件（套）文物高清二维数据 (nr in jieba's dictionary)
    "出自": "v",  # 6篇（部）作品出自军旅作家之手: a predicate (not part of the noun)
    "印发": "v",  # 9部门印发《…计划》 (nz in jieba's dictionary)
    "发文": "v",  # 此次3部门发文 (n in jieba's dictionary)
    "标明": "v",  # 四个彩色的圆圈标明…的使用率 (n in jieba's dictionary)
    "零部件": "n",  # 上百个关键零部件, 氢能重卡关键零部件 (mq, a numeral and a measure word, in jieba's dictionary)
    "零件": "n",
    "包裹": "n",  # 500多个来自全国各地的爱心包裹 (v in jieba's dictionary; news counts parcels)
    "举措": "n",
    "湿地": "n",  # 完成整治修复海岸线400公里、滨海湿地30万亩 (z, a state word, in jieba's dictionary: the label
    # was carried from 海岸线; 人民日报 2023)
    "进度": "n",
    "梯次": "d",
    "精准": "a",
    "发力": "v",
    "新建": "v",
    "苗木": "n",
    "苗圃": "n",
    "首批": "b",
    "占比": "n",
    "收入": "n",
    "口": "n",
    "营收": "n",
    "净利润": "n",
    "市值": "n",
    "雨量": "n",
    "气温": "n",
    "降水": "n",
    "销量": "n",
    "产量": "n",
    "总量": "n",
    "增速": "n",
    "涨幅": "n",
    "跌幅": "n",
    "降幅": "n",
    "增幅": "n",
    "比重": "n",
    "占": "v",
    "达": "v",
    "为": "v",
    "有": "v",
    "了": "ul",
    "多次": "d",  # 十几年间多次调解无果 → 调解时间 (was empty), 3家公司多次会商 → 公司: an adverb (m in jieba's dictionary)
    "整整": "d",
    "专门": "d",  # 安排四五十人专门接听订货电话: an adverb of the doing (n in jieba's dictionary), not what is counted
    "月份": "t",  # 7月份全国统调发电量: the month of a date (n in jieba's dictionary), not part of the noun
    "足足": "d",
    "已经": "d",
    "都是": "d",
    "大增": "v",
    "赚": "v",
    "能卖": "v",
    "合计": "v",
    "共计": "v",
    "累计": "v",
    "总计": "v",
    "约": "d",
    "近": "d",
    "以": "p",
    "内": "f",
    "产生": "v",
    "发生": "v",
    "诞生": "v",
    "催生": "v",
    "身高": "n",
    "体重": "n",
    "年龄": "n",
    "树龄": "n",
    "人均": "n",
    "平均": "n",  # 世界经济平均增速: inside a noun phrase (skipped right before a figure: 平均每天)
    "年均": "n",
    "日均": "n",
    "户均": "n",
    "国内": "n",
    "全球": "n",
    "协定": "n",
    "协议": "n",
    "所得": "n",
    "力争": "v",
    "基本": "d",
    "普通": "a",
    "上门": "v",
    "上岗": "v",
    # verbs jieba's dictionary has as nouns; a span names them as its doing (创业20多年来 → 创业时间)
    "创业": "v",
    "会见": "v",
    "耕种": "v",
    "汇流": "v",
    "选派": "v",
    "上市": "v",
    "符合条件": "v",  # 7367名符合条件的残疾儿童: a relative clause, not a noun
    "手写": "v",  # 430余封运动员手写的感谢信: the doing of a relative clause
    "外快": "n",  # 每年都能赚几万元外快: the money earned, a noun
    "青年": "n",  # 8位外国青年: people, not a time word
    "来电": "n",  # 5个未接来电: calls, not a verb
    # nouns jieba's dictionary has as verbs or adjectives: the object a count closes on
    # (共收集到诉求3794件, 梳理出…代办事项服务清单25项, 成功签订延期合同4000多份, 出土佛教造像400余尊)
    "诉求": "n",
    "清单": "n",
    "合同": "n",
    "造像": "n",
    "提琴": "n",
    "桩": "n",  # 建成充电桩693根: 充电|桩, jieba's measure word is the noun's head
    "拓宽": "v",  # 航道的宽度将从50米拓宽到60米 (a name, nr, in jieba's dictionary)
    "欠薪": "n",  # 追回欠薪2.7万余元 (v in jieba's dictionary; news counts the wages owed)
    # doings of staying or appearing jieba's dictionary has as nouns or places (扎根 ns, 落户 n, 面世 n, 任教 n):
    # 扎根特殊教育领域近40年 → 扎根特殊教育领域时间, 落户晋江10年来 → 落户晋江时间
    "扎根": "v",
    "落户": "v",
    "面世": "v",
    "问世": "v",
    "从医": "v",
    "行医": "v",
    "任教": "v",
    "支教": "v",
    # doings jieba's dictionary has as nouns, before a span of the time since or to them (人民日报 2023):
    # 毕业不到两年 → 毕业时间, 离校2年内未就业 → 离校时间 (was 就业用时), 1小时左右即可实现通车 → 通车用时,
    # 一趟下来可以节省5—10分钟 → 节省时间 (not 出院, 花费, 回国, 建校: their labels got no better, see round 25)
    "毕业": "v",
    "离校": "v",
    "通车": "v",
    "节省": "v",
    # city names jieba's dictionary has as verbs, adjectives or an idiom (遵义 v, 保定 v, 茂名 a, 攀枝花 i): a
    # verb cuts the subject (2020年至2022年，遵义公交乘客满意度连续三年超过80% was 遵义公交乘客满意度时间 for the
    # 80%, the subject taken for the doing of a span); not 开封, a verb too (开封检查)
    "遵义": "ns",
    "自贡": "ns",
    "保定": "ns",
    "营口": "ns",
    "攀枝花": "ns",
    "茂名": "ns",
    "清远": "ns",
    # common nouns jieba's dictionary has as people's names (nr): the noun goes on past them
    # (12个镇街级社区居家养老服务中心 → 社区居家养老服务中心, was 镇街级社区居家; 1800余场…科普报告 → 科普报告,
    # was 科普; 两天左右绿豆芽长成 → 绿豆芽长成时间, was 绿豆芽), and no person's rule takes them for a name
    "养老": "n",
    "养老金": "n",
    "科普": "vn",
    "世锦赛": "n",
    "贡献率": "n",
    "幼儿园": "n",
    "青少年": "n",
    "博士生": "n",
    "小学生": "n",
    "大屏幕": "n",
    "洪水": "n",
    "山洪": "n",
    "沙尘": "n",
    "经济秩序": "n",
    "法律援助": "n",
    "大满贯": "n",
    "木耳": "n",
    "春小麦": "n",
    "奥秘": "n",
    "东道主": "n",
    "续航": "vn",
    "育人": "vn",
    "友谊": "n",
    "鱼雷": "n",
    "爸爸妈妈": "n",
    "绿豆芽": "n",
    "大修": "vn",
    "水稻田": "n",
    # verbs jieba's dictionary has as people's names (not 通达: 乡村快递通达率 is one noun)
    "多达": "v",
    "同比增加": "v",
    "远高于": "v",
    "令人": "v",
    "拉开帷幕": "v",
    # doings of travel jieba's dictionary has as adverbs, nouns or idioms (徒步 d, 步行 n, 驾车 n, 长途跋涉 i):
    # 带领驻村工作队员和村两委成员，徒步4小时 → 徒步时间
    "长途跋涉": "v",
    "徒步": "v",
    "步行": "v",
    "走路": "v",
    "驾车": "v",
    "开车": "v",  # (v in jieba's dictionary, but made a noun for its 车)
    "航行": "v",
    "骑车": "v",
    # nouns jieba's dictionary has as an adverb or a set phrase (据点 d, 一等功 l):
    # 两个据点 (was empty), 荣立个人一等功1次 (was empty)
    "据点": "n",
    "特等功": "n",
    "一等功": "n",
    "二等功": "n",
    "三等功": "n",
    "壮汉": "n",  # 冲出七八个壮汉 (t, a time, in jieba's dictionary)
    "落实": "v",  # 149个小网格落实精细化管理: the predicate (a in jieba's dictionary, read as 小网格落实精细化)
    "藏": "v",  # 将80%的建筑藏到地下 (j, Tibet, in jieba's dictionary; 西藏, 藏族 are words of their own)
    # quarters are times, as 一季度 and 上半年 are (n in jieba's dictionary): 美国家庭储蓄…１９９７年第一季度降为４．８％
    # names no 第一季度 (人民日报 1998)
    "第一季度": "t",
    "第二季度": "t",
    "第三季度": "t",
    "第四季度": "t",
}
#: The words of a change measured against the same time before (同比) or the period before (环比), and 按年
#: and 按季 as Macau writes them (淨收益138億元，按年升22%: the 淨收益's rise); the rules of a change, of a
#: list's aside and of what a label steps over all read this one list.
ON_A_BASE = ("同比", "环比", "按年", "按季")
ON_A_BASE_RE = "|".join(ON_A_BASE)
#: Words that stand between a subject and its figure and are stepped over.
_LINKS = frozenset(
    "达 达到 为 是 有 共有 拥有 现有 占 约 约为 约合 约占 近 超 超过 逾 突破 高达 低至 多达 长达 只有 仅 仅为 合计 共计 累计 总计 "
    "共 增长 增加 下降 减少 提高 提升 上涨 下跌 回落 攀升 跃升 增至 降至 升至 增收 减收 增产 减产 大增 大涨 翻 扩大 缩小 "
    "比上年 较上年 比去年 较去年 同期 年均 平均 分别 均 都 都是 也 还 再 又 将 已 已经 整整 足足 大约 预计 "
    "有望 首次 再次 实现 完成 创 再创 达成 保持 维持 稳定 新增 净增 涉及 包括 以上 以下 左右 多 余 近 超出 仅有 就有 "
    "了 的 在 于 从 到 至 由 以 共有 可 能 能卖 卖 赚 花 用 用了 耗时 历时 持续 连续 坚持 经过 历经 只用 仅用 "
    "减小 增大 缩短 延长 降到 升到 增到 提速 多增 少增 合共 总共 一共 高出 低于 高于 超出 多出 少于 多于 达至 "
    "降低 上升 上升到 上升至 增长到 增加到 提高到 提升到 下降到 下降至 减少到 减少至 降低到 降低至 厚达 深达 宽达 重达 "
    "远达 可达 提升至 提高至 增长至 增加至 力争 争取 续 續 不下 不少于 不低于 "
    "飙升 猛增 激增 暴增 剧增 陡增 猛涨 暴涨 骤降 锐减 大降 大减 "
    "加快 放缓 减缓 回升 收窄 下滑 压减 压缩 压降 "  # 完成进度较去年同期加快3个百分点: the pace changed by it
    "增 降 升 涨 跌 "  # 遊客量增長百分之二十一點三，收入增百分之十九點八 (澳門日報 2026): 收入, not the 遊客量 before
    "按月 按年升 按季升 按年跌 按季跌".split()  # 淨收益138億元，按年升22%，按季升14% (jieba glues 按季升)
) | frozenset(ON_A_BASE)
#: Link words stripped off the raw text before tokenising: jieba glues them
#: to the noun before (占比达 -> 占|比达, 人口达 -> 人口达).
_STRIP = tuple(sorted((w for w in _LINKS if len(w) > 1 or w in "达为占约近超逾共有了已可"), key=len, reverse=True))
#: Words ending in a link character that are not links (成为, 行为 ...).
_NOT_LINK = frozenset(
    "成为 作为 认为 因为 称为 以为 行为 更为 较为 极为 尤为 到达 抵达 直达 送达 传达 表达 下达 发达 通达 "
    "雷达 占有 没有 所有 只有 拥有 具有 现有 共有 最近 附近 临近 接近 将近 邻近 签约 节约 大约 制约 条约 "
    "许可 认可 宁可 不可 尚可 而已 业已".split()
)
#: Hedges between a subject and its figure, adjectives to jieba (流域面积一般为…; 一般贸易 keeps its 一般).
_HEDGES = frozenset("一般 总体 普遍 通常".split())
#: Modal verbs between a subject and its verb of change (温度最高可以攀升至…, 产量将会达到…), and between a span
#: and its doing (十几分钟就能“飞防”完毕: span_labels and period_labels use this set too).
_MODALS = frozenset(
    "可以 可 能 能够 会 将会 可能 应 应该 要 将要 需".split()
)  # (财政投入需3亿元; not 需要: 生产一台割草机需要86人)
#: Word lists of the span and period rules (span_labels, period_labels) about verbs and habits.
#: Verbs of having or being: what a doing's result is, not the doing (研发具有高效…特性的…).
_STATES = frozenset("具有 拥有 具备 成为 属于 包括 包含 位于 存在".split())
#: Words of habit or frequency between a subject and its verb that jieba tags as nouns or pronouns (每天, 每年:
#: r; 多次 is an adverb in ``_TAG_FIX`` above, kept here as a word of habit).
_HABITS = frozenset("多次 屡次 每天 每年 每周 每月 常年 长期 始终 一直".split())
#: Light verbs whose object is a doing made a noun (进行建设, 开展培训): the doing is the object's.
_DOING_LIGHT_VERBS = frozenset("进行 开展 加以 给予 予以".split())
#: Verbs that carry no doing of their own (进行了新事业基地的建设, 发生, 存在): those above, and those whose
#: object is no doing (作出贡献, 保持稳定).
_LIGHT_VERBS = _DOING_LIGHT_VERBS | frozenset("作出 做出 发生 出现 存在 充满 保持 一直".split())
#: Negated modals of a limit, before the verb of a bound (每间房居住人数不得超过2人: the subject is 居住人数,
#: was 不得人数; the bound 超过 is the figure's own), stepped over in subject_label.
_BARRED = frozenset("不得 不能 不可 不宜 不应 不准".split())
#: Verbs that are a clause's predicate, never part of a label (双方|签署|合作文件).
_PREDICATES = frozenset(
    "获得 获 参加 参与 开展 完成 提供 享受 进入 通过 签署 申请 落户 入驻 入选 参展 受益 投产 开工 竣工 获评 覆盖 "
    "惠及 纳入 上榜 认定 出口 发放 使用 接受 形成 组成 加入 推出 取得 承担 集聚 聚集 落地 带动 走进 来到 前往 返回 报名 "
    "参赛 就业 创业 入住 入学 毕业 脱贫 培育 建成 建设 实施 培训 接待 吸纳 吸引 举办 召开 发布 公布 出台 投入 投资 引进 "
    "打造 建立 设立 成立 组建 安排 拿出 筹集 募集 收到 收购 出售 卖出 买入 购买 救出 抓获 查处 罚没 处罚 支付 缴纳 "
    "出席 列席 告诉 说 表示 介绍 称 认为 发现 看到 知道 关注 重点关注 提醒 指出 强调 要求 希望 正值 迎来 迎接 进行 利用 联系 "
    "出自 作为 占据 告知 透露 坦言 回忆 记得 想到 觉得 等待 等 需要 要 用 花 好放 放 采取 採取 采用".split()
) - {"建设", "投入", "投资", "培训", "接待"}  # often the noun of a measure: 建设进度, 研发投入
#: A verb may open a label only before a measure noun (种植面积, 签约金额, 建设进度), not an object (减排|二氧化碳).
_MEASURE_HEAD = tuple("额量数率值度积模本金入出费价比重速幅") + ("规模", "进度", "资金", "成本", "面积", "收入", "项目")
#: A second measure word in brackets right after a figure's own: 125座（处）水工程, 万余台（套）压缩机.
_ALT_MEASURE_RE = re.compile(r"^[（(][\u4e00-\u9fff][）)](?=[\u4e00-\u9fff“])")
#: A generation qualifying the people counted: 90后, 00后.
_GENERATION_RE = re.compile(r"^(?:[0-9０-９]0|[零〇一二三四五六七八九]零)后(?=[\u4e00-\u9fff])")
#: Bounds that stay inside the noun they qualify: 二级以上公立中医医院, 本科及以上学历.
_AT_LEAST = frozenset("以上 以下 及以上 及以下".split())
_LEADING_CATEGORY_RE = re.compile(
    r"^(?:[0-9０-９]+|[〇零一二两三四五六七八九十百千万]+)[来多余几]?岁(?:及以上|及以下|以上|以下)?"
)
_SHARE_RE = re.compile(r"(?<!应)占(?P<whole>[^，。；、占比][^，。；、占]{0,11}?)的$")
_COMPARED_RE = re.compile(
    r"(?:与|和|同|跟)(?:(?!与|和|同|跟)[^，。；、]){1,14}?相比|(?:比|较)(?:去年全年|上年全年|上年|去年|前年|上月|上一届|上届|年初|上年末|上年同期|去年同期|同期|上一个?交易日|前一个?交易日)[末底初]?"
)
#: (占地面积 is the land a thing covers, 占用 a taking of land, 占有率 a share already named: no share of a
#: whole. 示范园规划占地面积1.51万亩, 人民日报 2017: was 占面积比重.)
#: (集團股東應佔溢利107億元: 应占 is "attributable to", no share)
_SHARE_BARE_RE = re.compile(r"(?<!应)占(?!地面积|用|有率)(?P<whole>[^，。；、占比的][^，。；、占的]{0,7})$")
_QUOTES = " \t\u3000“”\"'‘’「」『』《》"
_MAX_TOKENS = 4
_MAX_CHARS = 12


#: Nouns of the telling, never of the thing measured: they stop a label.
_NEVER = frozenset(
    "记者 笔者 本报 通讯员 编者 大关 趋势 报告 消息 数据 统计 资料 据悉 他们 我们 她们 大家 自己 时候 "
    "局部 个别 部分 其中 其余 左右 期间 之间 以来 当时 此时 目前 如今 现在".split()
)
#: Nouns of the telling (in :data:`_NEVER`) that head a compound after another noun: 人口数据, 调研报告.
_RECORD_HEADS = frozenset(("数据", "报告", "资料"))
#: Words jieba tags as times or pronouns that are what a count counts when they follow it: 在１１５８个日夜中,
#: ４００多个休息日, 二十万各界群众 (elsewhere 日夜 is an adverb, 快递小哥日夜穿梭, and 各界 qualifies).
_COUNTED_WORDS = frozenset(("日夜", "昼夜", "休息日", "工作日", "各界", "部分"))  # (１８个部分: the parts counted)
#: Measure nouns a record word (数据, 报告) before them qualifies: 数据总量, 报告数量.
_RECORD_MEASURES = frozenset("总量 数量 量 规模 总数 容量 体量".split())
#: One-character money verbs and the noun of what they measure.
_MONEY_WORDS = {
    "亏": "亏损",
    "赔": "赔付",
    "罚": "罚款",
    "花": "花费",
    "赚": "收入",
    "挣": "收入",
    "捐": "捐款",
    "捐出": "捐款",
    "捐来": "捐款",
}
#: What a count after these verbs measures: 每天能卖1000个 → 销量.
_VERB_MEASURE = {
    "卖": "销量",
    "卖出": "销量",
    "售出": "销量",
    "销售": "销量",
    "生产": "产量",
    "产出": "产量",
    "运送": "运量",
    "运输": "运量",
    "接待": "接待量",
    # water and power moved or used (人民日报 2023: 累计引水12.3亿立方米 → 引水量, was empty)
    "引水": "引水量",
    "调水": "调水量",
    "供水": "供水量",
    "输水": "输水量",
    "蓄水": "蓄水量",
    "节水": "节水量",
    "用水": "用水量",
    "发电": "发电量",
    "用电": "用电量",
    "降雨": "降雨量",
}
#: One-character heads of a measured noun, nouns when they stand alone.
_MEASURE_CHARS = frozenset("率量额值费")  # (运输建筑渣土|费4200元: jieba calls the lone 费 a verb)
_NOUN_ENDS = frozenset(
    "手员者师生户队组部局厅院所站场厂店馆园区村镇乡县市省品物费率量额数值价款金人家社会司度机器车船舰艇楼房桥港线网仪娘桩塔"
)


def _tagger():  # type: ignore[no-untyped-def]
    from reader.analysis import _jieba  # noqa: PLC0415 - deliberately lazy

    return _jieba.posseg().dt.word_tag_tab, _jieba.get().lcut


#: A digit and G, K or D: a generation, a resolution, dimensions (5G, 4K, 3D); not a grade (5A级, a figure).
_KIND_CODE_RE = re.compile(r"^[0-9][GKD]$")


def _tag(word: str, tab: dict[str, str]) -> str:
    if word in _NEVER:
        return "r"
    if word in _TAG_FIX:
        return _TAG_FIX[word]
    if len(word) >= 4 and word.endswith(_RESULTS):
        return "v"  # 直拉硅单晶|研制成功: a doing and its result, the predicate (n in jieba's dictionary)
    if word in _MEASURE_CHARS:
        return "n"  # 国产|率, 发电|量: jieba leaves the measure's head alone
    t = tab.get(word)
    if t == "m" and not any(c.isdigit() or c in "〇零一二两三四五六七八九十百千万亿几数" for c in word):
        return "n"  # 大项: jieba calls it a numeral
    if (
        t
        and (t.startswith("v") or t == "l")
        and len(word) >= 2
        and word[-1] in _NOUN_ENDS
        and word[0] not in _NEGATIONS
    ):
        return "n"  # 选手, 学员 (verbs to jieba), 合作社 (a set phrase)
    if t == "l" and len(word) >= 3 and word.endswith("史"):
        return "n"  # 中国共产党90多年的奋斗史, 60多年的发展史: a history (set phrases to jieba), the noun after 的
    if t == "l" and len(word) >= 3 and tab.get(word[-2:], "").startswith("n"):
        return "n"  # 发明专利, 国有企业: a set phrase that ends in a noun
    if _set_noun(word, t, tab) or _domain_of_doing(word, t, tab):
        return "n"
    if t:
        return t
    if word.isascii():
        if word.isalpha():
            return "eng"
        return "m" if any(c.isdigit() for c in word) else "x"
    if word[0] in "〇零一二两三四五六七八九十百千万亿" or word[0].isdigit():
        return "m"
    if not word[0].isalnum():
        return "x"
    if len(word) >= 2 and word[-1] in _NOUN_ENDS:
        return "n"  # 综保区, 巡防队
    if word[0] in "上下里中内外":
        return "f"  # 上用: a locative glued to what follows, not a noun
    # An unknown word jieba's HMM found: mostly a name or a noun, a verb when
    # its first character is one (筑牢, 稳住) — unless it reads as a person's name (饶巧云).
    if len(word) == 3 and is_surname(word[0]):
        return "nr"
    if len(word) == 2 and word[1] == "完":
        return "v"  # 耕完, 修完: a verb and its result
    return "v" if tab.get(word[0], "").startswith("v") else "n"


def _set_noun(word: str, tag: str | None, tab: dict[str, str]) -> bool:
    """A state word or a short idiom that ends in a noun names a thing, as jieba's z and i do not say (人民日报 2023):
    ``协调化解劳资纠纷10起`` → 劳资纠纷, ``8000多亩撂荒地`` → 撂荒地, ``只有一个出入口`` → 出入口, ``国家珍贵文物3000多件``.
    Not an adverb in 地 (悠闲地) nor a four-character idiom (目不转睛, 冰天雪地) unless it opens with an adjective (珍贵文物)."""
    if tag == "i" and len(word) == 3 and tab.get(word[-1], "").startswith("n"):
        return True  # 防御物资冲锋舟76艘, 铁饭碗: a three-character set phrase ending in a noun names a thing
    if tag not in ("z", "i") or len(word) < 3 or not tab.get(word[-2:], "").startswith("n"):
        return False
    if tag == "z":
        return not (word.endswith("地") and tab.get(word[:-1], "")[:1] in ("a", "z"))
    return len(word) == 3 or tab.get(word[:2], "") == "a"


def _domain_of_doing(word: str, tag: str | None, tab: dict[str, str]) -> bool:
    """A four-character set phrase of a noun and a verbal noun names a kind of doing, a thing counted
    (jieba tags it l): ``举办265项两岸青年交流活动`` → 两岸青年交流活动 (was 两岸青年), 义务教育, 水利建设;
    not a verb and its object (付诸|行动: 付诸 is a name to jieba, 热爱|生活: an adjective, 上门|服务: a place
    to jieba, 并网|发电: no word of its dictionary)."""
    if tag != "l" or len(word) != 4 or tab.get(word[2:]) != "vn":
        return False
    first = tab.get(word[:2], "")
    return first == "vn" or (first[:1] in ("n", "b", "f") and first not in ("nr", "ns"))


def _nounish(tag: str) -> bool:
    return tag.startswith(_NOUNISH)


def _skippable(tag: str, word: str = "") -> bool:
    """Adverbs, prepositions, particles, conjunctions, numbers, measure words, punctuation,
    the per-words of a rate (每桶, 每年, 平均) and superlatives (气温最高达到)."""
    return (
        tag in ("e", "x", "o", "y")
        or tag[:1] in "dpucmqf"
        or tag == "zg"
        or word.startswith("每")
        or word in ("平均", "人均", "年均", "日均")
        or (word.startswith("最") and len(word) == 2)
    )


#: Characters of negation: 不会, 没法 are verbs whatever character they end in (not nouns like 社会, 办法).
_NEGATIONS = frozenset("不没未无非")


#: Words that deny a doing: a span of a denied doing keeps them (连续18年不干涸 is no 干涸用时). Whole words,
#: where label_phrases' ``_NEGATIONS`` are the characters that open a verb (不会, 没法).
_NEGATION_WORDS = frozenset("不 未 没 没有 从未 从不 不再 未曾 无".split())
#: Function characters jieba's HMM glues onto the word before or after (关岭牛|是 → 牛是, 竟|吹出 → 竟吹出).
_GLUED_TAIL = frozenset("是到等在便也都就又将把被的了着过和与及向从已竟却还才时由为于有")
#: Verbs jieba's HMM glues onto a noun before them (迷你冰壶体验|区供|市民体验): split off only after a noun's end.
_GLUED_VERBS = frozenset("供")
_GLUED_HEAD = frozenset("竟便就都也又将把被却还才已只仅")


#: A serial number that ends a name (天宫二号, 长征五号).
_SERIAL_RE = re.compile(r"^[一二三四五六七八九十]{1,3}号$")
#: One-character result complements jieba leaves after a one-character verb (走|完, 修|好).
_COMPLEMENTS = frozenset("完好到成掉光下上住")


def _unglue(words: list[str], tab: dict[str, str]) -> list[str]:
    """Split a function character off a word jieba's HMM made up (not in its dictionary):
    ``关岭牛是北盘江流域`` gives 关岭|牛是|…, ``一种按键指法竟吹出`` gives …|竟吹出, and a made-up word is
    tagged a noun, so the label would run on through the verb (关岭牛是北盘江流域, 按键指法竟吹出)."""
    out: list[str] = []
    for w in words:
        if len(w) >= 2 and w not in tab and not w.isascii() and not any(c.isdigit() for c in w):
            if w[0] in _GLUED_HEAD:
                out.append(w[0])
                w = w[1:]
            if w[0] in "前后" and w[1:] in _MODALS:
                out.extend((w[0], w[1:]))  # 如果年底前要增至4万亿元: 前|要, a time's end and a modal (was 前要)
                continue
            if len(w) >= 2 and (w[-1] in _GLUED_TAIL or (w[-1] in _GLUED_VERBS and w[-2] in _NOUN_ENDS)):
                out.extend((w[:-1], w[-1]))  # (设置了一条10米长的迷你冰壶体验区供观众感受: was …体验区供长度)
                continue
            if (
                len(w) >= 2
                and w[-1] == "能"
                and tab.get(w[:-1], "").startswith("n")
                and not (out and tab.get(out[-1], "").startswith("v"))  # (抽水|蓄能: energy stored)
            ):
                out.extend((w[:-1], w[-1]))  # 顶级果能达到1/6: a noun and the modal after it (not 蓄能)
                continue
        out.append(w)
    return out


def _tokens(snippet: str) -> list[tuple[str, str]]:
    """Words with tags; a “quoted” stretch is one noun.

    A label tries several readings of the same clause, so most snippets are
    cut more than once (41,700 cuts of 14,500 snippets over 440 features):
    the cut is kept, and each caller gets a list of its own."""
    return list(_tokens_of(snippet))


@lru_cache(maxsize=16384)
def _tokens_of(snippet: str) -> tuple[tuple[str, str], ...]:
    tab, lcut = _tagger()
    raw = _unglue(lcut(snippet), tab)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        if w == "“":
            k = next((k for k in range(i + 1, min(i + 8, len(raw))) if raw[k] == "”"), None)
            if k is not None:
                out.append(("".join(raw[i : k + 1]), "nz"))
                i = k + 1
                continue
        if _ranked_class(raw, i) and out and _nounish(out[-1][1]):
            out[-1] = (out[-1][0] + w + raw[i + 1], "n")  # 世界|500|强|企业 → 世界500强: one name, not a figure
            i += 2
            continue
        if _cut_opening_noun(raw, i, tab):
            out.append((w + raw[1], "n"))  # 地|市启动 → 地市: the snippet's first noun, cut in two
            i += 2
            continue
        paired = _paired_locatives(raw, i)
        if paired:
            out.append(("".join(raw[i : i + paired]), "n"))  # 线|上线|下 → 线上线下: one word, not cut in two
            i += paired
            continue
        if (
            len(w) == 1
            and i + 1 < len(raw)
            and raw[i + 1] in _COMPLEMENTS
            and tab.get(w, "").startswith("v")
            and w not in _LINKS
        ):
            out.append((w + raw[i + 1], "v"))  # 走|完 → 走完: a verb and its result complement are one verb
            i += 2
            continue
        if out and _nounish(out[-1][1]) and _SERIAL_RE.match(w):
            out[-1] = (out[-1][0] + w, "nz")  # 天舟|一号: a serial number ends the name
            i += 1
            continue
        if _name_tail(raw, i, tab):
            out[-1] = (raw[i - 1] + w, _tag(raw[i - 1] + w, tab))  # 吴易|昺两度: the rare last character of a name
            i += 1
            continue
        if w == "·" and out and _nounish(out[-1][1]):
            out.append((w, "nr"))  # 卡孜木·哈得尔
            if _dotted_name_tail(raw, i, tab):
                out.append((raw[i + 1] + raw[i + 2], "nr"))  # 马杜罗·莫|罗斯: one name after the dot
                i += 3
                continue
        elif w in _RECORD_HEADS and (
            (out and out[-1][1] in ("n", "vn", "nz", "j")) or (i + 1 < len(raw) and raw[i + 1] in _RECORD_MEASURES)
        ):
            out.append((w, "n"))  # 实有人口数据达到280余万条, 形成调研报告1318篇: the head of a compound noun
            # (系统的数据总量已达2.4万余条: the record measured, was 总量)
        else:
            out.append((w, _tag(w, tab)))
        i += 1
    return tuple(out)


def _dotted_name_tail(raw: list[str], i: int, tab: dict[str, str]) -> bool:
    """Whether the two words after a middle dot (word ``i``) are one cut name, a lone character jieba read as
    another word and a name: ``尼古拉斯·马杜罗·莫罗斯，男，61岁`` gives 莫/d|罗斯/nr (人民日报 2023: the label
    was 罗斯, the name's tail)."""
    return (
        i + 2 < len(raw)
        and len(raw[i + 1]) == 1
        and "\u4e00" <= raw[i + 1] <= "\u9fff"
        and not _tag(raw[i + 1], tab).startswith("n")
        and _tag(raw[i + 2], tab).startswith("nr")
    )


def _ranked_class(raw: list[str], i: int) -> bool:
    """Whether word ``i`` is a number of a ranking glued to 强 after a noun (``64家世界500强企业`` → 世界500强企业,
    was 世界: the number stopped the noun; ``参展世界500强和行业龙头企业达297家``). Not opening the snippet."""
    w = raw[i]
    return (
        i > 0
        and i + 1 < len(raw)
        and raw[i + 1] == "强"
        and (w.isdigit() or all(c in "〇零一二三四五六七八九十百千" for c in w))
        and not raw[i - 1].isdigit()
    )


def _cut_opening_noun(raw: list[str], i: int, tab: dict[str, str]) -> bool:
    """Whether the snippet's first two words are two lone characters that make one noun of jieba's dictionary,
    cut apart because the snippet starts right at it: ``中山5个地市启动防汛Ⅱ级应急响应`` gives, after the
    figure, 地|市|启动 (地 a particle to jieba), so the label fell back to the subject 中山 (人民日报 2023).
    Not after an adjective (41个|大|类齐全的工业体系: 大 qualifies a relative clause)."""
    return (
        i == 0
        and len(raw) > 1
        and len(raw[0]) == 1
        and len(raw[1]) == 1
        and tab.get(raw[0] + raw[1], "")[:1] == "n"
        and tab.get(raw[0], "")[:1] not in ("n", "a")
    )


def _name_tail(raw: list[str], i: int, tab: dict[str, str]) -> bool:
    """Whether word ``i`` is a rare character (zg to jieba) closing a name its HMM cut short: ``吴易昺两度大比分
    落后`` gives 吴易|昺, so the label read 吴易, a name cut. Only after a two-character word of no dictionary
    (a made-up word: a name), and not a function character."""
    w = raw[i]
    return (
        i > 0
        and len(w) == 1
        and tab.get(w) == "zg"
        and w not in _LINKS
        and w not in _GLUED_TAIL
        and w != "每"
        and len(raw[i - 1]) == 2
        and raw[i - 1] not in tab
        and not raw[i - 1].isascii()
        and not any(c.isdigit() for c in raw[i - 1])
    )


#: Opposed locatives of a paired compound (线上线下, 省内省外, 城里城外).
_PAIRED_LOCATIVES = (("上", "下"), ("内", "外"), ("里", "外"))


def _paired_locatives(raw: list[str], i: int) -> int:
    """How many of jieba's words from ``i`` make one paired compound ``X上X下`` that it cut across
    (``10余项线上线下主题活动`` gives 线|上线|下: the label would end 线上线), or 0."""
    for n in (2, 3, 4):
        text = "".join(raw[i : i + n])
        if len(text) > 4:
            break
        if (
            len(text) == 4
            and i + n <= len(raw)
            and len(raw[i + n - 1]) < 4
            and text[0] == text[2]
            and (text[1], text[3]) in _PAIRED_LOCATIVES
            and text[0] not in "上下内外里"
        ):
            return n
    return 0


def _phrase(words: list[str]) -> str:
    """The words as one label; a quote left open inside it (生产“绿电) is dropped, not shown."""
    text = "".join(words).strip(_QUOTES)
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return text


def _last_clause(head: str) -> str:
    """The clause of the sentence head right before the span's clause."""
    return re.split(r"[，,：:]", head.rstrip("，,：: " + "".join(_QUOTES)))[-1].strip(_QUOTES)


def _nearest_words(phrase: str, most: int) -> str:
    """The last whole words of a noun phrase, at most ``most`` characters: ``成都市民体质合格率`` → 体质合格率 (its head
    and the nearest words before it, for a run of a subject named in the clause before, 人民日报 2023)."""
    words = [w for w, _ in _tokens(phrase)]
    while len(words) > 1 and sum(len(w) for w in words) > most:
        words = words[1:]
    return "".join(words)


def _strip_links(before: str) -> str:
    while True:
        if _moved_to(before):
            before = before[:-3]
            continue
        for w in _STRIP:
            if before.endswith(w) and before[-2:] not in _NOT_LINK and before[-3:-1] not in _NOT_LINK:
                before = before[: -len(w)]
                break
        else:
            return before


def _moved_to(before: str) -> bool:
    """A verb of change and 至/到 ending the words before a figure link it to its subject like 增至:
    日均件量恢复至3亿件, 温度最高可以攀升至150多摄氏度, 展望期由20天延长至30天."""
    return (
        len(before) >= 3
        and before[-1] in "至到"
        and _tagger()[0].get(before[-3:-1], "").startswith("v")
        and before[-3:-1] not in _NOT_LINK
    )


#: A frame after a figure and 的 (在…78亿元的基础上, 增长8%的前提下): what it measures is before it, not after.
#: 人民日报 2023: ``国家发展改革委在…已累计下达…中央投资计划78亿元的基础上，大幅新增31亿元`` (not 基础).
_FRAME_RE = re.compile(r"^(?:基础|前提|情况|背景|条件|形势)[上下中]")


def _middle_size(toks: list[tuple[str, str]]) -> bool:
    """A 中 right before a noun is its size, not "among" (南方日报 2024: ``将队员合理划入全镇16个中网格、149个小网格``
    → 中网格; but ``230户中有150户``, ``100人中，``)."""
    return toks[0][0] == "中" and len(toks) > 1 and toks[1][1] == "n" and (len(toks) == 2 or toks[2][1] == "x")


@lru_cache(maxsize=8192)
def after_label(after: str, ended: bool = True, lists: bool = True) -> str:
    """The noun phrase right after a figure: ``辆注册车辆`` → 注册车辆; ``ended``: ``after`` runs to the end of
    its clause (not cut short by the next figure), so a list of nouns may end with it; ``lists``: the figure
    counts things (a level, 11级以上雷暴大风和局地冰雹, is of the first, not of what comes with it)."""
    quoted = _QUOTED_MODIFIER_RE.match(after)
    if quoted:
        after = quoted.group("head")  # 14个“一窗通办”的综合窗口: quoted names qualify the noun after 的
    after = _described_head(after) or after
    if not _OPENING_NAME_RE.match(after):
        after = after.lstrip(_QUOTES)  # (a quoted name opening the phrase stays one noun: “邮农丰”农产品直营店)
    after = _LEADING_CATEGORY_RE.sub("", after)  # 61.84万|65岁及以上|老年人
    after = _ALT_MEASURE_RE.sub("", after)  # 186万余件（套）文物藏品: a second measure word in brackets
    generation = _GENERATION_RE.match(after)
    if generation:
        head = after_label(after[generation.end() :])
        return generation.group() + head if head else ""  # 三名90后年轻人: 90后年轻人 (not nothing)
    after = _placed_head(after) or after
    own = not after.startswith("的")  # (81岁的|张大力: after 的 a measure word is no longer the figure's)
    if not own:
        after = after[1:]
        if _FRAME_RE.match(after):
            return ""  # 78亿元的基础上: a frame of the clause, no noun of the figure (see _FRAME_RE)
    if _WHEN_RE.match(after):
        return ""  # 5岁时经医院确诊, 300米以内时降速: "when", a time clause, counts nothing after it
    toks = _doer_place_glued(_tokens(after[:20]))
    ended = ended and len(after) <= 20
    if _land_after_area(toks):
        return "地"  # 3000余亩|地|已实现…
    if toks and toks[0][0] in ("中", "之中", "当中", "里") and not _middle_size(toks):
        return ""  # 230户中有150户: among them, nothing counted after (but 中国选手, 中小学 are nouns)
    if len(toks) > 2 and toks[0][0] == "在" and len(toks[1][0]) == 1 and toks[1][1] == "ns" and _nounish(toks[2][1]):
        toks = [
            ("在" + toks[1][0], "n"),
            *toks[2:],
        ]  # ２０００多名在京老同志: where they live qualifies them (人民日报 1998)
    if toks and toks[0][0] in _SERIES:
        toks = toks[1:]  # 100多场系列音乐会: 系列 is a second measure word
    if own and _measure_word_left(toks):
        toks = toks[1:]  # 100万|段|木耳: the figure's measure word, not read with it
    if toks and (toks[0][0] in _RECORD_HEADS or toks[0][0] in _COUNTED_WORDS):
        toks[0] = (toks[0][0], "n")  # 发布30份报告, 20万条数据: the record counted (a word of the telling elsewhere)
    toks = _adjective_verb(_record_of_doing(toks))
    if len(toks) > 1 and toks[0][1] == "m" and all(c in "十百千万亿" for c in toks[0][0]):
        toks = toks[1:]  # 两大千亿产业集群: the size of each, before the noun counted
    if len(toks) >= 1 and toks[0][1] == "i" and (len(toks) == 1 or toks[1][1] == "x"):
        return toks[0][0]  # 经历十五六个白天黑夜: a set phrase ending the clause is the noun counted
    if len(toks) > 1 and toks[0][0] in _DETERMINERS:
        toks = toks[1:]  # 从8吨到180吨的各种航天器: 各种 only says "all kinds of"
    if len(toks) > 1 and toks[0][0] in ("多", "余") and _nounish(toks[1][1]):
        toks = toks[1:]  # 14亿|多中华儿女: the 多 the figure left is part of the number
    head = _relative_head(after)
    if (
        toks
        and (toks[0][1][:1] in _OPENS_RELATIVE or _timed_relative(toks))
        and toks[0][1] not in ("vn", "zg")
        and head
    ):
        # 10名来自基层的州人大代表, 2处连通地下架空层的通风采光井, 15项耗资巨大的国营和私营企业的
        # 大型工程项目: a relative clause, then the noun it counts
        toks = _tokens(head)
    if _opens_doing(toks):
        return ""  # 兄弟三人|能够顺利完成学业, 一家六口|终于四世同堂: what follows is a doing, nothing counted
    picked: list[str] = []
    led: list[tuple[str, str]] = []
    lead = _modifier_lead(toks)
    if lead:  # 改良|示范|基地, 高|致残|病种, 务实|合作项目: modifiers before the noun they qualify
        picked, led, toks = [w for w, _ in toks[:lead]], toks[:lead], toks[lead:]
    for k, (w, t) in enumerate(toks):
        nxt = toks[k + 1][1] if k + 1 < len(toks) else ""
        if nxt in ("zg", "k"):
            nxt = "n"  # 采光|井: a lone character jieba left is the end of a noun
        if k == 0 and _place_opening(toks):
            picked.append(w)  # 52个|村|常住人口 → 村 (the villages counted); 400多万元|村|集体收入: one noun
            if lists:
                break
            continue
        if t in ("zg", "k") and (picked or _lone_noun(toks, k)):
            picked.append(w)  # 导电|型|碳化硅, 人|畜|饮水: glue it to the phrase; 70个|村: the noun itself
            continue
        if own and _intransitive_modifier(w, picked, toks[k + 1 :]):
            picked.append(w)  # 18万个|就业|岗位: a verb that takes no object, before a noun, qualifies it
            continue
        if w in _AT_LEAST and picked and (_nounish(nxt) or nxt.startswith("v")):
            picked.append(w)  # 134家二级|以上|公立中医医院, 500家规模|以上|工业企业: a bound inside the noun counted
            continue
        if (
            w in _PREDICATES
            or (picked and (w in _LINKS or w in _STARTS or w.startswith(_PER_HEAD)))
            or _predicate_ahead(t, toks[k + 1 :])
        ):
            break  # 18个行业利润|同比增长; 两三天|好放; 88名志愿者|分配在…
        if _nounish(t) and w not in _LINKS:
            picked.append(w)
        elif t in ("a", "l", "an", "z") and _nounish(nxt) and (not picked or w not in _LINKS):
            picked.append(w)  # 优良品种, 新开工项目 (优良 is a state word to jieba)
        elif t == "f" and not picked and _nounish(nxt):
            picked.append(w)  # 周边村民
        elif _prefix_in_phrase(t, picked, nxt):
            picked.append(w)  # 国家级|非|物质文化遗产
        elif _time_modifier(w, t, picked, nxt):
            picked.append(w)  # 六大|未来|产业
        elif _doings_before_head(w, t, picked, toks[k + 1 : k + 3]):
            picked.append(w)  # 生态|种植|示范|基地
        elif _coordinated_doing(w, t, picked, toks[k + 1 :]):
            picked.append(w)  # 228项|行政|审批|和|公共服务事项
        elif (
            t.startswith("v")
            and _nounish(nxt)
            and w not in _LINKS
            and w not in _PREDICATES
            and w[-1] not in "着了过"
            and (
                not picked
                or picked[-2:-1] in (["及"], ["和"])  # 国有及国有|控股企业: the second modifier starts afresh
                or (
                    (w in _tagger()[0] or _ends_clause(toks[k + 1 :]) or _kind_head_ahead(toks[k + 1 : k + 3]))
                    and _head_ahead(toks[k + 1 : k + 4])
                )
            )
        ):
            # a verb modifies the noun after it at the start (注册车辆, 新建项目) and, when it is a
            # word of the dictionary that is no typical predicate, inside the phrase
            # (能源补给项目); an unknown one is the predicate itself (创新平台|筑牢根基)
            picked.append(w)
        elif w in ("和", "及", "与") and k and _coordinated_doing(toks[k - 1][0], toks[k - 1][1], picked, toks[k:]):
            picked.append(w)  # (行政审批|和|公共服务事项: the conjunction of the doing and the nouns)
        elif _joins_modifiers(w, picked, toks[: k + 1], nxt):
            picked.append(w)  # 国有及国有控股企业: two modifiers of one noun, joined
        else:
            break
        if (
            _weight(picked) - picked.count("及") - picked.count("和") >= _MAX_TOKENS
            or sum(map(len, picked)) >= _MAX_CHARS
        ):
            picked = _slide_to_head(picked, toks[k + 1 :])
            break
    picked = _drop_dangling_verb(picked, toks)
    picked = _head_after_modifier(picked, [*led, *toks])
    if own and lists:
        picked = _listed_nouns(picked, [*led, *toks], ended)  # (87岁的解大爷和老伴: the one whose age it is)
    if toks and picked == [toks[0][0]]:
        picked = _lone_pair(picked, toks)  # 收购约20万斤藕|带，: two lone characters ending the phrase, one word
    while (
        picked
        and not _nounish(_tag(picked[-1], _tagger()[0]))
        and not picked[-1].startswith("“")
        and _tag(picked[-1], _tagger()[0]) not in ("zg", "k")
        and picked[-1] not in _RECORD_HEADS  # (认证数据: a noun, by _record_of_doing; 30份报告: the record counted)
        and not (picked == [toks[0][0]] and picked[0] in _COUNTED_WORDS)  # (１１５８个日夜)
    ):
        picked.pop()
    if (
        picked
        and len(picked) < len(toks)
        and toks[len(picked)][0] in _TAIL_SUFFIXES
        and toks[: len(picked)] == [(w, _tag(w, _tagger()[0])) for w in picked]
    ):
        picked.append(toks[len(picked)][0])  # 网格|员, 通风采光|井, 机耕|道: jieba left the suffix alone
    return _phrase(picked)


def _place_opening(toks: list[tuple[str, str]]) -> bool:
    """Whether the words after a figure open with a lone character of a place (村 镇 乡, which jieba leaves alone
    when the measure word before took it: 个村) and then a noun. After a count the place is what is counted and
    the noun is the places' (``3个乡镇52个村常住人口46104人`` → 村, was 乡镇, the count before); after an amount
    it qualifies the noun (``剩余的400多万元村集体收入`` → 村集体收入, was 剩余的, naming nothing) (人民日报
    2023, 2017)."""
    return (
        len(toks) > 1
        and len(toks[0][0]) == 1
        and toks[0][0] in "村镇乡"
        and toks[0][1] in ("zg", "k")
        and toks[1][1] in ("n", "nz", "j")
        and toks[1][0] in _tagger()[0]  # (三大镇|馆之宝: a set phrase cut, no word of the dictionary)
        and len(toks[1][0]) >= 2
        and not toks[1][0].endswith("级")  # (12个镇|街级社区…中心: a level of the noun)
    )


def _prefix_in_phrase(t: str, picked: list[str], nxt: str) -> bool:
    """Whether a prefix (jieba's ``h``: 非) inside a noun phrase qualifies the noun after it:
    ``4批1372项国家级非物质文化遗产代表性项目名录`` → 国家级非物质文化遗产… (人民日报 2017, was 国家级: the
    prefix stopped the phrase). Not opening it (a lone 非 there may be a predicate)."""
    return t == "h" and bool(picked) and _nounish(nxt)


#: Verbs of starting that jieba tags verbal nouns: after the noun counted they are its predicate
#: (15个地市|启动防汛应急响应), before it a modifier (500万元启动资金).
_STARTS = frozenset(("启动", "开启"))


#: Predicates that take no object: right after a count and before a noun they qualify that noun (就业岗位).
_INTRANSITIVES = frozenset("就业 创业 参赛 参展 入住 入学 毕业 脱贫 投产 开工 竣工 受益 上榜".split())


def _intransitive_modifier(w: str, picked: list[str], rest: list[tuple[str, str]]) -> bool:
    """Whether ``w`` opens the phrase after a count as a verb that takes no object, with a plain noun after it:
    ``为东道国增加了近11亿美元的税收和18万个就业岗位`` → 就业岗位 (was 税收, the amount's noun carried:
    就业 is a predicate, 带动200人就业), ``5个竣工项目`` (人民日报 2017). Not after 的 (解决6000人的|就业问题:
    the people are counted, not the problems)."""
    return not picked and w in _INTRANSITIVES and bool(rest) and rest[0][1] in ("n", "nz")


#: Results that end a made-up word of a doing (研制成功, 建设完成).
_RESULTS = ("成功", "完成", "完毕")


#: Adverbs that only modify a predicate (jieba may tag the doing after them a noun: 终于|四世同堂).
_CLAUSE_ADVERBS = frozenset("终于 已经 正在 仍然 依然 一直 始终 曾经 纷纷 相继 先后 总算 居然 竟然 果然 都已".split())


#: Verbs of where things are or come from: after a count, with a place ending the clause, they are its predicate.
_WHERE_VERBS = frozenset("来自 位于 分布 分布在 集中在 出自 产自 源自 落户 坐落 地处".split())


def _doer_place_glued(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A verb and a lone 县, 村 or 户 right after a count are one noun, the counties or households that did it:
    ``832个脱贫县完成公路固定资产投资`` → 脱贫县, ``种植户`` (jieba: 脱贫|县, 种植|户 with 户 a measure word; the
    label was empty, the verb taken for the clause's predicate) (人民日报 2023)."""
    if (
        len(toks) >= 2
        and toks[0][1] == "v"
        and len(toks[0][0]) == 2
        and toks[1][0] in ("县", "村", "户", "乡", "镇")
        and (len(toks) == 2 or toks[2][1] in ("x", "c", "v", "d", "p", "uj"))
    ):
        return [(toks[0][0] + toks[1][0], "n"), *toks[2:]]
    return toks


def _opens_doing(toks: list[tuple[str, str]]) -> bool:
    """The words after a figure open with a modal verb (能够, 可以), an adverb of the clause (终于, 一直)
    or an adverb before a verb (长期|奋战): they are the predicate of the clause, not the
    thing counted, which is before the figure or not named: ``张子兵兄弟三人能够顺利完成学业`` (not
    能够顺利完成学业), ``一家六口终于四世同堂``."""
    if len(toks) < 2 or toks[1][1] == "x":
        return False
    word, tag = toks[0]
    if (len(word) > 1 and word in _MODALS) or word in _CLAUSE_ADVERBS:
        return True
    if word in _WHERE_VERBS and toks[1][1] in ("ns", "nr", "nrt") and (len(toks) == 2 or toks[2][1] == "x"):
        return True  # 其中八项来自美国，两项来自英国: a verb and a place ending the clause say where they are from
    return tag == "d" and toks[1][1] in _VERB_TAGS  # (not a manner word: 两个|联合|抢险救援专家组)


def _lone_pair(picked: list[str], toks: list[tuple[str, str]]) -> list[str]:
    """A lone noun character then a lone character that ends the clause are one word jieba did not know
    (人民日报 2023: ``公司在旺季平均每天收购约20万斤藕带，`` → 藕带, not 藕)."""
    if (
        len(picked[0]) == 1
        and _nounish(toks[0][1])
        and len(toks) >= 2
        and len(toks[1][0]) == 1
        and "\u4e00" <= toks[1][0] <= "\u9fff"
        and toks[1][0] not in _GLUED_TAIL
        and toks[1][1][:1] not in "yucpdre"  # (养了100多头牛呢: a particle ends the sentence)
        and toks[1][0] not in "呢吗吧啊呀哦嘛啦"
        and (len(toks) == 2 or toks[2][1] == "x")
    ):
        return [picked[0] + toks[1][0]]
    return picked


#: Places that qualify what is counted, not things counted: 线上的…, 海外的…
_PLACE_WORDS = frozenset("线上 线下 网上 网下 云端 身边 周边 本地 外地 当地 各地".split())
_COLOUR_RE = re.compile(r"^[红橙黄绿青蓝紫黑白灰彩金银棕褐粉]色的")


def _placed_head(after: str) -> str:
    """After a count, a place or a colour then 的 only qualifies the noun after 的, which is counted:
    ``平台每月都能收到340多个线上的矛盾纠纷调解预约`` → 矛盾纠纷…, ``四个彩色的圆圈标明…`` → 圆圈 (not 线上,
    彩色: 3个村的村民 counts villages, but 线上 and 彩色 are no things); "" when there is no such lead."""
    if _COLOUR_RE.match(after):
        return after[3:]
    toks = _tokens(after[:8])
    if len(toks) < 3 or toks[1][0] != "的" or not (toks[0][1] == "s" or toks[0][0] in _PLACE_WORDS):
        return ""
    rest = after[len(toks[0][0]) + 1 :]
    return rest if rest[:1] and "\u4e00" <= rest[0] <= "\u9fff" else ""


def _land_after_area(toks: list[tuple[str, str]]) -> bool:
    """地 right after an area (``域内的3000余亩地已实现泵站提水``, ``灌溉10亩地能用上一个半月``) is the land
    counted, a noun; jieba reads it the adverbial particle (认真地) or glues the modal after it (地能)."""
    return bool(toks) and toks[0][0] in ("地", "地能")


def _measure_word_left(toks: list[tuple[str, str]]) -> bool:
    """A one-character measure word opens the words after a figure that did not take it as its unit,
    then a noun: ``今年我们又摆放了100万段木耳`` (段 is no unit the finder knows); the noun after it is counted."""
    return (
        len(toks) > 1
        and len(toks[0][0]) == 1
        and toks[0][0] not in "天年月日周时分秒"  # (三伏|天: a time, not a count of things)
        and (toks[0][1] == "q" or toks[0][0] in _MEASURES_MISTAGGED)
        and toks[1][1].startswith("n")
    )


#: One-character measure words jieba tags otherwise (包 a verb, 瓶 a noun, 桶 块 件 lone characters): after a
#: figure of a bare magnitude they are its measure word, ``年产5亿包方便面`` → 方便面 (人民日报 2017, was 包方便面).
_MEASURES_MISTAGGED = frozenset("包瓶桶块件")


def _record_of_doing(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A record noun after a verb in the words after a count is the head of a compound, the thing counted
    (``其中包含39项强认证数据和9项弱认证数据``: 认证|数据), not a word of the telling that stops the label."""
    return [
        (w, "n") if w in _RECORD_HEADS and 0 < k < 4 and toks[k - 1][1] in ("v", "vn") else (w, t)
        for k, (w, t) in enumerate(toks)
    ]


def _adjective_verb(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A one-character adjective and a verb opening the words after a figure, then a noun, are one modifier
    of that noun, not an adjective and a predicate: ``为4.1万名新就业形态劳动者赠送…`` (新|就业|形态|劳动者)."""
    if len(toks) > 2 and len(toks[0][0]) == 1 and toks[0][1] == "a" and toks[1][1] == "v" and _nounish(toks[2][1]):
        return [(toks[0][0] + toks[1][0], "b"), *toks[2:]]
    return toks


#: Manner words jieba may tag a noun or a distinguishing word that, right before a verb, are adverbs:
#: 30条城乡巴士线路|全面|投入运营, 63岁的赵银亭|主动|报了名, 我国|大力|推动…. A class, not a tag fix: 大力 is
#: also the given name of 张大力, which a tag of d would cut off.
_MANNER_WORDS = frozenset(
    "全面 主动 集中 共同 统一 全部 积极 自主 优先 率先 首次 正式 全力 持续 逐步 陆续 分别 相继 大力 重点 同步 及时"
    " 自发 免费 专门 直接 提前 依法 联合 就近 成功 顺利 基本 初步 着力 极力 努力".split()
)
#: Verbs that take a verb as their object, which jieba may tag a verbal noun (尝试|做了梨膏).
_VERB_OBJECT_VERBS = frozenset("尝试 开始 继续 准备 坚持 努力 负责 参与 帮助 协助 争取 决定 打算 试图 主动".split())
#: Tags of a verb that makes the word before it its adverb or its own predicate (not a vn: 防汛|救灾).
_VERB_TAGS = ("v", "vd", "vi", "vq", "vg")


def _drop_dangling_verb(picked: list[str], toks: list[tuple[str, str]]) -> list[str]:
    """The phrase ends before a manner word or a verbal noun that is followed by a verb: they belong to
    the predicate, not the noun counted: ``30条城乡巴士线路全面投入客货邮运营`` → 城乡巴士线路 (not …全面),
    ``拿出10万斤南果梨尝试做了梨膏`` → 南果梨 (not 南果梨尝试), ``63岁的赵银亭主动报了名`` → 赵银亭."""
    n = len(picked)
    if n < 2 or n >= len(toks) or [w for w, _ in toks[:n]] != picked:
        return picked
    if toks[n][1] in _VERB_TAGS and picked[-1] in _VERB_OBJECT_VERBS:
        n -= 1
    while n >= 2 and picked[n - 1] in _MANNER_WORDS and toks[n][1] in (*_VERB_TAGS, "vn"):
        n -= 1  # (5600亩农田|全部|建设成为…: the manner word of a doing)
    return picked[:n]


def _plain_noun(word: str, tag: str) -> bool:
    """A noun of a kind of thing that can be listed: not a place or a person's name, a set phrase or an idiom."""
    return _nounish(tag) and tag not in ("ns", "nr", "nrfg", "nrt", "i", "l") and word not in _LINKS


_LIST_JOINS = ("、", "和", "及")  # (not 与, "with": 48位八路军战士|与|敌人交战)


def _listed_nouns(picked: list[str], toks: list[tuple[str, str]], ended: bool) -> list[str]:
    """A count before a list of nouns counts them all: ``联系服务2万余家重点企业和项目。`` → 重点企业和项目 (not 重点企业),
    ``浙江省65座亚运场馆及办公场地将全部使用绿电`` → 亚运场馆及办公场地 (人民日报 2023). The list ends the clause or
    comes before an adverb or a 的 (before a verb the last noun may go on: 3家林产品综合采购商及单品|采购|大客户); one
    too long to show, or of places, names or doings, is left at its first noun."""
    n = len(picked)
    if not n or n >= len(toks) or [w for w, _ in toks[:n]] != picked or toks[n][0] not in _LIST_JOINS:
        return picked
    if not _plain_noun(*toks[n - 1]):
        return picked  # (布局合理|、功能实用: the first is no thing either)
    k, whole, conjuncts = n, list(picked), 1
    while k < len(toks) and toks[k][0] in _LIST_JOINS and conjuncts < 4:
        nouns = []
        j = k + 1
        while j < len(toks) and _nounish(toks[j][1]) and toks[j][0] not in _LINKS and toks[j][1] != "vn":
            if toks[j][0] in _MANNER_WORDS or toks[j][0] in _DETERMINERS:
                break  # (两瓶水和零食|全部|用完)
            if not _plain_noun(*toks[j]):
                return picked  # (支援房山、门头沟, 科学家潜心科研、矢志报国: places, doings, no things counted)
            nouns.append(toks[j][0])
            j += 1
        if not nouns or _tagger()[0].get(nouns[0]) == "m" or nouns[-1][-1] in "额量数率值度积":
            return picked  # (党员致富骨干和|若干|群众: a number of others; 水库、堤防长度: a measure, not a thing)
        if len(nouns) > max(2, n):
            return picked  # (１２．４万群众和牲畜饮水问题: the last noun runs on past the list)
        whole += [toks[k][0], *nouns]
        conjuncts += 1
        k = j
    if k >= len(toks) and not ended:
        return picked  # (布朗族村寨和景迈|4个…: the words given may stop at the next figure, not at the list's end)
    end_word, end_tag = toks[k] if k < len(toks) else ("", "x")
    if k + 1 < len(toks) and end_tag[:1] == "v" and (toks[k + 1][0] in _SUFFIXES or toks[k + 1][1] in ("zg", "k")):
        return picked  # (大型拖拉机、甘蔗|种植|机: the last noun is a modifier of a compound jieba cut)
    if (end_tag == "x" and end_word != "、") or end_word == "的" or end_tag[:1] in ("d", "p"):
        # (not before a verb: 3家林产品综合采购商及单品|采购|大客户, 100多场音乐会和交流|演出|活动 go on)
        if sum(map(len, whole)) <= _MAX_CHARS:
            return whole
    return picked


#: Nouns of bodies and places counted that a modifier before them may hide (生产|企业, 最优|节点).
_COUNTED_HEADS = ("企业", "公司", "机构", "单位", "节点", "站点", "网点", "景区", "之家")


def _head_after_modifier(picked: list[str], toks: list[tuple[str, str]]) -> list[str]:
    """The nouns right after a count that stop before a doing naming the head they modify are that head's
    modifiers, not the thing counted: ``聚集了100余家汽车零部件生产企业`` → 汽车零部件生产企业 (not 汽车),
    ``实施了5个城乡建设用地增减挂钩项目`` → 用地增减挂钩项目 (not 城乡建设用地), ``超过15万个乡村电商和快递服务站点``
    → the whole (not 乡村电商), ``建成了…20个网约车司机之家`` → 网约车司机之家 (人民日报 2023). The words between are
    verbal nouns, nouns, or two verbs of one doing (增减|挂钩), and the head ends the clause or opens a 的 or a 和: a
    verb and its object (5个村|建成|示范基地, 骨干|担任|责任区负责人) are a predicate, not a name."""
    n = len(picked)
    if not n or [w for w, _ in toks[:n]] != picked:
        return picked  # (a lead of modifiers is cut off the words before the loop: compared with all of them)
    while n and not _nounish(toks[n - 1][1]):
        n -= 1  # (党员致富骨干|担任: a verb the phrase ended on is vetted like the words after it)
    if not n:
        return picked
    kept = picked[:n]
    if n < len(toks) and toks[n][0] in ("和", "及", "与"):
        if kept[-1].endswith(_COUNTED_HEADS) or _head_ahead([(kept[-1], "n")]):
            return picked  # (公共服务中心和物流配送中心: two heads, not a modifier of the second)
        start = n + 1
    else:
        start = n
    doing = bridged = verbed = False
    k = start
    while k < len(toks) and k < start + 4:
        w, t = toks[k]
        if w == "之" and k + 1 < len(toks) and toks[k + 1][0] == "家":
            head, end, bridged = "之家", k + 2, True  # 司机|之|家: jieba cuts the name of a home
        elif _nounish(t) and t not in ("nr", "nrfg", "nrt", "ns") and w not in _LINKS:
            head, end = w, k + 1
        elif t == "mq" and len(w) >= 3:
            bridged = True
            k += 1  # 零部件: a noun to jieba's numeral-measure tag
            continue
        elif (
            t == "v"
            and len(w) == 2
            and w not in _PREDICATES
            and w not in _LINKS
            and w not in _MANNER_WORDS
            and w[-1] not in "着了过成到"
            and k + 1 < len(toks)
            and (toks[k + 1][1] in ("v", "vn") or ((doing or k < len(picked)) and _nounish(toks[k + 1][1])))
        ):
            doing, bridged, verbed = toks[k + 1][1] == "v", True, True
            k += 1  # 增减|挂钩|项目: two verbs of one doing; 拔尖学生|培养|基地: one the phrase took, then a head
            continue
        else:
            break
        nxt = toks[end][0] if end < len(toks) else ""
        if (
            (start > n or bridged or n < len(picked))
            and (head.endswith(_COUNTED_HEADS + _HEAD_WORDS) or (not verbed and _head_ahead([(head, "n")])))
            and (not nxt or toks[end][1] == "x" or nxt in ("的", "和", "、", "及"))
        ):
            whole = kept + [w for w, _ in toks[n:k]] + [head]
            if start > n and (len(whole) > _MAX_TOKENS + 2 or sum(map(len, whole)) > _MAX_CHARS):
                return picked  # (数字化车间和智能工厂, 乡村电商和快递服务站点: the two joined, or the first)
            if head == "之家" and len(whole) > 1:
                whole[-2:] = [whole[-2] + head]  # (司机之家: one noun, not 司机 and a function word)
            while start == n and len(whole) > 1 and (len(whole) > _MAX_TOKENS + 1 or sum(map(len, whole)) > _MAX_CHARS):
                whole = whole[1:]
            return whole
        if head == "之家":
            break
        k += 1
    return picked


def _weight(words: list[str]) -> int:
    """How many words a phrase's length limit counts: a bound inside it (二级|以上) is not one of its own."""
    return len(words) - sum(w in _AT_LEAST for w in words)


def _slide_to_head(picked: list[str], rest: list[tuple[str, str]]) -> list[str]:
    """A phrase cut at its length limit while its nouns go on would end inside the name: keep its head
    and drop words at the front instead: ``30亿元的豫沪合作周口产业示范园（一期）`` → 周口产业示范园
    (not 豫沪合作周口)."""
    more: list[str] = []
    for w, t in rest[:3]:
        if not (_nounish(t) and t not in ("vn", "nr", "nrfg", "nrt")) or w in _LINKS or w in _MANNER_WORDS:
            break
        if w not in _tagger()[0]:
            return picked  # (商户|面向全国|…, 冷藏保鲜|整县: a word jieba made up may be a verb; don't slide over it)
        more.append(w)
    tab = _tagger()[0]
    if (
        not more
        or not _head_ahead([(more[-1], "n")])
        or any(w in ("·",) or _tag(w, tab).startswith(("v", "nr")) and _tag(w, tab) != "vn" for w in picked)
    ):
        return picked  # (选手|阿卜杜拉·拉希, 电动车|推进|小区地下: a name or a verb, no compound to slide over)
    whole = picked + more
    while len(whole) > 1 and (_weight(whole) > _MAX_TOKENS or sum(map(len, whole)) > _MAX_CHARS):
        whole = whole[1:]
    while len(whole) > 1 and (
        _tag(whole[0], _tagger()[0]) == "vn" or whole[0] in ("和", "及", "与") or whole[0] in _AT_LEAST
    ):
        whole = whole[1:]  # (合作|周口产业示范园: a doing left opening the phrase is cut with its subject)
    return whole


def _doings_before_head(word: str, tag: str, picked: list[str], rest: list[tuple[str, str]]) -> bool:
    """Two verbs of the dictionary between a noun and a head noun of a kind (基地, 中心, 项目) are doings
    naming it: ``条子泥10.12万亩生态种植示范基地`` → 生态种植示范基地 (not 生态, cut before 种植)."""
    tab = _tagger()[0]
    return (
        bool(picked)
        and tag == "v"
        and len(word) == 2
        and word in tab
        and word not in _PREDICATES
        and word not in _LINKS
        and len(rest) == 2
        and rest[0][1] == "v"
        and len(rest[0][0]) == 2
        and rest[0][0] not in _PREDICATES
        and rest[0][0] not in _LINKS
        and rest[1][0] in _HEAD_WORDS
    )


def _time_modifier(word: str, tag: str, picked: list[str], nxt: str) -> bool:
    """A time word opening the words after a count qualifies the noun after it when it names no date:
    ``勾画出六大未来产业的发展路径`` → 未来产业 (not nothing: jieba has 未来 a time word); not 今年, 明天;
    an age group (老年, 成年) qualifies its noun: ``建立了52所老年学校`` → 老年学校."""
    if tag == "t" and not picked and _nounish(nxt) and word in _AGE_GROUPS:
        return True  # 52所老年学校, 150头成年大象: an age group, no date
    if tag == "t" and not picked and _nounish(nxt) and word in _FESTIVALS:
        return True  # 为期１０天的春节庆典活动: a festival names the noun after it (人民日报 1998; was empty)
    return tag == "t" and not picked and _nounish(nxt) and len(word) == 2 and not set(word) & set(_DATING_CHARS)


#: Time words to jieba that name an age group and qualify the noun after them (老年|学校).
_AGE_GROUPS = frozenset("老年 成年 青年 中年 少年 幼年 童年 未成年 中老年 青少年".split())


#: Festivals and holidays, time words to jieba that qualify the noun after them (春节|庆典活动, 暑假|期间 does not:
#: 期间 is no noun).
_FESTIVALS = frozenset("春节 国庆 中秋 元宵 端午 清明 元旦 圣诞 除夕 七夕 重阳 寒假 暑假 新春".split())


#: Characters of time words that date or place in the day (今年, 午后, 春节), not qualify a noun.
_DATING_CHARS = "年月日天周晚早午夜后前春夏秋冬时节期"


def _coordinated_doing(word: str, tag: str, picked: list[str], rest: list[tuple[str, str]]) -> bool:
    """A verb inside a noun phrase, joined by 和/及/与 to the nouns after it, is a doing named as a noun:
    ``有228项行政审批和公共服务事项实行…`` → 行政审批和公共服务事项 (not 行政, cut before the verb)."""
    if not (picked and tag.startswith("v") and len(word) == 2 and len(rest) >= 2 and rest[0][0] in ("和", "及", "与")):
        return False
    if word in _PREDICATES or word in _LINKS or word[-1] in "着了过":
        return False
    nouns = 0
    for w, t in rest[1:]:
        if not _nounish(t) or w in _LINKS:
            break
        nouns += 1
    # (服務和線|上: a noun of one character there is a fragment of a word jieba cut)
    if nouns < 1 or len(rest[nouns][0]) < 2 or (1 + nouns < len(rest) and _nounish(rest[1 + nouns][1])):
        return False
    whole = [p for p in picked if p not in ("和", "及", "与")] + ([] if picked[-1] == word else [word])
    # (鸿蒙原生应用和元服务: a phrase too long to show whole is better cut before the conjunction)
    return (
        len(whole) + nouns <= _MAX_TOKENS
        and sum(map(len, whole)) + sum(len(w) for w, _ in rest[: 1 + nouns]) <= _MAX_CHARS
    )


def _joins_modifiers(word: str, picked: list[str], toks: list[tuple[str, str]], nxt: str) -> bool:
    """及/和 between two modifiers of one noun, the first a distinguishing word (jieba's b):
    ``６．７万户国有及国有控股企业`` → 国有及国有控股企业, not 国有 alone."""
    return word in ("及", "和") and len(picked) == 1 and toks[0][1] == "b" and nxt == "b"


#: A short quoted name, closed, opening the words after a count: 90余处“邮农丰”农产品返城直营店.
_OPENING_NAME_RE = re.compile(r"“[^”“，。；]{1,8}”[\u4e00-\u9fff]")
_DESCRIBED_RE = re.compile(r"[^，。；：！？,;:!?（）()“”]{1,30}?的")


def _described_head(after: str) -> str:
    """After a count, nouns each with an adjective (``群众认可度高、工作能力强的``) describe the noun after
    的, which is what is counted: ``21名法律功底扎实、办案经验丰富的检察官`` → 检察官, ``24条针对性强、含金量高的
    稳外资政策措施`` → 稳外资政策措施 (not 法律功底, 针对性: the qualities named on the way)."""
    m = _DESCRIBED_RE.match(after)
    if not m:
        return ""
    toks = _tokens(m.group()[:-1].split("、")[0])
    if (
        len(toks) < 2
        or not toks[-1][1].startswith("a")
        or not _nounish(toks[0][1])
        or not all(_nounish(t) or t == "d" for _, t in toks[:-1])
    ):
        return ""  # (两架运输直升机穿过低矮的云层: a verb, so the count's noun came first)
    return after[m.end() :]


def _ends_clause(toks: list[tuple[str, str]]) -> bool:
    """Whether one noun ends the clause: then an unknown verb before it modifies it
    (农产品|返城|直营店，), where before a noun that goes on it is the predicate (创新平台|筑牢|根基…)."""
    return bool(toks) and _nounish(toks[0][1]) and (len(toks) == 1 or toks[1][1] == "x")


def _lone_noun(toks: list[tuple[str, str]], k: int) -> bool:
    """A lone character jieba left right after a count, with the clause ending after it, is the noun counted:
    ``传递到70个村。``, ``惠及79个村（社区）`` → 村 (not the label of the figure before). Not before a verb
    (27省份|县|发布: there it opens the next figure's noun)."""
    return (
        k == 0
        and len(toks[0][0]) == 1
        and (
            len(toks) == 1
            or toks[1][1] == "x"
            or (toks[1][1].startswith("v") and toks[1][1] != "vn")
            or toks[1][1] == "d"  # 14辆|车|已于4日凌晨抵达: the predicate's adverb (was 大型应急, carried)
            or toks[1][0] == "的"  # 镜屏3个村的包裹: the villages are counted, the parcels are theirs
            or (toks[1][0] in ("和", "及", "与") and (len(toks) == 2 or toks[2][1] in ("m", "n")))  # 7个村和两家合作社
        )
    )


#: Words after a number that make it a class of the noun (万亿级, 30万千瓦级, 5G, 第三代).
_CLASS_WORDS = frozenset("级 型 代 制 号 式".split())


def numbered_noun(after: str) -> str:
    """A number right after a count that figure finding left alone is part of the noun counted, a model or a
    class: ``只有一台386电脑`` → 386电脑, ``培育20个5G全连接工厂`` → 5G全连接工厂, ``打造…3个万亿级产业基地`` →
    万亿级产业基地 (人民日报 2023); not a second figure (3万余株, split by jieba into two numbers)."""
    toks = _tokens(after[:20])
    if len(toks) < 2 or toks[0][1] != "m" or toks[1][1] in ("m", "zg") or not after.startswith(toks[0][0]):
        return ""  # (14省份198县: a second count whose measure jieba left alone)
    if toks[1][1] == "q" and toks[1][0] not in _CLASS_WORDS:
        return ""  # 3个单位: a second count, not a class of the noun
    rest = after[len(toks[0][0]) :]
    head = after_label(rest)
    at = rest.find(head) if head else -1
    if not head or at < 0 or at > 1:
        return ""
    whole = after[: len(toks[0][0]) + at + len(head)]
    return whole if len(whole) <= _MAX_CHARS + 2 else ""


def _timed_relative(toks: list[tuple[str, str]]) -> bool:
    """A time word, then a doing, opens a relative clause as a doing does: ``45位今年新加入中国作协的会员``
    → 会员 (人民日报 2023; the count is of the members, the time says when they joined)."""
    return len(toks) > 2 and toks[0][1] == "t" and toks[1][1][:1] in _OPENS_RELATIVE and toks[1][1] != "vn"


#: Words that open a new measure of what was counted: 89名运动员|平均年龄为14.6岁 counts 运动员.
_PER_HEAD = ("平均", "人均", "年均", "日均", "户均")
#: A figure followed by 时 (after a bound word or not) says when something happens: 5岁时, 300米以内时.
_WHEN_RE = re.compile(r"(?:以内|以上|以下|左右|之内)?时(?![间期长段刻代节辰候尚光效速])")
#: Words after a verb that make it the clause's predicate: a coverb or preposition, an aspect particle.
_AFTER_PREDICATE = frozenset("在 给 于 到 向 至 了 着 过 往 进 成 为".split())


def _predicate_ahead(tag: str, rest: list[tuple[str, str]]) -> bool:
    """A verb (or a verbal noun) right before a coverb or an aspect particle is the predicate, not part
    of the noun phrase: 88名志愿者|分配在…, 以500元的价格|供应给… (jieba tags 分配, 供应 as nouns, vn)."""
    return (tag.startswith("v") or tag == "vn") and bool(rest) and rest[0][0] in _AFTER_PREDICATE


#: Head nouns of a kind that a verb inside a noun phrase may modify (学习中心, 示范基地).
_HEAD_WORDS = ("中心", "基地", "平台", "清单", "工程", "体系", "设施", "产品", "项目", "方式", "渠道", "途径")
#: Heads of a kind a verb of the dictionary right before them names, as one compound with the nouns before the verb
#: (移动应急|充电|设备, 闭路电视|摄像|系统, 外汇管理|创新|措施, 制度|创新|成果, 专项|支持|政策, 产业融合|应用|方向).
_KIND_ENDS = ("设备", "系统", "措施", "成果", "政策", "活动", "大赛", "方向", "费用", "小区", "典型")


#: Ends of nouns of items and points (事项, 奖项, 站点, 网点), heads a doing before them names.
_ITEM_ENDS = frozenset("项点")


def _head_ahead(toks: list[tuple[str, str]]) -> bool:
    """Whether the nouns after a verb inside a noun phrase end in a head noun it can modify
    (能源补给|项目, 地质封存|潜力区, 海外学习|中心): a measure or a noun of a kind (ending in 厂 站 员 区 …).
    Not 主导产业|加强|国内国际合作, 李革|考入|北大化学系, 省份|受到|軍事打擊: there the verb is the predicate."""
    for k, (w, t) in enumerate(toks):
        if not _nounish(t) and t not in ("zg", "k"):
            return False
        if not k and w.endswith(_KIND_ENDS) and (len(toks) == 1 or toks[1][1] == "x"):
            return True  # (a head of a kind right after the verb, ending the phrase: not 高校|採取|強硬措施, 促进|成果转化)
        if w[-1] in _NOUN_ENDS or w[-1] in _SUFFIXES:
            return True
        if w.endswith(_MEASURE_HEAD + _HEAD_WORDS):
            return True
        if len(w) >= 2 and w[-1] in _ITEM_ENDS:
            return True  # 跨省|通办|事项, 快递|服务|站点: items and points are heads a doing names
    return False


def _kind_head_ahead(toks: list[tuple[str, str]]) -> bool:
    """Whether nouns after an unknown verb inside a noun phrase end, within two words, in a head noun of a kind
    (项目, 中心, 基地): ``16条国内研学项目线路`` → 国内研学项目线路 (研学 is no word of jieba's dictionary; elsewhere
    an unknown verb is the predicate: 创新平台|筑牢|根基)."""
    for w, t in toks:
        if not _nounish(t):
            return False
        if w in _HEAD_WORDS:
            return True
    return False


def _modifier_lead(toks: list[tuple[str, str]]) -> int:
    """How many words at the start are modifiers of the noun right after them (verbs, adjectives,
    adverbs, distinguishing words; none a predicate or a link), or 0."""
    for k, (w, t) in enumerate(toks[:4]):
        if _nounish(t) and w not in _LINKS:
            return k
        if (
            not (t[:1] in "vadb" or t in ("l", "i"))
            or w in _PREDICATES
            or w in _LINKS
            or w in _NEVER
            or w in ("的", "之", "地", "得")
            or (t.startswith("v") and w[-1] in "着了过")
        ):
            return 0  # (推着, 建成了: a predicate already, not a modifier)
    return 0


#: One-character noun suffixes jieba may leave standing after a word (网格|员, 导电|型).
_SUFFIXES = frozenset("员者师手家型井物品类户组队站厂所院库馆区室处段线口机器村")  # (其中纯水|村8万多人)
#: Suffixes glued back at the end of a counted noun (a road's 道 too: 机耕|道).
_TAIL_SUFFIXES = _SUFFIXES | {"道"}
_QUOTED_MODIFIER_RE = re.compile(r"^(?:“[^”“，。]{1,10}”[、和与及]?){1,3}的(?P<head>[^，。；“”]{2,})")
#: Determiners between a figure and the noun it measures.
_DETERMINERS = frozenset("各种 各类 各项 各个 所有 全部 这些 那些 这种 那种 此类 该类 这类 那类 此种 该种".split())
#: A second measure word between the figure and its noun.
_SERIES = frozenset(("系列", "批", "批次"))
#: Tag initials of a word that opens a relative clause after a measure word (a verb, an adjective,
#: a preposition, an adverb, a state word: 具有…的, 巨大的, 至泰国的, 最…的).
_OPENS_RELATIVE = frozenset("vapdzl")
_RELATIVE_RE = re.compile(r"[^，。；：！？、,;:!?（）()“”]{1,24}的")


def _relative_head(after: str) -> str:
    """What follows the last 的 of a modifier that opens the noun phrase, within the clause:
    ``耗资巨大的国营和私营企业的大型工程项目`` → ``大型工程项目``; "" when no 的 closes it there."""
    m = _RELATIVE_RE.match(after)
    if not m:
        return ""
    clause = after[: m.end()]
    cut = clause.index("的") + 1
    while True:
        rest = after[cut:]
        nxt = rest.find("的", 0, m.end() - cut)
        if nxt <= 0 or any(t.startswith("v") and t != "vn" for _, t in _tokens(rest[:nxt])):
            break  # 随意勾画的|小线描打开一个新的思路: a verb after the noun starts a clause of its own
        cut += nxt + 1  # 耗资巨大的|国营和私营企业的|大型工程项目: nouns owning the next noun
    return rest[:16] if rest[:1] and rest[0] not in "，。；：！？、,;:!?的" else ""


#: How a rate is counted, between what grew and its growth: 人均可支配收入扣除价格因素实际增长5.9% (人民日报 2023).
_NET_OF_RE = re.compile(r"(?:扣除|剔除|扣掉)(?:物价|价格)因素(?:影响)?后?")
#: 实际 right before a verb of change or doing that ends the text before a figure is an adverb (n to jieba).
_ACTUAL_RE = re.compile(r"实际(?=(?:增长|下降|增加|减少|完成|上涨|下跌)?$)")


@lru_cache(maxsize=8192)
def subject_label(before: str, measured: bool = False) -> str:
    """The noun phrase a figure is said of, before it: ``营收同比增长`` → 营收. ``measured``: the figure is
    an amount or a length, which a verbal noun right before it may name (:func:`_verbal_noun`)."""
    m = _SHARE_RE.search(before)
    if m:  # 占销售收入的60%: a share of the whole
        whole = subject_label(m.group("whole"))
        if whole:
            return whole + "占比"
    m = _SHARE_BARE_RE.search(before)
    if m:  # 从2023年占全国1/3: its share of the whole
        whole = subject_label(m.group("whole"))
        if whole:  # (占外贸比重由…: the whole already says it is a share, 占外贸比重, not …比重比重)
            return "占" + whole + ("" if whole.endswith(("比重", "比例", "占比")) else "比重")
    have = before.endswith("有")  # (before the link is stripped: 农田建成有5000亩, see _doing_before_have)
    before = _COMPARED_RE.sub("", before)  # 销售额与去年春节假期相比增长: the base of a comparison
    before = _NET_OF_RE.sub("", before)  # 收入扣除价格因素实际增长5.9%: how it is counted, not what
    before = _ACTUAL_RE.sub("", before)  # 收入实际增长5.8%, 计划完成…，实际完成21.4万亩: 实际 says how, not what
    before = _cut_base(before, _strip_links(before))
    for dev in ("偏低", "偏高", "偏多", "偏少"):  # 水位比常年同期偏低3.03米: by how much, not the level
        if before.endswith(dev):
            head = subject_label(before[: -len(dev)])
            return head + dev if head and len(head) + len(dev) <= _MAX_CHARS else ""
    for noun in ("占比",):  # 女性占比达三成: jieba cuts 占|比
        if before.endswith(noun):
            head = subject_label(before[: -len(noun)]) if len(before) > len(noun) else ""
            return (head + noun) if head and len(head) + len(noun) <= _MAX_CHARS else noun
    toks = _suffix_glued(_tokens(before[-20:])) if before else []
    k = len(toks) - 1
    skipped = 0
    while (
        k >= 0
        and (
            toks[k][0] in _LINKS
            or toks[k][0] in _MODALS
            or toks[k][0] in _HEDGES
            or _skippable(toks[k][1], toks[k][0])
            or _time_between(toks, k)
            or _state_before_link(toks, k)
            or (have and _doing_before_have(toks, k))
            or toks[k][0] in _BARRED
        )
        and skipped < 6
    ):
        k -= 1
        skipped += 1
    if skipped == 0 and k == len(toks) - 1 and k >= 0 and toks[k][0] in _RECORD_HEADS:
        toks[k] = (toks[k][0], "n")  # 平台累计汇聚数据10亿条: the record counted, right before its figure
    if not measured and _adverbed_doing(toks, k):
        k -= 2  # 林业新型经营主体|已|发展|近30万个: the doing is the predicate, its subject is counted
    elif not measured and not skipped and (skip := _topic_done(toks, k)):
        k -= skip  # 重大水利工程|开工|35项, 县级以上公路|受损|93条: the things counted, then what befell them
    if 0 <= k < len(toks) - 1 and toks[k + 1][0] in ("了", "着", "过") and toks[k][1].startswith("v"):
        return ""  # 还养活了附近200多人: a verb with its aspect particle is the predicate (jieba: 养活 vn)
    picked: list[str] = []
    first = k + 1
    head_verb = measured and k >= 1 and _verbal_noun(toks, k)
    while k >= 0:
        w, t = toks[k]
        prev = toks[k - 1][1] if k > 0 else ""
        verbal = t.startswith("v") or t in ("a", "l", "z")  # (空气质量|优良|天数: 优良 is a state word to jieba)
        first = k
        if head_verb and (not picked or (len(picked) == 1 and w != "的" and not _nounish(t) and t.startswith("v"))):
            picked.insert(0, w)  # 预算|开支: the doing the figure measures, said of the noun before
        elif _nounish(t) and (w not in _LINKS or (picked and w in _PER_HEAD)) and w not in _PREDICATES:
            picked.insert(0, w)  # (世界经济平均增速: 平均 inside the phrase is part of it)
        elif t in ("zg", "k") and picked and len(w) == 1:
            picked.insert(0, w)  # 日均|件|量: a lone character jieba left inside the noun
        elif picked and _KIND_CODE_RE.match(w):
            picked.insert(
                0, w
            )  # 累计建成开通5G|基站: the kind's name (5G, 4K, 3D), not a number (人民日报 2023; was 基站)
            break  # (it opens the name: not 全省新开通5G基站, 率和4G信号覆盖率)
        elif _threshold_and(toks, k, picked):
            picked.insert(0, toks[k - 1][0] + w)  # 本科|及|以上学历专任教师比例: the threshold is named whole
            k -= 1
            first = k
        elif (
            verbal
            and picked
            and w not in _LINKS
            and w not in _PREDICATES
            and (_nounish(prev) or (len(w) == 2 and picked[-1].endswith(_MEASURE_HEAD)))
            and not _prepositional_place(toks, k - 1)
        ):
            picked.insert(0, w)  # sandwiched or a modifier: 医养结合机构, 种植面积, 整体建设进度
            if not _nounish(prev):
                break
        elif (
            t in ("a", "l")
            and len(picked) == 1
            and len(picked[0]) == 1
            and len(w) == 2
            and w not in _LINKS
            and w not in _PREDICATES
        ):
            picked.insert(0, w)  # 拆除高低|床: a lone noun takes the adjective jieba cut off it (高低床, not 床)
            break
        elif _verb_noun_pair(toks, k, picked):
            picked.insert(0, w)  # 获得参赛资格的绣|娘有六十人: one word jieba did not know (绣娘, not 娘)
            break
        elif _verb_glued_noun(toks, k, picked):
            picked.insert(0, w)  # 共建成|充电|桩693根: a doing and a lone noun character are one noun (充电桩)
            break
        elif k == 0 and t.startswith("v") and len(w) == 2 and picked in (["进度"], ["率"], ["量"], ["额"]):
            picked.insert(0, w)  # 完成进度较去年同期加快: a measure of a doing opening the clause, 完成进度 (not 进度)
            break
        else:
            first = k + 1
            break
        if len(picked) >= _MAX_TOKENS or sum(map(len, picked)) >= _MAX_CHARS:
            break
        k -= 1
    if _one_character_pair(picked, toks, first) and not head_verb:
        picked[:2] = [picked[0] + picked[1]]  # 邦|吉股价, 藕|田: two lone characters are one word jieba did not know
    elif len(picked) > 1 and len(picked[0]) == 1 and not head_verb and not _split_surname(toks, first):
        picked.pop(0)  # a split-off fragment: 每千人|口执业医师 (but 年|分红 says per year)
    elif picked and first > 0 and _cut_word(toks[first - 1][0], picked[0]):
        picked.insert(0, toks[first - 1][0])  # 中|长期贷款余额: 中长期 is one word
    if len(picked) > 1 and _date_unit_after_number(toks, first, picked[0]):
        picked.pop(0)  # 2023年|固定资产投资: the date's unit, not the noun's (kept with a verbal head, 年|分红)
    if picked and not head_verb and 0 < first < len(toks) and toks[first][0] == picked[0]:
        picked = _coordinated(toks, first, picked)
    tab = _tagger()[0]
    while (
        picked
        and not _nounish(_tag(picked[-1], tab))
        and not picked[-1].startswith("“")
        and not head_verb
        and picked[-1] not in _RECORD_HEADS  # (人口数据, 汇聚数据10亿条: tagged a noun by _tokens)
    ):
        picked.pop()  # 全球性, 常态化: an adjective names nothing
    if len(picked) > 1 and _DEMONSTRATIVE_RE.match(picked[0]):
        picked.pop(0)  # 这片|高标准农田建成有5000亩: "this" points, the noun names (高标准农田)
    if (
        len(picked) == 1
        and first < len(toks)
        and picked[0] == toks[first][0]
        and picked[0] in _WHOSE_MEASURES
        and _doing_of(toks, first)
    ):
        picked.insert(0, toks[first - 2][0])  # 因修法而受惠的|人数: 受惠人数, whose count it is
    return _phrase(picked) if len(picked) > 1 or not head_verb else ""


def _split_surname(toks: list[tuple[str, str]], first: int) -> bool:
    """Whether the label's first word is a surname jieba split off a person's name (冯|小树: nr and a word of its
    dictionary), not a fragment: ``证监会决定没收冯小树违法所得2.48亿元`` read 小树违法所得, a name cut
    (人民日报 2017)."""
    w, t = toks[first]
    return (
        t == "nr"
        and is_surname(w)
        and first + 1 < len(toks)
        and len(toks[first + 1][0]) <= 2
        and not (first > 0 and toks[first - 1][1] == "nr")
    )


def _verb_noun_pair(toks: list[tuple[str, str]], k: int, picked: list[str]) -> bool:
    """Whether the one-character verb ``toks[k]`` and the lone noun character picked after it are one noun of a
    person or thing jieba did not know, right after 的 (``获得参赛资格的绣娘有六十人`` gives 的|绣|娘: the label
    was 娘, a fragment, or empty)."""
    w, t = toks[k]
    return (
        t.startswith("v")
        and len(w) == 1
        and len(picked) == 1
        and len(picked[0]) == 1
        and picked[0] in _NOUN_ENDS
        and k > 0
        and toks[k - 1][0] == "的"
    )


def _date_unit_after_number(toks: list[tuple[str, str]], first: int, word: str) -> bool:
    """The first word picked is the unit of a date whose number is the word before it (人民日报 2023:
    ``预计全国铁路2023年固定资产投资超7600亿元`` → 固定资产投资, not 年固定资产投资)."""
    return (
        word in ("年", "月", "日")
        and 0 < first <= len(toks)
        and toks[first - 1][1] == "m"
        and any(c.isdigit() for c in toks[first - 1][0])
    )


def _verb_glued_noun(toks: list[tuple[str, str]], k: int, picked: list[str]) -> bool:
    """A two-character doing, after the clause's own verb, then a lone noun character are one noun jieba cut
    apart: ``150对服务区共建成充电桩693根`` → 充电|桩 is 充电桩 (人民日报 2023; 桩 alone is a fragment)."""
    return (
        len(picked) == 1
        and len(picked[0]) == 1
        and len(toks[k][0]) == 2
        and toks[k][1] == "v"
        and toks[k][0] not in _LINKS
        and toks[k][0] not in _PREDICATES
        and k > 0
        and toks[k - 1][1].startswith("v")
    )


def _state_before_link(toks: list[tuple[str, str]], k: int) -> bool:
    """A reduplicated state word between a subject and its link says how the things are, not what they are
    (人民日报 2023: ``快递包裹大大小小有几十件`` → 快递包裹, was empty): stepped over like an adverb, only
    when it ends the words (the link already stripped) or a link word follows it."""
    w, t = toks[k]
    return (
        t == "z" and len(w) == 4 and w[0] == w[1] and w[2] == w[3] and (k + 1 == len(toks) or toks[k + 1][0] in _LINKS)
    )


def _doing_before_have(toks: list[tuple[str, str]], k: int) -> bool:
    """A verb right before the 有 that ended the words (the link already stripped) says what was done to the things, which are named
    before it (人民日报 2023: ``这片高标准农田建成有5000亩`` → 高标准农田, ``补助项目加起来有15项`` →
    补助项目, were empty): stepped over, one or two verbs, when a noun is before them."""
    if not (len(toks) - 2 <= k) or any(not t.startswith("v") or w in _LINKS for w, t in toks[k:]):
        return False
    j = k - 1
    while j >= 0 and toks[j][1].startswith("v") and toks[j][0] not in _LINKS and j >= len(toks) - 2:
        j -= 1
    return j >= 0 and _nounish(toks[j][1]) and toks[j][1] != "vn"


#: A demonstrative with its measure word, opening a subject: 这片, 这些, 那座.
_DEMONSTRATIVE_RE = re.compile(r"^[这那此该][片些个座块批类种项条家所]?$")


#: Adverbs that make the verbal noun after them a verb: 已发展, 将建设.
_DOING_ADVERBS = frozenset("已 已经 将 曾 正 正在 均 都 也 还 又 再 先后 陆续 累计 共".split())


#: Verbs of what befalls or is done to things, counted right after them with their subject before: 开工35项,
#: 受损93条, right before the count. (Not verbs with an agent for subject: 公司交付1700台 counts no 公司; 全人群
#: 签约39.85万人 counts the people who signed. 达到 is a link, stepped over before: 养殖大村达到2238个 stays empty.)
_BEFALLEN = frozenset("开工 竣工 完工 建成 投产 投用 开业 落地 受损 损毁 倒塌 获批 入选 上线 通车 开通".split())


def _topic_done(toks: list[tuple[str, str]], k: int) -> int:
    """How many words (the verb, and an adverb before it) stand between a count and the things it counts, when
    the clause is those things and what befell them (:data:`_BEFALLEN`): ``其中，重大水利工程开工35项`` → 水利工程
    (重大 left, as the phrase picker leaves a lone adjective), ``乡村公路受损840条`` → 乡村公路 (人民日报 2023; both
    were empty). Not after a person, a place or an organisation, which would be the doer."""
    if k < 1 or toks[k][0] not in _BEFALLEN:
        return 0
    n = 2 if k >= 2 and toks[k - 1][0] in _DOING_ADVERBS else 1
    j = k - n
    while j >= 1 and (_nounish(toks[j - 1][1]) or toks[j - 1][1] in ("zg", "k")):
        j -= 1
    if j >= 1 and (toks[j - 1][1] == "p" or (len(toks[j - 1][0]) == 1 and toks[j - 1][1].startswith("v"))):
        return 0  # (在新安江流域|建成了407家: where they were built; 抱|龙镇房屋: a name jieba cut)
    w, t = toks[k - n]
    if _nounish(t) and t not in ("nr", "nrfg", "nrt", "ns", "nt", "r", "vn") and w not in _LINKS:
        return n
    if t in ("zg", "k") and k - n >= 1 and _nounish(toks[k - n - 1][1]):
        return n  # 养殖|大|村: a lone character that ends a noun
    return 0


def _adverbed_doing(toks: list[tuple[str, str]], k: int) -> bool:
    """A verbal noun right before a count, after an adverb and a noun, is the clause's verb, not what
    is counted: ``林业新型经营主体已发展近30万个`` (jieba: 发展 vn) — the subject before the adverb is."""
    return (
        k >= 2
        and toks[k][1] == "vn"
        and toks[k - 1][0] in _DOING_ADVERBS
        and _nounish(toks[k - 2][1])
        and toks[k - 2][1] != "vn"
    )


def _one_character_pair(picked: list[str], toks: list[tuple[str, str]], first: int) -> bool:
    """Whether the subject opens with two lone characters, a word jieba cut in two: ``邦吉股价整体上涨约15%``
    gives 邦|吉|股价 and ``藕田由…`` gives 藕|田; dropping the first as a split-off fragment left 吉股价 (a name
    cut) or 田 (one character, then no label). Not the 年/月 of a date (2022年|碳|排放强度) nor a character
    after a preposition it belongs with (在|学|总规模)."""
    return (
        len(picked) > 1
        and len(picked[0]) == 1
        and len(picked[1]) == 1
        and picked[0] not in _LINKS
        and picked[0] != "每"
        and not (0 < first <= len(toks) and toks[first - 1][1] in ("m", "p"))
    )


#: The base of a comparison closing the words before a change: 比2012年, 较2019年同期, 比林改前, 较此前.
_BASE_RE = re.compile(
    r"(?<![占对相环同好无类正反可])(?:比|较)(?![例重率值分赛武对较为大小高低多少好差快慢强弱早晚远近长短])[^，。；、比较]{1,12}$"
)


def _threshold_and(toks: list[tuple[str, str]], k: int, picked: list[str]) -> bool:
    """及 before 以上/以下 opening the phrase joins the threshold it is said of: ``普通高中本科及以上学历专任教师比例
    为99.03%`` → 本科及以上学历专任教师比例 (not 以上学历…, cut after 及; jieba tags 本科 a pronoun)."""
    return (
        toks[k][0] == "及"
        and k >= 1
        and bool(picked)
        and picked[0].startswith(("以上", "以下"))
        and toks[k - 1][1] not in ("x", "m", "p", "c", "u", "uj")
        and len(toks[k - 1][0]) >= 2
    )


def _prepositional_place(toks: list[tuple[str, str]], k: int) -> bool:
    """Whether word ``k`` is a place word (手中, 海外) closing a preposition's object: a verb after it is the
    predicate, not a modifier inside the noun: ``大蔡村从农户手中流转土地坑塘600余亩`` → 土地坑塘
    (not 手中流转土地坑塘), ``向海外输出网文作品1.6万余部`` → 网文作品."""
    return k >= 1 and toks[k][1] in ("s", "f") and any(t == "p" for _, t in toks[max(0, k - 3) : k])


def _cut_base(raw: str, before: str) -> str:
    """The subject of a change, past its base: ``全国小学专任科学教师总量比2012年增长了35.3%`` →
    小学专任科学教师总量, ``集体林森林蓄积量比林改前增加了近85%`` → 森林蓄积量 (the base 比…, left at the end
    once the verb of change is stripped, is what the subject is compared with, never the subject; and its
    year, a noun to the tagger, gave 年 or nothing). ``raw``: the words before the links were stripped off
    to give ``before``; the base goes only when a verb was stripped (在边防旅比武中拿到了: no change, no base),
    and only when a subject stands before it (占比, 同比 are no bases)."""
    m = _BASE_RE.search(before)
    if not m or m.start() < 2 or not raw[len(before) :].strip("了的 "):
        return before
    return _strip_links(before[: m.start()])


#: Measures that need to say whose: alone they name nothing (人数 of whom?).
_WHOSE_MEASURES = frozenset("人数 人次 户数 数量 次数 价格 金额 比例".split())


def _suffix_glued(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A noun suffix jieba left alone at the end of the words before a figure belongs to the noun before it:
    ``旅邮检截获禁止进境物58.3万批次`` → 进境物 (not 进境, with 物 stepped over as a lone character)."""
    if (
        len(toks) >= 2
        and len(toks[-1][0]) == 1
        and toks[-1][0] in _SUFFIXES
        and (toks[-1][1] in ("zg", "k", "ng") or (toks[-1][0] == "站" and len(toks[-2][0]) >= 2))  # (生态|站: v)
        and _nounish(toks[-2][1])
        and toks[-2][0] not in _LINKS
    ):
        return [*toks[:-2], (toks[-2][0] + toks[-1][0], "n")]
    return toks


def _doing_of(toks: list[tuple[str, str]], first: int) -> bool:
    """Whether a bare measure opening the subject follows ``<verb>的``, the doing it counts:
    ``央积金初步预计因修法而受惠的人数约二千人`` → 受惠人数 (not 人数 alone)."""
    return (
        first >= 2
        and toks[first - 1][0] == "的"
        and toks[first - 2][1].startswith("v")
        and len(toks[first - 2][0]) == 2
        and toks[first - 2][0] not in _LINKS
    )


def _verbal_noun(toks: list[tuple[str, str]], k: int) -> bool:
    """A two-character verb right before an amount or a length, after a noun, is a verbal noun the figure
    measures: ``预计涉及的预算开支一千多万元`` → 预算开支, ``村道防护栏安装约180米`` → 村道防护栏安装 (jieba
    tags 开支 and 安装 as verbs); not a predicate (参加, 获得). Not for counts and shares, where the verb is
    mostly the predicate (受到巡防大队表彰14次, 电话抽查7000余人: 表彰次数, 抽查人数 name them better)."""
    w, t = toks[k]
    return (
        t.startswith("v")
        and len(w) == 2
        and w not in _LINKS
        and w not in _PREDICATES
        and w not in _MODALS
        and w not in _NEVER
        and w not in _NOT_DOING
        and (
            _nounish(toks[k - 1][1])
            or toks[k - 1][1] in ("zg", "k")
            or (k >= 2 and toks[k - 2][0] == "的" and len(toks[k - 1][0]) == 2)  # 涉及的|预算|开支
        )
        and toks[k - 1][0] not in _LINKS
    )


#: Conjunctions that join two nouns into one subject (与 is mostly "with": 与上年持平).
_AND_WORDS = frozenset(("及", "和", "以及"))


def _coordinated(toks: list[tuple[str, str]], first: int, picked: list[str]) -> list[str]:
    """Nouns joined to the subject by 及/和 are part of it: ``非金融企业及机关团体贷款余额77.18万亿元`` →
    企业及机关团体贷款余额, ``觸及石排灣公屋及澳門大學師生共約九千戶`` → 石排灣公屋及澳門大學師生 (not the second
    alone, a narrower group than the figure counts)."""
    if first < 2 or toks[first - 1][0] not in _AND_WORDS or sum(map(len, picked)) >= _MAX_CHARS:
        return picked
    other: list[str] = []
    j = first - 2
    while j >= 0 and len(other) < 1 and _nounish(toks[j][1]) and toks[j][0] not in _LINKS and toks[j][0] not in _NEVER:
        other.insert(0, toks[j][0])
        j -= 1
    if not other or sum(map(len, other + picked)) + len(toks[first - 1][0]) > _MAX_CHARS + 2:
        return picked
    if len(other[0]) < 2:
        return picked  # 建制村通宽带|率|和4G信号覆盖率: a lone character is what jieba cut off a word, no noun joined
    return [*other, toks[first - 1][0], *picked]


def _time_between(toks: list[tuple[str, str]], k: int) -> bool:
    """A time word between a subject and the link to its figure says when, not what:
    ``新能源装机总量目前已达1478万千瓦`` → 新能源装机总量 (目前 stops a label elsewhere, as a noun of the telling)."""
    return toks[k][0] in _NOW_WORDS and k > 0 and _nounish(toks[k - 1][1])


#: Words of "now" (or then) that may stand between a subject and its link (装机总量目前已达, 张伟今年40岁).
_NOW_WORDS = frozenset("目前 现在 如今 当前 眼下 至今 迄今 今年 去年 当年 那时 当时 此时".split())


def _cut_word(char: str, word: str) -> bool:
    """Whether a one-character word jieba split off belongs to the word after it: 中|长期贷款 (中长期 is a
    word of the dictionary, so a label stopping at 中 would read 长期贷款, a fragment); 正 or 副 before a rank
    (新华日报 2024: ``正高级教师81人`` → 正高级教师, was 高级教师, another rank: jieba calls 正 an adverb)."""
    tab = _tagger()[0]
    if char in ("正", "副") and word.startswith(_RANKS):
        return True
    return len(char) == 1 and any(char + word[:n] in tab for n in range(2, len(word) + 1))


#: Ranks 正 and 副 make another rank of: 正高级, 副高级, 正处级, 副主任.
_RANKS = ("高级", "中级", "处级", "厅级", "局级", "科级", "部级", "主任", "研究员", "编审", "教授")


_PERSONS = frozenset("我 我们 你 你们 他 他们 她 她们 咱们 大家".split())


_WHEN_WORDS = frozenset("月末 月底 月初 年末 年底 年初 目前 现在 如今 当前 截至 今年 去年 届时 其中 末 底 初".split())


_AFTER_SKIP = frozenset(
    "就 才 便 能 可 可以 就能 就可 才能 才可 就可以 内 后 来 里 前 中 的 之 已 已经 都 也 还 又 再 共 一共 即可 即".split()
)


#: Verbs of saying and knowing: they name no doing of a span or a count (shared with span_labels).
_SAYING = frozenset("告诉 说 表示 介绍 称 认为 指出 强调 透露 坦言 回忆 记得 觉得 知道 发现 看到".split())

#: Verbs of needing, being able and falling short: they say how the span is taken, not what it is of
#: (需要半年时间, 不到半个月时间, 用5年左右时间，就有可能…).
_NOT_DOING = frozenset("需要 需 只需 仅需 只要 要 可能 可以 能够 能 应该 必须 不到 不足 不超过 不少于 大约".split())


@lru_cache(maxsize=4096)
def _verb_before(before: str) -> str:
    """The verb a figure is the object of: 被困整整 → 被困, 他们这里租住了 → 租住."""
    for verb in (*_VERB_MEASURE, *_MONEY_WORDS):
        if before.rstrip(_QUOTES).rstrip("个了近约").endswith(verb):  # (能挣个几百元, 还能多赚近10万元)
            return verb  # 每天能卖, 只花了: 卖, 花 are links elsewhere, here they say what is counted
    before = _strip_links(before.rstrip(_QUOTES))
    toks = _tokens(before[-12:]) if before else []
    while len(toks) > 1 and (toks[-1][1] in ("f", "ul", "uz", "ug") or toks[-1][0] in ("了", "着", "过", "个")):
        toks = toks[:-1]  # 养活了附近200多人, 干个两三年: past the aspect particle, the place word, 个 to the verb
    if not toks:
        return ""
    w, t = toks[-1]
    if (
        (len(w) >= 2 or w in _VERB_MEASURE or w in _MONEY_WORDS)
        and (t.startswith("v") or t == "a")
        and w not in _LINKS
        and w not in _NEVER
        and not w.endswith("个")  # 干个两三年: the verb and 个, glued by jieba, are no verb to name
    ):
        return w
    if (
        t == "l"
        and len(w) == 4
        and _tagger()[0].get(w[2:], "").startswith("v")
        and w[2:] not in _LINKS
        and w[2:] not in ("排名", "排行")  # (世界排名跌落到418位: a rank is a place, not a doing)
    ):
        return w  # 剧团在80余县巡回演出200多场: a set phrase ending in a verb (巡回|演出) is the doing
    return ""


@lru_cache(maxsize=4096)
def lead_label(clause: str) -> str:
    """The noun phrase a clause opens with, past time words and numbers: 近1小时累计雨量最大… → 累计雨量;
    past a modifier closed by 的: 家住大连市甘井子区的诺诺（化名） → 诺诺."""
    peak = _peak_lead(clause)
    if peak:
        return peak
    head = _relative_head(clause)
    if head and "了" in clause[: clause.find(head)]:
        head = ""  # 八一队和浙江中欣队打出了…的比分: a predicate with its object, not a modifier
    toks = _tokens((head or clause)[:24])
    picked: list[str] = []
    for w, t in toks:
        if not picked and w in _PERSONS:
            return ""  # 我们还协商开通了…: the clause is said of people, its subject names no measure
        if not picked and (_skippable(t) or t in ("t", "r") or w in ("小时", "时", "分钟", "天", "年", "月", "日")):
            continue
        if _nounish(t) and w not in _LINKS:
            picked.append(w)
        elif t.startswith("v") and not picked and w not in _PREDICATES:
            picked.append(w)  # 累计|雨量
        else:
            break
        if len(picked) >= _MAX_TOKENS or sum(map(len, picked)) >= _MAX_CHARS:
            break
    while picked and not _nounish(_tag(picked[-1], _tagger()[0])):
        picked.pop()
    if len(picked) == 1 and _tagger()[0].get(picked[0], "").startswith("v"):
        return ""  # 我们还协商开通了…: a clause that opens with its verb names no subject
    return _phrase(picked) if sum(map(len, picked)) > 1 else ""


#: A superlative opening a clause before the measure it picks the peak of: 最大累计降雨量出现在…
_PEAK_LEAD_RE = re.compile(r"^(?:最高|最低|最大|最小|最多|最少|最强)(?=[\u4e00-\u9fff]{2})")


def _peak_lead(clause: str) -> str:
    """A clause opening with 最大/最高… then the measure names the peak of that measure, superlative and all:
    ``最大累计降雨量出现在河北邢台临城县，达到994.6毫米`` → 最大累计降雨量, ``最大降雨出现在门头沟高山玫瑰园，为690.6毫米``
    → 最大降雨 (jieba reads 最大 an adjective, which no subject opens with). Only before a noun phrase that is
    followed by its predicate (出现在…), not 最大限度地…: "" then."""
    m = _PEAK_LEAD_RE.match(clause)
    if not m:
        return ""
    toks = _tokens(clause[m.end() : m.end() + 16])
    picked: list[str] = []
    for w, t in toks:
        if _nounish(t) and w not in _LINKS:
            picked.append(w)
        elif t.startswith("v") and not picked and w not in _PREDICATES:
            picked.append(w)  # 累计|降雨量
        else:
            break
        if len(picked) >= _MAX_TOKENS:
            break
    if not picked or not _nounish(toks[len(picked) - 1][1]):
        return ""
    if len(picked) == len(toks) or not toks[len(picked)][1].startswith("v"):
        return ""  # (最大限度, 最多一次…: no measure then its predicate)
    return m.group() + _phrase(picked)
