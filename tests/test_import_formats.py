"""Pages as users have them: encodings, line ends, indents, saved e-paper HTML,
dates and page numbers printed on the page or in its file name, and the order
of undated editions."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.errors import InputError
from reader.importer import build_edition, read_page


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch):
    for var in ("READER_STATE_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.delenv("READER_CONTENT", raising=False)


PAGE = "山西太原小店区一高层建筑着火\n\n记者 徐盈盈\n\n今天上午，一栋高层建筑着火。消防员很快赶到现场。\n\n第二个标题\n\n本报讯 通讯员李四报道：第二段正文。\n"


def _articles(path: Path) -> list[tuple[str, list[str]]]:
    ed = build_edition(read_page(path), analyze=False)
    return [(a.headline, a.paragraphs) for a in ed.articles]


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),  # with its BOM
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: s.encode("gb18030"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),  # CRLF
        lambda s: s.replace("\n\n", "\n").encode("utf-8"),  # no blank lines
        lambda s: "\n".join(
            "\u3000\u3000" + ln if ln.startswith(("今天", "本报讯")) else ln for ln in s.split("\n")
        ).encode("utf-8"),  # full-width indents
        lambda s: s.replace("记者 徐盈盈", "记者\u00a0徐盈盈").encode("utf-8"),  # NBSP
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "gb18030", "crlf", "no-blank-lines", "fullwidth-indent", "nbsp"],
)
def test_every_format_reads_the_same(tmp_path, encode):
    plain = tmp_path / "plain.txt"
    plain.write_bytes(PAGE.encode("utf-8"))
    page = tmp_path / "page.txt"
    page.write_bytes(encode(PAGE))
    assert _articles(page) == _articles(plain)
    assert [h for h, _ in _articles(page)] == ["山西太原小店区一高层建筑着火", "第二个标题"]


def test_undecodable_page_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(InputError) as e:
        read_page(bad)
    assert "not UTF-8" in str(e.value) and "\n" not in str(e.value) and "iconv" in str(e.value)


FOUNDER_HTML = """<div id="scroller">
  <div class="caption">
    <p id="nowLayout" class="hide">02</p>
    <font id="intro-title">全国碳市场和碳金融中心建设蹄疾步稳</font>
    <font id="main-title">中碳登喜迎首批“碳客”</font>
    <font id="sub-title"></font>
    <font id="author">2023年02月11日</font>
  </div>
  <div class="content" id="content"><founder-content>
    <p>    湖北日报全媒记者 左晨</p>
    <p>    2月7日，中碳登大厦3楼登记结算大厅内，工作人员为用户提供咨询服务。</p>
    <p>    新增200多家重点排放企业</p>
    <p>    &nbsp;全国碳市场第二个履约周期启动，<b>新增</b>200多家重点排放企业。</p>
  </founder-content></div>
  <script>var x = "<p>not text</p>";</script>
</div>"""  # the markup of 湖北日报's 2023 e-paper article pages, text cut short


def test_saved_founder_epaper_html(tmp_path):
    f = tmp_path / "content_211255.html"
    f.write_text(FOUNDER_HTML, encoding="utf-8")
    page = read_page(f)
    assert page.hints is not None and "HTML" in page.encoding
    ed = build_edition(page, analyze=False)
    (a,) = ed.articles
    assert (a.kicker, a.headline) == ("全国碳市场和碳金融中心建设蹄疾步稳", "中碳登喜迎首批“碳客”")
    assert a.byline.reporters == ["左晨"]
    assert ed.date == "2023-02-11" and ed.page == "02"
    assert a.crossheads and a.paragraphs[a.crossheads[0]] == "新增200多家重点排放企业"
    assert "not text" not in json.dumps(ed.to_json(), ensure_ascii=False)
    assert a.paragraphs[-1] == "全国碳市场第二个履约周期启动，新增200多家重点排放企业。"


RMRB_HTML = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>人民日报</title></head><body>
<div class="nav"><a href="#">上一版</a><a href="#">下一版</a></div>
<div class="article">
<h3>王勇在危化品安全综治专题会上强调</h3>
<h1>促进安全生产形势持续稳定好转</h1>
<h2></h2>
<div id="ozoom"><founder-content>
<p>　　新华社北京3月24日电　国务院安委会24日召开会议。</p>
</founder-content></div></div></body></html>"""  # the markup of paper.people.com.cn article pages


def test_saved_peoples_daily_html_in_gbk(tmp_path):
    f = tmp_path / "nw.D110000renmrb_20170325_4-03.htm"
    f.write_bytes(RMRB_HTML.encode("gb18030"))
    ed = build_edition(read_page(f), analyze=False)
    (a,) = ed.articles
    assert (a.kicker, a.headline) == ("王勇在危化品安全综治专题会上强调", "促进安全生产形势持续稳定好转")
    assert a.dateline == "新华社北京3月24日电"
    assert "下一版" not in json.dumps(ed.to_json(), ensure_ascii=False)  # navigation is dropped
    assert ed.date == "2017-03-25" and ed.page == "03"  # from the file name, as nothing on the page says


def test_date_and_page_printed_on_the_page(tmp_path, capsys):
    f = tmp_path / "page.txt"
    f.write_text("第08版：要闻\n\n2024年11月15日 星期五\n\n" + PAGE, encoding="utf-8")
    ed = build_edition(read_page(f), analyze=False)
    assert (ed.date, ed.page, ed.page_name) == ("2024-11-15", "08", "要闻")
    assert ed.page_lines == ["第08版：要闻", "2024年11月15日 星期五"]
    assert ed.id.startswith("2024-11-15-")
    assert [a.headline for a in ed.articles] == ["山西太原小店区一高层建筑着火", "第二个标题"]
    # --date wins over what the page prints
    assert main(["import", str(f), "--date", "2024-11-16", "--dry-run", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["edition"]["date"] == "2024-11-16"


def test_date_from_the_file_name(tmp_path, capsys):
    f = tmp_path / "20240115-08.txt"
    f.write_text(PAGE, encoding="utf-8")
    assert main(["import", str(f), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "-> 2024-01-15-" in out and "date 2024-01-15 in the file name" in out


def test_undated_editions_sort_by_import_time_newest_first(tmp_path, capsys):
    c = tmp_path / "c"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("第一期的标题\n\n正文一。\n", encoding="utf-8")
    second.write_text("第二期的标题\n\n正文二。\n", encoding="utf-8")
    assert main(["import", str(second), "--content", str(c)]) == 0
    time.sleep(0.01)
    assert main(["import", str(first), "--content", str(c)]) == 0
    capsys.readouterr()
    assert main(["export", "--content", str(c), "--format", "json"]) == 0  # the newest edition
    assert json.loads(capsys.readouterr().out)["edition"]["title"] == "第一期的标题"
    # re-importing the older page makes it the newest again
    os.utime(next((c / "editions").glob("*.toml")), (1, 1))
    assert main(["import", str(second), "--content", str(c)]) == 0
    capsys.readouterr()
    assert main(["export", "--content", str(c), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["edition"]["title"] == "第二期的标题"


def test_folder_import_takes_html_too(tmp_path, capsys):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a.txt").write_text(PAGE, encoding="utf-8")
    (d / "b.html").write_text(FOUNDER_HTML, encoding="utf-8")
    (d / "notes.md").write_text("# not a page", encoding="utf-8")
    assert main(["import", str(d), "--dry-run", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "a.txt" in out and "b.html" in out and "notes.md" not in out
