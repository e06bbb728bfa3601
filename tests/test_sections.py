"""Sections: the bundled sections.toml, its validation (file:line errors), and
the term classifier on the seed, on our own pages and on a few made-up
articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_PAGE

from reader.errors import ContentError
from reader.ingest import parse_page
from reader.model import Article, Caption
from reader.sections import Section, classify, load_sections, score

REPO = Path(__file__).resolve().parent.parent
SECTIONS = REPO / "content" / "sections.toml"
SEED = SEED_PAGE
PAGES = Path(__file__).parent / "pages"


@pytest.fixture(scope="module")
def sections() -> list[Section]:
    return load_sections(SECTIONS)


def _classify_page(text: str, sections: list[Section]) -> list[tuple[str, str]]:
    return [(a.headline, classify(a, sections)) for a in parse_page(text)]


# --------------------------------------------------------------------------
# The bundled file


def test_bundled_sections(sections):
    assert [s.id for s in sections] == ["hightech", "congress", "eldercare", "energy", "general"]
    assert [s.hotkey for s in sections] == ["1", "2", "3", "4", "5"]
    assert [s.name_zh for s in sections] == ["高新区", "人大", "医养", "能源", "综合"]
    assert [s.name_en for s in sections] == ["High-tech zone", "People's congress", "Eldercare", "Energy", "General"]
    assert [s.is_catch_all for s in sections] == [False, False, False, False, True]
    assert all(len(s.terms) >= 10 for s in sections[:4])


def test_default_path_is_the_bundled_file(sections):
    assert [s.id for s in load_sections()] == [s.id for s in sections]


# --------------------------------------------------------------------------
# Classification


def test_seed_sections(sections):
    if not SEED.is_file():
        pytest.skip("seed page not available")
    got = [sec for _, sec in _classify_page(SEED.read_text(encoding="utf-8"), sections)]
    assert got == ["hightech", "congress", "congress", "eldercare", "energy", "general", "energy"]


def test_seed_forum_is_congress_not_eldercare(sections):
    # Article 3 talks about 养老 in one speaker's part; its kicker and subtitle say 人大.
    if not SEED.is_file():
        pytest.skip("seed page not available")
    forum = parse_page(SEED.read_text(encoding="utf-8"))[2]
    by_id = {s.id: s for s in sections}
    assert score(forum, by_id["eldercare"]) > 0
    assert score(forum, by_id["congress"]) > 2 * score(forum, by_id["eldercare"])


def test_own_pages_sections(sections):
    got = _classify_page((PAGES / "county_news.txt").read_text(encoding="utf-8"), sections)
    assert [sec for _, sec in got] == ["energy", "general", "general", "eldercare"]
    got = _classify_page((PAGES / "jumps_and_briefs.txt").read_text(encoding="utf-8"), sections)
    assert [sec for _, sec in got] == ["general", "congress", "general", "hightech"]
    got = _classify_page((PAGES / "no_blank_lines.txt").read_text(encoding="utf-8"), sections)
    assert [sec for _, sec in got] == ["general", "eldercare"]


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        ("我县新增3座分布式光伏电站", "项目全部并网后，年发电量可达1200万千瓦时。", "energy"),
        ("首座加氢站在准东投运", "该站日加氢能力500公斤，可满足氢能重卡运营需求。", "energy"),
        ("社区嵌入式养老服务中心开门迎客", "中心为周边老年人提供助餐、助浴和康复护理服务。", "eldercare"),
        ("让失能老人得到专业照护", "全州长期护理保险试点覆盖10万人。", "eldercare"),
        ("州人大常委会开展食品安全法执法检查", "检查组深入企业和市场，听取人大代表意见。", "congress"),
        ("人大代表走进田间地头听民声", "代表们认真记录群众反映的问题。", "congress"),
        ("高新区新增5家专精特新企业", "园区持续加大研发投入，科技创新能力不断提升。", "hightech"),
        ("人工智能大模型落地制造车间", "企业引入AI质检系统，良品率提升到99%。", "hightech"),
        ("全县秋粮喜获丰收", "今年全县粮食总产量达到28万吨，再创历史新高。", "general"),
        ("冬季供暖季来临 市民注意防火", "消防部门提醒市民规范使用取暖设备。", "general"),
        # One passing mention in the body does not move an article.
        ("乡村文化节开幕", "活动吸引了众多游客，也有不少老年人前来观看。", "general"),
        ("小学开展科普周活动", "学生们参观了机器人展示。", "general"),
    ],
)
def test_made_up_articles(sections, headline, body, expected):
    assert classify(Article(id="", headline=headline, paragraphs=[body]), sections) == expected


def test_terms_count_longest_first_without_overlap(sections):
    congress = next(s for s in sections if s.id == "congress")
    one = Article(id="", headline="x", paragraphs=["人大代表"])
    # "人大代表" counts as itself (3), not also as "人大" (2).
    assert score(one, congress) == pytest.approx(congress.body_weight * congress.terms["人大代表"])


def test_repeats_count_sublinearly(sections):
    elder = next(s for s in sections if s.id == "eldercare")
    once = score(Article(id="", headline="x", paragraphs=["养老"]), elder)
    many = score(Article(id="", headline="x", paragraphs=["养老" * 20]), elder)
    assert once < many < 5 * once


def test_headline_outweighs_body(sections):
    energy = next(s for s in sections if s.id == "energy")
    in_head = score(Article(id="", headline="光伏", paragraphs=["无关。"]), energy)
    in_body = score(Article(id="", headline="无关", paragraphs=["光伏。"]), energy)
    assert in_head == pytest.approx(energy.headline_weight / energy.body_weight * in_body)


def test_ascii_terms_match_whole_words_only(sections):
    tech = next(s for s in sections if s.id == "hightech")
    assert score(Article(id="", headline="x", paragraphs=["MAIL PAINT"]), tech) == 0
    assert score(Article(id="", headline="x", paragraphs=["用AI写字"]), tech) > 0
    assert score(Article(id="", headline="x", paragraphs=["ai"]), tech) > 0


def test_captions_count_as_body(sections):
    energy = next(s for s in sections if s.id == "energy")
    art = Article(id="", headline="x", captions=[Caption("新建的加油站。", ["张三"])])
    assert score(art, energy) > 0


def test_catch_all_when_nothing_matches(sections):
    assert classify(Article(id="", headline=""), sections) == "general"


def test_classify_without_catch_all_falls_back_to_general():
    only = [Section("energy", "能源", "Energy", "4", {"光伏": 1.0})]
    assert classify(Article(id="", headline="x"), only) == "general"


# --------------------------------------------------------------------------
# Loading and validation


GOOD_HEAD = """\
[classifier]
threshold = 2

