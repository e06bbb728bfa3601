"""A period that opens its clause: what happened over it, the label of ``3年来…``, ``过去10年…``, ``近N年``.

A span that opens the sentence closed by 来, 以来, 里, 间 or 时间里 (or led by 过去, 近, 最近, 这, 此后)
is no time a doing took but a period the next clause tells what happened in. It is named by that
clause, as a reader would head a table column:

1. **Whose doing it is and the doing**, ``<doer><verb>时间``: ``过去10年来，默克在华累计投资近60亿元``
   → 默克投资时间, ``14年里，蒋文杰无数次地拦截了危险物品入境`` → 蒋文杰拦截时间 (:func:`_period_subject_doing`,
   :func:`_period_doing`, the doer by :func:`_doer_of`); a light verb gives the doing of its object
   (``近3年来，松下已在中国14个地区进行了新事业基地的建设…`` → 建设时间, :func:`_light_verb_doing`).
2. **The gist of the clause** when no doing is named: its subject, verb and object cut at words to a
   few characters, ``3年来两校开展师资共培活动15场`` → 两校开展师资共培活动 (:func:`_period_gist`).

:func:`period_opening` is the entry point :mod:`reader.analysis.figures` calls for 近 and a span of
years inside the figure (``近10年，中国网络文学出海成绩日益亮眼`` → 中国网络文学出海时间); the rest is what
:mod:`reader.analysis.span_labels` (the time a doing took or lasted: 用时, 时间, 期限) asks for a
period opening the sentence, and the longest gist it cuts (``_GIST_CHARS``); the word lists both use
(``_STATES``, ``_HABITS``, ``_LIGHT_VERBS``) are in label_phrases. This module sits below span_labels:
it imports only the phrase cutting of :mod:`reader.analysis.label_phrases`, never span_labels nor
figure_labels, at any level.
"""

from __future__ import annotations

import re

from reader.analysis.label_phrases import (
    _DOING_LIGHT_VERBS,
    _HABITS,
    _LIGHT_VERBS,
    _LINKS,
    _MODALS,
    _NEVER,
    _NOT_DOING,
    _PERSONS,
    _PREDICATES,
    _QUOTES,
    _SAYING,
    _STATES,
    _nounish,
    _tagger,
    _tokens,
)


#: A period that opens its sentence, the time over which the next clause happened: 三年来，… 过去两年，… 这两年，…
_PERIOD_LEAD_RE = re.compile(r"^(?:在)?(?:过去|近|最近|这|此后)?(?:(?<=过去|此后)的)?$")
#: (时间里 too: ``在此后的5年时间里，贝多芬忍受着…``, 人民日报 2017; was empty. Not 中: 在过去的一年中，社会学界在对
#: “发展”的理解… would be 社会学界理解, a word inside a phrase)
_PERIOD_TAIL_RE = re.compile(r"^(?:来|以来|里|间|(?:的)?时间里)?$")


def period_opening(before: str, after: str, following: str, qualifier: str, unit: str) -> str:
    """近 and a span of years opening the sentence are a period the next clause tells what happened in, not
    the time a doing took: ``近10年，中国网络文学出海成绩日益亮眼`` → 中国网络文学出海时间 (was 出海用时), ``近3年，
    兰州已选派30余名乡镇公务员…`` → 兰州选派时间 (人民日报 2023); ``不到20天，全部耕完`` keeps 耕完用时. The
    qualifier is inside the figure, so the clause before it is empty as for a span of time taken."""
    if qualifier != "近" or "年" not in unit or not following:
        return ""
    if not (_PERIOD_LEAD_RE.match(before.strip(_QUOTES)) and _PERIOD_TAIL_RE.match(after.strip(_QUOTES))):
        return ""
    return _period_subject_doing(following) or _period_doing(following) or _period_gist(following, doing=True)


