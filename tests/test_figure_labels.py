"""Labels of figures: the rules of reader.analysis.figure_labels, each with a real news sentence.

The labels of time spans (reader.analysis.span_labels) are tested in test_span_labels.py.
"""

from __future__ import annotations

import pytest
from conftest import label_of
from reader.analysis.figures import find_figures


@pytest.mark.parametrize(
    "sentence, text, labels",
    [
        # _coordinated: a noun joined by 及/和 is part of the subject (人民日报 2017, 都市快报 2026)
        (
            "今年一季度末，本外币非金融企业及机关团体贷款余额77.18万亿元，同比增长7.3%。",
            "77.18万亿元",
            {"企业及机关团体贷款余额"},
        ),
        ("30日下午到前半夜最大偏北风平原地区5~7级，山区和江湖水面6~8级，", "6~8级", {"山区和江湖水面"}),
        ("全国重点零售和餐饮企业销售额与去年春节假期相比增长6.8%；", "6.8%", {"零售和餐饮企业销售额"}),
        # _unit_noun: a measure word that is a noun is what is counted (人民日报 2023)
        ("入汛以来发生的17次强降雨过程，造成18省份的234条河流发生超警以上洪水。", "18省份", {"省份"}),
        ("发布江河洪水干旱水情预警545次，27省份1187个县发布3.48万次县级山洪灾害预警。", "27省份", {"省份"}),
        ("发布江河洪水干旱水情预警545次，27省份1187个县发布3.48万次县级山洪灾害预警。", "1187个", {"县"}),
        # _same_count: a label goes on across people units and to 次, not across other measure words
        ("除了30名工人在岗外，他还带着另外28人在长庆油田作业区收拾落地原油。", "28人", {"工人"}),
        ("2016年，全国进境口岸共计截获外来有害生物6305种、122万次，", "122万次", {"有害生物"}),
        # _TAG_FIX: 举措 is a noun, whatever jieba's dictionary says (人民日报 2023)
        (
            "在当前国际环境复杂严峻、贸易投资前景不明朗的背景下，24条举措展现了中国深化规则、规制、管理、标准",
            "24条",
            {"举措"},
        ),
        # _shared_head: a count naming only a kind shares the noun of the next count (人民日报 2023)
        (
            "今年，水利部有序实施128座大中型、3500座小型病险水库除险加固，",
            "128座",
            {"大中型病险水库除险", "大中型病险水库"},
        ),
        # _visits_doing: a word naming no person after a count in 人次 is what the people do (澳門日報 2026)
        ("再生水講座累計八百人次參與；再生水資訊站吸引三千人次參觀；", "三千人次", {"參觀人次"}),
        # _peak_of: 最高出现在X，为N is the peak of the measure named before (都市快报 2026)
        ("浙中北大部分地区最高气温在19~23℃，最高出现在奉化，为23.2℃；", "23.2℃", {"最高气温"}),
        # after_label: a magnitude before the counted noun, a set phrase ending the clause (湖北日报 2023, 人民日报 2017)
        ("努力打造大健康和新能源新材料两大千亿产业集群。", "两大", {"产业集群"}),
        ("天舟一号进入太空轨道后，一天要经历十五六个白天黑夜。", "十五六个", {"白天黑夜"}),
        # _ASIDE_RE: an aside in brackets does not cut the counted noun (新华日报 2023)
        ("“重点是下沉专家服务，我们设立了15个专家（名医）工作室，实现全覆盖。", "15个", {"专家工作室"}),
        # _CHANGE_END_RE: after 增长 the subject is what grew, not the noun after 的 (人民日报 2023)
        ("叠加去年实际使用外资金额比上年同期增长6.3%的高基数效应，", "6.3%", {"外资金额", "实际使用外资金额"}),
        # size_labels.dimension_of: 见方 after a length is the side of a square (人民日报 2023)
        ("在每只“光伏羊”的耳朵上，都悬挂着2厘米见方的黄色耳标。", "2厘米", {"黄色耳标边长"}),
        # size_labels.away_from: a length before 之外的 and a place is the distance to it (人民日报 2023)
        ("青海的‘绿电’能迅速到达1500多公里之外的河南。", "1500多公里", {"距河南"}),
        # _headless: a whole clause side X的 stands for the ones that are X (都市快报 2026, 人民日报 2017)
        ("记者去了趟大马弄，发现200多米的巷子，卖青团的就有6家。", "6家", {"卖青团的"}),
        ("别看青团看上去多，人来人往，你三个咸的，我三个芝麻的，很快就消下去了。", "三个", {"咸的"}),
        ("个头较小的10元/斤，个头稍大的12~15元/斤，", "10元/斤", {"个头较小的"}),
        ("从就业结构看，从事第一产业的占直接就业人数的8.55%，从事第二产业的占31.43%，", "31.43%", {"从事第二产业的"}),
        ("我家9.5亩耕地天南地北分成26块，最小的才28平方米。", "28平方米", {"最小的"}),  # past the adverb 才
        # (not when a figure cuts the clause: 26个省份的近800家)
        ("日前，中国贸促会对来自26个省份的近800家外资企业进行了调研。", "26个", {"省份"}),
        # _PRONOUN_RE: an age before 的他 is the age of the person named before (辽宁日报 2023)
        ("李殿永是登福社区居民，今年45岁的他肢体一级残疾、视力三级残疾，生活困难。", "45岁", {"李殿永"}),
        # _LISTED_RE: examples closed by 等, then the noun the figure qualifies (辽宁日报 2023)
        ("将8到14岁的听力、言语、肢体等重度残疾儿童也纳入了保障范围。", "8到14岁", {"重度残疾儿童"}),
        # _doing_of: a bare 人数 after <verb>的 is the count of those doing it (澳門日報 2024)
        ("央积金初步预计因修法而受惠的人数约二千人，预计涉及的预算开支一千多万元。", "约二千人", {"受惠人数"}),
        # _label_solo_score: a verb with no opponent after the score (人民日报 2017)
        ("丢掉首局的林丹随后以21∶15扳回一局。", "15", {"林丹对手"}),
        ("丢掉首局的林丹随后以21∶15扳回一局。", "21", {"林丹"}),
        ("林丹在16∶7领先的情况下，连丢14分，被乔斌以21∶16逆转。", "21", {"乔斌"}),
        ("林丹在16∶7领先的情况下，连丢14分，被乔斌以21∶16逆转。", "7", {"林丹对手"}),
        # _verbal_noun: a verb right before an amount or a length, after a noun, is what it measures (澳門日報 2024)
        ("故按比例粗略預計深合區有一百多人申領疾病津貼，預計涉及的預算開支三十多萬元。", "三十多萬元", {"預算開支"}),
        ("王世斌介绍，通过流转草场，10位牧民变股民，预计年分红总计达75万元。", "75万元", {"年分红"}),
        ("受到巡防大队表彰14次，获得奖金7000元。", "14次", {"表彰次数"}),
        # _MONEY_WORDS: 只花了 is the money spent (湖北日报 2023)
        ("“乒乓球设备购买原本需要5万元，居民们出钱出力，最后只花了3000元。", "3000元", {"花费"}),
        # _flow_of: an increase after a balance is a flow, not the balance (人民日报 2017)
        (
            "中长期贷款余额42.32万亿元，同比增长12.7%，增速比上年末高1.6个百分点，一季度增加2.64万亿元，同比多增7081亿元，",
            "2.64万亿元",
            {"中长期贷款增加"},
        ),
        (
            "中长期贷款余额42.32万亿元，同比增长12.7%，增速比上年末高1.6个百分点，一季度增加2.64万亿元，同比多增7081亿元，",
            "7081亿元",
            {"中长期贷款同比多增"},
        ),
        # _described_head: nouns each with an adjective describe the noun after 的 (南方日报 2024, 人民日报 2023)
        ("并精心挑选21名法律功底扎实、办案经验丰富的检察官（检察官助理）担任学校法治副校长，", "21名", {"检察官"}),
        ("从6个方面提出24条针对性强、含金量高的稳外资政策措施，", "24条", {"稳外资政策措施"}),
        ("组建11支群众认可度高、工作能力强的“百千万工程”互助工作队，", "11支", {"百千万工程互助工作队"}),
        ("2015年6月，豫南某基地，两架运输直升机穿过低矮的云层呼啸而来，", "两架", {"运输直升机"}),
        # _OPENING_NAME_RE, _ends_clause: a quoted name opens the phrase, an unknown verb modifies the last noun
        ("两年来，辽宁建起90余处“邮农丰”农产品返城直营店，专门销售农产品，", "90余处", {"邮农丰农产品返城直营店"}),
        # _lone_noun: a lone character after a count ending the clause is the noun counted (新华日报 2023)
        ("“提前接到气象预报和涨水风险提示后，我们第一时间将预警信息传递到70个村。", "70个", {"村"}),
        ("开展系列新时代文明实践活动700余场，惠及79个村（社区）。", "79个", {"村"}),
        # _time_between: 目前 between a subject and its link says when (人民日报 2023)
        (
            "2022年，园区累计生产“绿电”212.6亿千瓦时，以光伏为主的新能源装机总量目前已达1478万千瓦。",
            "1478万千瓦",
            {"新能源装机总量"},
        ),
        # _phrase: a quote left open inside a label is dropped (人民日报 2023)
        ("2022年，园区累计生产“绿电”212.6亿千瓦时，", "212.6亿千瓦时", {"生产绿电"}),
        # _LINKS: 飙升 is a verb of change like 增长 (南方日报 2024)
        ("聪龙制衣公司年生产能力实现近亿元，税收飙升数百万元。", "数百万元", {"税收"}),
        # _unglue: a function character jieba's HMM glued to a made-up word (人民日报 2023, 湖北日报 2023)
        ("“通过调节气息，一种按键指法竟吹出了3个音。", "3个", {"音"}),
        ("2021年，600只羊便“上岗”了。", "600只", {"羊"}),
        ("关岭牛是北盘江流域19个县黄牛的统称，", "19个", {"北盘江流域", "北盘江流域县", "县黄牛"}),
        # _NEGATIONS: 不会 is a verb, not a noun ending in 会 (人民日报 2023)
        ("如果不是“一带一路”，63岁的格罗巴不会如此繁忙。", "63岁", {"格罗巴"}),
        # 力争 steps over to the subject like 达 (湖北日报 2023)
        ("2023年，GDP力争突破1000亿元大关，", "1000亿元", {"GDP"}),
        # 基本 is an adverb (都市快报 2026)
        ("一斤螺蛳基本在8~15元之间浮动。", "8~15元", {"螺蛳"}),
        # _predicate_ahead: a verb before a coverb is the predicate (南方日报 2024, 贵州 2024)
        ("88名志愿者分配在兴奋剂检测站、检录处等点位的多个小组，", "88名", {"志愿者"}),
        ("还能以每吨500元的价格供应给其他乡镇的养牛户。", "500元", {"价格"}),
        ("牛粪还有专人以1立方米上百元的价格上门收购。", "上百元", {"价格"}),
        # _cut_word: a character jieba split off its word (人民日报 2023); _SERIAL_RE: 天宫|二号 (人民日报 2017)
        ("其中，从期限上看，中长期贷款余额42.32万亿元，", "42.32万亿元", {"中长期贷款余额"}),
        ("来到天宫二号后下方52公里处，", "52公里", {"天宫二号"}),
        ("十几吨的天舟一号和8吨多的天宫二号的对接，", "8吨多", {"天宫二号"}),
        # _own_measure_verb: a clause that is only its verb and figure (贵州 2024), not the label before
        ("截至今年6月，全县牛存栏15.92万头、出栏3.2万头，", "3.2万头", {"出栏"}),
        ("带动11505户养殖，每户年均增收8000余元。", "8000余元", {"增收"}),
        # _measure_of: a bare size after a count is the size of what was counted (湖北日报 2023)
        ("东风公司共向张湾区移交不动产95处，面积约10万平方米，", "约10万平方米", {"不动产面积"}),
        # _moved_to and _MODALS: a verb of change with 至 links like 增至 (人民日报 2017, 2023)
        ("进入阳照区时，温度最高可以攀升至150多摄氏度，", "150多摄氏度", {"温度"}),
        ("快递业回暖向好、日均件量恢复至3亿件以上……", "3亿件以上", {"日均件量"}),
        ("湖南证监局决定没收其违法所得449万元，", "449万元", {"违法所得"}),  # 所得 is a noun here
        # _counted_char: a one-character noun the measure word counts (贵州 2024)
        ("他决定扩大养殖规模，增加圈舍，再养30头牛。", "30头", {"牛"}),
        # _head_ahead: a verb inside the phrase only before a head noun it can modify (湖北日报 2023,
        # 人民日报 2023, 江苏 2024); a verbal noun opens no relative clause (河南 2015)
        ("推进黄石市电子信息、新材料等九大主导产业加强国内国际合作，", "九大", {"主导产业"}),
        ("1985年18岁的李革考入北大化学系，", "18岁", {"李革"}),
        ("未来5年在金砖国家设立10个海外学习中心，", "10个", {"海外学习中心"}),
        ("圈出10个地质封存潜力区，", "10个", {"地质封存潜力区"}),
        ("两架运输直升机穿过低矮的云层呼啸而来，", "两架", {"运输直升机"}),
        ("是国家重点保护的78个地方优良畜禽品种之一，", "78个", {"地方优良畜禽品种"}),  # 优良: a state word
        # a count of people named by what they do (澳門日報 2026, 人民日报 2023, 江苏 2024)
        ("截至去年底，合共舉辦逾八千一百場次，近五萬九千人次參與。", "近五萬九千人次", {"參與人次"}),
        ("举办就业推介会37次，190人出狱即就业。", "190人", {"出狱人数", "出狱即就业人数"}),
        ("今年以来，东成镇累计开展互助活动4200余次，带动6万人次参与。", "6万人次", {"参与人次"}),
        ("目前全省新增残疾人就业12425人，培训9225人次。", "9225人次", {"培训", "培训人次"}),
        # a change from one figure to another keeps the subject (人民日报 1998, 2023)
        ("记录轨道间隔由０．７４微米调整为０．３７微米。", "０．３７微米", {"记录轨道间隔"}),
        # by how much, with a hedge before the link (人民日报 2023)
        ("黄河中下游干流水位偏低0.53米至3.60米。", "0.53米至3.60米", {"黄河中下游干流水位偏低"}),
        ("“中小河流流域面积一般为200至3000平方公里，", "200至3000平方公里", {"中小河流流域面积"}),
        # a change against the trading day before names the index, not the day (人民日报 1998)
        ("收盘时的指数为１４６６４·４４点，比上一个交易日下跌３３０·６６点。", "３３０·６６点", {"指数"}),
        # (辽宁 2024, 人民日报 2023, 湖北日报 2023, 广西 2024)
        ("2023年，全省将实施困难残疾人家庭无障碍改造1.5万户，", "1.5万户", {"改造户数"}),
        ("中国代表团的89名运动员平均年龄为14.6岁。", "89名", {"运动员"}),  # 平均 opens a new measure
        ("探头望去：十几个十来岁的小男孩在紧张地忙碌着，", "十几个", {"小男孩"}),  # past the age
        ("目前，全区养老床位3000余张，每千名老人拥有床位46张。", "46张", {"每千名老人床位"}),
        ("“观豚船舶在靠近中华白海豚300米以内时，降速", "300米", {"距中华白海豚"}),
        ("事故地点距离人民医院上百公里，", "上百公里", {"事故地点距人民医院", "地点距人民医院"}),
        ("光伏组件的离地间隙由0.5米提升至1.2米，", "0.5米", {"离地间隙", "光伏组件的离地间隙"}),  # no 距地间隙
        # 时候 is no label: the list goes on (人民日报 2023)
        ("基地现有刑满释放人员58人，比起2012年最多时候的118人少了不少。", "118人", {"刑满释放人员"}),
        # size_labels.dimension_of: a length, then 宽/高… and a noun (人民日报 2017, 辽宁 2024); _DETERMINERS; 场次
        ("推行按户连片耕种，要在原有田埂上拓宽，修出3米多宽的机耕道走农机，", "3米多", {"机耕道宽度"}),
        ("蹲便器安在一个20厘米高的台阶上……", "20厘米", {"台阶高度"}),
        ("未来的空间站建造阶段，从8吨到180吨的各种航天器，都要实现各种方式对接。", "8吨到180吨", {"航天器"}),
        ("截至去年底，合共舉辦逾八千一百場次，", "逾八千一百場次", {"舉辦場次"}),
        # _QUOTED_MODIFIER_RE: quoted names before 的 qualify the counted noun (江苏 2024, 人民日报 2015)
        ("将原来26个专业窗口，整合成14个“一窗通办”的综合窗口，", "14个", {"综合窗口"}),
        ("数十项“中外混血”“土洋结合”的招法走进训练场。", "数十项", {"招法"}),
        # 平均 inside a noun phrase belongs to it (人民日报 2023)
        ("经济年均增长4.5%左右，增速远高于世界经济平均增速1.8%，", "1.8%", {"世界经济平均增速"}),
        # a verb with its aspect particle is no subject; 遍 counts the doing (人民日报 2023)
        ("工厂不仅让我有体面的生活，而且还养活了附近200多人。", "200多人", {"养活人数"}),
        ("水库以低于汛限水位运行，每天巡查两遍重点部位，确保万无一失。", "两遍", {"巡查次数"}),
        # a clause that says only when links to the subject of the clause before (人民日报 1998)
        (
            "１９９７年以来，企业货币资金占用系数一直呈上升趋势，１１月末达１３％，比年初提高３个百分点。",
            "１３％",
            {"企业货币资金占用系数", "货币资金占用系数"},
        ),
        # a count of people is none of the people named after it (都市快报 2026); 师生 is no name
        ("涉案三人鲁世君、傅国伟、金观木都来自杭州萧山，", "三人", {"涉案人数", "涉案人员"}),
        ("2018年夏天，中央音乐学院派出20余名师生组成的团队，", "20余名", {"师生"}),
        # examples, then 等 and a count whose measure word is the noun (湖北日报 2023)
        ("由海关总署、发展改革委、财政部等七部委组成联合验收组，", "七部委", {"财政部等部委"}),
        # a relative clause that runs past another figure to its noun (人民日报 2023)
        ("已累计有1.65万名来自广西32所高校的志愿者上岗服务。", "1.65万名", {"志愿者"}),
        ("还包括人居环境整治提升11个村约3000亩村庄环境，", "11个", {"人居环境整治", "村"}),  # no 村约
        ("2023年，全省将实施困难残疾人家庭无障碍改造1.5万户，任务量较2022年翻一番。", "翻一番", {"改造户数"}),
        # a currency alone is the unit, not the label; 以…被收购 names the price (都市快报 2026)
        ("退市时药明康德的市值约为33亿美元，约合人民币210亿元。", "210亿元", {"市值"}),
        ("一季度末，人民币房地产贷款余额28.39万亿元，", "28.39万亿元", {"人民币房地产贷款余额"}),
        ("实现从项目启动到以1.4亿美元被收购的神速跨越。", "1.4亿美元", {"收购价"}),
        ("单向买入万向钱潮股票1137.68万元，公告后全部卖出，结果亏了45.47万元。", "45.47万元", {"亏损"}),
        # 符合条件 opens a relative clause (jieba's dictionary has it a noun) (辽宁 2024)
        ("今年以来，辽宁已救助7367名符合条件的残疾儿童，", "7367名", {"残疾儿童"}),
        # _joins_modifiers: two modifiers of one noun joined by 及 (人民日报 1998)
        (
            "实现销售收入１５２３０．８亿元，占６．７万户国有及国有控股企业的６０％；",
            "６．７万户",
            {"国有及国有控股企业"},
        ),
        # _PLACE_HEADS: a name before 街道 is a place's; _person_at_home: a name and 家 (辽宁 2024, 湖北日报 2023)
        ("李殿永是辽阳市白塔区文圣街道登福社区居民，今年45岁的他肢体一级残疾、视力三级残疾，", "45岁", {"李殿永"}),
        ("75岁的李纪兰和76岁的赵福全赶到79岁的刘满家，捎来一个好消息。", "79岁", {"刘满"}),
        # _AGE_LIMIT_RE: an age after 未达 is a limit (澳門日報 2026)
        ("而央積金具有可攜性，一般未達六十五歲不可提取，", "六十五歲", {"年龄", "年齡"}),
    ],
)
def test_labels(sentence: str, text: str, labels: set[str]) -> None:
    assert label_of(sentence, text) in labels


