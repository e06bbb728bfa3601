"""Who a person is, for an age or a count of people: the name an age is labelled with.

An age labels the person it is of, as a reader would head a table column with the names
(人民日报 2023: ``81岁的张大力享受了老人折扣价`` → 张大力, ``达娃今年38岁`` → 达娃):

* :func:`_age_name`, a name right beside the age, which jieba cuts apart (张|大力) or calls a verb;
* :func:`_last_person`, the last person a text names (jieba's nr tags, a surname and a given name it
  cut off, :func:`_split_name`, or a surname and a word of kin, 陈爷爷), and
  :func:`_person_further_back`, the same however far back in the paragraph, for a 他 or 她 with an age
  (``…他是家族第十一代传承人。今年40岁的他…``);
* :func:`_died_subject`, who died, before 享年 (``这位了不起的母亲于2004年去世，享年106岁`` → 母亲);
* :func:`_first_person`, whom a 我 with an age stands for (``我叫肖家新…很难看出我64岁了吧`` → 肖家新);
* what :func:`figure_labels.label` asks of an age before and after those: a 他 or 她 beside it
  (``_PRONOUN_RE``, ``_PRONOUN_END_RE``, :func:`_moment_then_pronoun`), an age at death (``_DIED_AT_RE``),
  a 高龄 to pass (:func:`_past_advanced_age`), an age as a limit (``_AGE_LIMIT_RE``), and the name it picked
  after the age mended (:func:`_whole_name`, :func:`_person_at_home`, :func:`_name_glued`,
  :func:`_name_then_doing`).

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


#: The name an obituary gives before 同志: 党委副书记滕藤同志，因病…逝世 (人民日报 2023; jieba knows few such names).
_COMRADE_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{3})同志|(?P<two>[\u4e00-\u9fff]{2})同志")


def _died_subject(sentence_head: str) -> str:
    """Who died, in the clause before 享年 when it names no person by name (新华社 2025: ``这位了不起的母亲于
    2004年去世，享年106岁`` → 母亲): the last run of nouns before the clause's first preposition or verb; in an
    obituary, the name before 同志 (``中国社会科学院原副院长、党委副书记滕藤同志，因病于…逝世`` → 滕藤)."""
    comrade = list(_COMRADE_RE.finditer(sentence_head))
    if comrade:
        m = comrade[-1]
        three = m.group("name") or ""
        two = three[1:] if three else m.group("two")
        title_end = m.start() > 0 and sentence_head[m.start() - 1] + three[:1] in _tagger()[0]
        # (党组书记何郝炬: most names have three characters; 主任谢华: 任 ends the title, no surname)
        return three if three and is_surname(three[0]) and not title_end else two
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
        if len(after) >= 3 and after[1] in "老小" and is_surname(after[2]):
            return after[1:3]  # 今年５８岁的老何从事蔬菜育种: 老何, a surname one is called by (人民日报 1998)
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


#: Characters that cannot go on a person's name: verbs of saying, particles, prepositions, adverbs.
_NOT_NAME_CHARS = frozenset("说笑哭称讲问答道在是也都就又还和与及对把被将给向从等的了着过说")


def _whole_name(noun: str, after: str) -> str:
    """A person's name jieba cut after its second character, the third glued to the next word: ``75岁的
    市民鲁善培挥了挥手上的球拍`` → 市民鲁善培 (鲁善|培挥), ``年近五十的张会全从监狱出来`` → 张会全 (张会|全|从)."""
    at = after.find(noun)
    if at < 0 or len(noun) < 2:
        return noun
    tab = _tagger()[0]
    name = _tokens(noun)[-1][0]
    rest = after[at + len(noun) :]
    if len(name) != 2 or name in tab or not is_surname(name[0]) or len(rest) < 2 or rest[0] in _NOT_NAME_CHARS:
        return noun
    toks = _tokens(rest[:8])
    glued = len(toks[0][0]) == 2 and toks[0][0] not in tab and toks[0][0][1] not in "了着过的"
    alone = len(toks[0][0]) == 1 and len(toks) > 1 and toks[1][1][:1] in "pvd" and toks[0][1][:1] in "an"
    return noun + rest[0] if glued or alone else noun


def _name_glued(noun: str) -> str:
    """A person's name (surname and two characters) that jieba glued to the verb or idiom after it ends
    there: ``25岁的市民曹惠颖聚精会神瞧了10多分钟`` → 市民曹惠颖, ``60岁的村民黄梅香听入了迷`` → 村民黄梅香
    (人民日报 2023). Only a name jieba tags as one (nr) after a role noun or opening the words, never a
    noun of the dictionary after it (宋春贤老人)."""
    toks = _tokens(noun)
    tab = _tagger()[0]
    for k, (w, t) in enumerate(toks):
        if not (t.startswith("nr") and is_surname(w[0]) and 2 <= len(w) <= 3 and "·" not in noun):
            continue
        if k and (not _nounish(toks[k - 1][1]) or len(toks[k - 1][0]) < 2):
            return noun  # (孔|向东…: a surname jieba left alone, not a role noun)
        head = "".join(x for x, _ in toks[:k])
        tail = "".join(x for x, _ in toks[k:])
        rest = tail[3:]
        if len(tail) <= 3 or is_surname(tail[:2]) or rest in _KIN:
            return noun
        first = _tokens(rest)[0][0]
        if tab.get(first, "").startswith("n") or tab.get(rest, "").startswith("n"):
            return noun  # (黄梅戏|演员王谦: a noun goes on after the three characters)
        return head + tail[:3]
    return noun


def _name_then_doing(noun: str) -> str:
    """A person's name (nr to jieba) that a verb or an idiom follows inside the words picked after an age ends
    there: the rest is what the person does (人民日报 2017: ``22岁的贝多芬离开故乡波恩前往维也纳`` → 贝多芬;
    人民日报 2023: ``31岁的孔向东“临危受命”`` → 孔向东)."""
    if len(noun) < 4:
        return noun  # (a name and a doing take four characters at least)
    toks = _tokens(noun)
    for k in range(len(toks) - 1):
        w, t = toks[k]
        if t.startswith("nr") and len(w) >= 2 and toks[k + 1][1] in ("v", "i", "l"):
            return "".join(x for x, _ in toks[: k + 1])
    return noun


def _person_at_home(noun: str) -> str:
    """A person's name and 家 (their home) after an age, one word to jieba: ``赶到79岁的刘满家`` → 刘满."""
    if 3 <= len(noun) <= 4 and noun.endswith("家") and is_surname(noun[0]) and noun not in _tagger()[0]:
        return noun[:-1]
    return noun


