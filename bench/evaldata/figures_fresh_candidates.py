"""Fresh held-out candidates for figure marking: articles never marked, never looked at by the
developer, sampled by a fixed seed. Sources: unused articles of /work/figdata/candidates.jsonl
(6 papers) and 人民日报 2023 features of /work/sumdata (a seventh source, another era)."""
import json, random, re
NUM = re.compile(r"[0-9０-９]+|[一二两三四五六七八九十百千万亿]+(?:[个名家项人元吨年天])")
marked = {json.loads(l)["id"] for l in open("/work/figdata/marked.jsonl")}
pool = {}
for l in open("/work/figdata/candidates.jsonl"):
    d = json.loads(l)
    n = sum(len(p) for p in d["paragraphs"])
    if d["id"] in marked or not (300 <= n <= 3000):
        continue
    if len(NUM.findall("".join(d["paragraphs"]))) < 6:
        continue
    pool.setdefault(d["paper"], []).append(d)
rng = random.Random(2026)
out = []
for paper in sorted(pool):
    out += rng.sample(sorted(pool[paper], key=lambda d: d["id"]), min(3, len(pool[paper])))
sd = []
for l in open("/work/sumdata/rmrb-2023h2-editorbox.jsonl"):
    d = json.loads(l)
    paras = [p.strip() for p in d["text"].split("\n\n") if p.strip()]
    n = sum(map(len, paras))
    if n <= 3000 and len(NUM.findall(d["text"])) >= 10:
        sd.append({"id": "rmrb2023-" + d["id"], "paper": "人民日报", "date": d["date"], "headline": d["headline"],
                   "paragraphs": paras})
out += rng.sample(sd, 4)
with open("candidates.jsonl", "w") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), [d["id"] for d in out])
