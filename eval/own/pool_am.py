"""Set AM's pool and draw (SOURCE-am.md): set AE's pool (pool_ae.py, i.e. pool_w.draw over sets D, G, L, W, Z) with
set AE's own 15 files also excluded, and everything tests/*.py names or quotes at the time of drawing (main 9e20646).
python eval/own/pool_am.py prints the pool size and sample-am.tsv."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pool_w import draw   # noqa: E402

SEED, N = 5309, 15
SETS = ['d', 'g', 'l', 'w', 'z', 'ae']   # a list: draw() iterates its letters argument, and 'ae' is one set

if __name__ == '__main__':
    draw(SETS, SEED, N)