@pytest.mark.parametrize(
    "sentence, text, bad",
    [
        # _WHEN_RE: 时 after a figure says when, it names nothing (辽宁 2024, 广西 2024)
        ("家住大连市的诺诺（化名），5岁时经医院确诊为耳聋，", "5岁", "时经医院"),
        ("“观豚船舶在靠近中华白海豚300米以内时，降速并保持平稳航行”", "300米", "以内时"),
        ("我们还协商开通了林查班—钦州港‘水果快线’，一周5班，", "5班", "协商"),  # the subject is 我们
        # _carries: a label made for one measure goes on to no other (人民日报 1998, 江苏 2024)
        ("首次采用该工艺完成浇灌的梁体长度约33米、梁顶宽约12米、重约724吨，", "约724吨", "梁体长度"),
        ("直到终场前３分钟还落后５分。", "５分", "距终场时间"),
        ("那段时间，他往李殿永家跑了不下5次，", "5次", "不下次数"),  # 不下 qualifies, it is no doing
        # _same_count: 197 people are no 事件 (新华日报 2024)
        ("今年夏天，岔河镇巡防联盟共劝阻未成年人玩水等事件86次197人，", "197人", "事件"),
        ("2002年，各村组选出8—10个代表，两班人、两根尺同时量地。", "两根", "人"),
    ],
)
def test_not_labels(sentence: str, text: str, bad: str) -> None:
    assert label_of(sentence, text) != bad


def test_age_names_the_person_after_a_modifier() -> None:
    """lead_label past a modifier closed by 的 (辽宁 2024)."""
    assert label_of("家住大连市甘井子区的诺诺（化名），5岁时经医院确诊为耳聋，", "5岁") == "诺诺"


# --- round 8: counts and amounts ---


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # _agent_relative: a person's relative clause qualifies the thing counted (人民日报 2023)
        ("本届学青会运动员村已收到430余封运动员手写的感谢信，诚挚的情感洋溢其间。", "430余封", "感谢信"),
        # _whole_name: a name jieba cut after two characters (人民日报 2023, 人民日报 2017)
        ("”75岁的市民鲁善培挥了挥手上的球拍说。", "75岁", "市民鲁善培"),
        ("年近五十的张会全从监狱出来后跟着沈长顺干了10多年，", "年近五十", "张会全"),
        # _doing_after: a doing that closes the clause after the figure (人民日报 1998, 澳門日報 2026)
        ("从２月起实施２万亿日元的特别减税；", "２万亿日元", "特别减税"),
        ("公告发布五点提醒：一、美以在伊朗的行动还将继续，", "五点", "提醒"),
        # 外快 is a noun: the money earned (人民日报 2017)
        ("我还有时间开着拖拉机走村串户，每年都能赚几万元外快。", "几万元", "外快"),
        # 多 left by the figure before the noun counted (湖北日报 2023)
        ("14亿多中华儿女以“拼”的精神、“闯”的劲头，", "14亿", "中华儿女"),
        # _time_modifier: a time word that dates nothing qualifies the noun (南方日报 2024)
        ("并勾画出六大未来产业的发展路径，", "六大", "未来产业"),
        # _coordinated_doing: a verb joined by 和 to nouns is named with them (人民日报 2017)
        ("在徐霞客镇，有228项行政审批和公共服务事项实行“一窗式”受理，", "228项", "行政审批和公共服务事项"),
        # _whose: a bare count opening a clause counts the subject of the clause before (人民日报 2017)
        ("全省彩虹基地已累计安置刑满释放人员5000余人，数量已经发展到358个，", "358个", "全省彩虹基地数量"),
        # _household: 一家四口 (都市快报 2026)
        ("朱先生家的房子租住着一家四口，夫妻俩带着两个孩子。", "四口", "家庭人口"),
        # _threshold_of: an amount right after its measure, qualifying a noun (人民日报 1998, 人民日报 2023)
        ("千户企业销售收入１００亿元以上的企业２３户，", "１００亿元以上", "企业销售收入"),
        ("连续3日累积雨量50毫米以上雨区的覆盖面积达到15万平方公里，", "50毫米以上", "累积雨量"),
        # _per_time_earning: 日赚, one word jieba does not know (都市快报 2026)
        ("折算成天数的话，公司日赚约5247万元。", "约5247万元", "公司日赚"),
        # _counted_doing: a count of times counts the doing (人民日报 2017)
        ("科技人员先后对天舟一号实施了5次远距离导引控制，精准到位，", "5次", "远距离导引控制"),
    ],
)
def test_round8_counts_and_amounts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # the rules above leave these alone (都市快报 2026, 新华日报 2024, 澳門日報 2026, 南方日报 2024)
        ("口味分为芝麻、豆沙、春笋雪菜豆腐干3种，价格是10元3个。", "10元", "价格"),
        ("法新社报道，萨菲丁50多岁或60岁出头，有灰色胡子，戴眼镜。", "60岁", "萨菲丁"),
        ("浙江省气象服务中心说，假期三天午后暖意十足，", "三天", "假期"),
        ("目前已经有超过1.5万个鸿蒙原生应用和元服务上架，", "超过1.5万个", "鸿蒙原生"),
        ("与塔拉滩园区这片占地面积逾600平方公里的光伏“蓝海”互相配合。", "逾600平方公里", "光伏蓝海占地面积"),
    ],
)
def test_round8_guards(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 9: counts and amounts ---


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # _share_cut: a share whose whole a count cuts off is the share of what the clause before measures
        # (人民日报 1998)
        (
            "截至１９９７年１１月末，千户企业实现工业总产值９５８８．２亿元（不变价），"
            "占６．７万户国有及国有控股企业工业总产值的４０．９％；",
            "４０．９％",
            "工业总产值占比",
        ),
        ("实现销售收入１５２３０．８亿元，占６．７万户国有及国有控股企业的６０％；", "６０％", "销售收入占比"),
        # _object_of_dui: a count after 对 is the object of the doing that closes the phrase (湖北日报 2023)
        (
            "中国贸促会对160多家在华外资企业和外国商协会进行的调研结果显示，99.4%的受访",
            "160多家",
            "外资企业和外国商协会",
        ),
        # _last_person: a surname and a word of kin name the person (人民日报 2023)
        (
            "正在接受评估的是家住南京市六合区冶山镇的陈爷爷，今年71岁的他想申请南京市长期护理保险，",
            "71岁",
            "陈爷爷",
        ),
        # _peak_clause: 最高达 alone takes the measure the clause before ends with (人民日报 2023, 南方日报 2024)
        ("新规引得群众点赞，3个预防接种门诊的周末单日接种量，最高达569针次。", "569针次", "单日接种量"),
        ("广东工业机器人产量增速近5年来远超全国增速，最高达56.5%，", "56.5%", "工业机器人产量增速"),
        # a figure opening a quote opens its clause: the people are named by what they do (人民日报 2023)
        ("更响应“三亿人参与冰雪运动”的号召，掀起一股冰雪运动热。", "三亿人", "参与人数"),
        # _FROM_WHEN_RE: 从<a time>的 between an income and its amount says when (人民日报 2023)
        ("闽宁镇年人均可支配收入从移民之初的500元左右，增长到2021年的1.6万余元。", "500元左右", "可支配收入"),
        # _verbal: a phrase jieba lacks is a noun when its last word is (关联|产业|规模) (人民日报 2023)
        ("到2025年，算力核心产业规模将不低于4.4万亿元，关联产业规模可达24万亿元。", "24万亿元", "关联产业规模"),
        # _TAG_FIX 青年, 来电: nouns (人民日报 2023, 人民日报 2017)
        ("来自中国9所高校的39位师生和8位外国青年，深入成都大街小巷，", "8位", "外国青年"),
        ("2011年的一天，沈长顺发现手机上有5个未接来电。", "5个", "未接来电"),
        # _HEAD_WORDS 方式; _kind_head_ahead: an unknown verb before a head of a kind (人民日报 2023)
        ("如今，石泉县整合10余种民情民意收集方式：", "10余种", "民情民意收集方式"),
        ("学校形成16条国内研学项目线路及20余万字的研学手册。", "16条", "国内研学项目线路"),
        # _suffix_glued, a lone noun's adjective: names jieba cut (人民日报 2017, 人民日报 2023)
        ("旅邮检截获禁止进境物58.3万批次，同比增长16.87%，", "58.3万批次", "进境物"),
        ("整治住宅群租5处，拆除隔间15间、高低床18个；", "18个", "高低床"),
        ("整治非住宅违法居住2处，封门10间、拆除高低床5个。", "5个", "高低床"),
        # _GENERATION_RE: 90后 qualifies the people counted (人民日报 2023)
        ("近日，本报记者采访来自天津、南京、成都的三名90后年轻人，", "三名", "90后年轻人"),
        # 加快 links a pace to its change; 完成进度 opening the clause is one measure (人民日报 2017)
        ("完成全年1.8万亿元投资目标的9.6%，完成进度较去年同期加快3个百分点。", "3个百分点", "完成进度"),
        # _long_headless: a share of the ones doing something long (人民日报 2017)
        ("升入各类高一级学校就读的占25.10%，中高职衔接立交桥不断拓宽，", "25.10%", "升入高一级学校就读的"),
        # _done_of_previous: a verb alone counts what the count before counts, done (人民日报 2023)
        ("书记累计受理各类民情10193件，已办结10019件，办结率达98.3%，", "10019件", "办结民情"),
        # 较去年全年 is the base; a bare 增速 is the growth of what the figure before measures
        # (人民日报 2017, 湖北日报 2023)
        ("完成营业性货运量59.3亿吨，同比增长8.2%，增速较去年全年加快2.6个百分点。", "2.6个百分点", "货运量增速"),
        ("2022年，宜都GDP预计突破900亿元，增速8%。", "8%", "GDP增速"),
    ],
)
def test_round9_counts_and_amounts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


def test_round9_guards() -> None:
    """A known verb before a noun that goes on is the predicate (人民日报 2023)."""
    assert label_of("209个设区市开通城际公交线路，城乡公交服务覆盖49%的建制村，", "209个") == "设区市"


def test_round9_a_span_lends_no_growth() -> None:
    """A span's label is no owner of a bare 涨幅 (都市快报 2026)."""
    assert label_of("药明康德回归A股后，上市一个月的涨幅就高达417.34%，市值超1200亿元，", "417.34%") == "涨幅"


