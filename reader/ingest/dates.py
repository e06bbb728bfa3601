"""Dates and page numbers printed on a page or carried in its file name.

* ``2024年11月15日``, ``2024年11月15日 星期五``, ``二〇二四年十一月十五日``,
  ``2026-03-29``, ``2024.11.15``, ``2024/11/15`` – a date line.
* ``第08版``, ``第 8 版``, ``A05版``, ``08版：要闻`` – a page number (and name).
* File names: ``20240115-08.txt``, ``2024-01-15_A05.txt``, ``rmrb-2024-01-15-p08``.

Every function is pure and returns ``None`` when the text is not such a line.
"""

from __future__ import annotations

import datetime as _dt
import re

from reader.ingest.chars import WS

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"[0-9０-９]"
_CN = "〇零○一二三四五六七八九十"
_WEEK = rf"(?:[{WS}]*(?:星期|周|礼拜)[一二三四五六日天])?"
_LUNAR = (
    rf"(?:[{WS}]*[（(]?(?:农历)?[{_CN}腊正冬闰甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年月初廿卅]{{2,14}}[）)]?)?"
)

_DATE_ARABIC = re.compile(
    rf"(?P<y>(?:19|20|１９|２０){_NUM}{{2}})[{WS}]*年[{WS}]*(?P<m>{_NUM}{{1,2}})[{WS}]*月[{WS}]*(?P<d>{_NUM}{{1,2}})[{WS}]*日"
)
_DATE_CN = re.compile(rf"(?P<y>[{_CN}]{{4}})年(?P<m>[{_CN}]{{1,3}})月(?P<d>[{_CN}]{{1,3}})日")
_DATE_ISO = re.compile(rf"(?P<y>(?:19|20){_NUM}{{2}})(?P<sep>[-./／])(?P<m>{_NUM}{{1,2}})(?P=sep)(?P<d>{_NUM}{{1,2}})")
_DATE_FILE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])"
)

_PAGE = re.compile(
    rf"^(?:第[{WS}]*(?P<n1>[A-Za-zＡ-Ｚ]?{_NUM}{{1,3}}|[{_CN}]{{1,3}})[{WS}]*版"
    rf"|(?P<n2>[A-Za-zＡ-Ｚ]{_NUM}{{2,3}})[{WS}]*版?"
    rf"|(?P<n3>{_NUM}{{1,3}})[{WS}]*版)"
    rf"(?:[{WS}]*[：:｜|·\-—]*[{WS}]*(?P<name>[^\d{WS}][^{WS}]{{0,11}}))?$"
)
_FILE_PAGE = re.compile(r"(?:(?<=[-_.])|^)(?:p|page|第)?(?P<n>[A-Za-z]?\d{1,2})(?:版)?$", re.IGNORECASE)


def _int(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _cn_number(s: str) -> int | None:
    """``十一`` → 11, ``二十三`` → 23, ``三十`` → 30, ``九`` → 9."""
    if not s:
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _CN_DIGITS.get(a, -1) if a else 1
        ones = _CN_DIGITS.get(b, -1) if b else 0
        if tens < 0 or ones < 0:
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in _CN_DIGITS:
        return _CN_DIGITS[s]
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _match_date(m: re.Match[str], cn: bool = False) -> str | None:
    if cn:
        y_digits = [_CN_DIGITS.get(c) for c in m.group("y")]
        if any(v is None for v in y_digits):
            return None
        y = int("".join(str(v) for v in y_digits))
        mo, d = _cn_number(m.group("m")), _cn_number(m.group("d"))
        if mo is None or d is None:
            return None
        return _iso(y, mo, d)
    return _iso(_int(m.group("y")), _int(m.group("m")), _int(m.group("d")))


def find_date(text: str) -> str | None:
    """The first real calendar date written in ``text`` (any of the forms above), as ISO."""
    for rx, cn in ((_DATE_ARABIC, False), (_DATE_CN, True), (_DATE_ISO, False)):
        for m in rx.finditer(text):
            iso = _match_date(m, cn)
            if iso:
                return iso
    return None


def date_line(line: str) -> str | None:
    """ISO date when the whole line is a date (weekday and lunar date allowed)."""
    t = line.strip(WS)
    if not t or len(t) > 40:
        return None
    for rx, cn in ((_DATE_ARABIC, False), (_DATE_CN, True), (_DATE_ISO, False)):
        m = re.fullmatch(rf"{rx.pattern}{_WEEK}{_LUNAR}", t)
        if m:
            return _match_date(m, cn)
    return None


def page_line(line: str) -> tuple[str, str | None] | None:
    """``(page, name)`` for a page-number line (``第08版：要闻`` → ("08", "要闻"))."""
    t = line.strip(WS)
    if not t or len(t) > 24:
        return None
    m = _PAGE.match(t)
    if not m:
        return None
    n = m.group("n1") or m.group("n2") or m.group("n3")
    if n and n[0] in _CN:
        v = _cn_number(n)
        if v is None:
            return None
        n = f"{v:02d}"
    else:
        n = n.translate(str.maketrans("０１２３４５６７８９ＡＢＣＤＥＦＧＨ", "0123456789ABCDEFGH")).upper()
        if n.isdigit():
            n = f"{int(n):02d}"
    if not any(c in "123456789" for c in n):
        return None  # there is no page 0
    return n, m.group("name")


def from_file_name(name: str) -> tuple[str | None, str | None]:
    """``(date, page)`` from a page's file name: ``20240115-08.txt`` → ("2024-01-15", "08")."""
    stem = re.sub(r"\.(?:txt|html?|text)$", "", name, flags=re.IGNORECASE)
    date = None
    rest = stem
    for m in _DATE_FILE.finditer(stem):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            date = iso
            rest = stem[m.end() :]
            break
    page = None
    if date:
        # the last token after the date: "-08", "_A05", "-p01", "_4-03" (article 4 on page 03)
        tail = re.split(r"[-_.]", rest.strip("-_."))[-1] if rest.strip("-_.") else ""
        pm = _FILE_PAGE.fullmatch(tail) if tail else None
        if pm:
            n = pm.group("n").upper()
            page = f"{int(n):02d}" if n.isdigit() else n
            if page in ("00", "0"):
                page = None
    return date, page
