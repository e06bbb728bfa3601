"""Each rule of the page reader on its own, with lines from real pages.

Where a line comes from is noted beside it: the seed (昌吉), the labelled
corpus in ../shared/corpus (都市快报 2026 = dskb, 人民日报 1998 = rmrb-1998)
or the pages gathered for evaluation (人民日报 2017, 湖北日报 2023, 新华日报
and 南方日报 2024, 澳門日報 2026; see bench/corpus.md). One line each: the
convention, not the article.
"""

from __future__ import annotations

import pytest

from reader.ingest import dates, people, rules
from reader.ingest.blocks import split_inline, units
from reader.ingest.chars import fold

# --------------------------------------------------------------------------
# people: bylines, credits, names


@pytest.mark.parametrize(
    "line, expect",
    [
        (
            "□本报记者 杨雍 刘茜 通讯员 宋华敏",
            [("reporter", "杨雍"), ("reporter", "刘茜"), ("correspondent", "宋华敏")],
        ),  # seed
        ("记者 徐盈盈", [("reporter", "徐盈盈")]),  # dskb 2026-03-29 A03
        ("本报记者何伟余继军", [("reporter", "何伟"), ("reporter", "余继军")]),  # rmrb 1998-01-13 p01: written together
        ("本报驻俄罗斯记者许宏治", [("reporter", "许宏治")]),  # rmrb 1998-01-05 p06
        (
            "本报记者  马小宁  周翰博  谢亚宏  刘军国",  # 人民日报 2017-04-23 p03
            [("reporter", "马小宁"), ("reporter", "周翰博"), ("reporter", "谢亚宏"), ("reporter", "刘军国")],
        ),
        ("文/图：梁桂婵", [("reporter", "梁桂婵")]),  # 南方日报 2024-10-24: signed at the end
        ("撰文:郎慧", [("reporter", "郎慧")]),  # 南方日报 2024-10-24
        ("本报评论员", [("reporter", "本报评论员")]),  # rmrb 1998-01-05 p01: a role without a name is kept
    ],
)
def test_byline(line, expect):
    assert people.byline(line) == expect


@pytest.mark.parametrize("line", ["他们正在拍摄", "■回顾", "●数读", "中国共产党（９２人）", "今年春耕不一样"])
def test_not_a_byline(line):
    assert people.byline(line) is None


@pytest.mark.parametrize(
    "run, expect",
    [
        ("何伟余继军", ("何伟", "余继军")),
        ("孟西安王鸣媛", ("孟西安", "王鸣媛")),  # rmrb 1998-01-05 p01, signing a brief
        ("欧阳修文张三", ("欧阳修文", "张三")),  # a compound surname keeps its given name
        ("许立群", None),  # one person
        ("今年春耕", None),  # not names
    ],
)
def test_names_written_together_are_split_by_surname(run, expect):
    assert people.split_names(run) == expect


@pytest.mark.parametrize(
    "line, photographers",
    [
        ("□本报记者 付小芳摄", ["付小芳"]),  # seed
        ("（新华社记者姚大伟摄）", ["姚大伟"]),  # rmrb 1998-01-05 p06
        ("杭州具身智能展示中心供图", ["杭州具身智能展示中心"]),  # dskb 2026-03-29 A03
        ("李\u00a0博摄（人民视觉）", ["李博"]),  # 人民日报 2017-03-25 p10
        ("顾\u00a0春\u00a0蒋\u00a0勇摄影报道", ["顾春", "蒋勇"]),  # 人民日报 2017-03-25 p06
        ("王丽娟摄", ["王丽娟"]),  # 人民日报 2017-03-26 p10
        ("图据“钱塘江道长”社交账号", ["“钱塘江道长”社交账号"]),  # dskb 2026-04-04 A05
        ("橙友“里尔” 摄", ["橙友“里尔”"]),  # dskb 2026-04-04 B08: a reader's pen name
    ],
)
def test_photo_credit(line, photographers):
    assert people.credit(line) == photographers


def test_agency_credits():
    assert people.agency_photo("（新华社发美联社照片）")  # rmrb 1998-01-05 p06
    assert people.agency_photo("（新华社发）")  # 湖北日报 2023-02-11 p01
    assert people.agency_credit("人民视觉")  # 人民日报 2017-03-25 p02
    assert people.credit("他们正在拍摄") is None


def test_work_credit():
    assert people.work_credit("制图 李前芳") == ("制图", "李前芳")  # dskb 2026-04-04 A04
    assert people.work_credit("本版责编：李四") == ("本版责编", "李四")
    assert people.work_credit("编辑：这一句话，不是署名。") is None


def test_signature_and_affiliation():
    assert people.signature("孟西安王鸣媛") == ["孟西安", "王鸣媛"]
    assert people.signature("据新华社电") is None
    assert people.affiliated("杭州市行知小学三（5）班 裘晚舟") == ["裘晚舟"]  # dskb 2026-04-04 B05


# --------------------------------------------------------------------------
# rules: what a line is on its own


