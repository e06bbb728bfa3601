"""Tests for reader.analysis.figures: highlighted figures in news text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from conftest import SEED_PAGE

from reader.analysis.figures import find_figures
from reader.model import Figure

SEED = SEED_PAGE


def seed_paragraphs() -> list[str]:
    """The seed page split on blank lines (an approximation of the parser)."""
    raw = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in raw.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def seed() -> tuple[list[str], list[Figure]]:
    paragraphs = seed_paragraphs()
    return paragraphs, find_figures(paragraphs)


def fields(f: Figure) -> tuple:
    return (f.text, f.value, f.unit, f.qualifier)


def check_invariants(paragraphs: list[str], figures: list[Figure]) -> None:
    last = (-1, -1)
    for f in figures:
        assert 0 <= f.paragraph < len(paragraphs)
        paragraph = paragraphs[f.paragraph]
        assert 0 <= f.start < f.end <= len(paragraph)
        assert paragraph[f.start : f.end] == f.text
        assert (f.paragraph, f.start) > last, "figures must be in text order"
        last = (f.paragraph, f.end - 1)
        assert isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
        if isinstance(f.value, float):
            assert not f.value.is_integer(), "integral values must be int"
        assert f.text in f.context
        assert isinstance(f.label, str) and isinstance(f.unit, str)


# --------------------------------------------------------------------------
# The seed page
# --------------------------------------------------------------------------

SEED_EXPECTED = [
    # (text, value, unit, qualifier)
    ("21万辆", 210000, "辆", None),
    ("21万名", 210000, "名", None),
    ("4000家", 4000, "家", None),
    ("5800万吨", 58000000, "吨", None),
    ("近230亿元", 23000000000, "元", "近"),
    ("126项", 126, "项", None),
    ("90%以上", 90, "%", "以上"),
    ("99%", 99, "%", None),
    ("12项", 12, "项", None),
    ("36个", 36, "个", None),
    ("86家", 86, "家", None),
    ("32家", 32, "家", None),
    ("5000万元", 50000000, "元", None),
    ("53名", 53, "名", None),
    ("3000多元", 3000, "元", "多"),
    ("约35公里", 35, "公里", "约"),
    ("6500元", 6500, "元", None),
    ("85岁", 85, "岁", None),
    ("37家", 37, "家", None),
    ("86.34%", 86.34, "%", None),
    ("666对", 666, "对", None),
    ("4700余万元", 47000000, "元", "余"),
    ("61.84万", 618400, "", None),
    ("8.42万", 84200, "", None),
    ("145吨", 145, "吨", None),
    ("483吨", 483, "吨", None),
    ("96吨", 96, "吨", None),
    ("8万吨", 80000, "吨", None),
    ("103元/吨", 103, "元/吨", None),
    ("20万千瓦", 200000, "千瓦", None),
    ("27台", 27, "台", None),
    ("7.5MW", 7.5, "MW", None),
    ("4.8亿千瓦时", 480000000, "千瓦时", None),
    ("16.61万吨", 166100, "吨", None),
    ("43万吨", 430000, "吨", None),
    ("10余万株", 100000, "株", "余"),
    ("一万株", 10000, "株", None),
    ("4.4万亩", 44000, "亩", None),
    ("122个", 122, "个", None),
    ("8700万株", 87000000, "株", None),
    ("183家", 183, "家", None),
    ("92家", 92, "家", None),
    ("7个", 7, "个", None),
    ("80%", 80, "%", None),
    ("6座", 6, "座", None),
    ("1座", 1, "座", None),
    ("九成", 90, "%", None),  # 成 is tenths, normalised to percent
]


@pytest.mark.parametrize("expected", SEED_EXPECTED, ids=[e[0] for e in SEED_EXPECTED])
def test_seed_figure_found(seed, expected):
    _, figures = seed
    assert expected in [fields(f) for f in figures]


def test_seed_exact_list(seed):
    """Everything found on the seed, in order: no stray figures."""
    _, figures = seed
    assert [f.text for f in figures] == [
        "九成",
        "36个",
        "86家",
        "21万辆",
        "21万名",
        "4000家",
        "5800万吨",
        "近230亿元",
        "126项",
        "90%以上",
        "99%",
        "12项",
        "12家",
        "32家",
        "86家",
        "5000万元",
        "六个",
        "3000多元",
        "约35公里",
        "53名",
        "85岁",
        "6500元",
        "10名",
        "37家",
        "86.34%",
        "666对",
        "65岁及以上",  # the age of the group the project serves, as every marker of real articles counts it
        "4700余万元",
        "61.84万",
        "65岁及以上",
        "8.42万",
        "65岁及以上",
        "145吨",
        "483吨",
        "96吨",
        "8万吨",
        "103元/吨",
        "20万千瓦",
        "27台",
        "7.5MW",
        "4.8亿千瓦时",
        "16.61万吨",
        "43万吨",
        "10余万株",
        "一万株",
        "4.4万亩",
        "122个",
        "8700万株",
        "183家",
        "92家",
        "7个",
        "7个",
        "四种",
        "80%",
        "7个",
        "3个",
        "2个",
        "2个",
        "6座",
        "1座",
    ]


SEED_NOT_FIGURES = [
    "2019年",
    "11月10日",
    "2025年10月30日",
    "2024年底",
    "2022年—2024年",
    "12月底",
    "11月中旬",
    "11月底",
    "四季度",
    "第七代",
    "十六届",
    "第三十三次",
    "一是",
    "二是",
    "三是",
    "四是",
    "两区",
    "一技之长",
    "一张",
    "一点",
    "一代代",
    "一体",
    "一幅",
    "一条条",
    "一条",
    "一批",
    "5A级",
    "最后一公里",
    "二十里店镇",
    "数台",
    "二级及以上",
    "一方面",
    "一堂",
    "四史",
    "2025年",
    "截至10月",
    "万株苗木出口",
    "一传统",
    "一融合",
    "一切",
    "一样",
    "一改变",
]


def test_seed_traps_not_figures(seed):
    paragraphs, figures = seed
    spans = [(f.paragraph, f.start, f.end) for f in figures]
    for trap in SEED_NOT_FIGURES:
        hits = 0
        for i, p in enumerate(paragraphs):
            start = p.find(trap)
            while start >= 0:
                hits += 1
                end = start + len(trap)
                for pi, a, b in spans:
                    assert not (pi == i and a < end and start < b), (trap, p[a:b])
                start = p.find(trap, start + 1)
        assert hits, f"trap {trap!r} not on the seed page"


def test_seed_invariants(seed):
    check_invariants(*seed)


@pytest.mark.parametrize(
    "text, labels",
    [
        ("21万辆", {"注册车辆"}),
        ("21万名", {"司机"}),
        ("4000家", {"客户"}),
        ("5800万吨", {"货运量", "年货运量"}),
        ("近230亿元", {"交易额"}),
        ("36个", {"创新平台"}),
        ("145吨", {"二氧化碳", "减少二氧化碳"}),  # (the reduction, not the emissions: round 17)
        ("483吨", {"氮氧化物"}),
        ("43万吨", {"二氧化碳"}),
        ("4.4万亩", {"种植面积"}),
        ("122个", {"优良品种"}),
        ("61.84万", {"老年人"}),
        ("8.42万", {"失能老年人", "居家失能老年人"}),
        ("4.8亿千瓦时", {"发电量", "年发电量"}),
        ("27台", {"风电机组"}),
        ("7.5MW", {"风电机组"}),
        ("103元/吨", {"成本"}),
        ("90%以上", {"份额"}),
        ("80%", {"建设进度", "整体建设进度"}),
        ("6座", {"加油站"}),
        ("一万株", {"苗木"}),
        ("4700余万元", {"财政资金"}),
        ("53名", {"妇女"}),
        ("6500元", {"资金"}),
    ],
)
def test_seed_labels(seed, text, labels):
    _, figures = seed
    found = [f.label for f in figures if f.text == text]
    assert found and found[0] in labels, found


def test_seed_context_is_the_clause(seed):
    _, figures = seed
    by_text = {f.text: f for f in figures}
    assert by_text["5800万吨"].context == "年货运量达5800万吨"
    assert by_text["近230亿元"].context == "交易额近230亿元"
    assert by_text["5000万元"].context == "拟投入5000万元"
    assert by_text["21万辆"].context == "如今已聚集21万辆注册车辆、21万名司机"


def test_seed_61_84_wan_is_not_mangled(seed):
    paragraphs, figures = seed
    f = next(f for f in figures if f.text == "61.84万")
    assert paragraphs[f.paragraph][f.end :].startswith("65岁及以上老年人")
    assert f.label == "老年人"
    # the age bound after it is a figure of its own, not glued to the count
    age = next(g for g in figures if g.paragraph == f.paragraph and g.start == f.end)
    assert (age.text, age.value, age.unit, age.qualifier, age.kind) == ("65岁及以上", 65, "岁", "以上", "age")


# --------------------------------------------------------------------------
# Other news text, Xinhua / People's Daily style
# --------------------------------------------------------------------------

CASES = [
    (
        "今年前三季度，全市实现地区生产总值1,234万元，同比增长12.5%。",
        [("1,234万元", 12340000, "元", None), ("12.5%", 12.5, "%", None)],
    ),
    (
        "截至2023年上半年，该省累计吸纳就业约3.5万人，带动农户增收超过1.2亿元。",
        [("约3.5万人", 35000, "人", "约"), ("超过1.2亿元", 120000000, "元", "超")],
    ),
    (
        "3月15日，逾千名消费者参加了活动，现场发放消费券５０００元。",
        [("逾千名", 1000, "名", "逾"), ("５０００元", 5000, "元", None)],
    ),
    ("一是加大财政投入，二是优化营商环境，三是强化人才支撑。", []),
    ("四川省共有两千余人报名参赛，其中女性占比达三成。", [("两千余人", 2000, "人", "余"), ("三成", 30, "%", None)]),
    ("《中华人民共和国国民经济和社会发展第十四个五年规划》提出，到2025年基本实现目标。", []),
    (
        "数十个项目集中签约，总投资超百亿元。",
        [("数十个", 10, "个", "数"), ("超百亿元", 10000000000, "元", "超")],
    ),  # a magnitude without a digit
    ("签约3家企业，总签约金额达8.6亿元。", [("3家", 3, "家", None), ("8.6亿元", 860000000, "元", None)]),
    (
        "全年接待游客1.2万人次，实现旅游收入3000万元左右。",
        [("1.2万人次", 12000, "人次", None), ("3000万元左右", 30000000, "元", "左右")],
    ),
    (
        "该县65岁及以上老年人口达4.3万人，占总人口的18.6%。",
        [("65岁及以上", 65, "岁", "以上"), ("4.3万人", 43000, "人", None), ("18.6%", 18.6, "%", None)],
    ),
    ("千家万户用上了清洁能源，一批新能源汽车充电桩建成投用。", []),
    ("新建5G基站1200个，C919大飞机完成试飞，5A级景区新增2家。", [("1200个", 1200, "个", None), ("2家", 2, "家", None)]),
    (
        "今年1至10月，全省规模以上工业增加值同比增长8.2%，高于全国2.3个百分点。",
        [("8.2%", 8.2, "%", None), ("2.3个百分点", 2.3, "百分点", None)],
    ),
    (
        "园区现有企业近两百家，从业人员超2万名，其中硕士以上学历人才三百多人。",
        [("近两百家", 200, "家", "近"), ("超2万名", 20000, "名", "超"), ("三百多人", 300, "人", "多")],
    ),
    (
        "项目总装机容量100兆瓦，年均发电量约1.6亿千瓦时，可满足约5万户家庭用电需求。",
        [("100兆瓦", 100, "兆瓦", None), ("约1.6亿千瓦时", 160000000, "千瓦时", "约"), ("约5万户", 50000, "户", "约")],
    ),
    (
        "这座有着600多年历史的古城，每年吸引游客上百万人次。",
        [("600多年", 600, "年", "多"), ("上百万人次", 1000000, "人次", "上")],
    ),  # a span of time
    (
        "2022年—2024年，全区累计培训农民工3.6万人次，人均增收2000元以上。",
        [("3.6万人次", 36000, "人次", None), ("2000元以上", 2000, "元", "以上")],
    ),
    (
        "第三届中国—中亚峰会期间，双方签署合作文件27份，涉及金额逾500亿元。",
        [("27份", 27, "份", None), ("逾500亿元", 50000000000, "元", "逾")],
    ),
    ("一张蓝图绘到底，一代代人接续奋斗，一带一路建设走深走实。", []),
    (
        "今年1-9月，全市新增市场主体1.5万户，个体工商户增长9.8%。",
        [("1.5万户", 15000, "户", None), ("9.8%", 9.8, "%", None)],
    ),
    ("总书记强调，要坚持“两个确立”，增强“四个意识”、坚定“四个自信”、做到“两个维护”。", []),
    (
        "全市共有三甲医院12所，床位数达到2.8万张，每千人口执业医师3.2人。",
        [("12所", 12, "所", None), ("2.8万张", 28000, "张", None), ("3.2人", 3.2, "人", None)],
    ),
    ("月薪两万三，还有一技之长，真是一举两得。", [("两万三", 23000, "", None)]),
    (
        "最近3年，该企业研发投入年均增长15%以上，拥有发明专利四十六项。",
        [("3年", 3, "年", None), ("15%以上", 15, "%", "以上"), ("四十六项", 46, "项", None)],
    ),
    (
        "全县70%的耕地实现了高效节水灌溉，新增灌溉面积十二万亩。",
        [("70%", 70, "%", None), ("十二万亩", 120000, "亩", None)],
    ),
    (
        "这个村距离县城一公里，全村共有一百二十户、四百六十人。",
        [("一百二十户", 120, "户", None), ("四百六十人", 460, "人", None)],
    ),
    (
        "该市常住人口达到１２３．４万人，城镇化率为６８．５％。",
        [("１２３．４万人", 1234000, "人", None), ("６８．５％", 68.5, "%", None)],
    ),
    (
        "全国14亿人民共同努力，3万个体工商户受益，建成30万吨级码头。",
        [("14亿", 1400000000, "", None), ("3万", 30000, "", None), ("30万吨级", 300000, "吨级", None)],
    ),
    (
        "项目用地约三百亩，计划3个月完工，力争实现百分之九十五的满意率。",
        [("约三百亩", 300, "亩", "约"), ("3个月", 3, "个月", None), ("百分之九十五", 95, "%", None)],
    ),
    (
        "18至35岁青年占比超六成，二十里店镇、五家渠市、七台河市均有参与。",
        [("18至35岁", 18, "岁", None), ("超六成", 60, "%", "超")],
    ),  # an age range is a figure (and so is an age bound, 65岁及以上)
    ("今年四季度，十六届人大第三十三次会议在第七代机组旁召开，一是听取报告。", []),
    ("一一对应，三三两两，二〇二四年，5G网络，COP28会议，上午9:30，电话0994-1234567。", []),
    (
        "中国队以21∶16、3比1获胜。",
        [("21", 21, "", None), ("16", 16, "", None), ("3", 3, "", None), ("1", 1, "", None)],
    ),  # a score: one figure per side
    ("万一出事，十分重要，百度公司，万元GDP能耗下降3%。", [("3%", 3, "%", None)]),
    (
        "成都3家企业成立，一成不变，九成以上群众满意，七八个人。",
        [("3家", 3, "家", None), ("九成以上", 90, "%", "以上"), ("七八个", 7, "个", None)],
    ),  # 七八个: a rough range
    (
        "培训超1000人次，增长2倍，水位上涨3米，3公里/小时，1,000,000元。",
        [
            ("超1000人次", 1000, "人次", "超"),
            ("2倍", 2, "倍", None),
            ("3米", 3, "米", None),
            ("3公里/小时", 3, "公里/小时", None),
            ("1,000,000元", 1000000, "元", None),
        ],
    ),
    ("三番五次，五位一体，四个全面，第3名，排名第5位，每10万人，成千上万。", []),
    (
        "几十个，上千人，数百万人，几十万人，马上千万别走。",
        [
            ("几十个", 10, "个", "几"),
            ("上千人", 1000, "人", "上"),
            ("数百万人", 1000000, "人", "数"),
            ("几十万人", 100000, "人", "几"),
        ],
    ),
    ("三次产业结构持续优化，二次供水设施改造，二人转演出，中央八项规定精神。", []),
    ("实现两位数增长，7.5MWp组件，一流水平，超一流水平，三级医院。", []),
    ("建设100万千瓦级机组。", [("100万千瓦级", 1000000, "千瓦级", None)]),  # a size class is measured
    (
        "惠及群众10万余人，1万多名学生受益，十部委联合发文，二成以上。",
        [
            ("10万余人", 100000, "人", "余"),
            ("1万多名", 10000, "名", "多"),
            ("十部委", 10, "部委", None),
            ("二成以上", 20, "%", "以上"),
        ],
    ),
    (
        "41个工业大类行业中有18个行业利润同比增长，占比超过四成。",
        [("41个", 41, "个", None), ("18个", 18, "个", None), ("超过四成", 40, "%", "超")],
    ),
    (
        "截至9月末，广义货币余额302.82万亿元，全国居民人均可支配收入30941元。",
        [("302.82万亿元", 302820000000000, "元", None), ("30941元", 30941, "元", None)],
    ),
    (
        "二〇二四年，我区共接待游客3.05亿人次，近一成来自境外，将近3000人参加。",
        [("3.05亿人次", 305000000, "人次", None), ("近一成", 10, "%", "近"), ("将近3000人", 3000, "人", "近")],
    ),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_news_sentences(sentence, expected):
    figures = find_figures([sentence])
    assert [fields(f) for f in figures] == expected
    check_invariants([sentence], figures)


@pytest.mark.parametrize(
    "sentence, text, labels",
    [
        ("全市实现地区生产总值1,234万元。", "1,234万元", {"地区生产总值"}),
        ("全市GDP同比增长12.5%。", "12.5%", {"全市GDP", "GDP"}),  # the rise is in .change
        ("带动农户增收超过1.2亿元。", "超过1.2亿元", {"农户增收", "农户"}),
        ("逾千名消费者参加了活动。", "逾千名", {"消费者"}),
        ("其中女性占比达三成。", "三成", {"占比", "女性占比"}),
        ("总签约金额达8.6亿元。", "8.6亿元", {"总签约金额", "签约金额"}),
        ("该县老年人口达4.3万人。", "4.3万人", {"老年人口"}),
        ("床位数达到2.8万张。", "2.8万张", {"床位数"}),
        ("双方签署合作文件27份。", "27份", {"合作文件"}),
        ("城镇化率为68.5%。", "68.5%", {"城镇化率"}),
        ("10名来自基层的州人大代表作了发言。", "10名", {"州人大代表", "人大代表"}),
        ("85岁的卡孜木·哈得尔作为传承人。", "85岁", {"卡孜木·哈得尔"}),
        ("全村共有一百二十户、四百六十人。", "四百六十人", {"全村"}),
        ("3.5%的增速。", "3.5%", {"增速"}),
        ("18个行业利润同比增长。", "18个", {"行业利润", "行业"}),
        ("新开工项目1800余个。", "1800余个", {"新开工项目"}),
        # real sentences (都市快报 2026, 人民日报 1998/2017, 湖北日报 2023, 南方日报 2024, 新华日报 2024)
        ("余杭一男子带着6岁儿子来到桐庐爬山，被困整整11小时。", "11小时", {"被困时间"}),  # a span: the doing
        (
            "女子１００米自由泳金牌被美国名将汤普森以５４秒９５摘取。",
            "５４秒９５",
            {"汤普森成绩", "美国名将汤普森成绩"},
        ),  # a result
        ("直到终场前３分钟还落后５分。", "３分钟", {"距终场时间"}),
        ("公告发布后全部卖出，获利449.32万元。", "449.32万元", {"获利"}),  # the money verb is the measure
        ("现在每天能卖1000个左右，", "1000个左右", {"销量"}),
        ("服务外包合同额1264.2亿元人民币，执行额885.4亿元，分别增长14.1%和10.9%。", "10.9%", {"执行额"}),
        ("全市治安发案数、刑事发案数同比分别下降12.3%、21.6%。", "12.3%", {"治安发案数", "全市治安发案数"}),
        ("广东宏远队以８１∶７２战胜四川蓝剑队；", "７２", {"四川蓝剑队"}),  # the other side's score
        ("广东宏远队以８１∶７２战胜四川蓝剑队；", "８１", {"广东宏远队"}),
        ("产量同比增长37.6%，从2023年占全国1/3增加到占全国一半以上。", "1/3", {"占全国比重"}),
        (
            "全国重点零售和餐饮企业销售额与去年春节假期相比增长6.8%；",
            "6.8%",
            {"零售和餐饮企业销售额", "餐饮企业销售额", "销售额"},
        ),
        ("目前已统筹1733名网格员、8011人巡防联盟成员。", "1733名", {"网格员"}),  # jieba: 网格|员
        ("在缺水农村兴建了１４０处人畜饮水工程，", "１４０处", {"人畜饮水工程"}),  # jieba: 人|畜|饮水
        ("并拥有40多项发明专利。", "40多项", {"发明专利"}),  # an idiom-tagged noun phrase
        ("德国１１日气温最高达到１８摄氏度，", "１８摄氏度", {"气温"}),
        # a relative clause between the measure word and what it counts: the noun after its 的
        ("记者发现28幢南侧2处连通地下架空层的通风采光井都呈熏黑状，", "2处", {"通风采光井"}),  # dskb 03-29 A04
        ("决定缓建１５项耗资巨大的国营和私营企业的大型工程项目。", "１５项", {"大型工程项目"}),  # rmrb 1998-01-13
        ("在全镇38处重点隐患水域安装82个具有区域入侵报警和驱离喊话功能的监控。", "82个", {"监控"}),  # xhrb 2024
        ("目前钦州港已开通7条至泰国的集装箱直航航线。", "7条", {"集装箱直航航线"}),  # rmrb 2023
        ("举办100多场系列音乐会和交流演出活动，", "100多场", {"音乐会"}),  # rmrb 2023: 系列 is no noun
        ("他的理想状态是“用一百张随意勾画的小线描打开一个新的思路”。", "一百张", {"小线描"}),  # rmrb 2023: not 思路
        # modifiers before the counted noun (江苏 2024, 辽宁 2023, 人民日报 2023), a name jieba does not know
        ("已在南通建成了两处改良示范基地，总面积超1.5万亩；", "两处", {"改良示范基地", "示范基地"}),
        ("将53个高致残病种纳入儿童救助范围，", "53个", {"高致残病种", "致残病种"}),
        ("我们开展了数千个务实合作项目，", "数千个", {"务实合作项目", "合作项目"}),
        ("两米的身高，面带灿烂的笑容，", "两米", {"身高"}),
        ("70岁的饶巧云推着婴儿车走得战战兢兢。", "70岁", {"饶巧云"}),
        ("专家李昌钰当天在位于内华达州的家中逝世，享年87岁。", "87岁", {"李昌钰"}),  # dskb 2026-03-29
        ("自治区卫生健康委总计投入5500万元，", "5500万元", {"投入", "自治区卫生健康委投入"}),
        ("中国高技术产业实际使用外资占全国的比重提升至36.1%。", "36.1%", {"比重", "占全国的比重", "外资比重"}),
        # 中 opening a noun is no "among them" (rmrb 1998-01-13, dskb B06)
        ("１７岁的中国选手陈妍在女子４００米个人混合泳决赛中夺得金牌，", "１７岁", {"中国选手陈妍", "陈妍"}),
        ("对28岁的李革产生了较大触动。", "28岁", {"李革"}),
        # the subject before a verb of change or size (人民日报 1998/2023, 新华日报 2024)
        ("得益于光伏板的遮挡，风速降低了50%，", "50%", {"风速"}),
        ("近5年，园区植被盖度已达到80%。", "80%", {"园区植被盖度", "植被盖度"}),
        ("往常１月份正是最好的滑雪季节，积雪可厚达２米左右；", "２米左右", {"积雪", "积雪厚"}),
        ("到２０２０年全球石油需求量将上升到日均１·１６６亿桶。", "１·１６６亿桶", {"全球石油需求量", "石油需求量"}),
        ("大尺寸铌酸锂晶片国产率低于5%。", "5%", {"晶片国产率", "铌酸锂晶片国产率", "国产率"}),  # 国产|率
        ("方便食品８４７０箱，煤５８８吨。", "５８８吨", {"煤"}),  # a one-character noun that is the whole clause
        ("工程非常浩大，将耗资１５亿美元。", "１５亿美元", {"耗资"}),
        ("公司至今已累计接收安置498人，重新犯罪率为零。", "498人", {"安置人数", "接收安置人数"}),
    ],
)
def test_news_labels(sentence, text, labels):
    figures = find_figures([sentence])
    found = [f.label for f in figures if f.text == text]
    assert found and found[0] in labels, found


def test_weather_adverbs_are_never_labels():
    """浙江 weather: 局部40~50毫米，个别50毫米以上 (都市快报 2026-03-29 A08)."""
    figures = find_figures(["淳安、临安、建德等地局部40~50毫米，个别50毫米以上，最大小时雨强10~30毫米。"])
    assert figures and not any(f.label in ("局部", "个别") for f in figures), [f.label for f in figures]


def test_values_are_int_when_integral():
    figures = find_figures(["收入16.61万元，占比86.34%，产量4.8亿吨。"])
    assert [type(f.value) for f in figures] == [int, float, int]
    assert figures[0].value == 166100 and figures[2].value == 480000000


def test_multiplier_stays_out_of_unit():
    units = [f.unit for f in find_figures(["5800万吨，230亿元，20万千瓦，4.8亿千瓦时，1.2万亿元。"])]
    assert units == ["吨", "元", "千瓦", "千瓦时", "元"]


def test_paragraph_indexes_and_order():
    paragraphs = ["没有数字。", "共3家企业、5个项目。", "", "投资2亿元。"]
    figures = find_figures(paragraphs)
    assert [(f.paragraph, f.text) for f in figures] == [(1, "3家"), (1, "5个"), (3, "2亿元")]
    check_invariants(paragraphs, figures)


def test_empty_input():
    assert find_figures([]) == []
    assert find_figures(["", "   "]) == []


def test_import_is_cheap():
    """Importing the module loads neither jieba nor cn2an."""
    code = (
        "import sys, reader.analysis.figures\n"
        "assert 'jieba' not in sys.modules, 'jieba'\n"
        "assert 'cn2an' not in sys.modules, 'cn2an'\n"
    )
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------

PIECES = [
    *"0123456789０５.．,，。、；的年月日第数近约超逾余多个家元吨万亿千百十两一二三九成岁%％/“”—-至 \n",
    "千瓦",
    "千瓦时",
    "以上",
    "及以上",
    "左右",
    "百分之",
    "个百分点",
    "MW",
    "5A级",
    "企业",
    "达",
    "增长",
    "二氧化碳",
    "老年人",
    "四川",
    "一是",
    "第三十三次",
    "2024年",
    "万元",
    "亿元",
    "万吨",
    "人次",
    "元/吨",
    "A",
    "G",
    "级",
    "点",
    "之",
    "五家渠",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), max_size=4))
def test_random_news_like_text_never_raises(paragraphs):
    check_invariants(paragraphs, find_figures(paragraphs))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=3))
def test_random_unicode_never_raises(paragraphs):
    check_invariants(paragraphs, find_figures(paragraphs))


# --------------------------------------------------------------------------
# Every kind and every class of non-figure, with a clause from a real page
# (都市快报 2026 = dskb, 人民日报 1998/2017, 湖北日报 2023, 南方日报 2024, 澳門日報 2026)
# --------------------------------------------------------------------------

KINDS = [
    # (clause, figure text, value, value_max, unit, kind, change)
    ("他还看到消防从架空层救出2人，", "2人", 2, None, "人", "count", None),  # dskb 03-29 A04
    ("28幢2单元门口停放着十几辆电动车和2辆自行车，", "十几辆", 10, None, "辆", "count", None),
    ("最终收获2000多万元罚单。", "2000多万元", 20000000, None, "元", "amount", None),  # dskb 03-29 B06
    ("局部地区能见度不足200米。", "不足200米", 200, None, "米", "amount", None),  # dskb 03-29 A08
    ("占６．７万户国有及国有控股企业的６０％；", "６０％", 60, None, "%", "percent", None),  # rmrb 1998-01-05
    ("同比增长10.88%；", "10.88%", 10.88, None, "%", "change", "up"),  # dskb 03-29 B06
    ("失业率下降3个百分点。", "3个百分点", 3, None, "百分点", "change", "down"),
    ("他们这里租住了四年。", "四年", 4, None, "年", "duration", None),  # dskb 03-29 A04
    ("历时3个多月完成。", "3个多月", 3, None, "个月", "duration", None),
    ("28天里有14天都有雨水相伴，", "28天", 28, None, "天", "duration", None),  # dskb 03-29 A08
    ("居住在一楼的89岁厉奶奶告诉记者，", "89岁", 89, None, "岁", "age", None),
    ("浙中北大部分地区最高气温在19~23℃，", "19~23℃", 19, 23, "℃", "range", None),  # dskb 03-29 A08
    ("“当时正看到物业五六个人跑过来，", "五六个", 5, 6, "个", "range", None),  # dskb 03-29 A04
    ("最高气温预计25℃，", "25℃", 25, None, "℃", "temperature", None),
    ("最低气温零下5℃。", "零下5℃", -5, None, "℃", "temperature", None),
    ("从2023年占全国1/3增加到占全国一半以上。", "1/3", 1 / 3, None, "", "fraction", None),  # 南方日报 2024
    ("四分之三的企业实现盈利。", "四分之三", 0.75, None, "", "fraction", None),
    ("开发出比现有数字视盘容量大两倍的高密度数字视盘。", "两倍", 2, None, "倍", "multiple", None),  # rmrb 1998-01-13
    ("力争收入翻一番。", "翻一番", 2, None, "倍", "multiple", None),
    ("世界石油价格可达每桶２１·４８美元，", "２１·４８美元", 21.48, None, "美元/桶", "rate", None),  # rmrb 1998-01-13
    ("需重点关注局部11级以上雷暴大风和局地冰雹。", "11级以上", 11, None, "级", "other", None),  # dskb 03-29 A08
    ("中国队获得2金1银。", "2金", 2, None, "金", "count", None),
    ("約三十五萬人參加，", "約三十五萬人", 350000, None, "人", "count", None),  # 澳門日報, folded to read
    ("自主开发的8英寸掺铁钽酸锂晶体成功产出，", "8英寸", 8, None, "英寸", "amount", None),  # 新华日报 2024
    ("并向灾区紧急调运４００顶帐篷，", "４００顶", 400, None, "顶", "count", None),  # rmrb 1998-01-13
    ("据粗略统计，德国当天有数百万人乘兴出游。", "数百万人", 1000000, None, "人", "count", None),  # rmrb 1998
    ("4年攻关开展了近千组模型试验，", "近千组", 1000, None, "组", "count", None),  # 南方日报 2024
    ("2004年，药明康德销售收入突破亿元；", "亿元", 100000000, None, "元", "amount", None),  # dskb 03-29 B06
    ("观众突破十万人，", "十万人", 100000, None, "人", "count", None),  # 十万 raised KeyError before
    ("5/5A级", "5/5", 1, None, "", "fraction", None),  # hypothesis: a whole fraction is the int 1, not 1.0
    ("徐浩和余卓成以３１３．５０分为中国代表团再添一金。", "一金", 1, None, "金", "count", None),  # rmrb 1998
    ("我家这点地，忙一个半月才插上秧。", "一个半月", 1.5, None, "个月", "duration", None),  # rmrb 2017
    ("預期可縮短約五日審批時間。", "約五日", 5, None, "日", "duration", "down"),  # 澳門日報
    ("“尺寸越大，难度翻番。”", "翻番", 2, None, "倍", "multiple", None),  # 新华日报 2024
    ("要求精度提高一倍。", "一倍", 1, None, "倍", "change", "up"),  # rmrb 2017-04-23
    ("这不同于以往两个都是8吨级航天器的神舟飞船", "8吨级", 8, None, "吨级", "amount", None),  # rmrb 2017
    (
        "由過往每周召開一次會議審批聲請，增加至每周兩次會議，",
        "兩次",
        2,
        None,
        "次",
        "count",
        "up",
    ),  # 澳門日報: 增加至, a level reached (marked up)
    ("出售其持有的Wanxiang America Corp.100%股权，", "100%", 100, None, "%", "percent", None),  # dskb B06
    ("事故造成3人死亡，两人受伤。", "两人", 2, None, "人", "count", None),  # what happened to them is news
    # sports pages: race times to the hundredth, points, a quake's magnitude (rmrb 1998-01-13, 1998-01-05)
    ("以４分３６秒６６的成绩获得冠军，", "４分３６秒６６", 276.66, None, "秒", "duration", None),
    ("以５４秒９５获得第四，", "５４秒９５", 54.95, None, "秒", "duration", None),
    ("直到终场前３分钟还落后５分。", "５分", 5, None, "分", "other", None),
    ("徐浩和余卓成以３１３．５０分为中国代表团再添一金。", "３１３．５０分", 313.5, None, "分", "other", None),
    ("河北省张北县发生６．２级地震，", "６．２级", 6.2, None, "级", "other", None),
    # measure words found missing on articles marked after tuning (南方日报 2024, 人民日报 1998/2023, 澳門日報)
    ("实施村道防护栏安装约180米、安装路灯16盏，", "16盏", 16, None, "盏", "count", None),
    ("学会了5首曲子。", "5首", 5, None, "首", "count", None),
    ("每周两节音乐课，", "两节", 2, None, "节", "count", None),
    ("一天最多可发班列21列。", "21列", 21, None, "列", "count", None),
    ("村里建起了3层小楼，", "3层", 3, None, "层", "count", None),
    ("泰币国内市场汇率为５６．６０铢兑１美元，", "５６．６０铢", 56.6, None, "铢", "amount", None),
    ("以每33万人口、400平方公里的规模分片区管理，", "400平方公里", 400, None, "平方公里", "amount", None),
    ("曾受到數十次表揚。", "數十次", 10, None, "次", "count", None),
    # marked in articles after tuning (figdata3: 人民日报 2017/2023, 新华日报, 湖北日报 2024/2023)
    ("有力解决了我国油菜产量和品质两大问题。", "两大", 2, None, "大", "count", None),  # the major ones, counted
    ("“可是我国盐碱地有三大类，", "三大类", 3, None, "大类", "count", None),
    ("门前立着两尊石狮，", "两尊", 2, None, "尊", "count", None),
    ("一口锅、两把铁锹，", "两把", 2, None, "把", "count", None),
    ("把课文读了两遍。", "两遍", 2, None, "遍", "count", None),
    ("全国18省份启动应急响应，", "18省份", 18, None, "省份", "count", None),
    ("今年是中国医疗队派遣60周年。", "60周年", 60, None, "周年", "age", None),
    ("这两年，汤池村已经有将近4成的农户种上了红薯，", "两年", 2, None, "年", "duration", None),
    ("亚投行从最初57个创始成员发展到拥有109个成员，", "57个", 57, None, "个", "count", None),
    ("向来客们诉说着数百年来的风风雨雨。", "数百年", 100, None, "年", "duration", None),
    ("他在这里工作了一年零三个月。", "一年零三个月", 1.25, None, "年", "duration", None),
    # points of an index or a pay scale (人民日报 1998, 澳門日報 2026)
    ("收盘时的指数为１４６６４·４４点，", "１４６６４·４４点", 14664.44, None, "点", "amount", None),
    ("比上一个交易日下降了１０．５０点，", "１０．５０点", 10.5, None, "点", "amount", "down"),
    ("並有權每月收取相等於公職薪俸表二百點的報酬。", "二百點", 200, None, "点", "amount", None),
    # rough ranges of tens and of one or two (都市快报 2026, 人民日报 2023); letters; aspects
    ("“一天下来，卖二三十斤稳稳当当。", "二三十斤", 20, 30, "斤", "range", None),
    ("救助残疾儿童，不仅是提供一两场手术和治疗，", "一两场", 1, 2, "场", "range", None),
    ("运动员村已收到430余封运动员手写的感谢信，", "430余封", 430, None, "封", "count", None),
    ("梳理出残疾人在就业、生活、康复三方面的急难愁盼问题，", "三方面", 3, None, "方面", "count", None),
    ("建成89家居家养老服务中心，", "89家", 89, None, "家", "count", None),  # 居家 after 家 is no 家居
    # a ratio with a decimal is one rate, a over b; a magnitude with a middle-dot decimal (人民日报 1998, 2023)
    ("泰铢对美元的比价为５０·３５∶１，", "５０·３５∶１", 50.35, None, "", "rate", None),
    ("城乡居民人均可支配收入之比由2.88∶1降到2.45∶1，", "2.45∶1", 2.45, None, "", "rate", "down"),
    ("一场６·２级地震降临到张家口地区的张北、尚义、万全、康保县。", "６·２级", 6.2, None, "级", "other", None),
    # a scale said as a ratio is one figure too (按1∶100比例做成的船模; 人民日报 2023: were a score, 1 and 100)
    ("这21艘按1∶100比例做成的郑和船队船模陈列在云南省昆明市。", "1∶100", 0.01, None, "", "rate", None),
    # a chess match's half points are a score, one per side (以总比分6.5∶5.5战胜; were no figure)
    (
        "现任世界棋后居文君凭借最后一局的关键胜利，以总比分6.5∶5.5战胜挑战者雷挺婕，",
        "5.5",
        5.5,
        None,
        "",
        "other",
        None,
    ),
    # 位居民 is no 位居, ranks; 趟 counts journeys; N栋M层楼 counts buildings, no address (人民日报 2023, 1998)
    ("钱文锟与居民在阴凉处围桌成圈，10多位居民讨论了起来。", "10多位", 10, None, "位", "count", None),
    ("今年“进博号”计划开行3趟列车，预计承运210标箱，", "3趟", 3, None, "趟", "count", None),
    ("他对江苏省、南京市领导决定把已建成的４栋２８层楼的住宅中的３栋", "４栋", 4, None, "栋", "count", None),
    # a span of one after a verb and 了, or after 续任 (都市快报 2026, 澳門日報 2026)
    ("昨天杭州下了一天雨，今天清明假期开启，", "一天", 1, None, "天", "duration", None),
    ("氣象局副局長鄧耀民自三月十八日起續任一年。", "一年", 1, None, "年", "duration", None),
    # points of a statement, counted (南方日报 2024, 澳門日報 2026)
    ("就未来金砖发展发表重要意见，提出五点建议。", "五点", 5, None, "点", "count", None),
    ("公告發佈五點提醒：一、美以在伊朗的行動還將繼續，", "五點", 5, None, "点", "count", None),
    # read after round 7 of the marked sets' dev articles (人民日报 1998/2017/2023, 湖北日报, 都市快报)
    ("他拿出积蓄，重新设计装修了自家的二层小楼，办起了民宿。", "二层", 2, None, "层", "count", None),  # storeys
    ("扔掉助行器，小佳（化名）独自行走了20步！", "20步", 20, None, "步", "count", None),
    ("十几个十来岁的小男孩在紧张地忙碌着，", "十来岁", 10, None, "岁", "age", None),  # 来: about
    ("年近五十的张会全从监狱出来后跟着沈长顺干了10多年，", "年近五十", 50, None, "岁", "age", None),
    ("院士、气体动力学家俞鸿儒年逾九十，但只要条件允许，", "年逾九十", 90, None, "岁", "age", None),  # rmrb 2023
    ("璧山区璧城街道居民曾永国年近七旬，也喜欢网购。", "年近七旬", 70, None, "岁", "age", None),  # 旬: ten years
    ("往外走出十来米，一辆挂有“接驳车”牌子的车停在路边。", "十来米", 10, None, "米", "amount", None),
    ("我国获得2024年、2026年、2028年3届国际中体联足球世界杯举办权。", "3届", 3, None, "届", "count", None),
    ("取号、排队、交材料、工作人员受理，只跑一个窗口，用了不到5分钟，", "一个", 1, None, "个", "count", None),
    ("“公司不景气，只有一个车间在生产，几百万元的设备封存在仓库里。", "一个", 1, None, "个", "count", None),
    ("连续3日累积雨量50毫米以上雨区的覆盖面积达到15万平方公里，", "3日", 3, None, "日", "duration", None),
    ("塔吉耶夫则不以为然：“它只够打３分。", "３分", 3, None, "分", "other", None),  # points scored
    ("来买的人大多是一斤两斤地拎回家，", "一斤两斤", 1, 2, "斤", "range", None),  # one or two
    ("如今，小夏每天录制三四个小时，", "三四个小时", 3, 4, "小时", "range", None),  # a rough span, not a count of 个
    # fresh set 5 (人民日报 2023), read after its first scoring, on its dev articles
    ("目前，该校养老专业已有10届940余名毕业生。", "10届", 10, None, "届", "count", None),  # 届 counted after 有
    ("“现在我们在中国开了10余家门店，", "10余家", 10, None, "家", "count", None),  # 家门店 is no 家门
    ("3个预防接种门诊的周末单日接种量，最高达569针次。", "569针次", 569, None, "针次", "count", None),
    ("在脱贫攻坚事业中，数百万扶贫干部任劳任怨、苦干实干，", "数百万", 1000000, None, "", "other", None),
    ("比赛吸引上万观众现场助威，", "上万", 10000, None, "", "other", None),  # a magnitude of 万, no measure word
    ("一部手机、两台电脑、几块大屏，在石泉县信访局二楼民情室", "一部", 1, None, "部", "count", None),
    ("一天午后，3名老师和一个班级的学生，将教室“搬”到了校园内的黄桷树下。", "一个", 1, None, "个", "count", None),
    # two or three at a clause's head, counting what the article had not named yet
    ("女单比赛中，两名日本选手分别战胜中国选手，携手晋级决赛。", "两名", 2, None, "名", "count", None),
    (
        "委任下列人員為教學委員會成員：三名正選成員：賴釗洪、陳思晶及黃春蘭，任期三年；",
        "三名",
        3,
        None,
        "名",
        "count",
        None,
    ),
    ("开幕式现场，3家林产品综合采购商及单品采购大客户与展销企业签订采购协议，", "3家", 3, None, "家", "count", None),
]


@pytest.mark.parametrize("clause, text, value, vmax, unit, kind, change", KINDS, ids=[k[1] for k in KINDS])
def test_every_kind_of_figure(clause, text, value, vmax, unit, kind, change):
    f = next((f for f in find_figures([clause]) if f.text == text), None)
    assert f is not None, [g.text for g in find_figures([clause])]
    assert (f.value, f.value_max, f.unit, f.kind, f.change) == (value, vmax, unit, kind, change)
    check_invariants([clause], [f])


NOT_FIGURES = [
    # (clause, text that is not a figure, why)
    ("3月28日一早，8:23，锦昌文华二期28幢地下架空层起火了，", "3月28日", "date"),  # dskb 03-29 A04
    ("8:23，", "8:23", "date"),
    ("今年四季度，十六届人大第三十三次会议召开。", "十六届", "ordinal"),
    ("一楼通往楼下的安全通道大门均被上了锁，", "一楼", "ordinal"),
    ("公告發佈五點提醒：一、美以在伊朗的行動還將繼續，", "一、", "list_marker"),  # 澳門日報
    ("“十四五”规划开局之年，", "十四五", "fixed_name"),
    ("纪念五四运动一百周年。", "五四运动", "fixed_name"),
    ("三峡工程，一带一路，七上八下，三国演义。", "一带一路", "fixed_name"),
    ("一对刚打完球的父子走到28幢2单元门口，", "28幢", "code"),  # dskb 03-29 A04
    ("住在5栋12层的李先生，", "5栋", "code"),  # (a storey after it with no 楼 or 高: an address still)
    ("正是这两个关键人物，", "两个", "other"),  # dskb 03-29 B06: pointing back, not counting
    ("肉松蛋黄的5元1个，", "1个", "other"),  # dskb 04-04 B08: the unit of a price
    # two or three already named, at the head of a clause or "among the N": pointing back
    ("没想到在山中迷了路，两人先后翻越了大奇山周边的雾泥岗，", "两人", "other"),  # dskb 04-04 A05
    ("鲁世君是三人中获利最大的，", "三人", "other"),  # dskb 03-29 B06
    ("他控制的药明康德、药明生物、药明合联，三家总市值超过6000亿港元。", "三家", "other"),  # dskb 03-29 B06
    ("今年前两个月，交通运输主要指标继续呈现向好发展态势，", "两个月", "date"),  # rmrb 2017-03-25
    ("在过去一年里，俄继续积极谋求加入世界贸易组织。", "一年", "date"),  # rmrb 1998-01-05
    ("所办的“十件事”３４个项目中，", "十件", "fixed_name"),  # rmrb 1998-01-05
    ("中国航天科工二院二十五所微波雷达总师孙武介绍，", "二十五所", "fixed_name"),  # rmrb 2017-04-23
    ("两位日本选手在1/4决赛中也是战胜了中国选手", "1/4", "fixed_name"),  # rmrb 2017-04-23
    ("陈艳以４分３６秒６６获得女子４００米个人混合泳冠军，", "４００米", "fixed_name"),  # rmrb 1998-01-13
    ("男子３米跳板双人花样跳水决赛中，", "３米", "fixed_name"),
    ("其他两名选手分获第二、三名，", "三名", "ordinal"),
    ("中国选手有五人进入前八名。", "八名", "ordinal"),
    ("由中铁十一局集团承建，", "十一局", "fixed_name"),  # 南方日报 2024
    ("“金九银十”销售旺季，", "九银", "fixed_name"),  # 南方日报 2024
    ("吸引了里三层外三层的采购商驻足观看。", "三层", "fixed_name"),  # 南方日报 2024
    # a span back from now dates what happened; it measures nothing (人民日报 2017/2023, 南方日报 2024)
    ("三年前，沈长顺意气风发：要扩大规模帮助更多刑释人员就业。", "三年", "date"),
    ("40多年前，作为温氏集团的发祥地，", "40多年", "date"),
    ("5年前的冬天，一场雪后，", "5年", "date"),
    ("第一任伊犁将军明瑞，在乾隆三十二年(1767)，以云贵总督之职出征。", "三十二年", "date"),  # 新华日报 2024
    ("全面贯彻落实党的二十大精神，", "二十大", "fixed_name"),  # a congress, not 20 major things
    ("她先后夺得女子100米金牌、200米金牌，", "200米", "fixed_name"),  # 人民日报 2023: the event's name
    ("中国女子三人篮球队在本届赛会遇到挑战。", "三人", "fixed_name"),
    ("2023年3个月内完成，", "2023年", "date"),  # a year, then a span of 3 months: no 2023.25 years
    # 二○○五年 with a white circle for zero is a year (澳門日報 2026)
    ("二○○五年至二○一四年於法務局工作；", "五年", "date"),
    ("土地工務局、公共建設局兩局長任期續兩個月至五月三十一日。", "兩局", "other"),
    ("下午3点开会，", "3点", "date"),  # a time of day, not points
    ("上世纪三四十年代，", "三四十年", "date"),  # a decade
    ("再往前走两步，又有一家卖青团的，", "两步", "other"),  # steps walked, not counted (dskb 2026)
    ("任一年龄段的居民均可报名。", "一年", "other"),  # 任一: any, no span
    ("有一天，我干完农活回来，", "一天", "date"),  # one day, a time in a story
    ("我想提一点建议。", "一点", "other"),  # a little, not one point
    ("一步、两步、三步……扔掉助行器，", "两步", "other"),  # steps counted aloud (人民日报 2023)
    ("僅一天前，阿曼外長巴德爾還表示雙方“取得顯著進展”，", "一天", "date"),  # only a day ago (澳門日報)
    ("只见一批装有汽车配件的集装箱被缓缓吊起，", "一批", "other"),  # 只见: "one sees", no "only"
    ("对纳入‘三本账’的群众诉求，我们都按照‘分类建账—书记阅批—受理’", "三本", "fixed_name"),  # single quotes
    ("就在本次大会开幕的前两天，十二届上海市委三次全会审议通过意见，", "三次", "ordinal"),  # the third plenary
    ("从开场“苦瘠甲天下，十年九干旱，路远沟深山连连”", "十年", "fixed_name"),  # a saying
    ("成千上万的群众赶来观看。", "上万", "fixed_name"),
    ("当天13时左右，一辆搭乘了30个人的中巴车与一辆卡车在豪登省北部R25公路上相撞，", "一辆", "other"),  # rmrb 2017
    ("“两个人虽然没有受伤，但由于天黑，又没有手电筒，", "两个", "other"),  # not hurt: no news of them
    # read on 人民日报 2023 articles nobody marked, after the rules above: "not merely a", one by one, each
    ("如今，淮北谭家变电站不仅仅是一座变电站，更是一座集源网荷储", "一座", "other"),
    ("我们只有通过一个个项目，去积累有制作经验的人才。", "一个", "other"),
    ("只有把每一件事做好，才能走向更远。", "一件", "other"),
    ("长远目标，是“三个更加、四个持续”，即：", "三个", "fixed_name"),  # a slogan's words, not a count
]


def test_a_year_before_a_qualified_count_is_no_age():
    """年近五十 is an age (张会全), but in 今年近五十家企业 年 ends 今年 and 近五十家 is a count."""
    (f,) = find_figures(["今年近五十家企业落户园区。"])
    assert (f.text, f.kind, f.unit) == ("近五十家", "count", "家")


def test_two_of_what_the_article_already_named_point_back():
    """让两个高速运行的飞行器…对接: the two craft the article introduced before (人民日报
    2017-04-23); the same words in a first paragraph would count them."""
    earlier = "在交会对接接近段和靠拢段中，激光雷达必须迅速准确地完成对天宫二号目标飞行器的搜索、捕获、跟踪测量。"
    clause = "光学成像敏感器像“眼睛”一样，让两个高速运行的飞行器更加迅速、可靠地对接在一起。"
    assert [f.text for f in find_figures([earlier, clause])] == []
    assert [f.text for f in find_figures([clause])] == ["两个"]


@pytest.mark.parametrize("clause, text, why", NOT_FIGURES, ids=[n[1] for n in NOT_FIGURES])
def test_what_is_not_a_figure(clause, text, why):
    start = clause.index(text)
    for f in find_figures([clause]):
        assert not (f.start < start + len(text) and start < f.end), (why, f.text)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("投资3至5万元。", 30000, 50000),  # the bare lower bound shares the upper bound's 万
        ("投资三至五万元。", 30000, 50000),
        ("投资3~5万元。", 30000, 50000),
        ("年发电3至5亿千瓦时。", 300000000, 500000000),
        ("约二至三万人参加。", 20000, 30000),
        ("投资3万至5万元。", 30000, 50000),  # each bound with its own 万: unchanged
        ("售价3元至5万元不等。", 3, 50000),  # a lower bound with its own unit: unchanged
    ],
)
def test_a_range_whose_multiplier_is_written_once_applies_it_to_both_bounds(text, low, high):
    (f,) = find_figures([text])
    assert (f.value, f.value_max) == (low, high)


# --- round 15: finding ---


@pytest.mark.parametrize(
    "text",
    [
        "李兆木是九户镇左李村村民，年逾古稀，旧疾缠身。",  # a numeral before a lone place suffix
        "“农田‘喝’的是从七门堰引来的水。",
        "今年7月，在吉林省长春市九台区，一家森马旗舰店开业。",
        "近年来，三门峡深入推进“四水同治”，持续推进河道治理。",  # a place of jieba's dictionary
        "台下，来自北京、上海、江苏等地的大人和孩子们，给出五花八门的答案。",  # an idiom
        "十年之计，莫如树木。",
        "她四处奔走，积极为村民解燃眉之急。",
    ],
)
def test_a_numeral_inside_a_place_name_or_idiom_is_no_figure(text):
    assert find_figures([text]) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("全市有三个镇参与。", "三个"),  # 个 counts the towns
        ("村里修了三座桥。", "三座"),
        ("动员五户村民参与。", "五户"),  # 村民 is the counted noun, not a place suffix
    ],
)
def test_a_numeral_counting_places_stays_a_figure(text, figure):
    assert [f.text for f in find_figures([text])] == [figure]


def test_a_number_inside_book_title_marks_is_part_of_the_title():
    text = "《八角笼中》《热烈》《长安三万里》等影片虽不是在刻意营造悬疑类型，《长安三万里》票房近18亿元。"
    assert [(f.text, f.label) for f in find_figures([text])] == [("近18亿元", "票房")]


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("做到“灌排结合”和“三水联调”，减少工程占地近10万亩，节省投资20亿元。", "近10万亩", "down"),
        ("做到“灌排结合”和“三水联调”，减少工程占地近10万亩，节省投资20亿元。", "20亿元", "down"),
        ("企业得到资金支持，全面投产达产，新增就业岗位100多个。", "100多个", "up"),
        ("在船山路东侧增设错时夜间泊位150余个。", "150余个", "up"),
        ("全国地表水水质优良断面比例升至87.9%，已接近发达国家水平。", "87.9%", "up"),
        ("当前海上风电项目平均度电成本已降至0.33元/千瓦时左右。", "0.33元/千瓦时左右", "down"),
        ("社会消费品零售总额同比增长4.6%，比上半年加快0.1个百分点。", "0.1个百分点", "up"),
        ("增速比上年末低0.9个百分点。", "0.9个百分点", "down"),
        ("黄河中下游干流水位偏低0.53米至3.60米。", "0.53米至3.60米", "down"),
        ("体质指数分别下降14.34%、5.68%、20.02%。", "20.02%", "down"),  # the list goes on falling
        # each object the verb before the list stands for changed (the seed's 减少二氧化碳145吨、…)
        ("2022年，全国新增高铁里程2082公里、高速公路里程8181公里，年末里程", "8181公里", "up"),
        ("新增耕地12.73万亩、粮食产能1.55亿斤。", "1.55亿斤", "up"),
        ("同比增长8.3%、利润总额1000亿元。", "1000亿元", None),  # a level after a change is no object of it
        ("这样的优质鲜果一年产量占比最多40%，还有大量果子。", "40%", None),  # a share at most
        ("每升5元。", "5元", None),  # a price per litre
    ],
)
def test_the_change_a_clause_says(text, figure, change):
    (f,) = [f for f in find_figures([text]) if f.text == figure]
    assert f.change == change


# --- a level reached: 提高到27% is the level the quantity rose to, not the rise ---


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        # a verb of change and 至/到 right before the figure
        (
            "今年以来，顺丰持续推进隐私运单工作，将用户电话号码中间隐藏位数由4位提升至6位，同时对姓名和地址信息进行保护。",
            "6位",
            "up",
        ),
        ("洪立洲介绍，到2000年，这8000多亩盐碱地的平均盐度降到2‰以下，基本脱盐。", "2‰以下", "down"),
        ("据初步统计，杉木林分平均每亩年均生长量由抚育前的0.72立方米提高到1立方米以上。", "1立方米以上", "up"),
        ("缴费窗口平均等候时长由之前的20分钟缩短到5分钟以内，有效缓解排长队。", "5分钟", "down"),
        # 每日 between the verb and the figure (the change was not read before)
        ("湖南博物院调高每日观众接待量，从每日1.2万人上调至每日1.5万人（含临展）。", "1.5万人", "up"),
        # 拓宽到, 压缩至: verbs of change the clause reader did not know
        ("“工程完工后，航道的宽度将从50米拓宽到60米，达到通航3000吨级船舶的三级通航标准。", "60米", "up"),
        ("经过测量，新工艺的压实度提高2个百分点，沉降量压缩至3毫米以内，达到飞机滑行道通行要求。", "3毫米", "down"),
        # 为 after the verb of change says "to" as well (人民日报 2023)
        ("经过充分研究与论证，南京将公交专用道的使用时间压缩为4小时。", "4小时", "down"),
        ("与2017版课程标准相比，核心概念从18个减为13个。", "13个", "down"),
    ],
)
def test_a_level_a_change_reached(text, figure, change):
    (f,) = [f for f in find_figures([text]) if f.text == figure]
    assert (f.change, f.reached) == (change, True)


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("社会消费品零售总额同比增长4.6%，比上半年加快0.1个百分点。", "4.6%", "up"),  # a rise by 4.6 %
        ("经过测量，新工艺的压实度提高2个百分点，沉降量压缩至3毫米以内。", "2个百分点", "up"),
        ("厦门口岸进出口整体通关时间同比分别压缩9.76%、29.08%。", "9.76%", "down"),
        ("实现超低排放的煤电机组装机超过10.5亿千瓦，占比达到94%左右。", "94%左右", None),  # 达到: no change
    ],
)
def test_a_change_by_the_figure_is_no_level_reached(text, figure, change):
    (f,) = [f for f in find_figures([text]) if f.text == figure]
    assert (f.change, f.reached) == (change, False)


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("今年以来，顺丰持续推进隐私运单工作，将用户电话号码中间隐藏位数由4位提升至6位。", "4位"),
        ("湖南博物院调高每日观众接待量，从每日1.2万人上调至每日1.5万人（含临展）。", "1.2万人"),
        ("博州森林覆盖率由9.50%提升到9.62%，草原综合植被盖度由43.03%提升到43.62%。", "43.03%"),
        ("工作人员将光伏组件的离地间隙由原来的0.5米抬升到1.2米。", "0.5米"),
    ],
)
def test_the_level_a_change_started_from_has_no_arrow(text, old):
    (f,) = [f for f in find_figures([text]) if f.text == old]
    assert (f.change, f.reached) == (None, False)
    assert f.kind != "change"


@pytest.mark.parametrize(
    ("text", "old", "new", "kind"),
    [
        ("博州森林覆盖率由9.50%提升到9.62%，草原综合植被盖度由43.03%提升到43.62%。", "9.50%", "9.62%", "percent"),
        ("全省城镇化率由45%提高到52%。", "45%", "52%", "percent"),
        ("企业研发投入强度由原来的1.5倍提高到2倍。", "1.5倍", "2倍", "multiple"),
    ],
)
def test_a_level_reached_is_the_same_kind_as_the_level_it_left(text, old, new, kind):
    """提高到52% is a level like the 45% it left: the pane compares the two on one
    scale, not a rise of 52 points beside a level."""
    figures = {f.text: f for f in find_figures([text])}
    assert figures[new].reached
    assert figures[old].kind == figures[new].kind == kind


# --- round 16: finding ---


@pytest.mark.parametrize(
    ("text", "figure", "value", "label"),
    [
        # metres and the fraction of a metre, one length: 2米32 = 2.32 m, not 2 m
        (
            "当王振跳过2米24的横杆而锁定冠军后，他没有直接挑战2米32的高度，而是选择了2米30作为下一个目标。",
            "2米32",
            2.32,
            "高度",
        ),
        ("24岁的粟文跳出16米84的成绩，力压名将。", "16米84", 16.84, "粟文成绩"),
        ("他身高一米七五。", "一米七五", 1.75, "身高"),
        # 人数8万余人: 数 ends the noun 人数, it is no "several" before the number
        ("举办各类培训734场次，受益人数8万余人。", "8万余人", 80000, "人数"),
        # a count and a half: 两套半 = 2.5 sets
        ("近20年来，东仓鼓乐社已经可以复原3支坐乐全套中的两套半。", "两套半", 2.5, "全套"),
    ],
)
def test_a_value_is_read_whole(text, figure, value, label):
    (f,) = [f for f in find_figures([text]) if f.start == text.index(figure)]
    assert (f.text, f.value, f.label) == (figure, value, label)


def test_a_half_that_starts_a_word_is_no_half_of_the_count():
    assert [f.text for f in find_figures(["他买了一套半导体设备，用了两个半天。"])] == ["两个", "半天"]


def test_digits_after_metres_that_count_something_else_are_no_fraction():
    assert [f.text for f in find_figures(["宽2米3个"])] == ["2米", "3个"]


@pytest.mark.parametrize(
    "text",
    [
        # a distance after the competitors' category, or before 台/板, names an event
        "陈芋汐、全红婵将携手出战女子十米台，杨昊、练俊杰将参与男子单人和双人十米台的角逐。",
        "陈艺文和昌雅妮将在女子单人和双人三米板比赛中力争卫冕。",
        "男、女100米谢震业葛曼棋分别夺金",
        # 四处 before a verb is "everywhere"
        "干得累了烦了，大家就在婺源县里四处看看，在大自然中，苦闷一扫而空。",
        "用扁担挑着一捆捆皮包，四处叫卖。",
        # 老两口: an old couple
        "还有一栋楼一楼住户是老两口，冲动之下，干脆坐着轮椅挡在施工队面前。",
    ],
)
def test_numbers_in_names_and_adverbs_are_no_figures(text):
    assert [f.text for f in find_figures([text])] == []


def test_four_places_before_a_noun_are_counted():
    assert [f.text for f in find_figures(["排查中发现四处隐患。"])] == ["四处"]


def test_two_chinese_digits_after_metres_only_where_the_length_ends():
    found = find_figures(["苹果树“束”着腰，一米五一棵、三米五一行，整整齐齐地排列着。"])
    assert [(f.text, f.value) for f in found] == [("一米五", 1.5), ("三米五", 3.5)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "qualifier"),
    [
        # a span of a year and a half keeps the qualifier before it: 不到一年半, not 不到一年
        ("凭着一股韧劲和脚踏实地的努力，不到一年半，孟庆旸就担任了主演。", "不到一年半", 1.5, "不足"),
        # 多 after the unit: more than two years, more than 5 m
        ("脱贫攻坚战取得全面胜利两年多以来，巩固拓展脱贫攻坚成果。", "两年多", 2, "多"),
        ("眼前是5米多高的新铸楚大鼎。", "5米多", 5, "多"),
        ("亩产出比林改前增长了3倍多。", "3倍多", 3, "多"),
    ],
)
def test_a_qualifier_around_the_value_is_read(text, figure, value, qualifier):
    (f,) = [f for f in find_figures([text]) if f.start == text.index(figure)]
    assert (f.text, f.value, f.qualifier) == (figure, value, qualifier)


def test_more_that_begins_a_word_is_no_qualifier():
    (f,) = find_figures(["开展两年多次培训。"])
    assert (f.text, f.qualifier) == ("两年", None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an anniversary before the event held for it is in the event's name
        ("纪念抗日战争胜利暨世界反法西斯战争胜利70周年文艺晚会《胜利与和平》", []),
        ("1982年，在庆祝东方歌舞团成立20周年庆典上，她已是著名舞蹈家。", []),
        # an anniversary said of itself is still counted
        ("今年是南京博物院成立90周年。", ["90周年"]),
    ],
)
def test_an_anniversary_in_the_name_of_its_celebration(text, found):
    assert [f.text for f in find_figures([text])] == found


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        # a gap to another party is no rise or fall (人民日报 2023) ...
        ("整场比赛吴易昺打出49个制胜分，比对手多了11个。", "11个", None),
        ("钢铁行业工业增加值同比增长6.6%，较工业平均水平高2.8个百分点。", "2.8个百分点", None),
        # ... a gap to an earlier time is
        ("广义货币余额同比增长12.7%，增速比上年末高1.6个百分点。", "1.6个百分点", "up"),
        ("鄱阳湖水位比常年同期偏低3.03米。", "3.03米", "down"),
    ],
)
def test_a_comparison_is_a_change_only_against_an_earlier_time(text, figure, change):
    (f,) = [f for f in find_figures([text]) if f.text == figure]
    assert f.change == change


# Set 6 (fresh articles of four sources): what its dev articles showed the finder missing.


@pytest.mark.parametrize(
    ("text", "figure", "value", "value_max", "unit"),
    [
        # 廿 and 卅 are twenty and thirty (澳門日報 2026); 卅一億元 was read as 一億元
        ("今年春節假期全社會跨區域人員流動量累計超廿八億人次。", "超廿八億人次", 2_800_000_000, None, "人次"),
        ("由卅九家企業展示廣西“AI+文旅＋康養”融合發展的成果。", "卅九家", 39, None, "家"),
        # 兩成半: two and a half tenths, 25 % (not 20)
        ("九天假期接待遊客增長兩成半。", "兩成半", 25, None, "%"),
        # a fraction printed in full-width digits (人民日报 1998)
        ("１９９７年，全县１／３的学校以细则为考评依据。", "１／３", 1 / 3, None, ""),
        # more than a month, whatever follows (人民日报 2023)
        ("“汉字中国”特展，一个多月吸引观众逾40万人次。", "一个多月", 1, None, "个月"),
        # rough ranges of hundreds and tens of thousands (人民日报 2023)
        ("“每天能卖三四百份。”黄秀说。", "三四百份", 300, 400, "份"),
        ("靠着科学种植，今年莫二团英种地纯利润达十七八万元。", "十七八万元", 170_000, 180_000, "元"),
        # 周年 after a lone digit: 四周 is "all around" only without 年 (澳門日報)
        ("古特雷斯就俄羅斯對烏克蘭發起特別軍事行動四周年發表聲明。", "四周年", 4, None, "周年"),
        # measure words the table lacked (人民日报 2023, 澳門日報)
        ("居文君与挑战者雷挺婕将通过12盘慢棋一决高下。", "12盘", 12, None, "盘"),
        ("中國商務部廿四日公佈兩則公告。", "兩則", 2, None, "则"),
        ("通过三峡的600总吨及以上干散货船受电设施改造完成。", "600总吨及以上", 600, None, "总吨"),
        # set 7's dev articles: a digit after 成 is the next place; ○ printed for the zero (澳門日報)
        ("澳門女性就業人口佔近六成六。", "近六成六", 66, None, "%"),
        ("今年一月份平均月工作收入為一萬二千○五十七元。", "一萬二千○五十七元", 12057, None, "元"),
        # a second amount after a slash (新华日报 2024), not only a fraction's digits
        (
            "苏州累计并网投运9个电网侧储能项目，总规模达到54万千瓦/105万千瓦时。",
            "105万千瓦时",
            1_050_000,
            None,
            "千瓦时",
        ),
        # episodes, rounds, issues, pictures and milliseconds (人民日报 2023, 澳門日報)
        ("这部“走近科学”的科普纪录片共5集，每集30分钟。", "5集", 5, None, "集"),
        ("選手須經過十二輪比賽。", "十二輪", 12, None, "轮"),
        ("哈工大课堂一般在节假日开课，目前已举办148期。", "148期", 148, None, "期"),
        ("展览展出其书画作品60余幅。", "60余幅", 60, None, "幅"),
        ("系统识别一张人脸只需400毫秒。", "400毫秒", 400, None, "毫秒"),
        # Arabic digits count anew; only 两个/三人 at a clause's head point back (新华日报 2024)
        ("三年共有3个党支部获评先锋行动队，2个党支部被列为重点培育对象。", "2个", 2, None, "个"),
        # set 8's dev articles: dimes after the yuan (人民日报 1998), a range in words (澳門日報)
        ("他找给我的各种面值的钞票全加起来只有１７元７角！", "１７元７角", 17.7, None, "元"),
        ("雲南、湖北、四川、福建等方向平均降幅百分之三十至四十。", "百分之三十至四十", 30, 40, "%"),
        # 卅 in a percentage, 載 for years, half a century, stages (澳門日報, sets 8 and 9)
        ("佔澳門居民總消費約百分之卅二。", "百分之卅二", 32, None, "%"),
        ("她在樂壇近三十載，仍然活躍。", "近三十載", 30, None, "载"),
        ("過去半個世紀以來，兩地往來不斷。", "半個世紀", 0.5, None, "个世纪"),
        ("優惠分兩階段推出。", "兩階段", 2, None, "阶段"),
    ],
)
def test_numerals_and_measure_words_of_fresh_articles(text, figure, value, value_max, unit):
    (f,) = [f for f in find_figures([text]) if f.start == text.index(figure)]
    assert (f.text, f.unit, f.value_max) == (figure, unit, value_max)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a measure word that is the region counted names it (人民日报 2023)
        ("几内亚比绍、洪都拉斯、马里、阿曼等11国首次参展。", "11国", "国家"),
        ("今年1—6月份，长江经济带11省市船舶靠港使用岸电共432555艘次。", "11省市", "省市"),
    ],
)
def test_regions_counted_are_named_by_their_measure_word(text, figure, label):
    (f,) = [f for f in find_figures([text]) if f.text == figure]
    assert f.label == label


@pytest.mark.parametrize(
    "text",
    [
        "20国集团领导人峰会在新德里举行。",  # a group's name
        "13万国商团：一部全球视野下的上海史",  # 万国 is a word
        "在当天的京东11.11国货专场直播间内。",  # 国货
        "福哥打车赶到十八盘，正是近午时分。",  # a mountain road (盘 counts after Arabic digits only)
        "何况是一千三四百年前的隋朝。",  # 1,300–1,400 years ago: a date, and no 三四百 out of 一千三四百
        "一个多月前，樊振东在南非德班夺冠。",  # a time in the past
        "两个月前，中国男棋手丁立人首次捧起男子个人世界冠军奖杯。",  # a date, as 三年前 is
        "蓝天一年比一年多起来。",  # more each year
        "环顾四周，一片寂静。",
        "自一七年起，女性就業人口已超越男性，二三年兩性薪酬差距進一步收窄。",  # 二三年: 2023 said short
        "杭州亚运会期间，淳安赛区承担了自行车、铁人三项等项目。",  # the triathlon
        "在农村酒驾醉驾车辆类型中，二、三轮摩托车的数量偏多。",  # wheels, not rounds
        "骑着电三轮，小百户镇炒铁村村民钱小七径直来到自家玉米地旁。",  # a tricycle
        "目前已实施三期工程。",  # a phase
        "讯飞星火V4.0大模型训练正式启动。",  # a version
        "刨花板甲醛释放量降至现在的3毫克/100克以下。",  # 100克 is the base of a rate, no amount
        "日常消费类上市公司披露了2023年半年度报告。",  # semi-annual
        "一九一一年，向澳門番攤總公司總理承出福隆下街館位。",  # a year in digits, no 一年 in it
        "被保险人确诊第1—3级伤残，一次性给付护理保险金。",  # grades
        "主教山附近的街道，數十年前是澳門少數以華人命名的街道。",  # a time in the past
        "决议在分析了越共八大以来的经济社会形势以后指出。",  # a party congress
        "杭州萧山机场海关依托7×24小时全天候通关保障机制。",  # round the clock
        "一則要穩就業；二則要保民生；三則，必須加強監管。",  # list markers
        "长此以往更会破坏正常教育生态；三则对学校而言，也必须作出回应。",  # a list marker opening its clause
        "迈入安全、舒适、幸福的2.0阶段。",  # a version's name
    ],
)
def test_fresh_articles_names_and_dates_stay_no_figures(text):
    assert [f.text for f in find_figures([text])] == []


def test_cheaper_by_a_share_is_a_fall():
    # 人民日报 2023 (set 6): 便宜30% says the price is 30 % lower
    text = "相同的质量，海鸿塑胶的产品价格比进口产品便宜30%，一经推出就迅速打开国内市场。"
    (f,) = [f for f in find_figures([text]) if f.text == "30%"]
    assert f.change == "down"


# Round 4, from the dev thirds of fresh sets 6-10 and the reading pool (人民日报 1998/2023, 新华日报,
# 南方日报, 澳門日報): kinds the grammar did not read
@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        (
            "深合區擬耗資一點七億元人民幣在天沐河畔新建體育公園。",
            "一點七億元人民幣",
            170000000,
            "元人民币",
        ),  # 1.7, not "a"
        ("年来，共送去图书一点三亿多册。", "一点三亿多册", 130000000, "册"),
        ("河北省张北尚义地区发生里氏六点二级地震。", "六点二级", 6.2, "级"),  # a level in Chinese numerals
        ("北京地震台网已记录到一级以上余震一百二十三次。", "一级以上", 1, "级"),
        ("但存在发生五级左右较强余震的可能。", "五级左右", 5, "级"),
        ("城县位于河南省东部，豫、鲁、皖三省交界处。", "三省", 3, "省"),  # a list, counted
        ("正式启动北京、上海、海南、深圳四地增值电信业务扩大对外开放试点。", "四地", 4, "地"),
        ("沪杭一带大雾，上海、杭州两地机场被迫停航两天。", "两地", 2, "地"),
        ("那曲、阿里、日喀则、拉萨、山南以及昌都等６地市都出现了降雪。", "６地", 6, "地"),
        ("事故致十九死", "十九死", 19, "死"),  # the dead of a disaster
        ("两人的成绩分别是３４６．４７分和３２１．０９分。", "３２１．０９分", 321.09, "分"),  # a score
        ("奔跑在万峰林的万亩田园间。", "万亩", 10000, "亩"),  # a round magnitude without a digit
        ("来自国内外的万名路跑爱好者奔跑在万峰林。", "万名", 10000, "名"),
        ("全国９个小麦亩产千斤县，焦作就有４个。", "４个", 4, "个"),
        ("８杯咖啡，３瓶啤酒，２袋香榧子，１包腰果，１袋话梅。", "１包", 1, "包"),  # measure words 包, 盆, 站
        ("各案共檢獲四十八個砂炮、十點八公斤臘腸及兩盆未經檢疫的年桔。", "兩盆", 2, "盆"),
        ("82岁的杜宁再次准时上车，乘车4站到玄武湖公园锻炼身体。", "4站", 4, "站"),
    ],
)
def test_fresh_articles_round_four_kinds(text, figure, value, unit):
    found = {f.text: f for f in find_figures([text])}
    assert figure in found, [f.text for f in find_figures([text])]
    assert found[figure].value == value
    assert found[figure].unit == unit


@pytest.mark.parametrize(
    ("text", "ones"),
    [
        ("死者中包括一名中國公民和一名英國公民。", ["一名", "一名"]),  # one of each: counted
        ("明确一名班子成员、一名业务骨干作为帮带导师。", ["一名", "一名"]),
        ("学员们买零件组装了一台电视机和一台小收音机。", ["一台", "一台"]),
        ("夫妻俩来自农村，有一儿一女。", ["一儿", "一女"]),
        ("文化是一个国家、一个民族的灵魂。", []),  # "a nation, a people": no count
        ("钱袋子、药盒子……都是一个个具体的人、一个个鲜活的家庭。", []),  # one by one
        ("父亲一死，兄妹俩怎么办？", []),  # "as soon as": no death toll
        ("经历了九死一生。", []),
        ("自己花钱买各种自行车零件，义务为大家修车。", []),  # parts, not zero of them
    ],
)
def test_lone_ones_joined_to_each_other_are_counted(text, ones):
    assert [f.text for f in find_figures([text])] == ones


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("探索出“不结盟、不对抗、不针对第三方”的相处之道。", "三方"),  # an ordinal after a list
        ("莫迪就改善和发展两国关系提出设想和建议。", "两国"),  # 和 joins two verbs; nothing is counted
        ("全国7000多家二级以上公立医院接入区域全民健康信息平台。", "二级以上"),  # a hospital's grade
        ("发挥援外资金四两拨千斤作用。", "千斤"),  # an idiom
        ("满载货物的万吨巨轮整齐地停靠在泊位。", "万吨"),  # a class of ship
        ("每千名老人拥有床位46张。", "千名"),  # per thousand: a base, not a count
        ("全国省、市、县三级国土空间总体规划已经基本完成。", "三级"),  # tiers, as the markers read them
        ("烟台三站批发交易市场（简称“三站市场”）坐落于山东省烟台市。", "三站"),  # a place
        ("新疆的地貌格局是三山夹两盆，形成了封闭性的内陆盆地。", "两盆"),  # two basins, a set phrase
        ("这3包括了", "3包"),  # 包括
    ],
)
def test_round_four_leaves_names_grades_and_idioms(text, word):
    found = [f.text for f in find_figures([text])]
    assert not any(word in t for t in found), found


# Round 5, from the dev third of fresh set 11 (人民日报 1998/2023, 新华日报 2024-10-14, 澳門日報)
@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        (
            "渔民要向尼罗河岸区的警察机构交纳１５０埃镑，才能取得行船打鱼的许可证。",
            "１５０埃镑",
            150,
            "埃镑",
        ),  # currencies
        ("每年将使欧洲公司节省约９００亿马克。", "约９００亿马克", 90000000000, "马克"),
        ("印尼盾对美元的汇率今天再次跌破１００００盾兑１美元。", "１００００盾", 10000, "盾"),
        ("法国北部地区还将新建3家电池工厂。", "3家", 3, "家"),  # 家 before 电池, not 家电
        ("中国国奥队以1胜1平积4分的成绩获得小组第二。", "1平", 1, "平"),  # a record
        ("中国国奥队以1胜1平积4分的成绩获得小组第二。", "4分", 4, "分"),
        ("中国队以１胜１平１负积４分的成绩排名第三。", "１负", 1, "负"),
        ("中国女子水球队队员熊敦瀚参加过两届奥运会。", "两届", 2, "届"),  # Games taken part in
        ("只凭一滴血，就能诊断早期阿尔茨海默病。", "一滴", 1, "滴"),  # only one drop
        ("它與彗星核心發生撞擊的概率仍有約百分之○點○二五。", "百分之○點○二五", 0.025, "%"),  # ○ as a zero
        ("與3I/ATLAS的物理距離在○點○三天文單位以內。", "○點○三天文單位", 0.03, "天文单位"),
        ("攜程去年營收增一成七", "一成七", 17, "%"),  # a lone 一成 with its next place
        ("對全球商品額外徵收一成至一成半關稅。", "一成至一成半", 10, "%"),
        ("提前一天、提前三天、提前一周的都有。", "一周", 1, "周"),  # 提前 is no 前: a span
    ],
)
def test_fresh_articles_round_five_kinds(text, figure, value, unit):
    found = {f.text: f for f in find_figures([text])}
    assert figure in found, list(found)
    assert (found[figure].value, found[figure].unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("淨利潤達三百三十四億元，遠超前一年的一百七十二億元。", "一年"),  # the year before: a date
        ("从上一年的每桶１９·２５美元降为每桶１８·５美元。", "一年"),
        ("承包人是五组村民马连凯。", "五组"),  # a villagers' group, named
        ("新疆乌鲁木齐县二宫乡八家户村。", "八家"),  # a village
        ("这项政策一成不变。", "一成"),  # an idiom
        ("他参加了十届全国人大一次会议。", "十届全国"),  # an ordinal stays one
    ],
)
def test_round_five_leaves_dates_names_and_idioms(text, word):
    found = [f.text for f in find_figures([text])]
    assert not any(word in t or t in word for t in found if len(t) > 1), found


# Round 6, from the dev third of fresh set 12 after it was scored once
@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("汇鸿集团、江苏国信两家公司营收均过百亿元，宁沪高速逼近百亿元。", "百亿元", 10000000000, "元"),  # passed
        ("迄今，《水舞間》已吸引數以百萬計的國際旅客慕名觀賞。", "數以百萬計", 1000000, ""),  # counted in millions
        ("带到台湾的都是传统优秀节目，有５出大戏，４０出折子戏。", "４０出", 40, "出"),  # plays
        ("已安排3批次共计200余名当地青年工程师赴中国培训。", "3批次", 3, "批次"),
        ("涉及體育活動的投訴由二〇二四年大幅減少百分之八十九至一百七十五宗。", "一百七十五宗", 175, "宗"),
        ("平均降幅百分之三十至四十。", "百分之三十至四十", 30, "%"),  # a range of shares stays one
    ],
)
def test_fresh_articles_round_six_kinds(text, figure, value, unit):
    found = {f.text: f for f in find_figures([text])}
    assert figure in found, list(found)
    assert (found[figure].value, found[figure].unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("不久前公布的A股上市公司半年报显示，央国企上市公司运行平稳。", "半年"),  # the half-year report
        ("该公司半年实现营业收入177.76亿元。", "半年"),  # the first half: a period
        ("初步計劃配置十一人足球場及田徑跑道。", "十一人"),  # a pitch's kind
        ("“美丽乡村杯”九人制排球邀请赛。", "九人"),
        ("轻舟已过万重山。", "万"),  # a poem
        ("用户通过百度搜索相关信息。", "百"),  # 通过 is a verb, 百度 a name
        ("通过千兆光网接入。", "千"),
    ],
)
def test_round_six_leaves_periods_and_kinds(text, word):
    found = [f.text for f in find_figures([text])]
    assert not any(word in t for t in found), found


def test_a_share_fallen_to_a_count_is_no_range_of_shares():
    # 澳門日報 2026-02 (set 12): 減少百分之八十九至一百七十五宗 fell by 89 % to 175 cases
    found = find_figures(["涉及體育活動的投訴大幅減少百分之八十九至一百七十五宗。"])
    assert [(f.text, f.value_max) for f in found] == [("百分之八十九", None), ("一百七十五宗", None)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "value_max"),
    [
        ("重点发展共五大产业。", "五大", 5, None),  # 共 is "in all", no 中共 congress
        ("平均降幅百分之卅至卅五。", "百分之卅至卅五", 30, 35),  # a share range in 卅, both ends read alike
    ],
)
def test_lexicon_left_from_the_last_review(text, figure, value, value_max):
    found = {f.text: f for f in find_figures([text])}
    assert figure in found, list(found)
    assert (found[figure].value, found[figure].value_max) == (value, value_max)


def test_a_party_congress_is_no_count():
    assert [f.text for f in find_figures(["中共一大在上海召开。"])] == []


# Figures read on set 14's dev articles after it was scored once, mended on the reading pool
@pytest.mark.parametrize(
    "clause, text, value, vmax, unit, kind",
    [
        # 人民日报 2023: a race time to the second is one span, in seconds (was 4小时40分 and a stray 50秒)
        ("经过长达4小时40分50秒的雨中鏖战，张志善已略显疲惫。", "4小时40分50秒", 16850, None, "秒", "duration"),
        # 人民日报 1998: medals in Chinese numerals, listed with 、 (only 2金1银 run together was read)
        ("北京武术队能在八运会上取得三金、二银、三铜的优异成绩，", "二银", 2, None, "银", "count"),
        ("北京武术队能在八运会上取得三金、二银、三铜的优异成绩，", "三铜", 3, None, "铜", "count"),
        ("半个多月时间要跑遍全省各基点。", "半个多月", 0.5, None, "个月", "duration"),
        # 三十八九: thirty-eight or -nine, the tens said once; 零下 makes both below zero
        ("麦地里温度常常高达三十八九摄氏度，", "三十八九摄氏度", 38, 39, "摄氏度", "range"),
        ("驻地冬天最低气温低至零下四五十摄氏度。", "零下四五十摄氏度", -40, -50, "摄氏度", "range"),
        ("车手们沿赛道绕行8圈，每圈13.6公里，", "8圈", 8, None, "圈", "count"),
        ("禁止民用制造和销售10发子弹以上弹匣，", "10发", 10, None, "发", "count"),
        ("其中79.5万支流向泰国，32.8万支出口到菲律宾。", "32.8万支", 328000, None, "支", "count"),  # not 支出
        # 澳門日報 2026: Latin units after digits, and 日圓 (yen as Macau prints it)
        ("E接環版全長僅30mm，重量為 165g，", "165g", 165, None, "g", "amount"),
        ("售價85,000日圓。", "85,000日圓", 85000, None, "日圆", "amount"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None,
)
def test_set14_figures(clause, text, value, vmax, unit, kind):
    f = next((f for f in find_figures([clause]) if f.text == text), None)
    assert f is not None, [g.text for g in find_figures([clause])]
    assert (f.value, f.value_max, f.unit, f.kind) == (value, vmax, unit, kind)


def _found_over(clause: str, text: str) -> list[str]:
    """The figures found in ``clause`` that overlap ``text`` (the first place it stands)."""
    start = clause.index(text)
    return [f.text for f in find_figures([clause]) if f.start < start + len(text) and start < f.end]


@pytest.mark.parametrize(
    "clause, text",
    [
        ("“一線三圈”高地", "三圈"),  # a plan's slogan (圈 counts after Arabic digits only)
        ("她在世锦赛5圈单项决赛中夺得冠军。", "5圈"),  # the hoops event (人民日报 2023, reading pool)
        ("今年5月28日圆满完成C919商业首航，", "28日"),  # a date, then 圆满: no yen
        ("4g手机和5g网络", "4g"),  # a network's generation, not grams
        ("發佈全新的Voigtlander Septon 40mm F2 Aspherical，", "40mm"),  # a lens's name
        ("半个多月前的暴雨，造成房山区部分道路损毁", "半个多月"),  # a time ago, like 三年前
        ("一发不可收拾，转了一圈又一圈", "一发"),
    ],
)
def test_set14_not_figures(clause, text):
    assert not _found_over(clause, text)


# Figures read on set 15's dev articles after it was scored once (人民日报 2023 and 1998), mended on the pool
@pytest.mark.parametrize(
    "clause, text, value, unit",
    [
        ("《条例》共7章60条，重点规定了以下内容。", "7章", 7, "章"),  # chapters
        ("优惠税率分为两档，", "两档", 2, "档"),  # tiers
        ("组织250名毕业生参加了40学时集中培训，", "40学时", 40, "学时"),  # class hours
        ("短短几天就储蓄了十亿美元之多。", "十亿美元之多", 1000000000, "美元"),  # 之多: as much as
        ("例如售价为2.5亿印尼盾的五菱电动汽车，", "2.5亿印尼盾", 250000000, "印尼盾"),
        ("将在接下来的一周内在北京和深圳两地参加活动，", "一周", 1, "周"),  # a span after 的 stays one
    ],
)
def test_set15_figures(clause, text, value, unit):
    f = next((f for f in find_figures([clause]) if f.text == text), None)
    assert f is not None, [g.text for g in find_figures([clause])]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    "clause, text",
    [
        ("三门峡水库净排沙量0.40亿吨，", "三门"),  # a city and its reservoir
        ("一个中国原则和中美三个联合公报是两国关系最重要的政治基础，", "三个"),  # the communiqués' name
        ("中美两国是全球前两大经济体，", "两大"),  # a rank: the top two
        ("7月初，1美元约合3.67迪拉姆。", "1美元"),  # an exchange rate's base
        ("１２月份突破１美元兑１３０日元。", "１美元"),
        ("编制预算的估算汇率为５０００盾兑１美元。", "１美元"),  # the base said after the rate
        # a year named, as the markers of every set read it (12 of 13 marked it no figure)
        ("会议强调，新的一年，宣传思想工作总的要求是", "一年"),
        ("他说，过去的一年是我国历史上非常重要而又极不平凡的一年。", "一年"),
    ],
)
def test_set15_not_figures(clause, text):
    assert not _found_over(clause, text)


# Figures read on set 16's dev articles after it was scored once (人民日报 2023 and 1998), mended on the pool
def test_set16_a_round_million_said_without_a_digit():
    (f,) = find_figures(["沿海百万亩滩涂开发则是全省一个新的经济增长点。"])
    assert (f.text, f.value, f.unit) == ("百万亩", 1000000, "亩")
    # a class of mine and the base of a rate are no amounts
    assert not find_figures(["西山矿务局在全国千万吨局中，原煤单位成本控制较好。"])
    assert [f.text for f in find_figures(["安全生产百万吨死亡率为０．１２。"]) if "吨" in f.text] == []


def test_set16_this_one_item_alone_is_no_count():
    # 仅此一项: "this item alone", the saving after it is the figure
    assert [f.text for f in find_figures(["仅此一项，每年可节约经费６００多万元。"])] == ["６００多万元"]


# Figures read on set 23's dev articles after it was scored once (人民日报 2023 and 1998)
@pytest.mark.parametrize(
    ("sentence", "texts", "values"),
    [
        # points after a verb of scoring, to the thousandth, and the next side's after 和 (were not found)
        (
            "朱雪莹与胡译乘发挥出色，分别得到56.720分和55.790分，夺得金牌和银牌。",
            ["56.720分", "55.790分"],
            [56.72, 55.79],
        ),
        ("从小组赛到淘汰赛，崔永熙场场首发上场，场均得分8.8分，深得教练和队友的信任。", ["8.8分"], [8.8]),
        ("在出场的23分钟里，崔永熙9投6中贡献了16分。", ["23分钟", "16分"], [23, 16]),
        # more than one hour is a span, not "an" hour (was not found; 两个多小时 was)
        ("时间不知不觉过去了一个多小时，我们与戴碧蓉握手道别。", ["一个多小时"], [1]),
        # 钟头: hours, said colloquially, and a half of them
        ("昭觉县的学童，来回要走３个半钟头的泥泞山路去学校读书。", ["３个半钟头"], [3.5]),
    ],
)
def test_set23_points_and_spans(sentence, texts, values):
    found = [f for f in find_figures([sentence])]
    assert [f.text for f in found] == texts
    assert [f.value for f in found] == values


@pytest.mark.parametrize(
    ("clause", "text"),
    [
        # the page's note that a photo goes with the article (人民日报 1998; 27 in the reading pool)
        ("重世界冠军和创纪录选手上光荣榜仪式在京举行（附图片１张）", "１张"),
        # a class of size, as 千亿级 is: no amount (人民日报 2023)
        ("打造五百亿级新能源电池材料产业集群。", "五百亿"),
        ("湖北芯映光电有限公司10万级无尘车间内一片繁忙景象。", "10万"),
        # cents, not points, after a verb that scores (拿到, as 得到56.720分)
        ("他每天只拿到了5分钱。", "5分"),
        # a train's number said with 次 (人民日报 1998)
        ("我和我老伴从合肥乘４０３次列车去广州。", "４０３次"),
    ],
)
def test_set24_not_figures(clause, text):
    assert not _found_over(clause, text)


def test_a_photo_counted_in_the_text_is_still_a_figure():
    assert [f.text for f in find_figures(["记者当天拍下１张照片，全市GDP达五百亿元。"])] == ["１张", "五百亿元"]


# Figures read on set 25's dev articles after it was scored once (人民日报 1998 and 2023)
@pytest.mark.parametrize(
    ("sentence", "texts", "values"),
    [
        # an index's points in whole numbers: no hour of the day is 25 or more (were found only with a decimal)
        ("菲律宾股市９日大跌了１３７．８５点，以１５１８点收市。", ["１３７．８５点", "１５１８点"], [137.85, 1518]),
        (
            "股市曾于８月６日攀上８２５９点的历史高峰，１０月２７日曾暴跌５５４点。",
            ["８２５９点", "５５４点"],
            [8259, 554],
        ),
        # … but a time of the day stays a date
        ("下午3点开会，全市设置了300点位。", [], []),
        # counties counted with Arabic digits (三县交界 names a place)
        ("黄河经5县20个乡镇。", ["5县", "20个"], [5, 20]),
        ("三县交界处有一座山。", [], []),
        # a train run so many times is a count
        ("今年已开行12次列车。", ["12次"], [12]),
    ],
)
def test_set25_points_counties_trains(sentence, texts, values):
    found = find_figures([sentence])
    assert [f.text for f in found] == texts
    assert [f.value for f in found] == values
