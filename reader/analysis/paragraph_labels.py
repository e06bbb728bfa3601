"""Labels that need the paragraph's other figures: lists of figures, the two sides of a score, per-head amounts.

These passes run over a paragraph's figures after :func:`reader.analysis.figure_labels.label` has
named each one alone, and name a figure by the figures around it (the figure finder,
:mod:`reader.analysis.figures`, calls them last):

* :func:`label_lists`: the k figures of a list after 分别 or 的 take the k names before it, in order
  (``合同额1264.2亿元，执行额885.4亿元，分别增长14.1%和10.9%`` → 合同额, 执行额; the names share a head
  noun: ``…、高技术制造业增加值分别增长6.9%、11.6%`` → …增加值, 高技术制造业增加值), and a count of people
  in a run of counts left without a label is named by the run (``共转移受灾群众272户696人`` → 群众 for
  696人; ``服务4个乡镇、16个村、1.33万户、6.67万人`` → 服务户数, 服务人数);
* :func:`label_score_sides`: the two sides of a score take the subject and the opponent
  (``广东宏远队以８１∶７２战胜四川蓝剑队`` → 广东宏远队, 四川蓝剑队), set by set (``郑钦文…，最终以6∶4，6∶1战胜对手``
  → 郑钦文, 郑钦文对手);
* :func:`label_per_head`: an amount right after 人均/每人/每亩 says so (``经费由117.6万元（人均0.60元）``
  → 人均经费, where the total's 经费 was carried), set last so the next total does not carry it.

They were kept apart from figure_labels.py because they read labels already given rather than the
words around one figure. They stand on :mod:`reader.analysis.person_labels` (who a person is) and
:mod:`reader.analysis.label_phrases` (the subject before a figure, the verb before it, where a sentence
and a clause end), and import neither figure_labels nor any module above it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.label_phrases import _LINKS, _NEVER, _tokens, _verb_before, subject_label
from reader.analysis.label_phrases import CLAUSE_SEP, ON_A_BASE_RE, SENTENCE_SEP
from reader.analysis.person_labels import _PEOPLE_UNITS, _last_person

if TYPE_CHECKING:
    from reader.model import Figure


# --------------------------------------------------------------------------
# Labels that need the figures around them
# --------------------------------------------------------------------------

_LIST_GAP_RE = re.compile(r"^(?:、|和|及|与|，|,|以及)$")
#: (及其 joins a thing and its parts into one name: 自动数据处理设备及其零部件、平板显示模组分别同比增长…, 南方日报 2024.)
_LIST_SPLIT_RE = re.compile(r"、|和|以及(?!其)|及(?!其)|与")


#: What opens a list of figures that go one to each name before: 分别, or a change on a base with no other
#: word (固体矿产、油气矿产勘查投入同比增长17.2%、7.5%; 人民日报 2023).
_RESPECTIVELY_RE = re.compile(rf"分别(?:[^，。；、]{{0,8}})$|(?:{ON_A_BASE_RE})(?:增长|下降|减少|提高)$")


#: Between a list of figures and a second list that compares the same names: ``，比全省规模以上工业增速高`` (南方日报 2024).
_GAP_ON_RE = re.compile(
    r"[^，。；0-9０-９]{0,3}[，,][^，。；0-9０-９]{0,3}(?:比|较)[^，。；0-9０-９]{1,14}(?:高|低|快|慢|多|少)(?:出|了)?$"
)


def label_lists(text: str, figures: list[Figure]) -> None:
    """合同额…，执行额…，分别增长14.1%和10.9%; 先进制造业、高技术制造业增加值分别增长6.9%、11.6%;
    美国、欧元区和日本的1.6%、0.7%和-0.3%: the k figures of a list take the k names, in order."""
    i = 0
    listed: tuple[int, int, list[str]] | None = None  # the sentence, end and names of the last list labelled
    while i < len(figures):
        j = i
        while j + 1 < len(figures) and _LIST_GAP_RE.match(text[figures[j].end : figures[j + 1].start]):
            j += 1
        group = figures[i : j + 1]
        i = j + 1
        if len(group) < 2:
            continue
        first = group[0]
        sentence_start = max((m.end() for m in SENTENCE_SEP.finditer(text, 0, first.start)), default=0)
        head = text[sentence_start : first.start]
        k = len(group)
        m = _RESPECTIVELY_RE.search(head)
        if m is None and not head.endswith("的"):
            if (
                listed
                and listed[0] == sentence_start
                and len(listed[2]) == k
                and _GAP_ON_RE.match(text, listed[1], first.start)
            ):
                for f, name in zip(group, listed[2]):
                    f.label = name  # …增加值分别增长6.9%、11.6%，比全省规模以上工业增速高2.2个、6.9个百分点: the same two, in order
            continue
        names: list[str] = []
        if m is not None:
            before = [f for f in figures if sentence_start <= f.start and f.end <= sentence_start + m.start()]
            subject = head[: m.start()]
            own = [p for p in _LIST_SPLIT_RE.split(re.split(r"[，,；;：:]", subject)[-1]) if p]
            if (
                len(own) != k  # (荒漠化土地、沙化土地分别减少…: the clause names its own k, not the figures before)
                and len(before) >= k
                and len({f.label for f in before[-k:]}) == k
                and all(f.label for f in before[-k:])
            ):
                names = [f.label for f in before[-k:]]  # 合同额1264.2亿元，执行额885.4亿元，分别增长…
        else:
            subject = head[:-1]
            names = _moved_list_names(text, figures, group, sentence_start)
        if not names:
            clause = _LIST_ASIDE_RE.sub("", re.split(r"[，,；;：:]", subject)[-1])
            parts = [p for p in _LIST_SPLIT_RE.split(clause) if p]
            if len(parts) != k:
                continue
            counts = [f for f in figures if sentence_start <= f.start and f.end <= first.start]
            names = _closed_list_names(parts, counts) or _item_names(parts)
        if all(names):
            for f, name in zip(group, names):
                f.label = name
            listed = (sentence_start, group[-1].end, names)
    _label_listed_people(text, figures)


#: After the last name of a list, how it is counted or what it is compared with: 手持订单量以载重吨计分别占…,
#: 网络文学的用户规模较去年12月分别增长… (人民日报 2023).
_LIST_ASIDE_RE = re.compile(
    rf"(?:以[^、，]{{1,6}}计|(?:较|比)(?:去年|上年|上月|年初|同期)[^、，的]{{0,6}}|{ON_A_BASE_RE})$"
)
#: Words that only qualify a listed name, which its label keeps: 固体矿产, 短视频 (not a verb: 预计平均货运时速,
#: 如电池; nor a conjunction: 既有专业技术服务业).
_QUALIFIER_TAGS = frozenset({"a", "b", "j"})
#: Words that name no listed thing: numbers, measure words, times, pronouns, function words (二、三等奖, 第三把).
_NOT_NAME_TAGS = ("m", "q", "t", "r", "p", "d", "u", "c")
#: The measures listed names share, when the names do not repeat one structure (增加值, 收入).
_SHARED_MEASURES = (
    "增加值",
    "增速",
    "产量",
    "产能",
    "投资",
    "销售额",
    "销量",
    "余额",
    "发案数",
    "占比",
    "总额",
    "收入",
)


def _names_thing(part: str) -> bool:
    """A listed part that is a name alone: two characters or more, no number, time, pronoun or function word
    (not 二、三等奖, 2024年和2025年, 我国造船完工量, 轻、重工业)."""
    bare = part.replace("及其", "")  # (自动数据处理设备及其零部件: 其 is the thing's own, no pronoun of the list)
    return len(bare) >= 2 and not any(tag.startswith(_NOT_NAME_TAGS) for _, tag in _tokens(bare))


def _listed_name(part: str, measured: bool) -> str:
    """A listed name keeps the words qualifying its noun: in ``固体矿产、油气矿产勘查投入`` 固体矿产 is not 矿产,
    nor 短视频 视频 (人民日报 2023); a name with no noun of its own before a shared measure is itself
    (在线旅行预订用户规模)."""
    owner, its, parts = part.partition("及其")
    if its and (whole := subject_label(owner)) and len(whole) + len(its) + len(parts) <= 16:
        return whole + its + parts  # 自动数据处理设备及其零部件: the thing and its parts, not 零部件 alone
    said = subject_label(part)
    if not said and measured and len(part) <= 8:
        return part
    dropped = part[: len(part) - len(said)] if said and part.endswith(said) else ""
    if dropped and len(dropped) <= 3 and all(tag in _QUALIFIER_TAGS for _, tag in _tokens(dropped)):
        return part
    return said


def _shared_measure(items: list[str], last: str) -> tuple[str, str]:
    """The measure every name of a list shares and the last name's own part: after 的
    (``网约车、在线旅行预订、网络文学的用户规模`` → 用户规模), or the words the last name has past the
    structure of the one before it (``固体矿产、油气矿产勘查投入``: 固体|矿产 and 油气|矿产|勘查|投入 → 勘查投入;
    ``即时通信、网络视频、短视频用户规模`` → 用户规模; 人民日报 2023)."""
    own, de, after = last.rpartition("的")
    if de and own and not any("的" in p for p in items):
        measure = subject_label(after)
        return (measure, own) if measure else ("", last)
    one, toks = _tokens(items[-1]), _tokens(last)
    words = [t for t, _ in toks]
    if one and one[-1][0] in words[: len(one)]:  # (全国固体矿产 against 油气矿产勘查投入: 矿产 ends both names)
        w = words.index(one[-1][0]) + 1
        if len(words) - w >= 1 and len("".join(words[w:])) >= 2:  # (not 平均客运时速可: a modal)
            return "".join(words[w:]), "".join(words[:w])
    return "", last


#: Measure words of a count that closes a list and names the kind of its items: 三大|支柱产业, 两个|城市.
_CLOSING_KINDS = frozenset("大 个 类 种 项 家".split())


def _closed_list_names(parts: list[str], counts: list[Figure]) -> list[str]:
    """A list closed by its count and kind before a shared measure: each item with that measure
    (``装备制造、石化、冶金三大支柱产业增加值分别增长12.6%、3%和5.7%`` → 装备制造增加值, 石化增加值,
    冶金增加值; was 支柱产业增加值 for all three: the kind is the items', the measure is each one's; 人民日报 2023).
    Only when the count is as many as the items and the measure is one the lists share (增加值, 投资, 产量 …).
    ``counts``: the figures of the sentence before the list's own, the closing count last among them (its value
    as the finder read it)."""
    count = counts[-1] if counts else None
    if count is None or count.unit not in _CLOSING_KINDS or count.value != len(parts):
        return []
    at = parts[-1].rfind(count.text)
    rest = parts[-1][at + len(count.text) :] if at > 0 else ""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", rest):
        return []
    measure = next((w for w in _SHARED_MEASURES if rest.endswith(w)), "")
    items = [*parts[:-1], parts[-1][:at]]
    toks = _tokens(items[0])
    while len(toks) > 1 and toks[0][1] in ("t", "f", "p"):
        toks = toks[1:]  # (上半年装备制造: the time the figures are of opens the clause, no part of the name)
    items[0] = "".join(w for w, _ in toks)
    if not measure or not all(2 <= len(p) <= 8 and _names_thing(p) for p in items):
        return []
    return [p + measure for p in items]


def _item_names(parts: list[str]) -> list[str]:
    """The names of a list before its figures, each with the measure they share (see :func:`_shared_measure`)
    when every part names a thing alone (:func:`_names_thing`)."""
    measure, own = _shared_measure(parts[:-1], parts[-1])
    if measure and all(_names_thing(p) for p in [*parts[:-1], own]):
        return [f"{name}{measure}" if (name := _listed_name(p, True)) else "" for p in [*parts[:-1], own]]
    names = [_listed_name(p, False) if _names_thing(p) else subject_label(p) for p in parts]
    tail = names[-1]
    for n, name in enumerate(names[:-1]):  # 先进制造业、高技术制造业增加值: share the head noun
        for shared in _SHARED_MEASURES:
            if tail.endswith(shared) and name and not name.endswith(_SHARED_MEASURES):  # (not 零售总额投资)
                names[n] = name + shared
                break
    return names


#: Between two counts of one list: nothing (272户696人), or the noun counted and a list comma (4个乡镇、16个村、).
_COUNT_RUN_GAP_RE = re.compile(r"^(?:[^，。；：、0-9０-９]{1,6}(?:、|和|及)|、)?$")


def _label_listed_people(text: str, figures: list[Figure]) -> None:
    """A count of people or households in a run of counts, left without a label, is named by the run: the
    people counted just before it (``共转移受灾群众272户696人`` → 群众 for 696人, the same people in households
    and heads), or else the doing the run opens after (``服务4个乡镇、16个村、1.33万户、6.67万人`` → 服务户数,
    服务人数; 人民日报 2023). Not when the run opens its clause with no verb before it."""
    people = {**_PEOPLE_UNITS, "户": "户数"}
    for n, f in enumerate(figures):
        if f.label or f.kind != "count" or f.unit not in people or n == 0:
            continue
        k = n
        while k > 0 and _COUNT_RUN_GAP_RE.match(text[figures[k - 1].end : figures[k].start]):
            k -= 1
        if k == n:
            continue
        last = figures[n - 1]
        if last.unit in people and last.label and text[last.end : f.start] == "" and last.unit != f.unit:
            f.label = last.label  # 受灾群众272户696人: the same people, counted in households, then heads
            continue
        first = figures[k]
        clause_start = max((m.end() for m in CLAUSE_SEP.finditer(text, 0, first.start)), default=0)
        verb = _verb_before(text[clause_start : first.start])
        if len(verb) >= 2 and verb not in _LINKS and verb not in _NEVER:
            f.label = verb + people[f.unit]


#: Between a list of figures and a second list they moved to: 增加到现在的, 降至2022年的.
_MOVED_LIST_RE = re.compile(r"^[^，。；、0-9０-９]{0,4}[到至][^，。；、]{0,8}的$")


def _moved_list_names(text: str, figures: list[Figure], group: list[Figure], sentence_start: int) -> list[str]:
    """The names of a list of figures that a list before it moved to, in order: ``动物、植物数量分别由生态修复前的
    310种、383种增加到现在的458种、627种`` → 458种 and 627种 are what 310种 and 383种 were (not both the
    last one's, carried over)."""
    k = len(group)
    before = [f for f in figures if sentence_start <= f.start and f.end <= group[0].start]
    if len(before) < k or not _MOVED_LIST_RE.match(text[before[-1].end : group[0].start]):
        return []
    pairs = zip(before[-k:], before[-k + 1 :])
    if not all(_LIST_GAP_RE.match(text[a.end : b.start]) for a, b in pairs):
        return []
    names = [f.label for f in before[-k:]]
    return names if all(names) and len(set(names)) == k else []


_SCORE_VERB_RE = re.compile(
    r"(?:的比分)?(?:战胜|击败|打败|负于|输给|不敌|淘汰|力克|险胜|憾负|完胜|横扫|战平|逼平|小胜|大胜)"
    r"(?P<who>[^，。；、！？]{1,14})"
)


def label_score_sides(text: str, figures: list[Figure]) -> None:
    """广东宏远队以８１∶７２战胜四川蓝剑队: the first side is the subject's score, the second the opponent's."""
    for a, b in zip(figures, figures[1:]):
        if (
            a.kind != "other"
            or b.kind != "other"
            or a.unit
            or b.unit
            or text[a.end : b.start] not in ("∶", ":", "：", "比")
        ):
            continue
        start, end = _set_series(text, a.start, b.end)
        m = _SCORE_VERB_RE.match(text, end)
        clause_start = max((k.end() for k in CLAUSE_SEP.finditer(text, 0, start)), default=0)
        if m is None:
            _label_solo_score(text[clause_start : a.start], text[b.end : b.end + 8], a, b, text, clause_start)
            continue
        before = re.sub(r"(?:主场|客场)?以?$", "", text[clause_start:start])
        opens = not before and text[clause_start:start].endswith("以")  # (not a score standing alone: 比分，110∶63)
        who_a = subject_label(before) if before else (_side_before(text, clause_start) if opens else "")
        if not who_a and (start, end) != (a.start, b.end):
            who_a = _set_player(text, clause_start, start)
        who_b = _RESULT_AFTER_RE.split(m.group("who"))[0]
        who_b = subject_label(who_b + "，") or who_b
        if who_b == "对手" and who_a:
            who_b = who_a + "对手"  # 进攻多点开花，以3∶1战胜对手: the opponent of the side named before
        if who_a:
            a.label = who_a
        if who_b:
            b.label = who_b


#: The set scores of one match, one after another: ``7∶5，7∶5，6∶7（5），4∶6，6∶3`` (a tiebreak's points in brackets).
_SET_SCORE = r"\d{1,2}[∶:]\d{1,2}(?:[（(]\d{1,2}[）)])?"
_SET_TAIL_RE = re.compile(rf"(?:[（(]\d{{1,2}}[）)])?(?:[，,、]{_SET_SCORE})*")
_SET_HEAD_RE = re.compile(rf"(?:{_SET_SCORE}[，,、])+$")


def _set_series(text: str, a_start: int, b_end: int) -> tuple[int, int]:
    """Where the run of set scores a score is one of starts and ends (its own start and end when it stands
    alone): ``以7∶5，7∶5，6∶7（5），4∶6，6∶3战胜美国选手`` (人民日报 2023) is one match, the verb of winning after
    the last set; the comma between sets is no clause's end."""
    head = _SET_HEAD_RE.search(text, max(0, a_start - 60), a_start)
    tail = _SET_TAIL_RE.match(text, b_end)
    return (head.start() if head else a_start), (tail.end() if tail else b_end)


def _set_player(text: str, clause_start: int, start: int) -> str:
    """The player whose set scores open a clause with 以 and no name before it: the last person the sentence
    names (``郑钦文…，最终以6∶4，6∶1战胜对手`` → 郑钦文)."""
    if re.sub(r"(?:主场|客场)?(?:随后|最终|最后|再|又|就|才|还)?以$", "", text[clause_start:start]):
        return ""
    sentence_start = max((m.end() for m in SENTENCE_SEP.finditer(text, 0, clause_start)), default=0)
    return _last_person(text[sentence_start:clause_start])


#: What ends the opponent after a verb of winning: 战胜日本女篮夺得冠军 (the doing after it).
_RESULT_AFTER_RE = re.compile(r"[，。；、]|夺得|获得|夺冠|晋级|进入|挺进|取得|摘得|问鼎|捧得|收获|赢得|拿到")
#: A score's clause that holds nothing but 以 (and a score before it, 以19∶25和16∶25): its side is named earlier.
_SCORE_BEFORE_RE = re.compile(r"^(?:(?:随后|最终|最后|再|又|先|连续)?以(?:\d+[∶:]\d+[和、])?)$")
#: A side of a match: a team (中国女排, 广东宏远队).
_SIDE_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:女排|男排|女篮|男篮|女足|男足|女乒|男乒|队)(?![员长伍友])")