@pytest.mark.parametrize(
    "text, dateline, names, rest",
    [
        (
            "新华社北京１月４日电（记者李努尔）全国人大常委会委员长乔石今天晚上",  # rmrb 1998-01-05 p01
            "新华社北京１月４日电",
            ["李努尔"],
            "全国人大常委会委员长乔石今天晚上",
        ),
        ("本报讯（记者 林建安 通讯员 黄小依）3月", "本报讯", ["林建安", "黄小依"], "3月"),  # dskb 2026-03-29 A03
        ("本报北京１月１２日讯河北省张家口市", "本报北京１月１２日讯", [], "河北省张家口市"),  # rmrb 1998-01-13 p01
        (
            "本报南京１月４日电记者龚永泉报道：每年年初",
            "本报南京１月４日电",
            ["龚永泉"],
            "每年年初",
        ),  # rmrb 1998-01-05 p01
        ("本报讯 （张涛 彭波） 10月13日，丰县", "本报讯", ["张涛", "彭波"], "10月13日，丰县"),  # 新华日报 2024-10-24
        ("【本报消息】司法警察局", "本报消息", [], "司法警察局"),  # 澳門日報 2026-02-26 (folded)
        ("本报讯 通讯员徐媛媛报道：截至10月", "本报讯", ["徐媛媛"], "截至10月"),  # seed
    ],
)
def test_dateline_lead(text, dateline, names, rest):
    lead = rules.dateline_lead(text)
    assert lead is not None
    assert lead.dateline == dateline
    assert [n for _, n in lead.people] == names
    assert lead.rest == rest


def test_attribution_is_a_source_not_a_dateline():
    lead = rules.dateline_lead("据新疆日报报道 截至2024年底，全区")  # seed
    assert lead.source == "据新疆日报报道" and lead.dateline is None and lead.rest == "截至2024年底，全区"


def test_a_plain_sentence_is_no_lead():
    assert rules.dateline_lead("今年以来，蓝天屯河能源公司从源头把控碳排放") is None


@pytest.mark.parametrize(
    "line, source",
    [
        ("（昌吉州人大常委会教科文卫工作委员会供稿）", "昌吉州人大常委会教科文卫工作委员会供稿"),  # seed
        ("（均据新华社）", "均据新华社"),  # rmrb 1998-01-05 p01, covering a group of briefs
        ("综合新华社等报道", "综合新华社等报道"),  # dskb 2026-03-29 A06
        ("据中国之声", None),  # an attribution without 报道 is left to the lead rule
        ("据新华社", "据新华社"),  # dskb 2026-04-04 A02: under the text, not the next title's kicker
        ("据悉新华社", None),
    ],
)
def test_source_line(line, source):
    assert rules.source_line(line) == source


def test_closing_note():
    assert rules.closing_note("（本报悉尼１月１日电）") == "本报悉尼１月１日电"  # rmrb 1998-01-05 p06
    assert rules.closing_note("（附图片１张）") is None


def test_editor_box():
    assert rules.editor_box("核心阅读") == "核心阅读"  # 人民日报 2017-03-25 p06
    assert rules.editor_box("编者按：为推动人大代表建议办理工作提质增效") == "编者按"
    assert rules.editor_box("编者说了一句话") is None


def test_column_tag():
    assert rules.column_tag("（人民时评）") == "人民时评"
    assert rules.column_tag("【新论】") == "新论"
    assert rules.column_tag("（附图片１张）") is None  # a picture note
    assert rules.column_tag("（据新华社电）") is None  # a source
    assert rules.column_tag("（上接第一版）") is None  # a jump


def test_crosshead_markers():
    assert (
        rules.numbered("一、坚持问题导向")
        and rules.numbered("（二）注重跟踪问效")
        and rules.numbered("3.1.\u00a0供款时间")
    )
    assert rules.bullet("●克隆羊多利火星登陆")  # rmrb 1998-01-05 p05
    assert not rules.numbered("一批苗木") and not rules.bullet("今年")


def test_photo_titles():
    assert rules.photo_title("开发沙漠结硕果（图片）")  # rmrb 1998-01-05 p01
    assert rules.photo_title("埃及政府加强旅游景点的保护（附图片２张）")
    assert rules.photo_title("图片报道")  # 人民日报 2017
    assert rules.picture_only("开发沙漠结硕果（图片）") and not rules.picture_only(
        "埃及政府加强旅游景点的保护（附图片２张）"
    )


def test_caption_start():
    assert rules.caption_start("图为开罗阿盟大街上警察换防。")
    assert rules.caption_start("２、图为开罗阿盟大街上警察换防。")  # rmrb 1998-01-05 p06
    assert rules.caption_start("▲配备好你的电脑硬件和软件。")
    assert not rules.caption_start("图书馆今天开门。")


