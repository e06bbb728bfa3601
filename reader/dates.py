"""Dates as the reader's readers read them.

In the Chinese interface an edition's date is ``2024年11月15日 星期五``, as
a paper prints it on its masthead, optionally with the lunar date
(``农历十月十五``, from the ``lunardate`` package, imported only when that is
switched on: ``lunar_date = true`` in config.toml); in the English interface
it stays ISO (``2024-11-15``), which needs no translation.
"""

from __future__ import annotations

import datetime as _dt

WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_LUNAR_MONTHS = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月")
_DIGITS = "一二三四五六七八九十"


def _parse(iso: str | None) -> _dt.date | None:
    if not iso:
        return None
    try:
        return _dt.date.fromisoformat(iso)
    except ValueError:
        return None


def lunar_day(day: int) -> str:
    """初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十."""
    if day <= 10:
        return "初" + _DIGITS[day - 1]
    if day < 20:
        return "十" + _DIGITS[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 21]
    return "三十"


def lunar(iso: str | None) -> str | None:
    """``农历十月十五`` (``农历闰六月初一`` in a leap month), or None when it cannot be said."""
    d = _parse(iso)
    if d is None:
        return None
    try:
        from lunardate import LunarDate

        ld = LunarDate.from_solar_date(d.year, d.month, d.day)
    except (ImportError, ValueError, AttributeError):
        return None  # outside the package's range (1900-2099)
    return "农历" + ("闰" if ld.is_leap_month else "") + _LUNAR_MONTHS[ld.month - 1] + lunar_day(ld.day)


def format_date(iso: str | None, lang: str, *, lunar_date: bool = False) -> str:
    """An edition's date for the interface in ``lang``; "" when there is none.
    A date the parser cannot read is shown as it is."""
    if not iso:
        return ""
    d = _parse(iso)
    if d is None or lang == "en":
        return iso
    text = f"{d.year}年{d.month}月{d.day}日 {WEEKDAYS_ZH[d.weekday()]}"
    if lunar_date:
        moon = lunar(iso)
        if moon:
            text += f" {moon}"
    return text
