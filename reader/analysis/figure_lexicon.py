"""The words :mod:`reader.analysis.figures` reads numbers with: units and measure words, the
characters that make a unit the start of another word, the words after 个 that make a span, the fixed
names with numerals that are no figures, and the qualifiers around a number.

Data only, kept apart from the grammar that consults it (:mod:`reader.analysis.figures`); each entry
carries the real example it was added for.
"""

from __future__ import annotations

import re

#: Money, temperature and measures (each set also tells a figure's kind: see _kind).
MONEY_UNITS = frozenset(
    (
        "元",
        "美元",
        "欧元",
        "日元",
        "港元",
        "澳门元",
        "澳元",
        "加元",
        "新台币",
        "韩元",
        "英镑",
        "卢布",
        "坚戈",
        "卢比",
        "比索",
        "法郎",
        "里拉",
        "雷亚尔",
        "兰特",
        "块",
        "元人民币",
        "铢",
        "泰铢",
        "新加坡元",
        "林吉特",
        # currencies of papers of every decade (1998: 马克, 埃镑; and the world's others by their Chinese names)
        "马克",
        "埃镑",
        "日圆",  # (日圓 as Macau prints it, folded)
        "港币",
        "美金",
        "台币",
        "澳门币",
        "葡币",
        "人民币",
        "新西兰元",
        "瑞士法郎",
        "第纳尔",
        "迪拉姆",
        "里亚尔",
        "谢克尔",
        "新谢克尔",
        "越南盾",
        "印尼盾",  # 售价为2.5亿印尼盾 (人民日报 2023: the 印尼盾 was left as the label)
        "克朗",
        "兹罗提",
        "福林",
        "列伊",
        "列弗",
        "塔卡",
        "基普",
        "瑞尔",
        "缅元",
        "先令",
        "奈拉",
        "塞地",
        "夸查",
        "索姆",
        "苏姆",
        "披索",
        "荷兰盾",
        "盾",
    )
)
TEMPERATURE_UNITS = frozenset(("℃", "°C", "°F", "摄氏度", "华氏度"))
MEASURE_UNITS = frozenset(
    (
        "吨",
        "公斤",
        "千克",
        "克",
        "斤",
        "公里",
        "千米",
        "米",
        "厘米",
        "毫米",
        "海里",
        "km",
        # Latin units after digits (口径32mm, 重205g; a letter after them makes a code: 5gb is none)
        "mm",
        "cm",
        "kg",
        "mg",
        "g",
        "ml",
        "mL",
        "英寸",
        "英尺",
        "英里",
        "亩",
        "公顷",
        "平方米",
        "平米",
        "平方公里",
        "平方千米",
        "升",
        "毫升",
        "立方米",
        "标准立方米",
        "千瓦时",
        "千瓦",
        "瓦",
        "兆瓦时",
        "兆瓦",
        "吉瓦",
        "度",
        "千伏",
        "伏",
        "kWh",
        "kW",
        "KW",
        "MWh",
        "MW",
        "GWh",
        "GW",
        "kV",
        "总吨",  # 600总吨及以上干散货船: a ship's gross tonnage
        "载重吨",
        "天文单位",  # ○點○三天文單位: the distance of the Earth from the Sun
        "光年",
    )
)

