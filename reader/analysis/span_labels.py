"""What a span of time measures: the label of a duration (see :mod:`reader.analysis.figure_labels`).

A span is named by what it is the time of, as a reader would head a table column:

1. **A time noun of the clause** before it: ``工期3年`` → 工期, ``清明假期三天`` → 清明假期,
   ``时隔三年`` → 时隔 (:func:`_period_noun`, the gap words).
2. **The doing it measures**, as a noun phrase ``<doing>时间`` (how long it lasted), ``<doing>用时``
   (how long it took) or ``<doing>期限`` (a term set ahead): the verb before it (被困11小时 → 被困时间),
   a verb and its object around it (当政委3年多 → 当政委时间, 教了20多年唢呐 → 教唢呐时间), the verb
   after it (3分钟救下一条生命 → 救下用时), or, for a span that opens its sentence, the doing of the
   next clause (不到20天，全部耕完 → 耕完用时; 过去10年来，默克在华累计投资… → 默克投资时间, a period
   opening its clause: see :mod:`reader.analysis.period_labels`).
3. A result (汤普森以５４秒９５… → 汤普森成绩) and a time to an event (终场前３分钟 → 距终场时间).
4. When no doing of a time is found, what happened over it, cut at words to a few characters: the
   gist of the clause a period opens (3年来两校开展师资共培活动 → 两校开展师资共培活动, by
   :func:`period_labels._period_gist`), the doing closed
   by 已/已有 (赵增权从事井下作业已29年 → 赵增权从事井下作业).

It is never a person or thing merely nearby (救援人员经过7小时… is no 救援人员); when nothing names
the span the label is empty. These rules are kept apart from figure_labels.py because they read a
different grammar (a span is the time *of* a doing, where a count or an amount is *of* a noun) and
grew to a third of that module. They use the phrase cutting of :mod:`reader.analysis.label_phrases`
(words and tags, the subject and the noun after a figure); :func:`figure_labels.label` calls into
this module from inside the function, so the imports run one way at module level. The naming of a
period that opens its clause (3年来…, 过去10年…, 近N年: the doer and doing or the gist of the next
clause) is :mod:`reader.analysis.period_labels`, below this module: the rules here ask it when such a
period opens the sentence, and share a few of its word lists (``_STATES``, ``_HABITS``, ``_LIGHT_VERBS``,
``_DOING_LIGHT_VERBS``); it never imports this module. A run (连续N年…: what held all along, no time a
doing took) is :mod:`reader.analysis.run_labels`, below this module too. What jieba tags wrong is fixed in label_phrases'
``_TAG_FIX`` (扎根, 徒步, 步行: verbs), not worked around here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.label_phrases import (
    _AFTER_SKIP,
    _DOING_LIGHT_VERBS,
    _HABITS,
    _LIGHT_VERBS,
    _LINKS,
    _MANNER_WORDS,
    _MEASURE_HEAD,
    _MODALS,
    _NEGATION_WORDS,
    _MAX_CHARS,
    _NEVER,
    _NOT_DOING,
    _PERSONS,
    _PREDICATES,
    _QUOTES,
    _SAYING,
    _STATES,
    _WHEN_WORDS,
    _last_clause,
    _nearest_words,
    _nounish,
    _strip_links,
    _tagger,
    _tokens,
    _verb_before,
    after_label,
    subject_label,
)
from reader.analysis.period_labels import (
    _CAUSING,
    _COVERBS,
    _GIST_CHARS,
    _PERIOD_LEAD_RE,
    _PERIOD_TAIL_RE,
    _period_doing,
    _period_gist,
    _period_subject_doing,
)
from reader.analysis.run_labels import _RUN_CHANGES, _run_of
from reader.ingest.people import is_surname

#: Nouns that end a time noun naming a span of its own: 工期3年, 局长任期续两个月, 清明假期三天.
_TIME_NOUNS = (
    "时间",
    "时长",
    "用时",
    "工期",
    "周期",
    "期限",
    "年限",
    "历史",
    "寿命",
    "天数",
    "时段",
    "时限",
    "期",
    "龄",
    "假",
)


#: 多 after a span closed by 来, 以来, 里, 间: it is of the span (一年|多来 is 一年多 来).
_MORE_OF_PERIOD_RE = re.compile(r"^多(?=(?:以)?来|里|间)")


def _more_of_period(after: str) -> str:
    """The text after a span past a 多 that is of the span, ``一年多来，各枢纽节点积极发布政策`` (the figure is
    一年, 多来 after it): the period is read as 一年来, not labelled with the fragment 多来."""
    return _MORE_OF_PERIOD_RE.sub("", after, count=1)


#: Nouns that only say a span is a span (3天时间): they name nothing.
_SPAN_NOUNS = frozenset(("时间", "时长", "时光", "光景", "工夫", "功夫"))
#: What may stand between a span opening a clause and the comma, for the next clause to be what it
#: measures (不到20天，全部耕完; 3天时间，团队走进…); not 后, 来, 前: 10天后, 三年来 date the next clause.
_SPAN_LEAD_RE = re.compile(
    r"^(?:用了?|花了?|历时|历经|经过|耗时|不到|不足|仅|只|仅用|只用|短短|整整|足足|前后|约|在|只需|仅需|只要)*$"
)
_SPAN_ONLY_RE = re.compile(r"^(?:的)?(?:时间|时长|工夫|功夫)?(?:内|之内|以内|后|之后|以后|间|之间)?$")


#: Time nouns that name no doing by themselves: 时间 alone is only the kind of measure.
_BARE_TIME_NOUNS = frozenset(("时间", "时长", "用时", "年限", "期限", "寿命", "周期", "天数", "时段", "时限", "期"))
#: Verbs too light to head a time noun's doing: 进行吊装施工的时间 is the 吊装施工 time; light verbs of a doing
#: made a noun, modals, and 接受, 实施, 需要 (接受治疗的时间, 需要维修的时间).
_LIGHT_DOINGS = _DOING_LIGHT_VERBS | _MODALS | frozenset("接受 实施 需要".split())


def _qualified_time_noun(before: str, noun: str) -> str:
    """A bare time noun named as a span's subject, with the doing before it: ``我国部分铁路桥梁使用年限超30年``
    → 桥梁使用年限, ``将配送时间延长至1小时`` → 配送时间, ``每天可进行吊装施工的时间不足8小时`` → 吊装施工时间,
    ``每次演奏时长都在一个半小时以上`` → 演奏时长 (人民日报 2023; were 年限, 时间, 时长 alone: only the kind of
    measure). Up to four characters of doing (a verb, its object or subject) right before the noun, past
    one 的; the bare noun when none is there."""
    stripped = before.rstrip(_QUOTES)
    at = stripped.rfind(noun)
    if at <= 0:
        return noun
    toks = _tokens(stripped[max(0, at - 10) : at])
    picked: list[tuple[str, str]] = []
    for w, t in reversed(toks):
        if w == "的" and not picked:
            continue
        if w in _LIGHT_DOINGS or not (_nounish(t) and t not in ("r", "t", "m") or t in ("v", "vn")):
            break
        if len("".join(x for x, _ in picked) + w) > 4:
            break
        picked.insert(0, (w, t))
    if not picked or not any(t in ("v", "vn") for _, t in picked):
        return noun  # 基金产品，期限是3年: nothing done before it
    return "".join(w for w, _ in picked) + noun


#: A time noun, 由/从 and the old span, then a verb of change to the new one: 运行周期由去年的15天增加到20天.
_CHANGED_TERM_RE = re.compile(
    r"(?P<what>[^，,。；;：:“”]{2,12}?)(?:由|从)(?:[^，,。；;由从]*?(?:增加|延长|缩短|减少|压缩|提高|降低|增长|提升|减|增|缩减)(?:到|至|为)|(?:去年|上年|原来|以前|过去|此前)?的?)$"
)


def _changed_term(before: str) -> str:
    """A span whose time noun is changed from one span to another names both spans with that noun:
    ``运行周期由去年的15天增加到20天`` → 运行周期 (15天 and 20天; 人民日报 2023, were empty: 由 cuts the subject)."""
    m = _CHANGED_TERM_RE.search(before.rstrip(_QUOTES))
    if not m:
        return ""
    noun = _period_noun(m.group("what"))
    return _qualified_time_noun(m.group("what"), noun) if noun in _BARE_TIME_NOUNS else noun


#: A time noun, then a verb of changing it to the span: 手办制作周期被压缩到4天, 审批时间缩短至3天.
_TIME_NOUN_CHANGED_RE = re.compile(
    r"(?P<what>[\u4e00-\u9fff]{0,8}?(?:时间|时长|周期|期限|工期|用时|时限|年限|天数))"
    r"(?:被|已|已经|将|再|也|均|都)*(?:压缩|缩短|延长|减少|增加|缩减|降低|提高|减|增)了?(?:到|至|为)?$"
)


def _time_noun_changed(before: str) -> str:
    """A time noun changed to a span names it, with the doing before it (past a 的): ``原本约15天的手办制作周期
    被压缩到4天`` → 手办制作周期 (人民日报 2023; was empty though the row shows 降至)."""
    m = _TIME_NOUN_CHANGED_RE.search(before.rstrip(_QUOTES))
    if not m:
        return ""
    what = m.group("what").split("的")[-1]
    return _qualified_time_noun(what, what) if what in _BARE_TIME_NOUNS else what


#: Doings of staying or appearing, named with where (a short object) or who or what (扎根特殊教育领域, 《平凡
#:的世界》面世). Their tags are verbs in label_phrases' ``_TAG_FIX``, all but 驻村: jieba's n is right in
#: 122名驻村（社区）镇干部 (a modifier of a noun), which a tag of v would leave with no label.
_STAYING_DOINGS = ("扎根", "落户", "面世", "问世", "从医", "行医", "任教", "支教", "驻村")


def _staying_doing(before: str, head: str = "") -> str:
    """A doing of staying or appearing, with a short object or a subject, right before a span: ``扎根特殊教育领域
    近40年`` → 扎根特殊教育领域时间, ``落户晋江10年来`` → 落户晋江时间, ``《平凡的世界》面世30余年`` → 平凡的世界面世时间
    (were empty)."""
    clause = re.split(r"[，,。；;：:！？]", before.strip(_QUOTES))[-1]
    found = [(clause.rfind(w), w) for w in _STAYING_DOINGS if w in clause]
    if not found:
        return ""
    at, verb = max(found)
    rest = re.sub(r"(?:了|已|已经|已有|有|近|约)+$", "", clause[at + len(verb) :])
    if rest:
        toks = _tokens(rest)
        if len(verb + rest) > 9 or not all(_nounish(t) or t in ("l", "j") for _, t in toks):
            return ""
        return verb + rest + "时间"
    who = re.search(r"《([^》]{1,10})》$", clause[:at] or head)  # 《平凡的世界》面世: the work named
    name = who.group(1) if who else subject_label(clause[:at]) if at else ""
    if re.search(r"在[^，,]*$", clause[:at]):
        name = ""  # 已在老年大学任教20多年: a place, not who (任教时间)
    if name in _PERSONS or len(name + verb) > 9:
        name = ""
    return name + verb + "时间"


#: Words of "only so long" between a doing and its span: 开业不到半个月, 上市仅一年, 投产才两年.
_ONLY_SINCE_RE = re.compile(r"(?:还|尚|才|仅仅|仅|只|刚刚|刚)?(?:不到|不足|不过|满|有)?$")


def _done_only_since(before: str) -> str:
    """A doing, then a word of "only so long", closing the clause before a span: the time since the doing,
    ``农家乐开业不到半个月，就接待了30多桌客人`` → 开业时间, ``该产品上市仅一年`` → 上市时间 (were empty: the verb
    is not last, so the rule of the verb before a span missed it), ``新厂投产才两年`` → 投产时间."""
    stripped = before.rstrip(_QUOTES)
    m = _ONLY_SINCE_RE.search(stripped)
    if not m or not m.group(0) or m.group(0) in ("有", "满"):
        return ""
    rest = stripped[: m.start()]
    if rest[-2:] in _DATING_DOINGS:
        return rest[-2:] + "时间"  # (开业 a noun, 投产 a predicate of counts to jieba's tags and the lexicon)
    verb = _verb_before(rest) if rest else ""
    if len(verb) != 2 or not rest.endswith(verb) or verb in _NOT_DOING or verb in _PREDICATES or verb in _STATES:
        return ""
    return verb + "时间"


#: Prepositions of place a span's doing may follow: 未来5年在金砖国家设立10个海外学习中心.
_PLACE_PREPOSITIONS = frozenset("在 于 到 赴 向".split())
#: Words that put a span ahead of now: it is a term set for the doing (未来5年…设立 → 设立期限).
_AHEAD = ("未来", "今后", "此后")


#: Verbs of a pledge whose span is a term within which the doing after it happens (保证5年内不发生沉降).
_PLEDGES = frozenset("保证 确保 力争 争取 承诺 实现 做到".split())
_WITHIN_AFTER_RE = re.compile(r"^(?:之|以)?内(?=[\u4e00-\u9fff])")


#: A span closed by 间 or 来 is a period things happened over, not the time a doing took.
_PERIOD_CLOSE_RE = re.compile(r"^(?:多)?(?:之间|间|以来|来(?![一到看回自过往]))")


def duration_label(before: str, after: str, following: str = "", head: str = "") -> str:
    """What a span of time is the time of (:func:`_duration_label`); a period is never named as what a doing
    took: ``10余年间，她拾起了小时候的唱歌爱好`` → 拾起时间, ``中国人几千年来积累的知识智慧`` → 积累时间 (人民日报
    2023; were 拾起用时, 积累用时: 用时 says how long the doing took, which the period does not measure)."""
    found = _duration_label(before, after, following, head)
    if not found.endswith("用时") or not _PERIOD_CLOSE_RE.match(_more_of_period(after.strip(_QUOTES))):
        return found
    if before.rstrip(_QUOTES).endswith(_QUICK_LEADS) or re.match(r"^[，,]?(?:就|便)", following.lstrip(_QUOTES)):
        return found  # 短短五年间，就与…展开合作: said quick, the period is what the doing took
    return found.removesuffix("用时") + "时间"


#: Words that say a span was short, so what was done in it is what it took: 短短五年间, 仅半年间.
_QUICK_LEADS = ("短短", "仅", "只", "仅仅", "不到", "不足", "才", "仅用", "只用")


def _window_of_doing(before: str, verb: str, after: str) -> str:
    """A verb right before a span closed by 内 and a doing glued after it: the span is the window of that
    doing, not the time of the verb before, ``我们实行60分钟内换乘减免1元优惠政策`` → 换乘减免时限 (人民日报 2023;
    was 实行时间: the policy is not in force for 60 minutes). Not for a pledge (保证8小时内运输出疆: what it
    takes); the doing is its verb, with a noun-tagged doing before it (换乘 nz, then 减免)."""
    if len(verb) < 2 or verb in _PLEDGES or not before.rstrip(_QUOTES).endswith(verb):
        return ""
    rest = _WITHIN_AFTER_RE.sub("", after.strip(_QUOTES), count=1)
    toks = _tokens(rest[:8])
    if len(toks) >= 2 and toks[0][1] in ("nz", "vn") and toks[1][1] == "v" and len(toks[0][0] + toks[1][0]) <= 6:
        return toks[0][0] + toks[1][0] + "时限"
    if toks and toks[0][1] == "v" and len(toks[0][0]) >= 2 and toks[0][0] not in _NOT_DOING | _LINKS:
        return toks[0][0] + "时限"
    return ""


def _duration_label(before: str, after: str, following: str = "", head: str = "") -> str:
    """What a span of time is the time of: a time noun before it (工期3年), else the
    doing it measures (被困11小时 → 被困时间, 3分钟救下一条生命 → 救下用时, 不到20天，全部耕完 →
    耕完用时); never a person or thing merely nearby (救援人员经过7小时… is no 救援人员).
    ``head`` is the sentence up to the span's clause (为期一年 is the term of the doing it names)."""
    early = (
        _age_of_young(after)
        or _term_of_head(before, head)
        or _repeat_interval(after, following)
        or _stay_in_place(before)
        or _term_from_date(before, after, following)
        or _once_begun(before, head)
        or _taken_from_to(before, after, head)
    )
    if early:
        return early
    after = _more_of_period(after)
    subject = subject_label(before) if before else ""
    if subject.endswith(_TIME_NOUNS):
        return _qualified_time_noun(before, subject) if subject in _BARE_TIME_NOUNS else subject
    period = _period_noun(before) if before and not subject else ""
    if period:
        return period
    changed = (_changed_term(before) or _time_noun_changed(before)) if before else ""
    if changed:
        return changed
    stripped = before.rstrip(_QUOTES)
    gap = next((w for w in _GAP_WORDS if stripped.endswith(w)), "")
    if gap:
        return _GAP_NOUNS.get(gap, gap)  # 时隔三年, 每隔两三天 → 间隔: the interval itself
    if stripped.endswith("以") and len(stripped) > 1:  # 汤普森以５４秒９５摘取金牌: a result
        who = subject_label(stripped[:-1])
        return who + "成绩" if who else "成绩"
    if stripped.endswith(("前", "后")) and len(stripped) > 1 and not stripped.endswith(_LAST_OF):
        # 终场前３分钟: time to or from an event (not 人生的最后4年: the last years of it)
        what = subject_label(stripped[:-1]) or _event_verb(stripped[:-1])
        if what:
            return f"距{what}时间"
    spent_on = _spent_on_doing(before, after, head)
    if spent_on:
        return spent_on
    verb = _verb_before(before) if before else ""
    staying = _staying_doing(before, head) if verb in _STAYING_DOINGS else ""
    if staying:
        return staying  # 《平凡的世界》面世30余年: what appeared, not 面世时间 alone
    if verb in _SAYING and before.rstrip(_QUOTES + "：:").endswith(verb):
        return _reported_span(after, following, head)
    if _reviewed_period(before, after, verb):
        return _reported_span(after, following, head)
    since = _since_event(before, after, verb) or (_since_doing_after(before, after) if before else "")
    if since:
        return since
    placed_doing = _doing_then_place(before) if before else ""
    if placed_doing:
        return placed_doing
    spent_saved = _spent_or_saved(before, after) if before else ""
    if spent_saved:
        return spent_saved
    if verb in _NO_DOING_BEFORE:
        verb = ""  # 一般48小时内就会有…答复, 这个枝没有10多年长不出来: no 一般时间, 没有时间
    if len(verb) >= 2 and verb not in _NOT_DOING and not (verb in _PLEDGES and _WITHIN_AFTER_RE.match(after)):
        window = _window_of_doing(before, verb, after) if _WITHIN_AFTER_RE.match(after) else ""
        return window or (verb if verb.endswith(("时", "长", "期", "龄")) else verb + "时间")
    doing = (_staying_doing(before, head) or _doing_with_object(before) or _done_only_since(before)) if before else ""
    if doing:
        return doing
    after = after.lstrip(_QUOTES)
    placed = False
    denied = ""
    toks = _tokens(after[:12]) if after else []
    for k, (w, t) in enumerate(toks):
        if t == "p" and w in _PLACE_PREPOSITIONS:
            placed = True
        if w in _NEGATION_WORDS:
            denied = w  # 5年内不发生沉降: the doing is denied, its label keeps the 不
            continue
        if w in _COVERBS:
            return _coverb_doing(toks[k + 1 :])
        if w in _AFTER_SKIP or w in _SPAN_NOUNS or w in "“”" or t in ("d", "p", "f", "u", "uj", "ul", "c", "x"):
            continue
        if placed and (_nounish(t) or t == "r") and not _doing_after_place(toks, k):
            continue  # 未来5年在金砖国家设立…: past the place the doing happens in, to its verb
        if w in ("完成", "实现") or w in _MODALS:
            continue  # 15分钟就能完成分解: the doing is the verb after
        if t == "a" and after.startswith("的") and k + 1 < len(toks) and toks[k + 1][1] in ("v", "vn"):
            return w + toks[k + 1][0] + "时间"  # 三十八年的亲密接触: 亲密接触时间 (人民日报 2023; was 亲密用时)
        if w.startswith("“") and w.endswith("”") and k + 1 < len(toks) and toks[k + 1][0] in _FINISHED:
            return w.strip("“”") + "用时"  # 十几分钟就能“飞防”完毕: the quoted doing, finished
        if (
            (t.startswith("v") or t in ("a",) or _noun_done(toks, k))
            and len(w) >= 2
            and w not in _LINKS
            and w not in _NEVER
            and w not in _NOT_DOING
        ):
            if denied:
                return _denied_doing(denied, toks[k:])
            if verb in _PLEDGES and _WITHIN_AFTER_RE.match(after):
                return _denied_doing("", toks[k:]) + "用时"  # 保证1小时内恢复交通: 恢复交通用时
            return w + (_plain_suffix(w) if not k and not before else _ahead_suffix(before, after))
        break
    counted = _period_then_done(before, after)
    if counted:
        return counted
    short = _one_char_doing(before) if before else ""
    if short:
        return short
    post = _RENEWED_POST_RE.search(before.rstrip(_QUOTES)) if before else None
    if post:
        return post.group(0) + "期限"  # 鄧耀民自三月十八日起續任一年: 續任期限 (jieba cuts 起續|任)
    done = _done_after_adverb(before) if before else ""
    if done:
        return done
    if following and _SPAN_LEAD_RE.match(before.strip(_QUOTES)) and _SPAN_ONLY_RE.match(after.strip(_QUOTES)):
        return (
            _next_clause_doing(following)
            or _next_clause_work(following)
            or _within_opening(before, after, following)
            or _change_taken(after, following)
            or _span_gist(after, following)
        )
    lead = _SPAN_LEAD_RE.match(before.strip(_QUOTES)) or _PERIOD_LEAD_RE.match(before.strip(_QUOTES))
    passed = _SPAN_PASSED_RE.match(after.strip(_QUOTES)) and _period_gist(following, doing=True) if lead else ""
    if following and passed:
        return passed  # 8年过去，许多院士专家的期待…; 6年时间里，马慧娟用坏了7部手机
    spent = _spent_then_next(before, after, following) if following else ""
    if spent:
        return spent
    if following and _PERIOD_LEAD_RE.match(before.strip(_QUOTES)) and _PERIOD_TAIL_RE.match(after.strip(_QUOTES)):
        return (
            _period_subject_doing(following)
            or _period_doing(following)
            or _person_period_doing(following)
            or _period_gist(following, doing="时间" in after)  # (6年时间里，马慧娟用坏了…: no 马慧娟 alone)
            or _period_topic(following, after)
        )  # 过去10年来，默克在华累计投资…: who did it first, when the subject is short (默克投资时间)
    era = _era_period(before, after, following) or _term_ahead(before, after, following)
    if era:
        return era
    glued = _GLUED_SINCE_RE.match(after.strip(_QUOTES)) if _PERIOD_LEAD_RE.match(before.strip(_QUOTES)) else None
    if glued:
        return _period_gist(glued.group("clause"))  # 3年来两校开展师资共培活动15场: no comma after 来
    if following and _WITHIN_RE.match(after.strip(_QUOTES)) and _THEN_RE.match(following):
        return _next_clause_doing(following)  # 队员在不到10分钟内，便找到了手机: 找到用时
    if not before:
        return ""
    return (
        _doing_in_verb_place(before)
        or _subject_took(before)
        or _subject_lasted(before, after)
        or _office_term(before)
        or _subject_spent(before, after)
        or _doing_needs(before, after)
        or _subject_spent_on(before, after)
        or _done_for_about(before)
        or _doing_so_far(before, head)
        or _idiom_done(before)
        or _time_cut(before, after)
    )