def _period_doing(clause: str) -> str:
    """The doing of the clause after a period that opens the sentence, past its subject, adverbs and a
    place: ``过去10年来，默克在华累计投资近60亿元`` → 投资时间, ``两年来，辽宁建起90余处…`` → 建起时间. Nothing when
    the clause opens with a preposition or a verb (从…到…, 以…, 围绕…), or a number comes first."""
    toks = _tokens(_COUNTED_SUBJECT_RE.sub("", clause.lstrip(_QUOTES), count=1)[:40])  # 一批又一批…建设者们以…编纂
    tab = _tagger()[0]
    if not toks or toks[0][1].startswith(("p", "v")) or toks[0][0] in _PERSONS:
        return ""
    within = listing = False
    link = -1
    for k, (w, t) in enumerate(toks):
        if w == "、" and k and _nounish(toks[k - 1][1]):
            listing = True  # 中山大学理学博士、…顾问郑锐强一直在观测: titles listed before the subject,
            continue
        if listing and t not in ("d", "p", "v", "x", "m"):
            continue  # (可持续科学发展研究中心: 持续, 发展 are part of a name, up to the adverb 一直)
        listing = False
        if w in _DOING_LIGHT_VERBS and tab.get(w, "").startswith("v"):
            return _light_verb_doing(toks[k + 1 :])
        if w in _COVERBS:
            return ""  # 围绕防止因病致贫…: what the phrase is about, not a doing
        if tab.get(w, "") == "p":
            within = True  # 辽宁|为16449名残疾儿童|提供…: a number inside a preposition's phrase is its object's
            continue
        if t in ("x", "m", "q") and not (within and t != "x") or w in _NEVER:
            return ""
        if len(w) == 2 and (tab.get(w, "").startswith("v") or t == "v") and w not in _PREDICATES:
            if w in _LINKS:
                link = k
                continue  # 累计|投资
            if _modifying_verb(toks, k):
                continue  # 人民海军始终沿着党指引的航向: 指引 qualifies 航向, it is no doing of the period
            if link >= 0 and link + 1 < k and (_nounish(toks[link + 1][1]) or toks[link + 1][1] == "r"):
                return ""  # 子洲县新增各类经济组织2676个: 组织 is the object of 新增, not a doing
            if w in _NOT_DOING or w in _SAYING or w in _LIGHT_VERBS or w in _CAUSING or w[-1] in "得了着过":
                return ""
            if _listed_noun(toks, k) and not within:
                return ""  # 一批青年导演、编剧、演员…: a list of nouns (jieba's 导演 a verb), not 编纂、修订
            return _doer_of(toks[:k]) + w + "时间"
    return ""


#: Verbs of causing: what they caused is the doing over a period, not the causing (``近百年来，新文化运动导致毛笔
#: 和文言文被边缘化`` is no 新文化运动导致时间).
_CAUSING = frozenset("导致 造成 致使 使得 引发 引起 带来".split())

#: Verbs that open a phrase as a preposition does (围绕防止因病致贫…, 针对…): the doing is past them, out of reach.
_COVERBS = frozenset("围绕 针对 沿着 依托 借助 依靠 凭借 按照 依照 根据 随着 会同 面对 面向".split())


def _modifying_verb(toks: list[tuple[str, str]], k: int) -> bool:
    """A verb right before or after 的 qualifies a noun (党指引的航向, 虚假观念的纠缠中): it is no doing of its own."""
    return (k + 1 < len(toks) and toks[k + 1][0] == "的") or (k > 0 and toks[k - 1][0] == "的")


def _listed_noun(toks: list[tuple[str, str]], k: int) -> bool:
    """A word jieba tags a verb, listed with nouns after it: ``一批青年导演、编剧、演员…`` (导演、编剧、): a
    noun among nouns, not a doing (编纂、修订和出版 lists doings; 道路查缉、事故救援 doings made nouns)."""
    if k + 3 >= len(toks) or toks[k + 1][0] != "、" or toks[k + 2][1] != "n":
        return False
    return toks[k + 3][0] in ("、", "等") or toks[k + 3][1] == "x"


