"""Labels of runs (连续N年…): the rules of reader.analysis.run_labels, each with a real news sentence."""

from __future__ import annotations

import pytest
from conftest import label_of


def test_run_named_by_its_doing():
    # 人民日报 2023: a run (连续N年) is no time a doing took (were 承担用时, 开展用时) nor the subject after it
    assert (
        label_of("他所在的中部战区空军航空兵某师，已连续8年承担接迎志愿军烈士遗骸回国的光荣任务。", "8年")
        == "连续承担光荣任务"
    )
    assert label_of("自然资源部连续5年举办了测绘法宣传日暨国家版图意识宣传周活动。", "5年") == "自然资源部连续举办活动"
    assert (
        label_of("多方努力下，2021、2022年连续两年全国耕地总量实现净增加，多年来耕地总量持续减少。", "两年")
        == "耕地总量连续净增加"
    )
    assert label_of("工业生产者出厂价格连续3个月降幅收窄。", "3个月") == "降幅连续收窄"
    # a list or a quote ends no one noun: no cut
    assert label_of("打破当地连续19年没有县内就读学生考取北京大学、清华大学的局面。", "19年") != "连续没有北京大学"


def test_run_past_a_quoted_name():
    # 人民日报 2017: a short quoted name before the run's noun goes with it (was 参加用时: a run took no time)
    assert (
        label_of("香玉小学自成立以来，连续11年参加河洛镇举办的“春满河洛”戏曲大赛，举办演出百余场。", "11年")
        == "连续参加大赛"
    )


def test_run_of_change_after_its_subjects_clause():
    # 人民日报 2023: a run of a change opening its clause goes on with the clause before (was empty)
    assert label_of("2022年发达国家对最不发达国家援助同比减少0.7%，连续3年下降。", "3年") == "发达国家援助连续下降"
    # a clause before that is no change of its own lends no subject
    assert label_of("记者走访了多家企业，连续3年下降。", "3年") != "企业连续下降"


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        # _RUN_ADVERBS_RE: 已 between the subject and 连续; the subject of the clause before (人民日报 2023; was empty)
        ("7月份制造业采购经理指数（PMI）为49.3%，已连续2个月回升。", "2个月", "PMI连续回升"),
        # _RUN_MADE_RE, _nearest_words: 实现 carries the change; the subject's nearest words (人民日报 2023; was empty)
        ("成都市民体质合格率达94.61%，连续7年实现提升。", "7年", "体质合格率连续提升"),
        # _run_passive: a run of 被 and a verb (人民日报 2023; was 表彰用时)
        ("所在连队连续4年被表彰为“四铁”先进连队。", "4年", "所在连队连续被表彰"),
    ],
)
def test_round26_runs(sentence: str, text: str, label: str) -> None:
    assert label_of(sentence, text) == label


def test_run_named_with_its_holder():
    # 南方日报 2024: a run with no subject of its own is named with the subject before 连续 (was 连续保持正增长)
    assert label_of("此外，出口手机已连续3个月保持正增长。", "3个月") == "出口手机连续保持正增长"
    # 人民日报 2023: not a clause that is more than its subject (农业要在…), nor the count before a person's run
    assert label_of("第一，农业要在连续三年丰收、生产基数较高的情况下，再夺丰收很不容易。", "三年") == "连续丰收"
    assert "多条" not in label_of("提出建设性意见建议500多条，连续6年被评为优秀基层干部、“四有”优秀军官。", "6年")