#: A span a way or a wait was cut by, with no subject in the clause: 比原先缩短30分钟.
_CUT_RE = re.compile(r"(?:比[^，。；]{1,8}?)?(?P<verb>缩短|节省|节约|减少|压缩)了?$")


def _time_cut(before: str, after: str) -> str:
    """The time saved, when the clause names only the cut (人民日报 2023: ``全程高速通行，比原先缩短30分钟`` →
    缩短时间, was empty)."""
    m = _CUT_RE.search(before.rstrip(_QUOTES))
    if not m or not _SPAN_ONLY_RE.match(after.strip(_QUOTES)[:4]):
        return ""
    return m.group("verb") + "时间"


#: A span then 大 and the young one whose age it is: 8个月大的婴儿 (大的, 大点的).
_AGE_OF_YOUNG_RE = re.compile(r"^(?:多|余)?大(?:点)?的?(?=[\u4e00-\u9fff])")


def _age_of_young(after: str) -> str:
    """A span, 大 and a noun: the age of what the noun names, ``8个月大的婴儿误吞一枚别针`` → 婴儿 (人民日报 2017;
    was empty), as an age is labelled by whose it is."""
    m = _AGE_OF_YOUNG_RE.match(after)
    if not m:
        return ""
    who = ""
    for w, t in _tokens(after[m.end() :][:8]):
        if not _nounish(t) or w in _NEVER:
            break
        who += w
    return who if 2 <= len(who) <= 6 else ""


def _event_verb(before: str) -> str:
    """The verb of an event right before 前/后 and a span, when no noun names it: ``选手李婉和队友在上场前30分钟
    决定挑战…`` → 上场 (距上场时间; 人民日报 2023, was the doing after, 决定挑战踺子后空多腿). A verb of two characters
    that is a word of its own (not 提|前, 之|前)."""
    toks = _tokens(before[-8:])
    if not toks:
        return ""
    w, t = toks[-1]
    if t != "v" or len(w) != 2 or w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _PREDICATES:
        return ""
    return w


def _reported_span(after: str, following: str, head: str) -> str:
    """A span right after a verb of saying opens the clause said: it is named as if it opened the sentence,
    ``一些学者…认为十几年来中国农村经过了社区分化`` → 中国农村经过社区分化 (rmrb 1998; was 认为时间: the saying is
    no doing the span measures)."""
    return _duration_label("", after, following, head)


#: Verbs of looking back over a period: the period is of what they look at, never their own time.
_REVIEWING = frozenset("回顾 分析 总结 盘点 梳理 展示 列举 概括".split())


def _reviewed_period(before: str, after: str, verb: str) -> bool:
    """A verb of looking back right before a span closed by 来 opens the period looked at: ``分析了一年来改革开放和
    现代化建设所取得的巨大成就`` names the span by what was achieved (人民日报 1998; was 分析时间: the analysing took no
    year). Not a span with no 来 (总结了一年: the time it took)."""
    stripped = re.sub(r"了$", "", before.rstrip(_QUOTES))
    return verb in _REVIEWING and stripped.endswith(verb) and bool(_SINCE_CLOSE_RE.match(after.strip(_QUOTES)))


#: Prepositions whose phrase, before a word and a span, puts that word in a verb's place.
_PLACE_PHRASE = frozenset("在 于 沿着 沿 与 同 跟 向".split())


def _coverb_doing(toks: list[tuple[str, str]]) -> str:
    """A coverb after a span (围绕, 针对: no doing of its own) and its object, then 的 and a doing: the span is
    of that doing on the object, ``国内近十年围绕视障教育的研究比听障…要少`` → 视障教育研究时间 (新华日报 2024; was
    围绕用时); nothing when no doing follows its object."""
    de = next((k for k, (w, _) in enumerate(toks) if w == "的"), -1)
    if de < 1 or de + 1 >= len(toks):
        return ""
    done, tag = toks[de + 1]
    thing = "".join(w for w, _ in toks[:de])
    if tag not in ("v", "vn") or len(done) != 2 or not 2 <= len(thing) <= 6 or re.search(r"[^\u4e00-\u9fff]", thing):
        return ""
    return thing + done + "时间"


def _doing_in_verb_place(before: str) -> str:
    """A word jieba has as a noun right before a span, after a phrase of place or company, is the doing
    the span measures: ``已在老年大学任教20多年`` → 任教时间, ``沿着山路驱车近7个小时`` → 驱车时间,
    ``在三星堆遗址考古现场扎根两年`` → 扎根时间, ``与…敌人浴血奋战43天`` → 浴血奋战时间."""
    toks = _tokens(before.rstrip(_QUOTES)[-16:])
    if len(toks) < 3:
        return ""
    w, t = toks[-1]
    if not 2 <= len(w) <= 4 or t not in ("n", "ns", "nz", "i", "l", "vn") or w in _NEVER or w in _NOT_DOING:
        return ""
    if w.endswith(_TIME_NOUNS) or w in _SPAN_NOUNS or w in _PREDICATES or w in _LINKS or w.startswith("之"):
        return ""  # (在购物之日起30天以内: 之日起 a day counted from, no doing)
    j = len(toks) - 2
    nouns = 0
    while j >= 0 and toks[j][1] in ("n", "ns", "nz", "nt", "nr", "j", "uj", "vn", "f", "s", "r"):
        nouns += toks[j][1] != "uj"
        j -= 1
    if j < 0 or not nouns or toks[j][1] != "p" or toks[j][0] not in _PLACE_PHRASE:
        return ""
    return w + "时间"


_TOOK_RE = re.compile(r"(?:共|前后)?(?:历时|历经)$|(?:仅|只|共|总|才|就|共计)*(?<![用费])耗时$")


def _subject_took(before: str) -> str:
    """A subject and 历时/历经 before a span (jieba has 历时 a noun): the time the subject took,
    ``洋河二灌区第一期节水工程历时两年`` → 节水工程用时, ``上海京剧院历时6年多筹备创作…`` → 上海京剧院用时; so
    耗时, a noun to jieba too: ``她首轮仅耗时1小时10分钟`` → 首轮用时 (was empty)."""
    m = _TOOK_RE.search(before.rstrip(_QUOTES))
    if not m or not m.start():
        return ""
    who = subject_label(before[: m.start()])
    if not who or who in _NEVER or who.endswith(_TIME_NOUNS) or len(who) > 8:
        return ""
    return who + "用时"


_LASTED_RE = re.compile(r"(?:已经|已|将|共|连续|还|仍)*(?:持续|延续|维持)了?$")


def _subject_lasted(before: str, after: str) -> str:
    """A subject and 持续 before a span (jieba tags 持续 vd, no verb of its own): how long the subject lasted,
    ``北京地区降雨过程已持续50小时`` → 降雨过程持续时间 (was empty); so 维持, ``两人的婚姻关系维持了七十二年`` →
    婚姻关系持续时间 (澳門日報 2026; was empty); nothing without a subject, nor for a span of the noun after 的
    (``韩元对美元的汇率在维持了十几天的缓慢回升之后``: the rise lasted, not the rate)."""
    m = _LASTED_RE.search(before.rstrip(_QUOTES))
    if not m or not m.start() or after.startswith("的"):
        return ""
    who = subject_label(before[: m.start()])
    if _no_doer(who) or len(who) > 8:
        return ""
    return who + "持续时间"


#: 任/担任/出任 and an office closing the words before a span: 曾任里根總統副手八年, 担任村党支部书记12年.
_OFFICE_RE = re.compile(r"(?:(?<=[曾历先后连已])任|担任|出任)(?P<office>[^，,。；：“”]{2,10})$")


def _office_term(before: str) -> str:
    """An office held for a span, named by the office and 任期: ``至於老布什，曾任里根總統副手八年`` → 里根總統副手
    任期 (澳門日報 2026; was empty: jieba's 曾任 is a noun, so no verb names the years). Only an office of nouns."""
    m = _OFFICE_RE.search(before.rstrip(_QUOTES))
    if not m:
        return ""
    toks = _tokens(m.group("office"))
    if (
        not toks
        or not all(t in ("n", "nr", "ns", "nt", "nz", "j", "zg") for _, t in toks)  # (村|党支部|书记: 村 alone is zg)
        or toks[-1][1] == "zg"
        or toks[-1][0] in _NEVER
    ):
        return ""
    return m.group("office") + "任期"


