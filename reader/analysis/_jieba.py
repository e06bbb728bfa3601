"""Lazy, quiet access to jieba.

jieba costs about a second and 60-190 MB to load its dictionary and logs
"Building prefix dict ..." to stderr. Everything in ``reader`` that wants it
goes through :func:`get`, which imports it on first use with its logger
silenced, and initialises the dictionary once.
"""

from __future__ import annotations

import logging
import threading
from types import ModuleType

_lock = threading.Lock()

#: Nouns of measurement that news prints often and jieba splits (通话|时|长).
NEWS_WORDS = (
    "时长",
    "用时",
    "工期",
    "营收",
    "净利",
    "日均",
    "客流量",
    "车流量",
    "吞吐量",
    "装机容量",
    "发电量",
    "用电量",
    "降水量",
    "雨量",
    "成交额",
    "交易额",
    "销售额",
    "营业额",
    "出口额",
    "进口额",
    "进出口额",
    "合同额",
    "投资额",
    "增速",
    "涨幅",
    "跌幅",
    "降幅",
    "增幅",
    "占比",
    "市值",
    "票房",
    "播放量",
    "阅读量",
    "点击量",
    "订单量",
)
_jieba: ModuleType | None = None


def get() -> ModuleType:
    """Return the initialised ``jieba`` module (imported on first call)."""
    global _jieba
    if _jieba is not None:
        return _jieba
    with _lock:
        if _jieba is None:
            import jieba  # noqa: PLC0415 - deliberately lazy

            jieba.setLogLevel(logging.ERROR)
            logging.getLogger("jieba").setLevel(logging.ERROR)
            jieba.initialize()
            for word in NEWS_WORDS:  # measures news reports that jieba's dictionary cuts apart
                jieba.add_word(word, freq=jieba.suggest_freq(word, tune=False), tag="n")
            _jieba = jieba
    return _jieba


def posseg() -> ModuleType:
    """``jieba.posseg``, with the tags of :data:`NEWS_WORDS` already in its table.

    jieba moves the tags of added words into ``posseg.dt.word_tag_tab`` only on
    the first posseg cut, so code that looks a tag up in that table would see
    占比 untagged before any cut and tagged after: labels that depended on
    which article came first. Loading them here makes every lookup the same."""
    get()
    import jieba.posseg  # noqa: PLC0415

    jieba.posseg.dt.makesure_userdict_loaded()
    return jieba.posseg


def analyse() -> ModuleType:
    get()
    import jieba.analyse  # noqa: PLC0415

    return jieba.analyse