#: An age as a limit: 未满六十五岁, 未達六十五歲 (folded), 年满18周岁.
_AGE_LIMIT_RE = re.compile(r"(?:未满|未达|不满|年满|已满|满)$")


#: A pronoun after an age: 今年45岁的他.
_PRONOUN_RE = re.compile(r"^的?[他她](?!们|人|乡|国|处)")


#: A 他 or 她 whose age follows: 那时的她60多岁, 那会儿他已经80多岁了 (the person the sentence before names).
_PRONOUN_END_RE = re.compile(r"(?<![其吉])[他她](?:今年|已经|已|都|也|才|刚|那年|当年|时)?$")


#: An age that names a moment (十六岁那年, 7岁时), and a 他 or 她 the clause after opens with, perhaps after a
#: 的-phrase (还在上小学4年级的他).
_AGE_MOMENT_RE = re.compile(r"^(?:那年|那一年|时|的时候|那时)$")


_PRONOUN_OPENS_RE = re.compile(r"^(?:[^，。；：]{0,14}的)?[他她](?!们|人|乡|国|处)")


def _moment_then_pronoun(before: str, after: str, following: str) -> bool:
    """Whether an age opens its clause as a moment and the next clause's 他 or 她 is whose age it is (人民日报
    2023: ``十六岁那年，她的一幅绣品被人花一百六十八元买走`` → the 她, named in the sentence before, was empty;
    人民日报 2017: ``35岁那年，他被当局驱逐离开故乡`` → 但丁)."""
    return not before.strip(_QUOTES) and bool(_AGE_MOMENT_RE.match(after)) and bool(_PRONOUN_OPENS_RE.match(following))


#: An age at death: 享年87岁, 终年90岁 (the person named before).
_DIED_AT_RE = re.compile(r"(?:享年|终年)(?:约|近)?$")


#: 高龄 right after an age and before 的: "at the great age of", said of the person after 的, not a person.
_ADVANCED_AGE_RE = re.compile(r"^高龄(?=的)")


def _past_advanced_age(after: str) -> str:
    """The words after an age past a 高龄 that qualifies the age (人民日报 2017: ``大到78岁高龄的老奶奶都半蹲
    在地上`` → 老奶奶, not 高龄); ``90岁的高龄老人``, where 高龄 opens the noun after 的, is left as it is."""
    m = _ADVANCED_AGE_RE.match(after)
    return after[m.end() :] if m else after