#: Units and classifiers that make a number a figure.  Order does not
#: matter: the regex is built longest-first.
#: Words of time a number is measured in (a date is never one: see _read_figure); 载: 近三十載, years, as
#: the papers of Macau and Hong Kong write them.
SPAN_WORDS = ("年", "天", "周", "小时", "分钟", "秒", "秒钟", "毫秒", "载", "星期")
UNITS: tuple[str, ...] = (
    *sorted(MONEY_UNITS),
    *SPAN_WORDS,
    *sorted(TEMPERATURE_UNITS),
    *sorted(MEASURE_UNITS),  # mass, length (8英寸晶圆), area, volume, energy, power
    # people / ages
    "人次",
    "针次",
    "剂次",
    "人",
    "名",
    "位",
    "户",
    "岁",
    "周岁",
    "周年",
    "人口",
    # classifiers (counts)
    "个",
    "家",
    "项",
    "辆",
    "台",
    "座",
    "对",
    "株",
    "棵",
    "头",
    "只",
    "匹",
    "套",
    "件",
    "条",
    "张",
    "份",
    "所",
    "栋",
    "幢",
    "间",
    "架",
    "艘",
    "部门",
    "部",
    "篇",
    "本",
    "册",
    "场",
    "场次",
    "例",
    "宗",
    "起",
    "批",
    "批次",
    "种",
    "款",
    "处",
    "支",
    "枚",
    "颗",
    "根",
    "片",
    "箱",
    "标箱",
    "单",
    "笔",
    "车次",
    "架次",
    "辆次",
    "部委",
    "次",
    "趟",  # 开行3趟列车: journeys, counted like 次 (一趟 alone is "a trip", see _ONLY_ONE_RE)
    "桶",
    "门",
    "瓶",
    "堆",
    "口",
    "纳米",
    "微米",
    "千兆",
    "兆",
    "盒",
    "袋",
    "包",
    "盆",
    "站",
    "章",
    "档",
    "学时",
    "圈",
    "发",
    "碗",
    "杯",
    "卷",
    "局",
    "班",
    "顶",
    "孔",
    "类",
    "组",
    "车道",
    "盏",
    "首",
    "节",
    "列",
    "柜",
    "层",
    "步",
    "尊",
    "把",
    "遍",
    "省份",
    "省市",  # 长江经济带11省市
    "省区市",
    "省",
    "国",  # 马里、阿曼等11国首次参展 (Arabic digits only: 三国, 八国联军 are names)
    "县",  # 黄河经5县20个乡镇, ４８县（市） (Arabic digits only: 三县交界 names a place)
    "盘",  # 通过12盘慢棋一决高下
    "集",  # 共5集, 七十六集的陸劇: episodes
    "阶段",  # 分兩階段推出
    "轮",  # 经过3轮比拼
    "期",  # 已举办200余期 (Arabic digits only: 三期工程 is a phase)
    "幅",  # 60余幅作品
    "则",  # 公佈兩則公告
    "封",
    "方面",
    # 两大问题, 五大主张, 三大类: the major ones, counted (a party congress, 二十大, is no count: see _read_figure)
    "大",
    "大类",
    # ratios
    "倍",
)

#: Per-unit denominators allowed after "/" (103元/吨, 0.3元/千瓦时).
DENOMS = (
    "吨",
    "千瓦时",
    "度",
    "公斤",
    "千克",
    "斤",
    "平方米",
    "亩",
    "人",
    "年",
    "月",
    "天",
    "日",
    "小时",
    "次",
    "kWh",
    "立方米",
    "升",
    "公里",
    "米",
    "件",
    "台",
    "辆",
    "户",
    "个",
)

#: A unit character that is really the first character of another word.
UNIT_BREAKERS: dict[str, str] = {
    "个": "体性案",
    "国": "集家际内产企有资外民道债标旗籍庆货",  # 20国集团, 5国家级: not a count of countries
    "省": "委内外会长政部属直际城道钱心力事时得去",  # 3省委: the committee; 省钱 saves money
    "县": "委城长级域政区市镇乡属里",  # 5县委: the committee; 3县城, 县级: no count of counties
    "盘": "活点",
    "集": "团中体聚成市装合训散资约镇结纳会",  # 3集团: a group, not episodes
    "轮": "流椅胎船换值廓岗作番车班驱次摩自电拉",  # 三轮车, 两轮自行车, 轮流: wheels, not rounds
    "期": "间待望货限末中刊满内工项盼许",  # 2期工程: a phase
    "幅": "度员",
    "阶段": "性",  # 阶段性: a stage's, no count
    "载": "体客重人货运入明誉具波荷",  # 3载人: no years
    "则": "是，,：:；",  # 三则，…: a list marker (firstly, secondly, thirdly), not three notices
    "台": "湾阶风账州上",
    "座": "谈右",
    "对": "接于外话象比标口应称待照策手岸面方立抗此",
    "名": "单称牌优片义额字录列誉胜气次",
    "家": "庭居长属乡园具族门务政底风书户",  # (8家户村: a village; 3家电池工厂 counts 家)
    "项": "目",
    "条": "件例码幅约理形",
    "张": "贴家力",
    "份": "额子",
    "所": "有在属以谓得述示指列提说",
    "场": "所景地馆合面均",
    "部": "分署长队件位",
    "起": "来步点草源诉初始飞到",
    "批": "准复次评发",
    "种": "植类子苗养田地",
    "款": "项",
    "处": "理于置罚长室",
    "支": "持付援撑出部柱",
    "元": "素旦宵首老帅",
    "人": "民员才口类工士大物数气心生力身均足篮籃制",  # 十一人足球場, 三人籃球場: a pitch's kind
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
    "宗": "旨教族师祠亲庙派",
    "根": "本据源",
    "次": "要日产供创元方生级序",
    "包": "括含装容揽办干子裹袱庇扎机车间厢",  # 包括, 包装, 一包子: 2包腰果 counts, 3包括 never
    "盆": "地景栽花菜",  # 盆地, 盆景: 两盆年桔 counts
    "圆": "满润梦舞桌形周心球顶明融通",  # 5月28日圆满完成: a date, then 圆满 (28日圆 is no yen)
    "g": "网手信时基技通终用服牌络代",  # 4g手机, 5g网络: a generation of mobile networks, not grams
    "站": "在着起出立住稳岗位长点台式队牌",  # 站在, 站长, 站台, 一站式: 增两站 counts
    "章": "程法节鱼丘句回",  # 章程, 章法, 章鱼, 章丘: 共7章60条 counts chapters
    "档": "案次口期位子",  # 档案, 档次, 档期: 优惠税率分为两档 counts tiers
    "圈": "子内外层套地养定粉钱点儿住单决项",  # 圈子; 5圈单项决赛, a hoops event: 绕行8圈 counts laps
    "发": "展布表放生现出起动言行电明挥达酵送售票证改力热光声文稿帖",  # 3发展: 10发子弹 counts rounds
    "倍": "增",
    "成": "果为功立本效员绩熟长都交品型年就分套片群规语色批倍千",
    "周": "年边围末刊报",
    "口": "号岸罩径语头才味碑",
    "门": "口店票槛类户诊诊面",
    "年": "级代轻纪鉴",
    "天": "然气空津下地",
    "顶": "级尖端层部住替峰",
    "孔": "雀子明洞径",
    "类": "似型别",
    "组": "织成建合团长委件队图员别装村",  # 五组村民: a villagers' group, named
    "首": "都次批先届位个创发席选要期家款台座日轮场部脑长府",
    "节": "日目约能点奏省俭制庆假气",
    "列": "入表举为席出队明",
    "层": "面次级峰层",
    "步": "行骤伐入调兵",
    "封": "闭面锁存控顶装印口建号底杀",
    "局": "长長面势部",
    "大": "洲嫂队爷妈娘哥姐学桥街道楼院会厦户门家军区型批量多半部概致约都堆",
    "把": "握关手戏式持控",
    "尊": "重敬严称贵",
    "遍": "布及地历",
}

