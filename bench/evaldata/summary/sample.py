"""Filter + sample the candidates produced by extract_rmrb.py.
Rule: 300 <= len(text) <= 4000 characters; drop any record mentioning 昌吉 or 河南日报
(anywhere: headline/kicker/subheadline/text/summary/other boxes); drop exact-duplicate
texts (same article stored under two page files; keep the smallest id); then
random.Random(20240607).sample(pool, min(600, len(pool))), output sorted by id."""
import json, random, sys
SEED = 20240607
src, dst = sys.argv[1], sys.argv[2]
rs = [json.loads(l) for l in open(src, encoding='utf-8')]
rs.sort(key=lambda r: r['id'])
stats = {'candidates': len(rs)}
pool, seen = [], set()
for r in rs:
    if not (300 <= len(r['text']) <= 4000):
        stats['len_out'] = stats.get('len_out', 0) + 1; continue
    blob = json.dumps(r, ensure_ascii=False)
    if '昌吉' in blob or '河南日报' in blob:
        stats['excluded_terms'] = stats.get('excluded_terms', 0) + 1; continue
    if r['text'] in seen:
        stats['dup'] = stats.get('dup', 0) + 1; continue
    seen.add(r['text']); pool.append(r)
stats['pool'] = len(pool)
sample = random.Random(SEED).sample(pool, min(600, len(pool)))
sample.sort(key=lambda r: r['id'])
import re
def sents(t):
    return [x.strip('“”"\'') for x in re.split(r'(?<=[。！？])', t.replace('\n\n', '')) if len(x.strip()) >= 8]
for r in sample:
    ss = sents(r['summary'])
    # share of summary sentences (>=8 chars) that occur verbatim in the body text
    r['summary_sents_verbatim_in_text'] = round(sum(1 for x in ss if x.rstrip('。！？') in r['text']) / len(ss), 3) if ss else 0.0
with open(dst, 'w', encoding='utf-8') as f:
    for r in sample:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
from collections import Counter
stats['sampled'] = len(sample)
stats['by_label'] = dict(Counter(r['box_label'] for r in sample))
print(json.dumps(stats, ensure_ascii=False))