#: Words of about or fully between a doing with 了 and its span: 准备了大半年, 等了大概20分钟, 找了好半天.
_ABOUT_RE = re.compile(r"了(?:大概|大约|约|差不多|将近|接近|近|整整|足足|好|大)+$")


def _done_for_about(before: str) -> str:
    """A doing of two characters or more, 了 and a word of about or fully before a span: the time of
    the doing (the verb rules stop at the word), ``前后准备了大半年`` → 准备时间; a verb of one character takes
    the doing of two before it, ``我排队等了大概20分钟`` → 排队时间 (jieba has 排队 a noun)."""
    stripped = before.rstrip(_QUOTES)
    m = _ABOUT_RE.search(stripped)
    if not m:
        return ""
    toks = _tokens(stripped[: m.start()][-12:])
    short = len(toks) > 1 and len(toks[-1][0]) == 1 and toks[-1][1].startswith(("v", "u"))
    if short:
        toks = toks[:-1]  # 排队等了: the one-character verb goes with the doing before it
    if not toks:
        return ""
    w, t = toks[-1]
    if not 2 <= len(w) <= 4 or t not in ("v", "vn", "n") or (t == "n" and not short):
        return ""  # (a noun right before 了 is no doing; before 等了 it is jieba's for 排队)
    if w.endswith(_TIME_NOUNS) or w in _SPAN_NOUNS or w in _LINKS or w in _NEVER or w in _NOT_DOING:
        return ""
    return "" if w in _SAYING or w in _PREDICATES or w in _LIGHT_VERBS else w + "时间"


def _no_doer(who: str) -> bool:
    """A subject that names no one a span is of: nothing, a word of the telling, a person's pronoun, a time."""
    return not who or who in _NEVER or who in _PERSONS or who.endswith(_TIME_NOUNS)


def _pointing(who: str) -> bool:
    """A subject that only points (这次, 该公司) or that jieba tags a pronoun, a time or a number."""
    return _tagger()[0].get(who, "") in ("r", "t", "m") or who[0] in "这那此每"


#: A subject spending a span: 用了, 花了 (with 仅, 只, 就 …): 全部改造工作仅用了两周多的时间.
_SPENT_DONE_RE = re.compile(r"(?:仅|只|就|才|足足|整整|共|一共|总共|也|却)*(?:用了|花了|花费了|耗费了|仅用|只用)$")


def _subject_spent(before: str, after: str) -> str:
    """A subject, 用了/花了 and a span closing the clause (or 时间 after it): the time the subject took,
    ``全部改造工作仅用了两周多的时间`` → 全部改造工作用时, ``刘思洋用了3年时间`` → 刘思洋用时, ``到海口东站只用10分钟``
    → 到海口东站用时;
    nothing for a pronoun (他只用了4个多月) or a time word (这一次只花了5分钟): they name nothing."""
    stripped = before.rstrip(_QUOTES)
    m = _SPENT_DONE_RE.search(stripped)
    if not m or not m.start() or not _SPAN_ONLY_RE.match(re.sub(r"^多", "", after.strip(_QUOTES))[:4]):
        return ""
    who = subject_label(stripped[: m.start()]) or _listed_subject(stripped[: m.start()])
    if _no_doer(who) or len(who) > 8:
        return ""
    if _pointing(who):
        return ""
    lead = stripped[: m.start()].strip(_QUOTES)
    if lead[:1] in ("到", "去") and lead.endswith(who):
        return lead[:1] + who + "用时"  # 到海口东站只用10分钟: the way there, not the station
    return who + "用时"


#: A doing that takes a span: 培育一个冬小麦品种要１０年左右时间, 从机场到市中心…只需半小时.
_NEEDS_RE = re.compile(
    r"(?:通常|一般|平均|至少|最少|最快|起码|少说|怎么着|大约|大概|往往|只|仅|仅仅|就|才|也|还|都)*"
    r"(?:需要|只需要|只需|仅需|需|要|得)$"
)
#: A way from one place to another: 从万象到普洱, 由纱到成衣.
_WAY_RE = re.compile(
    r"^(?:如今|现在|目前|以前|过去|原来|平时|今后)?[从由](?P<a>[0-9\u4e00-\u9fff]{1,6})(?:到|至)(?P<b>[\u4e00-\u9fff]{1,6})$"
)


def _doing_needs(before: str, after: str) -> str:
    """A doing (a verb and its object, or a way from one place to another), then 需要/要/只需 and a span closing
    the clause: the time the doing takes, ``培育一个冬小麦品种要１０年左右时间`` → 培育冬小麦品种用时 (人民日报 1998),
    ``从机场到市中心同一段路程只需半小时`` → 路程用时 (人民日报 2023; both were empty); nothing when no doing
    or thing comes before (他需要3年) or the words say when (明年要3年)."""
    stripped = before.rstrip(_QUOTES)
    m = _NEEDS_RE.search(stripped)
    if not m or not m.start() or not _SPAN_ONLY_RE.match(after.strip(_QUOTES)[:4]):
        return ""
    lead = stripped[: m.start()].strip(_QUOTES)
    way = _WAY_RE.match(lead)
    if way and len(way.group("a")) + len(way.group("b")) + 3 <= _MAX_CHARS:
        return f"{way.group('a')}到{way.group('b')}用时"  # 从万象到普洱只要7个小时: the way, not 普洱
    lead = lead.removeprefix("每")  # 每选育一个新品种需要8至10年
    who = subject_label(lead)
    if _no_doer(who) or not lead.endswith(who):
        return ""
    if _pointing(who):
        return ""
    w, t = _tokens(lead)[0]
    doing = w + who if t.startswith("v") and len(w) <= 2 and not who.startswith(w) else who  # (坐汽车需要两三天)
    return doing + "用时" if len(doing) + 2 <= _MAX_CHARS else ""


#: 才/就/便 after a span spent (用了5年才实现…): the doing after it is what the span went to.
_SPENT_UNTIL_RE = re.compile(r"^(?:才|就|便|方)(?P<doing>[^，,。；;：:！？（(“”]{2,12})")


def _spent_on_doing(before: str, after: str, head: str) -> str:
    """The doing a span spent (用了, 花了) went to, when the words before 用了 do not name it: the doing after
    才/就 when a verb of another doing ends the words before, ``认为用了5年才完全实现自主可控`` → 实现自主可控用时 (南方日报 2024; was 认为时间, the verb before 用了
    as if the years were of thinking), or the doing a title cuts off the clause before, ``王火写《战争和人》用了近
    四十年`` → 王火写《战争和人》用时 (人民日报 1998; was empty: the title's marks end the words a label reads)."""
    stripped = before.rstrip(_QUOTES)
    m = _SPENT_DONE_RE.search(stripped)
    if not m:
        return ""
    lead = stripped[: m.start()]
    verb = _verb_before(lead) if lead else ""
    until = _SPENT_UNTIL_RE.match(after.strip(_QUOTES)) if verb and lead.endswith(verb) else None
    if until:  # (仅用8个月便提前完成: no verb before 用, the rules of the words after name it)
        toks = _tokens(until.group("doing"))
        while toks and toks[0][1] in ("d", "ad"):
            toks = toks[1:]  # 才完全实现: past the adverb to the verb
        verb = toks[1][0] if len(toks) > 1 and toks[0][0] in ("实现", "完成") else toks[0][0] if toks else ""
        if toks and toks[0][1].startswith("v") and len(verb) >= 2 and verb not in _NOT_DOING | _LINKS:
            return "".join(w for w, _ in toks) + "用时"  # (实现自主可控: 实现 only carries the doing)
        return ""
    clause = re.split(r"[，,：:]", head.rstrip("，,：: "))[-1].lstrip(_QUOTES)
    if m.start() or after.strip(_QUOTES) or not clause.endswith("》") or len(clause) > 12:
        return ""
    return clause + "用时"


def _listed_subject(before: str) -> str:
    """A short subject of people listed with 和/与/、 or closed by 们, which the subject cutting gives up on:
    ``张卫东和队员们只用了2.5个小时`` → 张卫东和队员们 (whose time it was); nothing past 8 characters."""
    clause = re.split(r"[，,。；;：:！？]", before.strip(_QUOTES))[-1]
    toks = _tokens(clause)
    if not toks or len(clause) > 8 or not _nounish(toks[0][1]) or toks[0][0] in _PERSONS:
        return ""
    if not all(_nounish(t) or w in ("和", "与", "、", "们") for w, t in toks):
        return ""
    return clause if any(w in ("和", "与", "、", "们") for w, _ in toks) else ""


_SPENT_ON_RE = re.compile(r"(?:仅|只|就|才|共|一共|总共)*(?:用了?|花了?|花费了?|耗费了?)$")


def _subject_spent_on(before: str, after: str) -> str:
    """A subject, 用/花 and a span, then the doing it was spent on in the same clause: the time the subject
    took, ``港口用17个小时完成6万吨电煤装船任务`` → 港口用时 (was empty); nothing for a pronoun or a time word."""
    stripped = before.rstrip(_QUOTES)
    m = _SPENT_ON_RE.search(stripped)
    rest = re.sub(r"^(?:的)?(?:时间|工夫|功夫)?", "", after.strip(_QUOTES))
    toks = _tokens(rest[:8]) if rest else []
    if toks and toks[0][0] in ("在", "于") and toks[0][1] == "p":
        toks = _past_place_to_verb(toks)  # 孙嘉怿用两周时间在宁波四处探寻: past the place to the doing
    if not m or not toks or not toks[0][1].startswith("v"):
        return ""
    if toks[0][0] in _LINKS and toks[0][0] not in ("完成", "实现"):  # (用17个小时完成…: a doing here)
        return ""
    if not m.start():  # 即从１９９８年起，用３年时间完成江堤达标: no subject, the doing names the span
        doing = re.sub(r"^(?:完成|实现)", "", re.split(r"[，。；、,;]", rest, maxsplit=1)[0])
        return doing + "用时" if 2 <= len(doing) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", doing) else ""
    who = subject_label(stripped[: m.start()])
    if _no_doer(who) or len(who) > 8:
        return ""
    if _pointing(who):
        return ""
    return who + "用时"


