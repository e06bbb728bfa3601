"""Extract People's Daily (人民日报) articles with an editor box from
slience-me/data_mining_wordcloud (e-paper crawl, 2023-07-01..2023-11-14).

Reads blobs straight from the fetched git snapshot (no checkout), so text is
copied by program. Writes candidates to stdout-side JSON for sampling.
"""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from scan import files, blobs, REPO
import subprocess

COMMIT = subprocess.run(['git', '-C', REPO, 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
REPO_NAME = 'slience-me/data_mining_wordcloud'
WS = ' \t\r\u3000\xa0'
SIG = re.compile(r'^——\s*编\s*者$')
EXCLUDE = ['昌吉', '河南日报']


def para(l):
    return l.strip(WS)


def parse(raw):
    """Crawler layout (see the repo README, get_content): line 1 = <h3> kicker,
    line 2 = <h1> headline, line 3 = <h2> subheadline (each may be empty), then one
    line per <p> of div#ozoom. Empty <p> lines separate the editor box from the body."""
    lines = raw.split('\n')
    if len(lines) < 4:
        return None
    kicker, headline, sub = (para(l) for l in lines[:3])
    body = [para(l) for l in lines[3:]]  # '' marks an empty paragraph (box separator)
    while body and body[0] == '':
        body.pop(0)
    return (kicker, headline, sub), body


def boxes(body):
    """Return list of (label, start, end_exclusive, summary_paras) editor boxes found
    near the top of the body. Indices refer to `body`."""
    found = []
    # 核心阅读: label line, box paragraphs until next empty paragraph
    for i, p in enumerate(body[:15]):
        if p == '核心阅读':
            j = i + 1
            while j < len(body) and body[j] != '':
                j += 1
            if j < len(body) and j > i + 1:
                found.append(('核心阅读', i, j, body[i + 1:j]))
            break
    # 编者按: paragraph starting with the label, until next empty paragraph
    for i, p in enumerate(body[:2]):
        m = re.match(r'^【?编者按】?[：:]\s*', p)
        if m:
            j = i
            while j < len(body) and body[j] != '':
                j += 1
            if j < len(body):
                paras = [body[i][m.end():]] + body[i + 1:j]
                found.append(('编者按', i, j, paras))
            break
    # ——编  者 signature: the note is the block before the signature
    for i, p in enumerate(body[:12]):
        if SIG.match(p):
            k = i - 1
            while k >= 0 and body[k] != '':
                k -= 1
            paras = body[k + 1:i]
            if paras and k + 1 == 0:  # note must open the article body
                found.append(('——编者', k + 1, i + 1, paras))
            break
    return found


def main(out_path):
    fl = files('data/')
    n_files = len(fl)
    recs = []
    stats = {'files': n_files}
    for (path, sha), b in zip(fl, blobs([s for _, s in fl])):
        raw = b.decode('utf-8')
        parsed = parse(raw)
        if not parsed:
            continue
        (kicker, headline, sub), body = parsed
        bx = boxes(body)
        if not bx:
            continue
        stats['with_box'] = stats.get('with_box', 0) + 1
        # primary box: 核心阅读 > 编者按 > ——编者
        order = {'核心阅读': 0, '编者按': 1, '——编者': 2}
        bx.sort(key=lambda x: order[x[0]])
        label, s, e, summ = bx[0]
        drop = set()
        for (_, s2, e2, _) in bx:  # remove every editor box (and its label) from the text
            drop.update(range(s2, e2))
        text_paras = [p for i, p in enumerate(body) if i not in drop and p != '']
        text = '\n\n'.join(text_paras)
        summary = '\n\n'.join(x for x in summ if x)
        fname = os.path.basename(path)[:-4]
        d = fname[:8]
        rec = {
            'id': 'rmrb-' + fname,
            'source': f'{REPO_NAME}@{COMMIT}:{path}',
            'paper': '人民日报',
            'date': f'{d[:4]}-{d[4:6]}-{d[6:]}',
            'page': int(fname.split('-')[1]),
            'headline': headline or None,
            'kicker': kicker or None,
            'subheadline': sub or None,
            'text': text,
            'summary': summary,
            'summary_kind': 'editor_box',
            'box_label': label,
        }
        others = [{'label': l, 'text': '\n\n'.join(x)} for (l, _, _, x) in bx[1:]]
        if others:
            rec['other_editor_boxes'] = others
        recs.append(rec)
    with open(out_path, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(json.dumps(stats, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
