"""Whose result a time, a distance or a score is: the player, the pair or the team that got it.

A result is said as ``以<figure>的成绩`` or ``以<figure>夺冠`` (``陈妍以１分５６秒５７的成绩夺得冠军`` → 陈妍成绩),
after a doing (``跳出16米84的成绩``), or in a clause that names nobody and takes the sentence's subject
(``波波夫在２５米池中再次战胜…科利姆，以４７秒４６的成绩夺得金牌`` → 波波夫成绩, not 科利姆 whom he beat). Pairs are
printed with a slash (朱子锋/林珊). Names jieba does not know are read by their surname
(:func:`reader.ingest.people.is_surname`) or by a word of the sport before them (中国选手陈妍).

:func:`figure_labels.label` asks :func:`_result_of` when a figure is followed by 的成绩 or by a verb of placing
(``_PLACED_RE``). This module stands on the phrase cutting of :mod:`reader.analysis.label_phrases` and on who
a person is (:mod:`reader.analysis.person_labels`); it imports no module of rules above it.
"""

from __future__ import annotations

import re

from reader.analysis.label_phrases import _MAX_CHARS, CLAUSE_SEP, _tokens, subject_label
from reader.analysis.person_labels import _GROUPS, _last_person
from reader.ingest.people import is_surname

#: What a result said without 的成绩 won: 以２７９．３３分名列第二, 以9.58秒夺冠.
_PLACED_RE = re.compile(r"(?:名列|位列|排名|排在|夺得|夺冠|获得|摘得|摘取|取得|获|夺|打破|刷新|战胜|击败|力压|居)")
#: What stands between the one who got a result and its 以: 谢文骏则…以, 中国队最终以.
_RESULT_BY_RE = re.compile(r"(?:则|就|又|再|也|最终|最后|随后|分别)?以$")
#: A result a player made: 跳出16米84的成绩, 游出4分01秒08的成绩.
_RESULT_DONE_RE = re.compile(r"[跳游跑滑掷投]出$")


def _result_of(before: str, sentence_head: str, aged: str = "") -> str:
    """A result said as ``以<figure>的成绩`` is the result of whoever got it: the team or person right before
    以 (``中国队以38秒29的成绩夺得冠军`` → 中国队成绩), else the last person the sentence names (人民日报 2023:
    ``谢文骏则在2014年仁川亚运会男子110米栏决赛中以13秒36的成绩…`` → 谢文骏成绩, ``他在…田径锦标赛上以2米12的
    成绩夺得冠军`` → not the 田径锦标赛, the event). ``aged``: the label of an age right before, the person
    whose age it is (``21岁的王振以2米32的成绩夺得冠军`` → 王振成绩, ``24岁的粟文跳出16米84的成绩`` → 粟文成绩:
    names jieba does not know)."""
    m = _RESULT_BY_RE.search(before) or _RESULT_DONE_RE.search(before)
    if m is None:
        return ""
    bare = before[: m.start()]
    pair = _pair_named(bare) if "/" in bare[-8:] else ""
    if pair and bare.endswith(pair.split("/")[1]):
        return pair + "成绩"  # 中国队组合王飞龙/张家齐以339.54分夺得: the pair's (was 张家齐以, jieba's cut)
    who = subject_label(bare) if bare else ""
    player = next((who.rsplit(w, 1)[1] for w in _PLAYER_BEFORE if w in who[:-1]), "")
    if player and (_named(player) or _last_person(player) == player):
        who = player  # 中国体育代表团选手何杰以…的成绩: 何杰成绩 (the last person named before was 马拉松, to jieba)
    if not bare and (subject := _sentence_subject(sentence_head)):
        return subject + "成绩"  # …波波夫在２５米池中再次战胜…科利姆，以４７秒４６的成绩: the sentence's subject's
    aged = aged.removesuffix("以") if m.group().endswith("以") else aged  # (jieba: 王振以)
    if aged and len(aged) >= 2 and bare.endswith(aged):
        who = aged
    elif not (who and bare.endswith(who) and (who.endswith("队") or _last_person(who) == who or _named(who))):
        who = _last_person(sentence_head + bare) if m.re is _RESULT_BY_RE else ""
    elif bare[: -len(who)].endswith("/") and (partner := _last_person(bare[: -len(who) - 1])):
        who = f"{partner}/{who}"  # 邹佳琪/邱秀萍以7分06秒78的成绩: a pair's result
    return who + "成绩" if who and len(who) + 2 <= _MAX_CHARS else ""