def _past_place_to_verb(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words from the verb on, past 在 and a place of a few nouns (and an adverb of 四处, 各地): ``在|宁波|四处|
    探寻`` → 探寻; nothing when no verb follows the place closely."""
    j = 1
    while j < len(toks) and j <= 4 and (toks[j][1] in ("ns", "n", "nz", "s", "f", "nt", "d") or toks[j][0] == "四处"):
        j += 1
    return toks[j:] if 1 < j < len(toks) and toks[j][1].startswith("v") else []


#: Someone spending a span, closing the clause: 设计团队用两年时间，… 陈国华仅花两分钟，….
_SPENT_RE = re.compile(r"(?:用|花|花费|耗费|利用)了?$")


def _spent_then_next(before: str, after: str, following: str) -> str:
    """Someone spent a span, and the next clause says what on: the time that doing took,
    ``61岁的陈国华仅花两分钟，成功在智能自助机预约挂号`` → 预约用时, ``设计团队用两年时间，设计出…`` → 设计用时
    (the clause of the span has only who spent it)."""
    stripped = before.rstrip(_QUOTES)
    m = _SPENT_RE.search(stripped)
    if not m or not _SPAN_ONLY_RE.match(after.strip(_QUOTES)):
        return ""
    lead = re.sub(r"(?:仅|只|就|才|足足|整整|共|一共|总共)+$", "", stripped[: m.start()])
    if lead.endswith(_INTENTS) and not m.group(0).startswith("利用"):
        doing = _doing_past_subject(
            following
        )  # 争取用３年时间，在这５０个市场中建立起…: 建立期限 (人民日报 1998; was empty)
        return doing.removesuffix("用时") + "期限" if doing.endswith("用时") else ""
    if lead and not subject_label(lead):
        return ""  # the clause says more than who spent the span
    doing = _doing_past_subject(following)
    if not doing:
        return _spender(lead, m.group(0))
    return "" if doing.removesuffix("用时") in _STATES else doing


#: Words of intent before 用 and a span: a term planned, not time someone spent (计划用5到10年).
_INTENTS = ("计划", "打算", "准备", "预计", "争取", "力争", "希望", "决定", "拟")


def _spender(lead: str, spent: str) -> str:
    """Who spent a span, when the next clause names no one doing it took (a verb and a count, 设计了80多个角色):
    ``概念设计团队用两年时间，设计了80多个角色，做了100多个雕塑`` → 概念设计团队用时 (was empty), as 刘思洋用了3年时间
    is 刘思洋用时; nothing for 利用 (该项目计划利用两年时间，研发…: a term set ahead, not time taken), a pronoun,
    a time word, or a lead that is no subject alone."""
    if spent.startswith("利用") or not lead:
        return ""
    who = subject_label(lead)
    if _no_doer(who) or lead.strip(_QUOTES) != who:
        return ""
    if len(who) > 8 or _tagger()[0].get(who, "n")[0] in "rtmv" or who[0] in "这那此每该" or who.endswith(_INTENTS):
        return ""  # (计划用5到10年，让…: a verb of intent, no one who spent it)
    return who + "用时"


def _plain_doing(w: str, t: str) -> bool:
    """A word of two characters or more that names a doing (a verb or a verbal noun of jieba's)."""
    return (
        len(w) >= 2
        and (t.startswith("v") or _tagger()[0].get(w, "").startswith("v"))
        and w not in _LINKS
        and w not in _NEVER
        and w not in _NOT_DOING
        and w not in _SAYING
        and w not in _LIGHT_VERBS
    )


#: 为期 before a span: the span is the term of a doing the sentence has said before.
_TERM_RE = re.compile(r"(?:为|為)期$")


def _term_of_head(before: str, head: str) -> str:
    """为期 and a span are the term of the doing in the clause before, the verb nearest it or the word
    right before the person it is done to: ``以定期委任方式委任林智龍為立法會輔助部門秘書長，自三月二日起為期一年``
    → 委任期限 (not empty)."""
    if not _TERM_RE.search(before.rstrip(_QUOTES)):
        return ""
    own = _term_of_subject(before)
    if own or not head:
        return own
    toks = _tokens(_last_clause(head)[-30:])
    for k in range(len(toks) - 1, 0, -1):
        if toks[k][1] in ("nr", "nrfg") and len(toks[k - 1][0]) == 2 and toks[k - 1][0] not in _LINKS | _NEVER:
            return toks[k - 1][0] + "期限"  # 委任林智龍: the doing done to the person
    for k, (w, t) in reversed(list(enumerate(toks))):
        if w not in _PREDICATES and _plain_doing(w, t):
            return _started_event(toks[:k]) if w in _STARTS else w + "期限"
    return ""


def _term_of_subject(before: str) -> str:
    """为期 after the noun of an event in its own clause: the span is how long that event lasts,
    ``本届书市为期11天，将举办百余场文化活动`` → 书市时长 (人民日报 2023; was empty: no clause before it to
    name a doing). Only nouns between the clause's start and 为期 (本届, 第五届 dropped); nothing else."""
    clause = re.split(r"[，,。；;：:！？]", _TERM_RE.sub("", before.rstrip(_QUOTES)))[-1].strip(_QUOTES)
    if not clause:
        return ""
    toks = _tokens(clause)
    if not toks or not all(_nounish(t) or t in ("r", "m", "q", "l", "j") or w in ("第", "届") for w, t in toks):
        return ""
    return _started_event(toks)


#: Verbs of a start: 为期 after them is how long what started lasts, not a term of starting.
_STARTS = frozenset("开赛 开幕 开始 启动 开工 开营 开班 开课 开园 开展 开启 揭幕 拉开".split())


def _started_event(toks: list[tuple[str, str]]) -> str:
    """The subject of a start verb before 为期, whose span is how long it lasts: ``花样游泳项目7月14日开赛，
    为期9天`` → 花样游泳项目时长 (was 开赛期限, judged misleading); nothing without a subject."""
    subject: list[str] = []
    while toks and (toks[0][1] in ("r", "m", "q") or toks[0][0] in ("第", "届")):
        toks = toks[1:]  # 本届, 第五届: which one, not what
    for w, t in toks:
        if not (_nounish(t) or t in ("l", "j")) or w in _NEVER or t == "t":
            break  # (花样游泳 is a set phrase to jieba)
        subject.append(w.strip("“”《》"))
    while subject and sum(len(w) for w in subject) > 8:
        subject = subject[1:]
    name = "".join(subject)
    return name + "时长" if len(name) >= 2 and name not in _PERSONS else ""


#: A span, then 后, then a doing done again: the span is the interval between the two (一年后一定再次会见他们).
_AGAIN_RE = re.compile(r"(?:再次|再度|又一次|重新)")


def _repeat_interval(after: str, following: str) -> str:
    """A span then 后 and a doing done again (再次) is the interval between the two doings:
    ``那他一年后一定再次会见他们`` → 再次会见间隔, ``然而两天后，他再次见到这对母子时`` → 再次见到间隔
    (not 会见用时: the span is not what the meeting took)."""
    rest = after.strip(_QUOTES)
    m = re.match(r"^(?:之)?后", rest)
    if not m:
        return ""
    rest = rest[m.end() :] or following
    toks = _tokens(rest[:20])
    for k, (w, t) in enumerate(toks):
        if t == "x":
            return ""
        if _AGAIN_RE.fullmatch(w) and k + 1 < len(toks) and _plain_doing(*toks[k + 1]):
            return "再次" + toks[k + 1][0] + "间隔"
    return ""


def _stay_in_place(before: str) -> str:
    """在 and a place right before a span (past 不足/超过) name the stay there: ``其在澳不足一百八十三日的理由`` →
    在澳时间 (not 理由), ``在中国24年来，星巴克…`` → 在中国时间."""
    toks = _tokens(before.strip(_QUOTES)[-10:])
    while toks and toks[-1][0] in ("不足", "超过", "超", "逾", "近", "约", "满", "已", "已经", "共", "达"):
        toks = toks[:-1]
    if len(toks) < 2 or toks[-2][0] not in ("在", "於", "于") or toks[-1][1] != "ns" or len(toks[-1][0]) > 4:
        return ""
    if toks[-1][0] in _LINKS:
        return ""  # 在长达20年的通信期间: jieba tags 长达 a place (was 在长达时间, a fragment)
    return "在" + toks[-1][0] + "时间"


#: 距离比赛还有10天: what stands between 距离 and the span up to the words of how much is left.
_UNTIL_RE = re.compile(
    r"(?:距离|距)(?P<what>[^，,。；：、“”]{1,10}?)(?:还有|还剩|仅剩|只剩|仅有|只有|尚有|已有|还|仅|只|不到|不足|约|近|已)*$"
)


#: What may follow a span left until an event, for nothing after it to be what the span is of.
_UNTIL_AFTER_RE = re.compile(r"^(?:多|左右)?(?:时|的时候|之际|[，,。；！]|$)")


def _until_event(before: str, after: str) -> str:
    """距离 an event and a span: the time left until it, ``距离比赛还有10天时，他不慎扭伤右脚脚踝`` → 距比赛时间
    (人民日报 2023; was 比赛时间, which reads as how long the match lasted). Not before a noun the span is
    of: 距离大桥仅十几分钟车程 is the 车程, 距今约2万年的陶片 the 陶片's age."""
    m = _UNTIL_RE.search(before.rstrip(_QUOTES))
    if not m or not _UNTIL_AFTER_RE.match(after.lstrip(_QUOTES)):
        return ""
    what = m.group("what")
    return f"距{what}时间" if len(what) <= 6 else ""


#: A clause that opens with taking a span (需要100年, 花了三个多月): the doing is of the clause before.
_TOOK_LEAD_RE = re.compile(
    r"^(?:就|便|则|共|一共|总共|前后|足足|整整|仅|只|才|至少|往往|通常|一般)*"
    r"(?:需要|需|要|花了|花费了|用了|耗费了|耗时|历时)(?:约|近|大约|将近|整整|足足|至少|长达|超过)?$"
)


#: What may follow such a span to the end of the sentence: nothing that names a doing after it.
_TOOK_TAIL_RE = re.compile(
    r"^(?:多|余|左右|以上)?(?:的)?(?:时间|时长|工夫|功夫)?(?:甚至更[长久]的?(?:时间)?)?[。！!；;”’]*$"
)


def _took_for_doing(before: str, after: str, following: str, head: str) -> str:
    """A span opening its clause with what it took (需要, 花了), after a clause that names the doing:
    ``孕育1厘米厚的成熟耕作层，需要100年甚至更长时间`` → 孕育用时 (人民日报 2023; was 甚至更长时间, the words
    after the span). Nothing when the clause before has no doing of its own, or when a doing follows the span
    (花了10多个小时回到老家, 需要24小时陪护, 用了两年时间，陈世法选出了…: that doing is what it took)."""
    if not head or following or not _TOOK_LEAD_RE.match(before.strip(_QUOTES + " ")):
        return ""
    if not _TOOK_TAIL_RE.match(after.strip()):
        return ""
    clause = _last_clause(head)
    if not clause or "、" in clause or clause.startswith(("并", "且", "而且", "又", "还", "再")):
        return ""  # 跑规划、建设、国土等部门，…: a list cuts the doing's object (not 跑规划用时); 从开始磋商到…，并得到
        # 司法确认，前后花了足足4个多月时间: the clause before is the last step of many (not 得到用时)
    return _next_clause_doing(clause) or _next_clause_work(clause)


#: Words of keeping on before the doing kept on: between a span and the doing it lasted (50年持续治理,
#: 6年持续耕耘), and after a person whose doing a period is the time of (她一直坚持吃中药 is the time of 吃中药).
_KEPT_ON = frozenset("持续 不断 一直 始终 接续 坚持 继续".split())


def _kept_on_doing(after: str) -> str:
    """A span, an adverb of keeping on and a verb: how long the doing lasted, ``50年持续治理，盐碱地增产30%到60%``
    → 治理时间 (人民日报 2023), ``中国农科院油料所团队6年持续耕耘，创造了新的高产纪录`` → 耕耘时间 (人民日报 2023;
    were empty: jieba tags 持续 vd, so no verb came after the span)."""
    toks = _tokens(after.lstrip(_QUOTES)[:8])
    if len(toks) < 2 or toks[0][0] not in _KEPT_ON:
        return ""
    w, t = toks[1]
    if t != "v" or len(w) != 2 or w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _PREDICATES:
        return ""
    return w + "时间"


#: 在长达20年的通信期间: the doing a period (期间) is of, right after the span.
_DURING_RE = re.compile(r"^的?(?P<doing>[\u4e00-\u9fff]{2,4}?)期间")


def _during_doing(after: str) -> str:
    """A span, 的, a doing and 期间: the time of that doing, ``汉芙和德尔在长达20年的通信期间从未谋面`` → 通信时间
    (was 在长达时间, a fragment)."""
    m = _DURING_RE.match(after.lstrip(_QUOTES))
    if not m:
        return ""
    toks = _tokens(m.group("doing"))
    if not toks or not all(t in ("v", "vn", "n", "j") for _, t in toks):
        return ""
    return m.group("doing") + "时间"


#: A verb, 不 and its result (睡不醒, 长不出, 吃不饱): what could not be done, a state that lasted, no time taken.
_CANNOT_RE = re.compile(r"^[\u4e00-\u9fff][不没][\u4e00-\u9fff]")

#: Words before a span that jieba gives as its verb but name no doing: adverbs of habit, a negation.
_NO_DOING_BEFORE = frozenset("一般 通常 往往 平时 没有 大概 大约 起码 至少 最多 最少".split())

#: 最后/最前 before a span: the last or first years of a thing, no time after or before an event.
_LAST_OF = ("最后", "最前", "最初")


def _noun_done(toks: list[tuple[str, str]], k: int) -> bool:
    """A word jieba calls a noun between a modal and a count of its object is the doing: ``不到50秒就能下线一片
    法兰`` → 下线用时, ``最快40多天就能出厂一艘船`` → 出厂用时 (人民日报 2023; were empty: 下线, 出厂 are nouns to jieba)."""
    return (
        0 < k < len(toks) - 1
        and toks[k][1] in ("n", "vn")
        and toks[k - 1][0] in _MODALS
        and toks[k + 1][1] in ("m", "n")
        and toks[k + 1][0][:1] in "一二两三四五六七八九十几0123456789０１２３４５６７８９"
    )


def _ahead_suffix(before: str, after: str) -> str:
    """What a doing after a span is named with: 未来, 今后, 此后 before it set a term (未来5年在金砖国家设立… →
    设立期限); 此后 and a span closed by 里 or 间 tell of a past period, ``他在此后4年里遍访名师`` → 遍访时间
    (人民日报 2017; was 遍访期限, a term set ahead); else what the doing took (用时)."""
    stripped = before.rstrip(_QUOTES).removesuffix("的")
    if not stripped.endswith(_AHEAD):
        return "用时" if not _CANNOT_RE.search(after[:6]) else "时间"  # 三百多天睡不醒: a state, not a task done
    past = stripped.endswith("此后") and re.match(r"^(?:多)?(?:时间)?(?:里|间|之间|中)", after)
    return "时间" if past else "期限"


#: Last characters of a verb that say its doing reached a result (救下, 建成, 绣完, 办结, 吃掉): a span before it is
#: what the doing took.
_RESULT_ENDS = "下成完结掉到出好齐遍通开起回来去住上满愈"


def _plain_suffix(verb: str) -> str:
    """A verb glued right after a span that opens its clause: a doing with a result took the span (3分钟救下一条生命
    → 救下用时), a doing without one lasted it, ``治安队员驾驶电动车，24小时巡逻`` → 巡逻时间 (人民日报 2017; was
    巡逻用时, as if patrolling were a task done in 24 hours)."""
    return "用时" if verb.endswith(tuple(_RESULT_ENDS)) else "时间"


#: A span counted from a day (起计), closed by 内: a term for the doing of the next clause.
_FROM_DATE_RE = re.compile(r"(?:起计|起計|起算|起)$")


def _term_from_date(before: str, after: str, following: str) -> str:
    """A span counted from a day and closed by 内 is the term of the doing after it:
    ``僱員則可在勞動關係終止的翌月起計三個月內，申請將其獲得的僱主供款`` → 申請期限 (not 起計時間)."""
    if not _FROM_DATE_RE.search(before.rstrip(_QUOTES)) or not _WITHIN_RE.match(after.strip(_QUOTES)):
        return ""
    doing = _next_clause_doing(following) if following else ""
    return doing.removesuffix("用时") + "期限" if doing else ""


_ONCE_BEGUN_RE = re.compile(r"一[\u4e00-\u9fff](?:就是|便是|就)$")


def _once_begun(before: str, head: str) -> str:
    """一干就是 and a span: the span is the time of the doing of the clause before:
    ``逯苗在一家养老院工作，一干就是5年多`` → 工作时间 (干 stands for it)."""
    if not _ONCE_BEGUN_RE.search(before.strip(_QUOTES)):
        return ""
    doing = _period_doing(_last_clause(head)) if head else ""
    if doing:
        return doing
    verb = _ONCE_BEGUN_RE.search(before.strip(_QUOTES)).group(0)[1]  # type: ignore[union-attr]
    return _SHORT_DOINGS[verb] + "时间" if verb in _SHORT_DOINGS else ""


#: A span that is only what something took: 用时19分钟.
_TAKEN_RE = re.compile(r"^(?:共|总|仅|只)?(?:用时|历时|耗时|用了|花了|耗费)$")
_FROM_TO_RE = re.compile(r"^(?:从|由)(?P<start>[^，,]{2,8}?)到(?P<end>[^，,]+)$")


def _taken_from_to(before: str, after: str, head: str) -> str:
    """用时 and a span, after a clause from one doing to another: the time from the first to the second:
    ``从信息录入到交办镇上，用时19分钟`` → 信息录入到交办用时 (not empty)."""
    if not head or not _TAKEN_RE.match(before.strip(_QUOTES)) or after.strip(_QUOTES):
        return ""
    m = _FROM_TO_RE.match(_last_clause(head))
    if not m:
        return ""
    toks = _tokens(m.group("end")[:12])
    if not toks or not _plain_doing(*toks[0]):
        return ""
    phrase = m.group("start") + "到" + toks[0][0]
    return phrase + "用时" if len(phrase) <= 10 else toks[0][0] + "用时"


def _doing_after_place(toks: list[tuple[str, str]], k: int) -> bool:
    """A verbal noun past the place, and then no noun: the doing, ``用两个月时间在乾县建设了18个网点`` → 建设用时
    (in 在北京培训中心学习, 培训 is part of the place's name)."""
    w, t = toks[k]
    return t == "vn" and len(w) >= 2 and (k + 1 == len(toks) or not _nounish(toks[k + 1][1]))


#: Verbs that say a doing is finished: the doing before them is what the span took.
_FINISHED = frozenset("完毕 完成 结束".split())


def _since_event(before: str, after: str, verb: str) -> str:
    """A doing, a span and 后: the time since that doing, named with the doing before it when the verb is
    only its end: ``这次历史性访问结束3个月后，阿克套沥青厂竣工投产`` → 距访问结束时间 (not 结束时间, when it ended)."""
    if len(verb) < 2 or not before.rstrip(_QUOTES).endswith(verb) or not re.match(r"^(?:之)?后", after.strip(_QUOTES)):
        return ""
    if verb not in ("结束", "开始", "完成", "启动"):
        return ""
    toks = _tokens(before.rstrip(_QUOTES)[-10:])
    what = toks[-2][0] if len(toks) >= 2 and len(toks[-2][0]) == 2 and toks[-2][1][:1] in ("v", "n") else ""
    return f"距{what}{verb}时间" if what else ""


def _since_doing_after(before: str, after: str) -> str:
    """A doing of two characters right before a span and 后: the time since that doing, ``出院一个月后，晏美玉
    就给他打来电话`` → 距出院时间 (人民日报 2023; was empty: jieba has 出院, 毕业 nouns, so no verb was found)."""
    if not re.match(r"^(?:之)?后", after.strip(_QUOTES)):
        return ""
    toks = _tokens(before.rstrip(_QUOTES)[-8:])
    if not toks:
        return ""
    w, t = toks[-1]
    if len(w) != 2 or t not in ("v", "vn", "n") or _tagger()[0].get(w, t)[:1] not in ("v", "n"):
        return ""
    if len(toks) > 1 and (_nounish(toks[-2][1]) and toks[-2][1] != "r" or toks[-2][0] == "的"):
        return ""  # 公司成立: a noun phrase before it (a noun, or a doing's subject of its own): not one doing
    if t == "n" and w not in _DATING_DOINGS:
        return ""
    if w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _SAYING or w in _STATES or w.endswith(_TIME_NOUNS):
        return ""
    return f"{w}时间" if w in _LASTING_DOINGS else f"距{w}时间"


#: Doings that last, so a span right after them and 后 is how long they lasted, not a time since them:
#: 在敬信湿地停留一个多月后 → 停留时间, 治疗一周后 → 治疗时间 (were 距停留时间, 距治疗时间).
_LASTING_DOINGS = frozenset(
    "停留 治疗 住院 休息 训练 学习 培训 集训 实习 隔离 观察 等待 坚持 调理 服药 运行 试运行 试用 练习 休整 静养 康复".split()
)


#: Doings that date what comes after them: 出院一个月后, 毕业两年后, 入职三年后; a doing, not a noun, here
#: though jieba tags some nouns (出院, 入学, 开业: their tags stay, as a verb's tag made no label better;
#: 毕业, 离校, 通车 are verbs in label_phrases' ``_TAG_FIX``).
_DATING_DOINGS = frozenset("出院 入院 毕业 入职 入学 退休 离职 离校 结婚 回国 回村 上市 开业 投产 通车 开园".split())


def _doing_then_place(before: str) -> str:
    """A doing, 在 and the place it happens in, right before a span: the time of the doing, ``我被困在停车场内
    2个多小时`` → 被困时间 (人民日报 2023; was empty), ``坚守在岗位20年`` → 坚守时间."""
    toks = _tokens(before.rstrip(_QUOTES)[-16:])
    j = len(toks) - 1
    nouns = 0
    while j >= 0 and toks[j][1] in ("n", "ns", "nz", "nt", "s", "f", "r", "uj") and toks[j][0] not in _PERSONS:
        nouns += toks[j][1] != "uj"
        j -= 1
    if not nouns or j < 1 or toks[j][0] not in ("在", "于") or toks[j][1] != "p":
        return ""
    w, t = toks[j - 1]
    if len(w) != 2 or t not in ("v", "a", "vn") or _tagger()[0].get(w, t)[:1] not in ("v", "a"):
        return ""
    if w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _SAYING or w in _STATES or w in _PREDICATES:
        return ""
    return w + "时间"


#: Verbs of spending or saving a span that jieba tags as nouns when they close the clause: 全过程花费不到10秒.
_SPENT_NOUNS = {"花费": "用时", "耗费": "用时", "节省": "节省时间", "节约": "节约时间", "省下": "节省时间"}


def _spent_or_saved(before: str, after: str) -> str:
    """A subject, a verb of spending or saving, and a span closing the clause: what the subject took or the
    time it saves, ``全过程花费不到10秒`` → 全过程用时, ``单程节省半个小时`` → 单程节省时间 (人民日报 2023; were empty)."""
    stripped = before.rstrip(_QUOTES)
    verb = next((v for v in _SPENT_NOUNS if stripped.endswith(v)), "")
    if not verb or not _SPAN_ONLY_RE.match(after.strip(_QUOTES)[:4]):
        return ""
    toks = _tokens(stripped[: -len(verb)][-10:])
    if not toks or not _nounish(toks[-1][1]) or toks[-1][1] == "r" or toks[-1][0] in _PERSONS:
        return ""
    who = toks[-1][0]
    if len(who) < 2 or who in _NEVER or who.endswith(_TIME_NOUNS) or who[0] in "这那此每":
        return ""
    return who + _SPENT_NOUNS[verb]


#: One-character verbs of a doing that lasts, and the word that names the doing: 杭州人等了一年 → 等待时间.
_SHORT_DOINGS = {
    "等": "等待",
    "干": "干活",
    "走": "行进",
    "跑": "奔波",
    "卖": "售卖",
    "住": "居住",
    "飞": "飞行",
    "睡": "睡眠",
    "忙": "忙碌",
    "学": "学习",
    "练": "练习",
    "教": "教学",
    "守": "守护",
    "拆": "拆解",
    "瞧": "观看",
    "看": "观看",
    "找": "寻找",
    "背": "背诵",
    "聊": "聊天",
    "哭": "哭泣",
    "写": "写作",
    "疼": "疼痛",
    "痛": "疼痛",
}
#: Of them, the aches whose part before them is what hurt: 膝盖疼了半年 → 膝盖疼痛时间.
_ACHES = frozenset("疼 痛".split())
#: Of them, those whose topic before them is what they are done to: 青团在这里卖了 → 卖青团, 雨更是下了 → 下雨
#: (下 with 了 is a verb though jieba has it a place word).
_TOPIC_OBJECT_VERBS = frozenset("卖 下 教 学 种 养 修 唱 演".split())
_SHORT_DOING_RE = re.compile(
    r"(?P<verb>[\u4e00-\u9fff])(?P<tail>了(?:好|大|整整|足足|将近|大约|近|约)?|个|(?:接近|将近|大约|约|近)?)$"
)


#: Ways of going said before 走/跑 (徒步走了两个多小时): the doing the span measures, named by its way.
_GOING_MANNERS = frozenset("徒步 步行 骑车 开车 驾车 骑马 赶路 爬山 摸黑".split())


def _one_char_doing(before: str) -> str:
    """A one-character verb with 了/个 right before a span names its doing, with the thing it is done to
    when that opens the clause: ``我们的青团在这里卖了20多年了`` → 卖青团时间, ``昨天的雨更是下了一天`` →
    下雨时间; else by the two-character word for it: ``跟着沈长顺干了10多年`` → 干活时间, ``干个两三年`` →
    干活时间, ``飞船走了40多分钟`` → 行进时间, ``公交车少说走半小时`` → 行进时间, ``我每天都练3小时球`` →
    练习时间, ``大家挥锹舞镐找了好半天`` → 寻找时间, ``我们背了整整一个月`` →
    背诵时间 (jieba has these verbs glued, or 等 a particle); an ache by the part that hurt, ``膝盖疼了半年`` →
    膝盖疼痛时间."""
    stripped = before.rstrip(_QUOTES)
    m = _SHORT_DOING_RE.search(stripped)
    if not m or m.group("verb") not in _SHORT_DOINGS.keys() | _TOPIC_OBJECT_VERBS:
        return ""
    verb = m.group("verb")
    if not m.group("tail").startswith(("了", "个")) and (
        verb == "等" or len(stripped) < 2 or stripped[-2] in "了个少多"
    ):
        return ""  # bare 等 ends a list: only 等了 waits; 每天可以少跑1—2小时 is a change, no time of running
    if len(m.group(0)) > 2 and _done_for_about(before):
        return _done_for_about(before)  # 排队等了大约半个小时: the doing of two before the verb (排队时间)
    toks = _tokens(stripped[: m.start()][-12:])
    if verb in "走跑" and toks and toks[-1][0] in _GOING_MANNERS:
        return toks[-1][0] + "时间"  # 从多宝乡集镇徒步走了两个多小时: 徒步时间 (人民日报 2023; was empty)
    if toks and (toks[-1][0] + verb in _tagger()[0] or toks[-1][0][-1] + verb in _tagger()[0]):
        return ""  # 相等了, 不等: the character ends a word, it is no verb of its own
    if verb in _TOPIC_OBJECT_VERBS:
        for w, t in reversed(toks):
            if t in ("d", "p", "f") or (t == "r" and w not in _PERSONS):
                continue  # 更是, 在这里: adverbs and the place between the topic and the verb
            if t in ("n", "nz", "ng") and w not in _PERSONS:
                return verb + w + "时间"
            break
    if verb in _ACHES and toks and toks[-1][1] == "n" and 2 <= len(toks[-1][0]) <= 3:
        return toks[-1][0] + "疼痛时间"  # 老李…膝盖疼了半年, 左边肩膀痛了半年 (都市快报; were empty)
    return _SHORT_DOINGS[verb] + "时间" if verb in _SHORT_DOINGS else ""


def _next_clause_work(clause: str) -> str:
    """A span opening the sentence, and a next clause of nouns only up to its figure: the nouns name the work
    done in the span (a verbal noun among them that jieba has a noun): ``半年时间，小区黑化路面5000多平方米`` →
    小区黑化路面用时. Nothing when a verb comes first (团队走进…: see _next_clause_doing)."""
    toks = _tokens(clause.lstrip(_QUOTES)[:16])
    picked: list[str] = []
    for w, t in toks:
        if t == "m":
            break
        if t not in ("n", "vn", "nz") or w in _NEVER or w in _LINKS:
            return ""
        picked.append(w)
    phrase = "".join(picked)
    return phrase + "用时" if len(picked) >= 2 and 4 <= len(phrase) <= 8 else ""


#: A post held again or on, for a term: 續任一年, 连任两届 (jieba glues the character before 任 elsewhere).
_RENEWED_POST_RE = re.compile(r"(?:续|續|连|連|留|继|繼)任$")
#: Adverbs of time that stand right before the doing a span measures: 已供款三年, 曾执教五年.
_ASPECT_ADVERBS = frozenset("已 已经 曾 曾经 先后 连续 持续 一直 共 累计".split())


def _done_after_adverb(before: str) -> str:
    """A two-character word between an adverb of time and a span is the doing, though jieba has it a noun:
    ``假設僱員於私退金計劃已供款三年`` → 供款时间 (not empty)."""
    toks = _tokens(before.rstrip(_QUOTES)[-12:])
    if len(toks) < 2 or toks[-2][0] not in _ASPECT_ADVERBS:
        return ""
    w, t = toks[-1]
    if len(w) != 2 or not (t.startswith("v") or t in ("n", "vn")) or w.endswith(_TIME_NOUNS):
        return ""
    if w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _PREDICATES or w in _SAYING:
        return ""
    return w + "时间"


def _period_then_done(before: str, after: str) -> str:
    """A period (过去, 近), an adverb of time and a doing jieba has a noun, then what it counted: the time of
    the doing, ``过去3年共售票222万余张`` → 售票时间 (not empty)."""
    if not before.rstrip(_QUOTES).endswith(("过去", "近", "最近")):
        return ""
    toks = _tokens(after.strip(_QUOTES)[:10])
    if len(toks) < 2 or toks[0][0] not in _ASPECT_ADVERBS:
        return ""
    w, t = toks[1]
    if len(w) != 2 or t not in ("n", "vn", "v") or not (len(toks) == 2 or toks[2][1] == "m"):
        return ""
    if w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _PREDICATES or w.endswith(_TIME_NOUNS):
        return ""
    return w + "时间"


_PLEDGED_RE = re.compile(r"^(?:将|將|要|力争|力爭|争取|爭取|确保|確保)(?![有会會])")


def _term_ahead(before: str, after: str, following: str) -> str:
    """未来 (今后) and a span alone in their clause, then a doing: the term set for it (澳門日報 2026: ``未來十年，將
    建成一個生活殷實的廣東`` → 建成期限, was empty). Only a doing pledged (将, 要 and its verb): ``未来10天，西北太平洋
    海域还将有1个台风生成`` is a forecast's window, no term for 生成."""
    if not following or before.strip(_QUOTES) not in _AHEAD or after.strip(_QUOTES) not in ("", "里", "内", "间"):
        return ""
    if not _PLEDGED_RE.match(following.lstrip(_QUOTES)):
        return ""
    doing = _doing_past_subject(following)
    return doing.removesuffix("用时") + "期限" if doing.endswith("用时") else ""


def _era_period(before: str, after: str, following: str) -> str:
    """An era naming a period that opens the sentence, 新时代十年来, and a next clause of a subject and its
    doing: the time of the subject's doing, ``新时代10年来，我国农村公路建设扎实推进`` → 农村公路建设推进时间
    (was empty). Only the strict reading of a subject and its verb: the looser ones misread these clauses
    (大规模国土绿化行动累计造林 → 行动时间)."""
    if not following or before.strip(_QUOTES) != "新时代" or not _PERIOD_TAIL_RE.match(after.strip(_QUOTES)):
        return ""
    label = _period_subject_doing(following)
    rest = re.sub(r"^(?:我国|全国)", "", following.lstrip(_QUOTES))
    toks = _tokens(rest[:8])
    if (
        not label
        or not rest.startswith(label[:2])
        or not toks
        or toks[0][1] not in ("n", "nz", "ns", "nt", "j")
        or toks[0][0] in _MANNER_WORDS
    ):
        return ""  # 我国大力推动…: an adverb, no subject; 全国山水林田湖草沙…: the subject was cut inside
    return label


def _period_topic(clause: str, after: str) -> str:
    """A period closed by 来/以来 and a next clause whose subject, a noun (a country, a place, a company), the
    rules before name no doing of: that subject, what the years were of (人民日报 2023: ``74年来，我国由一穷二白到
    全面小康`` → 我国, ``22年来，链家以社区为“原点”…`` → 链家; were empty). Not for a person (a span of someone
    reads as their age: 6年时间里，马慧娟… stays empty), a time word, a subject past eight characters, or a clause
    with a count or a cause in it (_period_gist declines those on purpose)."""
    if not after.strip(_QUOTES).startswith(("来", "以来")):
        return ""
    toks = _tokens(clause.lstrip(_QUOTES)[:16])
    subject: list[str] = []
    for w, t in toks:
        if w in ("我国", "我省", "我市", "我区", "我县"):
            t = "n"  # (our country, province…: a place, which jieba tags a pronoun)
        if not (_nounish(t) or t == "nz" or (t == "vn" and subject)) or t in ("t", "r", "m") or w in _NEVER:
            break
        subject.append(w)
    phrase = "".join(subject)
    if not subject or len(subject) == len(toks) or not 2 <= len(phrase) <= 8:
        return ""
    if any(t.startswith("nr") for _, t in toks[: len(subject)]) or phrase in _PERSONS or phrase in ("人们", "大家"):
        return ""  # (75年来，人们去博物馆…: anyone, no one the years are of)
    if _tagger()[0].get(subject[0], "").startswith("v"):
        return ""  # (100多年来，生长在黑土地上的…: a doing jieba's cut left as a noun)
    nxt_w, nxt_t = toks[len(subject)]
    if nxt_w == "在" and toks[0][1] != "ns":
        return ""  # (100多年来，生长在黑土地上的…: jieba's 生长 a noun, a doing in fact; 上海在… is a place's)
    clause_toks = _tokens(re.split(r"[，,。；;：:]", clause.lstrip(_QUOTES), maxsplit=1)[0])
    if any(t == "m" or w in _CAUSING for w, t in clause_toks):
        return ""  # (自然资源主管部门共为6.3万件…; 新文化运动导致…: the doer or cause alone, as _period_gist declines)
    return phrase if nxt_t.startswith(("v", "p", "d", "i", "l")) else ""


def _person_period_doing(clause: str) -> str:
    """A period opening the sentence, and a next clause of a person (我, 她), adverbs and a doing with its
    object to the clause's end: the time of that doing, ``4年多来，她一直坚持吃中药，…`` → 吃中药时间 (都市快报;
    was empty: a pronoun is no subject to name). Nothing when the object is a person (带领老师们…) or runs on
    past four characters, or the verb is a link, a saying or a state."""
    toks = _tokens(clause.lstrip(_QUOTES)[:24])
    if not toks or toks[0][0] not in _PERSONS:
        return ""
    k = 1
    while k < len(toks) and (toks[k][1] in ("d", "t") or toks[k][0] in _HABITS):
        k += 1
    if k + 1 < len(toks) and toks[k][0] in _KEPT_ON and toks[k + 1][1] == "v":
        k += 1  # 坚持吃中药: the doing kept on
    if k >= len(toks):
        return ""
    verb, t = toks[k]
    if t != "v" or len(verb) > 2 or verb in _LINKS or verb in _NEVER or verb in _NOT_DOING or verb in _SAYING:
        return ""
    if verb in _STATES or verb in _PREDICATES or verb in _LIGHT_VERBS:
        return ""
    rest: list[str] = []
    for w, tag in toks[k + 1 :]:
        if tag == "x":
            break
        if not (tag in ("n", "nz", "j", "vn", "v") or tag == "l" and len(w) <= 4):
            return ""  # 带领老师|们, 见证|着, 走访|了|200: no plain object up to the clause's end
        rest.append(w)
    obj = "".join(rest)
    if len(obj) > 4 or (len(verb) == 1 and not obj):
        return ""
    return verb + obj + "时间"


#: A span closed by 内 (within it), and a next clause that opens with 便/就: what was done within the span.
_WITHIN_RE = re.compile(r"^(?:之|以)?内$")
#: (or 实现/完成: 能在短短18个月内，实现从项目启动到…被收购 → 收购用时)
_THEN_RE = re.compile(r"^(?:便|就|即|才|都|已|实现|完成)")


#: Verbs of serving in a post, tagged otherwise by jieba: 当政委3年多, 任政委3年多.
_SERVING = frozenset("当 任".split())


#: Bare causatives: 让/使/令 and whom they move name no doing of their own (逐步让跨境包裹实现…送达). Not
#: figure_labels' ``_CAUSATIVES`` (带动, 吸引, 动员…: verbs whose object's doing names a count of people).
_BARE_CAUSATIVES = frozenset("让 使 令 使得".split())


def _doing_with_object(before: str) -> str:
    """A verb and its object right before a span name what the span is the time of:
    ``当政委3年多`` → 当政委时间, ``任政委3年多`` → 任政委时间, ``村民严建兴患有高血压和糖尿病10多年`` →
    患有高血压和糖尿病时间 (not the object alone, nor nothing)."""
    toks = _tokens(_strip_links(before.strip(_QUOTES))[-12:])
    j = next((j for j in range(len(toks) - 1, -1, -1) if not (_nounish(toks[j][1]) or toks[j][0] in "和及与")), None)
    if j is None or j == len(toks) - 1:
        return ""
    w, t = toks[j]
    if w in _SERVING:
        t = "v"  # 当|政委, 任|政委: jieba has 当 a time word and 任 a pronoun
    if w in _BARE_CAUSATIVES:
        return ""  # 逐步让跨境包裹实现5个工作日送达: 让 names no doing, the doing is after the span (送达用时)
    if (
        not t.startswith("v")
        or w in _LINKS
        or w in _NOT_DOING
        or w in _SAYING
        or w in _PREDICATES
        or not _nounish(toks[-1][1])
        or toks[j + 1][0] in "和及与"
    ):
        return ""
    doing = "".join(x for x, _ in toks[j:])
    return doing + "时间" if len(doing) <= 9 else ""


#: Units of a span of time (not 日, which a range of days of a month shares: 3—5日).
_SPAN_UNITS = frozenset("年 个月 月 天 周 星期 个星期 小时 个小时 分钟 秒 秒钟".split())


def _span_range(kind: str, unit: str) -> bool:
    """Whether a figure is a range of spans of time, to be named first as a span is:
    ``每隔两三天，就有邮车来拉走蔬菜`` → 每隔, ``两三天后，他在家里就可以收到营业执照`` → 收到用时
    (when no span rule names it, it is named as a range: 计划用5到10年 → 计划)."""
    return kind == "range" and unit in _SPAN_UNITS


def _since_doing(before: str, after: str) -> str:
    """A verb, its span and 的: the noun after 的 is what happened in the span, the span is the time
    of the verb: ``上市一个月的涨幅就高达417.34%`` → 上市时间 (not 涨幅, the next figure's measure). Only
    before a measure: in 可记入２小时１３分钟的高清晰度动态影像 the span is the amount of what is recorded;
    or after a one-character verb and 了, whose doing the span is: ``杭州人等了一年的信义坊“樱花王”`` → 等待时间."""
    if not after.startswith("的") or before.rstrip(_QUOTES) != before:
        return ""
    if before.endswith("了") and _one_char_doing(before):
        return _one_char_doing(before)  # 杭州人等了一年的信义坊“樱花王”: 等待时间, not the tree
    if not after_label(after).endswith(_MEASURE_HEAD):
        return ""
    verb = _verb_before(before)
    if len(verb) < 2 or verb in _NOT_DOING or verb in _LINKS or not before.endswith(verb):
        return ""
    return verb + "时间"


def _person_name(w: str, t: str) -> bool:
    """A word that is a person's name: jieba's nr, or a surname and one or two characters jieba does not know
    (陆烨, 王锐 are nouns to it)."""
    if not 2 <= len(w) <= 3 or not is_surname(w[0]):
        return False
    return t.startswith("nr") or (t == "n" and w not in _tagger()[0])


#: Words for a person after 的 that stand for who did a doing, as a name does: 工作了30多年的军医.
_DOERS = frozenset(
    "他 她 他们 她们 我 我们 军医 医生 老人 老师 教师 村民 农民 老兵 老党员 干部 书记 队员 民警 工人".split()
)


#: A link after a span that ends its noun phrase, the subject of the clause (扩班建连的10年是…).
_SPAN_PHRASE_END_RE = re.compile(r"^(?:也|就|将)?是")


def _span_of_doing(before: str, after: str) -> str:
    """A doing, 的 and a span that ends its noun phrase, the subject of a link: the span is the years of that doing,
    ``扩班建连的10年是“二妹子”民兵连转型发展的10年`` → 扩班建连 (新华日报 2024; was empty), ``担任总理的十年是…`` →
    担任总理. The doing is what follows the clause's last link, without a quoted name before it, and has a verb.
    Not a span after the link (…是中国发展历史上很不平凡的一年): that says what the year was, no span of a doing."""
    if not before.endswith("的") or not _SPAN_PHRASE_END_RE.match(after.strip(_QUOTES)):
        return ""
    phrase = re.split(r"[，,。；：:！？（(]|也是|就是|是", before[:-1])[-1]
    phrase = re.sub(r"“[^”]{1,8}”", "", phrase).strip(_QUOTES)
    toks = _tokens(phrase)
    if not any(t.startswith("v") and len(w) >= 2 and w not in _NOT_DOING | _LINKS for w, t in toks):
        return ""
    return _nearest_words(phrase, 7)


def _doer_after_de(before: str, after: str) -> str:
    """A doing, its span and 的 before a person's name: the span is the time of the named person's doing,
    ``今年32岁、工作8年的陆烨`` → 陆烨工作时间, ``已在村任职7年的王锐`` → 王锐任职时间, ``扎根四川大凉山20年的徐峰`` →
    扎根四川大凉山时间 (were the names alone, which say whose but not what the years are of). Only a person's
    name or a word for a person (``工作了30多年的军医`` → 军医工作时间), and a verb of two characters or more:
    ``我演了30多年的李白`` names a role, not who."""
    if not after.startswith("的") or not before or before.rstrip(_QUOTES) != before:
        return ""
    toks = _tokens(after[1:12])
    titled = 0
    while titled < 2 and titled + 1 < len(toks) and toks[titled][1] in ("n", "b") and not _person_name(*toks[titled]):
        titled += 1  # 工作了20多年的高级工程师单凯: past the title to the name
    if titled and _person_name(*toks[titled]):
        toks = toks[titled:]
    if not toks or not (_person_name(*toks[0]) or toks[0][0] in _DOERS):
        return ""
    if len(toks) > 1 and _nounish(toks[1][1]):
        return ""  # the name goes on into a noun (…的李家村): no person's name alone
    name = toks[0][0] if toks[0][0] not in _PERSONS else ""
    stripped = re.sub(r"(?:了|已|已经|近|约|整整|足足)+$", "", before)
    verb = _verb_before(stripped)
    if len(verb) >= 2 and stripped.endswith(verb) and verb not in _NOT_DOING and verb not in _PREDICATES:
        if verb in _LINKS or verb in _NEVER or verb in _SAYING or verb in _STATES:
            return ""
        return name + verb + "时间"
    return _staying_doing(stripped)


def before_nouns(before: str, after: str, unit: str = "", following: str = "", head: str = "") -> str:
    """The span rules :func:`figure_labels.label` tries before it reads the noun after a span as what the
    span is of: the time since (上市一个月的涨幅), a stay (在澳不足一百八十三日的理由), the time until an event (距离比赛还有10天时)
    or of a doing (20年的通信期间), a run (连续4年居全国第一),
    a doing or a measure glued after the span (24小时常态化值守, 近1小时累计雨量), the doing of a result
    (一年多的康复训练成果), a period's doing (近5年来远超全国增速, 4年来的持续参展、参会), a period with the
    多 the figure left (实施一年多来), the doing after an effort (经过两年努力，四川已成功创建…)."""
    return (
        _since_begun(before, after)
        or _first_days_of(before)
        or _tour_days(before, after, unit)
        or _glued_after_hou(before, after, following, head)
        or _more_since(before, after, following, head)
        or _effort_then_doing(before, after, following)
        or _since_doing(before, after)
        or _doer_after_de(before, after)
        or _span_of_doing(before, after)
        or _days_among(before, after, unit)
        or _stay_in_place(before)
        or _until_event(before, after)
        or _took_for_doing(before, after, following, head)
        or _kept_on_doing(after)
        or _during_doing(after)
        or _run_of(before, after, following, head)
        or _within_subject_doing(after)
        or _within_doing(before, after, following, head)
        or _measured_over(after)
        or _glued_doing(after)
        or _result_of_doing(after)
        or _since_period(after)
        or _doings_after_de(after)
        or _span_noun_after(after)
        or _term_of_manner(after)
    )


#: 首/头 or 最后/末 between a time noun and a span: the first or last days of it (春節假期首五天).
_PART_OF_TIME_RE = re.compile(r"(?P<part>首|头|最后|末)$")


def _first_days_of(before: str) -> str:
    """A time noun, 首/头 (or 最后/末) and a span: the opening (or closing) stretch of that time, ``今年春節假期首五天
    訪澳旅客錄得逾七十八萬人次`` → 春节假期首段 (澳門日報 2026; was 訪澳旅客, who came in those days, not the days).
    Only a time noun of a span of its own (假期, 工期), not a date (今年头两个月: see the period rules)."""
    stripped = before.rstrip(_QUOTES)
    m = _PART_OF_TIME_RE.search(stripped)
    if not m or not m.start():
        return ""
    noun = subject_label(stripped[: m.start()])
    if not noun or not stripped[: m.start()].endswith(noun) or not noun.endswith(_TIME_NOUNS) or len(noun) > 8:
        return ""
    return noun + ("首段" if m.group("part") in "首头" else "末段")


def _tour_days(before: str, after: str, unit: str) -> str:
    """Days that close a quoted tour's name: the length of that tour, ``以“惠州龍門南昆山雲頂溫泉度假村兩天”為例`` →
    云顶温泉度假村行程 (澳門日報 2026; was 為例, the words after the quote). The name is the quote's words before
    the days, its last words when long, and only of nouns (a place)."""
    if unit not in ("天", "日") or not after.startswith("”"):
        return ""
    opened = before.rfind("“")
    name = before[opened + 1 :] if opened >= 0 and "”" not in before[opened:] else ""
    if len(name) < 2 or re.search(r"[^\u4e00-\u9fff]", name):
        return ""
    if not all(_nounish(t) for _, t in _tokens(name)):
        return ""  # “一次挂号管三天”, “疑是银河落九天”: a saying with its doing, no place to go to
    return _nearest_words(name, 8) + "行程"


#: 后 right after a span with the next words glued on, no comma: 调理一个月后全都好了.
_GLUED_HOU_RE = re.compile(r"^(?:之)?后[\u4e00-\u9fff“]")


def _glued_after_hou(before: str, after: str, following: str, head: str) -> str:
    """A span and 后 with no comma after it is named as a span and 后 before a comma is, from the doing before
    it: ``调理一个月后全都好了`` → 调理时间 (都市快报; was 后全都, the words after it cut at 后 as if a noun).
    A span opening its clause is named from the doing after 后, as when a comma stands there: ``3年后学校建成``
    → 建成用时 (was 后学校); a doing with no result is only dated by it, ``一个月后考核验收`` → 距验收时间 (人民日报
    2023; was 后考核). Nothing when no doing is found: the words after 后 are never the span's."""
    glued = _GLUED_HOU_RE.match(after.strip(_QUOTES))
    if not glued:
        return ""
    if before.strip(_QUOTES):
        return _duration_label(before, after, following, head)
    doing = _next_clause_doing(after.strip(_QUOTES)[glued.end() - 1 :]).removesuffix("用时")
    if not doing:
        return ""
    return doing + "用时" if doing.endswith(tuple(_RESULT_ENDS)) else f"距{doing}时间"


#: A span closed by 来 or 以来 (and the 多 the figure left): the period since something began.
_SINCE_CLOSE_RE = re.compile(r"^(?:多|余)?(?:以)?来(?![一到看回自过往])")
#: What may stand between the doing and the span: 揭牌至今一年来, 成立已经十年来.
_SINCE_GAP_RE = re.compile(r"(?:至今|迄今|以来|已经|已)+$")
#: Doings of founding jieba tags as nouns or cuts wrong (创刊 n, 建所 → 所建|所): 创刊五年来 → 创刊时间.
_FOUNDINGS = (
    "创刊",
    "建所",
    "建院",
    "建校",
    "建厂",
    "建馆",
    "建站",
    "建团",
    "建台",
    "建社",
    "揭牌",
    "开馆",
    "开园",
    "开港",
    "建村",
)


#: Verbs that say what a thing comes from: the span after one is the period of its object, no time since
#: the verb (人民日报 2023: ``源自几十年来国象界矢志不渝、厚积薄发的奋斗`` was 源自时间).
_SOURCE_VERBS = frozenset("源自 源于 来自 出自 得益于 归功于 归因于 受益于 离不开 见证".split())


_SOURCE_PERIOD_RE = re.compile(r"^(?:以)?来(?P<body>[^，。；：]+)的(?P<noun>[\u4e00-\u9fff]{2,4})$")


def source_period(before: str, rest: str) -> str:
    """A span after a verb of source, closed by 来, is the period of the doing the verb's object names: who
    opens the object and its head after 的 (人民日报 2023: ``源自几十年来国象界矢志不渝、厚积薄发的奋斗`` →
    国象界奋斗时间, was 源自时间); nothing when the object reads otherwise."""
    if _verb_before(before.rstrip(_QUOTES)) not in _SOURCE_VERBS:
        return ""
    m = _SOURCE_PERIOD_RE.match(rest.strip(_QUOTES))
    if not m:
        return ""
    toks = _tokens(m.group("body")[:8])
    who = toks[0][0] if toks and _nounish(toks[0][1]) and toks[0][1] != "r" else ""
    return who + m.group("noun") + "时间"


def _since_begun(before: str, after: str) -> str:
    """A doing right before a span closed by 来: the time since it began, ``改革开放40多年来，我国科技水平快速
    提升`` → 改革开放时间, ``国家植物园正式揭牌至今一年来`` → 揭牌时间, ``力学所建所60多年来`` → 建所时间, ``加入
    拍摄团两年来`` → 加入拍摄团时间 (人民日报 2023; were empty or 拍摄团时间, a fragment), ``本溪解放５０年来的辉煌
    成就`` → 解放时间 (人民日报 1998; was 辉煌成就, what came of the period). The doing is a verb, a verb and a short
    object, a founding jieba tags as a noun, or a four-character doing of two verbs (改革开放, nz)."""
    if not _SINCE_CLOSE_RE.match(after.strip(_QUOTES)):
        return ""
    stripped = _SINCE_GAP_RE.sub("", before.rstrip(_QUOTES))
    found = next((w for w in _FOUNDINGS if stripped.endswith(w)), "")
    if found:
        return found + "时间"
    toks = _tokens(stripped[-10:])
    if not toks:
        return ""
    w, t = toks[-1]
    tags = _tagger()[0]
    if len(w) == 4 and t in ("nz", "l", "i") and all(tags.get(x, "")[:1] == "v" for x in (w[:2], w[2:])):
        return w + "时间"  # 改革开放: two doings, not a name
    if t == "v" and len(w) >= 2 and _doing_word(w):
        return _doer_of(stripped[: -len(w)]) + w + "时间" if stripped.endswith(w) else ""
    if len(toks) >= 2 and _nounish(t) and t != "r":
        verb, vt = toks[-2]
        if len(toks) >= 3 and vt == "v" and toks[-3][1] == "v" and len(toks[-3][0]) == 2 and len(verb + w) <= 3:
            return toks[-3][0] + verb + w + "时间"  # 加入|拍摄|团: jieba cuts the object's verb apart
        if vt == "v" and len(verb) == 2 and _doing_word(verb) and len(w) <= 3:
            return verb + w + "时间"  # 落户晋江: the doing and its object
    return ""


def _doer_of(words: str) -> str:
    """The subject closing ``words``, right before a doing a period is named by, kept short: whose doing it is,
    ``埃中全面战略伙伴关系建立10年来`` → 战略伙伴关系建立时间 (南方日报 2024; was 建立时间, which says not what was set up);
    nothing for a person's word or an adverb before the doing (正式揭牌至今一年来), nor a subject the words before
    qualify or pair (新中国成立74年来 is no 中国成立, 巴新与中国建交 no 中国建交, 更加系统、全面展示 no 全面展示)."""
    who = subject_label(words) if words else ""
    if not who or not words.endswith(who) or who in _PERSONS or who in _MANNER_WORDS:
        return ""
    lead = _tokens(words[: -len(who)][-4:])
    if _tagger()[0].get(who, "") in ("r", "t") or (lead and lead[-1][1] in ("a", "p", "c", "d", "ad")):
        return ""
    return _nearest_words(who, 6)


def _doing_word(w: str) -> bool:
    """A verb that is a doing a span can be the time of: no link, saying or state."""
    return not (w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _SAYING or w in _STATES)


#: Nouns after a span (and 的) that name a span of their own, whatever the verb before: 时差 is no 克服时间.
_OWN_SPAN_AFTER_RE = re.compile(r"^(?:的)?(时差|车程|路程|航程|行程|刑期|任期|假期|工期|保质期|保修期)")


def _span_noun_after(after: str) -> str:
    """A noun after a span that is a span itself: ``甚至有国外的观众，克服十几个小时的时差看我们演出`` → 时差 (人民
    日报 2023; was 克服时间: the verb acts on the time difference, the span is the difference), ``约两小时车程``
    → 车程."""
    m = _OWN_SPAN_AFTER_RE.match(after.strip(_QUOTES))
    return m.group(1) if m else _time_noun_after(after)


#: A span, 的 and a phrase ending in a time noun, no punctuation between: 约15天的手办制作周期.
_TIME_NOUN_AFTER_RE = re.compile(r"^的(?P<what>[\u4e00-\u9fff]{2,6}?(?:周期|工期|期限|时限|年限|时长))")


def _time_noun_after(after: str) -> str:
    """A span, 的 and a phrase ending in a time noun: the span is that time, named whole, ``原本约15天的手办制作周期
    被压缩到4天`` → 手办制作周期 (人民日报 2023; was 手办制作: the noun's head, 周期, cut off). The phrase ends at a
    word that stands apart from it (被压缩到, 已经, a comma), not inside a longer noun."""
    m = _TIME_NOUN_AFTER_RE.match(after.strip(_QUOTES))
    if not m:
        return ""
    rest = after.strip(_QUOTES)[m.end() :]
    return m.group("what") if not rest or rest[0] in "被已将由从，,。；;将为是" else ""


#: The manner a term is granted in, after its span and before the doing: 7天无理由退货, 30天免费试用.
_TERM_MANNER_RE = re.compile(r"^(无理由|无条件|免费|免息|免租|免费试用)")


def _term_of_manner(after: str) -> str:
    """A span, a manner and a doing: the term within which it may be done, ``全场商品支持7天无理由退货`` →
    无理由退货期限, ``一手推进30天无理由退货`` (都市快报, 人民日报 2017; were 无理由, a fragment of the phrase)."""
    m = _TERM_MANNER_RE.match(after.strip(_QUOTES))
    if not m:
        return ""
    toks = _tokens(after.strip(_QUOTES)[m.end() : m.end() + 6])
    if not toks or not (toks[0][1].startswith("v") and len(toks[0][0]) >= 2):
        return ""
    return m.group(1) + toks[0][0] + "期限"


_AMONG_RE = re.compile(r"(?:里|中|之中|当中|内)有$")
_DAYS_WITH_RE = re.compile(r"^(?:都|均|皆)?(?:有|是|出现)(?P<what>[^，,。；]+)$")


#: 多/余 the figure leaves before 来 that closes a span: 实施一年多来, 成立两年多来.
_MORE_SINCE_RE = re.compile(r"^[多余](?=(?:以)?来(?!的|最|新高|新低|首次))")


def _more_since(before: str, after: str, following: str, head: str) -> str:
    """A span whose 多 the figure left before 来 is named as the span closed by 来: ``“新八级工”制度实施一年多来，
    许多像张杰一样的技术工人…`` → 实施时间, ``两年多以来，…`` as 两年以来 (not 多来, a fragment)."""
    if not _MORE_SINCE_RE.match(after):
        return ""
    return duration_label(before, after[1:], following, head)


#: Words of effort that carry no doing: the doing is in the next clause (经过两年努力，四川已成功创建…).
_EFFORTS = frozenset("努力 奋战 奋斗 拼搏 攻坚 苦干 鏖战 坚持 接力".split())
#: Words of care before the doing a span of effort names, which jieba tags nouns: 经过40年的精心耕耘.
#: They stay in the label (精心耕耘时间), as 精心呵护 does when jieba keeps it one word.
_CARE_WORDS = ("精心", "悉心", "用心", "潜心", "苦心", "辛勤", "默默")
#: What opens a span of effort: 经过两年努力, 历经30余年的持续建设.
_THROUGH_RE = re.compile(r"(?:经过|历经|经|历时|通过)了?$")


def _effort_then_doing(before: str, after: str, following: str) -> str:
    """经过/历经/历时, a span and what was done through it: the doing it names, ``经过22个小时持续奋战，受困群众…``
    → the doing of the next clause when the words are only effort (努力, 奋战), ``经过10多年连续优选种植`` →
    优选种植时间, ``历经30余年的持续建设`` → 建设时间."""
    if not _THROUGH_RE.search(before.rstrip(_QUOTES)):
        return ""
    toks = _tokens(after.strip(_QUOTES)[:14])
    if toks and toks[0][0] == "的":
        toks = toks[1:]
    toks = [(w, t) for w, t in toks if w not in ("持续", "连续", "不懈", "艰苦", "不断", "共同", "的")]
    if len(toks) == 1 and toks[0][1] == "l" and len(toks[0][0]) == 4 and not any(e in toks[0][0] for e in _EFFORTS):
        toks = [(toks[0][0], "v")]  # 经过半年多的治理整顿: jieba's 治理整顿 l, two doings (人民日报 1998; was empty)
    if len(toks) == 2 and toks[0][0] in _CARE_WORDS:
        toks = [(toks[0][0], "v"), toks[1]]  # 经过40年的精心耕耘: 精心耕耘时间 (人民日报 2023; was 精心, jieba's n)
    if not toks or any(t == "x" or t == "m" for _, t in toks):
        return ""
    if all(w in _EFFORTS for w, _ in toks):
        return _doing_past_subject(following) if following else ""
    if len(toks) > 2 or not all(t.startswith("v") for _, t in toks):  # (历经数千年时光淘洗: 时光 is no doing)
        return ""
    if len(toks) == 2 and toks[1][0] in _FINISHED:
        return toks[0][0] + "用时"  # 历时4个多月创作完成: what the doing took
    doing = "".join(w for w, _ in toks)
    if doing in _LINKS or doing in _NEVER or doing in _SAYING or len(doing) > 6 or doing.endswith(_TIME_NOUNS):
        return ""
    return doing + "时间"


def _doing_past_subject(clause: str) -> str:
    """The doing of a clause, past a verb that only qualifies its subject: ``受困群众全部获救`` → 获救用时
    (受困 is what the people were, not what was done)."""
    for _ in range(3):
        doing = _next_clause_doing(clause)
        verb = doing.removesuffix("用时")
        at = clause.find(verb) if verb else -1
        rest = clause[at + len(verb) :] if at >= 0 else ""
        nxt = _tokens(rest[:6])[:1]
        if not doing or not nxt or nxt[0][1] not in ("n", "nr", "ns", "nz", "nt", "j"):
            return doing
        clause = rest
    return ""


def _days_among(before: str, after: str, unit: str) -> str:
    """Days among days that had something: a count of such days, ``28天里有14天都有雨水相伴`` → 雨水相伴天数."""
    m = _DAYS_WITH_RE.match(after.strip(_QUOTES))
    if unit not in ("天", "日") or not m or not _AMONG_RE.search(before.strip(_QUOTES)):
        return ""
    toks = _tokens(m.group("what")[:10])
    if not toks or not all(_nounish(t) or t.startswith("v") for _, t in toks) or not _nounish(toks[0][1]):
        return ""
    phrase = "".join(w for w, _ in toks)
    return phrase + "天数" if 2 <= len(phrase) <= 6 else ""


def _denied_doing(denied: str, toks: list[tuple[str, str]]) -> str:
    """A span and a denied doing after it, named by the doing denied with its object, kept short: how long
    it did not happen, ``整治后的井5年内不产生沉降`` → 不产生沉降 (not 产生用时, which reads the opposite)."""
    doing = denied + toks[0][0]
    ends = len(toks) == 2 or toks[2][0] in "，,。；;、等" if len(toks) > 1 else False
    for j, (w, t) in enumerate(toks[1:]):
        ending = j == 0 and ends and t.startswith("v") and len(w) == 2  # 不产生沉降；: jieba's 沉降 a verb
        if not (_nounish(t) or ending) or w in _NEVER or len(doing) + len(w) > 10:
            break
        doing += w
    return doing


def _glued_doing(after: str) -> str:
    """A span, then nouns that qualify a verb closing the clause: the doing, ``联盟指挥部实行24小时常态化值守`` →
    常态化值守时间 (not 常态化, which jieba cuts off the verb)."""
    toks = _tokens(after.strip(_QUOTES)[:12])
    if len(toks) < 2 or not _plain_doing(*toks[-1]) or toks[-1][1] == "vn":
        return ""
    lead = toks[:-1]
    if not all(t == "n" and w not in _SPAN_NOUNS for w, t in lead) or sum(len(w) for w, _ in lead) > 4:
        return ""
    return "".join(w for w, _ in toks) + "时间"


#: Words that make a measure a total or an average over a span: 近1小时累计雨量.
_OVER_SPAN = ("累计", "平均", "最大", "最高")


def _measured_over(after: str) -> str:
    """A span right before a total, an average or a peak: the period it is measured over, ``近1小时累计雨量最大
    出现在…`` → 累计雨量统计时间, ``24小时最大雨量261.2毫米`` → 最大雨量统计时间 (not 最大雨量, the amount after it;
    was empty or that). Named 时间, not 时段, so the amount after (为4.4毫米) does not carry it."""
    toks = _tokens(after.strip(_QUOTES)[:12])
    picked: list[str] = []
    for w, t in toks:
        if not picked and w in _OVER_SPAN:
            picked.append(w)
            continue
        if t not in ("n", "vn", "nz"):
            break
        picked.append(w)
    phrase = "".join(picked)
    if len(picked) < 2 or picked[0] not in _OVER_SPAN or not phrase.endswith(_MEASURE_HEAD):
        return ""
    return phrase + "统计时间"


#: Nouns of what a doing brought: 康复训练成果.
_RESULTS = ("成果", "效果", "成效", "收获", "经历", "经验")


def _result_of_doing(after: str) -> str:
    """A span, 的 and the result of a doing: the span is the doing's time, ``一年多的康复训练成果显著`` →
    康复训练时间 (not 康复训练成果: the result has no span)."""
    if not after.startswith("的"):
        return ""
    phrase = after_label(after)
    doing = phrase.removesuffix(next((r for r in _RESULTS if phrase.endswith(r)), ""))
    if doing == phrase or len(doing) < 2 or not _tagger()[0].get(doing[-2:], "").startswith("v"):
        return ""
    return doing + "时间"


def _since_period(after: str) -> str:
    """A span closed by 来 in mid-clause is a period; what held over it is the verb after and its object:
    ``广东工业机器人产量增速近5年来远超全国增速`` → 远超全国增速时段 (not 来远超全国增速)."""
    m = re.match(r"^(?:以)?来(?!的|最|新高|新低|首次)", after)
    if not m:
        return ""
    toks = _tokens(after[m.end() :][:14])
    if not toks or toks[0][1] == "vn" or any(t in ("m", "x") for _, t in toks):
        return ""
    w, t = toks[0]
    if not (_plain_doing(w, t) or (t == "n" and len(w) == 2 and w not in _SPAN_NOUNS | _LINKS | _NEVER)):
        return ""  # (远超: a verb jieba has a noun)
    phrase = "".join(w for w, _ in toks)
    return phrase + "时段" if len(phrase) <= 8 else ""


def _doings_after_de(after: str) -> str:
    """A span, 的 and a list of doings: the time of those doings, ``4年来的持续参展、参会`` → 持续参展参会时间."""
    if not after.startswith("的"):
        return ""
    toks = _tokens(after[1:16])
    picked: list[str] = []
    for w, t in toks:
        if w == "、":
            continue
        if t == "x" or len(w) != 2:
            break
        picked.append(w)
    if not picked or not any(_plain_doing(w, t) and t != "vn" for w, t in toks[: len(picked) + 1]):
        return ""
    phrase = "".join(picked)
    if phrase.endswith(_TIME_NOUNS + ("时限",)):
        return ""  # 错过3个月的报销时限: the span's own noun
    first = toks[0]
    if not (first[1].startswith("v") or first[1] == "d") or len(phrase) > 8:
        return ""
    return phrase + "时间"


#: 来 right after a span closes it before a superlative: 创10年来最低记录, 两年半来的最低点, 30年来新高.
_SINCE_RE = re.compile(r"^来(?=的|最|新高|新低|首次)")


def _period_noun(before: str) -> str:
    """A period noun right before a span names it though jieba calls it a time word: ``清明假期三天`` → 清明假期,
    ``假期三天午后暖意十足`` → 假期 (not 今年, 同期: those date the span)."""
    toks = _tokens(_strip_links(before.strip(_QUOTES))[-8:])
    picked: list[str] = []
    for w, t in reversed(toks):
        if not (t == "t" or _nounish(t)) or w in _WHEN_WORDS or w in _NOT_PERIODS:
            break
        picked.insert(0, w)
    phrase = "".join(picked)
    return phrase if len(phrase) >= 2 and phrase.endswith(_TIME_NOUNS) and not phrase.endswith(_NOT_PERIODS) else ""


#: Time words ending like a period that date a span instead of naming it.
_NOT_PERIODS = ("同期", "近期", "前期", "后期", "初期", "中期", "末期", "当期", "本期", "上期", "时期", "期间")


_GAP_WORDS = ("时隔", "相隔", "间隔", "每隔", "隔了")
#: What a gap word's span is: 每隔 is an adverb (每隔两三天，就有邮车来拉走蔬菜 → 间隔); 时隔, 相隔 are verbs, and
#: a verb alone was judged no label (时隔12年再次夺得该项赛事冠军, 人民日报 2023: 间隔时间).
_GAP_NOUNS = {"每隔": "间隔", "隔了": "间隔", "时隔": "间隔时间", "相隔": "间隔时间"}


#: 一吃就是 before a span and an object (张先生…一吃就是3个多月中药): the verb, as 吃了 is.
_ONCE_VERB_RE = re.compile(r"一(?P<verb>[\u4e00-\u9fff])(?:就是|便是)$")


@lru_cache(maxsize=2048)
def _verb_then_object(before: str, after: str) -> str:
    """A verb, its span and then its object: ``教了20多年唢呐`` → 教唢呐时间 (not 唢呐, the thing merely
    named after the span); 下/上 with 了 are verbs though jieba has them place words: ``昨天杭州下了一天雨``
    → 下雨时间."""
    m = re.search(r"(?P<verb>[\u4e00-\u9fff]{1,2})[了过]$", before) or _ONCE_VERB_RE.search(before)
    if not m or not after or after[:1] in "的之":
        return ""
    verb = m.group("verb")
    if len(verb) == 2 and not _tagger()[0].get(verb, "").startswith("v"):
        verb = verb[1:]
    done = verb in ("下", "上") and before.endswith("了")
    if not (done or _tagger()[0].get(verb, "").startswith("v")) or verb in _LINKS or verb in _NOT_DOING:
        return ""
    obj = after_label(after)
    if not obj or not after.startswith(obj) or len(verb) + len(obj) > 8 or obj.endswith(_TIME_NOUNS + ("程",)):
        return ""  # (来到了3分钟车程外的…: 车程 is the span's own noun)
    return verb + obj + "时间"


#: Verbs of going to a place: a span before them is the stay (3天时间，团队走进…), not the time to get there.
_GOING = frozenset("走进 来到 前往 进入 返回 走访 走入 深入".split())


def _next_clause_doing(clause: str) -> str:
    """The doing a span that opens the sentence measures, from the clause after it, past its subject:
    不到20天，全部耕完 → 耕完用时, 不到一小时，线上已售出几十单 → 售出用时."""
    toks = _tokens(clause.lstrip(_QUOTES)[:32])
    if toks and toks[0][0] in ("较", "比", "同比", "环比", "与", "和", "跟"):
        return ""  # 仅用80分钟，较之前压缩了…: a comparison, not what the span is of
    if toks and toks[0][0] == "当":
        return ""  # _when_clause_after: 几十年后，当朱教君承担…工作时: a when-clause dates, names no doing taken
    phrase = opening = partners = quoted = False
    for k, (w, t) in enumerate(toks):
        if t == "p" and w in _PHRASE_PREPOSITIONS:
            phrase = True  # 就与美国礼来、诺华制药…展开合作: past the partners to the doing
            partners = partners or w in ("与", "同", "跟")
            opening = opening or k == 0
            continue
        if w in "“”":
            quoted = w == "“"
            continue
        if phrase and (w == "、" or quoted):
            continue  # 以“宣传党的路线、方针…”: words quoted inside the phrase are no doing
        if t == "x" and w not in "“”" and opening and w in "，,":
            opening = phrase = False
            continue  # 经过寻的段4次变轨，货运飞船成功进入…: the clause of 经过 opens the sentence's
        if t == "x" and w not in "“”":
            break  # the clause ends
        if partners and k + 1 < len(toks) and toks[k + 1][1] in ("n", "nz", "ns", "nr", "j"):
            continue  # 与…全球性知名公司: a verb qualifying a noun among the partners
        if k and toks[k - 1][0] == "在" and k + 1 < len(toks) and toks[k + 1][1] in ("n", "ns", "nz", "s"):
            continue  # 在查令十字街84号书店购书: a verb opening a place's name (人民日报 2017; was 查令用时)
        if w in ("实现", "完成"):
            continue  # 实现从项目启动到…被收购: the doing is the verb after
        if w in _SAYING or w in _GOING or w in _STATES:
            return ""  # 表示, 介绍: a saying names no span; 一个月后，她成为…书记: a state is no doing taken
        if w == "时任":
            continue  # 10天后，吕梁艺校时任校长杨志明收到了回信: a title, not the doing
        if w in _NOT_DOING:
            continue
        if not phrase and t.startswith("v") and t != "vn" and k + 1 < len(toks) and toks[k + 1][0] == "的":
            continue  # 沈李耀威创办的…公司的市场估值就达到了…: a verb before 的 qualifies a noun, no doing
        short = _one_char_verb_then_object(toks, k) if not phrase else ""
        if short:
            return short + "用时"
        if not phrase and k == 0 and t.startswith("v") and w not in _MODALS and w != "才能":
            compound = _verb_in_subject(toks)
            if compound is not None:
                return compound
        done = t == "vn" and k + 1 < len(toks) and _vn_done(toks, k)  # 均调整了人员班次: jieba's vn, a verb
        if (t.startswith("v") and t != "vn" or done) and len(w) >= 2 and w not in _LINKS and w not in _NEVER:
            if phrase and k + 1 < len(toks) and toks[k + 1][1] == "vn" and len(w + toks[k + 1][0]) <= 6:
                return w + toks[k + 1][0] + "用时"  # 展开合作用时
            if w in _DIRECTION_ENDS and k and len(toks[k - 1][0]) == 1 and toks[k - 1][1] == "v":
                return toks[k - 1][0] + w + "用时"  # 水蜜桃不仅销出去: 销出去用时, not the fragment 出去用时
            if done and k > 1 and toks[k - 2][1] == "n" and 2 <= len(toks[k - 2][0]) <= 3:
                return toks[k - 2][0] + w + "用时"  # 门诊均调整了…: 门诊调整用时, whose doing it was
            return w + "用时"
    return ""


#: Directions jieba cuts off a one-character verb (销|出去, 拿|回来): the two are one doing.
_DIRECTION_ENDS = frozenset("出去 出来 回来 回去 上来 上去 下来 下去 进来 进去 过来 过去 起来".split())


def _vn_done(toks: list[tuple[str, str]], k: int) -> bool:
    """A word jieba tags a verbal noun that is a verb done: 完 after it (培训完一轮, 花了三个多月), or 了 after it
    with an adverb before (``一周后，石泉县城区3个预防接种门诊均调整了人员班次`` → 调整用时; 人民日报 2023, were
    empty)."""
    nxt = toks[k + 1][0]
    return nxt == "完" or (nxt == "了" and k > 0 and toks[k - 1][1] == "d")


def _verb_in_subject(toks: list[tuple[str, str]]) -> str | None:
    """A clause opening with a verb and a noun, then another verb: the first is part of the subject (充电|桩,
    联影|医疗, 种植|规模), the doing is the second, named with the subject, ``两天后，充电桩通电`` → 充电桩通电用时,
    ``不到3年时间，种植规模扩大到80亩`` → 种植规模扩大用时 (人民日报 2023; were 充电用时, 种植用时: a fragment of
    the subject); nothing when that doing is one character or the subject long (就业服务专员打来电话: not 就业用时).
    None when the clause is no such subject and doing."""
    if len(toks) < 3 or toks[1][1] not in ("n", "vn", "ng"):
        return None
    m = 1
    while m < len(toks) and toks[m][1] in ("n", "vn", "ng", "d"):
        m += 1
    if m >= len(toks) or not (toks[m][1].startswith("v") or toks[m][1] == "j") or toks[m][0] in _LINKS:
        return None
    subject = "".join(w for w, t in toks[:m] if t != "d")
    verb = toks[m][0]
    if len(verb) < 2 or len(subject) > 6 or verb in _NEVER or verb in _NOT_DOING:
        return ""
    return subject + verb + "用时"


def _one_char_verb_then_object(toks: list[tuple[str, str]], k: int) -> str:
    """A verb of one character, maybe 了, and an object of one or two characters closing the clause: the
    doing is the two, ``不到半天，他就领了证`` → 领证 (人民日报 2023; was empty: a one-character verb alone names
    nothing, so the clause's doing was not read)."""
    w, t = toks[k]
    if len(w) != 1 or t != "v" or w in _NEVER or w in _LINKS:
        return ""
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1][0] == "了")
    if j >= len(toks) or toks[j][1] != "n" or len(toks[j][0]) > 2 or toks[j][0] in _NEVER:
        return ""
    if j + 1 < len(toks) and toks[j + 1][1] != "x":
        return ""  # the clause goes on: the object may be longer, or a doing follows
    return w + toks[j][0]