# --- round 10: counts and amounts ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _cut_base: the base of a comparison is no subject (人民日报 2023)
        ("2022年全国小学专任科学教师总量比2012年增长了35.3%，初高中理科类教师稳中有增。", "35.3%", "专任科学教师总量"),
        ("“亲子游”相关的酒店预订量较2019年同期增长150%，", "150%", "酒店预订量"),
        ("集体林森林蓄积量比林改前增加了近85%，有林地面积增加了近4亿亩。", "近85%", "集体林森林蓄积量"),
        ("科研经费较此前增加了46%。", "46%", "科研经费"),
        # _FROM_WHEN_RE: a share, a count said at a time before it moved (人民日报 2023)
        ("森林覆盖率由1986年的8%提高到2020年的73%，", "8%", "森林覆盖率"),
        ("森林覆盖率由1986年的8%提高到2020年的73%，", "73%", "森林覆盖率"),
        ("跨境电商货物进出口规模占外贸比重由5年前的不足1%上升到目前的5%左右。", "不足1%", "占外贸比重"),
        # _moved_list_names: a list moved to a second list, in order (人民日报 2023)
        ("湿地内动物、植物数量分别由生态修复前的310种、383种增加到现在的458种、627种，", "458种", "动物"),
        ("湿地内动物、植物数量分别由生态修复前的310种、383种增加到现在的458种、627种，", "627种", "植物数量"),
        # _NOW_WORDS: 今年, 当年 between a subject and its figure say when (人民日报 2023)
        ("张伟今年40岁，济南平阴县人，2012年到市区干木工。", "40岁", "张伟"),
        ("青岛大学退休教师孙永志今年82岁，精神矍铄，", "82岁", "退休教师孙永志"),
        ("与此同时，机动车保有量当年已达到270余万辆，", "270余万辆", "机动车保有量"),
        # _PRONOUN_END_RE, _split_name: a 她, 他 whose age it is stands for the person named before (人民日报 2023)
        ("这是杨本芬开始写作时的场景。那时的她60多岁，从江西南昌退休，", "60多岁", "杨本芬"),
        ("庄玉簪并非平阳本地人，而是相邻的苍南县人。1996年12月，15岁的她即将初中毕业，", "15岁", "庄玉簪"),
        ("之前，这最难的部分由赵庚辰来教，“那会儿他已经80多岁了，但还是一点点给我们抠细节。”", "80多岁", "赵庚辰"),
        # _MEDALS: 金, 银, 铜 count medals (人民日报 2023)
        ("中国游泳队在本届亚运会获得28金21银9铜，创造参加亚运会以来的历史最好成绩。", "28金", "金牌"),
        ("在奖牌榜上，中国队以15金7银6铜遥遥领先。", "7银", "银牌"),
        # 压缩, 压减 link a subject to its change like 缩短 (人民日报 2023)
        ("今年上半年，厦门口岸进出口整体通关时间同比分别压缩9.76%、29.08%。", "9.76%", "进出口整体通关时间"),
    ],
)
def test_round10_counts_and_amounts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # 占比, 可比, 比对, 比武 are no bases (人民日报 2023)
        ("这样的优质鲜果一年产量占比最多40%，", "40%", "年产量占比"),
        ("眼下，平台的比对成功率已达80%。", "80%", "成功率"),
        # a 她 before an age that qualifies a noun after it is not whose age it is (人民日报 2023)
        ("书房内沙沙的翻书声，让市民郑女士和她12岁的儿子不由得放轻了脚步。", "12岁", "儿子"),
    ],
)
def test_round10_guards(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 11: counts and amounts ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _TAG_FIX: nouns jieba has as verbs or adjectives, the object a count closes on (人民日报 2023)
        ("工作开展以来，共收集到诉求3794件，办结3731件，办结率98.34%。", "3794件", "诉求"),
        ("工作开展以来，共收集到诉求3794件，办结3731件，办结率98.34%。", "3731件", "办结诉求"),
        ("江西省抚州市开展了延包试点，成功签订延期合同4000多份，大大稳定了生产经营主体的预期。", "4000多份", "合同"),
        ("据悉，龙兴寺遗址窖藏出土佛教造像400余尊，跨越北魏到北宋近500年，", "400余尊", "佛教造像"),
        ("投入新能源公交车121台，在范家屯镇等地配套增设新能源充电桩36个。", "36个", "新能源充电桩"),
        ("共建成58座直流快充站，配备快充桩112个、慢充桩120个，", "120个", "慢充桩"),
    ],
)
def test_round11_counts_and_amounts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _amount_of_doing: an amount after a doing with no subject is named by the doing (人民日报 2023)
        ("除去成本，每年亩均增收约300元。", "约300元", "亩均增收"),
        ("“今年我们又摆放了100万段木耳，占地100亩。”", "100亩", "占地面积"),
        ("“参会第一年，白沟箱包企业便实现出口500万美元。”金雪飞说。", "500万美元", "出口额"),
        ("村集体经济总量突破200万元，种植户人均增收上万元，", "上万元", "人均增收"),
    ],
)
def test_round11_amounts_of_a_doing(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 12: counts and amounts ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _count_of_doing: a count closing its clause after a noun and its doing (人民日报 2023)
        ("“此次汛情，共造成抱龙镇房屋倒塌65间、严重损毁76间、道路塌方82处。", "65间", "房屋倒塌"),
        ("今年前两个季度，市场里肉牛成交4.09万头，交易额达5.29亿元。", "4.09万头", "肉牛成交"),
        ("如今，“李志强班”累计实现工艺创新126项，自行研制工装工具312件，", "126项", "工艺创新"),
        ("企业外国发明专利授权1313件，同比增长27%。", "1313件", "发明专利授权"),
        # not what a count became, nor a count of the noun after it
        ("中介私自添加隔断改变原住房结构，把原本6间房改成了8间，一共住了20个人。", "8间", "房"),
    ],
)
def test_round12_count_of_a_doing(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _RECORD_HEADS: 数据/报告/资料 after a noun head a compound (人民日报 2023)
        ("目前，基础数据经过整理分析后，实有人口数据达到280余万条，人房关联率达到90%以上。", "280余万条", "人口数据"),
        ("全省纪检监察系统共开展调研5090次，形成调研报告1318篇，", "1318篇", "调研报告"),
    ],
)
def test_round12_record_heads(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 13: counts and amounts ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _anniversary_of: an anniversary is of the doing and its subject before it (人民日报 2023)
        ("今年是共建“一带一路”倡议提出10周年。", "10周年", "共建一带一路倡议提出"),
        ("今年是阿坝藏族羌族自治州成立70周年。", "70周年", "阿坝藏族羌族自治州成立"),
        ("在庆祝中国共产党成立100周年之际，上海京剧院历时6年多筹备创作的现代京剧。", "100周年", "中国共产党成立"),
    ],
)
def test_round13_anniversary_of(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 14: counts and measures ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # size_labels.attribute_of: an attribute word before a figure in its unit, of the noun after 的 (人民日报 2023)
        ("在塔克拉玛干沙漠西北边缘筑起了一道长57公里、宽46公里的生态安全屏障，", "57公里", "生态安全屏障长度"),
        ("在塔克拉玛干沙漠西北边缘筑起了一道长57公里、宽46公里的生态安全屏障，", "46公里", "生态安全屏障宽度"),
        (
            "走进生活垃圾协同处置项目现场，一个深达15米、容量达2万多立方米的垃圾坑中，巨大的机械抓手在不停地抓取。",
            "15米",
            "垃圾坑深度",
        ),
        ("一台满是木屑的木工车床上，一截长约25厘米、直径约10厘米的木头被固定其中。", "约25厘米", "木头长度"),
        ("海拔1000多米的哨所边，一棵高大的樟子松巍巍矗立。", "1000多米", "哨所海拔"),
        # … of the noun before it, or of the thing the figure before measured (人民日报 2023; 钱江晚报)
        ("缩龙重数百斤，长达33米，色彩艳丽，由众人托举而起。", "数百斤", "缩龙重量"),
        ("缩龙重数百斤，长达33米，色彩艳丽，由众人托举而起。", "33米", "缩龙长"),
        ("剑阁柏，又名“松柏长青树”，树高27米，粗壮挺拔。", "27米", "树高"),
        ("这片屋盖面积达2万平方米，相当于48个标准篮球场，重达3500吨，是2000辆越野车的总和。", "3500吨", "屋盖重量"),
        ("江口明末战场遗址所在的河道长2公里，宽500米，整个遗址面积约100万平方米。", "500米", "河道宽"),
        ("往常１月份正是最好的滑雪季节，积雪可厚达２米左右；而今年，大部分山坡绿草茵茵。", "２米左右", "积雪厚"),
        # not a change (增长, 提高) nor an attribute with no thing before it
        ("水位上涨2米，堤防提高1米。", "1米", "堤防"),
    ],
)
def test_round14_attribute_of(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _age_name: a name right beside an age that jieba cuts apart or calls a verb (人民日报 2023)
        ("“再加一碗米饭。”81岁的张大力享受了老人折扣价，两荤一素一主食。", "81岁", "张大力"),
        ("这两年，76岁的孙大田每天都要这样远距离取水。", "76岁", "孙大田"),
        ("达娃今年38岁，是土生土长的琼林村人。", "38岁", "达娃"),
        ("85岁的卡孜木·哈得尔说。", "85岁", "卡孜木·哈得尔"),
    ],
)
def test_round14_age_name(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 14b: ages, scores, lists ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _person_further_back: the 他/她 of an age stands for a person named several sentences back (人民日报 2023)
        (
            "炎炎夏日，车间里，穿着无尘服的李晓燕仔细查看模具试模情况，与技术员交流项目细节。"
            "工艺参数如何设定？模具是否需要调整？22岁的她是所在工程组里最年轻的成员。",
            "22岁",
            "李晓燕",
        ),
        # _first_person: 我 names himself with 我叫 (人民日报 2017), or is the speaker before the quote
        ("我叫肖家新，是个农民。照片上，很难看出我64岁了吧。", "64岁", "肖家新"),
        ("傅某说：“我已经70多岁了，还能干。”", "70多岁", "傅某"),
        ("村民张桂兰告诉记者：“我今年70多岁了，还能干。”", "70多岁", "张桂兰"),
        # a 我 whose speaker is not named before the quote is left to the rules after
        ("“我40岁那年才算真的入行。”", "40岁", ""),
    ],
)
def test_round14b_pronoun_age(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


def _score_labels(paragraph: str) -> list[tuple[str, str]]:
    from reader.analysis.figures import find_figures

    return [(f.text, f.label) for f in find_figures([paragraph])]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # _side_before: a score whose clause holds only 以 is the side named earlier in the sentence (人民日报 2023)
        (
            "首局比赛，中国女排失误较多，土耳其女排在拦防环节占据优势，以25∶22先下一城。",
            [("25", "土耳其女排"), ("22", "土耳其女排对手")],
        ),
        (
            "土耳其女排充分发挥进攻优势，中国女排在网口拦防不力，以19∶25和16∶25连丢两局。",
            [("19", "中国女排"), ("25", "中国女排对手"), ("16", "中国女排"), ("25", "中国女排对手"), ("两局", "连丢")],
        ),
        ("进攻多点开花，中国女排以3∶1战胜对手。", [("3", "中国女排"), ("1", "中国女排对手")]),
        # _RESULT_AFTER_RE: the opponent ends before what the win brought
        ("中国女篮以73∶71战胜日本女篮夺得冠军。", [("73", "中国女篮"), ("71", "日本女篮")]),
    ],
)
def test_round14b_score_sides(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _score_labels(paragraph) == expected


def test_round14b_score_standing_alone() -> None:
    # a score that is its own clause, with no 以, is not given the last team named (人民日报 1998)
    labels = dict(_score_labels("八一队和浙江中欣队打出了本轮比赛差距最大的比分，１１０∶６３，八一队胜；"))
    assert labels["６３"] != "浙江中欣队对手"


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _each_of: a count after 各 is one for each thing listed before it (人民日报 2023, 新华日报 2024)
        ("近年来，连队荣立集体一等功、二等功、三等功各1次，荣获称号。", "1次", "一等功、二等功、三等功"),
        ("仅今年上半年就新开通国内、国际集装箱航线各3条。", "3条", "国内、国际集装箱航线"),
        ("本次世锦赛，中国跳水队派出男女运动员各9名参加全部13个项目的角逐。", "9名", "男女运动员"),
        ("已发现锶矿、陶土矿大型矿产地各1个，晶质石墨矿中型矿产地2个。", "1个", "锶矿、陶土矿大型矿产地"),
        # a noun after the figure says what it counts: it stays
        ("中国跳水队派出男、女各9名运动员参加比赛。", "9名", "运动员"),
    ],
)
def test_round14b_each_of(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # 享年/终年: the age at death is the person's who died, named in the clause before
        ("著名作家王蒙因病在北京逝世，享年98岁。", "98岁", "著名作家王蒙"),
        ("这位了不起的母亲于2004年去世，享年106岁。", "106岁", "母亲"),
        ("专家李昌钰当天在位于内华达州的家中逝世，享年87岁。", "87岁", "李昌钰"),
    ],
)
def test_round14b_died_at(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


def test_round14b_score_place_before() -> None:
    # the place of a match before 以 is not its side (人民日报 2023)
    labels = _score_labels("半决赛的对手是波兰女排，中国女排曾在分站赛以0∶3失利。")
    assert labels == [("0", "中国女排"), ("3", "中国女排对手")]


# --- round 15: counts ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _compared_with_before: 较…前增长 compares with the time before a doing; what grew is the figure before
        (
            "海口公交日均发班8206趟次；日均运送乘客16.96万人次，较优化前增长35.21%。",
            "35.21%",
            "日均运送乘客",
        ),
        ("到站准点率90%，较优化前增长12.5%。", "12.5%", "准点率"),
        # _counted_title: a title in 《》 after a count is what it counts (人民日报 2023)
        (
            "至今已有近2亿册《新华字典》发放到农村义务教育阶段孩子手中。",
            "近2亿册",
            "《新华字典》",
        ),
        # _verb_after: a noun measure word before its predicate is what is counted (人民日报 2023)
        ("此次3部门发文，将为保护个人信息织起怎样的“防护网”？", "3部门", "部门"),
        ("在16省份设置113个执勤点前置备勤。", "16省份", "省份"),
        ("近期，商务部、中华全国供销合作总社等9部门印发《县域商业三年行动计划》。", "9部门", "部门"),
        ("前不久，教育部等18部门联合印发《关于加强新时代中小学科学教育工作的意见》。", "18部门", "教育部等部门"),
        # a verbal noun ending its clause is the noun counted
        ("重点将做好四方面工作：围绕稳定大宗消费。", "四方面", "工作"),
        # _temperature_named: a temperature after a verb the subject does not step over (人民日报 2023)
        ("“小宇，将空调温度调到26摄氏度。", "26摄氏度", "空调温度"),
        ("让冷冻食材温度波动小于0.2摄氏度，大大提升鲜味留存率。", "0.2摄氏度", "温度波动"),
        ("我们开通了冷链班列，温度上下波动控制在3摄氏度以内，减少了产品损耗。", "3摄氏度", "温度上下波动"),
        ("哪怕是夏日，海拔4700米的小城聂荣最低温度依旧在0摄氏度左右徘徊。", "0摄氏度左右", "小城聂荣最低温度"),
    ],
)
def test_round15_counts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 16: counts ---


def _labels(sentence: str) -> list[tuple[str, str]]:
    from reader.analysis.figures import find_figures

    return [(f.text, f.label) for f in find_figures([sentence])]


