"""Dates as Chinese readers read them (issue 15): 2025年11月15日 星期六 in the
Chinese interface, optionally with the lunar date; ISO in English."""

from __future__ import annotations

import pytest

from reader.dates import format_date, lunar, lunar_day


def test_chinese_masthead_date_with_weekday():
    assert format_date("2025-11-15", "zh") == "2025年11月15日 星期六"
    assert format_date("2024-01-01", "zh") == "2024年1月1日 星期一"


def test_english_keeps_iso_and_no_date_is_empty():
    assert format_date("2025-11-15", "en") == "2025-11-15"
    assert format_date(None, "zh") == ""
    assert format_date("2025-13-40", "zh") == "2025-13-40"  # shown as written, never a crash


@pytest.mark.parametrize(
    "iso, said",
    [
        ("2025-01-29", "农历正月初一"),  # 春节 2025
        ("2024-09-17", "农历八月十五"),  # 中秋 2024
        ("2025-07-25", "农历闰六月初一"),  # a leap month
        ("2024-02-09", "农历腊月三十"),  # 除夕 2024
    ],
)
def test_lunar_dates(iso, said):
    assert lunar(iso) == said


def test_lunar_is_added_only_when_asked():
    assert format_date("2025-01-29", "zh", lunar_date=True) == "2025年1月29日 星期三 农历正月初一"
    assert "农历" not in format_date("2025-01-29", "zh")
    assert "农历" not in format_date("2025-01-29", "en", lunar_date=True)


def test_lunar_day_names():
    assert [lunar_day(d) for d in (1, 10, 11, 20, 21, 30)] == ["初一", "初十", "十一", "二十", "廿一", "三十"]
