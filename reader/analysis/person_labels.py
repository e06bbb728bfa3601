"""Who a person is, for an age or a count of people: the name an age is labelled with.

An age labels the person it is of, as a reader would head a table column with the names
(人民日报 2023: ``81岁的张大力享受了老人折扣价`` → 张大力, ``达娃今年38岁`` → 达娃):

* :func:`_age_name`, a name right beside the age, which jieba cuts apart (张|大力) or calls a verb;
* :func:`_last_person`, the last person a text names (jieba's nr tags, a surname and a given name it
  cut off, :func:`_split_name`, or a surname and a word of kin, 陈爷爷), and
  :func:`_person_further_back`, the same however far back in the paragraph, for a 他 or 她 with an age
  (``…他是家族第十一代传承人。今年40岁的他…``);
* :func:`_died_subject`, who died, before 享年 (``这位了不起的母亲于2004年去世，享年106岁`` → 母亲);
* :func:`_first_person`, whom a 我 with an age stands for (``我叫肖家新…很难看出我64岁了吧`` → 肖家新).

It also holds what the label modules above it share about people and text: the units that count
people (``_PEOPLE_UNITS``). The rules of :mod:`reader.analysis.figure_labels` decide *when* a
figure is a person (an age, a count of people with no noun after it) and call these;
:mod:`reader.analysis.paragraph_labels` names a score's player with :func:`_last_person`. Both import
this module and it imports neither: it stands on the phrase cutting of
:mod:`reader.analysis.label_phrases` (words and tags, the noun after a figure) alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.label_phrases import (
    _PERSONS,
    _QUOTES,
    CLAUSE_SEP,
    _nounish,
    _tagger,
    _tokens,
    after_label,
    subject_label,
)
from reader.ingest.people import is_surname


_PEOPLE_UNITS = {"人": "人数", "名": "人数", "位": "人数", "人次": "人次"}  # (also the people units of _same_count)


#: Nouns of a group of people: a word jieba tags a name that ends in one is a group, no one person (人民日报 2023:
#: ``40余名武警官兵组成先头救援力量`` → 武警官兵, was empty as if a name; 全校师生, 农村居民). Not a title after a
#: surname (刘老师, 李医生), which is one person.
_GROUPS = tuple("官兵 师生 居民 村民 农民 工人 学生 人员 群众 干部 职工 员工 党员 队员 民警 战士 代表 教师".split())


def _name_before_verb(name: str, following: str) -> str:
    """A three-character name whose last character and the next word's first make a verb ends before it
    (人民日报 2023: ``王振出|生于江苏苏州`` → 王振, was the fragment 王振出; jieba glued 出 of 出生 to the name)."""
    if len(name) == 3 and following and _tagger()[0].get(name[-1] + following[0], "").startswith("v"):
        return name[:-1]
    return name


@lru_cache(maxsize=2048)
def _last_person(text: str) -> str:
    """The last person's name in ``text`` (jieba's nr tags, or a surname and one or two more characters
    it left unknown), or ""."""
    toks = _tokens(text[-40:])
    for k in range(len(toks) - 1, -1, -1):
        w, t = toks[k]
        if k + 1 < len(toks) and toks[k + 1][0] in _PLACE_HEADS:
            continue  # 文圣|街道: a place's name, not a person's
        if t.startswith("nr") and 2 <= len(w) <= 4 and (is_surname(w[0]) or "·" in w) and not w.endswith(_GROUPS):
            return _name_before_verb(w, toks[k + 1][0] if k + 1 < len(toks) else "")
        if len(w) == 1 and is_surname(w) and k + 1 < len(toks) and toks[k + 1][0] in _KIN:
            return w + toks[k + 1][0]  # 陈|爷爷: a surname and a word of kin or respect name one person
        if _split_name(toks, k):
            return w + toks[k + 1][0]
    return ""


def _died_subject(sentence_head: str) -> str:
    """Who died, in the clause before 享年 when it names no person by name (新华社 2025: ``这位了不起的母亲于
    2004年去世，享年106岁`` → 母亲): the last run of nouns before the clause's first preposition or verb."""
    clause = CLAUSE_SEP.split(sentence_head.rstrip("，,"))[-1]
    run: list[str] = []
    for w, t in _tokens(clause):
        if t.startswith(("p", "v")) or w in ("因病", "因", "于"):
            if run:
                break
            continue  # 这位了不起的母亲: a verb that only describes the one after it
        run = [*run, w] if _nounish(t) and not t.startswith("nr") else ([] if w != "的" else run[:0])
    phrase = "".join(run)
    return phrase if 2 <= len(phrase) <= 10 else ""


