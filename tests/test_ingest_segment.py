"""Reading whole pages: conventions, titles, crossheads, boxes, pictures, joins.

Every page here is made of lines from real pages (noted beside each), cut
short: the conventions they show are the point. The full pages are scored by
bench/page_eval.py and by tests/test_corpus.py where the corpus is present.
"""

from __future__ import annotations

from ingest_check import dropped_and_doubled

from reader.ingest import parse
from reader.model import Edition


def _read(page: str):
    parsed = parse(page)
    dropped, doubled = dropped_and_doubled(page, parsed)
    assert not dropped and not doubled, (dropped, doubled)
    return parsed


def _roles(parsed) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in parsed.units]


# --------------------------------------------------------------------------
# 都市快报 web e-paper text: a date line stands under every title

DSKB = """杭州正在打造全球首个“人机共治社区” 

\t\t\t         在超市、早餐店、快递驿站上班的，都是机器人 

2026-03-29

\u3000\u3000机器人正在铲爆米花 杭州具身智能展示中心供图

\u3000\u3000记者 徐盈盈

\u3000\u3000“早上好，要来杯咖啡吗？”

\u3000\u3000站在面前的，不是咖啡师，而是一台正熟练操作咖啡机的机器人。

\u3000\u3000会煮咖啡、会铲爆米花

\u3000\u3000136台杭州机器人上岗

\u3000\u3000穿过中心的“时空舱门”，来到“悦享未来”展区。

开花率超过60% 

\t\t\t    \t 樱花跑道进入最佳观赏期 

2026-03-29

\u3000\u3000樱花跑道的樱花开花率今天将达60%以上。
"""  # dskb 2026-03-29 A03


def test_title_date_convention_makes_short_lines_crossheads_not_articles():
    p = _read(DSKB)
    assert p.conventions.title_date
    assert [a.headline for a in p.articles] == ["杭州正在打造全球首个“人机共治社区”", "樱花跑道进入最佳观赏期"]
    first, second = p.articles
    # the web layout's tabs say which title line is which
    assert first.subtitle == "在超市、早餐店、快递驿站上班的，都是机器人" and first.kicker is None
    assert second.kicker == "开花率超过60%" and second.subtitle is None
    # the paired crosshead stays in the article, as two subheads, not glued onto the text
    assert [first.paragraphs[i] for i in first.crossheads] == ["会煮咖啡、会铲爆米花", "136台杭州机器人上岗"]
    assert "“早上好，要来杯咖啡吗？”" in first.paragraphs  # a quoted line is a paragraph, not a heading
    assert first.byline.reporters == ["徐盈盈"]
    assert [(c.text, c.credit) for c in first.captions] == [("机器人正在铲爆米花", "杭州具身智能展示中心供图")]
    assert first.printed_date == "2026-03-29"
    assert p.date == "2026-03-29"


def test_continuation_line_of_a_headline_in_web_text():
    page = "山西太原小店区\n\n\u3000\u3000一高层建筑着火 \n\n\t\t\t         初步确认24人受伤 \n\n2026-03-29\n\n\u3000\u3000正文。\n"
    (a,) = _read(page).articles  # dskb 2026-03-29 A02
    assert (a.headline, a.subtitle) == ("山西太原小店区一高层建筑着火", "初步确认24人受伤")


# --------------------------------------------------------------------------
# 人民日报 2017 e-paper text: titles unindented, paragraphs and crossheads indented

RMRB2017 = """四川渠县选拔46名退役军人任贫困村“第一书记”

脱贫，他们使上军人这股劲

本报记者  刘裕国

\u3000\u3000核心阅读

\u3000\u3000两年前，四川渠县选拔46名退役军人担任贫困村“第一书记”。他们发扬部队作风，带领群众修路建园，一年之间就让贫困村换了模样。

\u3000\u3000昔日被称作烂泥沟，一年之间就变成美丽庄园——四川渠县的变化让人惊叹。

\u3000\u3000受命奔赴主战场，优秀退役军人成脱贫攻坚排头兵

\u3000\u3000脱贫关键在“头羊”。达州市委提出，要把优秀退役军人选派到贫困村。

图片报道

\u3000\u30003月24日，在黑龙江哈尔滨市双城区东官农场，农民在整理农机。

\u3000\u3000新华社记者\u00a0\u00a0王建威摄

张高丽会见萧万长一行

\u3000\u3000本报海南博鳌3月24日电\u00a0\u00a0（记者杨迅、刘睿）中共中央政治局常委、国务院副总理张高丽24日下午会见了萧万长一行。
"""  # 人民日报 2017-03-25 p03 and p06, shortened