def _within_opening(before: str, after: str, following: str) -> str:
    """A span closed by 内 opening its sentence, and a next clause of a subject and its doing, without
    便/就: the period over which the subject did it, ``4个月内，冯某收入高达32万余元`` → 冯某收入时间 (was
    empty); nothing when the clause names no subject."""
    if not following or not _WITHIN_RE.match(after.strip(_QUOTES)):
        return ""
    if not (_SPAN_LEAD_RE.match(before.strip(_QUOTES)) or _PERIOD_LEAD_RE.match(before.strip(_QUOTES))):
        return ""
    return _period_subject_doing(following) or _period_doing(following)


def _change_taken(after: str, following: str) -> str:
    """A span opening its sentence (not N后, which dates it), and a next clause of a subject and a verb of
    change, which jieba's rules take for a link to a figure: the time the change took, ``不到1小时，河水竟
    上涨了三四米`` → 河水上涨用时 (was empty)."""
    if "后" in after:
        return ""
    toks = _tokens(following.lstrip(_QUOTES)[:24])
    subject: list[str] = []
    k = 0
    while k < len(toks) and _nounish(toks[k][1]) and toks[k][0] not in _NEVER and toks[k][0] not in _HABITS:
        subject.append(toks[k][0])
        k += 1
    name = "".join(subject)
    if not 2 <= len(name) <= 6:
        return ""
    while k < len(toks) and toks[k][1] in ("d", "ad"):
        k += 1
    if k < len(toks) and toks[k][0] in _RUN_CHANGES and toks[k][0] not in ("保持",):
        return name + toks[k][0] + "用时"
    return ""