def _person_further_back(text: str) -> str:
    """The last person named in the paragraph before a sentence whose 他 or 她 has an age, however far
    back (人民日报 2023: ``…他是家族第十一代传承人。今年40岁的他，获得了…``, the name a few sentences
    earlier): :func:`_last_person` over windows of the text from its end, each overlapping the next."""
    named = next((n for end in range(len(text), 0, -30) if (n := _last_person(text[max(0, end - 40) : end]))), "")
    dotted = _last_dotted(text)
    return dotted if dotted and text.rfind(dotted) > (text.rfind(named) if named else -1) else named


#: A foreign name printed with its dot anywhere in a text (薩拉 · 西登斯), for the last part said alone later.
_DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,5}\s*[·•・]\s*(?P<rest>[\u4e00-\u9fff]{2,8})")


def _last_dotted(text: str) -> str:
    """The last part of a foreign name the text prints with its dot, said last (澳門日報 2026: ``薩拉 · 西登斯是
    …演員，當年以演繹…麥克白夫人而聞名。…事業上，西登斯憑藉美貌與演技…。…她十八歲嫁給…`` → 西登斯, the one a 她
    stands for; was 麥克白, the role, which jieba tags a name where 西登斯 is a noun), or ""."""
    parts = {_tokens(m.group("rest"))[0][0] for m in _DOTTED_NAME_RE.finditer(text)}
    return max((p for p in parts if len(p) >= 2), key=text.rfind, default="")


#: 我 whose age follows or precedes: 很难看出我64岁了吧, “…我已经70多岁了…”, 我40岁那年.
_I_BEFORE_RE = re.compile(r"(?<![自])我(?:今年|已经|已|都|也|才|刚|那年|当年|时)?$")
_I_AFTER_RE = re.compile(r"^的我")
#: Who 我 is: 我叫肖家新 (a first-person piece), or the speaker before an open quote (傅某说：“).
_I_NAMED_RE = re.compile(r"我(?:叫|名叫)(?P<name>[\u4e00-\u9fff]{2,3})[，。,、]")
_CALLED_RE = re.compile(r".(?:某某|某|女士|先生|老人)$")
_SPEAKER_RE = re.compile(r"(?P<who>[^，。；：“”]{2,12}?)(?:说|表示|介绍|回忆|笑道|感慨|告诉记者)[：:]“[^”]*$")


def _first_person(before: str, after: str, sentence_head: str, paragraph_head: str) -> str:
    """The person a 我 with an age stands for (人民日报 2017: ``我叫肖家新，是个农民。照片上，很难看出我64岁
    了吧`` → 肖家新): one who names himself with 我叫 earlier in the paragraph, or the speaker named
    right before the quote the age is in (``傅某说：“…我已经70多岁了``)."""
    if not (_I_BEFORE_RE.search(before) or _I_AFTER_RE.match(after)):
        return ""
    head = paragraph_head + sentence_head + before
    speaker = _SPEAKER_RE.search(head)
    if speaker:
        who = speaker.group("who")
        called = _CALLED_RE.search(who)  # 傅某, 王女士: a surname and a word in place of the given name
        return called.group() if called and is_surname(called.group()[0]) else _last_person(who)
    named = list(_I_NAMED_RE.finditer(head))
    if named and is_surname(named[-1].group("name")[0]):
        return named[-1].group("name")  # (肖家|新: jieba cuts the name, the 我叫 before it says it is one)
    return ""