def test_round16_set_scores_name_the_sides() -> None:
    """_set_series: the sets of one match, a verb of winning after the last, each take the player and the
    opponent (人民日报 2023; not the 鏖战用时 of the span before, carried)."""
    labels = _labels(
        "张之臻经过4小时29分钟鏖战，以7∶5，7∶5，6∶7（5），4∶6，6∶3战胜美国选手、世界排名第四十五位的沃尔夫。"
    )
    assert labels[1:] == [("7", "张之臻"), ("5", "美国选手"), ("7", "张之臻"), ("5", "美国选手")] + [
        ("6", "张之臻"),
        ("7", "美国选手"),
        ("4", "张之臻"),
        ("6", "美国选手"),
        ("6", "张之臻"),
        ("3", "美国选手"),
    ]
    assert _labels("郑钦文发挥出色，最终以6∶4，6∶1战胜对手。") == [
        ("6", "郑钦文"),
        ("4", "郑钦文对手"),
        ("6", "郑钦文"),
        ("1", "郑钦文对手"),
    ]
    assert _labels("广东宏远队以８１∶７２战胜四川蓝剑队。") == [("８１", "广东宏远队"), ("７２", "四川蓝剑队")]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _own_measure_verb: a percent after a measure verb, past a modal (人民日报 2023; not the 成本 before)
        ("现在1亩成本400多元，拖拉机深耕达到60厘米，每亩可增产30%。", "30%", "增产"),
        # a noun and its verb before a figure say what it is, not a link to the label before (人民日报 2023)
        ("“1.9万元医疗费，工伤保险报销了1.8万多元，别担心了！”", "1.8万多元", "工伤保险报销"),
        ("一般贸易进出口占进出口总额的比重上升到65.4%，民营企业进出口增长6.7%。", "6.7%", "民营企业进出口"),
        ("将过去20余块牌子拆除减少到16块。", "16块", "牌子"),
        # _changed_object: a change after a verb of change and its object is that object's (人民日报 2023)
        ("通过路口平均等待时间缩短54秒，降幅达36.1%，每辆车每年累计减少碳排放5%左右。", "5%左右", "碳排放"),
        # _kind_modifier: a bare measure takes back the verb or Latin name jieba cut off before it (人民日报 2023)
        ("2021年起，又将财政扶持村补助标准提高到不低于100万元，示范推动各地加大资金支持力度。", "100万元", "补助标准"),
        ("今年上半年，全市空气质量综合指数同比下降7.9%，PM10浓度同比下降12.36%。", "12.36%", "PM10浓度"),
        ("10个试点地区累计发行养老理财产品51只，投资者累计购买金额约1005.55亿元。", "约1005.55亿元", "购买金额"),
    ],
)
def test_round16_counts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _result_of: 以<figure>的成绩 is whose result (人民日报 2023; 成绩 alone says not whose)
        ("在率先展开的女子100米决赛中，中国体育代表团选手葛曼棋以11秒23的成绩夺冠。", "11秒23", "葛曼棋成绩"),
        (
            "杭州亚运会男子4×100米接力决赛，由陈冠锋、谢震业、严海滨和陈佳鹏组成的中国队以38秒29的成绩夺得冠军。",
            "38秒29",
            "中国队成绩",
        ),
        (
            "中国体育代表团选手邹佳琪/邱秀萍以7分06秒78的成绩率先冲线，摘得本届亚运会首枚金牌。",
            "7分06秒78",
            "邹佳琪/邱秀萍成绩",
        ),
        (
            "谢智宇从第四名成为第三名，以48秒78的成绩获得铜牌，这一成绩也打破了该项目49秒03的全国纪录。",
            "48秒78",
            "谢智宇成绩",
        ),
    ],
)
def test_round16_results(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 17: counts ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _opening_attribute: 全长/总面积/主跨/海拔 opening a clause (人民日报 2023; the bare word says of what not)
        ("301路连接中心城区和播州区，全长27.5公里，往返共有102个站点。", "27.5公里", "301路全长"),
        (
            "孙翼所在的桃溪镇，距离县城26公里，总面积140平方公里，其中山坡面积就有17万亩。",
            "140平方公里",
            "桃溪镇总面积",
        ),
        ("伶仃洋大桥全长2826米，主跨1666米，主塔高270米。", "1666米", "伶仃洋大桥主跨"),
        ("最高处是高山和森林，村寨在海拔1400米左右，位于云海高度之上。", "1400米左右", "村寨海拔"),
        ("身高一米六，体重90斤，在很多人眼里，余子妍的身体条件似乎很难。", "90斤", "体重"),
    ],
)
def test_round17_opening_attribute(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _aspects_listed: 方面 counted after a list of them (人民日报 2023; 方面 alone names the aspects of nothing)
        (
            "新课标明确了科学课程的目标是培养学生核心素养，主要包括科学观念、科学思维、探究实践和态度责任4个方面。",
            "4个",
            "科学观念等方面",
        ),
        (
            "北京市平谷区从住房安居、交通出行等6方面为“博士农场”量身定制人才政策服务包。",
            "6方面",
            "住房安居等方面",
        ),
        (
            "把水安全、水生态、水环境、水资源、水产业、水科技、水文化、水管理8个方面作为一个整体来考虑。",
            "8个",
            "水安全等方面",
        ),
    ],
)
def test_round17_aspects_listed(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # conjoined_category: a label opening its clause after X、 or X/ is of the category with X (人民日报 2023)
        ("截至7月31日8时，全省大、中型水库总蓄水量37.54亿立方米。", "37.54亿立方米", "大、中型水库总蓄水量"),
        ("同时，国际/港澳台业务量一季度累计完成6.3亿件，同比增长46.8%。", "6.3亿件", "国际/港澳台业务量"),
        (
            "截至2022年底，风电、光伏装机超过7.5亿千瓦，化石能源清洁利用水平不断提升。",
            "超过7.5亿千瓦",
            "风电、光伏装机",
        ),
        ("截至今年6月，阿克苏市城区已建成街头游园、街头绿地165处，公园14个。", "165处", "街头游园、街头绿地"),
        # not a figure's unit, nor a member that is a compound noun of its own, nor a predicate
        ("其中政府投资1.2亿元、大禹节水投资1.47亿元、群众自筹4070万元。", "1.47亿元", "大禹节水投资"),
        ("5年来，林奈实验室先后举办公益讲座、开放性学术沙龙88场。", "88场", "开放性学术沙龙"),
        ("快递业回暖向好、日均件量恢复至3亿件以上。", "3亿件以上", "日均件量"),
    ],
)
def test_round17_conjoined_category(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _kept_change_verb: a figure after a verb of change and its noun is the change (人民日报 2023)
        (
            "青龙山灌区因地制宜，做到“灌排结合”和“三水联调”，减少工程占地近10万亩，节省投资20亿元。",
            "近10万亩",
            "减少工程占地",
        ),
        ("已经带动林场职工人均增加年收入1万多元。", "1万多元", "增加年收入"),
        ("今年上半年，全省新增科技型中小企业6509家，同比增长62.7%。", "6509家", "新增科技型中小企业"),
        ("灌区一年就可节约水资源2.97亿立方米，比常规灌区节电15%。", "2.97亿立方米", "节约水资源"),
    ],
)
def test_round17_kept_change_verb(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 18 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _peak_lead: a clause opening with 最大… names the peak its figure's clause only links to (人民日报 2023)
        ("最大累计降雨量出现在河北邢台临城县，达到994.6毫米。", "994.6毫米", "最大累计降雨量"),
        ("城区平均223.4毫米；最大降雨出现在门头沟高山玫瑰园，为690.6毫米。", "690.6毫米", "最大降雨"),
    ],
)
def test_round18_peak_lead(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _head_ahead: a doing inside a counted noun phrase before an item or a point that heads it
        (
            "区人力资源和社会保障局并未开通城乡居民养老保险参保登记等2件跨省通办事项，随即下发督办函。",
            "2件",
            "跨省通办事项",
        ),
        ("我国已累计建成990个县级寄递公共配送中心、27.8万个村级快递服务站点。", "27.8万个", "村级快递服务站点"),
    ],
)
def test_round18_item_heads(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _placed_head: a place or a colour then 的 after a count qualifies the noun counted (人民日报 2023)
        ("自今年4月上线以来，平台每月都能收到340多个线上的矛盾纠纷调解预约。", "340多个", "矛盾纠纷"),
        ("四个彩色的圆圈标明该站点的使用率、故障率、离线率和充电成功率。", "四个", "圆圈"),
        ("公交专用道是两条黄色的实线里面“框定”的部分。", "两条", "实线"),
        # 包裹 is a noun in news (a verb to jieba)
        ("半年多的时间里，张晓敏收到了500多个来自全国各地的爱心包裹。", "500多个", "爱心包裹"),
    ],
)
def test_round18_placed_head(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _lone_noun: a lone character then 的 after a count is what is counted, the noun after 的 is its own
        ("很快，青烟、石门、镜屏3个村的包裹被挨个送到村民手中。", "3个", "村"),
        ("此番赛事共有来自20个村的20支队伍参加，周五、六、日都有比赛。", "20个", "村"),
        ("“我们花了半个多月核查两个村涉及的所有土地，建议村民调整农作物种植。", "两个", "村"),
    ],
)
def test_round18_lone_noun_before_de(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 19 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _changed_from_to: both ends of 从X…到Y are figures of the subject before 从 (人民日报 2023)
        ("现在开通多渠道分时段预约，窗口从48个缩减到8个，重点服务老年人等特殊人群。", "48个", "窗口"),
        ("现在开通多渠道分时段预约，窗口从48个缩减到8个，重点服务老年人等特殊人群。", "8个", "窗口"),
        ("这份“清单”从最初的190项“瘦身”至现在的27项，既彰显了我国更加积极参与全球经济治理。", "27项", "清单"),
        ("为增强承载能力，他们将每根桩的直径从0.8米加粗到1米；", "0.8米", "直径"),
        ("林权抵押贷款余额达1300多亿元，每亩集体林地租金由林改前的1至2元提高到30元左右。", "30元左右", "集体林地租金"),
        # a head cut off a compound (补助|标准) and a measure after 从 (亩产) are left to the other rules
        ("今年，特困人员集中供养和城市分散供养补助标准由每人每年14461元提高到14778元。", "14778元", "补助标准"),
    ],
)
def test_round19_changed_from_to(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _set_noun: jieba's state words and short idioms that end in a noun name the thing counted (人民日报 2023)
        ("今年已协调化解劳资纠纷10起、追回欠薪2.7万余元。", "10起", "劳资纠纷"),
        ("今年已协调化解劳资纠纷10起、追回欠薪2.7万余元。", "2.7万余元", "欠薪"),
        ("今年以来，江州区8000多亩撂荒地被“唤醒”。", "8000多亩", "撂荒地"),
        ("青州博物馆馆藏文物5万余件，国家珍贵文物3000多件，陶瓷、青铜、书画等门类齐全。", "3000多件", "国家珍贵文物"),
        # an adverb in 地 and a four-character idiom stay out of the label
        ("标准检测中心，27岁的林达伟目不转睛地盯着正在运转的仪器设备。", "27岁", "林达伟"),
        ("80岁的刘印报悠闲地坐在自家新房前。", "80岁", "刘印报"),
    ],
)
def test_round19_set_noun(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _list_noun: figures of one unit listed with 、 share the noun after the last (人民日报 2023)
        ("对载体认定为国家级、省级、太仓市级的，分别给予200万元、100万元、50万元奖励。", "200万元", "奖励"),
        ("对载体认定为国家级、省级、太仓市级的，分别给予200万元、100万元、50万元奖励。", "100万元", "奖励"),
        ("到如今的16兆瓦、18兆瓦“巨无霸”风机陆续推出，机组大型化趋势明显。", "16兆瓦", "巨无霸风机"),
    ],
)
def test_round19_list_noun(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _people_who: a 的 phrase opened by a verb and 人 name the people it describes (人民日报 2023)
        ("其中，具有大专以上学历的人超过15%，且大部分从事农村电商。", "超过15%", "具有大专以上学历的人"),
        ("参加培训的人超过300人。", "超过300人", "参加培训的人"),
    ],
)
def test_round19_people_who(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 20 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _raised_object: a change 从X…到Y opening its clause is of the measure the clause before raises (人民日报 2023)
        (
            "湖南博物院调高每日观众接待量，从每日1.2万人上调至每日1.5万人（含临展），新增的名额为旅行社团队预约观众。",
            "1.2万人",
            "观众接待量",
        ),
        (
            "湖南博物院调高每日观众接待量，从每日1.2万人上调至每日1.5万人（含临展），新增的名额为旅行社团队预约观众。",
            "1.5万人",
            "观众接待量",
        ),
        # _state_before_link: a reduplicated state word before 有 is stepped over to the subject
        ("当天发车时，车厢里有10多名乘客，快递包裹大大小小有几十件。", "几十件", "包裹"),
    ],
)
def test_round20_counts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 20b ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _opens_doing: a modal or an adverb of the clause after a count opens the doing, not the thing
        # counted, which is named before the figure (人民日报 2023)
        ("”张从顺牺牲后，家里条件困难，张子兵兄弟三人能够顺利完成学业，离不开国家的支持和帮助。", "三人", "张子兵兄弟"),
        ("今年儿子儿媳决定回村里发展，一家六口终于四世同堂；村小学土操场变成了标准运动场。", "六口", "家庭人口"),
        ("如今，东仓鼓乐社有三四人能够“掌鼓”，经验丰富的乐师一人要会鼓、锣、镲。", "三四人", "东仓鼓乐社"),
        # _ALT_MEASURE_RE: a second measure word in brackets after the figure's own is no aside ending the
        # noun phrase: the noun after it is counted (人民日报 2023)
        ("存藏其间的186万余件（套）文物藏品，跨越了新石器时代到夏商周。", "186万余件", "文物藏品"),
        ("125座（处）水工程纳入联合调度，强化流域统一联合调度。", "125座", "水工程"),
        ("7个奖项共35篇（部）作品获此殊荣。其中，6篇（部）作品出自军旅作家之手。", "6篇", "作品"),
        ("数字化建设项目共完成900件（套）文物三维数据和2000余件（套）文物高清二维数据采集与制作。", "2000余件", "文物"),
        # _time_modifier: an age group (jieba's time word) qualifies the noun counted (人民日报 2023)
        ("目前毕节市在易地扶贫搬迁安置点一共建立了52所老年学校，共有学员6420人。", "52所", "老年学校"),
        ("与普通钻机相比，载重提升能力由三四百吨提高到900吨，可以同时吊起150头成年大象。", "150头", "成年大象"),
        # _doing_before_have: a verb before 有 says what was done to the things named before it; a
        # demonstrative opening the subject points, the noun names (人民日报 2023)
        ("“眼前这片高标准农田建成有5000亩，全村目前一共建成1万亩。", "5000亩", "高标准农田"),
        (
            "社区负责进行资格认证的各类待遇和补助项目加起来有15项，以前每年要帮2000多人完成认证。",
            "15项",
            "待遇和补助项目",
        ),
        ("全校老师加起来有1500多人，师资充足。", "1500多人", "全校老师"),
        ("这片屋盖面积达2万平方米，相当于48个标准篮球场。", "2万平方米", "屋盖面积"),
        # _result_of: a result is the person's whose age is given right before, a name jieba does not
        # know; 跳出/游出 a result too (人民日报 2023)
        ("南京站男子跳高项目比赛中，21岁的王振以2米32的成绩夺得冠军，同时达到了参赛标准。", "2米32", "王振成绩"),
        ("南京站男子跳高项目比赛中，21岁的王振以2米32的成绩夺得冠军，同时达到了参赛标准。", "21岁", "王振"),
        ("24岁的粟文跳出16米84的成绩，力压名将方耀庆和吴瑞庭获得银牌。", "16米84", "粟文成绩"),
        # _name_glued: a name jieba glued to the verb after it ends after its three characters (人民日报 2023)
        ("台下，60岁的村民黄梅香听入了迷，“现在的年轻演员唱老戏也这么有味道。", "60岁", "村民黄梅香"),
        ("”67岁的刘素梅家住安徽省亳州市涡阳县，为能按时领取养老金。", "67岁", "刘素梅"),
        ("年仅十八九岁的黄梅戏演员王谦扮演的角色，泼辣又自然。", "十八九岁", "黄梅戏演员王谦"),
        # _verb_before: a set phrase ending in a verb (jieba's l) is the doing counted (人民日报 2023)
        ("1998年，剧团在80余县巡回演出200多场。", "200多场", "巡回演出场次"),
        ("6—8月，铜仁市组织开展各类全民健身活动41场，共1600余支队伍参赛。", "41场", "健身活动场次"),
        # _aspects_listed: two aspects joined by 和/与 before their count are named (人民日报 2023)
        ("近年来，一批国产动画电影相继问世，在观众口碑和票房收益两方面屡创佳绩。", "两方面", "观众口碑和票房收益"),
        ("依托重大科技专项，我国在地质理论与工程技术两方面取得一系列创新成果。", "两方面", "地质理论与工程技术"),
        ("其支持范围包括减缓和适应气候变化两个方面。", "两个", "减缓和适应气候变化"),
        # _purpose_after: a verb and its object after an amount say what the money is for (人民日报 2023)
        ("辽宁省每年确定200个试点村，每村投入扶持资金200万元发展集体经济。", "200万元", "扶持资金"),
        # _lone_pair: two lone characters ending the phrase after a count are one word (人民日报 2023)
        ("公司在旺季平均每天收购约20万斤藕带，其中15万斤用来做成预制菜。", "约20万斤", "藕带"),
        ("我养了100多头牛呢！我们村有一半多人家都养牛。", "100多头", "牛"),
        ("据统计，镇雄县近5年累计投资72.47亿元用于教育基础设施建设。", "72.47亿元", "投资"),
        ("沙滩排球中心10千伏供电线路发生故障，“聪明大脑”配电网全自动处理。", "10千伏", "供电线路"),
        # _amount_of_doing: 每亩/每人 and a doing of money before an amount (人民日报 2023)
        ("农户年底可以享受分红，今年有望每亩分红1200元左右。", "1200元左右", "每亩分红"),
        ("1—2月，公路水路完成全年1.8万亿元投资目标的9.6%，完成进度较去年同期加快3个百分点。", "1.8万亿元", "投资目标"),
    ],
)
def test_round20b_counts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


