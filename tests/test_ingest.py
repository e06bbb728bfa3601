"""The page parser on the seed page, on our own pages in tests/pages/, and on
small hand-made layouts (garbage, body before any headline, line breaks)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from conftest import SEED_PAGE
from ingest_check import dropped_and_doubled, paragraphs_in_page_order

from reader.ingest import parse, parse_page
from reader.model import Article

SEED = SEED_PAGE
PAGES = Path(__file__).parent / "pages"


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed() -> list[Article]:
    return parse_page(_seed_text())


def _page(name: str) -> list[Article]:
    return parse_page((PAGES / name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------
# "Nothing is lost": every non-blank input line, once the markers are taken
# out, is made of pieces that each stand in some output field (or are a run
# of names from the bylines/credits).

# Markers, and the places where the parser may cut a line (brackets, spaces).
# --------------------------------------------------------------------------
# The seed


def test_seed_articles_in_page_order(seed):
    assert [a.headline for a in seed] == [
        "昌吉国家高新区：数字技术研发成果向多领域延伸",
        "织就幸福图景 舞动乡村新韵",
        "推动职业教育法落实落细 提升职业教育服务地方经济社会发展能力",
        "新疆初步建立医养结合服务网络",
        "奇台县在全州率先完成碳配额清缴",
        "呼图壁县万株苗木出口哈萨克斯坦",
        "玛纳斯县7个能源补给项目年内投用",
    ]
    assert all(a.id == "" and a.section == "general" for a in seed)
    assert all(not a.summary and not a.keywords and not a.figures for a in seed)


def test_seed_kickers_and_subtitles(seed):
    assert [a.kicker for a in seed] == [
        "何以高新",
        "走基层 看民主",
        "发展全过程人民民主 开创人大工作新局面",
        None,
        None,
        None,
        None,
    ]
    assert [a.subtitle for a in seed] == [
        None,
        "人大代表建议让木垒农牧民幸福底色更足",
        "昌吉州十六届人大常委会第三十三次会议列席代表座谈会发言摘登",
        None,
        None,
        None,
        None,
    ]


def test_seed_bylines_datelines_sources(seed):
    by = [(a.byline.reporters, a.byline.correspondents) for a in seed]
    assert by == [
        (["杨雍", "刘茜"], ["宋华敏"]),
        (["付小芳"], []),
        ([], []),
        ([], []),
        ([], ["徐媛媛"]),
        ([], ["松哈路·努尔阿迪力", "刘鑫承", "玛丽娜·波拉提"]),
        ([], ["赵善宾"]),
    ]
    assert [a.dateline for a in seed] == [None, None, None, None, "本报讯", "本报讯", "本报讯"]
    assert [a.source for a in seed] == [
        None,
        None,
        "昌吉州人大常委会教科文卫工作委员会供稿",
        "据新疆日报报道",
        None,
        None,
        None,
    ]


def test_seed_leads_are_stripped(seed):
    assert seed[3].paragraphs[0].startswith("截至2024年底，全区")
    assert seed[4].paragraphs[0].startswith("截至10月，奇台县")
    assert seed[5].paragraphs[0] == "近日，呼图壁县一批紫叶稠李苗木顺利出口哈萨克斯坦。"
    assert seed[6].paragraphs[0].startswith("进入四季度，")
    assert seed[0].paragraphs[0].startswith("从数字物流平台")


def test_seed_captions(seed):
    caps = [[(c.text, c.photographers) for c in a.captions] for a in seed]
    assert caps == [
        [],
        [("木垒县博斯坦乡博斯坦村文化大舞台正在上演塔合麦西热甫。", ["付小芳"])],
        [],
        [],
        [],
        [],
        [("新建的玛纳斯隆盛达西海综合能源站。", ["赵善宾"])],
    ]
    # A caption is never left in the body, and a credit is not a byline.
    for a in seed:
        assert not any("摄" in p and "□" in p for p in a.paragraphs)
        assert not any("塔合麦西热甫。" == p or "新建的玛纳斯隆盛达西海综合能源站。" == p for p in a.paragraphs)
    assert "付小芳" not in seed[1].byline.correspondents


@pytest.mark.parametrize(
    "article, phrase",
    [
        (0, "生产作业，助推企业提质增效"),
        (0, "另一方面壮大创新主体"),
        (1, "国家通用语言文字能力较弱的情况"),
        (1, "也为家庭带来稳定收入"),
        (1, "便热闹起来，村民们"),
        (2, "共建产业学院"),
        (2, "职业教育吸引力不足"),
        (3, "建成一批社区医养结合服务中心"),
        (5, "涵盖各类优质苗木品种"),
        (6, "石油分公司外环路加油加气站项目"),
    ],
)
def test_seed_column_breaks_rejoined(seed, article, phrase):
    assert sum(phrase in p for p in seed[article].paragraphs) >= 1


def test_seed_line_break_inside_a_block_splits_after_a_sentence(seed):
    # Seed lines 89-90: "牛晓琳代表：…仍然存在。" + newline + "建议：一是深化校企合作机制，共"
    paras = seed[2].paragraphs
    i = next(i for i, p in enumerate(paras) if p.startswith("牛晓琳代表："))
    assert paras[i].endswith("“重普教、轻职教”的传统观念仍然存在。")
    assert paras[i + 1].startswith("建议：一是深化校企合作机制，共建产业学院或特色专业")


def test_seed_paragraph_counts(seed):
    assert [len(a.paragraphs) for a in seed] == [6, 11, 17, 5, 4, 3, 6]


def test_seed_nothing_lost(seed):
    text = _seed_text()
    dropped, doubled = dropped_and_doubled(text, parse(text))
    assert not dropped and not doubled
    assert paragraphs_in_page_order(text, seed)


def test_seed_every_name_kept(seed):
    text = _seed_text()
    for name in (
        "杨雍",
        "刘茜",
        "宋华敏",
        "付小芳",
        "徐媛媛",
        "松哈路·努尔阿迪力",
        "刘鑫承",
        "玛丽娜·波拉提",
        "赵善宾",
    ):
        assert name in text
        assert any(
            name in a.byline.reporters + a.byline.correspondents + [n for c in a.captions for n in c.photographers]
            for a in seed
        )


def test_seed_parse_is_fast():
    text = _seed_text()
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        parse_page(text)
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 0.05


# --------------------------------------------------------------------------
# Our own pages


def test_county_news_page():
    arts = _page("county_news.txt")
    assert [a.headline for a in arts] == [
        "全国冬季能源保供工作会议召开",
        "吉木萨尔县：小庭院长出“致富果”",
        "让群众在家门口享受便捷服务",
        "昌吉市首个社区嵌入式养老服务中心10日正式运营",
    ]
    xinhua, village, nobyline, headless = arts
    # 新华社 dateline with a bracketed byline; a caption at the very end.
    assert xinhua.dateline == "新华社北京11月12日电"
    assert xinhua.byline.reporters == ["王五", "赵六"]
    assert xinhua.paragraphs[0].startswith("国家能源局12日召开")
    assert "各地要统筹新能源与煤电协同运行，加快推进储能项目建设" in xinhua.paragraphs[1]
    assert [(c.text, c.photographers) for c in xinhua.captions] == [
        ("国家能源局工作人员在某电厂检查煤炭储备情况。", ["王五"])
    ]
    assert len(xinhua.paragraphs) == 3
    # Kicker, 本报讯（记者 … 通讯员 …）, a caption inside a sentence.
    assert village.kicker == "乡村振兴看产业"
    assert village.dateline == "本报讯"
    assert (village.byline.reporters, village.byline.correspondents) == (["张三"], ["李四"])
    assert village.paragraphs[0].startswith("初冬时节，")
    assert "因地制宜种植葡萄、苹果等果树" in village.paragraphs[0]
    assert [(c.text, c.photographers) for c in village.captions] == [("图为北庭镇村民在庭院里采摘果子。", ["张三"])]
    # No byline, no lead: the title is followed by plain text.
    assert nobyline.byline.is_empty() and nobyline.dateline is None and len(nobyline.paragraphs) == 2
    # A dateline lead in the middle of an article opens a new one.
    assert headless.dateline == "本报昌吉11月10日讯"
    assert headless.byline.reporters == ["马丽"]
    assert headless.paragraphs[0].startswith("昌吉市首个社区嵌入式养老服务中心10日正式运营，")


def test_jumps_and_briefs_page():
    arts = _page("jumps_and_briefs.txt")
    jump, asked, lift, ai = arts
    # Body text before any headline: an article titled by a preview.
    assert jump.headline == "各地各部门要进一步提高政治站位"
    assert jump.paragraphs == [
        "（上接第一版）各地各部门要进一步提高政治站位，把学习贯彻全会精神同推动本地区本部门工作结合起来，确保各项任务落到实处。"
    ]
    # The editor's note above a title opens that feature.
    assert asked.editor_box.startswith("编者按：为推动人大代表建议办理工作提质增效")
    assert asked.headline == "代表建议办得好不好 群众说了算"
    assert asked.subtitle == "州人大常委会开展代表建议办理情况专题询问"
    assert asked.byline.reporters == ["李明", "王芳"]
    # Numbered crossheads stay in the article as paragraphs of their own.
    assert "一、坚持问题导向" in asked.paragraphs and "二、注重跟踪问效" in asked.paragraphs
    assert asked.paragraphs[-1] == "各县市人大常委会负责同志列席会议。"
    # A question headline (ends with ？) before a byline; an inline source.
    assert lift.headline == "老旧小区加装电梯难在哪？"
    assert lift.byline.reporters == ["陈静"]
    assert lift.source == "来源：昌吉日报全媒体"
    assert lift.paragraphs[-1] == "记者走访发现，资金分摊、低层住户意见不一是主要难点。"
    # 据新华社电 is an attribution; credits: inline, without caption, consecutive.
    assert ai.source == "据新华社电" and ai.dateline is None
    assert ai.paragraphs[0].endswith("大模型DeepSeek等应用加速落地。")
    assert [(c.text, c.photographers) for c in ai.captions] == [
        ("新建的智能产线正在调试。", ["王强"]),
        ("", ["陈刚"]),
        ("园区智能仓储中心一角。", ["陈刚"]),
    ]


def test_page_without_blank_lines():
    arts = _page("no_blank_lines.txt")
    assert [a.headline for a in arts] == ["乌鲁木齐迎来今冬首场降雪", "社区食堂让老人吃上热乎饭"]
    assert arts[0].dateline == "本报讯" and len(arts[0].paragraphs) == 2
    assert arts[1].byline.reporters == ["古丽·艾买提"]


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_own_pages_nothing_lost(name):
    text = (PAGES / name).read_text(encoding="utf-8")
    parsed = parse(text)
    dropped, doubled = dropped_and_doubled(text, parsed)
    assert not dropped and not doubled
    assert paragraphs_in_page_order(text, parsed.articles)


# --------------------------------------------------------------------------
# Small layouts


def test_empty_page():
    assert parse_page("") == []
    assert parse_page("\n\n  \n\u3000\n") == []


def test_garbage_page_gives_one_titled_item():
    # Two short lines without sentence punctuation are read as a title block.
    arts = parse_page("abc def\n\nxyz 123 !!!\n\n???")
    assert len(arts) == 1
    assert (arts[0].kicker, arts[0].headline) == ("abc def", "xyz 123 !!!")
    assert arts[0].paragraphs == ["???"]


def test_punctuation_only_page_still_has_a_headline():
    arts = parse_page("。。。\n\n，，")
    assert len(arts) == 1 and arts[0].headline


def test_credit_only_page():
    arts = parse_page("□陈刚摄")
    assert len(arts) == 1
    assert arts[0].captions[0].photographers == ["陈刚"]
    assert arts[0].headline


def test_body_first_then_article():
    text = "这是上一版转来的文字，没有标题。\n\n新的标题在这里\n\n□本报记者 张三\n\n正文第一段。"
    arts = parse_page(text)
    assert [a.headline for a in arts] == ["这是上一版转来的文字，没有标题", "新的标题在这里"]
    assert arts[0].paragraphs == ["这是上一版转来的文字，没有标题。"]
    assert arts[1].byline.reporters == ["张三"] and arts[1].paragraphs == ["正文第一段。"]


def test_bylines_with_other_roles_and_padding():
    text = "标题一\n\n■全媒体记者 张  三 实习生 李四\n\n正文。"
    (a,) = parse_page(text)
    assert a.byline.reporters == ["张三"] and a.byline.correspondents == ["李四"]


def test_lead_with_reporters_and_colon():
    text = "标题二\n\n本报讯 记者张三 通讯员李四、王五报道：正文开始。"
    (a,) = parse_page(text)
    assert a.dateline == "本报讯"
    assert a.byline.reporters == ["张三"] and a.byline.correspondents == ["李四", "王五"]
    assert a.paragraphs == ["正文开始。"]


def test_lone_credit_word_in_body_is_not_a_credit():
    text = "标题三\n\n□本报记者 张三\n\n他们正在拍摄\n\n纪录片。"
    (a,) = parse_page(text)
    assert a.captions == []
    assert a.paragraphs == ["他们正在拍摄纪录片。"]


def test_ascii_words_joined_with_a_space_across_a_break():
    text = "标题四\n\n□本报记者 张三\n\n他说 the new\n\nmodel works。"
    (a,) = parse_page(text)
    assert a.paragraphs == ["他说 the new model works。"]


def test_dash_line_in_body_is_text():
    text = "标题五\n\n□本报记者 张三\n\n第一段。\n\n——摘自某报告"
    (a,) = parse_page(text)
    assert a.subtitle is None
    assert a.paragraphs[-1] == "——摘自某报告"


def test_short_fragment_after_open_paragraph_is_not_a_headline():
    text = "标题六\n\n□本报记者 张三\n\n全县今年新建了一批\n\n便民服务站\n\n覆盖所有乡镇。"
    (a,) = parse_page(text)
    assert a.paragraphs == ["全县今年新建了一批便民服务站覆盖所有乡镇。"]


def test_relayed_report_with_place_and_date_is_a_dateline():
    """人民日报 1998-01-13 p04: ``据新华社北京１月１２日电`` opens a relayed report; it says where and when,
    so it is the dateline shown above the text, not a “来源：” note below it. ``据新华社电`` only says who."""
    page = (
        "中英经贸联委会会议举行\n\n"
        "据新华社北京１月１２日电（记者谭国器）外经贸部部长吴仪在今天举行的中英政府间经贸合作联委会第二次会议上表示，"
        "希望英方从战略高度重视发展对华贸易和投资。\n\n"
        "人工智能应用加速落地\n\n"
        "据新华社电　大模型等应用加速落地。\n"
    )
    first, second = parse_page(page)
    assert (first.dateline, first.source) == ("据新华社北京１月１２日电", None)
    assert first.byline.reporters == ["谭国器"]
    assert first.paragraphs[0].startswith("外经贸部部长吴仪")
    assert (second.dateline, second.source) == (None, "据新华社电")


def test_short_title_above_a_caption_and_credit_is_a_picture_item():
    """人民日报 2017-04-22 p10: after a finished article, ``水美鱼肥`` + caption + ``人民视觉`` is a picture
    item of its own, not a line of the article above that a photo cut off."""
    page = (
        "减排又赚钱  村民笑开颜\n\n"
        "　　户户都是三层小洋楼，家家屋顶上覆盖着亮晶晶的光伏陶瓷瓦片。\n\n"
        "　　李岙村的成功实践给其他正在观望的村庄吃下了定心丸。\n\n"
        "水美鱼肥\n\n"
        "　　湖北省保康县寺坪镇南河渔业农民专业合作社发展立体生态养鱼。图为4月15日，合作社渔民在进行春季捕鱼。\n\n"
        "　　人民视觉\n\n"
        "江苏宿迁市宿豫区补短板创特色\n\n"
        "生态资源带动富民增收\n\n"
        "何首君\n\n"
        "　　最美4月，梨花如雪。\n"
    )
    arts = parse_page(page)
    assert [(a.kind, a.headline) for a in arts] == [
        ("article", "减排又赚钱  村民笑开颜"),
        ("photo", "水美鱼肥"),
        ("article", "生态资源带动富民增收"),
    ]
    assert arts[0].paragraphs[-1] == "李岙村的成功实践给其他正在观望的村庄吃下了定心丸。"
    assert arts[1].captions[0].credit == "人民视觉"


def test_dateline_alone_after_the_text_closes_the_item():
    """南方日报 2024-10-24 p08: a speech ends with its dateline on a line of its own, and the next
    title follows; the dateline signs the speech off instead of opening an untitled item."""
    page = (
        "开创“大金砖合作”高质量发展新局面\n\n"
        "  我想借此机会再次欢迎新成员加入金砖大家庭。扩员是金砖发展史上的里程碑。\n"
        "  当前，世界进入新的动荡变革期，面临关键抉择。我们要建设“和平金砖”。\n"
        "  各位同事！\n"
        "  中方愿同金砖各国一道，开创“大金砖合作”高质量发展新局面！\n"
        "  谢谢大家！\n"
        "  新华社俄罗斯喀山10月23日电\n\n"
        "习近平会见印度总理莫迪\n\n"
        "  新华社俄罗斯喀山10月23日电 当地时间10月23日，国家主席习近平在喀山会见印度总理莫迪。\n"
    )
    speech, meeting = parse_page(page)
    assert speech.headline == "开创“大金砖合作”高质量发展新局面"
    assert speech.dateline == "新华社俄罗斯喀山10月23日电"
    assert meeting.headline == "习近平会见印度总理莫迪"
    assert meeting.dateline == "新华社俄罗斯喀山10月23日电"
    assert meeting.paragraphs[0].startswith("当地时间10月23日")


def test_a_member_list_is_one_item_with_its_group_headings_inside():
    """人民日报 1998-01-24 p03 (the CPPCC member list): ``中国民主促进会（３５人）`` over a run of names is a
    heading inside the list, even when the names end with 。, never the headline of a new article."""
    page = (
        "中国人民政治协商会议第九届全国委员会委员名单\n\n"
        "（共２１９６人１９９８年１月２２日政协第八届全国委员会常务委员会第２３次会议通过）\n\n"
        "中国民主建国会（６５人）\n\n"
        "万国权、王之泰、王光远、王兆民、王宇平（女）、王怀俊、王录生\n\n"
        "中国民主促进会（３５人）\n\n"
        "王立平（满族）、王佐书、尹幼奇、邓伟志、石锦辉（女）、叶至善。\n\n"
        "中国农工民主党（３５人）\n\n"
        "于生龙、万龙君（女）、王士昌、王宁生、王传琛、王乃谦、王锡贞。\n"
    )
    arts = parse_page(page)
    assert [a.headline for a in arts] == ["中国人民政治协商会议第九届全国委员会委员名单"]
    assert "中国农工民主党（３５人）" in arts[0].paragraphs


def test_a_paragraph_that_lost_its_question_mark_is_not_glued_to_the_next():
    """人民日报 1998-01-13 p12: ``……鸿雁若从此不飞，与鸡鸭的下场岂不是一样的`` lost its ？ in the source; the
    next paragraph opens a new thought (看京剧《沙家浜》…), so they stay two paragraphs."""
    page = (
        "鸿雁添毛病了\n\n吴昊\n\n"
        "去年底，据报载：北京百鸟园的一群鸿雁，吃得太好，胖得飞不起来了。\n\n"
        "早春天气，南雁北来；暮秋时节，北雁南飞，谁还会对杀猪宰羊、烤鸭烧鸡再说什么呢？"
        "鸿雁若从此不飞，与鸡鸭的下场岂不是一样的\n\n"
        "看京剧《沙家浜》，郭建光同沙奶奶有一段对唱，郭建光给沙奶奶“提意见”。\n"
    )
    (a,) = parse_page(page)
    assert len(a.paragraphs) == 3
    assert a.paragraphs[1].endswith("岂不是一样的") and a.paragraphs[2].startswith("看京剧")


def test_a_kicker_ending_in_a_dash_opens_its_article():
    """人民日报 2023-09-09 p07: ``湖南省益阳市安化县唐家观——`` over ``山水汇合地  人烟繁盛处（走进传统村落）`` is
    the kicker of that feature, not a one-line brief of its own."""
    page = (
        "湖南省益阳市安化县唐家观——\n\n"
        "山水汇合地  人烟繁盛处（走进传统村落）\n\n"
        "　　江河淌过的地方，往往滋生出一些繁盛市镇、喧嚣村落。\n\n"
        "　　千里奔腾的资江，冲破巍峨耸峙的雪峰山脉，过湖南安化县城20余里，拐出两道回环深湾。\n"
    )
    (a,) = parse_page(page)
    assert a.kicker == "湖南省益阳市安化县唐家观——"
    assert a.headline.startswith("山水汇合地")


def test_a_leaders_part_in_the_event_is_the_subtitle():
    """人民日报 2023-09-09 p03: ``全国政协召开远程协商会`` / ``围绕“推动建立生态产品价值实现机制”协商议政 王沪宁主持``:
    the line saying who presided is the subtitle; the line above it is the headline."""
    page = (
        "全国政协召开远程协商会\n\n"
        "围绕“推动建立生态产品价值实现机制”协商议政  王沪宁主持\n\n"
        "　　本报北京9月8日电  （记者王比学）全国政协8日召开远程协商会，围绕“推动建立生态产品价值实现机制”协商议政。\n"
    )
    (a,) = parse_page(page)
    assert a.headline == "全国政协召开远程协商会"
    assert a.subtitle == "围绕“推动建立生态产品价值实现机制”协商议政  王沪宁主持"


def test_a_pen_name_under_a_title_is_the_byline():
    """南方日报 2024-10-24 p05: ``维 辰`` under ``从机器人看“智造新动能”`` signs the commentary; no surname
    list knows the pen name, but two characters alone between a title and the text are its author."""
    page = (
        "从机器人看“智造新动能”\n\n"
        "  维\u00a0辰\n"
        "  最近几天，泰山的一场机器狗清运垃圾测试，引发了不少网友关注。机器狗背着垃圾爬上台阶，稳稳当当。\n"
    )
    (a,) = parse_page(page)
    assert a.headline == "从机器人看“智造新动能”"
    assert a.byline.reporters == ["维辰"]  # the padding between the characters is layout
    assert a.paragraphs[0].startswith("最近几天")


def test_the_title_line_carrying_the_column_name_is_the_headline():
    """人民日报 2017-03-25 p09: ``今年世界气象日主题清新又亲民`` over ``来，让我们一起“观云识天”（绿色焦点）``:
    the paper hangs the column's name on the headline, so the line above is the kicker."""
    page = (
        "今年世界气象日主题清新又亲民\n\n"
        "来，让我们一起“观云识天”（绿色焦点）\n\n"
        "本报记者  刘毅\n\n"
        "　　3月23日是世界气象日，今年的主题是“观云识天”。云是大气中最常见的现象之一，变化万千。\n"
    )
    (a,) = parse_page(page)
    assert a.kicker == "今年世界气象日主题清新又亲民"
    assert a.headline == "来，让我们一起“观云识天”（绿色焦点）"