#: Words that list a subject with others (X、Y, X和Y): its first member alone is not the doer.
_LISTING = frozenset(("、", "和", "与", "及", "同", "跟", "以及"))


def _doer_of(toks: list[tuple[str, str]]) -> str:
    """The short subject opening a clause after a period, to name whose doing its span is the time of:
    ``最近10余年，浙江小百花越剧院在…持续探索`` → 越剧院 (越剧院探索时间, not 探索时间, a verb alone that names no
    one), ``过去10年来，默克在华累计投资…`` → 默克; nothing for a subject of one character or none, nor for the
    first of a list (``十多年来，中山大学理学博士、…顾问郑锐强一直在观测``: 理学博士 is a title of the doer, not the doer)."""
    subject: list[str] = []
    for k, (w, t) in enumerate(toks):
        glued = (
            len(w) == 1 and t in ("a", "d", "b") and k + 1 < len(toks) and _nounish(toks[k + 1][1])
        )  # 浙江|小|百花|越|剧院
        if not (_nounish(t) or subject and glued) or w in _NEVER or w in _HABITS:
            if subject and w in _LISTING:
                return ""
            break
        subject.append(w.strip("“”《》"))
    subject = [w for w in subject if w not in ("我国", "全国")] or subject
    while subject and sum(len(w) for w in subject) > 6:
        subject = subject[1:]
    name = "".join(subject).lstrip("·")
    return name if len(name) >= 2 else ""


#: Words between the subject and the verb of a clause after a period: adverbs, times, 多次, 地.
_BETWEEN_TAGS = ("d", "ad", "t", "m", "uv", "c")


#: A count opening a clause before the noun it counts, which is the subject: ``100多名学生考入了高等院校``,
#: ``一大批能源合作项目落地生根``, ``一代又一代的红其拉甫海关人坚守…`` (the count is no part of the name).
_COUNTED_SUBJECT_RE = re.compile(
    r"^(?:[0-9０-９.]+|[一两二三四五六七八九十百千万几数]+)(?:多|余)?大?(?:名|位|个|家|所|批|支|座|户|代|部)(?![名位个家所批支座户代部])"
    r"(?:又[一两二三四五六七八九十]+[批代])?的?(?=[\u4e00-\u9fff“《])"
    r"|^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})岁(?:的|高龄的)?(?=[\u4e00-\u9fff“《])"
)  # (or an age before the subject: 这两年，76岁的孙大田每天都要这样远距离取水)
#: A phrase of a preposition opening the clause as a clause of its own: ``在边防连官兵的帮扶下，迈丹村先后建起…``,
#: ``在国际投资管理…等方面，上海自贸试验区进…``: the subject and its doing are past its comma.
_OPENING_PHRASE_RE = re.compile(r"^(?:在|针对|随着|围绕)[^，,。；：“”]{2,30}?(?:下|中|方面|上)?[，,]")


_QUOTED_NAME_RE = re.compile(r"^(?:“[^”，,。]{1,8}”|《[^》，,。]{1,10}》)")


def _past_opening_phrase(clause: str) -> str:
    """The clause past a phrase of a preposition that is a clause of its own (在…下，); else the clause."""
    m = _OPENING_PHRASE_RE.match(clause)
    return clause[m.end() :] if m else clause


#: Verbs that open a count's label (举办了88场) but are a doing over a period all the same:
#: ``5年来，林奈实验室在婺源先后举办公益讲座…`` → 林奈实验室举办时间.
_PERIOD_DOINGS = frozenset(
    "举办 参与 参加 完成 提供 培育 建成 实施 打造 建立 设立 成立 组建 引进 推出 吸引 带动".split()
)


_TITLE_RE = re.compile(r"^《([^》]{1,10})》")


