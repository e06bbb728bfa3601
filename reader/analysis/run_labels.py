"""A run of a span: 连续N年… named by what held all along (see :mod:`reader.analysis.span_labels`).

连续, a span and what held over it is no time a doing took: ``连续4年居全国第一`` → 连续居全国第一 (not
居全国用时), with whose run it is when the run names no one. :func:`_run_of` names it, by the kind of run:

* a change or a keeping (:func:`_run_of_change`): ``增速连续2个月回升`` → 增速连续回升, and the subject of
  the clause before when the run opens its own clause (:func:`_run_subject_before`);
* a denied doing (``黑河东居延海连续18年不干涸`` → 黑河东居延海连续不干涸), a passive (``所在连队连续4年被表彰``
  → 所在连队连续被表彰), a subject after the span (``连续两年全国耕地总量实现净增加`` → 耕地总量连续净增加);
* else the doing itself, cut to its verb and head noun when long (``连续11年参加…“春满河洛”戏曲大赛`` →
  连续参加大赛), with its holder, the subject before 连续 (:func:`_run_holder`).

One of the rules :func:`span_labels.before_nouns` tries in turn calls :func:`_run_of`; the verbs of change
it holds (``_RUN_CHANGES``) are read there too. It stands on the phrase cutting of :mod:`reader.analysis.label_phrases` alone and
imports none of the modules above it (span_labels, figure_labels), at any level.
"""

from __future__ import annotations

import re

from reader.analysis.label_phrases import (
    _LINKS,
    _MEASURE_HEAD,
    _NEGATION_WORDS,
    _NEVER,
    _PERSONS,
    _QUOTES,
    _last_clause,
    _nearest_words,
    _nounish,
    _tokens,
    subject_label,
)


def _run_of(before: str, after: str, following: str = "", head: str = "") -> str:
    """连续, a span and what held all along: the run itself, ``连续4年居全国第一`` → 连续居全国第一 (not 居全国),
    with whose run it is when the run names no one (:func:`_run_holder`)."""
    if not before.rstrip(_QUOTES).endswith("连续") or not after:
        return ""
    run = _run_itself(before, after, following, head)
    return _run_holder(before, head) + run if run.startswith("连续") else run


def _run_holder(before: str, head: str) -> str:
    """Whose run a run with no subject of its own is: the subject before 连续 in its clause, whole when it is
    short, ``出口手机已连续3个月保持正增长`` → 出口手机连续保持正增长 (南方日报 2024; was 连续保持正增长, jieba's 出口 a
    verb), else the subject of the clause before when the run opens its own clause after a figure,
    ``2023年广东工业机器人产量16.88万台（套），连续4年居全国第一`` → 机器人产量连续居全国第一 (was 连续居全国第一)."""
    clause = re.split(r"[，,。；、：:！？（(“”]", _RUN_ADVERBS_RE.sub("", before.rstrip(_QUOTES)[:-2]))[-1]
    if not clause:
        measured = _run_subject_before(head) if not before.rstrip(_QUOTES)[:-2].strip(_QUOTES) else ""
        return _nearest_words(measured, 6) if measured.endswith(_MEASURE_HEAD) else ""  # (not 500多条)
    who = subject_label(clause)
    if not who or who in _PERSONS:
        return ""
    if len(clause) <= 6 and all(_nounish(t) or t == "a" for _, t in _tokens(clause)):
        return clause  # the whole clause is the subject (subject_label has 北 of 北约连续两年邀请…)
    return _nearest_words(who, 6) if clause.endswith(who) else ""  # 历史上制造业 → 制造业; not 农业要在


def _run_itself(before: str, after: str, following: str, head: str) -> str:
    """The run :func:`_run_of` names, with or without its subject."""
    after = _RUN_MADE_RE.sub("", after, count=1)
    toks = _tokens(after[:12])
    if toks and toks[0][0] in _RUN_CHANGES:
        return _run_of_change(before, after, toks[0][0], head)
    if len(toks) > 1 and toks[0][0] in _NEGATION_WORDS and toks[1][1].startswith("v"):
        return _run_of_not(before, after)
    if len(toks) > 1 and toks[0][0] == "被" and toks[1][1].startswith("v") and len(toks[1][0]) == 2:
        return _run_passive(before, toks[1][0])
    if toks and _nounish(toks[0][1]) and toks[0][1] != "r":
        return _run_of_subject(after)
    if not toks or not toks[0][1].startswith("v") or toks[0][0] in _LINKS or toks[0][0] in _NEVER:
        return _subject_run(before, after)
    phrase = re.split(r"[，,。；、（(]", after)[0]
    if phrase.endswith(_MEASURE_HEAD):
        return ""  # 连续3日累积雨量50毫米以上: the measure over the days, not a run
    if 1 < len(phrase) <= 8:
        return "连续" + phrase
    whole = re.sub(r"[（(][^）)]*[）)]", "", re.split(r"[，,。；;]", after)[0])
    if re.search(r"[（(]", whole) or re.match(r"^[^，,。；;（(]{0,16}[）)]", following):
        return ""  # 入选…区域品牌（地理标志）百强榜: an aside cuts the clause, the object goes on past it
    return _run_cut(whole)


