"""Labels of figures: the rules of reader.analysis.figure_labels, each with a real news sentence."""

from __future__ import annotations

import pytest

from reader.analysis.figures import find_figures


def label_of(sentence: str, text: str) -> str:
    found = [f.label for f in find_figures([sentence]) if f.text == text]
    assert found, [f.text for f in find_figures([sentence])]
    return found[0]


@pytest.mark.parametrize(
    "sentence, text, labels",
    [
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
    ],
)
def test_not_labels(sentence: str, text: str, bad: str) -> None:
    assert label_of(sentence, text) != bad


def test_age_names_the_person_after_a_modifier() -> None:
    """lead_label past a modifier closed by 的 (辽宁 2024)."""
    assert label_of("家住大连市甘井子区的诺诺（化名），5岁时经医院确诊为耳聋，", "5岁") == "诺诺"
