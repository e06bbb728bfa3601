"""Chinese line breaking (避头尾): each rule on real newspaper sentences, and
hypothesis properties (nothing lost, never over the width, the forbidden
start/end rules broken only exactly when the chunk is too wide)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size
from conftest import SEED_PAGE

from reader import linebreak
from reader.linebreak import (
    BREAK_AFTER_OPENING,
    BREAK_BEFORE_CLOSING,
    BREAK_IN_WORD,
    BREAK_OK,
    NO_LINE_END,
    NO_LINE_START,
    break_classes,
    cell_width,
    effective_indent,
    wrap,
    wrap_offsets,
)

IND = "\u3000\u3000"
SEED = SEED_PAGE

S_HIGHTECH = (
    "从数字物流平台占据全疆九成市场，到AI智能机器人精准复刻书法大师笔韵；从36个创新平台筑牢根基，"
    "到86家高新技术企业梯次成长——今年以来，昌吉国家高新技术产业开发区以“企业创新为点、园区赋能为面”，"
    "将科技势能转化为产业升级动能，在高质量发展赛道上加速前行。"
)
S_ENERGY = (
    "项目新建27台7.5MW风电机组，预计年发电量达4.8亿千瓦时，可节约标准煤13.5万吨，"
    "碳配额成交价103元/吨，较上年上涨86.34%。"
)
S_LOGISTICS = (
    "这个2019年上线的平台，依托大数据、云计算技术打通“货源—调度—结算”全链条，如今已聚集21万辆注册车辆、"
    "21万名司机，服务4000家客户，年货运量达5800万吨，交易额近230亿元。“数字化让调度、管理、结算全流程智能化，"
    "提升重执效率，实现多方降本增效，这是我们领跑行业的核心竞争力。”段希燕说，凭借126项技术专利，"
    "企业不仅获评国家5A级物流企业，更牢牢占据全疆网络货运市场90%以上的份额。"
)
S_QUOTE = (
    "“塔合麦西热甫在我们这儿已经传到了第七代，大家都特别喜欢。”乡人大代表吐尔迪·托合逊说，“如今，我们有了专门的舞台……”"
)
SENTENCES = [S_HIGHTECH, S_ENERGY, S_LOGISTICS, S_QUOTE]

# The brief's own lists, independent of the module's (which are supersets).
BRIEF_CLOSING = set("，。、；：？！）」』》…”’〕】〉％,.;:?!)%")
BRIEF_OPENING = set("（「『《“‘【〔〈")
UNITS_FROM_BRIEF = ["AI", "7.5MW", "5800万吨", "86.34%", "103元/吨", "2019年", "4.8亿千瓦时", "27台", "36个", "86家"]

WS = frozenset(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\n\xa0\u2007\u202f")


def lines_of(text: str, width: int, indent: str = IND) -> list[str]:
    return [text[a:b] for a, b in wrap_offsets(text, width, indent=indent)]


def budget(k: int, width: int, indent: str) -> int:
    ind = effective_indent(indent, width)
    return width - cell_len(ind) if k == 0 else width


def check_basic(text: str, width: int, indent: str) -> list[tuple[int, int]]:
    """Invariants that hold for every input: returns the spans."""
    spans = wrap_offsets(text, width, indent=indent)
    assert spans, "at least one line"
    assert spans[0][0] == 0
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a <= b <= len(text), spans
        gap = text[prev_end:a]
        assert all(c in WS or c == "\n" for c in gap), (gap, spans)
        assert "\n" not in text[a:b]
        prev_end = b
    assert all(c in WS for c in text[prev_end:]), "only trailing whitespace may be dropped"
    # every newline sits in a gap, and each gap holds at most one
    gaps = [text[spans[i][1] : spans[i + 1][0]] for i in range(len(spans) - 1)]
    assert sum(g.count("\n") for g in gaps) == text.count("\n")
    assert all(g.count("\n") <= 1 for g in gaps)
    # concatenating spans and dropped whitespace reproduces the text
    rebuilt = "".join(
        text[a:b] + text[b : (spans[i + 1][0] if i + 1 < len(spans) else len(text))] for i, (a, b) in enumerate(spans)
    )
    assert rebuilt == text
    if width >= 2:
        ind = effective_indent(indent, width)
        for k, (a, b) in enumerate(spans):
            line = (ind if k == 0 else "") + text[a:b]
            assert cell_len(line) <= width, (k, line, width)
    return spans


def hard_line_starts(text: str, spans) -> set[int]:
    """Indices of lines that begin a hard line (line 0 and after a newline)."""
    out = {0}
    for k in range(1, len(spans)):
        if "\n" in text[spans[k - 1][1] : spans[k][0]] or spans[k - 1] == (0, 0) and spans[k][0] == 0:
            out.add(k)
    return out


def _no_start_run(text: str, i: int) -> bool:
    """True if text[i] is a character no line may start with (per the module)."""
    c = text[i]
    if c in NO_LINE_START or c in WS or get_character_cell_size(c) == 0:
        return True
    if c in "—…⋯" and i > 0 and text[i - 1] == c:
        return True
    return i > 0 and text[i - 1] == "\u200d"


def check_rules(text: str, width: int, indent: str, spans) -> None:
    """Forbidden start / end are broken only when the chunk is wider than the budget."""
    hard = hard_line_starts(text, spans)
    for k, (a, b) in enumerate(spans):
        if k in hard or a == b:
            continue
        c = text[a]
        forbidden = c in BRIEF_CLOSING or (c in "—…" and text[a - 1] == c)
        if not forbidden:
            continue
        s, _e = spans[k - 1]
        # line k-1 is one character followed only by no-start characters ...
        assert all(_no_start_run(text, i) for i in range(s + 1, a)), (k, text[s:a], text[a:b])
        # ... and together with this line's first character it is too wide
        assert cell_len(text[s : a + 1]) > budget(k - 1, width, indent), (k, text[s : a + 1])

    for k, (a, b) in enumerate(spans[:-1]):
        if a == b or "\n" in text[b : spans[k + 1][0]]:
            continue
        if text[b - 1] in BRIEF_OPENING:
            # no clean (class 0) break fits in this line's budget
            h0 = text.rfind("\n", 0, a) + 1
            h1 = text.find("\n", a)
            h1 = len(text) if h1 < 0 else h1
            cls = break_classes(text[h0:h1])
            bud = budget(k, width, indent)
            j = a  # the fitting end
            while j < h1 and cell_len(text[a : j + 1]) <= bud:
                j += 1
            assert BREAK_OK not in cls[a - h0 + 1 : j - h0 + 1], (k, text[a:b])


def check_greedy(text: str, width: int, indent: str, spans) -> None:
    """Each line took as much as it could: adding the next line's first chunk
    (up to its first clean break) would overflow the budget."""
    for k in range(len(spans) - 1):
        a, b = spans[k]
        a2 = spans[k + 1][0]
        if "\n" in text[b:a2]:
            continue  # a hard break
        h0 = text.rfind("\n", 0, a) + 1
        h1 = text.find("\n", a)
        h1 = len(text) if h1 < 0 else h1
        cls = break_classes(text[h0:h1])
        j = a2 + 1
        while j < h1 and cls[j - h0] != BREAK_OK:
            j += 1
        assert cell_len(text[a:j]) > budget(k, width, indent), (k, text[a:j])


def split_points(spans) -> set[int]:
    pts = set()
    for (_a, b), (a2, _b2) in zip(spans, spans[1:]):
        pts.add(b)
        pts.add(a2)
    return pts


# --------------------------------------------------------------------- rules


@pytest.mark.parametrize("width", range(10, 81))
@pytest.mark.parametrize("text", SENTENCES, ids=["hightech", "energy", "logistics", "quote"])
def test_real_sentences_all_widths(text, width):
    spans = check_basic(text, width, IND)
    check_rules(text, width, IND, spans)
    lines = [text[a:b] for a, b in spans]
    for line in lines[1:]:
        assert line[0] not in NO_LINE_START, lines
    for line in lines[:-1]:
        assert line[-1] not in NO_LINE_END, lines
    # no brief unit is ever split unless it (with its closing punctuation) is
    # wider than the width; —— and …… always stay whole
    pts = split_points(spans)
    for unit in UNITS_FROM_BRIEF + ["——", "……"]:
        start = text.find(unit)
        while start >= 0:
            z = start + len(unit)
            while z < len(text) and text[z] in NO_LINE_START:
                z += 1
            if cell_len(text[start:z]) <= width:
                assert not any(start < p < start + len(unit) for p in pts), (unit, lines)
            start = text.find(unit, start + 1)
    check_greedy(text, width, IND, spans)


def test_units_are_recognised():
    found = {m.group() for m in linebreak._UNIT_RE.finditer(S_HIGHTECH + S_ENERGY + S_LOGISTICS)}
    for unit in UNITS_FROM_BRIEF + ["13.5万吨", "230亿元", "21万辆", "21万名", "126项", "5A级", "90%", "4000家"]:
        assert unit in found, unit


def test_push_out_instead_of_starting_with_comma():
    # "一二三四" fills 8 cells exactly; "，" may not start line 2, so "四" goes with it
    assert lines_of("一二三四，五六", 8, "") == ["一二三", "四，五六"]
    assert lines_of("一二三四。”五六", 8, "") == ["一二三", "四。”五", "六"]  # ” is 1 cell


def test_half_width_closing_is_also_forbidden_at_start():
    assert lines_of("abc def, ghi", 7, "") == ["abc", "def,", "ghi"]
    assert lines_of("一二三四)五", 8, "") == ["一二三", "四)五"]
    assert lines_of("一二三四 ，五", 8, "") == ["一二三", "四 ，五"]


def test_no_line_ends_with_opening_punctuation():
    assert lines_of("一二三“四五”", 8, "") == ["一二三", "“四五”"]
    assert lines_of("一二三《四五》", 8, "") == ["一二三", "《四五》"]
    assert lines_of("一二三（四五）", 8, "") == ["一二三", "（四五）"]


def test_dash_and_ellipsis_pairs_never_split():
    assert lines_of("一二三——四五", 7, "") == ["一二三", "——四五"]  # —— may start a line
    assert lines_of("一二三……四五", 7, "") == ["一二", "三……四", "五"]  # …… may not (— … are 1 cell)
    assert lines_of("成长——今年", 5, "") == ["成长", "——今", "年"]


def test_numbers_with_units_are_not_split():
    assert lines_of("年发电量达4.8亿千瓦时，", 16, "") == ["年发电量达", "4.8亿千瓦时，"]
    assert lines_of("上涨达到86.34%以上", 12, "") == ["上涨达到", "86.34%以上"]
    assert lines_of("价格为103元/吨左右", 12, "") == ["价格为", "103元/吨左右"]
    assert lines_of("新建27台7.5MW风电机组", 12, "") == ["新建27台", "7.5MW风电机", "组"]


def test_a_half_width_comma_is_not_the_start_of_a_word():
    # Pages typed with ASCII punctuation: ",AI" is a comma and a word, so the
    # line may break after the comma, and "2019年" moves down whole rather
    # than fold under a short first line (hypothesis found it folded "201" / "9年").
    assert wrap("2019年,AI", 7) == ["\u3000\u3000", "2019年,", "AI"]
    assert lines_of("截至2019年,AI企业达86家", 8, "") == ["截至", "2019年,", "AI企业达", "86家"]
    assert lines_of("投资1,000万元", 8, "") == ["投资", "1,000万", "元"]  # a thousands comma stays in


def test_latin_word_breaks_from_cjk_but_not_inside():
    assert lines_of("到AI智能机器人", 5, "") == ["到AI", "智能", "机器", "人"]
    assert lines_of("一二AI", 5, "") == ["一二", "AI"]


def test_run_longer_than_width_is_folded():
    lines = lines_of("见supercalifragilistic。", 8, "")
    assert lines == ["见", "supercal", "ifragili", "stic。"]
    # folding still keeps the forbidden-start rule: % does not start a line
    assert lines_of("1234567%", 7, "") == ["123456", "7%"]


def test_whitespace_at_a_break_is_dropped():
    text = "hello world  again"
    spans = wrap_offsets(text, 11, indent="")
    assert [text[a:b] for a, b in spans] == ["hello world", "again"]
    assert text[spans[0][1] : spans[1][0]] == "  "
    # a no-break space is not a break
    assert lines_of("达7.5\xa0MW的", 6, "") == ["达", "7.5\xa0MW", "的"]
    # the ideographic space in bylines is a break
    assert lines_of("□本报记者\u3000杨雍\u3000刘茜", 12, "") == ["□本报记者", "杨雍\u3000刘茜"]


def test_indent_default_custom_and_none():
    lines = wrap(S_ENERGY, 20)
    assert lines[0].startswith(IND) and not lines[1].startswith("\u3000")
    assert cell_len(lines[0]) <= 20
    assert wrap("标题", 20, indent="") == ["标题"]
    assert wrap("一二三四五六", 8, indent="> ") == ["> 一二三", "四五六"]
    spans = wrap_offsets("一二三四五六七八", 8)
    assert spans == [(0, 2), (2, 6), (6, 8)]


def test_effective_indent_at_tiny_widths():
    assert effective_indent(IND, 6) == IND
    assert effective_indent(IND, 5) == ""
    assert effective_indent("", 2) == ""
    assert wrap("一二三", 5) == ["一二", "三"]


def test_line0_left_empty_when_full_width_avoids_a_violation():
    # budget 2 on line 0 would force "。" to start line 1; a full line avoids it
    assert wrap_offsets("好。」", 6) == [(0, 0), (0, 3)]
    assert wrap("好。」", 6) == [IND, "好。」"]
    # but not when nothing is gained
    assert wrap_offsets("一二三", 6) == [(0, 1), (1, 3)]


def test_forbidden_start_only_when_unavoidable():
    # "好。" + "」" is wider than 4 cells and has no other break
    assert lines_of("好。」”", 4, "") == ["好。", "」”"]


def test_hard_line_breaks():
    text = "一二三四\n\n五六  \n  七"
    spans = wrap_offsets(text, 6, indent="")
    assert [text[a:b] for a, b in spans] == ["一二三", "四", "", "五六", "  七"]
    assert wrap_offsets("", 10) == [(0, 0)]
    assert wrap_offsets("a\n", 10, indent="") == [(0, 1), (2, 2)]


@pytest.mark.parametrize("width", range(1, 7))
@pytest.mark.parametrize("text", SENTENCES + ["“《（AI）》”", "好。」”？！", "——……——", "\u3000\u3000\u3000　"])
def test_tiny_widths_terminate_and_fit(text, width):
    spans = check_basic(text, width, IND)
    check_rules(text, width, IND, spans)
    if width == 1:
        # a 2-cell character cannot fit: it stands alone on its line
        assert all(cell_len(text[a:b]) <= 2 for a, b in spans)
        assert all(b - a <= 1 or cell_len(text[a:b]) <= 1 for a, b in spans)


def test_width_zero_or_negative_is_treated_as_one():
    assert wrap_offsets("ab", 0, indent="") == wrap_offsets("ab", 1, indent="") == [(0, 1), (1, 2)]


def test_combining_marks_and_emoji_clusters_stay_whole():
    text = "cafe\u0301 cafe\u0301 👨\u200d👩\u200d👧 ❤\ufe0f中文"
    for width in range(2, 20):
        spans = check_basic(text, width, "")
        for a, b in spans:
            if a < len(text):
                assert get_character_cell_size(text[a]) != 0 and text[a] not in "\u200d\ufe0f"
            assert not text[a:b].endswith("\u200d")


def test_cell_width_matches_rich():
    for s in SENTENCES + ["cafe\u0301", "👨\u200d👩", "❤\ufe0f", "abc\tdef", ""]:
        assert cell_width(s) == cell_len(s)


def test_break_classes():
    text = "到AI智能，“企业”5800万吨——"
    cls = break_classes(text)
    assert len(cls) == len(text) + 1
    assert cls[1] == BREAK_OK  # 到|AI
    assert cls[2] == BREAK_IN_WORD  # A|I
    assert cls[3] == BREAK_OK  # AI|智
    assert cls[5] == BREAK_BEFORE_CLOSING  # 能|，
    assert cls[7] == BREAK_AFTER_OPENING  # “|企
    assert cls[12] == BREAK_IN_WORD  # 5800万吨
    assert cls[text.index("——") + 1] == BREAK_BEFORE_CLOSING
    with pytest.raises(ValueError):
        break_classes("a\nb")


def test_wrap_matches_offsets():
    for width in (12, 30, 60):
        spans = wrap_offsets(S_LOGISTICS, width)
        lines = wrap(S_LOGISTICS, width)
        assert lines[0] == IND + S_LOGISTICS[slice(*spans[0])]
        assert lines[1:] == [S_LOGISTICS[a:b] for a, b in spans[1:]]


@pytest.mark.parametrize("width", [20, 40, 76, 116])
def test_seed_page(width):
    paras = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for p in paras:
        spans = check_basic(p, width, IND)
        check_rules(p, width, IND, spans)
        for a, b in spans[1:]:
            if a < b:
                assert p[a] not in NO_LINE_START


def test_core_module_does_not_import_textual():
    code = "import sys, reader.linebreak; print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------- properties

TOKENS = (
    list("从数字物流平台占据全疆九成市场到智能机器人精准复刻书法大师笔韵创新")
    + list("，。、；：？！）」』》…”’〕】〉％,.;:?!)%·")
    + list("（「『《“‘【〔〈($")
    + ["——", "……", "—", "…", " ", "  ", "\u3000", "\n", "\xa0", "\t"]
    + [
        "AI",
        "7.5MW",
        "5800万吨",
        "86.34%",
        "103元/吨",
        "2019年",
        "4.8亿千瓦时",
        "abc",
        "x",
        "1",
        "supercalifragilistic",
    ]
    + ["e\u0301", "👍", "❤\ufe0f", "👨\u200d👩"]
)
texts = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)
indents = st.sampled_from(["", IND, "  ", "\u3000", "> "])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, width=st.integers(2, 80), indent=indents)
def test_property_nothing_lost_fits_and_ordered(text, width, indent):
    check_basic(text, width, indent)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, width=st.integers(2, 40), indent=indents)
def test_property_forbidden_start_and_end_only_when_too_narrow(text, width, indent):
    spans = check_basic(text, width, indent)
    check_rules(text, width, indent, spans)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, width=st.integers(2, 60), indent=indents)
def test_property_greedy_each_line_is_as_full_as_the_rules_allow(text, width, indent):
    check_greedy(text, width, indent, check_basic(text, width, indent))


@settings(max_examples=300, deadline=None)
@given(text=texts, width=st.integers(2, 40), indent=indents)
def test_property_units_fitting_the_width_are_not_split(text, width, indent):
    spans = check_basic(text, width, indent)
    pts = split_points(spans)
    for m in linebreak._UNIT_RE.finditer(text):
        u0, u1 = m.span()
        if not text[u0].isalnum() or (u0 and text[u0 - 1] in "\u200d\xa0"):
            continue  # joined to what precedes it: the chunk is bigger than the unit
        z = u1  # the unit drags its closing punctuation (and what is glued) along
        while z < len(text) and (
            text[z] in NO_LINE_START
            or text[z] in WS
            or text[z] == "\xa0"
            or text[z - 1] in "\xa0\u200d"
            or get_character_cell_size(text[z]) == 0
        ):
            z += 1
        if cell_len(text[u0:z]) <= width:
            assert not any(u0 < p < u1 for p in pts), (m.group(), [text[a:b] for a, b in spans])


@settings(max_examples=200, deadline=None)
@given(text=texts, width=st.integers(1, 80), indent=indents)
def test_property_wrap_equals_offsets(text, width, indent):
    spans = wrap_offsets(text, width, indent=indent)
    lines = wrap(text, width, indent=indent)
    assert len(lines) == len(spans)
    assert lines[0] == effective_indent(indent, max(width, 1)) + text[slice(*spans[0])]


def test_break_whitespace_table_matches_unicode():
    from reader.linebreak import _NO_BREAK_SPACES, _WS

    expected = {c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n" and c not in _NO_BREAK_SPACES}
    assert set(_WS) == expected


def test_fast_widths_agree_with_rich_for_every_character_they_cover():
    ranges = [(0x20, 0x7E), (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xFF01, 0xFF60)]
    widths = linebreak._Widths()  # a fresh cache: every lookup takes the fast path
    for lo, hi in ranges:
        for code in range(lo, hi + 1):
            ch = chr(code)
            assert widths[ch] == get_character_cell_size(ch), hex(code)
    # and what they do not cover still comes from rich
    for ch in "\u302a\u303f\u00e9\u200b\u3000":
        assert linebreak._Widths()[ch] == get_character_cell_size(ch)


def test_on_a_terminal_that_draws_ambiguous_characters_wide_no_line_runs_over():
    """“”—…·●★ are one cell in most terminals and two in CJK setups
    (ambiwidth=double). With ambiguous_width = 2 the lines are laid out for the
    wide count: before, 17 of the fixture's 69 lines at 76 columns ran over."""
    import unicodedata

    from conftest import newest_edition

    from reader import linebreak as L

    def on_wide_terminal(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)

    paras = [p for a in newest_edition().articles for p in a.paragraphs]
    try:
        L.set_ambiguous_width(2)
        lines = [line for p in paras for line in L.wrap(p, 76)]
        assert [line for line in lines if on_wide_terminal(line) > 76] == []
        assert L.cell_width("“能源”") == 8
    finally:
        L.set_ambiguous_width(1)
    assert L.cell_width("“能源”") == 6  # as rich counts them
    with pytest.raises(ValueError):
        L.set_ambiguous_width(3)


async def test_cjk_width_reaches_the_reader_from_the_flag_and_the_config(content_dir, tmp_path, monkeypatch):
    import os
    from pathlib import Path

    from reader import linebreak as L
    from reader.ui.app import ReaderApp

    ReaderApp(str(content_dir), animations=False, cjk_width=2)
    assert L.ambiguous_width() == 2
    (Path(os.environ["READER_CONFIG_DIR"]) / "config.toml").write_text("ambiguous_width = 2\n", "utf-8")
    L.set_ambiguous_width(1)
    ReaderApp(str(content_dir), animations=False)
    assert L.ambiguous_width() == 2
    ReaderApp(str(content_dir), animations=False, cjk_width=1)
    assert L.ambiguous_width() == 1
