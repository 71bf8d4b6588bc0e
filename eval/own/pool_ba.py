"""Set BA's pool and draw (SOURCE-ba.md): set AV's pool (pool_av.py, i.e. pool_w.draw over sets D, G, L, W, Z, AE,
AM, AP) with set AV's own 15 files also excluded, and everything tests/*.py names or quotes at the time of drawing
(main 353ea9c9). python eval/own/pool_ba.py prints the pool size and sample-ba.tsv."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_av import SETS as AV_SETS   # noqa: E402
from pool_w import draw   # noqa: E402

SEED, N = 8861, 15
SETS = AV_SETS + ['av']   # a list: draw() iterates its letters argument, and 'ae', ..., 'av' are one set each

if __name__ == '__main__':
    draw(SETS, SEED, N)