#: A short quoted name right before a noun (“春满河洛”戏曲大赛): it qualifies the noun.
_QUOTED_BEFORE_NOUN_RE = re.compile(r"“[^”“，,。、]{1,8}”(?=[\u4e00-\u9fff])")


def _run_passive(before: str, verb: str) -> str:
    """连续, a span and 被 with a verb: the run of what was done to the subject, ``所在连队连续4年被表彰为“四铁”
    先进连队`` → 连队连续被表彰 (人民日报 2023; was 表彰用时, which reads the years as the time the praising took)."""
    clause = re.split(r"[，,。；、：:！？（(“”]", _RUN_ADVERBS_RE.sub("", before.rstrip(_QUOTES)[:-2]))[-1]
    who = _nearest_words(subject_label(clause), 4) if clause else ""
    return who + "连续被" + verb


def _run_cut(phrase: str) -> str:
    """A run's doing too long to show whole, named by its verb and the head noun that ends its object:
    ``连续6年入选中国品牌价值评价区域品牌（地理标志）百强榜`` → 连续入选百强榜, ``已连续8年承担接迎志愿军烈士遗骸回国
    的光荣任务`` → 连续承担任务 (人民日报 2023; were 入选用时, 承担用时: a run is no time a doing took); nothing
    when the phrase does not end in a noun. A short quoted name before a noun is of that noun, and goes:
    ``连续11年参加河洛镇举办的“春满河洛”戏曲大赛`` → 连续参加大赛 (人民日报 2017; was 参加用时)."""
    phrase = _QUOTED_BEFORE_NOUN_RE.sub("", phrase)
    if re.search(r"[“”《》、]", phrase):
        return ""  # 实施以“把致富能手培养成党员…”, 考取北京大学、清华大学: no one head noun ends it
    toks = _tokens(phrase)
    if len(toks) < 2 or not toks[0][1].startswith("v") or len(toks[0][0]) != 2 or toks[0][0] in _NEGATION_WORDS:
        return ""
    last_de = max((k for k, (w, _) in enumerate(toks) if w == "的"), default=0)
    if any(t.startswith("v") and t != "vn" for _, t in toks[max(1, last_de + 1) :]):
        return ""  # 飞抵条子泥湿地越冬: a second doing, not an object
    head, t = toks[-1]
    if t not in ("n", "vn") or len(head) < 2 or head in _NEVER:
        return ""
    return "连续" + toks[0][0] + head if len(head) <= 4 else ""


def _run_of_subject(after: str) -> str:
    """连续, a span, then a subject and what it did all along: ``连续两年全国耕地总量实现净增加`` → 耕地总量连续
    净增加 (人民日报 2023; was 全国耕地总量, the land, not the two years)."""
    phrase = re.split(r"[，,。；、（(]", after)[0]
    toks = _tokens(phrase[:24])
    k = 0
    subject = ""
    while k < len(toks) and _nounish(toks[k][1]) and toks[k][1] != "r":
        subject += toks[k][0]
        k += 1
    subject = subject.removeprefix("全国").removeprefix("我国")
    rest = "".join(w for w, _ in toks[k:])
    rest = rest.removeprefix("实现")
    if not (2 <= len(subject) <= 6) or not (2 <= len(rest) <= 5) or not toks[k:] or not toks[k][1].startswith("v"):
        return ""
    return subject + "连续" + rest


#: Words that end a run's phrase cut at the figure it leads to (稳定在, 保持为, 达到): no doing of its own.
_RUN_OPEN_ENDS = ("在", "于", "为", "到", "至", "达", "了", "是", "有")


