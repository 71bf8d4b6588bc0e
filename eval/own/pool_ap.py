"""Set AP's pool and draw (SOURCE-ap.md): set AM's pool (pool_am.py, i.e. pool_w.draw over sets D, G, L, W, Z, AE)
with set AM's own 15 files also excluded, and everything tests/*.py names or quotes at the time of drawing (main
7b462fd). python eval/own/pool_ap.py prints the pool size and sample-ap.tsv."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_am import SETS as AM_SETS   # noqa: E402
from pool_w import draw   # noqa: E402

SEED, N = 4186, 15
SETS = AM_SETS + ['am']   # a list: draw() iterates its letters argument, and 'ae', 'am' are one set each

if __name__ == '__main__':
    draw(SETS, SEED, N)