def _side_before(text: str, clause_start: int) -> str:
    """The side a score opening its clause with 以 is of: the last team named earlier in the sentence
    (人民日报 2023: ``土耳其女排在拦防环节占据优势，以25∶22先下一城`` → 土耳其女排, and its opponent's
    score; ``中国女排…抓住对手漏洞，以25∶22将大比分扳平`` → 中国女排)."""
    start = max((m.end() for m in SENTENCE_SEP.finditer(text, 0, clause_start)), default=0)
    head = text[start:clause_start]
    last = ""
    for clause in CLAUSE_SEP.split(head):
        for m in _SIDE_RE.finditer(clause):
            last = subject_label(m.group() + "，") or m.group()
    return last if 2 <= len(last) <= 10 else ""


#: Verbs of a result with no opponent after them: 以21∶15扳回一局, 在16∶7领先的情况下, 被乔斌以21∶16逆转.
_SCORE_SOLO_RE = re.compile(
    r"^(?:的情况下)?(?:逆转|赢下|扳回|拿下|取胜|获胜|胜出|赢得|领先|落后|告负|夺得|险胜|胜|失利|连丢|丢掉|输掉|先下|扳平|负)"
)
_PASSIVE_SCORE_RE = re.compile(r"被(?P<who>[^，。；、被]{1,10}?)(?:以|在)$")