def _subject_run(before: str, after: str) -> str:
    """A subject, 连续, a span and a short doing no verb rule reads (jieba's 上|台阶 f and n; 实现, a link): the
    subject's run, ``全市粮食连续９年上台阶`` → 粮食连续上台阶 (人民日报 1998; was 上台阶), ``全国耕地总量连续两年实现净增加``
    → 耕地总量连续净增加 (人民日报 2023; was empty). Nothing without a subject of its own clause."""
    phrase = re.split(r"[，,。；、（(]", after)[0].removeprefix("实现")
    clause = re.split(r"[，,。；、：:！？（(“”]", _RUN_ADVERBS_RE.sub("", before.rstrip(_QUOTES)[:-2]))[-1]
    who = subject_label(clause) if clause else ""
    if not 2 <= len(phrase) <= 5 or re.search(r"[^\u4e00-\u9fff]", phrase) or not who or who in _PERSONS:
        return ""
    if phrase.endswith(_RUN_OPEN_ENDS):
        return ""  # 大豆面积连续2年稳定在1.5亿亩以上: the figure after is what held, not a doing
    return _nearest_words(who.removeprefix("全国").removeprefix("全市").removeprefix("全省"), 4) + "连续" + phrase


#: 实现 before a change a run held (连续7年实现提升): the change is what held, 实现 only carries it.
_RUN_MADE_RE = re.compile(r"^实现(?=增长|提升|提高|增加|下降|减少|回升|上升)")


#: Adverbs between a subject and 连续 (指数已连续2个月回升): the subject is before them.
_RUN_ADVERBS_RE = re.compile(r"(?:已经|已|均|都|仍|还|再次|又)$")


#: Verbs of change or keeping that a run may hold (连续2个月回升): links elsewhere, here what held.
_RUN_CHANGES = frozenset("增长 下降 减少 增加 回升 回落 上升 提高 提升 保持 攀升 下滑 上涨 下跌".split())


def _run_of_not(before: str, after: str) -> str:
    """连续, a span and a denied doing: the run of what did not happen, with its subject when short,
    ``黑河东居延海连续18年不干涸`` → 黑河东居延海连续不干涸 (not 干涸用时, which reads the opposite)."""
    phrase = re.split(r"[，,。；、（(]", after)[0]
    if not 1 < len(phrase) <= 8 or re.search(r"[0-9０-９%]", phrase):
        return ""
    clause = re.split(r"[，,。；、：:！？（(“”]", before.rstrip(_QUOTES)[:-2])[-1]
    who = subject_label(clause)
    whole = who and len(clause) <= 6 and clause.endswith(who)  # the whole subject (jieba cuts 黑|河东居延海)
    return (clause if whole else "") + "连续" + phrase


def _run_of_change(before: str, after: str, verb: str, head: str = "") -> str:
    """连续, a span and a change or a keeping: what changed or kept, run on, ``增速连续2个月回升`` → 增速连续回升,
    ``森林覆盖率连续44年保持全国第一`` → 连续保持全国第一 (the verb alone names nothing); nothing for 保持在 a
    figure (连续十年保持在4%以上: the figure after is what is kept)."""
    phrase = re.split(r"[，,。；、（(]", after)[0]
    before = _RUN_ADVERBS_RE.sub("", before.rstrip(_QUOTES)[:-2]) + "连续"
    who = subject_label(before[:-2])
    if verb == "保持" and 2 < len(phrase) <= 8 and not re.search(r"[0-9０-９%]|^保持[在于]", phrase):
        return "连续" + phrase  # its holder is :func:`_run_holder`'s (出口手机, which jieba cuts as a verb and object)
    if phrase != verb:
        return ""
    if not who and not before.rstrip(_QUOTES)[:-2].strip(_QUOTES) and head:
        who = _nearest_words(_run_subject_before(head), 6)
    return who + "连续" + verb if who and len(who) <= 6 else ""


def _run_subject_before(head: str) -> str:
    """The subject of the clause before a run that opens its own clause with no subject: what changed in both,
    ``2022年发达国家对最不发达国家援助同比减少0.7%，连续3年下降`` → 发达国家援助 (人民日报 2023; was empty). Only
    when that clause ends in a change of its own (a figure or a verb of change), so the run goes on with it."""
    clause = re.sub(r"[（(][^（()）]*[）)]$", "", _last_clause(head).rstrip("，,"))  # 16.88万台（套）: the unit's aside
    if not re.search(
        r"(?:[0-9０-９][^0-9０-９]{0,2}|[%％]|增长|下降|减少|增加|回升|回落|上升|下滑|上涨|下跌)$", clause
    ):
        return ""
    return subject_label(clause)
