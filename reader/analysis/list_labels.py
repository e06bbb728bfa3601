"""Labels read from a list: the names a count closes, the items a total sums, the parts a whole is divided
into, and an item of a list of counts or amounts named by its own words.

A list in a news sentence is cut by 、 into clauses, so the rules of :mod:`reader.analysis.figure_labels`
see one item at a time; these read the list back from the sentence so far (``head``, ending with the 、
before the figure's clause):

* :func:`closed_list`: ``支持房山、门头沟、昌平三区`` → 房山、门头沟、昌平 (as many names as the count);
* :func:`summed_items`: ``赔偿李建国购车费、汽车修理费等共计２０１３６元`` → 购车费、汽车修理费等;
* :func:`parts_whole`: ``《条例》共分总则、职责、…、附则等８章４６条`` → 条例;
* :func:`_listed_item` and :func:`_listed_doing`: ``移动泵车18台、抢修保障车17辆`` → 抢修保障车,
  ``完成造林1259万亩、草原修复治理1326万亩`` → 草原修复治理.

It stands on the phrase cutting of :mod:`reader.analysis.label_phrases` alone and imports no module of
rules above it (the hygiene test keeps it so).
"""

from __future__ import annotations

import re

from reader.analysis.label_phrases import _LINKS, _MAX_CHARS, _nounish, _tokens, after_label, subject_label

#: Where a clause ends inside a sentence (a list's 、 is no end).
_LAST_CLAUSE_RE = re.compile(r"[，,；;：:]")


_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{3,8}")
#: The end of an item counted before a 、: 移动泵车18台、 (not 快递员、, a name listed before one count for all).
_COUNTED_ITEM_END_RE = re.compile(r"[0-9０-９][0-9０-９.．]*[多余]?[\u4e00-\u9fff]{1,2}、$")


def _listed_item(before: str, sentence_head: str) -> str:
    """An item of a list of counts (``A 18台、B 17辆``) whose name the subject rules pass over, jieba cutting
    it into verbs and a lone noun character (人民日报 2023: ``协调…移动泵车18台、抢修保障车17辆`` → 抢修保障车,
    抢修|保障|车): the whole words between the 、 and the count, when they end with a noun character."""
    if not _COUNTED_ITEM_END_RE.search(sentence_head) or not _ITEM_RE.fullmatch(before):
        return ""
    toks = _tokens(before)
    return before if toks[-1][1] in ("zg", "n", "k") and len(toks[-1][0]) == 1 else ""


def _listed_doing(before: str, sentence_head: str, previous: str) -> str:
    """An item of a list of amounts named by a doing, like the item before it (人民日报 2023: ``完成造林1259万亩、
    草原修复治理1326万亩、退耕还林254.4万亩`` → 草原修复治理, 退耕还林; were the 造林 before, carried on): the whole
    words between the 、 and the amount, when the item before was named by its own words the same way."""
    if not previous or not _COUNTED_ITEM_END_RE.search(sentence_head) or not _ITEM_RE.fullmatch(before):
        return ""
    last = re.split(r"[、，,；;：:]", sentence_head[:-1])[-1]
    if not re.match(r"[\u4e00-\u9fff]*" + re.escape(previous) + r"[0-9０-９]", last):
        return ""  # (the item before was named otherwise: its label is no name of this one's kind)
    toks = _tokens(before)
    if any(w in _LINKS or t in ("r", "p", "m") for w, t in toks):
        return ""
    return before


#: A name in a list closed by its count: 房山、门头沟、昌平三区, 豫、鲁、皖三省.
_LIST_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def closed_list(head: str, before: str, value: float) -> str:
    """The names of a list its count closes, when there are as many as it counts (人民日报 2023: ``支持房山、门头沟、
    昌平三区`` → 房山、门头沟、昌平, was 昌平, the last alone; ``豫、鲁、皖三省``): ``head`` is the sentence up to the
    count's clause (ending with 、), ``before`` the clause up to the count; "" for anything else."""
    if not head.endswith("、") or not _LIST_NAME_RE.fullmatch(before):
        return ""
    tail = _LAST_CLAUSE_RE.split(head)[-1]
    if re.search(r"[0-9０-９]", tail):
        return ""  # (国家标准1项、行业标准2项: counts listed, no names)
    items = (tail + before.removesuffix("这")).split("、")
    items[0] = _head_noun(items[0], 4)  # (支持房山 → 房山; 会说中 is no name: nothing)
    listed = "、".join(items)
    if len(items) != value or not all(_LIST_NAME_RE.fullmatch(i) for i in items) or len(listed) > _MAX_CHARS:
        return ""
    if any(_tokens(i)[0][1] in ("r", "p", "c", "v") for i in items):
        return ""  # (但陈雨菲, 我与夏衍: a list that opens with a word of the clause, not a name)
    return listed


def _head_noun(phrase: str, most: int = 5) -> str:
    """The last nouns of a phrase, at most ``most`` characters, no name among them (李建国购车费 → 购车费)."""
    picked = ""
    for w, t in reversed(_tokens(phrase) if phrase else []):
        if not _nounish(t) or t.startswith("nr") or len(picked) + len(w) > most:
            break
        picked = w + picked
    return picked


#: A whole, then the parts it is divided into, listed: 《条例》共分总则、职责、…、附则等８章.
_PARTS_LISTED_RE = re.compile(r"(?P<s>[^，。；、]{1,12}?)(?:共分为|共分|分为|包括|包含|设有)[^，。；]*$")
#: Two items and 等 before a total: 购车费、汽车修理费等共计２０１３６元.
_SUMMED_LIST_RE = re.compile(r"(?P<a>[^，。；、]{1,12})、(?P<b>[^，。；、等]{1,8})等(?:共计|合计|总计|共|计)$")


def parts_whole(before: str, after: str, head: str) -> str:
    """The whole a list of parts belongs to, when a count closes the list with 等 and no noun after the count
    says what is counted (人民日报 1998: ``《条例》共分总则、职责、…、附则等８章４６条`` → 条例); ""."""
    if not before.endswith("等") or not head.endswith("、") or after_label(after):
        return ""
    parts = _PARTS_LISTED_RE.search(head)
    return subject_label(parts.group("s").strip("《》“”")) if parts else ""


def summed_items(before: str, head: str) -> str:
    """The two items a total sums, when 等 and 共计 close them (人民日报 1998: ``赔偿李建国购车费、汽车修理费等共计
    ２０１３６元`` → 购车费、汽车修理费等, was 汽车修理费, the last alone); ""."""
    summed = _SUMMED_LIST_RE.search(_LAST_CLAUSE_RE.split(head)[-1] + before) if head.endswith("、") else None
    if not summed:
        return ""
    first, second = _head_noun(subject_label(summed.group("a"))), subject_label(summed.group("b"))
    if first and second and summed.group("a").endswith(first) and len(first) + len(second) + 2 <= _MAX_CHARS:
        return f"{first}、{second}等"
    return ""
