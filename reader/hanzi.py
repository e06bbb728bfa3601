"""Folding traditional characters to simplified, one for one.

The page readers (ingest rules, the figure finder) match simplified words;
a page printed in traditional characters (澳門日報, 香港 papers) is read
through a folded copy, and whatever they find is shown in the page's own
script. Only the characters those readers look for are folded, so this is a
small table, not a converter (search and display never use it).
"""

from __future__ import annotations

# Traditional → simplified for the words the rules look for (報 記者 攝 圖 …,
# 萬 億 個 兩 歲 for figures) and common surnames, one character for one, so
# offsets stay put. The page is shown as printed; only the rules read the
# folded copy.
_TRAD = (
    "報报記记訊讯電电攝摄圖图評评論论員员實实習习輯辑編编據据來来綜综國国際际華华訪访導导讀读閱阅責责設设計计製制劃划畫画"
    "數数資资發发題题專专欄栏週周農农曆历臘腊閏闰頁页號号聞闻線线網网臺台視视覺觉東东時时間间點点節节選选錄录轉转載载應应"
    "約约駐驻強强調调說说認认為为會会見见確确勵励個个們们與与對对從从將将並并於于還还過过後后裡里裏里門门區区縣县鄉乡鎮镇"
    "廳厅學学協协組组辦办條条張张陳陈劉刘楊杨黃黄趙赵吳吴孫孙馬马鄭郑韓韩馮冯鄧邓許许蔣蒋蘇苏羅罗盧卢錢钱譚谭陸陆賈贾龍龙"
    "葉叶鍾钟顧顾鄒邹嚴严賴赖謝谢溫温湯汤萬万聶聂龔龚鄺邝麥麦關关莊庄鮑鲍閻阎蕭萧鄔邬衛卫單单範范謀谋齊齐魯鲁喬乔賀贺"
    "彭彭鄺邝傅傅雲云豐丰倫伦滬沪門门億亿萬万兩两幣币價价漲涨產产業业務务區区員员這这個个間间開开關关進进無无"
    "長长書书記记風风飛飞體体灣湾門门車车軍军陽阳廣广邊边經经濟济衝冲擊击際际職职務务環环訂订話话語语詞词"
    "歲岁點点約约過过時时場场輛辆臺台噸吨貨货噸吨檯台隻只條条張张項项級级滿满餘余幾几數数"
)
_FOLD = str.maketrans(_TRAD[0::2], _TRAD[1::2])


def fold(t: str) -> str:
    """A copy of ``t`` with the traditional characters the rules know folded to simplified."""
    return t.translate(_FOLD)