_WITHIN_GLUED_RE = re.compile(r"^(?:之|以)?内(?P<rest>[\u4e00-\u9fff][^，,。；;！？]*)")


def _within_subject_doing(after: str) -> str:
    """A span closed by 内 and, in the same clause, a short subject and its doing: the time the doing takes,
    ``确保一旦有火情，5分钟内全员集结出发`` → 集结出发用时 (was the fragment 内全员); nothing when no verb of two
    characters or more comes within a few words."""
    m = _WITHIN_GLUED_RE.match(after.strip(_QUOTES))
    if not m:
        return ""
    toks = _tokens(m.group("rest")[:16])
    k = 0
    tab = _tagger()[0]
    while (
        k < len(toks)
        and k < 2
        and toks[k][1] in ("n", "nr", "nt", "ns", "r")
        and not tab.get(toks[k][0], "n").startswith("v")
        and toks[k][0] not in _NEVER
    ):
        k += 1  # 全员, 救援人员: who does it (not 换乘, a doing to the lexicon)
    if not k:
        return ""
    while k < len(toks) and (toks[k][1] in ("d", "ad") or toks[k][0] in _MODALS):
        if toks[k][0] in _NEGATION_WORDS:
            return ""  # 5年内不产生沉降: a doing denied is read elsewhere
        k += 1
    if k >= len(toks):
        return ""
    w, t = toks[k]
    if not t.startswith("v") or t == "vn" or len(w) < 2 or w in _LINKS or w in _NEVER or w in _NOT_DOING:
        return ""
    if w in _SAYING or w in _STATES or w in ("完成", "实现"):
        return ""
    nxt = toks[k + 1] if k + 1 < len(toks) else ("", "x")
    if nxt[1] == "v" and len(w + nxt[0]) <= 4:
        w += nxt[0]  # 集结|出发
    return w + "用时"


