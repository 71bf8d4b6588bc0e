"""Set W's pool and draw (SOURCE-w.md): python eval/own/pool_w.py prints the pool size and sample-w.tsv.
draw() is the pool and draw of every BBC politics sample after set L (pool_z.py draws set Z with it)."""
import json, re, random, ast
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent.parent
C = ROOT.parent/'shared'/'corpora'; P = C/'bbc-news/politics'


def draw(letters, seed, n):
    """The folder's files minus the dev gold's, the sets' of `letters` (their sample-X.tsv), every file tests/*.py names
    by path or quotes, and duplicates of excluded files; printed, then the seeded draw of n as sample-X.tsv lines."""
    files = sorted(p.name for p in P.glob('*.txt'))
    fold = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
    text = {f: (P/f).read_text(encoding='utf-8', errors='replace') for f in files}
    ftext = {f: fold(text[f]) for f in files}
    excl = set()
    for line in open(ROOT.parent/'shared'/'eval'/'dev'/'bbc-politics.jsonl'):
        d = json.loads(line); excl.add(d['doc'].split('/')[-1]) if 'politics' in d['doc'] else None
    devn = len(excl)
    for L in letters:
        for line in open(ROOT/'eval'/'own'/f'sample-{L}.tsv'):
            excl.add(line.split('\t')[2].strip().split('/')[-1])
    print('dev', devn, f'dev+{letters}', len(excl))
    # tests: path mention or string literal >=30 chars
    lits = []; paths = set()
    for t in (ROOT/'tests').glob('*.py'):
        src = t.read_text(encoding='utf-8')
        for m in re.finditer(r'politics/(\d{3})\.txt', src): paths.add(m.group(1)+'.txt')
        try:
            tree = ast.parse(src)
        except Exception:
            print('parse fail', t); continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = fold(node.value)
                if len(s) >= 30: lits.append(s)
    lits = list(set(lits))
    named = set(paths)
    for f in files:
        if f in named: continue
        if any(l in ftext[f] for l in lits): named.add(f)
    print('tests name', len(named))
    excl |= named
    # duplicates: a file identical to an excluded file is excluded; keep one of each group
    pool = []; seen = {ftext[f] for f in excl}
    for f in files:
        if f in excl: continue
        if ftext[f] in seen: continue
        seen.add(ftext[f]); pool.append(f)
    print('pool', len(pool))
    for i, f in enumerate(random.Random(seed).sample(sorted(pool), min(n, len(pool))), 1):
        print(f"{i:03d}\t{'test' if i % 3 == 0 else 'train'}\tbbc-news/politics/{f}")


if __name__ == '__main__':
    draw('dgl', 2031, 18)