def test_a_score_after_a_span_does_not_take_the_spans_label() -> None:
    """_carries: the games of a set after a span are no 首轮用时 (人民日报 2023); the span keeps its own."""
    sentence = "良好的手感也让她首轮仅耗时1小时10分钟，就以6∶4，6∶1战胜7号种子、法国名将加西亚。"
    assert label_of(sentence, "1小时10分钟") == "首轮用时"
    assert label_of(sentence, "6") != "首轮用时"


# --- round 21 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # numbered_noun: a model or class number after a count is part of the noun counted (人民日报 2023)
        ("初始的实验室相当简陋，“只有一台386电脑，一台针式打印机，就两个设备。", "一台", "386电脑"),
        ("上半年，全省新开通5G基站5000个，累计达8.4万个；培育20个5G全连接工厂。", "20个", "5G全连接工厂"),
        ("党的十八大以来，全省地区生产总值连跨4个万亿元台阶。", "4个", "万亿元台阶"),
        ("截至今年，北京已拥有120余项20世纪建筑遗产。", "120余项", "20世纪建筑遗产"),
        # _label_listed_people: a count of people or households in a run of counts (人民日报 2023)
        ("将水库的水输送到11.4万亩土地上，服务4个乡镇、16个村、1.33万户、6.67万人。", "1.33万户", "服务户数"),
        ("将水库的水输送到11.4万亩土地上，服务4个乡镇、16个村、1.33万户、6.67万人。", "6.67万人", "服务人数"),
        ("被毁的8户农房住户紧急转移到安全地点，共转移受灾群众272户696人；", "696人", "群众"),
        # _kind_of_noun: a bare measure before an amount is of the 的-noun after it (人民日报 2023)
        ("老人们每月都可免费享受价值100元的上门助餐、助洁、助医、助购、助急、助浴等服务。", "100元", "服务价值"),
        ("他捐赠了价值200万元的设备。", "200万元", "设备价值"),
        ("可形成总规模超1亿千瓦的水风光一体化示范基地。", "超1亿千瓦", "水风光"),
        # _headless: 占X的 before a share is the whole it is of, not the ones that are X (人民日报 2023)
        ("该平台已接入1872家公立医疗机构，占需接入总数的95.1%。", "95.1%", "接入总数占比"),
        ("至今累计完成投资264亿元，占总投资的79%。", "79%", "投资占比"),
        # a lone character before its link is the whole clause's subject (not the label before, carried)
        ("福厦高铁估算总投资615.07亿元，仅站前工程采购地方石料就达1267.33万吨、砂达1001.25万吨。", "1001.25万吨", "砂"),
    ],
)
def test_round21_counts(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the word after a span that ends it (多来, 间, 内) opens no noun of it (人民日报 2023);
        # 一年多's 多 is the span's own, more than a year
        ("“一年多来，结合生产技术难点，科技特派团专家深入田间地头。", "一年多"),
        ("如今已经举办了39届，18年间总参赛人数超过4万人次。", "18年"),
        ("最快可在12小时内“鲜”达千家万户。", "12小时"),
    ],
)
def test_a_span_is_no_fragment_of_the_word_that_ends_it(sentence: str, text: str) -> None:
    got = label_of(sentence, text)
    assert not got.startswith(("多", "来", "间", "内")), got


def test_a_span_opening_its_clause_carries_no_label_from_the_figure_before() -> None:
    """A span that opens its clause and names nothing is no span of the figure before (人民日报 2023: the
    62 employees are not what 10多年来 measures), and a growth after such a span is still the measure's."""
    assert (
        label_of(
            "“李志强班”目前共有员工62人，10多年来，虽然班组人员进进出出，但无论是破解难题还是技术攻关，都没有掉队。",
            "10多年",
        )
        != "员工"
    )
    sentence = "目前产业园蓝莓种植面积达6100多亩，7年来增长了2.2倍，园区总产值增长了近2.6倍。"
    assert label_of(sentence, "7年") != "产业园蓝莓种植面积"
    assert label_of(sentence, "2.2倍") == "产业园蓝莓种植面积"


# --- round 22 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _listed_nouns: a count before a list of nouns counts them all (人民日报 2023)
        ("以来，沈阳主动作为、靠前服务，联系服务2万余家重点企业和项目。", "2万余家", "重点企业和项目"),
        (
            "自今年3月至年底，浙江省65座亚运场馆及办公场地将全部使用绿电。",
            "65座",
            "亚运场馆及办公场地",
        ),
        ("“目前，我们已经筛选出11个适合雁门关外种植的饲草和杂粮品种，包括高粱。", "11个", "饲草和杂粮品种"),
        # _listed_after: past the 、 that ends the clause the figure's noun is in
        ("“目前全市513家食堂、用餐点已经纳入保障范围。", "513家", "食堂、用餐点"),
        (
            "研制过程中，金风科技协同了数十家企业、大学及科研院所，产业链上下游高效协同。",
            "数十家",
            "企业、大学及科研院所",
        ),
        # _shared_head: a level (区级, jieba's noun) shares the noun of the count after it
        ("巴南区已建成30所区级、11所市级艺术特色学校。", "30所", "区级艺术特色学校"),
    ],
)
def test_round22_lists(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # … but not a list that goes on past its nouns, of places, or with someone (人民日报 2023)
        ("由于长时间被困，男子爬山前准备的两瓶水和零食全部用完。", "两瓶", "水"),
        ("解决了１２．４万群众和牲畜饮水问题。", "１２．４万", "群众"),
        ("开幕式现场，3家林产品综合采购商及单品采购大客户与展销企业签订采购协议。", "3家", "林产品综合采购商"),
        ("途经当时的商惠县一带时，48位八路军战士与敌人交战，最终壮烈牺牲。", "48位", "八路军战士"),
        ("听说孔向东要来唱戏，87岁的解大爷和老伴骑了十几公里电动车从别的乡赶来。", "87岁", "解大爷"),
        ("逐步形成芒景5个布朗族村寨和景迈4个傣族村寨，共约500户。", "5个", "布朗族村寨"),
        ("需重点关注局部11级以上雷暴大风和局地冰雹。", "11级以上", "雷暴大风"),
    ],
)
def test_round22_no_runaway_lists(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


def test_round22_no_list_of_places_after_a_doing() -> None:
    # _listed_after: 房山、门头沟 are where the pumps went, not what 23台 counts (人民日报 2023)
    assert "门头沟" not in label_of("排水泵23台支援房山、门头沟抢险救援。", "23台")


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _compared_gap: after 高于X, 比X多 the figure is the gap, not X (人民日报 2023)
        (
            "上半年，我国自东盟进口农产品1250.8亿元，增长7.5%，高于我自东盟进口整体增速6.4个百分点。",
            "6.4个百分点",
            "高于东盟进口整体增速",
        ),
        ("整场比赛吴易昺打出49个制胜分，比对手多了11个。", "11个", "比对手多"),
        ("1—7月份，高技术产业投资同比增长11.5%，快于全部投资增速8.1个百分点。", "8.1个百分点", "快于全部投资增速"),
        # … but the base's own value keeps the base's name
        ("早高峰公交车运行时速达40.8公里，远高于社会车通行时速25.7公里。", "25.7公里", "社会车通行时速"),
    ],
)
def test_round22_compared_gap(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _people_of_doing: a lone verb before a count of people, or ending its clause after it (人民日报 2017, 2023)
        ("今年轮训工作共安排8期班，预计培训约900人。", "约900人", "培训人数"),
        ("来自中央有关部门、国际组织、中外智库、媒体机构代表等300余人参会。", "300余人", "参会人数"),
        ("今年以来累计组织活动86场次，服务4000余人次。", "4000余人次", "服务人次"),
        ("“当时比赛全部安排在白天，每场比赛平均有上千人观赛，决赛现场更是人山人海。", "上千人", "观赛人数"),
        # … not the people who are themselves named (跑者)
        ("来自德国、印度等国家和全国各地的2万余名跑者，化作一道道灵动的流光。", "2万余名", "跑者"),
    ],
)
def test_round22_people_of_doing(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 23 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # a range of people (四五十人) is a count: a verb before it says what the people are counted for
        # (人民日报 2023; was 专门, the adverb after it)
        ("“以前这个屋里要安排四五十人专门接听订货电话。", "四五十人", "安排人数"),
    ],
)
def test_round23_range_of_people(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _people_before_verb: the group named before the verb of a count of people (人民日报 2023; was 就业人数 for both)
        ("1—6月，城镇失业人员再就业268万人、困难人员就业87万人，同比均有所增加。", "268万人", "城镇失业人员再就业人数"),
        ("1—6月，城镇失业人员再就业268万人、困难人员就业87万人，同比均有所增加。", "87万人", "困难人员就业人数"),
        ("过去两年，辽宁新增残疾人就业27377人，培训城乡残疾人29810人次。", "27377人", "残疾人就业人数"),
        # … not when no group is named before the verb
        ("今年轮训工作共安排8期班，预计培训约900人。", "约900人", "培训人数"),
    ],
)
def test_round23_group_before_verb(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 24 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _past_advanced_age: 高龄 after an age qualifies the age; the person is the noun after 的 (人民日报 2017 and
        # 2023; was 高龄 for both)
        ("小到5岁的幼儿园小朋友，大到78岁高龄的老奶奶都半蹲在地上，戴着手套和护目镜。", "78岁", "老奶奶"),
        ("一张红纸、一把剪刀，96岁高龄的袁秀莹坐在桌前，刀随手动。", "96岁", "袁秀莹"),
        # … but 高龄 after 的 opens the noun
        ("他已是90岁的高龄老人。", "90岁", "高龄老人"),
    ],
)
def test_round24_advanced_age(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _COMPARING: 相比 closing 与…相比 is no doing the figure counts (人民日报 2023 and 2017; was 相比)
        ("与前6批相比，第七批中国20世纪建筑遗产呈现出一些新特点。", "6批", ""),
        (
            "去年，中国经哈萨克斯坦发往欧洲的集装箱货运量达1210列，与2015年的503列相比，已经实现翻番。",
            "503列",
            "集装箱货运量",
        ),
    ],
)
def test_round24_comparison_base(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _spent_on: an amount between a verb of spending and a verb with its object is what was spent (新华日报
        # 2024; was 购买, 增扩人工智能录播设备)
        ("去年，该区投入近300万元购买68套智能研修设备，升级智能研修平台版本。", "近300万元", "投入"),
        ("今年，继续投入270万元增扩人工智能录播设备。", "270万元", "投入"),
        # … not when the money's own noun follows it
        (
            "江苏省援疆盐城工作组和当地政府共同策划，投入200万元援疆资金，建成小白杨戍边文化纪念馆。",
            "200万元",
            "援疆资金",
        ),
    ],
)
def test_round24_spent_on(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _place_named: a place name jieba cuts (丰裕|村) is still what a distance is to (人民日报 2023; was 处)
        ("2020年12月，在长沙市长沙县，距离丰裕村22公里处的长沙机场改扩建工程启动。", "22公里", "距丰裕村"),
    ],
)
def test_round24_distance_to_place(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _listed_item: an item of a list of counts that jieba cuts into verbs and a lone noun character
        # (人民日报 2023; was empty)
        (
            "河北省住房和城乡建设厅协调周边地区移动泵车18台、抢修保障车17辆、50千瓦发电机9台，开展城区排水抢险工作。",
            "17辆",
            "抢修保障车",
        ),
        # … not a name listed before one count for all of them
        ("来自全区的货车司机、网约车司机、快递员、外卖配送员近300人参加了活动。", "近300人", ""),
    ],
)
def test_round24_listed_item(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _name_then_doing: the person whose age it is ends at the name, before what the person does
        # (人民日报 2017 and 2023; was 贝多芬离开故乡波恩, 孔向东临危受命)
        (
            "1792年11月，22岁的贝多芬离开故乡波恩前往维也纳，期待在文化繁荣的音乐首都展开自己的音乐事业。",
            "22岁",
            "贝多芬",
        ),
        ("2003年，31岁的孔向东“临危受命”，成为盐湖区蒲剧团团长。", "31岁", "孔向东"),
        # … a role noun after the name stays
        ("给81岁的宋春贤老人测完血压，社区服务中心的医生又叮嘱了几句。", "81岁", "宋春贤老人"),
    ],
)
def test_round24_name_then_doing(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _owner_of_kind: a bare measure after a noun and 的 is that noun's (人民日报 2017 and 2023; was 数量, 价格)
        ("越冬地的候鸟数量已经超过3万只，其中天鹅的数量达4000多只，赤麻鸭、绿头鸭等也有不少。", "4000多只", "天鹅数量"),
        ("在德国，奶酪价格比一年前上涨了近40%，土豆的价格上涨了14%。", "14%", "土豆价格"),
        # … not a noun that is the object of a verb before it
        ("上海市企业退休职工中，通过社保卡领取养老待遇的比例已上升至92.8%。", "92.8%", "比例"),
    ],
)
def test_round24_owner_of_kind(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 25 ---


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _measured_again: a count right after a count in another measure, nothing between, measures the same
        # thing again (人民日报 2023; was 河北省, the sentence's opening, and 共迁, a fragment)
        (
            "河北省累计派出巡回医疗队547支2800余人，卫生防疫队321支1000余人，支持做好灾区群众医疗卫生保障工作。",
            "2800余人",
            "巡回医疗队",
        ),
        ("园区共迁地保护极小种群野生植物61种10万余株、回归定植16种3万余株。", "10万余株", "种群野生植物"),
        # … not after a count of occasions, whose people are no part of them (the people dissuaded, not 事件)
        ("今年以来，共劝阻群众参与非法集资事件86次197人。", "197人", "劝阻群众"),
    ],
)
def test_round25_measured_again(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _CAUSATIVES: 造成/导致 a count of people is caused, the people are counted by what befalls them
        # (人民日报 2017; was 造成人数)
        ("近几个月来，秘鲁全国发生的洪灾已造成84人死亡，受灾人数达66万余人。", "84人", "死亡人数"),
        ("地震造成至少6人死亡、32人受伤。", "32人", "受伤人数"),
    ],
)
def test_round25_caused_people(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _goes_from: places listed after 分别从 are where the things counted come from, not examples of them
        # (人民日报 2023; was 周边省份)
        (
            "连日来，在国家电网公司的统一调度指挥下，93台应急发电车、200台发电机分别从天津、河南、山东等周边省份出发，紧急驰援涿州。",
            "200台",
            "发电机",
        ),
        # … examples after the figure still name the head they are examples of
        ("为8到14岁的听力、言语、肢体等重度残疾儿童提供康复训练。", "8到14岁", "重度残疾儿童"),
    ],
)
def test_round25_goes_from(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _unit_noun: a unit of measure is no noun counted, even for a range (人民日报 2017 and 2023; was 摄氏度)
        ("“水泥窑炉温高达1400—1800摄氏度，燃烧充分，可以有效阻止二噁英生成。", "1400—1800摄氏度", "水泥窑炉温"),
        ("东江湖常年水温在4至12摄氏度之间。", "4至12摄氏度", "水温"),
    ],
)
def test_round25_unit_of_measure_no_noun(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _GROUPS: a group of people jieba tags as a name (武警官兵) is no one person, so a count of them names
        # it (人民日报 2023; were empty, and 集结人数)
        ("8月1日，40余名武警官兵组成先头救援力量，每人背负近百斤救援物资。", "40余名", "武警官兵"),
        ("武警北京总队机动某支队迅速集结1000名武警官兵，并填装3辆装有淡水、食品等物资的车辆。", "1000名", "武警官兵"),
        # … a count of people named one by one is still no one of them
        ("涉案三人鲁世君、傅国伟、金观木被抓获。", "三人", "涉案人数"),
    ],
)
def test_round25_group_no_name(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


def test_round25_moment_then_pronoun() -> None:
    # _moment_then_pronoun: an age naming a moment (N岁那年，…) is the age of the 他/她 the next clause opens with,
    # the person named before (人民日报 2023 and 2017; were empty)
    paragraph = [
        "王陆芬从小跟着外婆和母亲，学得一手好手艺。十六岁那年，她的一幅绣品被人花一百六十八元买走，这给了她极大的鼓舞。"
    ]
    assert {f.text: f.label for f in find_figures(paragraph)}["十六岁"] == "王陆芬"
    paragraph = ["1265年，但丁出生在这里。35岁那年，他被当局驱逐离开故乡，两次缺席判处死刑。"]
    assert {f.text: f.label for f in find_figures(paragraph)}["35岁"] == "但丁"


def test_round25_name_before_verb() -> None:
    # _name_before_verb: jieba's name 王振出 ends before 出生 (人民日报 2023; was empty, and the fragment 王振出)
    paragraph = ["2001年10月，王振出生于江苏苏州。10岁那年，还在上小学4年级的他就因出色的身体条件和过人天赋被选中。"]
    assert {f.text: f.label for f in find_figures(paragraph)}["10岁"] == "王振"


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _CONJUNCTION_OPEN_RE: a conjunction opening the clause is no part of the ones a 的 phrase stands for
        # (人民日报 2017; was 但先富的)
        ("两块蛋糕合二为一，但先富的60多户在未来的第一个5年内，一股算两股。", "60多户", "先富的"),
        ("卖青团的就有6家。", "6家", "卖青团的"),
    ],
)
def test_round25_conjunction_not_headless(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _cases_of_doing: a count of cases after a verb and its object, a verbal noun, counts the object
        # (人民日报 2017; were empty)
        (
            "而上线第一个月，中心就接到退货申请660起，受理退货申请619起，退货申请涉及金额共800多万元。",
            "619起",
            "受理退货申请",  # round 27, told_apart: told apart from the 660 received (a judge failed 退货申请)
        ),
        ("截至3月19日，共受理退货申请4069件，涉及金额共计5355.88万元。", "4069件", "退货申请"),
        # … a second verb alone is no object (人民日报 2023)
        # (round 15, doing_labels.done_count: the count of that doing, 解决件数; it was empty)
        ("市委两新工委共受理新就业形态劳动者各类诉求538条，协助解决430件。", "430件", "解决件数"),
    ],
)
def test_round25_cases_of_doing(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _needed_for: an amount after 需要/需 is the cost of the noun before it, or of the doing
        # (人民日报 2017 and 2023; were empty)
        ("每年取土、取水、取空气进行检测，仅检测费就需要20多万元。", "20多万元", "检测费"),
        ("要是维修需165万元。", "165万元", "维修费用"),
        # … a subject the plain rule finds stays
        ("相关财政投入需3亿元。", "3亿元", "相关财政投入"),
    ],
)
def test_round25_needed_for(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _times_of: X是Y的N倍 measures X, never the base Y (人民日报 2023 and 2017; were 旧馆, 规格纸箱, 产品)
        ("举目望去，博物馆气度恢宏，新馆展陈面积是旧馆的5倍。", "5倍", "新馆展陈面积"),
        ("以可循环包装箱为例，采购成本是同规格纸箱的15至20倍，叠加回收、清洗等运营成本。", "15至20倍", "采购成本"),
        ("“在市场上，有机产品售价是普通产品的5—8倍。", "5—8倍", "有机产品售价"),
        # … with no subject in its clause, the figure before's label goes on (was 老馆)
        ("现在，新馆有了更大空间，可同时展出2300多件文物，是老馆的3倍，展陈方式创意十足。", "3倍", "文物"),
    ],
)
def test_round25_times_of(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _PART_BASE_RE: X为Y的N% measures X, never the base Y (人民日报 2023; were 同类建筑, 工作日)
        ("据测算，服务中心投用后，能源需求仅为同类建筑的70%，年节约用电约31.6万千瓦时。", "70%", "能源需求"),
        ("“周末早高峰公交车流量平均为工作日的74.0%，客流量平均为工作日的66.6%。”", "66.6%", "客流量"),
        # … a share of a whole (占…的) keeps its rule
        ("实现销售收入1200亿元，占全省工业的60%。", "60%", "全省工业占比"),
    ],
)
def test_round25_part_of_base(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # _pace_of: 以…的速度 + a verb is the pace of that doing, of the subject before 以 (人民日报 2023; were 速度)
        ("又进一步加剧了地下水的消耗，当地地下水位曾以每年10厘米的速度下降。", "10厘米", "当地地下水位下降速度"),
        ("“杜苏芮”7月31日下午加强为超强台风级，预计将以每小时15—20公里的速度向西北方向移动。", "15—20公里", "移动速度"),
        # … no verb after 速度 in its clause: 速度 stays
        ("以每年4万多亩的速度，逐步改良盐碱地。", "4万多亩", "速度"),
    ],
)
def test_round25_pace_of(sentence: str, text: str, expected: str) -> None:
    assert label_of(sentence, text) == expected