def _owner_of(subject: list[str], toks: list[tuple[str, str]], k: int) -> bool:
    """A 的 between an owner and the subject's head noun (公司的榛子产品卖得红火): the head is the subject."""
    return bool(subject) and toks[k][0] == "的" and k + 1 < len(toks) and _nounish(toks[k + 1][1])


def _past_place(toks: list[tuple[str, str]], k: int) -> int:
    """Past a place the subject's doing happens in, to its verb: ``林奈实验室在婺源先后举办…`` (在|婺源)."""
    if k < len(toks) and toks[k][0] in ("在", "于") and toks[k][1] == "p":
        j = k + 1
        while j < len(toks) and j - k <= 3 and toks[j][1] in ("ns", "n", "nz", "s", "f", "nt"):
            j += 1
        if j > k + 1:
            return j
    return k


#: Words jieba cuts from a count and tags as nouns (50|多部|戏): part of the count, not its object.
_COUNT_TAILS_RE = re.compile(r"^[多余][\u4e00-\u9fff]$")


def _one_char_verb_object(toks: list[tuple[str, str]], k: int) -> str:
    """A verb of one character, 了, a count and its object of one or two characters: the doing is the verb
    and the object, ``近20年来，盐湖区蒲剧团排了50多部戏`` → 盐湖区蒲剧团排戏时间 (a one-character verb alone names
    nothing)."""
    w, t = toks[k]
    if len(w) != 1 or t != "v" or k + 2 >= len(toks) or toks[k + 1][0] != "了" or toks[k + 2][1] != "m":
        return ""
    j = k + 2
    while j < len(toks) and (toks[j][1] in ("m", "q") or _COUNT_TAILS_RE.match(toks[j][0])):
        j += 1
    if j >= len(toks) or toks[j][1] != "n" or len(toks[j][0]) > 2 or toks[j][0] in _NEVER:
        return ""
    if j + 1 < len(toks) and _nounish(toks[j + 1][1]):
        return ""  # the object goes on past two characters: no short name for it
    return w + toks[j][0]


def _object_follows(toks: list[tuple[str, str]], k: int) -> bool:
    """A word in a verb's place has an object or a list of doings after it (弘扬“坚决…”, 前往伊朗, 指导、监督)."""
    if k + 1 >= len(toks):
        return False
    w, t = toks[k + 1]
    return w in ("、", "“") or _nounish(t) or t == "m"