def _within_doing(before: str, after: str, following: str, head: str) -> str:
    """A span closed by 内 and a doing glued after it, no subject between: the span is named as a span of time
    taken is (:func:`duration_label`), ``保证8小时内运输出疆`` → 运输用时, not the noun after it, which is the
    fragment 内运输 (jieba reads 内 as a place word heading the doing)."""
    if not _WITHIN_AFTER_RE.match(after.strip(_QUOTES)) or re.match(r"^(?:之|以)?内的", after.strip(_QUOTES)):
        return ""
    if before.strip(_QUOTES) and not _BOUND_RE.search(before.strip(_QUOTES)):
        return ""  # 我们实行60分钟内换乘减免…, 在禁行的4小时内违法占用…: the span qualifies a noun or a state
    return duration_label(before, after, following, head)


#: Words that bind a doing to be done within a span: 保证8小时内运输出疆, 要在3个月内调整.
_BOUND_RE = re.compile(r"(?:保证|确保|力争|争取|承诺|必须|务必|要|需|需要|应|应当|能|能够|可|可以|将|会)(?:在|于)?$")


#: Prepositions whose phrase may stand between a span and its doing: 与…展开合作, 从…到…, 以…, 被…, 经过….
_PHRASE_PREPOSITIONS = frozenset("与 同 跟 从 以 被 经过 向 对 在".split())