# --- round 27 ---


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # told_apart: two counts of one object under two verbs keep their verbs (人民日报 2017; both were 退货申请)
        ("而上线第一个月，中心就接到退货申请660起，受理退货申请619起，涉及金额800多万元。", "660起", "接到退货申请"),
        ("而上线第一个月，中心就接到退货申请660起，受理退货申请619起，涉及金额800多万元。", "619起", "受理退货申请"),
        # (one count alone: the object is enough)
        ("截至3月19日，共受理退货申请4069件，涉及金额共计5355.88万元。", "4069件", "退货申请"),
    ],
)
def test_round27told_apart(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


def test_round27_example_word_no_ones() -> None:
    # _CONJUNCTION_OPEN_RE: 例如 opening the clause is no part of the label (人民日报 2017; was 例如海洋的)
    assert label_of("孙继明表示，地球有很大面积都被云覆盖，例如海洋的1/3就在云层覆盖之下。", "1/3") == "海洋"


# --- figure set 6 ---


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # _share_owner: an amount after a share is what has the share (人民日报 1998; was the share's 占比 label)
        (
            "全县石材年产值占全县工农业年总产值的３０％，达到８．６亿元。",
            "８．６亿元",
            "全县石材年产值",
        ),
        # _people_doing: past the place, to the doing (澳門日報 2026; was 太空人乘組, the count before's)
        (
            "成功實施首次應急發射，六個太空人乘組、十八人次在軌長期駐留，累計進行十三次航天員出艙。",
            "十八人次",
            "駐留人次",
        ),
        # _part_of_whole: some among a whole, and what they do (人民日报 2023; was the whole's label)
        (
            "国际象棋在当地已成为很多中小学的校本课程，10个“全国国际象棋之乡”中有两个落户重庆。",
            "两个",
            "落户重庆的全国国际象棋之乡",
        ),
        # 维持 links a subject to its level like 保持 (新华日报 2024; was 直播账号粉丝, the count before's)
        ("“现在直播账号粉丝已接近10万，观看人气也能维持在每日1万多，这样的人气和热度还是令人满意的。", "1万", "人气"),
        ("“公司的铁矿石库存一般维持在25至30天。", "25至30天", "铁矿石库存"),
        # _unglue: 前要 is 前|要, no noun (新华日报 2024; the subject is in the sentence before: no label)
        ("如果年底前要增至4万亿元，意味着今年四季度对于房地产企业的金融支持力度还要加快。", "4万亿元", ""),
        # _COMPARED_RE: 比上届 is the base of a comparison, no subject (人民日报 2023; was 上届)
        ("据统计，本届进博会按年计意向成交金额784.1亿美元，比上届增长6.7%。", "6.7%", "按年计意向成交金额"),
        # _cut_word: 正 before a rank is part of it (新华日报 2024; was 高级教师, another rank)
        ("近两年，无锡新增省教学名师35人、正高级教师81人，入选“苏教名家”培养对象10人。", "81人", "正高级教师"),
        # _negated_relative_head: a negated relative clause is never cut off its negation (澳門日報 2026)
        (
            "被列入關注名單的實體，包括斯巴魯株式會社等二十家無法核實兩用物項最終用戶、最終用途的企業。",
            "二十家",
            "企業",
        ),
        # (a figure inside the doing: no such label)
        (
            "截至2022年底，首批报送的183个重点项目中有98个获得1821.63亿元授信，占贷款总需求的62.85%。",
            "98个",
            "重点项目",
        ),
    ],
)
def test_set6_carried_labels(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # _base_level: a level after 比 and a time is the measure then (人民日报 1998; was the level now's label)
        (
            "如今市区人均住房面积９．３平方米，比１９９２年人均６平方米增加５５％。",
            "６平方米",
            "１９９２年人均住房面积",
        ),
        # _carrier: the change is of the level now, passing over the base
        ("如今市区人均住房面积９．３平方米，比１９９２年人均６平方米增加５５％。", "５５％", "市区人均住房面积"),
        ("农民人均纯收入达到3200元，比上年的2800元增长14.3%。", "2800元", "上年农民人均纯收入"),
        ("农民人均纯收入达到3200元，比上年的2800元增长14.3%。", "14.3%", "农民人均纯收入"),
    ],
)
def test_set6_base_of_comparison(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # _counted_doing: up to a conjunction, and with the task noun after the verbs (澳門日報 2026; were the doers)
        (
            "工程全線密切協同，先後圓滿完成六次載人飛行、四次貨運補給、七次飛船返回任務，成功實施首次應急發射。",
            "七次",
            "飛船返回任務",
        ),
        ("累計進行十三次航天員出艙和多次應用載荷出艙，開展多次艙外維修任務。", "十三次", "航天員出艙"),
        ("党的十八大以来，剑阁县已完成两次县长离任交接和20余次乡（镇）长离任交接。", "两次", "县长离任交接"),
    ],
)
def test_set6_counted_doing(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # _joined_after: a counted noun joined by 和 to a category counts both (人民日报 2023)
        ("截至今年6月，已先后在40多个国家和地区演出3899场，观众达531.48万余人次。", "40多个", "国家和地区"),
        ("“丝路海运”联盟于2019年成立，目前全球已有317家企业和机构加入联盟。", "317家", "企业和机构"),
        ("中国银联在境外78个国家和地区发行了超过2亿张银联卡。", "78个", "国家和地区"),  # (no 地区发行)
        # (not any second noun: 和 says with whom, or the second opens a longer noun, or the list goes on)
        ("最终131名租户和农贸市场达成调解协议并履行完毕。", "131名", "租户"),
        ("火炬传递圆满完成在全国25所高校和开幕式举办场地的活动。", "25所", "高校"),
        ("来自63个国家和国际组织的66位驻华使节走进中国机械工业集团。", "63个", "国家和国际组织"),
        ("RCEP率先对文莱、柬埔寨、老挝、新加坡、泰国、越南等6个东盟成员国和中国、日本生效。", "6个", "东盟成员国"),
        # (not the start of a longer noun, nor a second with its own count)
        ("逐步形成芒景5个布朗族村寨和景迈4个傣族村寨，共约5000人。", "5个", "布朗族村寨"),
        (
            "林草系统负责管理的森林、草原、湿地、荒漠四大生态系统和国家公园等各类自然保护地总面积超过100亿亩。",
            "四大",
            "生态系统",
        ),
        ("伴随着发车信号，48位八路军战士与敌人交战，最终壮烈牺牲。", "48位", "八路军战士"),
    ],
)
def test_set6_joined_after(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


def test_a_span_s_own_word_is_no_noun_it_measures():
    # 人民日报 2023: the span said with 时间 opens no noun phrase of it (was 时间全流域精心)
    got = label_of("经过一年多时间全流域精心打造，南岗河以优质的生态环境吸引游客。", "一年多")
    assert not got.startswith("时间"), got
    assert label_of("2013年，我又花了11个月的时间排练昆曲《影梅庵忆语》。", "11个月") == "排练用时"


def test_set7_foreign_name_age():
    # person_labels._foreign_name: a foreign name after an age and 的, its spaced dot closed up (澳門日報 2026; was empty)
    sentence = "大難不死，必有後福：翌年退役，他與十八歲的芭芭拉 · 皮爾斯結婚，兩人的婚姻關係維持了七十二年。"
    assert label_of(sentence, "十八歲") == "芭芭拉·皮爾斯"


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # _shared_measure: the measure after 的 goes to every listed name (人民日报 2023)
        (
            "网约车、在线旅行预订、网络文学的用户规模较去年12月分别增长3492万人、3091万人、3592万人，"
            "成为用户规模增长最快的3类应用。",
            "3091万人",
            "在线旅行预订用户规模",
        ),
        # _shared_measure: the words past the structure of the name before (人民日报 2023)
        (
            "截至6月，即时通信、网络视频、短视频用户规模分别达10.47亿人、10.44亿人和10.26亿人。",
            "10.26亿人",
            "短视频用户规模",
        ),
        ("今年上半年，全国固体矿产、油气矿产勘查投入同比增长17.2%、7.5%；", "7.5%", "油气矿产勘查投入"),
        # _LIST_ASIDE_RE: how a list is counted is no name (人民日报 2023)
        (
            "今年前三季度，我国造船完工量、新接订单量和手持订单量以载重吨计分别占全球总量的48.7%、68.5%和54.7%，均居世界第一。",
            "54.7%",
            "手持订单量",
        ),
        # _listed_name: a qualifier of a listed name stays (人民日报 2023)
        ("其中，生产指数和新订单指数分别为51.9%和50.2%，均为5个月以来的高点。", "50.2%", "新订单指数"),
        # _SHARED_MEASURES: a name that is a measure itself takes no other (人民日报 2023)
        ("社会消费品零售总额、全国固定资产投资同比分别增长3.3%、3.4%。", "3.3%", "社会消费品零售总额"),
    ],
)
def test_set7_listed_names(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # _KIND_CODE_RE: 5G names the kind of base station, not a number stepped over (人民日报 2023)
        (
            "在移动网络发展方面，我国移动电话基站总数达1129万个，其中累计建成开通5G基站293.7万个，占移动基站总数的26%；",
            "293.7万个",
            "5G基站",
        ),
        # _coordinated: a lone character before 和 is cut off a word, no noun joined (人民日报 2023)
        ("国家加快建设，边境地区建制村通宽带率和4G信号覆盖率达到100%。", "100%", "4G信号覆盖率"),
        # _TAG_FIX: 湿地 is a noun, so the second object of a list names itself, not the first's carried label
        ("实施海洋生态保护修复工程，完成整治修复海岸线400公里、滨海湿地30万亩。", "30万亩", "滨海湿地"),
        # after_label: 在京 before the people counted says where they live, no place of a doing (人民日报 1998)
        ("今天上午，２０００多名在京老同志欢聚在人民大会堂，喜迎１９９８年新春佳节。", "２０００多名", "在京老同志"),
        (
            "今天上午，人民大会堂喜气洋洋，１５００多名在京侨界人士和出席全国侨办主任座谈会的代表欢聚一堂。",
            "１５００多名",
            "在京侨界人士",
        ),
    ],
)
def test_set7_kind_codes(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


def test_age_of_a_pronoun_for_a_dotted_name_said_alone_later():
    # 澳門日報 2026: the 她 is 西登斯, named with her dot first and alone later (was 麥克白, her role, a name to jieba)
    paragraph = (
        "薩拉 · 西登斯是十八世紀英國著名演員，當年以演繹莎士比亞筆下的麥克白夫人而聞名。她擅演悲劇人物，戲外人生亦非"
        "一帆風順。事業上，西登斯憑藉美貌與演技，成為當年英國的戲劇女王，躋身倫敦上流社會階層。她的家庭生活，卻又恰如她"
        "台上飾演的角色，充滿失落與淒酸：她十八歲嫁給同為演員的威廉 · 西登斯， 先後生了七個孩子。"
    )
    assert label_of(paragraph, "十八歲") == "西登斯"


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # _owner_of_next_share: the 佔比 names the share after the ages, not the ages (澳門日報 2026)
        (
            "二○二六年春節黃金周期間，十九至卅九歲青壯年客群佔比約百分之卅二，五十五至七十歲銀髮客群佔比約百分之三十一。",
            "十九至卅九歲",
            "青壯年客群",
        ),
        ("二月十三日迎來第二波高峰，五至七天中短途出境產品佔比顯著上升。", "五至七天", "中短途出境產品"),
        # label_lists: 及其 joins one listed name, not two (南方日报 2024)
        ("自动数据处理设备及其零部件、平板显示模组分别同比增长49.5%、18.2%。", "49.5%", "自动数据处理设备及其零部件"),
        # label_lists: a second list compared on a base goes to the same names, in order (南方日报 2024)
        (
            "今年前三季度，广东先进制造业、高技术制造业增加值分别增长6.9%、11.6%，比全省规模以上工业增速高2.2个、6.9个百分点。",
            "2.2个",
            "广东先进制造业增加值",
        ),
        # _LINKS: a one-character verb of change links its noun to the figure (澳門日報 2026, 人民日报 2023)
        ("湖北省隨州大洪山風景區遊客量增長百分之二十一點三，收入增百分之十九點八；", "百分之十九點八", "收入"),
        ("“我们种的是生态茶，茶叶价格涨了30%。”", "30%", "茶叶价格"),
        # _TAG_FIX: a quarter is a time, no noun measured (人民日报 2023)
        ("与去年同期相比，今年第一季度埃及旅游业收入增加了43%。", "43%", "埃及旅游业收入"),
        # _middle_size, _TAG_FIX (落实 a verb): the grids counted (南方日报 2024)
        ("将队员合理划入全镇16个中网格、149个小网格落实精细化管理。", "16个", "中网格"),
        ("将队员合理划入全镇16个中网格、149个小网格落实精细化管理。", "149个", "小网格"),
        # _TAG_FIX: 壮汉 is the men counted, no time (人民日报 1998)
        ("”顷刻之间，从工作间里冲出七八个壮汉……由于公务在身，我们只好凑足钱了事。", "七八个", "壮汉"),
    ],
)
def test_set89_shares_and_lists(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


# Round 7 (labels), from set 13's dev articles after it was scored once
def test_macau_year_on_year_is_a_comparison_not_a_label():
    # 澳門日報 2026-02 (set 13): 按年升 and 按季升 are 同比 and 环比; the rise is the 淨收益's
    text = "去年第四季集團淨收益138億元，按年升22%，按季升14%。"
    found = {f.text: f for f in find_figures([text])}
    assert (found["22%"].label, found["22%"].change) == ("集團淨收益", "up")
    assert (found["14%"].label, found["14%"].change) == ("集團淨收益", "up")


def test_attributable_profit_is_no_share():
    # 應佔溢利: profit attributable to the shareholders, not a share of a profit
    (f,) = [f for f in find_figures(["集團股東應佔溢利107億元。"]) if f.text == "107億元"]
    assert "比重" not in f.label and "溢利" in f.label


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # 人民日报 1998-01 (set 13): an amount per head after the total, named per head
        (
            "计划生育的经费由１９９０年的１１７．６万元（人均０．６０元），增长到１９９６年的５９０万元。",
            "０．６０元",
            "人均经费",
        ),
        (
            "计划生育的经费由１９９０年的１１７．６万元（人均０．６０元），增长到１９９６年的５９０万元。",
            "５９０万元",
            "经费",
        ),
        ("围绕建设人均两亩基本农田和实现人均两亩经济林。", "两亩", "人均基本农田"),
        ("要求政府给３００多万失业者每人３０００法郎。", "３０００法郎", "失业者"),  # the people, no 每人失业者
    ],
)
def test_a_per_head_amount_says_per_head(text, figure, label):
    assert label_of(text, figure) == label