def test_indented_body_convention():
    p = _read(RMRB2017)
    assert p.conventions.indented_body
    feature, photo, news = p.articles
    assert (feature.kicker, feature.headline) == (
        "四川渠县选拔46名退役军人任贫困村“第一书记”",
        "脱贫，他们使上军人这股劲",
    )
    assert feature.byline.reporters == ["刘裕国"]
    # the editor's box opens the feature: label and text, above the body, not a headline
    assert feature.editor_box.startswith("核心阅读\n两年前，四川渠县选拔46名退役军人")
    assert feature.paragraphs[0].startswith("昔日被称作烂泥沟")
    # an indented crosshead with a comma stays a subhead inside the article
    assert [feature.paragraphs[i] for i in feature.crossheads] == ["受命奔赴主战场，优秀退役军人成脱贫攻坚排头兵"]
    # a picture item: title, caption and credit; listed, but not counted as an article
    assert photo.kind == "photo" and photo.headline == "图片报道"
    assert photo.captions[0].photographers == ["王建威"]
    assert news.dateline == "本报海南博鳌3月24日电" and news.byline.reporters == ["杨迅", "刘睿"]
    ed = Edition(id="e", title="t", date=None, source_sha256="", articles=p.articles)
    assert sum(ed.section_counts().values()) == 2


# --------------------------------------------------------------------------
# 人民日报 1998 (PFR corpus): titles merged into one paragraph, no layout at all

RMRB1998 = """南京长江大桥铁路桥大修竣工

南京长江大桥铁路桥大修工程，１月４日竣工。轨道框架结构从此可以满足列车重载、快速的要求。

开发沙漠结硕果（图片）

陕西榆林个体工商户刘建成１０年来累计投资２３０多万元开发沙漠，建起４０亩集中供热温室。

（新华社记者陶明摄）

湖南涌现３５万养猪大户

１９９７年湖南省已有１６户养猪万头大户。（均据新华社）

今日『送子观音』——记湛江市惠珍联合医院院长梁惠珍（附图片１张）

李霞

梁惠珍是湛江市惠珍联合医院院长。

目前企业集团发展值得注意的几个问题

国家计委宏观经济研究院

一、企业集团发展贪大图快

目前，一些企业集团和政府部门把企业集团的规模作为追求的目标。

二、把规模经济等同于经济规模

一些企业集团和有关部门的同志认为，规模越大越好。

华夏绝技惊悉尼

本报驻澳大利亚记者李学江

压轴戏是武汉杂技团的排椅。

（本报悉尼１月１日电）

以色列外长宣布辞职

新华社耶路撒冷１月４日电（记者支林飞、戚德良）以色列外长利维４日宣布，他决定辞职。

新华社东京１月４日电（记者刘文玉）日本３个新政党４日正式成立。
"""  # rmrb 1998-01-05 p01, p05, p06


def test_pfr_1998_page():
    p = _read(RMRB1998)
    arts = p.articles
    heads = [a.headline for a in arts]
    assert heads[:7] == [
        "南京长江大桥铁路桥大修竣工",
        "开发沙漠结硕果（图片）",
        "湖南涌现３５万养猪大户",
        "今日『送子观音』——记湛江市惠珍联合医院院长梁惠珍（附图片１张）",
        "目前企业集团发展值得注意的几个问题",
        "华夏绝技惊悉尼",
        "以色列外长宣布辞职",
    ]
    photo = arts[1]
    assert photo.kind == "photo" and photo.captions[0].text.startswith("陕西榆林") and not photo.paragraphs
    assert arts[2].source == "均据新华社"
    assert arts[3].byline.reporters == ["李霞"]  # a name alone under a title is its byline
    assert arts[4].byline.reporters == ["国家计委宏观经济研究院"]  # an institution as author
    assert [arts[4].paragraphs[i] for i in arts[4].crossheads] == [
        "一、企业集团发展贪大图快",
        "二、把规模经济等同于经济规模",
    ]
    assert arts[5].dateline == "本报悉尼１月１日电"  # printed at the end
    assert arts[5].byline.reporters == ["李学江"]
    assert arts[6].dateline == "新华社耶路撒冷１月４日电" and arts[6].byline.reporters == ["支林飞", "戚德良"]
    # a dateline in an item that already has text opens an untitled brief
    assert arts[7].kind == "brief" and arts[7].dateline == "新华社东京１月４日电"
    assert arts[7].headline == "日本３个新政党４日正式成立"  # made from its text
    assert len(arts) == 8


# --------------------------------------------------------------------------
# 澳門日報 (traditional characters): articles open with 【本報消息】, titles come in pairs