"""


def _section(sid: str, key: str, terms: str = "") -> str:
    return f'[[section]]\nid = "{sid}"\nname_zh = "名"\nname_en = "Name"\nhotkey = "{key}"\n{terms}\n'


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "sections.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_list_terms_and_overrides(tmp_path):
    text = GOOD_HEAD + _section("a", "a", 'terms = ["光伏", "风电"]\nheadline_weight = 10') + _section("z", "z")
    secs = load_sections(_write(tmp_path, text))
    assert secs[0].terms == {"光伏": 1.0, "风电": 1.0}
    assert secs[0].headline_weight == 10 and secs[0].threshold == 2
    assert secs[1].is_catch_all
    assert classify(Article(id="", headline="光伏"), secs) == "a"
    assert classify(Article(id="", headline="x", paragraphs=["光伏"]), secs) == "z"


def test_names_are_sanitised(tmp_path):
    text = _section("a", "a", 'terms = ["x"]').replace('"名"', '"名\\u001b[31m字"') + _section("z", "z")
    secs = load_sections(_write(tmp_path, text))
    assert secs[0].name_zh == "名字"


def _error(tmp_path: Path, text: str) -> ContentError:
    path = _write(tmp_path, text)
    with pytest.raises(ContentError) as info:
        load_sections(path)
    assert str(info.value).startswith(f"{path}:")
    return info.value


@pytest.mark.parametrize(
    "text, line, words",
    [
        # invalid TOML: tomllib's line
        ("[classifier]\nthreshold = \n", 2, "not valid TOML"),
        # unknown top-level key
        ('title = "x"\n' + _section("a", "a"), 1, "unknown key 'title'"),
        # unknown classifier key
        ("[classifier]\nthreshold = 1\ncolour = 2\n" + _section("a", "a"), 3, "unknown classifier key 'colour'"),
        # negative weight
        ("[classifier]\nbody_weight = -1\n" + _section("a", "a"), 2, "body_weight must be a number"),
        # bool is not a number
        ("[classifier]\nthreshold = true\n" + _section("a", "a"), 2, "threshold must be a number"),
        # no sections
        ("[classifier]\nthreshold = 1\n", None, "no sections"),
        # missing hotkey
        ('[[section]]\nid = "a"\nname_zh = "名"\nname_en = "N"\n', 1, "has no 'hotkey'"),
        # bad id
        (_section("A b", "a"), 2, "id must be lowercase"),
        # duplicate id
        (_section("a", "a") + _section("a", "b"), 8, "duplicate section id 'a'"),
        # hotkey two chars
        (_section("a", "ab"), 5, "hotkey of section 'a' must be one printable character"),
        # duplicate hotkey
        (
            _section("a", "1", 'terms = ["x"]') + _section("b", "1"),
            11,
            "hotkey '1' of section 'b' is already used by 'a'",
        ),
        # unknown section key
        (_section("a", "a", "colour = 1"), 6, "unknown key 'colour' in section #1"),
        # empty name
        (_section("a", "a").replace('"Name"', '""'), 4, "name_en of section 'a' must be a non-empty string"),
        # term weight
        (
            _section("a", "a", '[section.terms]\n"光伏" = 0\n"风电" = 1\n'),
            7,
            "weight of term '光伏' in section 'a' must be a number > 0",
        ),
        (_section("a", "a", '[section.terms]\n"风电" = 1\n"光伏" = "x"\n'), 8, "weight of term '光伏'"),
        # terms of the wrong type
        (_section("a", "a", "terms = 3"), 6, "terms of section 'a' must be a table"),
        # empty term
        (
            _section("a", "a", 'terms = [""]') + _section("z", "z"),
            6,
            "a term of section 'a' must be a non-empty string",
        ),
        # duplicate term in a list
        (_section("a", "a", 'terms = ["x", "x"]') + _section("z", "z"), 6, "term 'x' appears twice"),
        # no catch-all
        (_section("a", "a", 'terms = ["x"]'), 1, "no catch-all section"),
        # two catch-alls
        (_section("a", "a") + _section("b", "b"), 7, "two sections without terms"),
    ],
)
def test_validation_errors(tmp_path, text, line, words):
    err = _error(tmp_path, text)
    assert err.line == line, str(err)
    assert words in str(err)


def test_missing_file(tmp_path):
    path = tmp_path / "nope.toml"
    with pytest.raises(ContentError) as info:
        load_sections(path)
    assert str(info.value).startswith(f"{path}: cannot read")


def test_not_utf8(tmp_path):
    path = tmp_path / "sections.toml"
    path.write_bytes(b'[[section]]\nid = "\xff"\n')
    with pytest.raises(ContentError, match="not UTF-8"):
        load_sections(path)


# --------------------------------------------------------------------------
# Why: the terms that chose the section


def test_explain_gives_the_section_and_its_heaviest_terms(sections):
    from reader.sections import MAX_REASON_TERMS, explain

    art = Article(
        id="", headline="光伏电站并网发电", paragraphs=["新能源装机增长，储能项目建设加快。风电、光伏齐头并进。"]
    )
    section, terms = explain(art, sections)
    assert section == classify(art, sections) == "energy"
    assert terms[0] == "光伏"  # in the headline (×4) and the body: the heaviest
    assert {"新能源", "储能", "风电"} <= set(terms) and len(terms) <= MAX_REASON_TERMS
    assert explain(Article(id="", headline="天气晴"), sections) == ("general", [])


def test_explain_agrees_with_classify_on_the_seed(sections):
    from reader.sections import explain

    if not SEED.is_file():
        pytest.skip("seed page not available")
    for a in parse_page(SEED.read_text(encoding="utf-8")):
        section, terms = explain(a, sections)
        assert section == classify(a, sections)
        assert bool(terms) == (section != "general")
        assert all(t in next(s for s in sections if s.id == section).terms for t in terms)