# Labels read on set 14's dev articles after it was scored once, mended on the reading pool
@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # 人民日报 1998: whose result it is, when jieba knows no name (陈妍), when the 以 clause has none
        # (the sentence's subject, not 科利姆 whom he beat), a pair, a 总成绩, and points that placed
        ("据外电报道，陈妍以１分５６秒５７的成绩夺得冠军，", "１分５６秒５７", "陈妍成绩"),
        (
            "俄罗斯的世界冠军波波夫在２５米池中再次战胜澳大利亚著名选手科利姆，以４７秒４６的成绩夺得金牌；",
            "４７秒４６",
            "波波夫成绩",
        ),
        (
            "而郭晶晶在３米板比赛中落后伊琳娜１２．３３分，最后以２７９．３３分名列第二。",
            "２７９．３３分",
            "郭晶晶成绩",
        ),
        ("而郭晶晶在３米板比赛中落后伊琳娜１２．３３分，最后以２７９．３３分名列第二。", "１２．３３分", "落后伊琳娜"),
        ("田亮以５１８．５８分的总成绩夺得跳台冠军；", "５１８．５８分", "田亮总成绩"),
        ("中国队组合王飞龙/张家齐以339.54分夺得混双十米台冠军。", "339.54分", "王飞龙/张家齐成绩"),  # 人民日报 2023
        (
            "在当天进行的跳水混双三米板决赛中，中国队组合朱子锋/林珊配合默契，最终以326.10分夺得金牌。",
            "326.10分",
            "朱子锋/林珊成绩",
        ),
        (
            "本报珀斯１月１４日电记者许立群报道：中国选手陈妍今晚在第八届世界游泳锦标赛决赛中，以４分０６秒７２的成绩夺得冠军。",
            "４分０６秒７２",
            "陈妍成绩",  # not 珀斯, the dateline's city
        ),
        ("在杭州亚运会男子马拉松比赛中，中国体育代表团选手何杰以2小时13分02秒的成绩夺冠", "2小时13分02秒", "何杰成绩"),
        ("克利姆以０．２３秒之差名列第二。", "０．２３秒", "差距"),  # the margin, not 之差名列
        # a time beaten or trailed, and what was compared when the clause names it
        ("这一成绩比获得第二名的俄罗斯选手切梅索娃快了近１秒。", "近１秒", "比俄罗斯选手切梅索娃快"),
        ("植株高大，成熟期竟比一般小麦晚了２７天。", "２７天", "成熟期比小麦晚"),
        # 人民日报 2023: times a doing was done name the doing, not its object
        ("我曾访问斯里兰卡50多次。", "50多次", "访问斯里兰卡"),
        ("途中至少要换乘3次。", "3次", "换乘"),  # (要: must, no doing)
        # the journalists counted, not whose they are (记者 is elsewhere who tells)
        ("来自40多个国家和地区的近百名记者组织负责人、媒体代表进行了深入研讨交流。", "近百名", "记者"),
        # worth, of the things listed then named after 等 (人民日报 1998; 火速 is no noun)
        (
            "河北省财政厅紧急调拨价值１００万元的棉衣、棉被、食品、帐篷等救灾物资火速送往灾区。",
            "１００万元",
            "救灾物资价值",
        ),
        ("花４０００多元就能把７４厘米大彩电抱回家。", "７４厘米", "大彩电"),  # (回家 is a doing)
        ("车手们沿赛道绕行8圈，每圈13.6公里，经过3个冲刺点。", "13.6公里", "每圈长度"),
        ("驻地冬天最低气温低至零下5摄氏度。", "零下5摄氏度", "最低气温"),
        # a span a doing takes (需要, 要, 只需), and a way from one place to another
        ("通常，培育一个冬小麦品种要１０年左右时间。", "１０年左右", "培育冬小麦品种用时"),
        ("以前从万象到昆明，坐汽车需要两三天时间，", "两三天", "坐汽车用时"),
        ("年4月中老铁路国际旅客列车开通后，从万象到普洱只要7个小时。", "7个小时", "万象到普洱用时"),
        ("如今从北部湾港到摩拉港仅需6天，综合成本降低约三成。", "6天", "北部湾港到摩拉港用时"),
        # the noun the figure before measured, moved to this one
        ("将此前一些需要30分钟的车程缩短到5分钟左右。", "5分钟左右", "车程"),
    ],
)
def test_set14_labels(text, figure, label):
    assert label_of(text, figure) == label


@pytest.mark.parametrize(
    ("text", "figure", "bad"),
    [
        ("车子比原定的时间晚了大约一个小时。", "大约一个小时", "比时间晚"),
        ("他需要3年", "3年", "他用时"),
        ("签约金额105.35亿元的项目", "105.35亿元", "项目金额"),  # the clause names its own measure
    ],
)
def test_set14_label_guards(text, figure, bad):
    assert label_of(text, figure) != bad


# Labels read on set 15's dev articles after it was scored once, mended on the reading pool
@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # the thing saved on, and a noun with its doing before a change (was the 水电 before, carried on)
        ("采用全装配式智能建造等技术，工期节省15%、水电节省20%、垃圾排放减少20%。", "15%", "工期"),
        ("采用全装配式智能建造等技术，工期节省15%、水电节省20%、垃圾排放减少20%。", "20%", "水电"),
        ("一趟下来可以节省5—10分钟，这对赶着上班的人很宝贵。", "5—10分钟", "节省时间"),
        ("山东、河南等省加大引黄河水力度，累计引水12.3亿立方米，", "12.3亿立方米", "引水量"),
        # a term: 10年期 is the bond's, 5年期以上 the LPR's
        ("可再生能源公司马斯达尔发行了10年期绿色债券，融资7.5亿美元", "10年", "绿色债券期限"),
        ("5年期以上LPR为4.2%，较上一期保持不变。", "5年", "LPR期限"),
        ("要求导师开展不少于2次的深度谈话谈心，不少于5次的精准就业岗位推荐。", "5次", "精准就业岗位推荐"),
        # what a count counts though jieba calls it a time or a pronoun
        ("在１１５８个日夜中，历尽艰辛，出色地完成了科考任务。", "１１５８个", "日夜"),
        ("小许用了８年时间、４００多个休息日，骑自行车跑遍了北京", "４００多个", "休息日"),
        ("三天期间就有二十万各界群众踊跃向国家出售私人珍藏的黄金，", "二十万", "各界群众"),
        ("为没有门牌号的用户做了１０００多块经派出所审定编号的门牌。", "１０００多块", "门牌"),  # 经: by way of
        ("短短几天就储蓄了十亿美元之多。", "十亿美元之多", "储蓄"),  # (was 之多)
        ("例如售价为2.5亿印尼盾的五菱电动汽车", "2.5亿印尼盾", "售价"),
        # an exchange rate, whose base is no figure; the amount after it is no rate
        ("7月初，1美元约合3.67迪拉姆。", "3.67迪拉姆", "美元汇率"),
        ("将吸引2万亿兰特（1元人民币约合2.7兰特）投资", "2.7兰特", "人民币汇率"),
        (
            "该投资计划总额达26亿雷亚尔（1雷亚尔约合1.48元人民币），其中18亿雷亚尔将用于改善快速公交系统",
            "18亿雷亚尔",
            "投资计划总额",
        ),
        ("泰铢兑美元汇率也升至１美元兑３８．６０泰铢。", "３８．６０泰铢", "泰铢兑美元汇率"),
        ("收盘时的汇率为１３０·８７日元兑１美元，比上一个交易日上涨１·６７日元。", "１·６７日元", "收盘时的汇率"),
    ],
)
def test_set15_labels(text, figure, label):
    assert label_of(text, figure) == label


@pytest.mark.parametrize(
    ("text", "figure", "bad"),
    [
        ("水利部将从六方面着手，进一步加强海河流域系统治理。", "六方面", "着手"),  # a verb, never a label
        ("全省30多万名快递小哥日夜穿梭在大街小巷。", "30多万名", "快递小哥日夜"),  # 日夜 an adverb here
        ("来自30多个国家各界代表300余人参加。", "30多个", "国家各界代表"),  # the countries counted
    ],
)
def test_set15_label_guards(text, figure, bad):
    assert label_of(text, figure) != bad


# Labels read on set 16's dev articles after it was scored once, mended on the reading pool
@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a bare measure named with what owns it, a date's month and 同比 left out
        ("公交专用车道长度达19807.4公里，同比增加1543.6公里。", "19807.4公里", "公交专用车道长度"),
        ("2020年至2022年全国城市公交客运量下滑幅度分别为36.1%、29%和48.9%。", "29%", "城市公交客运量下滑幅度"),
        ("剔除波动较大的食品和能源价格后，6月核心CPI同比涨幅达4.8%。", "4.8%", "核心CPI涨幅"),
        ("9月货物进出口总额同比下降0.7%，较8月降幅收窄1.8个百分点。", "1.8个百分点", "总额降幅"),
        # jieba's tags: letters counted (来信 is a verb in its dictionary; 合格 stays a noun: 合格１５种 and
        # ７种不合格 count the products that passed or failed, as the blind pairs judged them best named)
        ("今天刊登的两封来信都提出晚会泛滥的问题。", "两封", "来信"),
        # money given or spent, said by the verb that names it
        ("他带头捐资１０００元。", "１０００元", "捐资"),
        ("今后３至５年内，全省将斥资４０．８９亿元，建设高标准的江海堤防。", "４０．８９亿元", "斥资"),
        # a span saved, and a span whose doing follows it
        ("全程高速通行，比原先缩短30分钟。", "30分钟", "缩短时间"),
        ("即从１９９８年起，用３年时间完成江堤达标，用５年左右的时间完成海堤重点部位达标。", "３年", "江堤达标用时"),
        # items of a list of amounts named by their doings, like the first
        ("完成造林1259万亩、草原修复治理1326万亩、退耕还林254.4万亩，", "1326万亩", "草原修复治理"),
        ("完成造林1259万亩、草原修复治理1326万亩、退耕还林254.4万亩，", "254.4万亩", "退耕还林"),
        # the agency of a dateline measures nothing
        (
            "据新华社南京１月２９日电（汤涧、曹海明）江苏省政府近日作出决定，今后３至５年内，全省将斥资４０．８９亿元",
            "３至５年",
            "",
        ),
    ],
)
def test_set16_labels(text, figure, label):
    assert label_of(text, figure) == label