def test_an_unlabelled_editors_note_signed_by_the_editors_opens_the_feature():
    """人民日报 2023-08-05 p04: two paragraphs signed ``——编  者`` under the title, then the report's
    dateline: the paragraphs are the editor's box of that one article, not an item before it."""
    page = (
        "切实把保障人民群众生命财产安全放到第一位\n\n"
        "　　日前，习近平总书记对防汛救灾工作作出重要指示，各地区和有关部门迅速行动。\n\n"
        "　　连日来，各地区和有关部门投入大量救援力量，全力开展抢险救援。\n\n"
        "　　——编  者  \n\n"
        "　　本报北京8月4日电  （记者刘温馨）记者8月4日从应急管理部获悉：国家防总于当日16时启动应急响应。\n"
    )
    (a,) = parse_page(page)
    assert a.editor_box.startswith("日前，习近平总书记对防汛救灾工作作出重要指示")
    assert a.dateline == "本报北京8月4日电" and a.byline.reporters == ["刘温馨"]
    assert a.paragraphs[0].startswith("记者8月4日从应急管理部获悉")


def test_a_crosshead_set_on_two_lines_with_a_dash_stays_a_crosshead():
    """人民日报 2023-09-09 p04: ``“锁”在系统——`` / ``盖章更规范`` is one crosshead on two lines; the paragraph
    under it is a paragraph of its own, not the tail of a sentence the dash began."""
    page = (
        "村级公章上“云”管理\n\n"
        "　　2022年以来，萧山区已在义桥镇26个村社推行公章智能管理，群众办事更方便。\n\n"
        "　　“锁”在系统——\n\n"
        "　　盖章更规范\n\n"
        "　　过去，由于实际操作过程中缺乏刚性制约，村级公章管理存在着监管盲区。\n"
    )
    (a,) = parse_page(page)
    assert a.paragraphs[-1] == "过去，由于实际操作过程中缺乏刚性制约，村级公章管理存在着监管盲区。"
    assert "“锁”在系统——" in a.paragraphs and "盖章更规范" in a.paragraphs


