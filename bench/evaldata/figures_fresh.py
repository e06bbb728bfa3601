"""Fresh figure sets (6, 7): articles from four sources, rebuilt by program from fetched snapshots.

Sets 1–5 lived only beside the checkout (their text cannot be redistributed) and were lost with
the machine that held them. Set 6 is kept so that it survives: this script rebuilds the articles
byte for byte from public repositories (fetched with the tool library's ``fetch``), and the marks
and label verdicts are kept *stand-off* in ``bench/evaldata/set6/`` (offsets, the figure as
printed, value, unit, label; no paragraph text). Set 7 is drawn the same way after the rules
written on set 6's dev articles, from articles in neither set 6 nor the *reading pool* (3,037
unmarked articles of the same sources and the summary set, whose changed figures were read while
those rules were written); set 8 the same way from articles in none of sets 6, 7 and the pool,
after the rules written on the dev articles of sets 6 and 7.

    python bench/evaldata/figures_fresh.py candidates 6 ../figdata6/candidates.jsonl
    python bench/evaldata/figures_fresh.py pack 6 ../figdata6/marked.jsonl     # marks → repo
    python bench/evaldata/figures_fresh.py unpack 6 ../figdata6                 # repo → marked.jsonl
    python bench/evaldata/figures_fresh.py pool ../figpool.jsonl                # the reading pool

Sources (none used by sets 1–5, the census, the summary set or the page corpus):

* 人民日报 2023: ``slience-me/data_mining_wordcloud@a9bfb45`` ``data/YYYYMMDD/*.txt``, articles
  without an editor's box (the summary set took those) and not of 2023-08-05 or 09-09 (the page
  corpus took those);
* 人民日报 1998: PFR ``199801.zip`` in ``jacken3/BigDataHomeWork``, days other than 01-05, 01-13
  and 01-24 (the page corpus);
* 新华日报 2024-10-16 … 10-23: ``QiuQQ151/html2txt@990c497`` ``history/XHRB*.txt`` (the page
  corpus took 10-24);
* 澳門日報 2026-02-25 and 02-28 (traditional script): ``loukafai/AutoMacauNewsToRss`` ``rss.xml``
  at commits ``5b00595`` and ``720f5bb`` (the page corpus took 02-26 and 03-01).

Articles of 300–3,000 characters with at least six numerals (no schedules or tables), ten per source, sampled with a fixed
seed. Standard library only.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

MIRROR = Path(os.environ.get("READER_MIRROR", "/work/.mirror"))
HERE = Path(__file__).resolve().parent
SEEDS = {6: 20261205, 7: 20261206, 8: 20261207, 9: 20261208, 10: 20261209, 11: 20261210, 12: 20261211, 13: 20261212, 14: 20261213, 15: 20261214, 16: 20261215, 17: 20261216, 18: 20261217, 19: 20261218, 20: 20261219, 21: 20261220, 22: 20261221, 23: 20261222, 24: 20261223, 25: 20261224}
POOL_SEED = 7
PER_SOURCE = 10
NUM = re.compile(r"[0-9０-９]+|[一二两兩三四五六七八九十百千万萬亿億卅廿]+(?:[个個名家项項人元吨噸年天])")

RMRB2023 = ("slience-me+data_mining_wordcloud", "a9bfb45217901a07017650899c4d701cb2420d90")
PFR = ("jacken3+BigDataHomeWork", "1cf7f8f1505f569ec52061df351f1ef4b6af64c4")  # blob of 199801.zip
XHRB = ("QiuQQ151+html2txt", "990c497758a6c6e3ff804167f912b0e22115159d")
MACAO = ("loukafai+AutoMacauNewsToRss", ("5b00595", "720f5bb"))
SUMDATA = Path(os.environ.get("READER_SUMDATA", HERE.parents[2] / "sumdata" / "rmrb-2023h2-editorbox.jsonl"))


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(MIRROR / repo / "repo"), *args], capture_output=True, check=True).stdout


def usable(paras: list[str]) -> bool:
    n = sum(map(len, paras))
    listing = sum(len(p) < 15 for p in paras) > len(paras) / 2  # a schedule or table, not prose
    return 300 <= n <= 3000 and len(NUM.findall("".join(paras))) >= 6 and not listing


def rmrb2023() -> list[dict]:
    repo, commit = RMRB2023
    boxed = set()
    if SUMDATA.exists():
        boxed = {json.loads(line)["id"].removeprefix("rmrb-") for line in SUMDATA.open(encoding="utf-8")}
    out = []
    for line in git(repo, "ls-tree", "-r", commit, "data/").decode().splitlines():
        meta, path = line.split("\t", 1)
        name = path.rsplit("/", 1)[-1].removesuffix(".txt")
        if not path.endswith(".txt") or name in boxed or name[:8] in {"20230805", "20230909"}:
            continue
        out.append((path, meta.split()[2], name))
    docs = []
    for path, sha, name in out:
        lines = git(repo, "cat-file", "blob", sha).decode("utf-8").split("\n")
        if len(lines) < 4:
            continue
        paras = [p for p in (x.strip(" \t\r\u3000\xa0") for x in lines[3:]) if p]
        if any(p == "核心阅读" or "编者按" in p or re.match(r"^——\s*编\s*者", p) for p in paras[:15]):
            continue  # an editor's box: the summary set's kind of article
        d = name[:8]
        docs.append(
            {
                "id": f"rmrb2023-{name}",
                "paper": "人民日报",
                "date": f"{d[:4]}-{d[4:6]}-{d[6:]}",
                "headline": lines[1].strip(),
                "source": f"slience-me/data_mining_wordcloud@{commit}:{path}",
                "paragraphs": paras,
            }
        )
    return docs


_PFR_TOKEN = re.compile(r"\[?([^\s/\[\]]+)/[a-zA-Z]+\]?[a-zA-Z]*")


def rmrb1998() -> list[dict]:
    repo, blob = PFR
    z = zipfile.ZipFile(io.BytesIO(git(repo, "cat-file", "blob", blob)))
    name = next(n for n in z.namelist() if n.endswith(".txt"))
    raw = z.read(name)
    try:
        text = raw.decode("gbk")
    except UnicodeDecodeError:
        text = raw.decode("utf-8")
    arts: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        head, _, rest = line.partition("  ")
        pid = head.split("/")[0]  # YYYYMMDD-PP-AAA-NNN
        if pid[:8] in {"19980105", "19980113", "19980124"}:
            continue
        words = "".join(m.group(1) for m in _PFR_TOKEN.finditer(rest))
        arts.setdefault(pid.rsplit("-", 1)[0], []).append(words)
    docs = []
    for aid, paras in arts.items():
        d = aid[:8]
        docs.append(
            {
                "id": f"rmrb1998-{aid}",
                "paper": "人民日报",
                "date": f"{d[:4]}-{d[4:6]}-{d[6:]}",
                "headline": paras[0],
                "source": f"jacken3/BigDataHomeWork:199801.zip (blob {blob}) {aid}",
                "paragraphs": paras[1:],
            }
        )
    return docs


_XHRB_TITLE = re.compile(r"^\d+(?:<标题:(.*)>|Title:(.*))\s*$")
#: 新华日报 of 2024-10-15 (set 7): an earlier commit, an earlier layout (``0Title:…``)
XHRB_15 = ("82adfbebf21e22e1e15d9400ffd58ac42c43b8c8", "history/xhrb20241015.txt")
#: 新华日报 of 2024-10-14 (set 11): a day no set, pool or page corpus read, in the crawler's first commits
XHRB_14 = ("5448dd35e93077611d9fa203c8d6136f5aa35505", "temp/xhrb20241014.txt")


def xhrb(files: tuple[tuple[str, str], ...] = (), paper: str = "新华日报") -> list[dict]:
    repo, commit = XHRB
    files = files or tuple((commit, f"history/XHRB202410{day}.txt") for day in range(16, 24))
    prefix = "xhrb" if paper == "新华日报" else "nfrb"
    docs = []
    for commit, path in files:
        day = int(path[-6:-4])
        text = git(repo, "show", f"{commit}:{path}").decode("utf-8")
        cur = None
        n = 0
        for line in text.splitlines():
            m = _XHRB_TITLE.match(line)
            if m:
                n += 1
                cur = {
                    "id": f"{prefix}-202410{day}-{n:03d}",
                    "paper": paper,
                    "date": f"2024-10-{day}",
                    "headline": (m.group(1) or m.group(2)).strip(),
                    "source": f"QiuQQ151/html2txt@{commit}:{path} #{n}",
                    "paragraphs": [],
                }
                docs.append(cur)
                continue
            p = line.strip(" \t\r\u3000\xa0")
            if paper != "新华日报":  # (南方日报's file keeps the web page's entities and article links)
                p = html.unescape(p).replace("\xa0", " ")
                if p.startswith(("<end>", "https://")):
                    continue
            if cur is None or not p or p.startswith(("<图片", "□")):
                continue
            cur["paragraphs"].append(p)
    return docs


_ITEM = re.compile(r"<item>(.*?)</item>", re.S)
_P = re.compile(r"<p>(.*?)</p>", re.S)


def macao(commits: tuple[str, ...] = MACAO[1]) -> list[dict]:
    repo = MACAO[0]
    docs, seen = [], set()
    for commit in commits:
        xml = git(repo, "show", f"{commit}:rss.xml").decode("utf-8")
        for item in _ITEM.findall(xml):
            link = re.search(r"<link>(.*?)</link>", item).group(1)  # type: ignore[union-attr]
            if "2026-02/26" in link or "2026-03/01" in link or link in seen:
                continue
            seen.add(link)
            title = html.unescape(re.search(r"<title>(.*?)</title>", item, re.S).group(1)).strip()  # type: ignore[union-attr]
            body = re.search(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", item, re.S)
            if not body:
                continue
            paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in _P.findall(body.group(1))]
            paras = [p for p in paras if p]
            if title in paras:  # the title block (kicker, headline) repeats above the body
                paras = paras[paras.index(title) + 1 :]
            m = re.search(r"(\d{4})-(\d\d)/(\d\d)/content_(\d+)", link)
            docs.append(
                {
                    "id": f"macao-{m.group(1)}{m.group(2)}{m.group(3)}-{m.group(4)}" if m else link,
                    "paper": "澳門日報",
                    "date": f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else "",
                    "headline": title,
                    "source": f"loukafai/AutoMacauNewsToRss@{commit}:rss.xml {link}",
                    "paragraphs": paras,
                }
            )
    return docs


SOURCES = (rmrb2023, rmrb1998, xhrb, macao)
#: Set 7: the reading pool took every usable 新华日报 and 澳門日報 article of set 6's days, so it reads
#: other days of both (2024-10-15; 2026-02-24 and 02-27)
SOURCES_7 = (rmrb2023, rmrb1998, lambda: xhrb((XHRB_15,)), lambda: macao(("f165467", "5cca7ff")))
#: Set 9 brings a fourth paper, 南方日报 of 2024-10-24 (twenty articles), beside what is left of set 7's
#: days of 新华日报 and 澳門日報. Not quite fresh: the page corpus made pseudo-pages of that day, and
#: label rounds of earlier sessions read the figures on those pages.
SOURCES_9 = (
    lambda: xhrb(((XHRB[1], "history/NFRB20241024.txt"),), paper="南方日报"),
    lambda: xhrb((XHRB_15,)),
    lambda: macao(("f165467", "5cca7ff")),
)


def _sample(seed: int, per_source: dict, exclude: set[str], sources: tuple = SOURCES) -> list[dict]:
    rng = random.Random(seed)
    chosen = []
    for make, n in zip(sources, per_source.values()):
        pool = sorted((d for d in make() if usable(d["paragraphs"]) and d["id"] not in exclude), key=lambda d: d["id"])
        chosen += rng.sample(pool, min(n, len(pool)))
        print(f"{len(pool)} usable", file=sys.stderr)
    return chosen


def _write(docs: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles → {out}", file=sys.stderr)


def _set_ids(n: int) -> set[str]:
    return {json.loads(line)["id"] for line in (HERE / f"set{n}" / "marks.jsonl").open(encoding="utf-8")}


def _pool() -> list[dict]:
    """The reading pool: unmarked articles whose figures were read while rules were written on set 6."""
    sizes = dict(zip(SOURCES, (1500, 800, 400, 200)))
    docs = _sample(POOL_SEED, sizes, _set_ids(6))
    for line in SUMDATA.open(encoding="utf-8"):
        d = json.loads(line)
        paras = [p for p in d["text"].split("\n\n") if p.strip()]
        docs.append({"id": "sum-" + d["id"], "paper": "人民日报", "paragraphs": paras})
    return docs


def pool(out: Path) -> None:
    _write(_pool(), out)


def candidates(n: int, out: Path) -> None:
    if n == 6:
        _write(_sample(SEEDS[n], dict.fromkeys(SOURCES, PER_SOURCE), set()), out)
        return
    exclude = {i for k in range(6, n) for i in _set_ids(k)} | {d["id"] for d in _pool()}
    if n == 9:
        sizes = dict(zip(SOURCES_9, (2 * PER_SOURCE, PER_SOURCE, PER_SOURCE)))
        _write(_sample(SEEDS[n], sizes, exclude, SOURCES_9), out)
    elif n == 10:  # (新华日报 of 2024-10-15 has four usable articles left: set 10 reads none)
        sources = (rmrb2023, rmrb1998, SOURCES_9[0], SOURCES_9[2])
        _write(_sample(SEEDS[n], dict.fromkeys(sources, PER_SOURCE), exclude, sources), out)
    elif n in (14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25):  # after rounds 7-20: 新华日报 and 澳門日報 have no usable article left, so 人民日报 alone
        sources = (rmrb2023, rmrb1998)
        _write(_sample(SEEDS[n], dict.fromkeys(sources, 2 * PER_SOURCE), exclude, sources), out)
    elif n in (11, 12, 13):  # a fresh day of 新华日报 (2024-10-14): sets 11, 12, 13 after rounds 4, 5, 6
        sources = (rmrb2023, rmrb1998, lambda: xhrb((XHRB_14,)), SOURCES_9[2])
        _write(_sample(SEEDS[n], dict.fromkeys(sources, PER_SOURCE), exclude, sources), out)
    else:
        _write(_sample(SEEDS[n], dict.fromkeys(SOURCES_7, PER_SOURCE), exclude, SOURCES_7), out)


def _digest(p: str) -> str:
    return hashlib.sha1(p.encode("utf-8")).hexdigest()[:12]


def pack(n: int, marked: Path) -> None:
    """Keep the marks without the text: each paragraph by its digest, to catch a rebuild that drifted."""
    marks = HERE / f"set{n}" / "marks.jsonl"
    marks.parent.mkdir(parents=True, exist_ok=True)
    with marks.open("w", encoding="utf-8") as f:
        for line in marked.open(encoding="utf-8"):
            d = json.loads(line)
            d["paragraph_digests"] = [_digest(p) for p in d.pop("paragraphs")]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    verdicts = marked.parent / "label_judgements.jsonl"
    if verdicts.exists():
        (marks.parent / "label_judgements.jsonl").write_bytes(verdicts.read_bytes())


def unpack(n: int, folder: Path) -> None:
    marks = HERE / f"set{n}" / "marks.jsonl"
    cands = {json.loads(line)["id"]: json.loads(line) for line in (folder / "candidates.jsonl").open(encoding="utf-8")}
    with (folder / "marked.jsonl").open("w", encoding="utf-8") as f:
        for line in marks.open(encoding="utf-8"):
            d = json.loads(line)
            paras = cands[d["id"]]["paragraphs"]
            if [_digest(p) for p in paras] != d.pop("paragraph_digests"):
                sys.exit(f"figures_fresh: {d['id']} rebuilt differently from the marked text; check the source commit")
            d["paragraphs"] = paras
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    verdicts = marks.parent / "label_judgements.jsonl"
    if verdicts.exists():
        (folder / "label_judgements.jsonl").write_bytes(verdicts.read_bytes())


if __name__ == "__main__":
    commands = {"candidates": candidates, "pack": pack, "unpack": unpack}
    args = sys.argv[1:]
    if args[:1] == ["pool"] and len(args) == 2:
        pool(Path(args[1]))
    elif len(args) == 3 and args[0] in commands and args[1].isdigit() and int(args[1]) in SEEDS:
        commands[args[0]](int(args[1]), Path(args[2]))
    else:
        sys.exit(
            "usage: figures_fresh.py candidates|pack|unpack N PATH, or pool PATH "
            f"(N is a set: {min(SEEDS)}-{max(SEEDS)}; see the docstring)"
        )