def test_set16_label_guards():
    # 在田面积: a lone 田 cut off 在田 owns no measure
    (f,) = find_figures(["10月上旬全国蔬菜在田面积1亿多亩。"])
    assert f.label != "田面积"
    # names listed before 分别 are the list's, not the labels of the figures before them
    text = (
        "完成造林1259万亩、草原修复治理1326万亩、退耕还林254.4万亩，荒漠化土地、沙化土地分别减少293.6万亩、36.2万亩。"
    )
    labels = {f.text: f.label for f in find_figures([text])}
    assert (labels["293.6万亩"], labels["36.2万亩"]) == ("荒漠化土地", "沙化土地")


# Labels read on set 17's dev articles after it was scored once, mended on the reading pool
@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # both ends of a change whose subject ends the clause before 由, past an adverb (一下子增到)
        ("使得一向产销平衡的八方集团的产品库存量，由９０吨一下子增到９００吨。", "９００吨", "产品库存量"),
        ("欧元区7月通胀率按年率计算为5.3%，低于6月的5.5%。", "5.3%", "通胀率"),  # how it was computed, stepped over
        ("这套５卷本近７００万字的著作共分１８个部分，以", "１８个", "部分"),  # the parts counted
        ("以非洲大陆４个极点———最北的本·赛卡角", "４个", "极点"),  # (极点 an adverb to jieba)
        # the items a total sums, not the last alone
        ("广元市长城宾馆赔偿李建国购车费、汽车修理费等共计２０１３６元", "２０１３６元", "购车费、汽车修理费等"),
        ("使北京新春纪念中国话剧９０周年的新剧目交流演出达到高潮。", "９０周年", "中国话剧"),  # what is commemorated
        # the names a count of places closes, when there are as many
        ("全部用于支持房山、门头沟、昌平三区加快种植业恢复生产。", "三区", "房山、门头沟、昌平"),
        ("西藏、青海、新疆三省份的部分典型景区外地游客量占比高。", "三省份", "西藏、青海、新疆"),
    ],
)
def test_set17_labels(text, figure, label):
    assert label_of(text, figure) == label


@pytest.mark.parametrize(
    ("text", "figure", "bad"),
    [
        ("水位于今日下午略有回落，但仍高达１８．５５米。", "１８．５５米", "但仍高"),  # 仍 is no owner of a height
        ("参与编制国家标准1项、行业标准2项。", "2项", "项、行业标准"),  # counts listed, no names
        ("她曾在泰国留学，会说中、老、泰、英4种语言。", "4种", "会说中、老、泰、英"),  # 语言 is what is counted
        ("来自武汉、鄂州、黄冈、黄石4个城市的代表", "4个", "武汉、鄂州、黄冈、黄石"),  # 城市 says it
    ],
)
def test_set17_label_guards(text, figure, bad):
    assert label_of(text, figure) != bad


# Labels read on set 18's dev articles after it was scored once, mended on the reading pool
@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a rate said as so much for one dollar: the rate the clause names, or the currency's against the dollar
        ("东京外汇市场日元对美元的比价为１３３·５７日元兑换１美元", "１３３·５７日元", "日元对美元的比价"),
        ("泰币汇率今天大幅下跌，首次跌破５０铢兑１美元大关", "５０铢", "兑美元汇率"),
        (
            "新华社马尼拉１月３日电菲律宾比索对美元的比价跌至４１·８比索兑１美元",
            "４１·８比索",
            "菲律宾比索对美元的比价",
        ),
        # an index's close, and its change on the day before (a day is no subject)
        ("日经平均指数以１５１２１·９８点收盘，比上个交易日上涨３６６·０４点。", "３６６·０４点", "平均指数"),
        ("斯德哥尔摩市有８００多年的历史，是座北欧名城。", "８００多年", "斯德哥尔摩市历史"),  # whose history
        (
            "山东全省国控地表水断面优良水体比例首超80%",
            "超80%",
            "断面优良水体比例",
        ),  # 首: for the first time; 优良 inside the phrase
        # the whole a list of parts is of, when no noun after the count says it
        ("《条例》共分总则、职责、物资收发、附则等８章４６条。", "８章", "条例"),
        ("建立数据库，包括水域环境等１２项参数", "１２项", "参数"),
        # (比上年的2800元: a base level keeps its year)
        ("农民人均纯收入达到3200元，比上年的2800元增长14.3%。", "2800元", "上年农民人均纯收入"),
    ],
)
def test_set18_labels(text, figure, label):
    assert label_of(text, figure) == label


@pytest.mark.parametrize(
    ("text", "figure", "bad"),
    [
        ("较去年同期多3707个、投资规模多1113亿元", "3707个", "期多"),  # no piece of the base
        ("道琼斯指数最后一小时反弹，收盘时报７９６５·０４点", "７９６５·０４点", "时报"),  # where it closed
        ("假冒伪劣商品距今已经有600多年历史", "600多年", "距今历史"),
        ("通过35公里的主管、800公里干支管直达田间", "800公里", "干支管直达田间"),  # 间 here is "among"
    ],
)
def test_set18_label_guards(text, figure, bad):
    assert label_of(text, figure) != bad


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # doing_labels.done_count: a count ending its clause right after a two-character doing, with no noun of its own, is
        # that doing's count in its measure word (人民日报 2023; all were empty)
        (
            "从2014年至今，由人民日报社发起的“一带一路”媒体合作论坛已成功举办7届，为共建“一带一路”搭建起媒体高端对话与合作平台。",
            "7届",
            "举办届数",
        ),
        ("经过10年发展，中欧班列已累计开行7.7万列，运送货物731万标准箱，货值超3400亿美元。", "7.7万列", "开行列数"),
        ("严重影响高质量发展”方面问题最多，查处3439起，批评教育帮助和处理5475人。", "3439起", "查处起数"),
        # … not after a verb that only says how many there are, nor for the second of two counts side by side
        ("小区共有9层，但建房时没有安装电梯。", "9层", "小区"),
        ("迁地保护极小种群野生植物61种10万余株、回归定植16种3万余株。", "3万余株", ""),
    ],
)
def test_round15_count_of_a_doing(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # doing_labels.done_amount: an amount ending its clause right after a two-character doing is that doing's amount by
        # its unit: a volume, a distance gone, a length worked on, a weight lifted (人民日报 2023; were empty)
        (
            "经过不懈努力，丹江口水库水质常年保持在Ⅱ类以上，累计送水570亿立方米，惠及8500万人口。",
            "570亿立方米",
            "送水量",
        ),
        ("以前，村里没有村医，乡亲们若生病了，需步行5公里，到县城看病。", "5公里", "步行距离"),
        ("截至8月17日，北京市门头沟区，完成河道清理约260公里；河北省保定市涞源县恢复供电。", "约260公里", "清理长度"),
        ("李盛金第二把举起122公斤、第三把举起124公斤，以216公斤刷新了该级别总成绩世界纪录。", "122公斤", "举起重量"),
        # … not the level a rate fell through (贬破: no 贬破金额)
        ("人民币汇率双向浮动，人民币对美元汇率5月贬破7元，7月份又升值1.3%，结售汇行为理性有序。", "7元", ""),
    ],
)
def test_round16_amount_of_a_doing(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # the subject ends the clause before 由 even when the clause opens with an adverb and a year (人民日报 2023)
        ("黑龙江经国家认定的高新技术企业，已由2017年的929家增至目前的3605家。", "929家", "高新技术企业"),
        # 死/伤 alone before a count of people: the dead and the hurt (人民日报 1998; were empty, then carried)
        (
            "去年，全国共发生火灾（不含森林、草原火灾）１４万余起，死２７２２人，伤４９３０人，直接财产损失１５．４亿元。",
            "４９３０人",
            "受伤人数",
        ),
    ],
)
def test_round16_change_and_hurt(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # _died_subject: an obituary names the one who died before 同志 (人民日报 2023, 1998; were empty)
        (
            "新华社北京9月8日电  中国社会科学院原副院长、党委副书记滕藤同志，因病于2023年7月30日在北京逝世，享年93岁。",
            "93岁",
            "滕藤",
        ),
        (
            "新华社北京１月１３日电中国科学院院士，北京大学物理系教授，著名物理学家胡宁同志，因病医治无效，"
            "于１９９７年１２月２６日在北京逝世，享年８１岁。",
            "８１岁",
            "胡宁",
        ),
        # _age_name: 老/小 and a surname after the age's 的 is the one called by it (人民日报 1998; was empty)
        ("今年５８岁的老何从事蔬菜育种、栽培研究已有２０多年，每年都有５个多月蹲在农村菜田里。", "５８岁", "老何"),
    ],
)
def test_round16_whose_age(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # _died_subject: a three-character name before 同志, unless its first character ends the title (主任)
        (
            "新华社成都7月26日电  四川省人大常委会原主任、党组书记何郝炬同志因病于2023年1月20日在成都逝世，享年100岁。",
            "100岁",
            "何郝炬",
        ),
        # an amount is no share, whatever the clause before names (人民日报 2023)
        (
            "从私募股权在气候科技领域的投资来看，可再生能源行业投资占比最大，从2019年的400亿美元增加到2022年的1000亿美元。",
            "400亿美元",
            "",
        ),
        # a direction a doing went is no doing (捞|出来118斤: no 出来量)
        ("“一上午就捞出来118斤，最大的公蟹6.8两、母蟹5.9两。", "118斤", ""),
    ],
)
def test_round16_mends(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # label_phrases._AT_LEAST: a bound stays inside the noun it qualifies (人民日报 2023; were 二级, 规模…, 以上学历…)
        (
            "山东省134家二级以上公立中医医院全部实施“中医经典、治未病、外治、康复和护理”五个全科化。",
            "134家",
            "二级以上公立中医医院",
        ),
        (
            "目前，新区已有715家省级以上创新平台，其中国家级创新平台63家，省级创新平台652家。",
            "715家",
            "省级以上创新平台",
        ),
        # … and does not count towards the phrase's length (was 省级以上领导干部: 副 cut off at the limit)
        (
            "全省４３名副省级以上领导干部，３１１５个机关、企事业单位的２万多名干部深入贫困村。",
            "４３名",
            "副省级以上领导干部",
        ),
        # 本科 is a noun (a pronoun in jieba's dictionary: the label began at 以上)
        (
            "这是一所九年一贯制农村学校，本科以上学历教师有111名。",
            "111名",
            "本科以上学历教师",
        ),
        (
            "截至2022年底，全国义务教育阶段本科以上学历专任教师比例为81.02%，较上年增长3.3个百分点。",
            "81.02%",
            "本科以上学历专任教师比例",
        ),
    ],
)
def test_round17_bounds_inside_the_noun(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # 时隔, 相隔: the span is the interval; the verb alone was judged no label (人民日报 2023)
        (
            "在今年7月进行的女篮亚洲杯决赛中，中国女篮以73∶71战胜日本女篮，时隔12年再次夺得该项赛事冠军。",
            "12年",
            "间隔时间",
        ),
        ("相隔两年，我又来到邱县。", "两年", "间隔时间"),
        # verbs of saving and holding name their amount or count, not themselves (人民日报 2023, 1998)
        ("“从2015年至今，光节俭办红白喜事一项，村里就节约了不低于700万元。”胡善信说。", "700万元", "节约金额"),
        (
            "哈政府去年大幅度削减了国家公务员人数，因此节省了２５亿坚戈（１美元约合７５·５坚戈）的开支。",
            "２５亿坚戈",
            "节省金额",
        ),
        (
            "大运村设有篮球训练馆、游泳馆等服务保障设施，可容纳1.1万人，将为各代表团提供住宿、餐饮。",
            "1.1万人",
            "容纳人数",
        ),
        # 捐 alone before money is a donation (人民日报 1998; were empty)
        ("听到“幸福工程”成立的消息，天津绿天使公司率先捐了１００万元。", "１００万元", "捐款"),
        # a festival names the noun after it (人民日报 1998; was empty)
        (
            "新州总理卡尔宣布南半球最盛大的为期１０天的春节庆典活动正式开始。",
            "１０天",
            "春节庆典活动",
        ),
        # a function character jieba glued on is no part of the label (养路工|人有: was 养路工人有)
        ("在这起恶性事件中，１４名养路工人有９人受伤。", "１４名", "养路工人"),
    ],
)
def test_round17_doings_named(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # result_labels.points_of: points after a verb of scoring are the last named person's (人民日报 2023)
        ("在出场的23分钟里，崔永熙9投6中贡献了16分，其中三分球4投3中。", "16分", "崔永熙得分"),
        ("从小组赛到淘汰赛，崔永熙场场首发上场，场均得分8.8分，深得教练和队友的信任。", "8.8分", "崔永熙场均得分"),
        # … each one's when 分别 got them
        ("朱雪莹与胡译乘发挥出色，分别得到56.720分和55.790分，夺得金牌和银牌。", "56.720分", "得分"),
        # 这一数值 points back to the figure before it (人民日报 2023; was 这一数值)
        (
            "西班牙食品和饮料出口额由2012年的359亿欧元增至2021年的600亿欧元，预计今年这一数值将达到681.8亿欧元。",
            "681.8亿欧元",
            "食品和饮料出口额",
        ),
    ],
)
def test_round18_points_and_this_value(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # a state word inside the noun phrase (空气质量|优良|天数; 优良 was dropped, 天数比例 left) (人民日报 2023)
        ("2022年，全国地级及以上城市空气质量优良天数比例为86.5%。", "86.5%", "空气质量优良天数比例"),
        ("2022年，长江流域国控断面优良水质比例达到98.1%。", "98.1%", "断面优良水质比例"),
        # days counted by a subject of days, from → to (人民日报 2023, 2003 figures; were empty)
        ("年平均沙尘暴日数由4天减少到1.65天。", "1.65天", "平均沙尘暴日数"),
        # a time the change starts from is no part of its subject (人民日报 2023; was the count before's 帮扶项目)
        (
            "开展帮扶项目4615个，困难群体人均生活水平从5年前不足1.4万元增至目前2.2万余元。",
            "2.2万余元",
            "群体人均生活水平",
        ),
        # … but a bare measure from → to is left to the rules after it, which say whose (人民日报 1998)
        ("私人资本的比例从同期的４４．１４％上升至８５．６５％。", "８５．６５％", "私人资本比例"),
    ],
)
def test_round20_from_to_and_state_words(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        # a count of counties is named by its measure word, as a count of provinces is (人民日报 2023)
        ("黄河经5县20个乡镇。", "5县", "县份"),
        # … and lends its label to no figure after it (was 县份全长)
        ("火炬传递路线纵贯杭州6区3县（市），全长235公里。", "235公里", "全长"),
    ],
)
def test_round21_places_counted(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label