#: Words after 个 that make "N个X" a time span (3个月, 1个多小时): unit 个X.
PERIOD_AFTER_GE = (
    "月",
    "多月",
    "小时",
    "多小时",
    "钟头",  # 三个钟头: hours, said colloquially (人民日报 1998)
    "多钟头",
    "工作日",
    "季度",
    "学期",
    "年头",
    "星期",
    "礼拜",
    "周",
    "世纪",
    "晚上",
    "白天",
)
#: Units of time: a figure with one is a duration (35年, 10多天, 3个多月).
DURATION_UNITS = frozenset(
    (
        *SPAN_WORDS,
        "日",
        "个月",
        "个小时",
        "个钟头",
        "个工作日",
        "个季度",
        "个学期",
        "个年头",
        "个星期",
        "个礼拜",
        "个周",
        "个世纪",
        "个晚上",
        "个白天",
    )
)
#: What follows 年 when it dates something instead of measuring a span.
YEAR_NOT_SPAN = tuple("月级代底初末中度份") + ("规划", "计划", "行动", "纲要")

#: Measure words that count only after Arabic digits: 独自行走了20步, but 再往前走两步 (a story's steps);
#: 绕行8圈, but “一線三圈” (a plan's slogan); 10发子弹, but 一发不可收拾.
#: A party before N大 makes it a congress: 党的八大, 越共八大, 中共十五大 (not 八大产业, eight big ones).
PARTIES = ("党的", "中共", "越共", "党")  # (a bare 共 is "in all": 共五大产业 counts five)
#: Lengths (a figure's distance, a dimension): 米, 公里 ….
LENGTH_UNITS = frozenset("米 公里 千米 海里 厘米 毫米 英里 里 km cm mm".split())
#: Measure words that count times something was done.
TIMES_UNITS = frozenset("次 趟 回 遍".split())
#: Words after a measure word that open with one of its breakers and still leave it the measure word:
#: 89家居家养老服务中心 and 10余家门店 (not 家庭), 32.8万支出口到菲律宾 (not 支出, spending).
UNIT_KEPT = {"家": ("居家", "门店", "门诊"), "支": ("出口",), "位": ("居民",)}  # (10多位居民: not 位居, ranks)
#: 十八盘 is a mountain road, 烟台三站批发交易市场 a market's place: these count after Arabic digits only
ARABIC_ONLY_UNITS = frozenset(("步", "国", "省", "县", "盘", "期", "站", "发", "圈"))
#: What a number of storeys (层) is of: 二层小楼 is a two-storey house, not the second floor.
BUILDING_RE = re.compile(r"小?楼|楼房|建筑|别墅|民居|平房|洋房|小屋")

#: Words that start with 前 but move forward in space (3天前往, 两年前进): no 年前.
FORWARD = ("前往", "前进", "前来", "前去", "前行", "前赴", "前进", "前后")