@pytest.mark.parametrize(
    "line, shaped",
    [
        ("昌吉国家高新区：数字技术研发成果向多领域延伸", True),  # seed
        ("种子会发生什么故事？", True),  # dskb 2026-03-29 B03
        ("建议：一是推动学校与企业开展深度合作。", False),
        ("能力较弱的情况，", False),
        ("（附图片１张）", False),
        ("走出老张家的院子，空中的红日升高了，今冬的太阳是这样温暖……", False),  # rmrb 1998-01-13 p12
        ("时代楷模，为何感动中国……", True),  # one comma: a title may trail off too
        ("湖南省益阳市安化县唐家观——", True),  # rmrb 2023-09-09 p07: a kicker leading into its headline
        ("他接着说——", True),  # short lines ending in a dash are weighed as titles, in context
        ("大家都知道，这是他一辈子都放不下的一件事情，他说过很多次——", False),  # a sentence running on
    ],
)
def test_title_shape(line, shaped):
    assert rules.title_shape(line) is shaped


def test_dash_subtitle():
    assert (
        rules.dash_subtitle("——人大代表建议让木垒农牧民幸福底色更足") == "人大代表建议让木垒农牧民幸福底色更足"
    )  # seed


# --------------------------------------------------------------------------
# dates and page numbers


@pytest.mark.parametrize(
    "line, iso",
    [
        ("2026-03-29", "2026-03-29"),  # dskb: the date under every title
        ("2024年11月15日", "2024-11-15"),
        ("2024年11月15日 星期五", "2024-11-15"),
        ("二〇二四年十一月十五日", "2024-11-15"),
        ("１９９８年１月５日", "1998-01-05"),
        ("2023年02月11日", "2023-02-11"),  # 湖北日报 2023 e-paper
        ("2024年2月30日", None),  # no such day
        ("2024年11月15日，全市", None),  # a sentence, not a date line
    ],
)
def test_date_line(line, iso):
    assert dates.date_line(line) == iso


@pytest.mark.parametrize(
    "line, page",
    [
        ("第08版", ("08", None)),
        ("第08版：要闻", ("08", "要闻")),
        ("A05版", ("A05", None)),
        ("第八版", ("08", None)),
        ("A0", None),
        ("第0版", None),
    ],
)
def test_page_line(line, page):
    assert dates.page_line(line) == page


@pytest.mark.parametrize(
    "name, found",
    [
        ("20240115-08.txt", ("2024-01-15", "08")),
        ("2024-01-15_A05.txt", ("2024-01-15", "A05")),
        ("rmrb-1998-01-05-p01.txt", ("1998-01-05", "01")),
        ("dskb-2026-03-29-A01.txt", ("2026-03-29", "A01")),
        ("000_6445cb2987957b36.txt", (None, None)),  # the seed's name holds no date
        ("page-20241340.txt", (None, None)),  # month 13
    ],
)
def test_date_and_page_from_file_name(name, found):
    assert dates.from_file_name(name) == found


# --------------------------------------------------------------------------
# blocks: lines and their layout


def test_credit_split_off_a_caption_line():
    assert split_inline("２、图为开罗阿盟大街上警察换防。（新华社记者姚大伟摄）") == [  # rmrb 1998-01-05 p06
        "２、图为开罗阿盟大街上警察换防。",
        "（新华社记者姚大伟摄）",
    ]
    assert split_inline("机器人正在铲爆米花 杭州具身智能展示中心供图") == [  # dskb 2026-03-29 A03
        "机器人正在铲爆米花",
        "杭州具身智能展示中心供图",
    ]
    assert split_inline("新华社记者 王建威摄") == ["新华社记者 王建威摄"]  # a credit on its own stays whole


def test_signature_split_off_a_paragraph():
    line = "……解决了１２．４万群众和牲畜饮水问题。（孟西安王鸣媛）"  # rmrb 1998-01-05 p01
    assert split_inline(line) == ["……解决了１２．４万群众和牲畜饮水问题。", "（孟西安王鸣媛）"]


def test_units_keep_layout():
    page = "杭州正在打造全球首个“人机共治社区” \n\n\t\t\t         在超市上班的，都是机器人 \n\n2026-03-29\n\n\u3000\u3000“早上好。”\n"
    us = units(page)  # dskb 2026-03-29 A03, shortened
    assert [u.text for u in us] == [
        "杭州正在打造全球首个“人机共治社区”",
        "在超市上班的，都是机器人",
        "2026-03-29",
        "“早上好。”",
    ]
    assert [u.indent for u in us] == ["", "tab", "", "full"]
    assert us[0].trail and us[1].trail and not us[2].trail
    assert [u.line for u in us] == [1, 3, 5, 7]


def test_units_of_a_page_without_blank_lines_and_with_crlf():
    us = units("标题\r\n正文第一段。\r\n正文第二段。\r\n")
    assert [(u.text, u.block) for u in us] == [("标题", 0), ("正文第一段。", 1), ("正文第二段。", 2)]


def test_fold_reads_traditional_characters_for_the_rules():
    assert fold("【本報消息】記者張三攝") == "【本报消息】记者张三摄"  # 澳門日報
    assert len(fold("報記訊電")) == 4  # one for one: offsets stay put


def test_a_bracketed_name_of_a_rarer_surname_signs_the_piece():
    """人民日报 1998-01-24 p12: ``（傅文）`` under a piece is its signature, not the column of the next
    (傅 was missing from the surname list)."""
    assert people.signature("傅文") == ["傅文"]
    assert people.signature("萧乾") == ["萧乾"]
    assert people.signature("新论") is None  # a column's name stays a column