#: A period closed by 来 with its clause glued on, no comma: 3年来两校开展师资共培活动15场.
_GLUED_SINCE_RE = re.compile(r"^(?:以)?来(?!的|最|新高|新低|首次|看|说|讲)(?P<clause>[\u4e00-\u9fff“《][^，,。；]{3,})")


#: What closes a span that has passed before the next clause, whose gist it is the time of: 8年过去，…,
#: 10年过去了，…, 6年时间里，… (not 后: 一年后，赵冬冬又来到… dates the next clause).
_SPAN_PASSED_RE = re.compile(r"^(?:过去了?|(?:的)?(?:时间|时光|工夫|功夫)?里)$")


def _span_gist(after: str, following: str) -> str:
    """A span of time opening its sentence, 仅半年时间, 短短半年时间, 半天工夫, whose next clause has no doing
    the rules of a time name: the gist of that clause, ``半天工夫，原本杂乱的家里焕然一新`` → 杂乱的家里焕然一新
    (what happened over it, not empty); nothing after 后, which dates the next clause."""
    if re.search(r"后$", after.strip(_QUOTES)):
        return ""
    return _period_gist(following, doing=True)


#: A doing so far: 已, 已有, 已经, 至今已有 closing the clause before a span (赵增权从事井下作业已29年).
_SO_FAR_RE = re.compile(r"(?:至今|迄今|到现在|到如今)?(?:已经有|已经|已有|已)$")
#: Words that open no doing's subject: the clause from them on is a phrase of time or place.
_BEGUN_RE = re.compile(r"(?:开始|起)(?=[\u4e00-\u9fff])")


def _doing_so_far(before: str, head: str) -> str:
    """A doing closed by 已/已有/已经 before a span: the span is how long it has gone on, named by the
    doing with its object and its subject when they are short, ``赵增权从事井下作业已29年`` → 赵增权从事井下作业,
    ``小伙桑杰卡来到龙树画苑已9年`` → 来到龙树画苑; with nothing before 已 but 至今, the doing begun in the
    clause before, ``从2015年开始义务修鞋，至今已有10年`` → 义务修鞋. Nothing without a verb (他家已有50年)."""
    stripped = before.rstrip(_QUOTES)
    m = _SO_FAR_RE.search(stripped)
    if not m:
        return ""
    clause = re.sub(r"(?:至今|迄今)$", "", stripped[: m.start()]).strip(_QUOTES)  # 换用集采药品至今，已经有…
    if not clause:
        clause = re.sub(r"(?:至今|迄今)$", "", _last_clause(head)).strip(_QUOTES)
        begun = list(_BEGUN_RE.finditer(clause))
        if begun:
            return _gist_words(_tokens(clause[begun[-1].end() :][:12]), 8)  # 开始义务修鞋: what was begun
    toks = _tokens(clause[-24:])
    tab = _tagger()[0]
    start = 0
    for k, (w, t) in enumerate(toks):
        if t == "x":
            start = k + 1
            continue
        if (t.startswith("v") or tab.get(w, "").startswith("v")) and w not in ("是", "有"):
            break
    else:
        return ""
    w = toks[k][0]
    went = w in ("到", "来", "去") and k + 1 < len(toks) and _nounish(toks[k + 1][1])  # 到桥南农贸市场: a stay
    if not went and (w in _LINKS or w in _NEVER or w in _NOT_DOING or w in _SAYING or w in _STATES):
        return ""
    if w in _LIGHT_VERBS:
        return ""
    doing = _gist_words(toks[k:], _GIST_CHARS)
    if len(doing) < 2 or doing == w and len(w) < 2:
        return ""
    subject = "".join(x for x, t in toks[start:k] if _nounish(t) or t == "nr")
    whole = "".join(x for x, _ in toks[start:k])
    if subject and subject == whole and len(subject) + len(doing) <= _GIST_CHARS:
        return subject + doing  # 赵增权从事井下作业: the subject is all before the doing
    return doing + "时间" if len(doing) <= 2 else doing


def _gist_words(toks: list[tuple[str, str]], most: int) -> str:
    """The words of a doing from its verb on, up to a number or a mark or a preposition, cut at words
    to at most ``most`` characters."""
    out = ""
    for w, t in toks:
        if t in ("x", "m", "p", "ul") or len(out) + len(w) > most:
            break
        out += w
    return out.strip("“”《》")


def _idiom_done(before: str) -> str:
    """A doing of four characters (an idiom to jieba) with 了 right before a span: the time of the doing,
    ``朝夕相处了几十年`` → 朝夕相处时间 (the verb rules take verbs only)."""
    toks = _tokens(before.rstrip(_QUOTES)[-10:])
    if len(toks) < 2 or toks[-1][0] != "了":
        return ""
    w, t = toks[-2]
    if len(w) != 4 or t not in ("i", "l") or w in _NEVER or w in _EFFORTS:
        return ""
    return w + "时间"
