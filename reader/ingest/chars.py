"""Character classes the page rules share (stdlib only)."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Whitespace a page uses for layout: ASCII, ideographic space, no-break spaces.
WS = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"
MARKS = "□■◎●○◆◇★☆◉▌▍▎┃｜|"  # what papers put before a byline, a crosshead, a column tag
PHOTO_MARKS = "▲△▼▽↑↓←→"  # what points at a picture
# A line ends a sentence when its last character is one of these ...
FINAL = set("。！？!?…；;")
# ... or one of these closers (a quotation or bracket that itself closes a sentence).
CLOSE = set("”’」』）)\"'》】〕]")
# A title never ends with these: the text goes on.
CONT_END = set("，,、（(“‘《【〔[—–-·/")
# A fragment broken by the layout often ends with a function word ...
FUNC_END = set("的和与及在对把被为从向将是或并而但且之以于等")
# ... and the text after a break may start with a particle or closing punctuation.
PARTICLE_START = set("的了地得着过们吗呢吧啊")
PUNCT_START = set("，,。、：:；;！？!?）)”’」』》】〕…")
DASHES = "—―─━－~～\\-"

_WORD = re.compile(rf"[{CJK}A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def has_word(t: str) -> bool:
    return _WORD.search(t) is not None


def ends_sentence(t: str) -> bool:
    """The text ends a sentence: 。！？…；, a closing quote/bracket, or a full stop."""
    t = t.rstrip(WS)
    if not t:
        return True
    c = t[-1]
    if c in FINAL or c in CLOSE:
        return True
    return c in ".．" and not (len(t) > 1 and t[-2].isdigit())


def strip_ws(t: str) -> str:
    return t.strip(WS)


# Traditional → simplified for the words the rules look for (報 記者 攝 圖 …)
# and common surnames, one character for one, so offsets stay put. The page
# is shown as printed; only the rules read the folded copy (``fold``).
_TRAD = (
    "報报記记訊讯電电攝摄圖图評评論论員员實实習习輯辑編编據据來来綜综國国際际華华訪访導导讀读閱阅責责設设計计製制劃划畫画"
    "數数資资發发題题專专欄栏週周農农曆历臘腊閏闰頁页號号聞闻線线網网臺台視视覺觉東东時时間间點点節节選选錄录轉转載载應应"
    "約约駐驻強强調调說说認认為为會会見见確确勵励個个們们與与對对從从將将並并於于還还過过後后裡里裏里門门區区縣县鄉乡鎮镇"
    "廳厅學学協协組组辦办條条張张陳陈劉刘楊杨黃黄趙赵吳吴孫孙馬马鄭郑韓韩馮冯鄧邓許许蔣蒋蘇苏羅罗盧卢錢钱譚谭陸陆賈贾龍龙"
    "葉叶鍾钟顧顾鄒邹嚴严賴赖謝谢溫温湯汤萬万聶聂龔龚鄺邝麥麦關关莊庄鮑鲍閻阎蕭萧鄔邬衛卫單单範范謀谋齊齐魯鲁喬乔賀贺"
    "彭彭鄺邝傅傅雲云豐丰倫伦滬沪門门億亿萬万兩两幣币價价漲涨產产業业務务區区員员這这個个間间開开關关進进無无"
    "長长書书記记風风飛飞體体灣湾門门車车軍军陽阳廣广邊边經经濟济衝冲擊击際际職职務务環环訂订話话語语詞词"
)
_FOLD = str.maketrans(_TRAD[0::2], _TRAD[1::2])


def fold(t: str) -> str:
    """A copy of ``t`` with the traditional characters the rules know folded to simplified."""
    return t.translate(_FOLD)