#: A verb of scoring right before points (得到56.720分, 贡献了16分, 场均得分8.8分).
_SCORED_RE = re.compile(r"(?:得到|得分|贡献|砍下|砍得|独得|攻下|拿到|拿下|斩获|轰下)了?$")
#: What says points are an average or one game's (场均得分8.8分).
_PER_GAME = ("场均", "平均", "全场", "单场")


def points_of(before: str, sentence_head: str) -> str:
    """Points right after a verb of scoring are the points of the last person the sentence names: ``崔永熙9投6中贡献
    了16分`` → 崔永熙得分, ``场均得分8.8分`` → 崔永熙场均得分 (人民日报 2023; were not found). Points ``分别`` got by two
    are each one's: 得分 alone then."""
    m = _SCORED_RE.search(before)
    if m is None:
        return ""
    bare = before[: m.start()]
    per = next((p for p in _PER_GAME if bare.endswith(p)), "")
    if bare.endswith("分别"):
        return "得分"
    who = _last_person(sentence_head + bare)
    said = per + "得分"
    return who + said if who and len(who) + len(said) <= _MAX_CHARS else said


def _named(word: str) -> bool:
    """A two- or three-character word that opens with a surname, standing right before 以 of a result, is
    the one who got it (人民日报 1998: ``陈妍以１分５６秒５７的成绩`` → 陈妍, which jieba tags a common noun)."""
    return 2 <= len(word) <= 3 and is_surname(word[0]) and all("\u4e00" <= c <= "\u9fff" for c in word)


#: A pair of players, as results print them: 中国队组合朱子锋/林珊, 王飞龙/张家齐以….
_PAIR_RE = re.compile(
    r"(?:组合|搭档|选手|队员)?(?P<a>[\u4e00-\u9fff]{2,3}?)/(?P<b>[\u4e00-\u9fff]{2,3}?)"
    r"(?=以|配合|在|获|夺|摘|的|与|和|则|最终|[^\u4e00-\u9fff]|$)"
)
#: Words that stand before a player's name: 中国选手陈妍 (a name jieba does not know).
_PLAYER_BEFORE = frozenset("选手 运动员 名将 小将 老将 队员 棋手 冠军".split())


def _pair_named(text: str) -> str:
    """The pair a result is of, written with a slash (``中国队组合朱子锋/林珊配合默契`` → 朱子锋/林珊), or ""."""
    m = _PAIR_RE.search(text)
    return f"{m.group('a')}/{m.group('b')}" if m else ""


def _sentence_subject(sentence_head: str) -> str:
    """Who the sentence is about, when a clause that opens with 以 names nobody: the person (or the pair) named
    before the first verb or preposition of the first clause of the sentence's last part (after a ；or a
    dateline's ：), as a clause without a subject takes the sentence's (人民日报 1998: ``俄罗斯的世界冠军波波夫在
    ２５米池中再次战胜…科利姆，以４７秒４６的成绩`` → 波波夫, not 科利姆 whom he beat; ``而郭晶晶在３米板比赛中落后…
    伊琳娜１２．３３分，最后以２７９．３３分`` → 郭晶晶; ``本报珀斯…电…：中国选手陈妍今晚在…决赛中，以４分０６秒７２的成绩``
    → 陈妍, not the 珀斯 of the dateline)."""
    part = re.split(r"[；;：:]", sentence_head)[-1]
    clauses = [c for c in CLAUSE_SEP.split(part) if c]
    # (在当天进行的…决赛中，中国队组合朱子锋/林珊配合默契: a clause of when and where has no subject)
    first = next((c for c in clauses if not c.startswith(("在", "于", "据", "当", "随着"))), "")
    pair = _pair_named(first)
    if pair:
        return pair
    toks = _tokens(first)
    cut = next((k for k, (w, t) in enumerate(toks) if t.startswith(("p", "v")) or w in ("在", "于")), len(toks))
    named = _last_person("".join(w for w, _ in toks[:cut]))
    if named:
        return named
    for k, (w, t) in enumerate(toks[:cut]):
        if t.startswith("nr") and len(w) >= 3 and not is_surname(w[0]) and not w.endswith(_GROUPS):
            return w  # 波波夫: a foreign name, no surname to know it by
        if k and toks[k - 1][0] in _PLAYER_BEFORE and _named(w):
            return w  # 中国选手陈妍
    return ""