MACAO = """落區提醒金舖押店防騙

司警：當心“金包銀”！

【本報消息】司法警察局訊：因應鄰近地區近日接連發生以“金包銀”假冒足金飾品詐騙的案件，派員走訪本澳各區相關商戶。

廉價金屬外包足金

司警局人員透過實地走訪、即場講解及派發防騙宣傳單張等，向業界講解。

專業儀器多重檢測

對此，司警局人員提醒業界在回收或收當金飾時務必嚴格查驗。

批給期七年    獨一承批商    四月中開標

咪錶經營競投須多元支付

【本報消息】交通事務局昨日起為“公共道路泊車位的經營批給”公開競投。

咪錶泊車位智慧發展

原有的咪錶經營合同已於二○二三年四月到期。

國安委秘書處擬擴職責範圍

涉國安案律師審查無礙執業

【本報消息】立法會第三常設委員會昨日上午十時舉行會議。

法律規範維護國安

三常會主席梁孫旭會後向傳媒總結表示，委員會認為法案作為維護國家安全法律體系的一部分。
"""  # 澳門日報 2026-02-26, shortened


def test_macao_daily_dateline_and_paired_titles():
    p = _read(MACAO)
    assert p.conventions.lead_after_title and p.conventions.paired_titles
    assert [a.headline for a in p.articles] == [
        "司警：當心“金包銀”！",
        "咪錶經營競投須多元支付",
        "涉國安案律師審查無礙執業",
    ]
    first = p.articles[0]
    assert first.kicker == "落區提醒金舖押店防騙"
    assert first.dateline == "本報消息"  # found through the folded copy, kept in the page's script
    assert [first.paragraphs[i] for i in first.crossheads] == ["廉價金屬外包足金", "專業儀器多重檢測"]


# --------------------------------------------------------------------------
# Joins by evidence


def test_a_line_without_end_punctuation_is_never_glued_onto_the_next_paragraph():
    page = "标题\n\n□本报记者 张三\n\n第一段说完了。\n\n小标题在这里\n\n下面一段另起一行。\n"
    (a,) = _read(page).articles
    assert a.paragraphs == ["第一段说完了。", "小标题在这里", "下面一段另起一行。"]
    assert a.crossheads == [1]


def test_a_paragraph_broken_by_the_web_page_is_joined():
    page = (
        "市民点赞\n\n2026-04-04\n\n“我们‘一家亲’的群里有200多个人，大家对我们的菜品还是很满意\n\n"
        "的。有些居民喜欢吃鸡蛋，有些居民喜欢吃红烧肉。”\n\n另一段。\n\n下一篇\n\n2026-04-04\n\n正文。\n"
    )
    a = _read(page).articles[0]  # dskb 2026-04-04 A03: the web page broke the sentence before 的
    assert (
        a.paragraphs[0]
        == "“我们‘一家亲’的群里有200多个人，大家对我们的菜品还是很满意的。有些居民喜欢吃鸡蛋，有些居民喜欢吃红烧肉。”"
    )


def test_an_indented_line_starts_a_paragraph_on_an_indented_page():
    page = (
        "标题\n\n\u3000\u3000第一段说完了，这里是第一段的正文内容，写得比较长一些才算正文。\n\n"
        "\u3000\u3000多措并举，保定“保淀”，核心区水质在提升，生态初步改善\n\n"
        "\u3000\u3000近几年，河北省对白洋淀生态保护的力度不断加大，写得比较长一些才算正文。\n\n"
        "\u3000\u3000第三段也是正文，写得比较长一些才算正文，不能少于三十个字吧。\n"
    )  # 人民日报 2017-04-22 p09
    (a,) = _read(page).articles
    assert len(a.paragraphs) == 4 and a.crossheads == [1]


def test_editor_note_above_a_title_opens_that_feature():
    page = "（上接第一版）转来的一段。\n\n编者按：本报今起推出系列报道，敬请关注。\n\n专题标题\n\n□本报记者 李明\n\n正文。\n"
    jump, feature = _read(page).articles
    assert jump.kind == "brief" and jump.editor_box is None
    assert feature.editor_box == "编者按：本报今起推出系列报道，敬请关注。"


def test_stray_html_of_a_crawler_is_read_as_layout():
    from reader.ingest.decode import strip_stray_markup

    text, n = strip_stray_markup("我省人工智能发明专利</p><p>累计授权数全国第一\n\n梁晓珺&nbsp;黎彩敏")  # 南方日报 2024
    assert text == "我省人工智能发明专利\n累计授权数全国第一\n\n梁晓珺\u00a0黎彩敏" and n == 2
    (a,) = _read(text).articles
    assert a.headline == "我省人工智能发明专利累计授权数全国第一"  # one title set on two lines of one block


def test_every_line_has_a_role_and_a_reason_for_titles():
    p = _read(DSKB)
    rows = p.blocks_json()
    assert len(rows) == len(DSKB.strip().split("\n\n")) + 1  # the caption line holds a credit: two units
    assert {r["role"] for r in rows} >= {
        "headline",
        "subtitle",
        "kicker",
        "date",
        "caption",
        "credit",
        "byline",
        "body",
        "crosshead",
    }
    assert all(
        r["why"]
        for r in rows
        if r["role"] in ("headline", "crosshead")
        and r["text"] != "樱花跑道进入最佳观赏期"
        and r["text"] != "136台杭州机器人上岗"
    )