#: 这两年, 这几年: "these (last) two years", a span, unlike 这两个文件 that points back.
RECENT_YEARS_RE = re.compile(r"[两二三几](?:年|个月)")
#: Era names before a year in Chinese numerals: 乾隆三十二年 is a date (干隆: how the script fold reads 乾隆).
ERA_RE = re.compile(
    r"(?:民国|光绪|乾隆|干隆|康熙|雍正|嘉庆|道光|咸丰|同治|宣统|顺治|万历|嘉靖|洪武|永乐|崇祯|贞观|开元|"
    r"天宝|昭和|明治|大正|平成|令和|公元|建国|至正|绍兴|元丰)$"
)

#: Time words: a bare multiplier number before them is a period (3万年前).
TIME_CHARS = frozenset("年月日天周时分秒")

#: Idioms, numbered slogans and place names containing numeral+classifier.
#: Figures starting inside one of these are dropped.
FIXED_PHRASES = (
    "千家万户",
    "四两拨千斤",
    "三山夹两盆",
    "三番五次",
    "万人空巷",
    "五位一体",
    "三天两头",
    "十万火急",
    "十万八千里",
    "三五成群",
    "一五一十",
    "九牛一毛",
    "一举两得",
    "成千上万",
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "四个全面",
    "三个代表",
    "两个一百年",
    "三个务必",
    "四个面向",
    "五个必由之路",
    "两个大局",
    "两个结合",
    "四个革命",
    "三个有利于",
    "八个明确",
    "十个坚持",
    "十四个坚持",
    "五家渠",
    "七台河",
    "三台县",
    "十三间房",
    "三个泉",
    "一国两制",
    "两学一做",
    "八项规定",
    # plans, movements, events and days named by numbers
    "十四五",
    "十三五",
    "十二五",
    "十五五",
    "十一五",
    "五四运动",
    "五四青年节",
    "一二·九运动",
    "九一八事变",
    "七七事变",
    "八一南昌起义",
    "五一劳动节",
    "三八妇女节",
    "六一儿童节",
    "双十一",
    "双十二",
    "一带一路",
    "三中全会",
    "四中全会",
    "五中全会",
    "两会",
    "三农",
    "四风",
    "一把手",
    "两岸三地",
    "三峡",
    "三门峡",  # 三门峡水库 (a city and a reservoir; 三门 was a count)
    "三个联合公报",  # 中美三个联合公报: the three communiqués, a name
    "三国",
    "五岳",
    "七上八下",
    "十年九旱",
    "十年九干旱",
    "一五计划",
    "五年规划",
    "五年计划",
    "三年行动",
    "百年大计",
    "十年之计",
    "百年之计",
    "五花八门",
    "千里之外",
    "万里长城",
    "十里长街",
    "九寨沟",
    "十三陵",
    "五台山",
    "三只松鼠",
    "六个核桃",
    "四大名著",
    "三大战役",
    "一张蓝图",
    "另一半",
    "里三层外三层",
    "七大江河",
    # team sports named by their numbers of players
    "三人篮球",
    "铁人三项",  # the triathlon
    "三人制",
    "五人制",
    "七人制",
    "十一人制",
    "三对三",
    "三通一平",
    "一口气",
    "一口咬定",
    "两口子",
    "老两口",  # an old couple
    "小两口",  # a young couple
    "三口之家",
    "金九银十",
)

PREFIX_CANON = {
    "近": "近",
    "将近": "近",
    "接近": "近",
    "约": "约",
    "大约": "约",
    "超": "超",
    "超过": "超",
    "逾": "逾",
    "不足": "不足",
    "不到": "不足",
    "至少": "至少",
}
#: Characters that, just before a prefix qualifier, make it part of a word
#: (签约 节约 最近 附近 赶超 ...) rather than a qualifier.
PREFIX_BLOCKERS = {
    "近": "最附临靠亲邻就贴走逼",
    "约": "签节制合预履公条契特邀相违守誓婚隐",
    "超": "赶高",
    "逾": "",
}
#: Qualifiers after the unit; 十亿美元之多 says "as much as" (人民日报 1998: 之多 was the label).
SUFFIX_CANON = {
    "以上": "以上",
    "及以上": "以上",
    "以下": "以下",
    "及以下": "以下",
    "左右": "左右",
    "之多": "之多",
}

MULT = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "千万": 10**7,
    "百万": 10**6,
    "亿": 10**8,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}


#: Sizes that name no thing alone (面积 of what?); after a count they are the size of what was counted.
BARE_MEASURES = frozenset("面积 总面积 长度 总长度 宽度 高度 重量 总重量 增速 增幅 涨幅 降幅 跌幅".split())
