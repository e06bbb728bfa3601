"""What a reader sees of figures and bylines, wherever they are shown."""

from __future__ import annotations

import pytest

from reader.model import Byline, change_mark, format_value


@pytest.mark.parametrize(
    "value, shown",
    [
        (210000, "21万"),
        (23000000000, "230亿"),
        (480000000, "4.8亿"),
        (36500000000000, "36.5万亿"),
        (4000, "4000"),
        (86.34, "86.34"),
        (7.5, "7.5"),
        (90, "90"),
        (90.0, "90"),
    ],
)
def test_values_read_like_a_chinese_newspaper(value, shown):
    assert format_value(value) == shown


def test_byline_as_printed():
    b = Byline(["杨雍", "刘茜"], ["宋华敏"])
    assert b.text() == "本报记者 杨雍 刘茜  通讯员 宋华敏"
    assert Byline([], ["徐媛媛"]).text(" · ") == "通讯员 徐媛媛"
    assert Byline().text() == "" and Byline().is_empty()


def test_a_change_is_marked_by_an_arrow_and_a_level_reached_by_its_verb() -> None:
    assert (change_mark("up"), change_mark("down")) == ("↑", "↓")  # 增长8.2%: by the value
    assert (change_mark("up", True), change_mark("down", True)) == ("升至", "降至")  # 提高到27%: to it
    assert change_mark(None, True) == change_mark(None) == ""
