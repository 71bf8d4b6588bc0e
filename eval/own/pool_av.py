"""Set AV's pool and draw (SOURCE-av.md): set AP's pool (pool_ap.py, i.e. pool_w.draw over sets D, G, L, W, Z, AE,
AM) with set AP's own 15 files also excluded, and everything tests/*.py names or quotes at the time of drawing (main
fdcb72c6). python eval/own/pool_av.py prints the pool size and sample-av.tsv."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_ap import SETS as AP_SETS   # noqa: E402
from pool_w import draw   # noqa: E402

SEED, N = 7523, 15
SETS = AP_SETS + ['ap']   # a list: draw() iterates its letters argument, and 'ae', 'am', 'ap' are one set each

if __name__ == '__main__':
    draw(SETS, SEED, N)
