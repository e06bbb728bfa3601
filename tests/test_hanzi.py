"""Traditional characters are folded one for one, so rules read 澳門日報 as they read simplified pages."""

from reader.hanzi import fold


def test_traditional_sentence_folds_to_simplified_with_the_same_length():
    printed = "行政管理委員會亦由過往每周召開一次會議審批聲請，預期可縮短約五日審批時間。"  # 澳門日報 2026-02-26
    folded = fold(printed)
    assert folded == "行政管理委员会亦由过往每周召开一次会议审批声请，预期可缩短约五日审批时间。"
    assert len(folded) == len(printed)


def test_simplified_and_latin_text_is_left_alone():
    text = "本报记者 张三 摄 著名 5G网络 COP28"
    assert fold(text) == text


def test_figures_on_a_traditional_page_are_read_and_shown_as_printed():
    from reader.analysis.figures import find_figures

    [f] = find_figures(["預期可縮短約五日審批時間。"])
    assert (f.text, f.value, f.unit, f.change) == ("約五日", 5, "日", "down")