def _period_subject_doing(clause: str) -> str:
    """A period opening the sentence, and a next clause of a subject, adverbs and a verb: the time of
    the subject's doing, ``14年里，蒋文杰无数次地拦截了危险物品入境`` → 蒋文杰拦截时间, ``新时代10年来，我国农村
    公路建设扎实推进`` → 农村公路建设推进时间 (not empty: the period dates what the subject did). Nothing
    without a subject of nouns, or for a verb that only links to a figure (园区植被盖度已达到80%)."""
    if not _QUOTED_NAME_RE.match(clause):  # “冰雕连”始终弘扬…: a quoted name is the subject
        clause = clause.lstrip(_QUOTES)
    clause = _past_opening_phrase(clause)
    clause = _COUNTED_SUBJECT_RE.sub("", clause, count=1)
    title = _TITLE_RE.match(clause)  # 《新华字典》见证和记录着…: the work named is the subject
    toks = _tokens(clause[title.end() if title else 0 :][:30])
    subject: list[str] = [title.group(1)] if title else []
    k = 0
    while (
        k < len(toks)
        and toks[k][0] not in _HABITS
        and (_nounish(toks[k][1]) or (toks[k][1] == "r" and toks[k][0] not in _PERSONS) or _owner_of(subject, toks, k))
    ):
        subject = [] if toks[k][0] == "的" else [*subject, toks[k][0].strip("“”《》")]
        k += 1
    subject = [w for w in subject if w not in ("我国", "全国", "我们", "我", "他们")] or subject
    while subject and sum(len(w) for w in subject) > 6:
        subject = subject[1:]
    if not subject or len("".join(subject)) < 2 or any(w in _NEVER for w in subject):
        return ""
    adverb = False
    while k < len(toks) and (toks[k][1] in _BETWEEN_TAGS or toks[k][0] in _HABITS or toks[k][0] in _MODALS):
        adverb = adverb or toks[k][1] in ("d", "ad") or toks[k][0] in _HABITS
        k += 1
    k = _past_place(toks, k)
    while k < len(toks) and (toks[k][1] in _BETWEEN_TAGS or toks[k][0] in _HABITS or toks[k][0] in _MODALS):
        adverb = adverb or toks[k][1] in ("d", "ad") or toks[k][0] in _HABITS
        k += 1
    if k + 1 < len(toks) and toks[k][1] == "a" and len(toks[k][0]) == 2 and toks[k + 1][1] == "v":
        adverb, k = True, k + 1  # 农村公路建设扎实推进: a state word before the verb says how
    if k == len(toks):
        return ""
    w, t = toks[k]
    short = _one_char_verb_object(toks, k)
    if short:
        return "".join(subject) + short + "时间"
    if (
        len(w) == 2
        and w.endswith("得")
        and k + 1 < len(toks)
        and toks[k + 1][1] in ("a", "n")
        and len(toks[k + 1][0]) == 2
    ):
        return "".join(subject) + w + toks[k + 1][0]  # 这两年，公司的榛子产品卖得红火 → 榛子产品卖得红火
    if adverb and t in ("n", "nr", "t", "vn") and _object_follows(toks, k):
        t = "v"  # 始终|弘扬, 多次|前往, 已经可以|复原, 共|指导: jieba's noun in a verb's place, after an adverb
    if t != "v" or len(w) != 2 or w[-1] in "得了着过" or (w in _PREDICATES and w not in _PERIOD_DOINGS):
        return ""
    if w in _LIGHT_VERBS:
        return ""
    if not adverb and k + 1 < len(toks) and toks[k + 1][0] == "、":
        return ""  # 一批青年导演、编剧、演员…: a list of nouns, 导演 is none of its doing
    if w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _SAYING or w in _STATES or w in _CAUSING:
        return ""
    return "".join(subject) + w + "时间"


def _light_verb_doing(rest: list[tuple[str, str]]) -> str:
    """The doing a light verb carries, named by the verbal noun of its object, within the clause:
    ``近3年来，松下已在中国14个地区进行了新事业基地的建设和扩张`` → 建设时间; nothing for a light verb
    that carries none (发生, 存在, 保持)."""
    tab = _tagger()[0]
    for w, t in rest:
        if t == "x":
            return ""
        if len(w) == 2 and tab.get(w, "") == "vn" and w not in _NOT_DOING and w not in _SAYING:
            return w + "时间"
    return ""


#: A few sides named by their count and a noun of one character, one word for jieba: 两校, 三省, 两岸.
_FEW_SIDES_RE = re.compile(r"^[两二三四五六七八九]+[校省市县国地岸区村企馆院军队]$")


#: The longest gist of a clause a period opens (its subject, verb and object, cut at words).
_GIST_CHARS = 10


#: One-character nouns of a group that jieba cuts from a verb before them: 拍摄|团, 志愿|队.
_GROUP_TAILS = frozenset("团 队 组 站 班 社")