def _split_name(toks: list[tuple[str, str]], k: int) -> bool:
    """A surname jieba tags as a name (nr) alone, and the given name it cut off as a word of its own:
    ``庄|玉簪并非平阳本地人`` → 庄玉簪, ``由赵|庚辰来教`` → 赵庚辰 (whom a later 她, 他 stands for)."""
    w, t = toks[k]
    if len(w) != 1 or t != "nr" or not is_surname(w) or k + 1 >= len(toks):
        return False
    given, tag = toks[k + 1]
    return (
        1 <= len(given) <= 2
        and _nounish(tag)
        and given not in _KIN
        and given not in _PLACE_HEADS
        and (k + 2 >= len(toks) or toks[k + 2][0] not in _PLACE_HEADS)
    )


#: Words between a person and the age said of them: 达娃今年38岁, 王某已经80岁.
#: A foreign name with its dot (spaced as some papers print it): 芭芭拉 · 皮爾斯, 约翰·史密斯.
_FOREIGN_NAME_RE = re.compile(r"^(?P<first>[\u4e00-\u9fff]{2,5})\s*[·•・]\s*(?P<rest>[\u4e00-\u9fff]{2,8})")


def _foreign_name(text: str) -> str:
    """A foreign name opening ``text``, its dot closed up, the last part cut at jieba's first word: ``芭芭拉 · 皮爾斯
    結婚`` → 芭芭拉·皮爾斯 (澳門日報 2026: ``他與十八歲的芭芭拉 · 皮爾斯結婚`` was empty: jieba has 芭芭拉 z, no name)."""
    m = _FOREIGN_NAME_RE.match(text)
    if not m:
        return ""
    last = _tokens(m.group("rest"))[0][0]
    return m.group("first") + "·" + last if len(last) >= 2 else ""


_AGE_LINK_RE = re.compile(r"(?:今年|去年|当年|那年|时年|已经|已|都|才|刚|也|仅|只有|年仅|还不到|不到|不满)+$")


def _age_name(before: str, after: str) -> str:
    """A person's name right beside an age, which jieba cuts apart or calls a verb (人民日报 2023):
    ``81岁的张大力享受了老人折扣价`` → 张大力 (张|大力: a surname jieba tags a measure word, and its given
    name), ``76岁的孙大田每天都要…`` → 孙大田, ``达娃今年38岁`` → 达娃 (a short clause before 今年 that is
    only a name). Only when no noun phrase after the age names someone already."""
    if after.startswith("的") and not after_label(after):
        foreign = _foreign_name(after[1:])
        if foreign:
            return foreign
        toks = _tokens(after[1:12])
        if len(toks) >= 2:
            (w, _), (given, tag) = toks[0], toks[1]
            if (
                len(w) == 1
                and is_surname(w)
                and 1 <= len(given) <= 2
                and not tag.startswith(("v", "d", "p", "u", "r", "t", "m"))
                and given not in _PLACE_HEADS
            ):
                return w + given
        return ""
    bare = _AGE_LINK_RE.sub("", before.strip(_QUOTES))
    if (
        bare != before.strip(_QUOTES)
        and 2 <= len(bare) <= 4
        and re.fullmatch(r"[\u4e00-\u9fff·]+", bare)
        and bare not in _PERSONS
        and not subject_label(bare)
        and len(_tokens(bare)) == 1
    ):
        return bare
    return ""


#: Words of kin or respect that follow a surname as a person's name in news prose (陈爷爷, 厉奶奶, 王师傅).
_KIN = frozenset("爷爷 奶奶 大爷 大妈 大娘 大叔 大婶 大姐 大哥 阿姨 叔叔 婆婆 阿婆 老伯 大伯 伯伯 老汉 师傅".split())


#: Nouns that make the name before them a place's: 文圣街道, 登福社区.
_PLACE_HEADS = frozenset("街道 社区 小区 村 镇 乡 县 区 市 路 街 巷".split())