def test_a_title_marked_picture_only_opens_its_own_item():
    """人民日报 1998-01-24 p01: ``最好的祝福送给您（图片）`` on a page whose reports open with datelines is a
    picture item of its own (the source's own marker), not a crosshead of the report above."""
    page = (
        "大亚湾核电站１号机组安全运行２６０天\n\n"
        "本报深圳１月２３日电记者陈坚报道：大亚湾核电站１号机组安全运行２６０天，创历史最好水平。\n\n"
        "江泽民会见法国外长\n\n"
        "新华社北京１月２３日电国家主席江泽民今天在中南海会见了法国外长韦德里纳。\n\n"
        "最好的祝福送给您（图片）\n\n"
        "山东省垦利县西十四村学生焦金凤，日前把亲手绘制的《祝叔叔们春节快乐》图画送给了资助她上学的包村组干部。\n\n"
        "（刘文忠摄）\n"
    )
    arts = parse_page(page)
    assert [a.headline for a in arts][-1] == "最好的祝福送给您（图片）"
    assert arts[-1].kind == "photo"
    # the credit ends the picture item: an untitled brief after it is an item of its own
    arts = parse_page(
        page + "\n浙江省甬（宁波）台（州）温（州）高速公路台州段一期工程日前建成通车。该段高速公路长１０．１公里。\n"
    )
    assert arts[-2].kind == "photo" and not arts[-2].paragraphs
    assert arts[-1].paragraphs[0].startswith("浙江省甬（宁波）台（州）温（州）高速公路")