def _gist_tokens(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words of a clause a period opens, mended where jieba cuts its subject wrong: a leading 各 (a
    pronoun to jieba, ``一年多来，各枢纽节点积极发布政策``) opens no word of the subject, and a verb glued to a
    one-character noun of a group is the group's name (``11年来，拍摄|团为乡亲们拍摄了…`` → 拍摄团)."""
    if len(toks) > 1 and toks[0][0] == "各" and _nounish(toks[1][1]):
        toks = toks[1:]
    if len(toks) > 1 and toks[0][1] == "v" and len(toks[0][0]) == 2 and toks[1][0] in _GROUP_TAILS:
        toks = [(toks[0][0] + toks[1][0], "n"), *toks[2:]]
    return toks


def _gist_subject(toks: list[tuple[str, str]]) -> tuple[list[str], int]:
    """The subject opening a clause (nouns, a 的 between an owner and its noun, or a verb and its object
    that name a doing, 共建“一带一路”倡议) and the index of the word after it."""
    subject: list[str] = []
    k = 0
    if toks and toks[0][1] == "v" and len(toks[0][0]) == 2 and len(toks) > 1 and toks[1][0].startswith("“"):
        subject.append(toks[0][0])  # 共建|“一带一路”|倡议: a doing of a quoted name made a name (not 伴随亚洲…)
        k = 1
    while k < len(toks) and toks[k][0] not in _HABITS:
        w, t = toks[k]
        if not k and _FEW_SIDES_RE.match(w):
            t = "n"  # 两校, 三省: jieba's count of the sides is the subject
        if (
            _nounish(t)
            and w not in _NEVER
            or (subject and w == "的" and k + 1 < len(toks) and _nounish(toks[k + 1][1]))
        ):
            subject.append(w.strip("“”《》"))
            k += 1
            continue
        break
    return subject, k


def _period_gist(clause: str, doing: bool = False) -> str:
    """A period opening the sentence, and a next clause whose doing the rules before name no time of: the
    clause's subject with its verb and object, cut at words to a few characters, ``3年来两校开展师资共培活动15场``
    → 两校开展师资共培活动, ``过去两年，辽宁新增残疾人就业27377人`` → 辽宁新增残疾人就业, ``10年来，共建“一带一路”倡议
    吸引了…`` → 共建一带一路倡议 (what happened over it, not empty). Nothing without a subject of two
    characters, for a person's pronoun, or a clause that opens with a preposition or a number; with ``doing``
    nothing without a verb (a subject alone, 公司产值 for 仅半年时间，公司产值增加近500万元, misleads)."""
    whole = len(clause) < 36  # (the caller gives 40 characters of the next clause: its last word may be cut)
    clause = _past_opening_phrase(clause.lstrip(_QUOTES))
    clause = _COUNTED_SUBJECT_RE.sub("", clause, count=1)
    parts = re.split(r"[，,。；;：:！？]", clause, maxsplit=1)
    toks = _tokens(parts[0])
    if len(parts) == 1 and not whole:
        toks = toks[:-1]  # 上海自贸试验区进行制|度…: no word cut by the end of what was given
    toks = _gist_tokens(toks)
    toks = [tok for j, tok in enumerate(toks) if not _kinds_before_noun(toks, j)]
    if not toks or toks[0][0] in _PERSONS or toks[0][1] in ("p", "x", "r", "d"):
        return ""
    if toks[0][1] == "m" and not _FEW_SIDES_RE.match(toks[0][0]):
        return ""
    subject, k = _gist_subject(toks)
    if len("".join(subject)) < 2 or subject[-1] == "的":
        return ""
    if any(w == "、" for w, _ in toks[k : k + 2]):
        return ""  # 一批青年导演、编剧、演员…: a list of the doers (jieba's 导演 a verb), no one of them
    past_subject = k
    while k < len(toks) and (toks[k][1] in _BETWEEN_TAGS or toks[k][0] in _HABITS or toks[k][0] in _MODALS):
        k += 1
    phrased = _past_object_phrase(toks, k)
    k, phrased = phrased, phrased > k  # (a verb past its preposition's object is no bare verb)
    verb = ""
    if k < len(toks):
        w, t = toks[k]
        tag = _tagger()[0].get(w, t)
        nxt = toks[k + 1] if k + 1 < len(toks) else ("", "x")
        bare = not (phrased or _nounish(nxt[1]) or nxt[0].startswith(("“", "《")))  # 超过2万亿元, 得到了…
        if (
            (t.startswith("v") or tag.startswith("v") or t in ("i", "l"))
            and 2 <= len(w) <= 4
            and w[-1] not in "得了着过"
        ):
            if w in _CAUSING:
                return ""  # 新文化运动导致毛笔…被边缘化: what was caused is cut off, the cause alone misleads
            if not (w in _NEVER or w in _NOT_DOING or w in _SAYING or w in _STATES):
                verb = "" if bare and len(w) < 4 else w  # (not 落地生根, 供过于求: a doing whole)
        elif _unread_doing(toks[past_subject:k]):
            return ""
    while len(subject) > 1 and len("".join(subject)) + len(verb) > _GIST_CHARS:
        subject = subject[1:]  # 全国法院网络司法拍卖成交 → 网络司法拍卖成交: the nearest words of the subject
    if subject[0] == "的":
        subject = subject[1:]
    gist = "".join(subject) + verb
    if verb:
        rest = toks[k + 1 :]
        for j, (w, t) in enumerate(rest):
            counted = j and t == "v" and len(w) == 2 and (j + 1 == len(rest) or rest[j + 1][1] == "m")
            if not (_nounish(t) or counted) or w in _NEVER or len(gist) + len(w.strip("“”《》")) > _GIST_CHARS:
                break  # (新增残疾人就业27377人: the doing counted goes with its object)
            gist += w.strip("“”《》")
    return gist if verb or (len(gist) >= 3 and not doing) else ""


#: Words of "all kinds of" before a noun (各类经济组织): they qualify it, and name nothing a gist needs.
_KINDS_OF = frozenset("各类 各种 各项 各式 多种 多类".split())


def _kinds_before_noun(toks: list[tuple[str, str]], j: int) -> bool:
    """``各类`` before a noun: ``3年来，子洲县新增各类经济组织2676个`` → 子洲县新增经济组织 (人民日报 2017; jieba's 各类 a
    pronoun ended the object, and the gist was 子洲县 alone, a place for a span)."""
    return toks[j][0] in _KINDS_OF and j + 1 < len(toks) and _nounish(toks[j + 1][1])


#: Prepositions whose phrase of a few nouns may stand between a subject and its verb: 拍摄团为乡亲们拍摄了….
_OBJECT_PREPOSITIONS = frozenset("为 给 向 对 与 同 跟 和 替 帮".split())
_OBJECT_PHRASE_TAGS = ("n", "nr", "nrt", "ns", "nt", "nz", "r", "s", "f", "a", "uj", "m", "q", "j")


def _past_object_phrase(toks: list[tuple[str, str]], k: int) -> int:
    """Past a preposition's phrase of a few nouns between a subject and its verb, to the verb:
    ``11年来，拍摄团为乡亲们拍摄了上万张照片`` (为|乡亲们) → 拍摄团拍摄; else ``k``."""
    if k >= len(toks) or toks[k][1] not in ("p", "v") or toks[k][0] not in _OBJECT_PREPOSITIONS:
        return k
    j = k + 1
    while j < len(toks) and j - k <= 5 and toks[j][1] in _OBJECT_PHRASE_TAGS:
        j += 1
    if j == k + 1 or j >= len(toks) or not toks[j][1].startswith("v"):
        return k
    return j


def _unread_doing(between: list[tuple[str, str]]) -> bool:
    """Between the subject of a period's clause and a word that is no verb, a count or an adverb jieba glued to a
    preposition (共为): the doing is further on, past words the gist does not read, and the subject alone would
    name the doer as if it were what the span measures: ``5年来，自然资源主管部门共为6.3万件地图申请件提供…``
    (no 自然资源主管部门)."""
    return any(t in ("m", "q") or (t == "d" and len(w) == 2 and w[1] in _OBJECT_PREPOSITIONS) for w, t in between)