def _label_solo_score(before: str, after: str, a: Figure, b: Figure, text: str = "", clause_start: int = 0) -> None:
    """A score with a verb that names no opponent: the first side is the subject's, the second its
    opponent's: ``丢掉首局的林丹随后以21∶15扳回一局`` → 林丹, 林丹对手; after 被 the agent is the subject
    (``被乔斌以21∶16逆转`` → 乔斌, 乔斌对手). The place of the match before 以 is not its side
    (人民日报 2023: ``中国女排曾在分站赛以0∶3失利`` → 中国女排). Not the subject twice."""
    bare = _SCORE_BEFORE_RE.sub("", before)
    if before and not bare and (who := _side_before(text, clause_start)):
        a.label, b.label = who, who + "对手"  # 土耳其女排…占据优势，以25∶22先下一城: the side named before
        return
    if not _SCORE_SOLO_RE.match(after):
        return
    passive = _PASSIVE_SCORE_RE.search(before)
    if passive:
        who = subject_label(passive.group("who") + "，") or passive.group("who")
    else:
        who = subject_label(re.sub(r"(?:主场|客场)?(?:随后|最终|最后|再)?(?:在[^，以在]{1,10})?(?:以|在)$", "", before))
    if who and len(who) <= 8:
        a.label = who
        b.label = who + "对手"


#: 人均两亩基本农田, （人均０．６０元）: a per-head amount right after its 人均 (the noun is said elsewhere)
_PER_HEAD_RE = re.compile(r"(?:人均|户均|亩均|每人|每户|每亩)$")
#: a label that names the people or households themselves takes no 人均 (给失业者每人3000法郎: 失业者)
_PEOPLE_END = tuple("者民员生人户工师家")


def label_per_head(text: str, figures: list[Figure]) -> None:
    """Put the per-head word that stands right before a figure in front of its label: 人均 + 基本农田;
    经费由117.6万元（人均0.60元）: 人均经费, not the total's 经费. Done after the paragraph's labels are
    set, so the next figure, a total, does not carry it."""
    for f in figures:
        m = _PER_HEAD_RE.search(text, max(0, f.start - 2), f.start)
        if m and f.label and m.group() not in f.label and len(f.label) <= 10 and not f.label.endswith(_PEOPLE_END):
            f.label = m.group() + f.label
