"""`reader analyze` for scripting and evaluation: one article, or many as JSON lines."""

from __future__ import annotations

import io
import json
import sys

from conftest import on_a_terminal
from reader.analysis.run import analyze_article
from reader.cli import main
from reader.model import Article

ARTICLE = "园区今年投入5000万元，支持86家高新技术企业。\n\n全年货运量达5800万吨，同比增长12%。\n"


def _run(capsys, monkeypatch, argv, stdin: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_one_article_from_stdin_with_a_headline(capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, ["analyze", "--headline", "园区投入5000万元"], ARTICLE.encode())
    doc = json.loads(out)
    assert code == 0
    assert [f["text"] for f in doc["figures"]][:2] == ["5000万元", "86家"]
    assert doc["summary"] and doc["keywords"]


def test_gb18030_input_is_decoded(capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, ["analyze"], ARTICLE.encode("gb18030"))
    assert code == 0 and json.loads(out)["figures"][0]["value"] == 50000000


def test_jsonl_keeps_order_and_reports_bad_lines_by_id(capsys, monkeypatch):
    lines = [
        json.dumps({"id": "a", "headline": "园区", "text": ARTICLE}, ensure_ascii=False),
        "this is not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "全县新建了两座变电站。"}, ensure_ascii=False),
    ]
    code, out, err = _run(capsys, monkeypatch, ["analyze", "--jsonl", "--jobs", "1"], "\n".join(lines).encode())
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c", "d"]
    assert "figures" in rows[0] and "error" in rows[1] and "error" in rows[2] and rows[3]["figures"]
    assert code == 1 and "2 of 4 line(s)" in err


def test_jsonl_in_worker_processes_gives_the_same_lines(capsys, monkeypatch):
    lines = [json.dumps({"id": i, "text": ARTICLE}, ensure_ascii=False) for i in range(12)]
    _, one, _ = _run(capsys, monkeypatch, ["analyze", "--jsonl", "--jobs", "1"], "\n".join(lines).encode())
    _, two, _ = _run(capsys, monkeypatch, ["analyze", "--jsonl", "--jobs", "2"], "\n".join(lines).encode())
    assert one == two and len(one.splitlines()) == 12


def test_on_a_terminal_it_says_it_is_reading_stdin():
    # a pseudo-terminal as stdin, closed at once: the message shows, then "no text"
    out = on_a_terminal(["analyze"], send=b"\x04")
    assert b"reading the article from standard input" in out


def test_crossheads_are_not_summarised():
    a = Article(
        id="x",
        headline="园区发展",
        paragraphs=[
            "园区今年投入5000万元，支持86家高新技术企业，成为全省领先的创新高地。",
            "一、坚持创新驱动发展战略不动摇",
            "园区年货运量达5800万吨，同比增长12%，物流平台服务4000家客户。",
        ],
        crossheads=[1],
    )
    analyze_article(a)
    assert a.summary and all("坚持创新驱动" not in s for s in a.summary)
